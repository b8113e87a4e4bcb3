"""Stage 0, extraction: a news article -> a draft events file, its casualty claims and the evidence
of every value.

article -> sentences -> facts per sentence (dates, places, actors, speakers, figures) ->
candidate events per sentence (`mentions`) -> events, grouped by ACLED's rule (`grouping`: same
actors, same day, same place: one event) -> the events table (schema.EVENT_COLUMNS), the claims
table (schema.CLAIM_COLUMNS) and the evidence table (every value with the sentence and the
character offsets it came from). Rows get ids `<ISO3>-<YYYYMMDD>-X<NN>`: X marks a draft.

What the text does not settle is said in the row, never guessed silently: an event with no
date phrase is coded to the publication date with time precision 3 and the note `date
unresolved: ...`; a place the gazetteer does not know keeps its words with no coordinates.
Both are also listed in `Extraction.warnings`, and so is an event whose casualty claims
disagree widely (`DISAGREEMENT`): its figures are weak values of the evidence file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import pandas as pd

from .. import config, places, reference, schema, wordlists
from ..article import Article, load_article
from ..csvfiles import write_csv
from ..errors import EventReportError, InputError
from ..places import Place
from . import actors, geoparse, grouping, lexicon, links, mentions, numbers, sentences
from .grouping import INFERRED_PRECISION, STATEMENT_PRECISION, Event
from .lexicon import Trigger
from .mentions import GENERIC, LEAD_SENTENCES, STATEMENT, Hit, Mention
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
HIGH, MEDIUM, LOW = "high", "medium", "low"
"""How far the text supports a drafted value (the evidence file's `confidence`; data/README.md says
when each applies)."""
EXCESSIVE_FORCE = mentions.EXCESSIVE_FORCE
NON_LETHAL_PROTESTS = frozenset({"Peaceful protest", mentions.INTERVENTION})
RESPONSIBILITY_CODES = frozenset({"015", "016"})
"""CAMEO's claim (015) and denial (016) of responsibility: statements that own or disown an act."""
AIR_STRIKE = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"
EXCHANGE = lexicon.Rule(r"(?i)\b(?:{exchange_of_fire})\b")
"""'exchanged heavy fire', 'traded fire': two sides firing at each other."""
MISSION = lexicon.Rule(r"(?i)\b(?:{diplomatic_mission})\b")
"""An embassy or consulate: a speaker that is one speaks where it is."""
CIVILIAN_VIOLENCE = "Violence against civilians"
ABDUCTION = (CIVILIAN_VIOLENCE, mentions.ABDUCTION)
UNRESOLVED_PRECISION = 3
SEAT_PRECISION = 3
INCIDENT_PRECISION = 3
"""An act with no place of its own in a story about one incident is coded at the incident's place
with precision 3 (only the area is known; data/events/CURATION.md, the test split's rules)."""
CIVILIAN_VICTIMS = (
    "sub-event type inferred: an assault whose victims are civilians is violence against"
    " civilians, not a battle"
)
VILLAGE_PRECISION = 2
"""A village or area the gazetteer lacks, named before the town it lies in ('Buhanginan in
Patikul'), is coded at that town with at least precision 2: the event is near the town, not in
it."""
DISAGREEMENT = 3
"""Whole counts of one metric this many times apart disagree widely (1 killed against 49): the
event's figure is weak (issue 7, honest drafts: a confidently wrong figure is worse than none)."""
DISPUTED = "figures disagree widely"
DRAFT_MARK = "X"
UNDATED = "undated"
UNDATED_NOTE = "the text gives no date, so it is left undated (empty event_date, time precision 3)"
UNNAMED_OUTLET = "unnamed outlet"
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
NO_STANDING_EVENT = (
    "no event found: the trigger words of the text ({words}) tell no act that stands on its own "
    "(a bare 'attack' or 'killed' needs a day of its own and a figure or a doer; a reported or "
    "planned act never stands)"
)


@dataclass(frozen=True)
class Extraction:
    """The draft of one article: events, claims, evidence, and what the reader must check."""

    article: Article
    events: pd.DataFrame
    claims: pd.DataFrame
    evidence: pd.DataFrame
    warnings: list[str]
    links: pd.DataFrame = field(default_factory=schema.empty_links)


def _no_event(candidates: list[Mention]) -> str:
    """Why a text drafted no event: no trigger word at all, or none that tells a standing act
    (naming the words, so the analyst sees what was read)."""
    words = list(dict.fromkeys(h.words for m in candidates for h in m.hits))
    if not words:
        return NO_EVENT
    return NO_STANDING_EVENT.format(words=", ".join(f"'{w}'" for w in words[:6]))


def extract(article: Article) -> Extraction:
    """Draft the events, claims and evidence of one article."""
    lexicon.forget_texts()
    found = sentences.split(article.text)
    if not found:
        raise InputError(article.path, "the article has no text to extract events from")
    dateline_city = mentions.dateline_place(article.text)
    dateline = dateline_city.country_iso3 if dateline_city is not None else None
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
    facts = [mentions.read(sentence, state) for sentence in found]
    state.actor_kinds = {
        f.sentence.index: frozenset(a.actors[0].kind for a in f.actors if a.actors) for f in facts
    }
    unknown = any(not p.resolved and p.kind == "name" for f in facts for p in f.places)
    abroad = dateline_city is not None and dateline_city.country_iso3 != state.country
    state.dateline = None if unknown or abroad else dateline_city
    candidates = [m for f in facts for m in mentions.mentions(f, state)]
    state.story_group = story_group(candidates)
    _date_lead_from_detail(facts, candidates)
    found_links = links.find(facts, candidates)
    events = grouping.group(candidates, article.published)
    events += _link_ends(found_links, events)
    _round_ups(events)
    state.story_actor = story_actor(events, article.published, state)
    state.riots = riots(events)
    main_place = _main_place(facts)
    state.places.acts_place = _main_place(facts, exact=False)
    state.places.unit = geoparse.article_unit([p for f in facts for p in f.places])
    state.places.detail = _lead_detail(facts, candidates) or _site_detail(facts)
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
        warnings.append(_no_event(candidates))
    link_rows, link_evidence, link_warnings = _link_rows(found_links, events, coded)
    return Extraction(
        article,
        pd.DataFrame(rows, columns=schema.EVENT_COLUMNS),
        pd.DataFrame(claims, columns=schema.CLAIM_COLUMNS),
        pd.DataFrame(evidence + link_evidence, columns=EVIDENCE_COLUMNS),
        warnings + link_warnings,
        pd.DataFrame(link_rows, columns=schema.LINK_COLUMNS),
    )


