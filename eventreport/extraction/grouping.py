"""Grouping: which mentions of an article form one event (`group`).

The rule is ACLED's unit (data/events/CURATION.md): one event is one act by the same actors on the
same day at the same place; a different actor pair the same day and place is another event. A
mention joins an event only where nothing it tells contradicts the event (`_compatible`): the same
kind of event (a bare killing fits any act of violence or demonstration, and so does a definite
retelling of the event's toll, 'the two deaths ... happened in clashes'; other strategic
developments, an agreement or an arrest, fit only their own kind), a date within the slack of the
coarser precision (DATE_SLACK_DAYS), a place within SAME_PLACE_KM and never two named towns or two
unknown villages, no other named actor on either side, and not the other side of a kidnapping or an
attack on civilians (the fight with the forces who came is another event, and so is a bomb attack
on the forces), and never an event told before it when it says it happened 'in another town'. A
statement is one event per speaker and day: it joins only the same speaker's statements (one
party, and one office held in person: the president and a minister are two speakers, a
spokesperson speaks for the office), never an act, and no act joins it.

Mentions are taken in the order the article tells them. Among the events a mention fits it joins
the one it is told nearest to, weighed by a shared sub-event type, actors, place and date sentence
(`_affinity`). A mention with a date of its own (or one counted from an event already placed)
starts an event when it fits none and can stand; one without a date only joins, until the last
pass lets those that can stand become events with their date inferred or left open. The lead act
is an event from the start, so a smaller incident told later never swallows it or its toll.

`draft` assembles each group's fields (type, date, place, actors, figures); `Event` is the group.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field

from .. import places
from ..names import name_key, undated
from ..places import Place
from . import actors, dates, lexicon, mentions, sentences
from .mentions import GENERIC, LEAD_SENTENCES, STATEMENT, STRATEGIC, Hit, Mention

log = logging.getLogger(__name__)
SAME_PLACE_KM = 50.0
"""Two mentions this close (or one only a region of the other's country) can be one event."""
SAME_TOWN_KM = 5.0
"""Two exact places this far apart are two towns ('in nearby Parang town', 'In Patikul'): ACLED
codes an event per named place, however close the towns (SAME_PLACE_KM is for 'near X' beside
X)."""
DATE_SLACK_DAYS = {1: 0, 2: 3, 3: 31}
"""How far apart two dates may be and still be one event, by the coarser time precision."""
SEPARATE_TELLING = lexicon.Rule(r"^\W*(?i:{separate_telling})\b")
"""'Separately, a roadside bomb hit ...': another incident, not the day the text told before."""
STATEMENT_PRECISION = 2
"""A statement with no date of its own is coded to the publication date, precision 2
(data/events/CURATION.md)."""
INFERRED_PRECISION = 2
MAX_GAP_SENTENCES = 3
PROXIMITY_WEIGHT = 6.0
CATAPHORA_PENALTY = 2
"""A mention points back to an event told before it more readily than ahead to one told after it.
"""
SETTLEMENT_SUFFIX = lexicon.Rule(r"(?i)\s+(?:{settlement}|area)$")
"""'Barire town' is 'Barire' when an unresolved name is compared."""
OFFICE_TITLE = lexicon.Rule(r"(?i)\b(?:{office_title})\b")
"""The title of an office whose holder speaks in person ('President ...', 'Defence Minister')."""
OTHER_PLACE = lexicon.Rule(
    r"(?i)\b(?:{other_place})\s+(?:{settlement}|{admin_unit}|{minor_unit}|{city_area}|{place_portion})\b"
)
"""'in another town', 'in a different province', 'In another neighborhood in central Tunis', 'in
another part of the country': not the place of the event told before."""
ANOTHER = lexicon.Rule(r"(?i)\b(?:{other_place})\s+(?:[\w-]+\s+){{0,2}}$")
"""'another suicide bomber', 'a second car bomb': the words right before an act's trigger or its
agent that tell it as one more act."""
OTHER_COUNT = re.compile(r"(?i)^(?:\S+\s+){1,3}?(?:other|more)\s+(?!than\b)[a-z]")
"""'At least eight other soldiers', 'two more policemen': a count of victims beyond those told."""
ADDITIVE = lexicon.Rule(r"(?i)\b(?:{additive})\b")
"""'also': an act told as one more of the telling ('Protesters also gathered in Woliso town')."""
SAME_PLACE = lexicon.Rule(r"(?i)\b(?:{same_place})\b")
"""'another missile hit the same area': one more blow at the place of the act told before."""
TOLD_DETERMINER = re.compile(r"(?i)\b(?:the|this|that|these|those)\s+$")
"""A determiner right before an act word ('the storming', 'this attack')."""
COUNTER_CROWD = lexicon.Rule(r"(?i)\bcounter-?\s?(?:{counter_crowd})")
"""'counter-protesters', 'a counter-demonstration': the crowd that answers another's rally."""
RETOLD_FIGURE = re.compile(r"(?i)\b(?:the|these|those|both)\s+$")
"""A determiner right before a figure that counts victims told before ('The two deaths')."""
FIGHT_AND_BLOW = frozenset({"Battles", "Explosions/Remote violence"})
"""A fight and a blow from afar: the event types whose parties `_roles_reversed` compares."""
STATEMENT_ACTS = frozenset({"017", "057", "114", "161", "163"})
"""CAMEO codes of statements that are acts, events of their own beside what their speaker says that
day (data/events/CURATION.md, statement rule 5): a symbolic act, an agreement, an official
complaint, broken relations, sanctions."""
ASSAULT_WORD = lexicon.Rule(r"(?i)(?:{assault_word})")
"""A battle word that tells one side's assault, not an exchange of fire (words.csv's class)."""
ARREST_NOT_MADE = lexicon.Rule(r"(?i)(?:{arrest_not_made})")
"""An arrest word that tells no arrest made: a noun or an infinitive ('resisted arrest')."""


@dataclass
class Event:
    """Mentions merged into one event, with the date they settle on."""

    mentions: list[Mention]
    date: dt.date | None = None
    precision: int | None = None
    date_words: str = ""
    date_span: tuple[int, int] | None = None
    date_sentence: sentences.Sentence | None = None
    date_reported: bool = False
    """The date is the day of a report ('said on Friday'), which an act's own day outranks."""
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


def group(candidates: list[Mention], published: dt.date) -> list[Event]:
    """Merge mentions into events in the order the article tells them; what cannot be placed yet is
    tried again.

    A mention with a date of its own (or one counted from an event already placed: 'days after',
    'at the time') joins a compatible event or, if it can stand, starts one; a mention without a
    date only joins. The second pass lets early undated mentions join events told later ('A jet
    bombed a camp near Hit. Dozens were killed on Tuesday ...') and lets undated mentions that can
    stand become events with their date flagged. An act not done ('will conduct air raids') joins
    nothing.
    """
    events: list[Event] = []
    waiting = sorted(
        (m for m in candidates if not m.unreal),
        key=lambda m: (m.sentence.index, m.family == STATEMENT, m.start),
    )
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
    _date_from_told_after(events)
    return events


def _date_from_told_after(events: list[Event]) -> None:
    """'Militants ambushed a patrol near Chakwua ... Earlier Tuesday a teacher was shot dead': an
    act told with no date, when the next dated act the text tells is dated 'Earlier <day>' or
    'Later <day>', took place that day too (inferred, precision 2)."""
    acts = sorted((e for e in events if e.family != STATEMENT), key=lambda e: e.first_sentence)
    for event in (e for e in acts if e.date is None):
        told = max(m.sentence.index for m in event.mentions)
        after = next(
            (e for e in acts if e.date is not None and e.first_sentence > told),
            None,
        )
        if after is not None and dates.same_day_as_told(after.date_words):
            event.date, event.precision = after.date, INFERRED_PRECISION
            event.notes.append(f"date inferred from '{after.date_words}' told after it")


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
    stand start events. A statement, or an arrest, with no date of its own is the report's."""
    date, precision = mention_date(mention, events, final)
    if date is None and (
        mention.family == STATEMENT or (final and _arrest_reported(mention, events))
    ):
        if _place_in(mention, events, published, STATEMENT_PRECISION, create=False):
            return True
        if mention.family == STATEMENT and not _stands(mention):
            return False
        log.debug(
            "merge: %s starts event %d, dated %s (publication: undated statement or arrest)",
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


def _arrest_reported(mention: Mention, events: list[Event]) -> bool:
    """Whether the mention tells arrests made that only their report dates ('Police say they
    detained five suspects'): like a statement, they are coded to the day of the report
    (CURATION.md's rule). Not in a story of demonstrations (told first-hand: a spokesman's 'youths
    attacked a convoy' makes none), whose arrests are part of the demonstration, nor told by a
    word that makes no arrest ('resisted arrest', 'to detain')."""
    return (
        _sub_event_type(mention) == mentions.ARRESTS
        and not any(
            m.family == mentions.DEMONSTRATION and not m.reported
            for e in events
            for m in e.mentions
        )
        and not any(ARREST_NOT_MADE.fullmatch(h.words.strip()) for h in mention.hits)
    )


def _part_of_told_act(mention: Mention, events: list[Event]) -> bool:
    """A place split from a quoted act ('missiles ... targeted bases at Ain al-Asad and Arbil, it
    said') stands when another place of the same words is an event told first-hand: the quote only
    adds where else the act struck."""
    return mention.reported and any(
        s in e.mentions and any(not o.reported for o in e.mentions)
        for s in mention.siblings
        for e in events
    )


def mention_date(
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
    opened fire ...' after the lead's 'on Monday'); for a counter-protest, the day of the rally it
    answers ('There also were several dozen counter-demonstrators')."""
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
            or _rival_crowds(mention, e)
        )
    ]
    return max(told, key=lambda e: e.date_sentence.index, default=None)


def _round_up_act(mention: Mention, event: Event) -> bool:
    """Whether an undated mention is another incident of a round-up told after a dated violent
    event: a first-hand act of violence at an exact place of its own (or a village of a list the
    gazetteer lacks: 'fired mortars on the nearby villages of Sabiid and Anole'; or one told at
    another town: 'Another man was killed in the nearby town of Kalaiya'), in a sentence
    that does not open as another story ('Separately, ...')."""
    return (
        mention.family in mentions.KINETIC_FAMILIES
        and event.family in mentions.KINETIC_FAMILIES
        and not mention.reported
        and not SEPARATE_TELLING.match(mention.sentence.text)
        and (
            bool(mention.siblings and mention.unresolved)
            or _at_another_place(mention)
            or _placed_exactly(mention)
        )
    )


def _stands(mention: Mention) -> bool:
    """Whether a mention can be an event on its own rather than only join one.

    A statement needs a speaker; a reported attack (in a quote, or condemned) never stands. A
    strong attack word stands; a weak one ('rockets', 'attack', 'killed') needs its own day and,
    for a bare 'attack', figures, an agent or a list of places it is told at ('The attacks on
    Saturday targeted bases in the towns of Barire and Awdhegle'), dated or killing civilians
    ('killed 10 civilians in the village of Sougtangou and 10 in Blamonga': one in each village);
    victims counted as others at a town of their own ('At least eight other soldiers were killed
    near Kunduz city') are one more act of a round-up, dated by the day told last.
    """
    if mention.family == STATEMENT:
        return mention.agent is not None
    if mention.reported:
        return _own_day(mention) and mention.strong
    if _named_as_told(mention) and mention.date is None and not mention.figures:
        return False
    precise = (
        mention.date is not None
        and mention.date.precision is not None
        and mention.date.precision <= 2
    ) or bool(mention.siblings)
    if mention.family == GENERIC:
        return (
            (precise or _other_victims(mention) and _placed_exactly(mention))
            and bool(mention.hits)
            and (
                any(not f.partial for f in mention.figures)
                or mention.agent is not None
                or bool(mention.siblings and (mention.date or _victims(mention.target)))
            )
        )
    return mention.strong or precise or _another_incident(mention)


def _another_incident(mention: Mention) -> bool:
    """'Police also clashed with protesters in the Suez Canal city of Ismailiya': a first-hand act
    told with 'also' (`additive`) at a town of its own is one more incident of the telling; with
    no day of its own it takes the day the text told last (a round-up), not nothing."""
    return (
        mention.family in mentions.KINETIC_FAMILIES
        and not mention.reported
        and _placed_exactly(mention)
        and ADDITIVE.search(mention.sentence.between(*mention.clause)) is not None
    )


def _named_as_told(mention: Mention) -> bool:
    """Whether every word of a mention names its act as one already told ('involved in the
    storming', 'this attack'): with no day or figures of its own it points back, never stands."""
    sentence = mention.sentence
    return bool(mention.hits) and all(
        TOLD_DETERMINER.search(sentence.between(sentence.start, h.start)) for h in mention.hits
    )


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
        and actors.POSSESSIVE_S.search(date.text) is not None
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
    fitting = [
        e
        for e in events
        if _compatible(mention, e, date, precision) and not _off_siblings_day(mention, e, events)
    ]
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
        set_date(best, mention, date, precision)
        return True
    if create:
        log.debug("merge: %s starts event %d, dated %s", _told(mention), len(events) + 1, date)
        event = Event([mention])
        set_date(event, mention, date, precision)
        events.append(event)
        return True
    log.debug("merge: %s waits: no compatible event and it cannot stand yet", _told(mention))
    return False


def _told(mention: Mention) -> str:
    """A mention for the debug log: its sentence number, family and trigger words."""
    words = ", ".join(h.words for h in mention.hits) or "figures only"
    return f"sentence {mention.sentence.index + 1} {mention.family} ({words!r})"


def set_date(event: Event, mention: Mention, date: dt.date | None, precision: int | None) -> None:
    """Keep the most precise date the event's mentions give, and of two as precise the act's own
    before a report's ('12 more people succumbed to their injuries sustained in the Wednesday and
    Thursday protests' over 'Police spokesperson on Friday announced that the death toll ...'); a
    date inferred for a mention without one is kept (with a note) only when the event has no date
    yet."""
    own = mention.date is not None and not mention.date.reporting
    outranks = own and event.date_reported and event.precision == precision
    if date is None or (
        event.precision is not None and event.precision <= (precision or 9) and not outranks
    ):
        return
    if mention.date is None:
        if event.date is None:
            event.date, event.precision = date, precision
            event.notes.append("date inferred from the event told just before")
        return
    event.date, event.precision, event.date_words = date, precision, mention.date.text
    event.date_span, event.date_sentence = (mention.date.start, mention.date.end), mention.sentence
    event.date_reported = mention.date.reporting


def _off_siblings_day(mention: Mention, event: Event, events: list[Event]) -> bool:
    """'strikes targeting five facilities in Syria and Iraq, the Pentagon said Sunday': the places
    split from one act share its day (the day a placed part has, else the one its words give), so
    the Iraq part never joins the rocket attack of Friday told before it; an undated event may
    still take them."""
    if not mention.siblings:
        return False
    days = {e.date for e in events for s in mention.siblings if s in e.mentions and e.date}
    own = mention.date.date if mention.date is not None and mention.date.kind == "day" else None
    days = days or ({own} if own else set())
    return bool(days) and event.date is not None and event.date not in days


def _compatible(
    mention: Mention, event: Event, date: dt.date | None, precision: int | None
) -> bool:
    """ACLED's rule, as far as the mention tells: same kind of event, day, place and actors.

    A mention with no date of its own joins only an event told nearby (MAX_GAP_SENTENCES) or one it
    shares an exact place or a named actor with, so a passing 'the fight against IS' does not join
    last week's strike.
    """
    if (
        not _families_fit(mention.family, event.family)
        and not _retold_toll(mention, event)
        and not _fight_of_the_riot(mention, event, date)
    ):
        return False
    if mention.family == STRATEGIC and _sub_event_types(event) - {_sub_event_type(mention)}:
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
        places_fit(mention, event)
        and _actors_fit(mention, event)
        and not _other_side(mention, event)
        and not _told_elsewhere(mention, event)
        and not _another_act(mention, event)
        and not _before_another(mention, event)
        and not _phases_apart(mention, event)
        and not _roles_reversed(mention, event)
        and not _rival_crowds(mention, event)
    )


def _sub_event_type(mention: Mention) -> str | None:
    """The sub-event type a mention reads as (None when it has no reading)."""
    return mention.reading.sub_event_type if mention.reading else None


def _sub_event_types(event: Event) -> set[str | None]:
    """The sub-event types of an event's strategic developments: arrests and a deployment ('riot
    police were deployed on Sunday evening', 'At least 37 people were arrested overnight on
    Monday') are two acts, never one event."""
    return {_sub_event_type(m) for m in event.mentions if m.family == STRATEGIC}


def _phases_apart(mention: Mention, event: Event) -> bool:
    """A protest told as peaceful before a riot and the riot ('Saturday's rally began peacefully
    ... some threw bottles and rocks'): two events, as the crowds differ (protesters, rioters)."""
    return (mention.calm and any(_riot(o) for o in event.mentions)) or (
        _riot(mention) and any(o.calm for o in event.mentions)
    )


def _fight_of_the_riot(mention: Mention, event: Event, date: dt.date | None) -> bool:
    """An undated fight told beside a riot, or an undated riot told beside a fight (a battle
    alone), where the fight has no armed group ('Three persons were injured after police opened
    fire', 'The two deaths ... happened in clashes late on Saturday. It said the crowd used petrol
    bombs and stones to attack ...'): the riot's fighting, one event."""
    if date is not None:
        return False
    if mention.family == mentions.VIOLENCE:
        fights, riots = [mention], event.mentions
    elif _riot(mention) and event.family == mentions.VIOLENCE and _battle_only(event):
        fights, riots = event.mentions, [mention]
    else:
        return False
    return any(_riot(o) for o in riots) and not any(
        a is not None and a.actors and a.actors[0].kind in actors.NON_STATE_ARMED_KINDS
        for m in fights
        for a in (m.agent, m.target, *m.others)
    )


def _battle_only(event: Event) -> bool:
    """Whether every act word of an event of violence tells a fight ('clashes'), no blast or
    killing."""
    return all(
        o.reading is None or o.reading.event_type == "Battles"
        for o in event.mentions
        if o.family == mentions.VIOLENCE
    )


def _riot(mention: Mention) -> bool:
    """Whether the mention reads as a riot."""
    return mention.reading is not None and mention.reading.event_type == "Riots"


def _told_elsewhere(mention: Mention, event: Event) -> bool:
    """Whether the mention's clause places its act in 'another town' (village, province, ...)
    than the event the text told before it ('Witnesses said crowds ... were clashing with police
    in another town nearby'), or its sentence opens as another story ('In other violence in the
    North Caucasus, four militants were killed in Dagestan'): an event of its own. Every clause of
    its trigger words counts ('Another man was killed in the nearby town of Kalaiya when officers
    fired into a crowd')."""
    return event.first_sentence < mention.sentence.index and (
        _at_another_place(mention) or bool(SEPARATE_TELLING.match(mention.sentence.text))
    )


def _at_another_place(mention: Mention) -> bool:
    """Whether a clause of the mention's trigger words places it at 'another town', 'the nearby
    town of X' (`OTHER_PLACE`)."""
    sentence = mention.sentence
    clauses = {mention.clause} | {sentence.clause_at(h.start) for h in mention.hits}
    return any(OTHER_PLACE.search(sentence.between(*clause)) for clause in clauses)


def _placed_exactly(mention: Mention) -> bool:
    """Whether the mention's own words place it at a town or closer (precision 1 or 2)."""
    place = mention.place
    return place is not None and place.resolved and (place.precision or 3) <= 2


def _another_act(mention: Mention, event: Event) -> bool:
    """Whether the mention tells a one-sided act as one more at a place of its own ('About thirty
    minutes earlier, another suicide bomber rammed his tanker into the police headquarters in
    Beiji') after the event: an event of its own, unless it struck 'the same area'. One more blow
    with no place of its own is part of the attack told ('When the rescue team responded a second
    device exploded'); a fight word goes on with the fight told before ('triggering another
    five-minute clash'). Victims counted as others ('At least eight other soldiers were killed
    near Kunduz city') are one more act's too."""
    reading = mention.reading
    if reading is None or reading.event_type == "Battles":
        return False
    if event.first_sentence >= mention.sentence.index or not _placed_exactly(mention):
        return False
    clause = mention.sentence.between(*mention.clause)
    if SAME_PLACE.search(clause):
        return False
    return _told_as_another(mention) or (_other_victims(mention) and _town_apart(mention, event))


def _told_as_another(mention: Mention) -> bool:
    """Whether the words right before the mention's trigger or agent tell it as one more act
    ('another suicide bomber', 'the scene of another protest in October')."""
    starts = [h.start for h in mention.hits] + ([mention.agent.start] if mention.agent else [])
    return any(
        ANOTHER.search(mention.sentence.between(max(mention.clause[0], start - 40), start))
        for start in starts
        if mention.clause[0] <= start < mention.clause[1]
    )


def _before_another(mention: Mention, event: Event) -> bool:
    """Whether the event holds an act the text tells after the mention as another one ('Some
    2,000 asylum seekers have set Bulgaria's largest refugee camp on fire ... The camp was also
    the scene of another protest in October'): what came before is not that act."""
    return any(
        o.sentence.index > mention.sentence.index and _told_as_another(o) for o in event.mentions
    )


def _other_victims(mention: Mention) -> bool:
    """Whether the mention opens its sentence's count with victims beyond those told before ('At
    least eight other soldiers were killed'; not 'An army ranger was killed and three other
    rangers wounded', who are the same act's)."""
    sentence = mention.sentence
    return any(
        OTHER_COUNT.match(f.quote)
        and not f.partial
        and not any(
            pattern.search(sentence.between(sentence.start, f.start))
            for pattern, _ in lexicon.load().casualties
        )
        for f in mention.figures
    )


def _town_apart(mention: Mention, event: Event) -> bool:
    """Whether the event was told at a town, or closer, other than the mention's ('Dasht-e-Archi
    district' and 'near Kunduz city'); a province told first is only narrowed by a town in it."""
    mine = _place_of(mention)
    return mine is not None and any(
        theirs is not None
        and theirs[1] <= 2
        and places.distance_km(
            mine[0].latitude, mine[0].longitude, theirs[0].latitude, theirs[0].longitude
        )
        > SAME_TOWN_KM
        for theirs in map(_place_of, event.mentions)
    )


CIVILIAN_SIDE = frozenset({"Abduction/forced disappearance", "Sexual violence"})
"""Acts on civilians that no fight with armed forces is part of: the gunmen's kidnapping and
their exchange of fire with the police who arrive are two events (two actor pairs, as ACLED codes
them)."""


def _other_side(mention: Mention, event: Event) -> bool:
    """Whether the mention tells a fight ('exchanged fire', 'shootout') or a one-sided attack on
    state forces and the event a kidnapping, sexual violence or an attack on civilians, or the
    other way round: each is an event of its own (two actor pairs), also where the mention is only
    reported (the police's own words of their gun battle). A fight and an attack on the forces
    may be one event."""
    kinds = {_side(o) for o in event.mentions if not o.reported} - {""}
    mine = _side(mention)
    return bool(mine) and bool(kinds) and mine not in kinds and "civilians" in kinds | {mine}


def _rival_crowds(mention: Mention, event: Event) -> bool:
    """Whether a rally and the counter-protest against it are told ('About 30 members of SIAN held
    a rally', 'Several hundred counter-protesters gathered nearby'): two crowds, two events, as
    ACLED codes them."""
    if mention.family != mentions.DEMONSTRATION or mention.reported:
        return False
    mine = _counter(mention)
    return any(
        o.family == mentions.DEMONSTRATION and not o.reported and _counter(o) != mine
        for o in event.mentions
    )


def _counter(mention: Mention) -> bool:
    """Whether a demonstration's own words or crowd are a counter-protest's."""
    words = [h.words for h in mention.hits] + ([mention.agent.text] if mention.agent else [])
    return any(COUNTER_CROWD.search(w) for w in words)


def _roles_reversed(mention: Mention, event: Event) -> bool:
    """Whether a blow from afar and a fight of one day turn the parties round ('a rebel attack on
    army checkpoints' and 'regime forces increased artillery fire'): the one who shells is the one
    attacked, so each is an event of its own (two acts of two parties, as ACLED codes them)."""
    mine = _acting(mention)
    return mine is not None and any(
        theirs is not None
        and {mine[0], theirs[0]} == FIGHT_AND_BLOW
        and (_same_party(mine[1], theirs[2]) or _same_party(mine[2], theirs[1]))
        for theirs in map(_acting, event.mentions)
    )


def _acting(
    mention: Mention,
) -> tuple[str, actors.Mention, actors.Mention | None] | None:
    """A mention's act told in the article's voice and by a doer: its event type (an attack on
    state forces is a fight), agent and target; None otherwise."""
    reading = mention.reading
    if reading is None or mention.reported or mention.agent is None:
        return None
    fight = reading.sub_event_type == "Attack" and _forces(mention.target)
    return ("Battles" if fight else reading.event_type), mention.agent, mention.target


def _same_party(one: actors.Mention | None, other: actors.Mention | None) -> bool:
    """Whether two actors are one party: state forces of one kind, in one country when both
    countries are told ('regime forces', 'Syrian soldiers'); others by `_actor_key`; never
    civilians or nobody."""
    if one is None or other is None or _victims(one, other) or not (one.actors and other.actors):
        return False
    if _forces(one) and _forces(other):
        countries = {one.country_iso3, other.country_iso3} - {None}
        return one.actors[0].kind == other.actors[0].kind and len(countries) <= 1
    return _actor_key(one) == _actor_key(other)


def _side(mention: Mention) -> str:
    """'battle' for a fight word (not one side's assault, 'raided', which may fall on anyone);
    'civilians' for a kidnapping, sexual violence or an attack whose victims the clause names as
    civilians ('gunmen attacked two communities, killing three people': the police's gun battle
    with the gunmen later is another event); 'forces' for a one-sided act on state forces ('two
    police officers were killed in a bombing' is not the hostage-taking of the same sentence);
    else ''."""
    reading = mention.reading
    if reading is None or not reading.strong:
        return ""
    if reading.event_type == "Battles":
        return "" if assault_told(mention) else "battle"
    on_civilians = reading.sub_event_type == "Attack" and _victims(mention.target)
    if reading.sub_event_type in CIVILIAN_SIDE or on_civilians:
        return "civilians"
    return "forces" if _forces(mention.target) else ""


def _forces(target: actors.Mention | None) -> bool:
    """Whether the target of a one-sided act is state forces ('a bomb attack on security
    forces')."""
    return (
        target is not None and bool(target.actors) and target.actors[0].kind in actors.FORCE_KINDS
    )


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
    mine_named = {_actor_key(a) for a in (mention.agent, mention.target) if named(a)}
    return bool(
        mine_named
        & {_actor_key(a) for o in event.mentions for a in (o.agent, o.target) if named(a)}
    )


def _retold_toll(mention: Mention, event: Event) -> bool:
    """Whether the mention retells the toll of an event told before it, across the line between
    violence and a demonstration: 'The two deaths confirmed by the authorities happened in clashes
    late on Saturday in the town of Thala' are the two killed in the lead's riots, whatever the
    word 'clashes' alone would make of them. The figure is definite ('the two deaths') and the
    event told the same number of the same metric in an earlier sentence."""
    if {mention.family, event.family} != {mentions.VIOLENCE, mentions.DEMONSTRATION}:
        return False
    told = {
        (f.metric, f.low)
        for o in event.mentions
        if o.sentence.index < mention.sentence.index
        for f in o.figures
        if not f.partial
    }
    sentence = mention.sentence
    return any(
        (f.metric, f.low) in told
        and RETOLD_FIGURE.search(sentence.between(sentence.start, f.start))
        for f in mention.figures
        if not f.partial
    )


def _families_fit(mine: str, theirs: str) -> bool:
    """Statements join statements; a bare killing joins any violence or demonstration; otherwise
    the same kind."""
    if STATEMENT in (mine, theirs) or STRATEGIC in (mine, theirs):
        return mine == theirs
    return GENERIC in (mine, theirs) or mine == theirs


def _same_statement(mention: Mention, event: Event) -> bool:
    """One agreement per day, whichever party is told signing it; else one statement event per
    speaker and day: same actor and office, and the same sentence, the
    same kind of statement, or words of the speaker on the same day ('The military denied the
    claim' and its spokesman's account of the air force's attack); an act (STATEMENT_ACTS) joins
    only its own kind. Two offices of one party are two speakers (the communications minister's
    condemnation and the president's tweet; the president's and the government's), as
    data/events/CURATION.md's statement rule has it."""
    if mentions.agreement_act(mention) and all(map(mentions.agreement_act, event.mentions)):
        return True
    speaker, office = _actor_key(mention.agent), _office(mention)
    for other in event.mentions:
        if _actor_key(other.agent) != speaker or _office(other) != office:
            return False
    return any(
        o.sentence.index == mention.sentence.index
        or o.reading.cameo_code == mention.reading.cameo_code
        or (_speech(o) and _speech(mention) and _said_the_same_day(o, mention))
        for o in event.mentions
    )


def _speech(mention: Mention) -> bool:
    """Whether a statement is words, not an act of its own (STATEMENT_ACTS)."""
    return mention.reading.cameo_code not in STATEMENT_ACTS


def _said_the_same_day(one: Mention, other: Mention) -> bool:
    """Whether two statements carry the same day: neither a date of its own (the publication day),
    or date phrases of one day."""
    if one.date is None or other.date is None:
        return one.date is None and other.date is None
    return one.date.date is not None and one.date.date == other.date.date


def _office(mention: Mention) -> str:
    """The office a statement's speaker holds in person, by its title ('President Roch Marc
    Christian Kabore' -> 'president'; 'Deputy Foreign Minister Grigory Karasin' and 'the Russian
    Foreign Ministry' -> 'minister'); '' for a party speaking as itself or through a spokesperson
    ('the Pentagon', 'Pentagon spokesman Jonathan Hoffman')."""
    found = OFFICE_TITLE.search(mention.speaker)
    return re.sub(r"ministry$", "minister", found.group(0).lower()) if found else ""


def places_fit(mention: Mention, event: Event) -> bool:
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
    Herat): two places. A region spans the provinces of its area ('Darfur' holds South Darfur)."""
    return any(
        a.kind == "admin" and b.admin1 and a.admin1 not in _provinces_of(b)
        for a, b in ((one, other), (other, one))
    )


def _provinces_of(place: Place) -> set[str]:
    """The provinces a place lies in: a region's area, else its own province."""
    if place.kind == "region" and place.area:
        return set(place.area.split(";"))
    return {place.admin1}


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
                named(mine)
                and named(theirs)
                and _actor_key(mine) != _actor_key(theirs)
                and not _victims(mine, theirs)
            ):
                return False
    return True


def named(mention: actors.Mention | None) -> bool:
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
        if named(mine) and any(
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
    if anchor_event is None and mention.date.story_day:
        anchor_event = story_event(events)
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


def story_event(events: list[Event]) -> Event | None:
    """The act whose day the article tells ('Earlier in the day, a bomb attack ...'): the dated act
    told first, its lead, whatever background the sentences just before told."""
    dated = [e for e in events if e.date and e.family != STATEMENT]
    return min(dated, key=lambda e: e.first_sentence, default=None)


def _past_midnight(mention: Mention, anchor_event: Event) -> bool:
    """'On Saturday night, the air force targeted a motorcycle ... Several hours later, warplanes
    targeted two militants': hours after a night are the next day (precision 2, inferred)."""
    return mention.date.hours_later and any(
        o.date is not None and o.date.night and o.date.date == anchor_event.date
        for o in anchor_event.mentions
    )


def battle_hits(mention: Mention) -> list[Hit]:
    """The battle words of a mention."""
    return [h for h in mention.hits if h.reading.event_type == "Battles"]


def assault_told(mention: Mention) -> bool:
    """Whether every battle word of a mention is one side's assault (an assault word)."""
    return all(assault_word(h) for h in battle_hits(mention))


def assault_word(hit: Hit) -> bool:
    """Whether a trigger's words tell one side's assault ('raided', 'opened fire'), not an
    exchange of fire."""
    return bool(ASSAULT_WORD.fullmatch(hit.words.strip()))
