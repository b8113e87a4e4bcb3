"""Stage 0, extraction: a news article -> a draft events file, its casualty claims and the evidence
of every value.

article -> sentences -> facts per sentence (dates, places, actors, speakers, figures) ->
candidate events per sentence (`mentions`) -> events, merged by ACLED's rule (same actors,
same day, same place: one event) -> the events table (schema.EVENT_COLUMNS), the claims
table (schema.CLAIM_COLUMNS) and the evidence table (every value with the sentence and the
character offsets it came from). Rows get ids `<ISO3>-<YYYYMMDD>-X<NN>`: X marks a draft.

What the text does not settle is said in the row, never guessed silently: an event with no
date phrase is coded to the publication date with time precision 3 and the note `date
unresolved: ...`; a place the gazetteer does not know keeps its words with no coordinates.
Both are also listed in `Extraction.warnings`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import pandas as pd

from .. import config, places, reference, schema
from ..article import Article, load_article
from ..csvfiles import write_csv
from ..errors import EventReportError, InputError
from ..names import name_key, undated
from ..places import Place
from . import actors, geoparse, lexicon, links, mentions, numbers, sentences
from .lexicon import Trigger
from .mentions import GENERIC, STATEMENT, STRATEGIC, Hit, Mention
from .numbers import Figure

EVIDENCE_COLUMNS = [
    "event_id_cnty",
    "field",
    "value",
    "phrase",
    "start",
    "end",
    "sentence",
    "sentence_start",
    "sentence_end",
    "confidence",
]
log = logging.getLogger(__name__)
HIGH, MEDIUM, LOW = "high", "medium", "low"
"""How far the text supports a drafted value (the evidence file's `confidence`; data/README.md says
when each applies)."""
SAME_PLACE_KM = 50.0
EXCESSIVE_FORCE = "Excessive force against protesters"
"""Two mentions this close (or one only a region of the other's country) can be one event."""
SAME_TOWN_KM = 5.0
"""Two exact places this far apart are two towns ('in nearby Parang town', 'In Patikul'): ACLED
codes an event per named place, however close the towns (SAME_PLACE_KM is for 'near X' beside
X)."""
DATE_SLACK_DAYS = {1: 0, 2: 3, 3: 31}
SEPARATE_TELLING = lexicon.Rule(r"^\W*(?i:{separate_telling})\b")
"""'Separately, a roadside bomb hit ...': another incident, not the day the text told before."""
"""How far apart two dates may be and still be one event, by the coarser time precision."""
STATEMENT_PRECISION = 2
"""A statement with no date of its own is coded to the publication date, precision 2
(data/events/CURATION.md)."""
UNRESOLVED_PRECISION = 3
INFERRED_PRECISION = 2
SEAT_PRECISION = 3
INCIDENT_PRECISION = 3
"""An act with no place of its own in a story about one incident is coded at the incident's place
with precision 3 (only the area is known; data/events/CURATION.md, the test split's rules)."""
VILLAGE_PRECISION = 2
"""A village or area the gazetteer lacks, named before the town it lies in ('Buhanginan in
Patikul'), is coded at that town with at least precision 2: the event is near the town, not in
it."""
POSSESSIVE_DAY = re.compile(r"['’]s$")
"""A date phrase that possesses the act it dates: 'last Sunday's' (bombing)."""
DRAFT_MARK = "X"
UNDATED = "undated"
UNDATED_NOTE = "the text gives no date, so it is left undated (empty event_date, time precision 3)"
MAX_GAP_SENTENCES = 3
LEAD_SENTENCES = 2
"""The lead summarises the article's event: an undated lead mention of the same kind as an event
told later is that event."""
PROXIMITY_WEIGHT = 6.0
CATAPHORA_PENALTY = 2
"""A mention points back to an event told before it more readily than ahead to one told after it.
"""
UNNAMED_OUTLET = "unnamed outlet"
SETTLEMENT_SUFFIX = lexicon.Rule(r"(?i)\s+(?:{settlement}|area)$")
"""'Barire town' is 'Barire' when an unresolved name is compared."""
ASSAULT_WORD = lexicon.Rule(r"(?i)(?:{assault_word})")
"""A battle word that tells one side's assault, not an exchange of fire (words.csv's class)."""
OBJECT_PLACES = {
    kind: lexicon.Rule(rf"(?i)\W*(?:[\w'’-]+\s+){{{{0,4}}}}?(?:{{{word_class}}})\b")
    for kind, word_class in (("armed", "armed_post"), ("civilian", "civilian_place"))
}
"""The object of an attack word, a few words after it: a post of armed forces ('armed') or a place
where civilians live ('civilian')."""
TERRITORY_TYPES = {
    True: "Government regains territory",
    False: "Non-state actor overtakes territory",
}
"""ACLED's two changes of territory, by whether state forces took the place."""
NO_EVENT = (
    "no event found: the text has none of the trigger words of "
    "data/lexicons/triggers.csv outside background sentences"
)


@dataclass
class Event:
    """Mentions merged into one event, with the date they settle on."""

    mentions: list[Mention]
    date: dt.date | None = None
    precision: int | None = None
    date_words: str = ""
    date_span: tuple[int, int] | None = None
    date_sentence: sentences.Sentence | None = None
    assumed: dt.date | None = None
    """The publication date a statement without a date of its own is compared by (and coded to)."""
    notes: list[str] = field(default_factory=list)
    totals: set[tuple[int, int, str]] = field(default_factory=set)
    """Figures told with it that add up other events' tolls (a round-up's total, `_round_ups`):
    they count no single event, so they are none of its figures."""

    @property
    def family(self) -> str:
        """The kind of event: that of its first non-generic mention."""
        return next((m.family for m in self.mentions if m.family != GENERIC), GENERIC)

    @property
    def first_sentence(self) -> int:
        """Index of the earliest sentence that tells it."""
        return min(m.sentence.index for m in self.mentions)


@dataclass(frozen=True)
class Extraction:
    """The draft of one article: events, claims, evidence, and what the reader must check."""

    article: Article
    events: pd.DataFrame
    claims: pd.DataFrame
    evidence: pd.DataFrame
    warnings: list[str]
    links: pd.DataFrame = field(default_factory=schema.empty_links)


def extract(article: Article) -> Extraction:
    """Draft the events, claims and evidence of one article."""
    found = sentences.split(article.text)
    if not found:
        raise InputError(article.path, "the article has no text to extract events from")
    dateline = mentions.dateline_country(article.text)
    texts = [s.text for s in found]
    state = mentions.ArticleState(
        article.published,
        geoparse.article_country(article.title or "", texts[0], dateline, [article.title] + texts),
    )
    state.places.provinces = geoparse.context_provinces(texts, state.country)
    named = geoparse.context_countries([article.title] + texts)
    state.places.countries = tuple(dict.fromkeys(filter(None, (state.country, *named))))
    state.places.headline = geoparse.headline_place(
        article.title or "", state.country, state.places
    )
    state.signatures = mentions.signature(found)
    state.speaker_country = dateline
    facts = [mentions.read(sentence, state) for sentence in found]
    candidates = [m for f in facts for m in mentions.mentions(f, state)]
    found_links = links.find(facts, candidates)
    events = _merge(candidates, article.published)
    events += _link_ends(found_links, events)
    _round_ups(events)
    main_place = _main_place(facts)
    state.places.acts_place = _main_place(facts, exact=False)
    state.places.unit = geoparse.article_unit([p for f in facts for p in f.places])
    state.places.detail = _lead_detail(facts, candidates)
    state.places.scenes = geoparse.scenes(
        [(f.sentence.index, f.sentence.text, f.places) for f in facts]
    )
    warnings = _article_warnings(facts)
    rows, claims, evidence = [], [], []
    counters: Counter[str] = Counter()
    timestamp = int(time.time())
    coded: dict[int, dict] = {}
    for event in sorted(events, key=lambda e: (e.date or article.published, e.first_sentence)):
        row, event_claims, event_evidence, event_warnings = _assemble(
            event, article, state, main_place, counters, timestamp
        )
        rows.append(row)
        coded[id(event)] = row
        claims += event_claims
        evidence += event_evidence
        warnings += event_warnings
    if not rows:
        warnings.append(NO_EVENT)
    link_rows, link_evidence, link_warnings = _link_rows(found_links, events, coded)
    return Extraction(
        article,
        pd.DataFrame(rows, columns=schema.EVENT_COLUMNS),
        pd.DataFrame(claims, columns=schema.CLAIM_COLUMNS),
        pd.DataFrame(evidence + link_evidence, columns=EVIDENCE_COLUMNS),
        warnings + link_warnings,
        pd.DataFrame(link_rows, columns=schema.LINK_COLUMNS),
    )


# --------------------------------------------------------------------------- links


def _event_of(mention: Mention, events: list[Event]) -> Event | None:
    """The event a mention was merged into, if any."""
    return next((e for e in events if any(m is mention for m in e.mentions)), None)


TRIGGER_STEM = 5
"""Trigger words that share this many first letters name the same kind of act ('the storming' after
'stormed')."""


def _end_event(mention: Mention, events: list[Event], answering: bool) -> Event | None:
    """The event a link's end names. The answering end: 'The siege was in response to ...' names
    the siege told before (an earlier event with a trigger word of the same stem), whatever event
    the definite mention was merged into. The earlier end: its own event; one only reported or
    pointed back to ('condemned the attack') names the event told before in the same words. None
    when nothing names it (an act told only here)."""
    own = _event_of(mention, events)
    if answering and not mention.definite:
        return own
    if not answering and (
        own is not None and not mention.reported or not (mention.definite or mention.reported)
    ):
        return own
    words = _trigger_words(mention)
    told = [
        (
            max(
                o.sentence.index
                for o in e.mentions
                if o.sentence.index < mention.sentence.index and words & _trigger_words(o)
            ),
            e,
        )
        for e in events
        if e is not own
        and any(
            o.sentence.index < mention.sentence.index and words & _trigger_words(o)
            for o in e.mentions
        )
    ]
    if told:
        return max(told, key=lambda pair: pair[0])[1]
    if own is None and mention.reported:
        last = _told_last(mention, events)
        return None if last is None or _dated_apart(mention, last) else last
    return own


def _dated_apart(mention: Mention, event: Event) -> bool:
    """Whether a mention dates itself on another day than the event ('last Sunday's deadly
    bombing' is not the rocket told last, fired today)."""
    own = mention.date
    return bool(
        own is not None
        and own.kind == "day"
        and own.date is not None
        and event.date is not None
        and own.date != event.date
    )


def _told_last(mention: Mention, events: list[Event]) -> Event | None:
    """The act (not a statement) told last before a mention: what 'condemned this attack' points
    to."""
    told = [
        (max(o.sentence.index for o in e.mentions), e)
        for e in events
        if e.family != STATEMENT
        and any(o.sentence.index < mention.sentence.index and not o.reported for o in e.mentions)
    ]
    return max(told, key=lambda pair: pair[0])[1] if told else None


def _trigger_words(mention: Mention) -> set[str]:
    """The stems of a mention's trigger words, each and joined ('laid siege to' -> {'laid',
    'siege'}; 'storming', 'stormed' -> 'storm'; 'air strikes', 'airstrikes' -> 'airst')."""
    words = [
        w
        for h in mention.hits
        for w in [
            *re.findall(r"[a-z]{4,}", h.words.lower()),
            re.sub(r"[^a-z]", "", h.words.lower()),
        ]
    ]
    return {w[:TRIGGER_STEM] for w in words if len(w) >= 4}


def _link_ends(found: list[links.Link], events: list[Event]) -> list[Event]:
    """Events for earlier acts told only as a link's end ('in response to an American attack on ...
    in western Iraq'): drafted from that one mention. An earlier act with no date of its own is
    coded to the day of the act it led to, precision 2 (data/events/CURATION.md), and its notes say
    so; a statement's assumed day (publication) dates only an act told nowhere else."""
    made: list[Event] = []
    for link in found:
        later = _event_of(link.later, events)
        if later is None or link.earlier.family == STATEMENT:
            continue
        earlier = _end_event(link.earlier, events + made, answering=False)
        if earlier is None and (link.earlier.reported or _bare_toll(link.earlier)):
            continue
        orphan = earlier is None
        if orphan:
            earlier = Event([link.earlier])
            date, precision = _mention_date(link.earlier, events, final=True)
            if date is not None:
                _set_date(earlier, link.earlier, date, precision)
            earlier.notes.append("told only as the earlier act of a link")
            made.append(earlier)
        day = later.date or (later.assumed if orphan else None)
        if earlier.date is None and day is not None:
            earlier.date, earlier.precision = day, INFERRED_PRECISION
            earlier.notes.append("no date in the text: coded to the day of the act it led to")
    return made


def _answer_unnamed(link: links.Link, later: Event, events: list[Event]) -> bool:
    """Whether the answering act is one of a round-up's incidents that the link's sentence does not
    name: told in an earlier sentence while acts of its kind happened at other places too ('The
    gunmen apparently were retaliating after ...' after clashes in Panamao, Parang and Patikul)."""
    return link.later.sentence.index < link.facts.sentence.index and any(
        e is not later
        and e.family == later.family
        and any(not _places_fit(m, later) for m in e.mentions)
        for e in events
    )


def _bare_toll(mention: Mention) -> bool:
    """A bare killing with no place of its own ('they discovered that three people had been
    killed'): the toll of an act told elsewhere, never an act of its own at a link's end."""
    return mention.family == GENERIC and mention.place is None and mention.unresolved is None


def _link_rows(
    found: list[links.Link], events: list[Event], coded: dict[int, dict]
) -> tuple[list[dict], list[dict], list[str]]:
    """The links table (schema.LINK_COLUMNS), the evidence of each link (its cue words and
    sentence) and what was left out."""
    rows, evidence, warnings = [], [], []
    for link in found:
        ends = [
            _end_event(link.earlier, events, answering=False),
            _end_event(link.later, events, answering=True),
        ]
        if None in ends or ends[0] is ends[1] or _answer_unnamed(link, ends[1], events):
            continue
        earlier, later = (coded[id(e)] for e in ends)
        sentence = link.facts.sentence
        row = {
            "from_event": earlier["event_id_cnty"],
            "to_event": later["event_id_cnty"],
            "relation": link.cue.relation,
            "cue": link.cue.words,
            "quote": sentence.text,
            "asserted_by": link.asserted_by,
        }
        if (
            earlier["event_date"]
            and later["event_date"]
            and earlier["event_date"] > later["event_date"]
        ):
            warnings.append(
                f"{later['event_id_cnty']}: the text links it to {earlier['event_id_cnty']} "
                f"('{link.cue.words}') "
                "but that event is dated later; the link is left out"
            )
            continue
        if row in rows:
            continue
        rows.append(row)
        evidence.append(
            {
                "event_id_cnty": later["event_id_cnty"],
                "field": "link",
                "value": f"{link.cue.relation} {earlier['event_id_cnty']} ({link.asserted_by})",
                "phrase": link.cue.words,
                "start": link.cue.start,
                "end": link.cue.end,
                "sentence": sentence.text,
                "sentence_start": sentence.start,
                "sentence_end": sentence.end,
                "confidence": HIGH,
            }
        )
    return rows, evidence, warnings


# --------------------------------------------------------------------------- merging


def _merge(candidates: list[Mention], published: dt.date) -> list[Event]:
    """Merge mentions into events in the order the article tells them; what cannot be placed yet is
    tried again.

    A mention with a date of its own (or one counted from an event already placed: 'days after',
    'at the time') joins a compatible event or, if it can stand, starts one; a mention without a
    date only joins. The second pass lets early undated mentions join events told later ('A jet
    bombed a camp near Hit. Dozens were killed on Tuesday ...') and lets undated mentions that can
    stand become events with their date flagged.
    """
    events: list[Event] = []
    waiting = sorted(candidates, key=lambda m: (m.sentence.index, m.family == STATEMENT, m.start))
    lead = _lead(waiting)
    if lead is not None and lead.date is None:
        events.append(Event([lead], assumed=published))
        waiting.remove(lead)
    for final in (False, True, False):
        placed = True
        while placed and waiting:
            placed = False
            for mention in list(waiting):
                if not final and _defer(mention, waiting):
                    continue
                if _place_dated(mention, events, published, final):
                    waiting.remove(mention)
                    placed = True
            placed = placed and not final
    return events


def _defer(mention: Mention, waiting: list[Mention]) -> bool:
    """An act with no date of its own waits while an act told before it, with a date phrase of its
    own, is not yet placed: 'A day earlier, a bomb hit a mosque in Quetta. The blast killed four.'
    is about Quetta, so its toll must not go to an event told earlier (in another place) only
    because that one was placed first."""
    return (
        mention.date is None
        and mention.family != STATEMENT
        and any(
            o is not mention
            and o.family != STATEMENT
            and o.date is not None
            and o.sentence.index < mention.sentence.index
            and not o.reported
            and _stands(o)
            for o in waiting
        )
    )


def _lead(candidates: list[Mention]) -> Mention | None:
    """The lead incident: the first thing the lead sentences tell first-hand, when it is an act
    with a strong attack word or a toll of its own (a lead that is a statement or an agreement has
    none). Undated, it is an event from the start (coded to publication and flagged), so a smaller
    incident told later, elsewhere or 'a day earlier' never swallows it, nor its toll."""
    told = [m for m in candidates if m.hits and not m.reported]
    first = min(told, key=lambda m: (m.sentence.index, m.start), default=None)
    if first is None or first.sentence.index >= LEAD_SENTENCES:
        return None
    if first.family == GENERIC and not _lead_act(first):
        first = min(
            (m for m in told if m.sentence.index < LEAD_SENTENCES and _lead_act(m)),
            key=lambda m: (m.sentence.index, m.start),
            default=first,
        )
    if first.family not in mentions.KINETIC_FAMILIES or not _lead_act(first):
        return None
    return first


def _lead_act(mention: Mention) -> bool:
    """Whether a lead mention tells an act of its own: a strong attack word or a whole toll."""
    return mention.strong or any(not f.partial for f in mention.figures)


def _place_dated(mention: Mention, events: list[Event], published: dt.date, final: bool) -> bool:
    """Place one mention with whatever date it has now; on the final pass, undated ones that can
    stand start events."""
    date, precision = _mention_date(mention, events, final)
    if date is None and mention.family == STATEMENT:
        if _place_in(mention, events, published, STATEMENT_PRECISION, create=False):
            return True
        if not _stands(mention):
            return False
        log.debug(
            "merge: %s starts event %d, dated %s (publication: undated statement)",
            _told(mention),
            len(events) + 1,
            published,
        )
        events.append(Event([mention], assumed=published))
        return True
    stands = _stands(mention) or _part_of_told_act(mention, events)
    if date is not None:
        own = (
            mention.date is not None and mention.date.kind == "day" and not mention.date.reporting
        )
        return _place_in(mention, events, date, precision, create=stands and (final or own))
    return _place_in(mention, events, None, None, create=final and stands)


def _part_of_told_act(mention: Mention, events: list[Event]) -> bool:
    """A place split from a quoted act ('missiles ... targeted bases at Ain al-Asad and Arbil, it
    said') stands when another place of the same words is an event told first-hand: the quote only
    adds where else the act struck."""
    return mention.reported and any(
        s in e.mentions and any(not o.reported for o in e.mentions)
        for s in mention.siblings
        for e in events
    )


def _mention_date(
    mention: Mention, events: list[Event], final: bool = False
) -> tuple[dt.date | None, int | None]:
    """A mention's own date, or one counted from the event it leans on; on the final pass, one
    taken from a sibling (the same sentence's attack on another place) or from the event the
    sentence before dated ('Another rocket hit ...'), with precision 2 because the day is inferred.
    (None, None) when nothing is known."""
    if mention.date is None:
        sibling = next(
            (e for e in events for s in mention.siblings if s in e.mentions and e.date), None
        )
        if sibling is not None:
            return sibling.date, sibling.precision
        if final and _stands(mention):
            nearest = _day_told_last(mention, events)
            if nearest is not None:
                return nearest.date, max(nearest.precision or 1, INFERRED_PRECISION)
        return None, None
    if mention.date.kind == "day" and mention.date.date is not None:
        return mention.date.date, mention.date.precision
    if mention.date.kind == "anchor":
        return _anchored_date(mention, events)
    return None, None


def _day_told_last(mention: Mention, events: list[Event]) -> Event | None:
    """The event whose date the text gave last before an act with no date of its own: the sentence
    before for the same kind of act ('Another rocket hit ...'); in a round-up, the day the text is
    telling, for a first-hand act at a place of its own ('In Patikul, also near Panamao, attackers
    opened fire ...' after the lead's 'on Monday')."""
    told = [
        e
        for e in events
        if e.date
        and e.date_sentence is not None
        and 0 <= mention.sentence.index - e.date_sentence.index
        and (
            mention.sentence.index - e.date_sentence.index <= 1
            and e.family == mention.family
            or _round_up_act(mention, e)
        )
    ]
    return max(told, key=lambda e: e.date_sentence.index, default=None)


def _round_up_act(mention: Mention, event: Event) -> bool:
    """Whether an undated mention is another incident of a round-up told after a dated violent
    event: a first-hand act of violence at an exact place of its own (or a village of a list the
    gazetteer lacks: 'fired mortars on the nearby villages of Sabiid and Anole'), in a sentence
    that does not open as another story ('Separately, ...')."""
    return (
        mention.family in mentions.KINETIC_FAMILIES
        and event.family in mentions.KINETIC_FAMILIES
        and not mention.reported
        and not SEPARATE_TELLING.match(mention.sentence.text)
        and (
            bool(mention.siblings and mention.unresolved)
            or mention.place is not None
            and mention.place.resolved
            and mention.place.precision is not None
            and mention.place.precision <= 2
        )
    )


def _stands(mention: Mention) -> bool:
    """Whether a mention can be an event on its own rather than only join one.

    A statement needs a speaker; a reported attack (in a quote, or condemned) never stands. A
    strong attack word stands; a weak one ('rockets', 'attack', 'killed') needs its own day and,
    for a bare 'attack', figures, an agent or a list of places it is told at ('The attacks on
    Saturday targeted bases in the towns of Barire and Awdhegle').
    """
    if mention.family == STATEMENT:
        return mention.agent is not None
    if mention.reported:
        return _own_day(mention) and mention.strong
    precise = (
        mention.date is not None
        and mention.date.precision is not None
        and mention.date.precision <= 2
    ) or bool(mention.siblings)
    if mention.family == GENERIC:
        return (
            precise
            and bool(mention.hits)
            and (
                any(not f.partial for f in mention.figures)
                or mention.agent is not None
                or bool(mention.siblings and mention.date)
            )
        )
    return mention.strong or precise


def _own_day(mention: Mention) -> bool:
    """The act carries a day of its own in the words that name it, a possessive ('last Sunday's
    deadly bombing', 'Friday's attack'), not one borrowed from its sentence or its report ('On
    Thursday, the ministry condemned the raid')."""
    date = mention.date
    return (
        date is not None
        and date.kind == "day"
        and date.precision == 1
        and not date.reporting
        and date.date is not None
        and POSSESSIVE_DAY.search(date.text) is not None
    )


def _place_in(
    mention: Mention,
    events: list[Event],
    date: dt.date | None,
    precision: int | None,
    create: bool,
) -> bool:
    """Add the mention to its best compatible event (or a new one when `create`); False when it
    found no home."""
    fitting = [e for e in events if _compatible(mention, e, date, precision)]
    if fitting:
        best = max(fitting, key=lambda e: _affinity(mention, e))
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "merge: %s joins the event of %s (%d compatible, dated %s)",
                _told(mention),
                _told(best.mentions[0]),
                len(fitting),
                date or "not yet",
            )
        best.mentions.append(mention)
        _set_date(best, mention, date, precision)
        return True
    if create:
        log.debug("merge: %s starts event %d, dated %s", _told(mention), len(events) + 1, date)
        event = Event([mention])
        _set_date(event, mention, date, precision)
        events.append(event)
        return True
    log.debug("merge: %s waits: no compatible event and it cannot stand yet", _told(mention))
    return False