CROWD_KINDS = {"Protests": "protesters", "Riots": "rioters"}
"""ACLED's event types of a crowd, and the crowd that is their first actor, whoever the text
names first (the police that dispersed it, a party that called it)."""
CROWD_EVENT_TYPES = frozenset(CROWD_KINDS)


# --------------------------------------------------------------------------- links


def _event_of(mention: Mention, events: list[Event]) -> Event | None:
    """The event a mention was merged into, if any."""
    return next((e for e in events if any(m is mention for m in e.mentions)), None)


TRIGGER_STEM = 5
"""Trigger words that share this many first letters name the same kind of act ('the storming' after
'stormed')."""


def _end_event(
    mention: Mention, events: list[Event], answering: bool, earlier: Event | None = None
) -> Event | None:
    """The event a link's end names. The answering end: 'The siege was in response to ...' names
    the siege told before (an earlier event with a trigger word of the same stem, never the
    `earlier` end: 'Monday's strikes came after a Houthi missile ...'), whatever event the definite
    mention was merged into. The earlier end: its own event; one only reported or pointed back to
    ('condemned the attack') names the event told before in the same words. None when nothing
    names it (an act told only here)."""
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
        and e is not earlier
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
    so; a statement's assumed day (publication) dates only an act told nowhere else. An act with
    no date that a dated act led to ('The incident triggered a protest', 'riots following a
    demonstration on Jan. 13') is coded to that act's day, precision 2, unless the link's
    sentence tells the time between them ('comes almost a week after'). An act not done or only
    habitual ('violence, usually sparked by protests') is no event at a link's end either."""
    made: list[Event] = []
    for link in found:
        later = _event_of(link.later, events)
        if later is None or link.earlier.family == STATEMENT:
            continue
        earlier = _end_event(link.earlier, events + made, answering=False)
        if earlier is None and (
            link.earlier.reported or link.earlier.unreal or _bare_toll(link.earlier)
        ):
            continue
        orphan = earlier is None
        if orphan:
            earlier = Event([link.earlier])
            date, precision = grouping.mention_date(link.earlier, events, final=True)
            if date is not None:
                grouping.set_date(earlier, link.earlier, date, precision)
            earlier.notes.append("told only as the earlier act of a link")
            made.append(earlier)
        day = later.date or (later.assumed if orphan else None)
        if earlier.date is None and day is not None:
            earlier.date, earlier.precision = day, INFERRED_PRECISION
            earlier.notes.append("no date in the text: coded to the day of the act it led to")
        elif (
            later.date is None
            and earlier.date is not None
            and later.family != STATEMENT
            and not any(d.kind == "anchor" for d in link.facts.dates)
        ):
            later.date, later.precision = earlier.date, INFERRED_PRECISION
            later.notes.append("no date in the text: coded to the day of the act that led to it")
    return made


def _answer_unnamed(link: links.Link, later: Event, events: list[Event]) -> bool:
    """Whether the answering act is one of a round-up's incidents that the link's sentence does not
    name: told in an earlier sentence while acts of its kind happened at other places too ('The
    gunmen apparently were retaliating after ...' after clashes in Panamao, Parang and Patikul)."""
    return link.later.sentence.index < link.facts.sentence.index and any(
        e is not later
        and e.family == later.family
        and any(not grouping.places_fit(m, later) for m in e.mentions)
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
        first = _end_event(link.earlier, events, answering=False)
        ends = [first, _end_event(link.later, events, answering=True, earlier=first)]
        if None in ends or ends[0] is ends[1] or _answer_unnamed(link, ends[1], events):
            continue
        earlier, later = (coded[id(e)] for e in ends)
        sentence = link.facts.sentence
        row = {
            "from_event": earlier["event_id_cnty"],
            "to_event": later["event_id_cnty"],
            "relation": link.cue.rule.relation,
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
                "value": f"{row['relation']} {earlier['event_id_cnty']} ({link.asserted_by})",
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
    riot_death = _riot_death(event, state)
    reading = riot_death or _event_reading(event)
    statement = event.family == STATEMENT
    by_report = statement or (event.family == mentions.STRATEGIC and event.assumed is not None)
    date, precision, date_words = _event_date(event, article, by_report)
    undated = _undated(event, by_report)
    hint = state.country
    agent_mention, speaker = _speaker(event, statement, hint, date)
    place, place_precision, place_words, place_note = _event_place(
        event, speaker, main_place, state
    )
    iso3 = (
        (place.country_iso3 if place else None)
        or (speaker.country_iso3 if speaker else None)
        or hint
        or ""
    )
    actor1 = _actor1(agent_mention, speaker, reading, statement, iso3, date, state)
    target_mention, actor2 = (
        (None, None)
        if riot_death
        else _second_actor(event, actor1, reading, statement, iso3, date)
    )
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
        _victim_kinds(event, actor1),
        _guns_named(event),
        _armed_named(event, actor1, state),
    )
    if statement and actor2 is None and _other_side(state.story_actor, actor1):
        actor2 = state.story_actor  # the doer of the act the statement is about
    if (
        type_note == CIVILIAN_VICTIMS
        and (actor2 is None or actor2.kind not in mentions.VICTIM_KINDS)
        or event_type == CIVILIAN_VIOLENCE
        and actor2 is None
    ):  # ACLED: violence against civilians has civilians for its second actor
        actor2 = _template_actor("civilians", iso3, date)
    crowd_kind, assoc1 = CROWD_KINDS.get(event_type), ""
    if crowd_kind and (actor1 is None or actor1.kind != crowd_kind):
        if actor1 is not None and actor1.kind in actors.STATE_KINDS:
            actor2 = actor2 or actor1  # 'police dispersed the protesters': the side it faces
        elif actor1 is not None and not actor1.anonymous:
            assoc1 = actor1.name  # 'supporters of the opposition protested': who the crowd is
        actor1 = _template_actor(crowd_kind, iso3, date) or actor1
    country = lex.countries.get(iso3)
    event_id = _event_id(iso3, None if undated else date, counters)
    figures = _unique_figures(event)
    killed = _range([f for f in figures if f.metric == "killed"])
    injured = _range([f for f in figures if f.metric == "injured"])
    disputed = _disputed(figures)
    notes = [n for n in [type_note, place_note, *event.notes, *disputed.values()] if n]
    if event.date is None:
        notes.append(
            "no date in the text: the statement is coded to the publication date"
            if statement
            else f"date unresolved: {date_words or 'no date phrase'}; "
            + (UNDATED_NOTE if undated else "the lead event is coded to the publication date")
        )
    warnings = [
        f"{event_id}: {n}"
        for n in notes
        if n.startswith(("date unresolved", "place unresolved", DISPUTED))
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
        "assoc_actor_1": assoc1,
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
    evidence = _evidence(
        event, row, figures, agent_mention, target_mention, article.text, set(disputed)
    )
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
    bare killing last; of two as weighty, the one the text tells in its own voice before one it
    only quotes or reports ('shootouts at their contested border' over a quoted 'mortar shell').
    The best word decides, not the count of words: 'attack' and 'killed' told five times do not
    outweigh one 'ambush'."""
    if event.family == STATEMENT:
        scores = reference.cameo_codes()["goldstein"]
        told = [h.reading for m in event.mentions for h in m.hits]
        readings = [r for r in told if r.statement] or told
        return min(readings, key=lambda r: (scores.get(r.cameo_code, 0.0), -r.priority))
    weights: Counter = Counter()
    best = {}
    told = set()
    for mention in event.mentions:
        for hit in mention.hits:
            key = (hit.reading.event_type, hit.reading.sub_event_type)
            weight = (
                hit.reading.priority
                + (3 if hit.reading.strong else 0)
                + (0 if mention.reported else 1)
            )
            weights[key] = max(weights[key], weight)
            if not mention.reported:
                told.add(key)
            if key not in best or hit.reading.priority > best[key].priority:
                best[key] = hit.reading
    if not weights:
        return _generic_reading()
    if event.family == mentions.DEMONSTRATION:
        weights = _intervention_weights(_riot_weights(event, weights), told)
        weights = _deadly_protest_weights(event, weights)
    weights = _air_assault_weights(event, weights, told)
    weights = _exchange_weights(event, weights)
    weights = _deadly_abduction_weights(event, weights)
    return best[max(weights, key=lambda k: (weights[k], k in told, best[k].priority))]


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
    return Counter({k: w for k, w in weights.items() if k in violent}) or weights


def _intervention_weights(weights: Counter, told: set) -> Counter:
    """A protest the police broke up, dispersed or arrested, told first-hand, is a protest with
    intervention, whatever peaceful word tells the protest too."""
    if ("Protests", mentions.INTERVENTION) not in told:
        return weights
    return Counter({k: w for k, w in weights.items() if k != ("Protests", "Peaceful protest")})


def _deadly_protest_weights(event: Event, weights: Counter) -> Counter:
    """A protest in which people were killed, told first-hand ('Five demonstrators died Tuesday
    after being shot by police'), is no peaceful protest (ACLED: a peaceful protest has no
    fatalities, nor does an intervention): the forces' fire on the crowd or the crowd's riot the
    text tells, even in a quote ('Security forces opened fire at the protesters'), is the event."""
    if ("Protests", "Peaceful protest") not in weights or not _killing_told(event):
        return weights
    kept = Counter({k: w for k, w in weights.items() if k[1] not in NON_LETHAL_PROTESTS})
    violent = any(k[0] == "Riots" or k[1] == EXCESSIVE_FORCE for k in kept)
    return kept if violent else weights


def _killing_told(event: Event) -> bool:
    """Whether the event's mentions tell a killing first-hand: a kill word, not a bare 'attack'."""
    return any(
        h.reading.sub_event_type == "Attack" and not grouping.assault_word(h)
        for m in event.mentions
        if not m.reported
        for h in m.hits
    )


def _air_assault_weights(event: Event, weights: Counter, told: set) -> Counter:
    """A raid or an attack told beside first-hand words of a strike from the air, with no exchange
    of fire ('Two men were killed ... in an Israeli strike on central Gaza, ... the third deadly
    raid in 24 hours'), is that air strike: the assault word names the act, the air words its
    means, and harm from a distance is ACLED's remote violence, not a battle."""
    if not any(k[1] == AIR_STRIKE for k in told) or not _assault_only(event):
        return weights
    return Counter({k: w for k, w in weights.items() if k[0] != mentions.BATTLES})


def _exchange_weights(event: Event, weights: Counter) -> Counter:
    """Two sides that 'exchanged heavy fire' fight a battle, whatever weapon killed a victim ('The
    villager was killed by artillery shelling'): shelling in an exchange of fire told first-hand is
    an armed clash (ACLED), not one side's remote attack."""
    exchange = any(
        EXCHANGE.search(h.words) for m in event.mentions if not m.reported for h in m.hits
    )
    if not exchange:
        return weights
    return Counter({k: w for k, w in weights.items() if k[1] != SHELLING}) or weights


def _deadly_abduction_weights(event: Event, weights: Counter) -> Counter:
    """'a man who was shot dead during an attempted kidnapping', 'two marines were taken hostage
    and brutally beaten to death': an abduction told first-hand beside a killing (a kill word, not
    a bare 'attack') is an attack (ACLED: an abduction during which people are killed is recorded
    as an attack)."""
    if not _killing_told(event) or ABDUCTION not in weights:
        return weights
    return Counter({k: w for k, w in weights.items() if k != ABDUCTION})


def _generic_reading() -> Trigger:
    """The reading of a killing told with no attack word: the lexicon's weakest 'Attack' row."""
    return min(
        (t for t in lexicon.load().triggers if t.sub_event_type == "Attack" and not t.statement),
        key=lambda t: t.priority,
    )


def _undated(event: Event, by_report: bool) -> bool:
    """An act the text gives no date for, told after the lead: left undated (an empty event_date),
    never stamped with the publication date. A statement or arrest with no date of its own
    (`by_report`) is the publication day (data/events/CURATION.md), and so is the lead event of a
    report that tells the day's news without naming the day (precision 3, flagged)."""
    return event.date is None and not by_report and event.first_sentence >= LEAD_SENTENCES


def _event_date(event: Event, article: Article, by_report: bool) -> tuple[dt.date, int, str]:
    """The event's date, precision and words; a statement or arrest with none (`by_report`) is the
    publication day, anything else is flagged."""
    if event.date is not None:
        return event.date, event.precision, event.date_words
    unresolved = next((m.date for m in event.mentions if m.date is not None), None)
    words = unresolved.text if unresolved else ""
    return article.published, STATEMENT_PRECISION if by_report else UNRESOLVED_PRECISION, words


def story_group(candidates: list[Mention]) -> actors.Mention | None:
    """The one non-state armed group an article tells acting in its own voice ('an army team was
    attacked by about 30 NPA rebels', 'a Taliban ambush'): ACLED codes the group a report ties its
    attacks to, so an act told with no actor of its own (or only 'gunmen') is that group's. Two
    such groups, or none: no one. A group only named, acted on, quoted ('repeated Kata'ib
    Hezbollah attacks', said a statement) or speaking ('claimed responsibility for that attack',
    which may be another) ties no act to itself."""
    named: dict[str, actors.Mention] = {}
    for mention in candidates:
        if mention.reported or mention.family == STATEMENT:
            continue
        found = mention.agent
        actor = found.actors[0] if found and found.actors else None
        if actor and not actor.template and actor.kind in actors.NON_STATE_ARMED_KINDS:
            named.setdefault(actor.name, found)
    return next(iter(named.values())) if len(named) == 1 else None


def _other_side(doer: actors.Resolved | None, speaker: actors.Resolved | None) -> bool:
    """Whether the doer of an act is another party than a speaker, one the text identifies: not an
    unidentified group or a crowd, not the speaker, and not the speaker's own state (a government
    speaking of its army's strike)."""
    if doer is None or speaker is None or doer.anonymous or doer.name == speaker.name:
        return False
    return not (
        doer.kind in actors.STATE_KINDS
        and speaker.kind in actors.STATE_KINDS
        and doer.country_iso3 == speaker.country_iso3
    )


def _second_actor(
    event: Event,
    actor1: actors.Resolved | None,
    reading: Trigger,
    statement: bool,
    iso3: str,
    date: dt.date,
) -> tuple[actors.Mention | None, actors.Resolved | None]:
    """The first target the telling gives, best first, that is not the first actor; a country
    named beside a crowd ('the Greek parliament') is no side of it."""
    crowd = reading.event_type in CROWD_EVENT_TYPES
    for mention in _ranked_actors(event, "target"):
        if crowd and mention.country_only:
            continue
        found = _target(mention, statement, crowd, iso3, date)
        if found is not None and (actor1 is None or found.name != actor1.name):
            return mention, found
    return None, None


def _target(
    mention: actors.Mention, statement: bool, crowd: bool, iso3: str, date: dt.date
) -> actors.Resolved | None:
    """Who a mention names as acted on (or spoken of); the 'security forces' a crowd faces are the
    police, as ACLED codes them, unless the text says soldiers."""
    found = actors.resolve(mention, "speaker" if statement else "target", iso3, date)
    if crowd and found and found.kind == "military" and actors.policing(mention):
        return _template_actor("police", found.country_iso3 or iso3, date)
    return found


def _speaker(
    event: Event, statement: bool, hint: str | None, date: dt.date
) -> tuple[actors.Mention | None, actors.Resolved | None]:
    """The actor the event's telling names as its doer (or speaker), and who it is on `date`: a
    defence ministry that speaks is the government's voice."""
    agent_mention = _best_actor(event, "agent")
    speaker = (
        actors.resolve(agent_mention, "speaker" if statement else "agent", hint, date)
        if agent_mention
        else None
    )
    if statement and speaker and speaker.kind == "military" and actors.ministry(agent_mention):
        speaker = _template_actor("government", speaker.country_iso3, date)
    return agent_mention, speaker


def _actor1(
    agent_mention: actors.Mention | None,
    speaker: actors.Resolved | None,
    reading: Trigger,
    statement: bool,
    iso3: str,
    date: dt.date,
    state: mentions.ArticleState,
) -> actors.Resolved | None:
    """An event's first actor: the one its telling names, else the group the article tells acting
    (`story_group`), else who acts by default (`_default_actor`)."""
    if not statement and _unnamed_armed(agent_mention, reading) and state.story_group:
        speaker = actors.resolve(state.story_group, "agent", iso3, date)
    return speaker or _default_actor(reading, iso3, date)


def story_actor(
    events: list[Event], published: dt.date, state: mentions.ArticleState
) -> actors.Resolved | None:
    """Who did the act the article is about (its first dated act): the party a statement with no
    one else named speaks about ('condemned the attack')."""
    story = grouping.story_event(events)
    if story is None:
        return None
    day = story.date or published
    agent_mention, speaker = _speaker(story, False, state.country, day)
    iso3 = (speaker.country_iso3 if speaker else None) or state.country or ""
    return _actor1(agent_mention, speaker, _event_reading(story), False, iso3, day, state)


def riots(events: list[Event]) -> dict[dt.date, Trigger]:
    """Day -> the reading of the first riot the text tells on it."""
    found: dict[dt.date, Trigger] = {}
    for event in sorted(events, key=lambda e: e.first_sentence):
        reading = _event_reading(event) if event.date and event.family != GENERIC else None
        if reading is not None and reading.event_type == "Riots":
            found.setdefault(event.date, reading)
    return found


def _riot_death(event: Event, state: mentions.ArticleState) -> Trigger | None:
    """'Two people were reported killed in Mardin, two in Siirt': deaths told with no act and no
    doer of their own, on a day of a riot the text tells, died in that day's unrest (ACLED codes
    them with the riot), not in an attack on civilians: the dead are no side of it."""
    riot = state.riots.get(event.date) if event.family == GENERIC else None
    return None if riot is None or any(m.agent for m in event.mentions) else riot


def _unnamed_armed(agent: actors.Mention | None, reading: Trigger) -> bool:
    """Whether an act's doer is an armed group the text does not name: no agent for an act of
    violence (a crowd's act has its crowd), or only 'gunmen', 'rebels'."""
    if agent is None:
        return reading.event_type not in CROWD_EVENT_TYPES
    actor = agent.actors[0] if agent.actors else None
    return actor is not None and actor.template and actor.kind in actors.NON_STATE_ARMED_KINDS


def _best_actor(event: Event, role: str) -> actors.Mention | None:
    """The actor the event's telling gives for a role (`_ranked_actors`' first)."""
    return next(iter(_ranked_actors(event, role)), None)


def _ranked_actors(event: Event, role: str) -> list[actors.Mention]:
    """The actors the event's telling gives for a role, best first: from first-hand tellings (an
    actor named only in a quote or a report, 'U.S. prosecutors have described Coke as the leader
    of the Shower Posse, which murdered hundreds', does not outrank the police that clashed), a
    named actor or a country before a template ('people'), then strong, dated mentions; a
    template with a country before one without."""

    def rank(pair):
        mention, found = pair
        return (
            not mention.reported,
            grouping.named(found) or found.country_only,
            mention.strong,
            mention.date is not None,
            found.country_iso3 is not None,
            -mention.sentence.index,
        )

    pairs = [(m, getattr(m, role)) for m in event.mentions if getattr(m, role) is not None]
    return [found for _, found in sorted(pairs, key=rank, reverse=True)]


def _default_actor(reading: Trigger, iso3: str, day: dt.date) -> actors.Resolved | None:
    """Who acts when the text does not say: protesters for a protest, rioters for a riot, the
    police for an arrest (as ACLED codes 24 of the 30 dev arrests), else an unidentified group."""
    kind = CROWD_KINDS.get(reading.event_type, "unidentified")
    if reading.sub_event_type == mentions.ARRESTS:
        kind = "police"
    return _template_actor(kind, iso3, day)


def _template_actor(kind: str, iso3: str, day: dt.date) -> actors.Resolved | None:
    """The lexicon's template actor of a kind ('Rioters ({country})') for a country."""
    template = actors.template(kind)
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
            if not grouping.named(found) or found is mention.agent:
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
    victims: frozenset[str] = frozenset(),
    guns: bool = False,
    armed_side: bool = False,
) -> tuple[str, str, str, str]:
    """A bare 'attack' (Violence against civilians / Attack) whose actors say more, and a note that
    says so: by a foreign state's forces with no weapon named (`guns`: no word of small-arms
    fire either) it is an air/drone strike; against armed forces (soldiers, police, a rebel
    group), or where every victim its first-hand tellings name is one ('a series of attacks that
    killed five police officers'), it is an armed clash, as ACLED codes any attack on an armed
    actor. An armed clash told only as one side's assault
    (`assault_only`) whose other side is civilians ('armed men raided a village, killing 19
    civilians'), or whose first-hand tellings name only civilians as their victims (`victims`:
    'killed at least 12 civilians in overnight raids on villages'), or that names no other side and
    falls on a place where civilians live (`object_kind` 'civilian': 'stormed a remote village')
    or on nothing armed and beside no armed side (`armed_side`: 'opened fire on a private car',
    'fired shots at them'), is an attack on them: ACLED's battles are fought between two armed
    sides. An attack on a post of armed forces (`object_kind` 'armed': a base, a checkpoint, a
    convoy) is a clash too, unless its victims are civilians. A change of territory follows who
    took it (`_territory_taker`)."""
    if sub_event_type in TERRITORY_TYPES.values():
        return _territory_taker(event_type, sub_event_type, cameo, actor1)
    if sub_event_type == mentions.ARMED_CLASH and _crowd_side(actor1, actor2):
        return (
            *_plain_reading("Violent demonstration"),
            "sub-event type inferred: a fight of a crowd is a riot, not a battle (rioters and"
            " protesters are no armed group)",
        )
    if (
        sub_event_type == "Armed clash"
        and assault_only
        and (
            (actor2 is not None and actor2.kind in mentions.VICTIM_KINDS)
            or (bool(victims) and victims <= mentions.VICTIM_KINDS)
            or (actor2 is None and object_kind == "civilian")
            or (actor2 is None and not victims and not object_kind and not armed_side)
        )
    ):
        return *_plain_reading("Attack"), CIVILIAN_VICTIMS
    if event_type != CIVILIAN_VIOLENCE or sub_event_type != "Attack":
        return event_type, sub_event_type, cameo, ""
    foreign = (
        not guns
        and actor1 is not None
        and actor1.kind == "military"
        and actor1.country_iso3
        and actor1.country_iso3 != iso3
    )
    if foreign:
        return (
            *_plain_reading("Air/drone strike"),
            "sub-event type inferred: a foreign force's attack, no weapon named",
        )
    if (actor2 is not None and actor2.kind in actors.ARMED_KINDS) or (
        bool(victims) and victims <= actors.ARMED_KINDS
    ):
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


def _crowd_side(actor1: actors.Resolved | None, actor2: actors.Resolved | None) -> bool:
    """Whether a crowd (protesters, rioters) acts, or is the other side of a fight no state force
    starts: such a fight is no battle of two organised armed sides."""
    crowd = mentions.CROWD_KINDS
    return (actor1 is not None and actor1.kind in crowd) or (
        actor2 is not None
        and actor2.kind in crowd
        and (actor1 is None or actor1.kind not in actors.STATE_KINDS)
    )


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


def _victim_kinds(event: Event, actor1: actors.Resolved | None) -> frozenset[str]:
    """The kinds of the actors the event's first-hand acts fall on ('killed at least 12 civilians
    in overnight raids'); a bare country ('Benin and Ivory Coast have also been targeted') names
    no victims, and an unnamed armed group of the doer's kind named after an act word ('During the
    raid, the insurgents beheaded a resident') is the doer again."""
    doer = actor1.kind if actor1 is not None and actor1.anonymous else None
    kinds = frozenset(
        m.target.actors[0].kind
        for m in event.mentions
        if not m.reported
        and m.family != STATEMENT
        and m.target is not None
        and m.target.actors
        and not m.target.country_only
    )
    return kinds - {doer} if doer in actors.NON_STATE_ARMED_KINDS else kinds


def _armed_named(
    event: Event, actor1: actors.Resolved | None, state: mentions.ArticleState
) -> bool:
    """Whether a sentence that tells the event first-hand names the state's forces beside its doer
    ('Three police officers were killed ... when gunmen opened fire'): such an assault may be a
    battle, whatever its object."""
    doer = actor1.kind if actor1 is not None else None
    named = frozenset().union(
        *(state.actor_kinds[m.sentence.index] for m in event.mentions if not m.reported)
    )
    return bool(named & actors.FORCE_KINDS - {doer})


def _object_kind(event: Event) -> str:
    """What the first-hand attack or assault words of the event fall on, a few words after them:
    'armed' for a post of armed forces ('targeted military bases', 'an attack on a checkpoint'),
    'civilian' for a place where civilians live ('stormed a remote village'), else ''."""
    for mention in event.mentions:
        if mention.reported:
            continue
        text, offset = mention.sentence.text, mention.sentence.start
        for hit in mention.hits:
            assault = hit.reading.event_type == "Battles" and grouping.assault_word(hit)
            if hit.reading.sub_event_type != "Attack" and not assault:
                continue
            for kind, rule in OBJECT_PLACES.items():
                if rule.match(text, hit.end - offset, mention.clause[1] - offset):
                    return kind
    return ""


INSTRUMENT = re.compile(r"(?i)\s+(?:by|with|from)\s+(?:[\w-]+\s+){0,2}[\w-]+")
"""What an act word was done with ('fatally wounded by a shot from the Azerbaijani side')."""


def _guns_named(event: Event) -> bool:
    """Whether a first-hand word of the event, or what it was done with, names small-arms fire
    ('shot and killed', 'fatally wounded by a shot')."""
    fire = wordlists.words("gunfire_word")
    return any(
        fire & set(re.findall(r"[\w-]+", (h.words + _instrument(m, h)).lower()))
        for m in event.mentions
        if not m.reported
        for h in m.hits
    )


def _instrument(mention: Mention, hit: Hit) -> str:
    """The words after an act word that say what it was done with ('' if none)."""
    sentence = mention.sentence
    found = INSTRUMENT.match(sentence.text, hit.end - sentence.start)
    return found.group() if found else ""


def _assault_only(event: Event) -> bool:
    """Whether every strong first-hand battle word of the event is one side's assault ('raided',
    'stormed'), none an exchange ('fighting', 'exchanged fire'); a weak noun that may name a war
    ('to fight the scourge of violence') says nothing of the act."""
    hits = [
        h
        for m in event.mentions
        if not m.reported
        for h in grouping.battle_hits(m)
        if h.reading.strong
    ]
    return bool(hits) and all(grouping.assault_word(h) for h in hits)


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
        return _resolved_place(event, resolved, unknown, main_place or _acts_town(state), state)
    context = _context_place(event, speaker, main_place, state)
    return _beside_unknown(phrases[0], context) if phrases else context


def _beside_unknown(
    unknown: geoparse.PlaceMention, context: tuple[Place | None, int | None, str, str]
) -> tuple[Place | None, int | None, str, str]:
    """An event whose only place phrase the gazetteer lacks ('Ain al-Hilweh', 'Bardibas'): coded
    at the place its context gives, no more precise than near a town, with the phrase said."""
    place, precision, _, _ = context
    words = unknown.text
    if place is None:
        return None, None, words, f"place unresolved: '{words}' is not in the gazetteer"
    return (
        place,
        max(precision or INCIDENT_PRECISION, VILLAGE_PRECISION),
        words,
        f"place unresolved: '{words}' is not in the gazetteer; coded at {place.name}",
    )


def _context_place(
    event: Event,
    speaker: actors.Resolved | None,
    main_place: Place | None,
    state: mentions.ArticleState,
) -> tuple[Place | None, int | None, str, str]:
    """(place, geo precision, words, note) of an event whose sentences place nothing: the
    headline's place, the talks' venue, the statement's scene or seat, the story's town, or its
    country."""
    headline = state.places.headline
    town = main_place or _acts_town(state)
    if (
        headline is not None
        and event.family != STATEMENT
        and event.first_sentence < LEAD_SENTENCES
        and _town_in_country(event, headline.place, town) is None
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
        seat = _statement_seat(event, speaker, main_place, state)
        if seat is not None:
            return seat
    if town is not None:
        return (
            town,
            INCIDENT_PRECISION,
            "",
            f"no place in the text: coded to {_town_source(town, state)}, {town.name}",
        )
    if state.country:
        whole = places.country_place(state.country)
        if whole is not None:
            return whole, whole.geo_precision, "", "no place in the text: coded to the country"
    return None, None, "", "place unresolved: the text names no place"


def _resolved_place(
    event: Event,
    resolved: list[geoparse.PlaceMention],
    unknown: geoparse.PlaceMention | None,
    town: Place | None,
    state: mentions.ArticleState,
) -> tuple[Place | None, int | None, str, str]:
    """The most precise of an event's resolved phrases (the most named, then the first, of equal
    precision), saying the phrase the gazetteer lacks when there is one; an act told only in its
    country goes to the story's `town` there."""
    counts = Counter(p.place.name for p in resolved)
    best = min(
        resolved,
        key=lambda p: (p.precision or 3, _kind_rank(p.kind), -counts[p.place.name], p.start),
    )
    if unknown is not None:  # never a silent substitution: the phrase the gazetteer lacks is said
        raw = unknown.text if best.precision == 3 else best.text
        return (
            best.place,
            max(best.precision or 3, VILLAGE_PRECISION if unknown.start < best.start else 1),
            raw,
            f"place unresolved: '{unknown.text}' is not in the gazetteer; coded at "
            f"{best.place.name}",
        )
    inside = _town_in_country(event, best.place, town)
    if inside is not None:
        return (
            inside,
            INCIDENT_PRECISION,
            best.text,
            f"told only in {best.place.name}: coded at {_town_source(inside, state)}, "
            f"{inside.name}",
        )
    return best.place, best.precision, best.text, ""


def _town_in_country(event: Event, place: Place, town: Place | None) -> Place | None:
    """The town an act told only in its country happened in: the one the article places its acts
    in ('protesters clashed with police' in Mongolia, in a story on Ulan Bator's riots), when it
    lies in that country; statements keep their own rules."""
    if (
        place.kind != "country"
        or town is None
        or town.kind != "city"
        or town.country_iso3 != place.country_iso3
        or event.family == STATEMENT
    ):
        return None
    return town


def _located(place: Place | None) -> bool:
    """Whether an event's place has a point of its own: an act the text places only in a country
    has none (it is matched by country and never drawn at an invented point, as the test split's
    coding rules say), though its country and precision 3 are known; a country whose whole is one
    city ('HONG KONG — The Hong Kong police clashed again') has the city's point."""
    return place is not None and (
        place.kind != "country" or place.name.lower() in wordlists.words("city_state")
    )


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


LEAD_SITE = lexicon.Rule(
    r"(?i)\b(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?P<site>{site_noun})\s+(?:in|near|outside)\s+"
)
"""'A riot at a high-security prison in northern Tajikistan': the kind of site a lead act is told
at, before the wider place it lies in."""


def _site_detail(facts: list[mentions.Facts]) -> geoparse.PlaceMention | None:
    """The first town, or closer place, a later sentence names with the site the lead tells its act
    at ('the central Khujand prison', 'The prison in Khujand' after 'a high-security prison in
    northern Tajikistan'): where the lead's act happened, as `_lead_detail`'s place is."""
    site = LEAD_SITE.regex.search(facts[0].sentence.text) if facts else None
    if site is None:
        return None
    noun = re.escape(site.group("site"))
    for fact in facts[1:]:
        text, start = fact.sentence.text, fact.sentence.start
        for place in fact.places:
            if (
                place.resolved
                and (place.precision or 3) <= 2
                and (
                    re.match(rf"(?i)\s+{noun}\b", text[place.end - start :])
                    or re.search(rf"(?i)\b{noun}\s+(?:in|at|of)\s+$", text[: place.start - start])
                )
            ):
                return place
    return None


def _date_lead_from_detail(facts: list[mentions.Facts], candidates: list[Mention]) -> None:
    """'... gunmen ambushed a police convoy, killing at least 13 officers. Some 42 state police
    officers had gone to the township of Aguililla ... on Monday to enforce a judicial order when
    they were met with more than 30 suspected gunmen': the one day the sentence after the lead
    gives, when that sentence tells no act of its own and places the lead's act
    (`_lead_detail`), is the day of the lead's undated acts."""
    if _lead_detail(facts, candidates) is None:
        return
    days = [d for d in facts[1].dates if d.kind == "day" and not d.reporting and d.date]
    if len(days) != 1:
        return
    for mention in candidates:
        if mention.sentence.index == 0 and mention.date is None and mention.family != STATEMENT:
            mention.date = days[0]


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


def _statement_seat(
    event: Event,
    speaker: actors.Resolved | None,
    main_place: Place | None,
    state: mentions.ArticleState,
) -> tuple[Place, int, str, str] | None:
    """Where a statement the text places nowhere is coded, and the note that says so: where the
    embassy that makes it is; else the speaker's seat or the place of the acts it speaks of
    (`_seat`)."""
    if state.country and _mission_speaks(event):
        seat = geoparse.seat_of_government(state.country)
        if seat is not None:
            return seat, SEAT_PRECISION, "", "no place in the text: coded where the embassy is"
    acts_place = main_place or state.places.acts_place
    owning = _event_reading(event).cameo_code in RESPONSIBILITY_CODES
    seat = _seat(speaker, acts_place, owning)
    if seat is None:
        return None
    where = "the place of the acts it speaks of" if seat is acts_place else "the speaker's seat"
    return seat, SEAT_PRECISION, "", f"no place in the text: coded at {where}"


def _mission_speaks(event: Event) -> bool:
    """Whether the statement's speaker is an embassy ('The Chinese embassy said in a statement'):
    it speaks where it is, in the capital of the country the article tells of, not from the
    capital of the country it represents."""
    return any(MISSION.search(m.speaker) for m in event.mentions if m.family == STATEMENT)


def _seat(
    speaker: actors.Resolved | None, main_place: Place | None, owning: bool = False
) -> Place | None:
    """Where a statement is coded when the text gives no place: an organisation's seat (the UN: New
    York), the seat of government for states and parties (`Country.seat`: La Paz, not Sucre),
    else the article's place. An armed group that claims or denies an act (`owning`) speaks
    where the act is ('Boko Haram's Islamic State-backed faction claimed responsibility for an
    attack ... in western Niger' is no statement made in Abuja)."""
    if speaker is None:
        return main_place
    if speaker.seat:
        return geoparse.lookup(speaker.seat, speaker.country_iso3) or main_place
    country = lexicon.load().countries.get(speaker.country_iso3)
    if speaker.kind in actors.STATE_KINDS | {"party"} and country is not None:
        return geoparse.seat_of_government(country.iso3) or main_place
    if main_place is not None and (
        not speaker.country_iso3
        or main_place.country_iso3 == speaker.country_iso3
        or (owning and speaker.kind in actors.ARMED_KINDS)
    ):
        return main_place
    return geoparse.seat_of_government(country.iso3) if country else main_place


def _town_source(town: Place, state: mentions.ArticleState) -> str:
    """How a fallback town was found, for the event's notes."""
    if town is state.dateline and town is not state.places.acts_place:
        return "the town the story is datelined in"
    return "the town the article places its acts in"


def _acts_town(state: mentions.ArticleState) -> Place | None:
    """The town the article tells its acts in when it names only parts of it ("Yerevan's southern
    Erebuni district", 'Khorenatsi Street'), else the town it is datelined in ('Male: Maldives
    police arrested 193 people'): where an act told with no place, or only in its country,
    happened, rather than anywhere in the country."""
    place = state.places.acts_place
    if place is not None and place.kind == "city":
        return place
    return state.dateline


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
    """The event's figures, each once (two mentions of one sentence may carry the same figure, and
    one source may be told giving it twice in the same words: a page that repeats its lead),
    without a round-up's totals."""
    seen, told, unique = set(event.totals), set(), []
    for mention in sorted(event.mentions, key=lambda m: m.sentence.index):
        for figure in mention.figures:
            key, words = _figure_key(figure), _figure_words(figure)
            if key not in seen and words not in told:
                seen.add(key)
                told.add(words)
                unique.append(figure)
    return unique


def _figure_words(figure: Figure) -> tuple[str, str, int, int | None, str]:
    """What a figure says and who says it, wherever the text tells it."""
    return figure.quote, figure.metric, figure.low, figure.high, figure.claimant


def _figure_key(figure: Figure) -> tuple[int, int, str]:
    """Where a figure is and what it counts: one figure whichever mention carries it."""
    return figure.start, figure.end, figure.metric


MAX_ROUND_UP_PARTS = 8
"""How many other events' tolls a total is tried against (all their subsets: 2**8 at most)."""


def _round_ups(events: list[Event]) -> None:
    """A whole figure told before two or more other events whose own tolls add up to it is a
    round-up's total ('sparking clashes that killed at least 12 soldiers' before Parang's one
    soldier and Patikul's 11 marines): it counts no single event, so it leaves the event it was
    told with, as the coding rules want (no claim about any one of them). The places of one list
    ('two in Mardin, two in Siirt, and one in Batman') each have their own count, never the sum
    of the others'."""
    tolls = {id(e): _tolls(e) for e in events}
    for event in events:
        listed = {id(s) for m in event.mentions for s in m.siblings}
        for figure in _unique_figures(event):
            later = []
            for other in events:
                start, value = tolls[id(other)].get(figure.metric, (0, 0))
                same_list = any(id(m) in listed for m in other.mentions)
                if (
                    other is not event
                    and not same_list
                    and value
                    and start > figure.start
                    and not _before(other, event)
                ):
                    later.append(value)
            if (
                not figure.partial
                and not numbers.SHARE_OPENING.match(figure.quote)
                and _adds_up(figure.low, later[:MAX_ROUND_UP_PARTS])
            ):
                event.totals.add(_figure_key(figure))


def _before(one: Event, other: Event) -> bool:
    """Whether one event is dated to a day before the other's: an earlier act the text recalls
    ('four days after two police officers were killed') is no part of the other's round-up."""
    return one.date is not None and other.date is not None and one.date < other.date


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
    every bound. An exact count told as a revision of the toll ("revised the death toll down to
    26", "The number increased to 49") supersedes the counts before it: the last one told is the
    latest count (CURATION.md, the Enga toll); a count told as an earlier one ("Earlier Saturday,
    he said at least 17") decides only when no other does.
    """
    if not figures:
        return 0, "", ""
    whole = [f for f in figures if not f.partial and not _retold_part(f, figures)]
    if not whole:
        largest = max(f.low for f in figures)
        return (largest, largest, "") if largest else (0, "", "")
    current = [f for f in whole if not f.superseded] or whole
    stated = [f for f in current if f.qualifier not in _vague_qualifiers()]
    exact = [f for f in stated if f.high == f.low]
    revisions = [f for f in exact if f.revised]
    low = min(f.low for f in whole)
    fatalities = (
        max(revisions, key=lambda f: f.start).low
        if revisions
        else min(f.low for f in exact)
        if exact
        else min((f.low for f in stated), default=low)
    )
    top = max(whole, key=lambda f: (f.high if f.high is not None else f.low, f.high is not None))
    return fatalities, low, (top.high if top.high is not None else "")


def _retold_part(figure: Figure, figures: list[Figure]) -> bool:
    """Whether a whole-looking count retells a part told before ('Seven Pakistani soldiers and
    six assailants were killed ...' then 'All six assailants died in the attack'): it counts the
    same people as an earlier partial count of the metric (unattributed, or by the same claimant:
    another's count is a rival claim), and a larger whole count stands."""
    noun = numbers.counted_noun(figure.quote)
    return (
        bool(noun)
        and any(
            p.partial
            and p.low == figure.low
            and p.start < figure.start
            and numbers.counted_noun(p.quote) == noun
            and figure.claimant in (p.claimant, numbers.UNATTRIBUTED)
            for p in figures
        )
        and any(not f.partial and f.low > figure.low for f in figures)
    )


def _disputed(figures: list[Figure]) -> dict[str, str]:
    """Per metric whose whole counts stated by a number disagree widely (the highest at least
    `DISAGREEMENT` times the lowest), the note that says so; a count told as an earlier one ('The
    initial death toll of six had escalated to 31') is superseded, not disputed."""
    notes = {}
    for metric in sorted({f.metric for f in figures}):
        counts = [
            f.low
            for f in figures
            if f.metric == metric
            and not f.partial
            and not f.superseded
            and f.qualifier not in _vague_qualifiers()
        ]
        if counts and max(counts) >= DISAGREEMENT * max(min(counts), 1):
            notes[metric] = (
                f"{DISPUTED}: {metric} {min(counts)} to {max(counts)} in the claims, a weak figure"
            )
    return notes


def _vague_qualifiers() -> frozenset[str]:
    """Qualifiers that give no number of their own: the vague number words of numbers.csv
    ('dozens') and a named dead person."""
    found = (word for word, (_, kind) in lexicon.load().numbers.items() if kind == "vague")
    return frozenset((*found, numbers.NAMED))


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
    disputed: set[str],
) -> list[dict]:
    """Every value of the row with the words and sentence it came from, their character offsets and
    how far the text supports it (`confidence`). A value the text does not give (a default actor,
    an unresolved date or place) gets a row with no words, at the start of the event's first
    sentence, and confidence `low`; so do the figures of a `disputed` metric."""
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
            add(name, row[name], found.start, found.end, HIGH if grouping.named(found) else MEDIUM)
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
            LOW if figure.metric in disputed else _figure_confidence(figure, id(figure) in told),
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
        reason = next((w for w in extraction.warnings if w.startswith("no event found")), NO_EVENT)
        raise InputError(extraction.article.path, reason)
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
