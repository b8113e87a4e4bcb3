"""Links between the events of one article: cue words that say one act answers or follows another.

'The siege was in response to an American attack ...', 'The rocket attack comes days after a mob
laid siege to the embassy', 'Following the killing, ... posted a picture': a cue of
`data/lexicons/links.csv` splits its sentence in two sides, the act told on one side is the earlier
one, the act on the other the one that answers it. The words of a side are read through the
mentions the sentence already has (the trigger words of `mentions`; a statement whose verb is the
cue, 'X condemned the strikes', is the answering side); a side without one points to the act told
just before ('... in retribution', 'It comes after ...'). Mentions that share their trigger words
(one act split by place, one statement by several speakers) are linked each. Who asserts the link
is the speaker whose words hold the cue, else the article. Two mentions a cue of two acts ties
(`two_acts` in links.csv: all but a bare 'after') are marked `apart`, so that merging never makes
them one event.

This step only pairs mentions; `draft` turns them into rows (and drafts an event for an earlier act
that is told only here, such as a background attack).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import schema
from . import lexicon, numbers
from .mentions import GENERIC, STATEMENT, Facts, Mention

FRONTED = re.compile(r"^\W*(?:[A-Z][\w’']*,\s*)?\W*$")
"""What may stand before a cue that opens its sentence: nothing, or one adverb ('Meanwhile,
Following ...')."""
SEQUENCE = "after"
"""The relation of a sequence ('days after', 'after'); a bare one may also join two moments of one
act ('died after being struck')."""
LOOK_BACK_SENTENCES = 2
SEQUENCE_SIDE_WORDS = 2
"""A side of 'after' this short ('It comes', 'This came') stands for the act told before it."""
BATTLE = "Armed clash"
GROUND_FIRE = frozenset({BATTLE, "Attack"})
"""Fire on the ground: a fight, or a bare 'attacked', 'targeted' ('Attack' is the reading of the
generic attack words)."""
TOLD_ACT = lexicon.Rule(
    r"(?i)\s*(?:the|this|that|these|those)\s+(?:[\w-]+\s+){{0,2}}?(?:{told_act})\b"
)
"""A definite name of an act ('the incident', 'this attack', 'the terrorist attack')."""
OWN_TOLL = lexicon.Rule(r"(?i)\s+(?:the\s+)?(?:{toll_result})\b")
"""The words after a cause cue that name a toll, not an act ('led to the death of')."""
SERIES = lexicon.Rule(r"(?i)(?:\W*(?:{clause_break})\s+)?(?:{series_of_acts})\s")
"""The words that open a side telling a series of acts, not one ('repeated attacks', 'a spate of
bombings'), after the cue when the side holds it."""
ANSWERS = frozenset({"in_response_to", "retaliation_for"})
ANSWERING_VERB = re.compile(r"(?i)respond|retaliat")
"""'troops responded to ... firing', 'retaliated': a side answering in the fight itself; 'the siege
was in response to an attack' tells another act."""
"""A side with no act of its own points to an act told at most this many sentences before."""


@dataclass(frozen=True)
class Cue:
    """Cue words found in a sentence, with the row of links.csv they match (its relation, the side
    of the earlier act, whether it parts clauses and ties two acts)."""

    start: int
    end: int
    words: str
    rule: lexicon.LinkCue


@dataclass(frozen=True)
class Link:
    """Two mentions the text links: `earlier` is the act answered, `later` the act that answers
    it."""

    earlier: Mention
    later: Mention
    cue: Cue
    facts: Facts
    asserted_by: str


def find(facts: list[Facts], candidates: list[Mention]) -> list[Link]:
    """Every link the article's cue words state between two of its mentions, in text order."""
    by_sentence: dict[int, list[Mention]] = {}
    for mention in candidates:
        if mention.hits:
            by_sentence.setdefault(mention.sentence.index, []).append(mention)
    found = []
    for sentence_facts in facts:
        sentence = sentence_facts.sentence
        cues = cues_in(sentence_facts)
        for cue in cues:
            earlier_span, later_span = _sides(sentence_facts, cue, cues)
            here = by_sentence.get(sentence.index, [])
            if (
                _no_act_side(cue, here, sentence_facts, (earlier_span, later_span))
                or _series(sentence_facts, earlier_span)
                or _own_toll(sentence_facts, cue)
            ):
                continue
            later = _nearest(here, later_span, cue, at_cue=True) or _told_before(
                by_sentence, sentence.index, exclude=None
            )
            told = _names_told_act(sentence.text, earlier_span, sentence.start)
            earlier = _nearest(here, earlier_span, cue, exclude=later)
            if (
                earlier is not None
                and told
                and _points_back(earlier)
                and later is not None
                and later.sentence.index == sentence.index
            ):
                earlier = (
                    _told_before(by_sentence, sentence.index, later, anywhere=True) or earlier
                )
            elif earlier is None:
                earlier = _told_before(by_sentence, sentence.index, later, anywhere=told)
            if (
                earlier is None
                or later is None
                or earlier is later
                or _one_exchange(earlier, later, cue)
                or _spoken_of(earlier, cue, sentence_facts)
            ):
                continue
            found += _links_between(earlier, later, cue, sentence_facts, by_sentence)
    return found


def _links_between(
    earlier: Mention,
    later: Mention,
    cue: Cue,
    facts: Facts,
    by_sentence: dict[int, list[Mention]],
) -> list[Link]:
    """One link per pair of the two ends' sharing mentions; acts a cue of two acts ties ('comes
    days after', 'in response to'; not a bare 'after') are marked `apart`, so merging never makes
    them one event."""
    found = []
    for first in _sharing(earlier, by_sentence):
        for second in _sharing(later, by_sentence):
            if first is second:
                continue
            found.append(Link(first, second, cue, facts, _asserted_by(facts, cue)))
            if cue.rule.two_acts or _one_sided_strikes(first, second):
                first.apart.append(second)
                second.apart.append(first)
    return found


def _one_sided_strikes(first: Mention, second: Mention) -> bool:
    """'Israeli air raids that followed a missile strike by the Iran-backed rebels': two remote
    strikes a sequence ties, by two agents with two weapons, are a strike and the strike it
    followed, never one event."""
    strikes = {
        (
            m.agent.actors[0].name if m.agent.actors else m.agent.country_iso3,
            m.reading.sub_event_type,
        )
        for m in (first, second)
        if m.agent is not None
        and m.reading is not None
        and m.reading.event_type == "Explosions/Remote violence"
    }
    return len({kind for _, kind in strikes}) == len({agent for agent, _ in strikes}) == 2


def _no_act_side(
    cue: Cue, mentions: list[Mention], facts: Facts, sides: tuple[tuple[int, int], ...]
) -> bool:
    """A cue with a side that tells no act (`_tells_no_act`) links nothing: a bare sequence
    ('after') with either side; an answer or a cause with its earlier side ('threw rocks ... in
    response to rising economic problems': the cause is no act, and the act told before is not
    it). A statement verb's object is left to the statement ('termed the US action ...')."""
    if cue.rule.relation == SEQUENCE:
        return any(_tells_no_act(mentions, facts, s) for s in sides)
    return cue.rule.parts_clauses and _tells_no_act(mentions, facts, sides[0])


def _own_toll(facts: Facts, cue: Cue) -> bool:
    """'started shooting sporadically, which led to the death of the six villagers': what a cause
    cue says the act led to is its own toll, no act of its own, so the cue links nothing (a cue
    whose earlier act follows it, 'in retaliation for the killing of', still links)."""
    return not cue.rule.earlier_told_after and bool(
        OWN_TOLL.match(facts.sentence.text[cue.end - facts.sentence.start :])
    )


def _series(facts: Facts, span: tuple[int, int]) -> bool:
    """'In response to repeated Kata'ib Hezbollah attacks on Iraqi bases': an earlier side that
    tells a series of acts names no one act the text told, so it is the end of no link."""
    offset = facts.sentence.start
    return bool(SERIES.match(facts.sentence.text[span[0] - offset : span[1] - offset].strip()))


def _tells_no_act(mentions: list[Mention], facts: Facts, span: tuple[int, int]) -> bool:
    """'missing after gunmen attacked', 'after a call by the FNDC', 'after a six-month
    investigation', 'in response to rising economic problems': a side that says something of its
    own (more than 'It comes') with no act in it is no end of a link; the words only say when or
    why."""
    offset = facts.sentence.start
    words = re.split(r"[,;]", facts.sentence.text[span[0] - offset : span[1] - offset].strip())
    return (
        len(words[0].split()) > SEQUENCE_SIDE_WORDS
        and not _names_told_act(facts.sentence.text, span, offset)
        and not any(span[0] <= h.start < span[1] for m in mentions for h in m.hits)
    )


def _spoken_of(earlier: Mention, cue: Cue, facts: Facts) -> bool:
    """'The strikes come just days after Ankara blamed the PKK for last Sunday's bombing': what
    follows a bare sequence is a statement, and the act it speaks of (reported) is not the earlier
    end; with no statement drafted there, the sentence links nothing."""
    return (
        cue.rule.relation == SEQUENCE
        and earlier.reported
        and earlier.sentence.index == facts.sentence.index
    )


def _one_exchange(earlier: Mention, later: Mention, cue: Cue) -> bool:
    """'Pakistani troops responded to Indian firing and targeted Indian posts': a side that
    responds with ground fire to a fight, on no day of its own, is the other side of one exchange
    of fire (one battle, ACLED), not a second act; an answer by air strike or shelling, or one
    told as 'in response to', stays an act of its own."""
    return (
        cue.rule.relation in ANSWERS
        and bool(ANSWERING_VERB.match(cue.words))
        and all(m.family != STATEMENT and m.reading is not None for m in (earlier, later))
        and {earlier.reading.sub_event_type, later.reading.sub_event_type} <= GROUND_FIRE
        and BATTLE in (earlier.reading.sub_event_type, later.reading.sub_event_type)
        and (earlier.date is None or later.date is None)
    )


def _sharing(mention: Mention, by_sentence: dict[int, list[Mention]]) -> list[Mention]:
    """The mention and those that share its trigger words: one act split by place, one statement of
    several speakers."""
    starts = {h.start for h in mention.hits}
    return [mention] + [
        m
        for m in by_sentence.get(mention.sentence.index, [])
        if m is not mention and starts & {h.start for h in m.hits}
    ]


def cues_in(facts: Facts) -> list[Cue]:
    """The cue words of one sentence, longest first where they overlap; none inside a date phrase
    ('the following day') unless the phrase counts from another event ('a few days after'), even
    when the day it counts from is named ('Wednesday, a day after hundreds of protesters
    clashed')."""
    sentence = facts.sentence
    matches = []
    for cue, match in lexicon.link_cue_matches(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if not any(
            d.start <= start < d.end and d.kind != "anchor" and not d.anchor_subordinate
            for d in facts.dates
        ) and not _adverb(sentence.text, match):
            matches.append(Cue(start, end, match.group(), cue))
    kept: list[Cue] = []
    for cue in sorted(matches, key=lambda c: (-(c.end - c.start), c.start)):
        if not any(c.start < cue.end and cue.start < c.end for c in kept):
            kept.append(cue)
    return sorted(kept, key=lambda c: c.start)


ADVERB_BEFORE = re.compile(r"(?i)\b(?:as|than)\s+$")
ADVERB_AFTER = re.compile(r"\s*(?:[,.;:]|$)")


def _adverb(text: str, match: re.Match) -> bool:
    """'As before, both sides accused the other', 'less serious than before': a one-word cue with
    no act after it ('as before', 'than before', 'before,') says 'previously', it orders no two
    acts."""
    return " " not in match.group().strip() and bool(
        ADVERB_BEFORE.search(text[: match.start()]) or ADVERB_AFTER.match(text, match.end())
    )


def _sides(facts: Facts, cue: Cue, cues: list[Cue]) -> tuple[tuple[int, int], tuple[int, int]]:
    """(earlier side, later side) as absolute spans: the words after the cue (to the next cue or
    the sentence end) and those before it; a cue that opens the sentence governs the words up to
    the first comma, the rest is the other side."""
    sentence = facts.sentence
    if FRONTED.match(sentence.text[: cue.start - sentence.start]):
        comma = sentence.text.find(",", cue.end - sentence.start)
        cut = sentence.start + comma if comma >= 0 else sentence.end
        governed, other = (cue.end, cut), (cut, sentence.end)
    else:
        following = [c.start for c in cues if c.start >= cue.end]
        preceding = [c.end for c in cues if c.end <= cue.start]
        governed = (cue.end, following[0] if following else sentence.end)
        other = (preceding[-1] if preceding else sentence.start, cue.start)
    return (governed, other) if cue.rule.earlier_told_after else (other, governed)


def _nearest(
    mentions: list[Mention],
    span: tuple[int, int],
    cue: Cue,
    exclude: Mention | None = None,
    at_cue: bool = False,
) -> Mention | None:
    """The act told in a span (`at_cue`: or by the cue word itself, 'condemned'): a mention with a
    trigger word there, an act before a bare killing, the nearest to the cue."""
    inside = [
        m
        for m in mentions
        if m is not exclude
        and any(
            span[0] <= h.start < span[1] or (at_cue and h.start < cue.end and cue.start < h.end)
            for h in m.hits
        )
    ]
    if not inside:
        return None

    def distance(m: Mention) -> int:
        return min(min(abs(h.start - cue.end), abs(cue.start - h.end)) for h in m.hits)

    return min(
        inside,
        key=lambda m: (
            m.family == GENERIC and any(o.family != GENERIC for o in inside),
            m.family == STATEMENT and any(o.family != STATEMENT for o in inside),
            distance(m),
        ),
    )


def _names_told_act(text: str, span: tuple[int, int], offset: int) -> bool:
    """'condemned the incident', 'this attack': a side that names its act as one already told."""
    return bool(TOLD_ACT.match(text[span[0] - offset : span[1] - offset]))


def _points_back(mention: Mention) -> bool:
    """'in response to the attack': a definite act word names an act told before, not a new
    one, unless the words after it give it a day of its own ('to protest against the
    police-involved killing of three men on Saturday'; a day fronted in its sentence is the
    sentence's)."""
    return (
        mention.definite
        and mention.family != STATEMENT
        and (mention.date is None or mention.date.start < mention.start)
    )


def _told_before(
    by_sentence: dict[int, list[Mention]],
    index: int,
    exclude: Mention | None,
    anywhere: bool = False,
) -> Mention | None:
    """The act told last in the sentences just before ('It comes after ...', '... in retribution'),
    or anywhere before when the side names it as told ('the incident'): first-hand, not a
    statement, and not the other end of the link."""
    back = index if anywhere else LOOK_BACK_SENTENCES
    for earlier in range(index - 1, max(-1, index - 1 - back), -1):
        told = [
            m
            for m in by_sentence.get(earlier, [])
            if m is not exclude and m.family != STATEMENT and not m.reported
        ]
        if told:
            return max(told, key=lambda m: m.start)
    return None


def _asserted_by(facts: Facts, cue: Cue) -> str:
    """The speaker whose words hold the cue ('Several sources said the detention ... triggered'),
    else the article. A speaker named after the cue counts only in the cue's clause: '... in
    response to an attack in which 25 died, according to the PMF' is the PMF's figure, not its
    link."""
    clause = facts.sentence.clause_at(cue.start)
    holder = next(
        (
            a
            for a in facts.attributions
            if a.covers_from <= cue.start < a.covers_to
            and (a.start < cue.start or facts.sentence.clause_at(a.start) == clause)
        ),
        None,
    )
    speaker = numbers.clean_speaker(holder.speaker) if holder is not None else ""
    return speaker or schema.ARTICLE_VOICE