def _told(mention: Mention) -> str:
    """A mention for the debug log: its sentence number, family and trigger words."""
    words = ", ".join(h.words for h in mention.hits) or "figures only"
    return f"sentence {mention.sentence.index + 1} {mention.family} ({words!r})"


def _set_date(event: Event, mention: Mention, date: dt.date | None, precision: int | None) -> None:
    """Keep the most precise date the event's mentions give; a date inferred for a mention without
    one is kept (with a note) only when the event has no date yet."""
    if date is None or (event.precision is not None and event.precision <= (precision or 9)):
        return
    if mention.date is None:
        if event.date is None:
            event.date, event.precision = date, precision
            event.notes.append("date inferred from the event told just before")
        return
    event.date, event.precision, event.date_words = date, precision, mention.date.text
    event.date_span, event.date_sentence = (mention.date.start, mention.date.end), mention.sentence


def _compatible(
    mention: Mention, event: Event, date: dt.date | None, precision: int | None
) -> bool:
    """ACLED's rule, as far as the mention tells: same kind of event, day, place and actors.

    A mention with no date of its own joins only an event told nearby (MAX_GAP_SENTENCES) or one it
    shares an exact place or a named actor with, so a passing 'the fight against IS' does not join
    last week's strike.
    """
    if not _families_fit(mention.family, event.family):
        return False
    if mention.anchor is not None and mention.anchor in event.mentions:
        return False
    if any(o is a for o in event.mentions for a in mention.apart):
        return False
    if date is None and not _related(mention, event):
        return False
    event_date = event.date or event.assumed
    if date is not None and event_date is not None:
        slack = DATE_SLACK_DAYS[max(precision or 1, event.precision or STATEMENT_PRECISION)]
        if abs((date - event_date).days) > slack:
            return False
    if mention.family == STATEMENT:
        return _same_statement(mention, event)
    return (
        _places_fit(mention, event)
        and _actors_fit(mention, event)
        and not _other_side(mention, event)
    )


CIVILIAN_SIDE = frozenset({"Abduction/forced disappearance", "Sexual violence"})
"""Acts on civilians that no fight with armed forces is part of: the gunmen's kidnapping and
their exchange of fire with the police who arrive are two events (two actor pairs, as ACLED codes
them)."""


def _other_side(mention: Mention, event: Event) -> bool:
    """Whether the mention tells a fight ('exchanged fire', 'shootout') and the event a kidnapping,
    sexual violence or an attack on civilians, or the other way round: each is an event of its
    own, also where the mention is only reported (the police's own words of their gun battle)."""
    kinds = {_side(o) for o in event.mentions if not o.reported} - {""}
    mine = _side(mention)
    return bool(mine) and bool(kinds) and mine not in kinds


def _side(mention: Mention) -> str:
    """'battle' for a fight word (not one side's assault, 'raided', which may fall on anyone);
    'civilians' for a kidnapping, sexual violence or an attack whose victims the clause names as
    civilians ('gunmen attacked two communities, killing three people': the police's gun battle
    with the gunmen later is another event); else ''."""
    reading = mention.reading
    if reading is None or not reading.strong:
        return ""
    if reading.event_type == "Battles":
        return "" if _assault_told(mention) else "battle"
    on_civilians = reading.sub_event_type == "Attack" and _victims(mention.target)
    return "civilians" if reading.sub_event_type in CIVILIAN_SIDE or on_civilians else ""


def _related(mention: Mention, event: Event) -> bool:
    """Told nearby (the next sentence for a weak word), or pointing back to it ('the shelling'
    after a shelling), or sharing an exact place or a named actor."""
    gap = MAX_GAP_SENTENCES if mention.strong or mention.figures else 1
    if min(abs(o.sentence.index - mention.sentence.index) for o in event.mentions) <= gap:
        return True
    if mention.definite and any(
        o.sentence.index < mention.sentence.index
        and o.reading
        and mention.reading
        and not o.reported
        and o.reading.sub_event_type == mention.reading.sub_event_type
        for o in event.mentions
    ):
        return True
    mine = _place_of(mention)
    if (
        mine
        and mine[1] <= 2
        and any(
            _place_of(o)
            and _place_of(o)[1] <= 2
            and places.distance_km(
                mine[0].latitude,
                mine[0].longitude,
                _place_of(o)[0].latitude,
                _place_of(o)[0].longitude,
            )
            <= SAME_PLACE_KM
            for o in event.mentions
        )
    ):
        return True
    if (
        mention.sentence.index < LEAD_SENTENCES
        and mention.strong
        and not mention.reported
        and mention.reading
        and any(
            o.reading
            and not o.reported
            and o.strong
            and o.reading.sub_event_type == mention.reading.sub_event_type
            for o in event.mentions
        )
    ):
        return True
    named = {_actor_key(a) for a in (mention.agent, mention.target) if _named(a)}
    return bool(
        named & {_actor_key(a) for o in event.mentions for a in (o.agent, o.target) if _named(a)}
    )


def _families_fit(mine: str, theirs: str) -> bool:
    """Statements join statements; a bare killing joins any violence or demonstration; otherwise
    the same kind."""
    if STATEMENT in (mine, theirs) or STRATEGIC in (mine, theirs):
        return mine == theirs
    return GENERIC in (mine, theirs) or mine == theirs


def _same_statement(mention: Mention, event: Event) -> bool:
    """One statement event per speaker act: same actor, and the same sentence, the same kind of
    statement, or a bare 'said' that adds to what the speaker said that day."""
    speaker = _actor_key(mention.agent)
    for other in event.mentions:
        if _actor_key(other.agent) != speaker:
            return False
    return any(
        o.sentence.index == mention.sentence.index
        or o.reading.cameo_code == mention.reading.cameo_code
        or mentions.REPORTED_STATEMENT_CAMEO in (o.reading.cameo_code, mention.reading.cameo_code)
        for o in event.mentions
    )


def _places_fit(mention: Mention, event: Event) -> bool:
    """Within SAME_PLACE_KM, or one is a region or country containing the other's country, or one
    has no place; never two places the gazetteer lacks by two names ('the village of Korobaga',
    'the village of Sindenka'), even when both fall back to one province."""
    if _other_unresolved(mention, event):
        return False
    mine = _place_of(mention)
    for other in event.mentions:
        theirs = _place_of(other)
        if mine is None or theirs is None:
            continue
        if mine[0].country_iso3 != theirs[0].country_iso3 or _other_province(mine[0], theirs[0]):
            return False
        km = places.distance_km(
            mine[0].latitude, mine[0].longitude, theirs[0].latitude, theirs[0].longitude
        )
        if max(mine[1], theirs[1]) < 3 and km > SAME_PLACE_KM:
            return False
        if mine[1] == theirs[1] == 1 and km > SAME_TOWN_KM:
            return False
    return True


def _other_unresolved(mention: Mention, event: Event) -> bool:
    """Whether the mention and the event name different places the gazetteer does not know."""
    mine = _unresolved_key(mention)
    return bool(mine) and any(_unresolved_key(other) not in ("", mine) for other in event.mentions)


def _vague_qualifiers() -> frozenset[str]:
    """Qualifiers that give no number of their own: the vague number words of numbers.csv
    ('dozens') and a named dead person."""
    found = (word for word, (_, kind) in lexicon.load().numbers.items() if kind == "vague")
    return frozenset((*found, numbers.NAMED))


def _unresolved_key(mention: Mention) -> str:
    """The name of a place the gazetteer lacks that the mention's clause gives beside the wider
    place it falls back to ('the village of Sindenka in Mopti region'), compared by its key
    ('Barire town' and 'Barire' are one); a lone unknown name ('the Line of Control') may be a
    misread word and keys nothing, unless it is one of a list of places the act was split by ('the
    villages of Sabiid and Anole')."""
    if mention.unresolved is None or mention.place is None:
        return ""
    if not mention.place.resolved and not mention.siblings:
        return ""
    return name_key(SETTLEMENT_SUFFIX.sub("", mention.unresolved.text))


def _other_province(one: Place, other: Place) -> bool:
    """A province and a place known to lie in another province ('in the province of Helmand' and
    Herat): two places."""
    return any(
        a.kind == "admin" and b.admin1 and b.admin1 != a.admin1
        for a, b in ((one, other), (other, one))
    )


def _place_of(mention: Mention) -> tuple[Place, int] | None:
    """A mention's resolved place and precision."""
    if mention.place is None or not mention.place.resolved:
        return None
    return mention.place.place, mention.place.precision or 3


def _actors_fit(mention: Mention, event: Event) -> bool:
    """Different named actors on either side make different events (ACLED); unnamed ones fit
    anything, and a passing reference (reported, or a bare killing) neither brings nor vetoes
    actors."""
    if mention.family == GENERIC or mention.reported:
        return True
    for other in event.mentions:
        if other.family == GENERIC or other.reported:
            continue
        for mine, theirs in ((mention.agent, other.agent), (mention.target, other.target)):
            if (
                _named(mine)
                and _named(theirs)
                and _actor_key(mine) != _actor_key(theirs)
                and not _victims(mine, theirs)
            ):
                return False
    return True


def _named(mention: actors.Mention | None) -> bool:
    """A named actor: not a template ('militants', 'people') and not a bare country."""
    return mention is not None and bool(mention.actors) and not mention.actors[0].template


def _victims(*found: actors.Mention | None) -> bool:
    """Civilians are described many ways; they never split an event."""
    return any(m is not None and m.actors and m.actors[0].kind == "civilians" for m in found)


def _actor_key(mention: actors.Mention | None) -> str:
    """Compare actors by their undated name: the PMF is the PMF in any period."""
    if mention is None:
        return ""
    if not mention.actors:
        return f"country:{mention.country_iso3}"
    return undated(mention.actors[0].name) + (
        f":{mention.country_iso3}" if mention.actors[0].template else ""
    )


def _affinity(mention: Mention, event: Event) -> float:
    """How well a mention fits an event it is compatible with. Text order weighs most: a mention
    with no date of its own is about the event just told (a later one only if nothing before fits);
    then the same kind of event, shared named actors, the same exact place."""
    score = 0.0
    reading = mention.reading
    if (
        mention.strong
        and reading
        and any(
            o.reading and o.reading.sub_event_type == reading.sub_event_type
            for o in event.mentions
        )
    ):
        score += 3
    for role in ("agent", "target"):
        mine = getattr(mention, role)
        if _named(mine) and any(
            _actor_key(mine) == _actor_key(getattr(o, role)) for o in event.mentions
        ):
            score += 2
    mine = _place_of(mention)
    if (
        mine
        and mine[1] <= 2
        and any(_place_of(o) and _place_of(o)[0].name == mine[0].name for o in event.mentions)
    ):
        score += 1
    earlier = [
        mention.sentence.index - o.sentence.index
        for o in event.mentions
        if o.sentence.index <= mention.sentence.index
    ]
    gap = (
        min(earlier)
        if earlier
        else min(o.sentence.index for o in event.mentions)
        - mention.sentence.index
        + CATAPHORA_PENALTY
    )
    if (
        event.date_sentence is not None
        and abs(event.date_sentence.index - mention.sentence.index) <= 1
    ):
        score += 1
    return score + PROXIMITY_WEIGHT / (1 + gap)


def _anchored_date(mention: Mention, events: list[Event]) -> tuple[dt.date | None, int | None]:
    """'days after' / 'at the time' / 'the next day': counted from the event the phrase leans
    on."""
    anchor_event = None
    if mention.anchor is not None:
        if not any(mention.anchor in e.mentions for e in events):
            _place_in(mention.anchor, events, None, None, create=False)
        anchor_event = next((e for e in events if mention.anchor in e.mentions), None)
    if anchor_event is None and mention.date.anchor_days == 0:
        beside = [
            (abs(o.start - mention.start), e)
            for e in events
            if e.date and e.family != STATEMENT
            for o in e.mentions
            if o.sentence.index == mention.sentence.index
        ]
        anchor_event = min(beside, key=lambda pair: pair[0])[1] if beside else None
    if anchor_event is None:

        def told(o: Mention) -> bool:
            return o.sentence.index <= mention.sentence.index and bool(
                o.strong or o.figures or o.date
            )

        earlier = [
            e
            for e in events
            if (e.date or e.assumed) and e.family != STATEMENT and any(told(o) for o in e.mentions)
        ]
        anchor_event = max(
            earlier,
            key=lambda e: max(o.sentence.index for o in e.mentions if told(o)),
            default=None,
        )
    day = (anchor_event.date or anchor_event.assumed) if anchor_event is not None else None
    if day is None:
        return None, None
    if mention.date.anchor_days and mention.anchor is None:
        mention.anchor = anchor_event.mentions[0]
    date = day - dt.timedelta(days=mention.date.anchor_days)
    if _past_midnight(mention, anchor_event):
        return date + dt.timedelta(days=1), INFERRED_PRECISION
    return date, max(mention.date.precision or 2, anchor_event.precision or 1)


def _past_midnight(mention: Mention, anchor_event: Event) -> bool:
    """'On Saturday night, the air force targeted a motorcycle ... Several hours later, warplanes
    targeted two militants': hours after a night are the next day (precision 2, inferred)."""
    return mention.date.hours_later and any(
        o.date is not None and o.date.night and o.date.date == anchor_event.date
        for o in anchor_event.mentions
    )


# --------------------------------------------------------------------------- rows


def _assemble(
    event: Event,
    article: Article,
    state: mentions.ArticleState,
    main_place: Place | None,
    counters: Counter,
    timestamp: int,
) -> tuple[dict, list[dict], list[dict], list[str]]:
    """One events row, its claims rows and its evidence rows, and the warnings it raises."""
    lex = lexicon.load()
    reading = _event_reading(event)
    statement = event.family == STATEMENT
    date, precision, date_words = _event_date(event, article, statement)
    undated = _undated(event, statement)
    hint = state.country
    agent_mention = _best_actor(event, "agent")
    speaker = (
        actors.resolve(agent_mention, "speaker" if statement else "agent", hint, date)
        if agent_mention
        else None
    )
    place, place_precision, place_words, place_note = _event_place(
        event, speaker, main_place, state
    )
    iso3 = (
        (place.country_iso3 if place else None)
        or (speaker.country_iso3 if speaker else None)
        or hint
        or ""
    )
    actor1 = speaker or _default_actor(reading, iso3, date)
    if reading.event_type == "Riots" and actor1 and actor1.kind == "protesters":
        actor1 = _template_actor("rioters", iso3, date) or actor1
    target_mention = _best_actor(event, "target")
    actor2 = (
        actors.resolve(target_mention, "speaker" if statement else "target", iso3, date)
        if target_mention
        else None
    )
    if actor2 is not None and actor1 is not None and actor2.name == actor1.name:
        actor2 = None
    assoc2 = _associated(event, actor1, actor2, iso3, date)
    sub_event_type, event_type = reading.sub_event_type, reading.event_type
    event_type, sub_event_type, cameo, type_note = _inferred_type(
        event_type,
        sub_event_type,
        reading.cameo_code,
        actor1,
        actor2,
        iso3,
        _assault_only(event),
        _object_kind(event),
    )
    country = lex.countries.get(iso3)
    event_id = _event_id(iso3, None if undated else date, counters)
    figures = _unique_figures(event)
    killed = _range([f for f in figures if f.metric == "killed"])
    injured = _range([f for f in figures if f.metric == "injured"])
    notes = [n for n in [type_note, place_note, *event.notes] if n]
    if event.date is None:
        notes.append(
            "no date in the text: the statement is coded to the publication date"
            if statement
            else f"date unresolved: {date_words or 'no date phrase'}; "
            + (UNDATED_NOTE if undated else "the lead event is coded to the publication date")
        )
    warnings = [
        f"{event_id}: {n}" for n in notes if n.startswith(("date unresolved", "place unresolved"))
    ]
    goldstein = reference.cameo_codes()["goldstein"].get(cameo)
    if goldstein is None:
        warnings.append(
            f"{event_id}: CAMEO code {cameo} is not in data/reference/cameo_codes.csv; no "
            "Goldstein score"
        )
    evidence_sentences = sorted(
        {m.sentence.index: m.sentence for m in event.mentions if _first_hand(m, event)}.values(),
        key=lambda s: s.index,
    )
    row = {
        "event_id_cnty": event_id,
        "event_date": "" if undated else date.isoformat(),
        "time_precision": precision,
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": actor1.name if actor1 else "",
        "assoc_actor_1": "",
        "inter1": actors.inter_code(actor1, iso3) if actor1 else 0,
        "actor2": actor2.name if actor2 else "",
        "assoc_actor_2": "; ".join(assoc2),
        "inter2": actors.inter_code(actor2, iso3) if actor2 else 0,
        "civilian_targeting": "Civilian targeting"
        if actor2 and actor2.kind == "civilians" and not statement
        else "",
        "iso": country.iso_numeric if country else "",
        "region": country.acled_region if country else "",
        "country": country.name if country else "",
        "admin1": place.admin1 if place and place.admin1 else "",
        "location": place.name if place else place_words,
        "latitude": round(place.latitude, 5) if _located(place) else "",
        "longitude": round(place.longitude, 5) if _located(place) else "",
        "geo_precision": place_precision if place else "",
        "source": article.outlet or UNNAMED_OUTLET,
        "notes": _notes(
            event_type,
            sub_event_type,
            actor1,
            actor2,
            place,
            place_words,
            len(evidence_sentences),
            notes,
        ),
        "fatalities": killed[0],
        "tags": next((m.tags for m in event.mentions if m.tags), ""),
        "timestamp": timestamp,
        "x_fatalities_low": killed[1],
        "x_fatalities_high": killed[2],
        "x_injuries_low": injured[1],
        "x_injuries_high": injured[2],
        "x_cameo_code": cameo,
        "x_goldstein": goldstein if goldstein is not None else "",
        "x_date_raw": date_words,
        "x_location_raw": place_words,
        "x_evidence": " | ".join(s.text for s in evidence_sentences),
        "x_article_id": article.article_id,
    }
    claims = [
        {
            "event_id_cnty": event_id,
            "claimant": _claimant_label(f.claimant),
            "metric": f.metric,
            "low": f.low,
            "high": f.high if f.high is not None else "",
            "qualifier": f.qualifier,
            "quote": f.quote,
        }
        for f in figures
    ]
    evidence = _evidence(event, row, figures, agent_mention, target_mention, article.text)
    return row, claims, evidence, warnings


def _first_hand(mention: Mention, event: Event) -> bool:
    """Whether a mention tells the event (not only names it in passing): it is not reported, or it
    gives a figure, the date or the place. Passing mentions go to the evidence file only."""
    return (
        (not mention.reported and mention.family != GENERIC)
        or bool(mention.figures)
        or (mention.date is not None and mention.date.text == event.date_words)
        or mention.place is not None
        or len(event.mentions) == 1
    )


def _event_reading(event: Event) -> Trigger:
    """The event's type: for a statement its most hostile act of speech (lowest Goldstein: a threat
    outweighs a demand; an act it speaks of, the arrest in 'denounced the arrest', is not the
    speaker's); otherwise the reading of its weightiest word (priority, strength, first-hand), a
    bare killing last. The best word decides, not the count of words: 'attack' and 'killed' told
    five times do not outweigh one 'ambush'."""
    if event.family == STATEMENT:
        scores = reference.cameo_codes()["goldstein"]
        told = [h.reading for m in event.mentions for h in m.hits]
        readings = [r for r in told if r.statement] or told
        return min(readings, key=lambda r: (scores.get(r.cameo_code, 0.0), -r.priority))
    weights: Counter = Counter()
    best = {}
    for mention in event.mentions:
        for hit in mention.hits:
            key = (hit.reading.event_type, hit.reading.sub_event_type)
            weight = (
                hit.reading.priority
                + (3 if hit.reading.strong else 0)
                + (0 if mention.reported else 1)
            )
            weights[key] = max(weights[key], weight)
            if key not in best or hit.reading.priority > best[key].priority:
                best[key] = hit.reading
    if not weights:
        return _generic_reading()
    if event.family == mentions.DEMONSTRATION:
        weights = _riot_weights(event, weights)
    return best[max(weights, key=lambda k: (weights[k], best[k].priority))]


def _riot_weights(event: Event, weights: Counter) -> Counter:
    """A demonstration whose crowd storms, breaks in, sets fire or throws stones is a riot (ACLED:
    demonstrators who engage in violence), whatever peaceful word tells it too. A weaker riot word
    ('unrest', a crowd's 'clashes') makes a riot too, unless the forces' fire on the crowd is told:
    then it stays excessive force against protesters."""
    told = {
        (h.reading.event_type, h.reading.sub_event_type, h.reading.strong)
        for m in event.mentions
        if not m.reported
        for h in m.hits
    }
    strong = {k for k in weights if k[0] == "Riots" and (*k, True) in told}
    weak = {k for k in weights if k[0] == "Riots" and (*k, False) in told}
    if not strong and any(k[1] == EXCESSIVE_FORCE for k in weights):
        return weights
    violent = strong or weak
    return Counter({k: weights[k] for k in violent}) or weights


def _generic_reading() -> Trigger:
    """The reading of a killing told with no attack word: the lexicon's weakest 'Attack' row."""
    return min(
        (t for t in lexicon.load().triggers if t.sub_event_type == "Attack" and not t.statement),
        key=lambda t: t.priority,
    )


def _undated(event: Event, statement: bool) -> bool:
    """An act the text gives no date for, told after the lead: left undated (an empty event_date),
    never stamped with the publication date. A statement with no date of its own is the publication
    day (data/events/CURATION.md), and so is the lead event of a report that tells the day's news
    without naming the day (precision 3, flagged)."""
    return event.date is None and not statement and event.first_sentence >= LEAD_SENTENCES


def _event_date(event: Event, article: Article, statement: bool) -> tuple[dt.date, int, str]:
    """The event's date, precision and words; a statement with none is the publication day,
    anything else is flagged."""
    if event.date is not None:
        return event.date, event.precision, event.date_words
    unresolved = next((m.date for m in event.mentions if m.date is not None), None)
    words = unresolved.text if unresolved else ""
    return article.published, STATEMENT_PRECISION if statement else UNRESOLVED_PRECISION, words


def _best_actor(event: Event, role: str) -> actors.Mention | None:
    """The actor the event's telling gives for a role: a named actor or a country before a template
    ('people'), then from first-hand, strong, dated mentions; a template with a country before one
    without."""

    def rank(pair):
        mention, found = pair
        return (
            _named(found) or found.country_only,
            not mention.reported,
            mention.strong,
            mention.date is not None,
            found.country_iso3 is not None,
            -mention.sentence.index,
        )

    pairs = [(m, getattr(m, role)) for m in event.mentions if getattr(m, role) is not None]
    return max(pairs, key=rank)[1] if pairs else None


def _default_actor(reading: Trigger, iso3: str, day: dt.date) -> actors.Resolved | None:
    """Who acts when the text does not say: protesters for a protest, rioters for a riot, else an
    unidentified group."""
    kind = {"Protests": "protesters", "Riots": "rioters"}.get(reading.event_type, "unidentified")
    return _template_actor(kind, iso3, day)


def _template_actor(kind: str, iso3: str, day: dt.date) -> actors.Resolved | None:
    """The lexicon's template actor of a kind ('Rioters ({country})') for a country."""
    template = next(
        (
            a
            for found in lexicon.load().actors.values()
            for a in found
            if a.template and a.kind == kind
        ),
        None,
    )
    return (
        actors.resolve(
            actors.Mention("", 0, 0, (template,), iso3 or None), "agent", iso3 or None, day
        )
        if template
        else None
    )


def _associated(
    event: Event,
    actor1: actors.Resolved | None,
    actor2: actors.Resolved | None,
    iso3: str,
    day: dt.date,
) -> list[str]:
    """Other named actors on the receiving side (ACLED's assoc_actor_2), e.g. the Quds Force beside
    the IRGC."""
    names = []
    for mention in event.mentions:
        if mention.family == STATEMENT:
            continue
        for found in [mention.target, *mention.others]:
            if not _named(found) or found is mention.agent:
                continue
            resolved = actors.resolve(found, "target", iso3, day)
            if (
                resolved
                and resolved.kind not in actors.SPEAKERLESS_KINDS
                and resolved.name not in names
                and all(resolved.name != (a.name if a else None) for a in (actor1, actor2))
            ):
                names.append(resolved.name)
    return names


def _inferred_type(
    event_type: str,
    sub_event_type: str,
    cameo: str,
    actor1: actors.Resolved | None,
    actor2: actors.Resolved | None,
    iso3: str,
    assault_only: bool = False,
    object_kind: str = "",
) -> tuple[str, str, str, str]:
    """A bare 'attack' (Violence against civilians / Attack) whose actors say more, and a note that
    says so: by a foreign state's forces with no weapon named it is an air/drone strike; against
    armed forces (soldiers, police, a rebel group) it is an armed clash, as ACLED codes any attack
    on an armed actor. An armed clash told only as one side's assault (`assault_only`) whose other
    side is civilians ('armed men raided a village, killing 19 civilians'), or that names no other
    side and falls on a place where civilians live (`object_kind` 'civilian': 'stormed a remote
    village'), is an attack on them: ACLED's battles are fought between two armed sides. An attack
    on a post of armed forces (`object_kind` 'armed': a base, a checkpoint, a convoy) is a clash
    too, unless its victims are civilians. A change of territory follows who took it
    (`_territory_taker`)."""
    if sub_event_type in TERRITORY_TYPES.values():
        return _territory_taker(event_type, sub_event_type, cameo, actor1)
    if (
        sub_event_type == "Armed clash"
        and assault_only
        and (
            (actor2 is not None and actor2.kind in mentions.VICTIM_KINDS)
            or (actor2 is None and object_kind == "civilian")
        )
    ):
        return (
            *_plain_reading("Attack"),
            "sub-event type inferred: an assault whose victims are civilians is violence against"
            " civilians, not a battle",
        )
    if event_type != "Violence against civilians" or sub_event_type != "Attack":
        return event_type, sub_event_type, cameo, ""
    foreign = (
        actor1 is not None
        and actor1.kind == "military"
        and actor1.country_iso3
        and actor1.country_iso3 != iso3
    )
    if foreign:
        return (
            *_plain_reading("Air/drone strike"),
            "sub-event type inferred: a foreign force's attack, no weapon named",
        )
    if actor2 is not None and actor2.kind in actors.ARMED_KINDS:
        return (
            *_plain_reading("Armed clash"),
            "sub-event type inferred: an attack on an armed actor is an armed clash",
        )
    if object_kind == "armed" and (actor2 is None or actor2.kind not in mentions.VICTIM_KINDS):
        return (
            *_plain_reading("Armed clash"),
            "sub-event type inferred: an attack on a post of armed forces is an armed clash",
        )
    return event_type, sub_event_type, cameo, ""


def _territory_taker(
    event_type: str, sub_event_type: str, cameo: str, actor1: actors.Resolved | None
) -> tuple[str, str, str, str]:
    """'rebels retook the town', 'the army seized the town': the verb says only that a place
    changed hands; the taker says which ACLED type it is (state forces regain territory, any
    other armed group overtakes it)."""
    if actor1 is None or actor1.kind not in actors.ARMED_KINDS | actors.STATE_KINDS:
        return event_type, sub_event_type, cameo, ""
    taker = TERRITORY_TYPES[actor1.kind in actors.STATE_KINDS]
    if taker == sub_event_type:
        return event_type, sub_event_type, cameo, ""
    return (
        *_plain_reading(taker),
        f"sub-event type inferred from who took the place ({actor1.kind})",
    )


def _object_kind(event: Event) -> str:
    """What the first-hand attack or assault words of the event fall on, a few words after them:
    'armed' for a post of armed forces ('targeted military bases', 'an attack on a checkpoint'),
    'civilian' for a place where civilians live ('stormed a remote village'), else ''."""
    for mention in event.mentions:
        if mention.reported:
            continue
        text, offset = mention.sentence.text, mention.sentence.start
        for hit in mention.hits:
            assault = hit.reading.event_type == "Battles" and ASSAULT_WORD.fullmatch(
                hit.words.strip()
            )
            if hit.reading.sub_event_type != "Attack" and not assault:
                continue
            for kind, rule in OBJECT_PLACES.items():
                if rule.match(text, hit.end - offset, mention.clause[1] - offset):
                    return kind
    return ""


def _assault_only(event: Event) -> bool:
    """Whether every first-hand battle word of the event is one side's assault ('raided',
    'stormed'), none an exchange ('fighting', 'exchanged fire')."""
    told = [m for m in event.mentions if not m.reported]
    return any(_battle_hits(m) for m in told) and all(_assault_told(m) for m in told)


def _battle_hits(mention: Mention) -> list[Hit]:
    """The battle words of a mention."""
    return [h for h in mention.hits if h.reading.event_type == "Battles"]


def _assault_told(mention: Mention) -> bool:
    """Whether every battle word of a mention is one side's assault (an assault word)."""
    return all(ASSAULT_WORD.fullmatch(h.words.strip()) for h in _battle_hits(mention))


def _plain_reading(sub_event_type: str) -> tuple[str, str, str]:
    """(event type, sub-event type, CAMEO code) of the lexicon's first reading of a sub-event type
    that needs no cue."""
    reading = lexicon.plain_reading(sub_event_type)
    return reading.event_type, reading.sub_event_type, reading.cameo_code


def _event_place(
    event: Event,
    speaker: actors.Resolved | None,
    main_place: Place | None,
    state: mentions.ArticleState,
) -> tuple[Place | None, int | None, str, str]:
    """(place, geo precision, the article's words, note): the most precise resolved phrase; else
    what is known."""
    phrases = [m.place for m in event.mentions if m.place is not None]
    phrases += [m.unresolved for m in event.mentions if m.unresolved is not None]
    resolved = [p for p in phrases if p.resolved]
    unknown = next((p for p in phrases if not p.resolved), None)
    resolved = _narrowed(event, resolved, unknown, state)
    if resolved:
        counts = Counter(p.place.name for p in resolved)
        best = min(
            resolved,
            key=lambda p: (p.precision or 3, _kind_rank(p.kind), -counts[p.place.name], p.start),
        )
        if (
            unknown is not None
        ):  # never a silent substitution: the phrase the gazetteer lacks is always said
            raw = unknown.text if best.precision == 3 else best.text
            return (
                best.place,
                max(best.precision or 3, VILLAGE_PRECISION if unknown.start < best.start else 1),
                raw,
                f"place unresolved: '{unknown.text}' is not in the gazetteer; coded at "
                f"{best.place.name}",
            )
        return best.place, best.precision, best.text, ""
    if phrases:
        words = phrases[0].text
        return None, None, words, f"place unresolved: '{words}' is not in the gazetteer"
    headline = state.places.headline
    if (
        headline is not None
        and event.family != STATEMENT
        and event.first_sentence < LEAD_SENTENCES
    ):
        return (
            headline.place,
            headline.precision,
            headline.text,
            f"no place in the lead's sentences: coded at the place the headline names, "
            f"{headline.place.name}",
        )
    venue = state.places.venue
    if venue is not None and _event_reading(event).sub_event_type == mentions.AGREEMENT:
        return (
            venue.place,
            venue.precision,
            venue.text,
            f"no place in the agreement's sentences: coded where the text has the parties "
            f"negotiate, {venue.place.name}",
        )
    scene = state.places.scenes.get(event.first_sentence)
    if event.family == STATEMENT and scene is not None:
        return (
            scene.place,
            scene.precision,
            scene.text,
            f"no place in the statement's sentences: coded where the text has the meeting it "
            f"was made at, {scene.place.name}",
        )
    if event.family == STATEMENT:
        acts_place = main_place or state.places.acts_place
        seat = _seat(speaker, acts_place)
        if seat is not None:
            where = (
                "the place of the acts it speaks of"
                if seat is acts_place
                else "the speaker's seat"
            )
            return seat, SEAT_PRECISION, "", f"no place in the text: coded at {where}"
    if main_place is not None:
        return (
            main_place,
            INCIDENT_PRECISION,
            "",
            f"no place in the text: coded to the article's main place, {main_place.name}",
        )
    if state.country:
        whole = geoparse.lookup(lexicon.load().countries[state.country].name, state.country)
        if whole is not None:
            return whole, whole.geo_precision, "", "no place in the text: coded to the country"
    return None, None, "", "place unresolved: the text names no place"


def _located(place: Place | None) -> bool:
    """Whether an event's place has a point of its own: an act the text places only in a country
    has none (it is matched by country and never drawn at an invented point, as the test split's
    coding rules say), though its country and precision 3 are known."""
    return place is not None and place.kind != "country"


def _narrowed(
    event: Event,
    resolved: list[geoparse.PlaceMention],
    unknown: geoparse.PlaceMention | None,
    state: mentions.ArticleState,
) -> list[geoparse.PlaceMention]:
    """An event's resolved place phrases, or a narrower place the article gives for it: the unit it
    names most for a village the gazetteer lacks ('the villages of Sabiid and Anole' in a story on
    Lower Shabelle region), the exact place of the sentence after the lead for a lead act told only
    at a region ('in eastern Colombia', then 'near the hamlet of Villanueva')."""
    unit, detail = state.places.unit, state.places.detail
    if unknown is not None and unit is not None and _wider_than_unit(resolved, unit):
        return [unit]
    if (
        detail is not None
        and event.first_sentence == 0
        and event.family in mentions.KINETIC_FAMILIES
        and resolved
        and all(_holds(p, detail) for p in resolved)
    ):
        return [detail]
    return resolved


def _wider_than_unit(resolved: list[geoparse.PlaceMention], unit: geoparse.PlaceMention) -> bool:
    """Whether the article's named unit places a village the gazetteer lacks better than the
    event's own resolved phrases: they are none, or only compass regions or countries of the
    unit's country."""
    return all(
        p.precision == 3
        and not geoparse.is_named_unit(p.place)
        and p.place.country_iso3 == unit.place.country_iso3
        for p in resolved
    )


def _lead_detail(
    facts: list[mentions.Facts], candidates: list[Mention]
) -> geoparse.PlaceMention | None:
    """The one exact place (precision 1 or 2) of the sentence after the lead, when that sentence
    tells no act of its own: it says where the lead's act happened."""
    if len(facts) < 2 or any(m.sentence.index == 1 for m in candidates):
        return None
    exact = [
        p
        for p in facts[1].places
        if p.resolved and (p.precision or 3) <= 2 and not mentions.speaking_place(p, facts[1])
    ]
    return exact[0] if len(exact) == 1 else None


def _holds(wide: geoparse.PlaceMention, exact: geoparse.PlaceMention) -> bool:
    """Whether a region or country phrase (precision 3) holds an exact place: the same country,
    and for a compass region within REGION_REACH_KM of its point."""
    if (wide.precision or 3) < 3 or wide.place.country_iso3 != exact.place.country_iso3:
        return False
    if wide.place.kind != "region":
        return wide.place.kind == "country"
    return (
        places.distance_km(
            wide.place.latitude, wide.place.longitude, exact.place.latitude, exact.place.longitude
        )
        <= geoparse.REGION_REACH_KM
    )


def _kind_rank(kind: str) -> int:
    """Landmarks before towns before regions, at equal precision."""
    order = (
        "airport",
        "embassy",
        "base",
        "government building",
        "landmark",
        "city",
        "anaphor",
        "area",
        "admin",
        "region",
        "border",
        "country",
    )
    return order.index(kind) if kind in order else len(order)


def _seat(speaker: actors.Resolved | None, main_place: Place | None) -> Place | None:
    """Where a statement is coded when the text gives no place: the capital for states and parties,
    else the article's place."""
    if speaker is None:
        return main_place
    country = lexicon.load().countries.get(speaker.country_iso3)
    if speaker.kind in actors.STATE_KINDS | {"party"} and country is not None:
        return geoparse.lookup(country.capital, country.iso3) or main_place
    if main_place is not None and (
        not speaker.country_iso3 or main_place.country_iso3 == speaker.country_iso3
    ):
        return main_place
    return geoparse.lookup(country.capital, country.iso3) if country else main_place


def _main_place(facts: list[mentions.Facts], exact: bool = True) -> Place | None:
    """The article's main place: the exact place it names most often (ties: the first named). Not
    `exact`: with no exact place, the place it names most precisely ('40 km east of Timbuktu',
    'Ghazni province'), never only the country: where a party with no seat speaks of its acts."""
    named = [
        p
        for f in facts
        for p in f.places
        if p.resolved
        and p.kind not in ("government building", "country")
        and not mentions.speaking_place(p, f)
    ]
    finest = min((p.precision or 3 for p in named), default=None)
    if finest is None or (exact and finest > 1):
        return None
    places_there = [p.place for p in named if (p.precision or 3) == finest]
    counts = Counter(p.name for p in places_there)
    return max(places_there, key=lambda p: (counts[p.name], -places_there.index(p)))


def _event_id(iso3: str, date: dt.date | None, counters: Counter) -> str:
    """`<ISO3>-<YYYYMMDD>-X<NN>`, numbered per country and day; `<ISO3>-undated-X<NN>` for an
    undated event."""
    stem = f"{iso3 or 'XXX'}-{f'{date:%Y%m%d}' if date else UNDATED}"
    counters[stem] += 1
    return f"{stem}-{DRAFT_MARK}{counters[stem]:02d}"


def _unique_figures(event: Event) -> list[Figure]:
    """The event's figures, each once (two mentions of one sentence may carry the same figure),
    without a round-up's totals."""
    seen, unique = set(event.totals), []
    for mention in sorted(event.mentions, key=lambda m: m.sentence.index):
        for figure in mention.figures:
            key = _figure_key(figure)
            if key not in seen:
                seen.add(key)
                unique.append(figure)
    return unique


def _figure_key(figure: Figure) -> tuple[int, int, str]:
    """Where a figure is and what it counts: one figure whichever mention carries it."""
    return figure.start, figure.end, figure.metric


MAX_ROUND_UP_PARTS = 8
"""How many other events' tolls a total is tried against (all their subsets: 2**8 at most)."""


def _round_ups(events: list[Event]) -> None:
    """A whole figure told before two or more other events whose own tolls add up to it is a
    round-up's total ('sparking clashes that killed at least 12 soldiers' before Parang's one
    soldier and Patikul's 11 marines): it counts no single event, so it leaves the event it was
    told with, as the coding rules want (no claim about any one of them)."""
    tolls = {id(e): _tolls(e) for e in events}
    for event in events:
        for figure in _unique_figures(event):
            later = []
            for other in events:
                start, value = tolls[id(other)].get(figure.metric, (0, 0))
                if other is not event and value and start > figure.start:
                    later.append(value)
            if not figure.partial and _adds_up(figure.low, later[:MAX_ROUND_UP_PARTS]):
                event.totals.add(_figure_key(figure))


def _tolls(event: Event) -> dict[str, tuple[int, int]]:
    """Per metric, where the event's first whole figure is told and the toll its figures give."""
    by_metric: dict[str, list[Figure]] = {}
    for figure in _unique_figures(event):
        if not figure.partial:
            by_metric.setdefault(figure.metric, []).append(figure)
    return {
        metric: (min(f.start for f in told), _range(told)[0]) for metric, told in by_metric.items()
    }


def _adds_up(total: int, parts: list[int]) -> bool:
    """Whether two or more of the parts add up to the total."""
    return any(
        sum(chosen) == total
        for size in range(2, len(parts) + 1)
        for chosen in combinations(parts, size)
    )


def _range(figures: list[Figure]) -> tuple[int, object, object]:
    """(ACLED fatalities, low, high) of one metric; high is empty when the largest figure is
    open-ended.

    Whole-event figures decide; partial counts (a subgroup, bodies at one hospital, named dead)
    only when there is nothing else, and then as a lower bound (one side's zero, 'no victims
    among the Iraqi forces', is no range). ACLED's conservative figure is the
    lowest exact count, else the lowest bound a number states ("at least 23" before another
    claimant's "dozens"), else the lowest vague one ("dozens" counts 12); the range's low takes
    every bound.
    """
    if not figures:
        return 0, "", ""
    whole = [f for f in figures if not f.partial]
    if not whole:
        largest = max(f.low for f in figures)
        return (largest, largest, "") if largest else (0, "", "")
    stated = [f for f in whole if f.qualifier not in _vague_qualifiers()]
    exact = [f.low for f in stated if f.high == f.low]
    low = min(f.low for f in whole)
    fatalities = min(exact) if exact else min((f.low for f in stated), default=low)
    top = max(whole, key=lambda f: (f.high if f.high is not None else f.low, f.high is not None))
    return fatalities, low, (top.high if top.high is not None else "")


def _claimant_label(claimant: str) -> str:
    """'medical charity Doctors Without Borders (MSF)' -> 'MSF': an acronym the article gives in
    brackets names the claimant."""
    parts = []
    for part in claimant.split(" via "):
        acronym = re.search(r"\(([A-Z][A-Z.&-]{1,9})\)", part)
        parts.append(acronym.group(1) if acronym else part)
    return " via ".join(parts)


def _notes(
    event_type: str,
    sub_event_type: str,
    actor1: actors.Resolved | None,
    actor2: actors.Resolved | None,
    place: Place | None,
    place_words: str,
    sentences_used: int,
    flags: list[str],
) -> str:
    """A one-line description in our words, with what the reader must check."""
    what = sub_event_type if sub_event_type != "Other" else event_type
    text = (
        f"Machine draft from {sentences_used} sentence{'s' if sentences_used > 1 else ''}: {what}"
    )
    if actor1 is not None:
        text += f" by {actor1.name}"
    if actor2 is not None:
        text += (
            f" against {actor2.name}"
            if event_type != "Strategic developments"
            else f" about {actor2.name}"
        )
    where = place.name if place else place_words
    if where:
        text += f" at {where}"
    return text + "." + "".join(f" {flag}." for flag in flags)


def _evidence(
    event: Event,
    row: dict,
    figures: list[Figure],
    agent: actors.Mention | None,
    target: actors.Mention | None,
    text: str,
) -> list[dict]:
    """Every value of the row with the words and sentence it came from, their character offsets and
    how far the text supports it (`confidence`). A value the text does not give (a default actor,
    an unresolved date or place) gets a row with no words, at the start of the event's first
    sentence, and confidence `low`."""
    by_offset = {m.sentence.start: m.sentence for m in event.mentions}
    first = min(event.mentions, key=lambda m: m.sentence.index).sentence
    rows = []

    def add(field_name: str, value: object, start: int, end: int, confidence: str) -> None:
        sentence = next((s for s in by_offset.values() if s.start <= start < s.end), None)
        if sentence is None:
            return
        rows.append(
            {
                "event_id_cnty": row["event_id_cnty"],
                "field": field_name,
                "value": value,
                "phrase": text[start:end],
                "start": start,
                "end": end,
                "sentence": sentence.text,
                "sentence_start": sentence.start,
                "sentence_end": sentence.end,
                "confidence": confidence,
            }
        )

    def unsupported(field_name: str, value: object) -> None:
        add(field_name, value, first.start, first.start, LOW)

    for value, start, end, confidence in _trigger_evidence(event, row["notes"]):
        add("event_type", value, start, end, confidence)
    if event.date_span:
        add(
            "event_date", row["event_date"], *event.date_span, _by_precision(row["time_precision"])
        )
    else:
        unsupported("event_date", row["event_date"])
    place_mention = _place_mention(event, row["x_location_raw"])
    if place_mention is not None:
        add(
            "location",
            row["location"],
            place_mention.start,
            place_mention.end,
            _by_precision(row["geo_precision"] or 3),
        )
    elif row["location"]:
        unsupported("location", row["location"])
    for name, found in (("actor1", agent), ("actor2", target)):
        if found is not None and found.start < found.end and row[name]:
            add(name, row[name], found.start, found.end, HIGH if _named(found) else MEDIUM)
        elif row[name]:
            unsupported(name, row[name])
    attacks = {m.sentence.index for m in event.mentions if m.strong and not m.reported}
    told = {id(f) for m in event.mentions if m.sentence.index in attacks for f in m.figures}
    for figure in figures:
        add(
            figure.metric,
            f"{_figure_text(figure)} ({_claimant_label(figure.claimant)})",
            figure.start,
            figure.end,
            _figure_confidence(figure, id(figure) in told),
        )
    return rows


def _trigger_evidence(event: Event, notes: str) -> list[tuple[str, int, int, str]]:
    """Each trigger word's reading with its span; low when reported or the sub-event type was
    inferred, high for a strong trigger."""
    inferred = "sub-event type inferred" in notes
    return [
        (
            f"{hit.reading.event_type}: {hit.reading.sub_event_type} (CAMEO "
            f"{hit.reading.cameo_code})",
            hit.start,
            hit.end,
            LOW if inferred or mention.reported else HIGH if hit.reading.strong else MEDIUM,
        )
        for mention in event.mentions
        for hit in mention.hits
    ]


def _place_mention(event: Event, location_raw: str) -> geoparse.PlaceMention | None:
    """The place phrase of the event's mentions that the row's `x_location_raw` quotes."""
    return next(
        (m.place for m in event.mentions if m.place is not None and m.place.text == location_raw),
        None,
    )


def _figure_confidence(figure: Figure, told_with_attack: bool) -> str:
    """Low when no attack sentence tells the figure; medium when partial, vague or unattributed."""
    if not told_with_attack:
        return LOW
    weak = (
        figure.partial
        or figure.qualifier in _vague_qualifiers()
        or figure.claimant == numbers.UNATTRIBUTED
    )
    return MEDIUM if weak else HIGH


def _by_precision(precision: object) -> str:
    """ACLED precision 1 is exact (high), 2 approximate (medium), 3 a region or an inference
    (low)."""
    return {1: HIGH, 2: MEDIUM}.get(int(precision), LOW)


def _figure_text(figure: Figure) -> str:
    """A figure as the article words it: '8', 'more than 50', 'at least 2'."""
    if figure.high is None:
        return f"{figure.qualifier or 'more than'} {figure.low}"
    return f"{figure.qualifier} {figure.low}".strip()


def _article_warnings(facts: list[mentions.Facts]) -> list[str]:
    """Gaps of the whole article: no date phrase, no place the gazetteer knows."""
    warnings = []
    if not any(d.kind in ("day", "anchor") for f in facts for d in f.dates):
        warnings.append(
            "the article has no date phrase: every event is coded to the publication date"
        )
    if not any(p.resolved for f in facts for p in f.places):
        warnings.append(
            "the article names no place the gazetteer knows: events have no coordinates"
        )
    return warnings


# --------------------------------------------------------------------------- files


def write(extraction: Extraction, events_path: Path) -> Path:
    """Write events, claims, evidence and (where the text links events) links beside each other,
    validated by the schema; return the events path. A links file of an earlier draft that no
    longer holds is removed."""
    if extraction.events.empty:
        raise InputError(extraction.article.path, NO_EVENT)
    events_path.parent.mkdir(parents=True, exist_ok=True)
    claims_path, evidence_path = (
        config.claims_path_for(events_path),
        config.evidence_path_for(events_path),
    )
    with tempfile.TemporaryDirectory(prefix=".extract-", dir=events_path.parent) as work:
        draft = Path(work) / events_path.name
        write_csv(extraction.events, draft)
        write_csv(extraction.claims, config.claims_path_for(draft))
        write_csv(extraction.links, config.links_path_for(draft))
        try:
            events = schema.load_events(draft)
            claims = schema.load_claims(config.claims_path_for(draft), events)
            schema.load_links(config.links_path_for(draft), events)
        except InputError as exc:
            raise EventReportError(
                f"the draft of {extraction.article.path} does not pass the events schema "
                f"(a bug in the extractor): {'; '.join(exc.problems)}"
            ) from None
        staged = [
            (Path(work) / "events.csv", events_path),
            (Path(work) / "claims.csv", claims_path),
            (Path(work) / "evidence.csv", evidence_path),
        ]
        write_csv(events[schema.EVENT_COLUMNS], staged[0][0])
        write_csv(claims, staged[1][0])
        write_csv(extraction.evidence, staged[2][0])
        if not extraction.links.empty:
            staged.append((config.links_path_for(draft), config.links_path_for(events_path)))
        for source, target in staged:
            os.replace(source, target)
        if extraction.links.empty:
            config.links_path_for(events_path).unlink(missing_ok=True)
    return events_path


def ensure_events(article_path: Path) -> Path:
    """The draft events file of an article, extracted now unless a draft newer than its inputs
    exists.

    The draft lives at `reports/_extracted/<article_id>.events.csv` (claims and evidence beside
    it); `reporting.sections.inputs()` uses it when the article has no curated events file and no
    --events is given.
    """
    article = load_article(article_path, draft=True)
    target = config.extracted_events_path_for(article.article_id)
    inputs = [article_path, *lexicon.lexicon_files(), *Path(__file__).parent.glob("*.py")]
    with contextlib.suppress(OSError):
        newest = max(p.stat().st_mtime for p in inputs if p.exists())
        if target.stat().st_mtime >= newest and config.claims_path_for(target).exists():
            return target
    return write(extract(article), target)
