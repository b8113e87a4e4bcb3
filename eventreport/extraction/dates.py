"""Date phrases in a sentence, resolved against the article's publication date.

The grammar covers what news copy uses: weekdays ("on Tuesday", "earlier on Thursday",
"Friday's strike" -> the latest such day on or before publication), month and day with or
without a year ("December 29" in a January article is last year), holidays of fixed date ("on
Christmas night", "on New Year's Eve"), relative days
("yesterday", "two days ago", "last week", "this month"), "overnight" (the night that
ended on the day reported), phrases that depend on another event ("days after", "at the
time", "the next day"), and background ("since 1998", "in the 1980s", "last year", "over the
past few years") that places a sentence outside the reported crisis. Each mention keeps its raw
words and ACLED's time precision: 1 the day, 2 the week (or an inferred day), 3 the month.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from .. import wordlists
from . import lexicon

VAGUE_COUNT = 3
"""'A few days', 'days', 'several days': coded as three days, with week precision."""
SATURDAY = 5
"""`date.weekday()` of a Saturday, the first day of a weekend."""
MIDWEEK = 3
"""Days from Monday to the middle of a calendar week (Thursday), where 'last week' is coded."""
FUTURE_SLACK_DAYS = 7
"""A month-day up to a week after publication is this year's (an announced date); later ones are
last year's."""


def weekday_names() -> str:
    """Weekday names as a regex alternation, the first letter of either case ('Monday',
    'monday')."""
    return "|".join(
        f"[{w.word[0].upper()}{w.word[0]}]{w.word[1:]}"
        for w in wordlists.calendar().values()
        if w.kind == "weekday"
    )


def _month_names() -> str:
    """Month names and abbreviations as a regex alternation, capitalised, longest first
    ('September' before 'Sept' before 'Sep')."""
    names = [w.word.capitalize() for w in wordlists.calendar().values() if w.kind == "month"]
    return "|".join(sorted(names, key=len, reverse=True))


def _holiday_names() -> str:
    """Holidays of fixed date (calendar.csv) as a regex alternation, longest first."""
    return wordlists.word_classes()["holiday"]


_COUNT = r"(?:a few|few|several|some|\d+|{cardinals})"
RECENT_DAYS_WORDS = r"in\s+recent\s+days|(?:in|over)\s+the\s+(?:past|last)\s+(?:few\s+)?days"
"""'in recent days', 'over the past few days': the relative grammar's words and `_relative`'s."""
HEDGE = r"about|around|nearly|almost|just\s+under|some|roughly|more\s+than|over|less\s+than"
"""Words that make a count of days, weeks or months approximate ('almost a week after')."""
SHORT_OF = re.compile(r"(?i)nearly|almost|just\s+under")
"""Hedges that fall short of the count: 'almost a week' is six days, 'nearly a month' four weeks
(CURATION.md: Kamwenge, Guayas)."""
UP_TO = re.compile(r"(?i)less\s+than")
"""A hedge that bounds a span from above: 'less than a week ago' is some day of the week before
publication, coded to the middle of it, precision 2 (CURATION.md: Aguililla, Montevideo)."""
MONTH_DAYS = 30
PAST_YEAR_DAYS = 60
"""A year that ended more than this many days before publication is history ('when demonstrations
there were brutally suppressed in 2018', in a story of November 2019): an act told only by it is
background; a year just ended may still hold the story's own acts ('in 2019', told in January
2020)."""


@cache
def patterns() -> list[tuple[str, re.Pattern]]:
    """The date grammar, tried in this order; a phrase taken by an earlier rule is not read
    again."""
    cardinals = "|".join(
        sorted(
            (
                w
                for w, (v, kind) in lexicon.load().numbers.items()
                if kind == "cardinal" and v and v <= 31
            ),
            key=len,
            reverse=True,
        )
    )
    count = _COUNT.format(cardinals=cardinals)
    return _patterns(
        count,
        rf"(?:{weekday_names()})",
        rf"(?:{_month_names()})\.?",
        wordlists.word_classes()["onset_verb"],
        wordlists.word_classes()["holiday"],
    )


def _patterns(
    count: str, weekday: str, month: str, onset: str, holiday: str
) -> list[tuple[str, re.Pattern]]:
    """Compile the grammar with `count`, the number words of the lexicon ('two', 'a few', '3'), the
    weekday, month and holiday names of calendar.csv and `onset`, the verbs of a beginning ('since
    the war began')."""
    return [
        (
            "background",
            re.compile(
                r"(?i:since|from|until|by)\s+(?:the\s+)?(?:(?i:early|late|mid)[\s-]+)?(?:1[89]|20)\d\d(?:s|\b)(?!\s*[-–]\s*\d)|"
                r"(?i:between)\s+(?:1[89]|20)\d\d\s+(?i:and)\s+(?:1[89]|20)\d\d\b|"
                r"(?i:in|during)\s+the\s+(?:(?i:early|late|mid)[\s-]+)?(?:(?:1[89]|20)\d0s|['’]?\d0s)|"
                rf"(?i:over|during|in|for)\s+the\s+(?i:past|last)\s+(?:(?i:{count})\s+)?(?i:years|decades|months|weeks)|"
                r"(?i:in\s+recent)\s+(?i:years|decades|months|weeks)|(?i:for)\s+(?i:years|decades)|"
                r"(?i:over\s+the\s+years)|"
                r"(?i:so\s+far\s+this\s+year)|(?i:last\s+year|the\s+previous\s+year|a\s+year\s+earlier)|"
                r"(?i:during|in)\s+the\s+(?:[A-Z][\w-]*\s+){1,3}(?:War|war)\b|"
                r"(?i:since|after)\s+the\s+(?i:end|start|beginning|outbreak)\s+of\s+the\s+(?i:war|conflict)\b|"
                r"(?i:the\s+(?:first|second)\s+half\s+of)\s+(?:(?i:the\s+year)|(?:1[89]|20)\d\d)|"
                rf"(?:(?i:many|{count})\s+)?(?i:years|decades)\s+(?i:ago)|(?i:a|one)\s+(?i:year|decade)\s+(?i:ago)|"
                r"(?i:at\s+the\s+age\s+of)\s+\d+|"
                rf"(?i:since)\s+(?:[\w'’-]+\s+){{0,5}}?(?:the\s+)?(?:(?:{month})\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{month})|{weekday})(?![\w'’])|"
                rf"(?i:since)\s+(?:(?i:early|late|mid)[\s-]+)?(?:{month})(?:\s+(?:1[89]|20)\d\d)?(?![\w'’])|"
                rf"(?i:since\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+){{0,5}}(?:{onset}))|"
                rf"(?i:when\s+(?:[\w-]+\s+){{0,3}}first\s+(?:{onset}|launched))"
            ),
        ),
        (
            "full",
            re.compile(
                rf"(?:(?i:on)\s+)?(?:{weekday},?\s+)?(?:(?P<m1>{month})(?:\s+|(?<=\.))(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|"
                rf"(?:the\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{month}))(?![\w])(?:,?\s+(?P<y>(?:1[89]|20)\d\d))?"
            ),
        ),
        ("iso", re.compile(r"\b(?P<y>(?:1[89]|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")),
        (
            "month",
            re.compile(
                rf"(?:(?i:in|during|early|late|earlier|later)\s+(?:(?i:in)\s+)?)?(?P<m>{month})(?:\s+(?P<y>(?:1[89]|20)\d\d))?(?![\w])"
            ),
        ),
        ("year", re.compile(r"(?i:in|during)\s+(?P<y>(?:1[89]|20)\d\d)\b")),
        (
            "anchor",
            re.compile(
                rf"\b(?i:(?P<hedge>{HEDGE})\s+)?(?i:(?P<n>{count})\s+)?(?i:(?P<unit>days?|weeks?|months?|hours?|minutes?)\s+(?P<dir>after|before|later|earlier))|"
                r"(?i:(?P<next>the\s+(?:next|following)\s+day|a\s+day\s+later|the\s+day\s+after))|"
                r"(?i:(?P<prev>the\s+(?:previous|preceding)\s+(?:day|night|evening)|a\s+day\s+earlier|the\s+(?:day|night)\s+before(?!\s+yesterday)))|"
                r"(?i:(?P<story>(?:earlier|later)\s+in\s+the\s+day))|"
                r"(?i:(?P<same>at\s+the\s+time|earlier\s+that\s+day|later\s+that\s+day|the\s+same\s+day|that\s+day|(?<=\bhad\s)just))|"
                rf"\A[\s\"“‘']*(?P<then>Then)(?![\w'’-])(?!\s*,?\s*(?:(?i:on|last|early|late|this|that|the\s+next|the\s+following)\b|{weekday}|{month}))"
            ),
        ),
        (
            "ago",
            re.compile(
                rf"(?i:(?P<hedge>{HEDGE})\s+)?(?i:(?P<n>{count})\s+)?(?i:(?P<unit>days?|weeks?|months?)\s+ago)"
            ),
        ),
        (
            "relative",
            re.compile(
                r"(?i:(?P<word>the\s+day\s+before\s+yesterday|yesterday|today|tonight|this\s+morning|this\s+afternoon|this\s+evening|"
                r"earlier\s+today|later\s+today|last\s+night|(?<!day\s)overnight|last\s+weekend|this\s+weekend|"
                r"(?:over|during|at|on)\s+the\s+weekend|last\s+week|"
                r"earlier\s+this\s+week|this\s+week|last\s+month|earlier\s+this\s+month|this\s+month|"
                rf"{RECENT_DAYS_WORDS}))"
            ),
        ),
        (
            "holiday",
            re.compile(
                rf"(?:(?i:on)\s+)?(?P<h>(?=[A-Z])(?i:{holiday}))(?:\s+(?i:morning|afternoon|evening|night))?(?![\w])"
            ),
        ),
        (
            "weekday",
            re.compile(
                rf"(?:(?i:(?P<mod>earlier|later|late|early))\s+)?(?:(?i:(?P<prep>on|last|this\s+past|this|next|by|from|until|since))\s+)?"
                rf"(?P<wd>{weekday})(?:['’]s)?(?:\s+(?i:(?P<part>morning|afternoon|evening|night|overnight)))?"
                rf"(?:\s+(?i:and|into|to)\s+(?i:(?:before\s+dawn|early|in\s+the\s+early\s+hours(?:\s+of)?)\s+)?"
                rf"(?i:on\s+)?(?P<wd2>{weekday}))?"
                r"(?P<into_dawn>(?<=night)\s+(?i:and\s+)?(?:[a-z]+\s+){0,2}?"
                r"(?i:into|through|throughout|until|till)\s+(?:the\s+)?"
                r"(?i:early\s+hours|dawn|early\s+morning|next\s+morning))?"
            ),
        ),
    ]


REPORTING_BEFORE = lexicon.Rule(
    r"(?:\bas\s+saying\s+|(?!(?:{reporting_noun})\b)(?:{reporting_verb}),?\s+(?:\w+\s+)?(?:(?:in|on|via|to)\s+(?:a|an|the|his|her|its|their)?\s*[a-z]+\s+)?"
    r"(?:(?:in|from)\s+[A-Z][\w-]+\s+)?|\b(?:in|via)\s+(?:a|an)\s+(?:\w+\s+)?(?:{speech_channel})\s+)"
    r"(?:(?i:on)\s+)?$",
    re.IGNORECASE,
)
"""'said Friday', 'said in a statement on Monday', 'told reporters in Paris on Monday', 'cited as
saying on Friday', 'in a statement on Monday', 'confirmed, today, that'."""
DOCUMENT_SEEN = lexicon.Rule(
    r"(?i)\b(?:{document_noun})\s+(?:seen|obtained|released|published|issued|dated)\s+(?:on\s+)?$"
)
"""'a police report seen Thursday by AFP': a day right after a document and its participle dates
the document, not the act it tells."""
REPORTING_AFTER = lexicon.Rule(
    r"\s+(?:{reporting_verb})\b(?!\s+(?:the\s+)?(?:lives?|\d))", re.IGNORECASE
)
"""'Sudan's army on Friday said it clashed ...': a day right before the reporting verb dates the
telling, not the act ('the attack on Friday claimed 12 lives' is the act's)."""
ATTRIBUTIVE_DAY = lexicon.Rule(r"(?i)^\s+(?:{told_act})\b")
"""The act a definite date phrase stands before as its modifier ('blamed the 9 December assault on
...', 'the Thursday attack'): the day is that act's, not a telling's or a statement's
('accused the rebels Thursday of killing' is the accusation's)."""
DEFINITE = re.compile(r"(?i)\bthe\s*$")
NAMED_FOR_A_DAY = lexicon.Rule(
    r"^\s+(?:[A-Z][\w'’-]*\s+){{0,2}}(?:{armed_org_head}|{political_org_head})\b"
)
"""An organisation named for a day ('the April 19 Movement', 'February 17 Brigade's compound'):
the date is part of its name and dates nothing."""
DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]+(?:,\s*[A-Z][\w "
    r".'-]*)?(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*)?|\s*(?=\())"
    r"(?:\([^)]{1,40}\)\s*)?(?:--|—|–|-)"
    r"|^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2},\s*[A-Z][\w'’. -]{1,30}?,\s+"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s*\d{4}\s*(?:--|—|–|-)"
    r"|^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}(?:\s*\([A-Z][^()]{1,30}\))?,\s+"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s*\([^()]{1,40}\)\s*(?:--|—|–|-)?"
    r"|^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2},\s*\([^()]{1,80}\)\s*:"
)
"""A wire dateline ('NAIROBI, May 26 (Xinhua) --', 'NASIRIYAH, Iraq, Jan 25 (Reuters) -', 'PORT
MORESBY, Papua New Guinea (PNG Post-Courier, May 11) –', 'Monrovia, Liberia, December 18, 2024 –',
'Tegucigalpa (Honduras), Jun 21 (AP)', 'Amsterdam, Jan. 27, (dpa/GNA) –', 'Buenos Aires, (UrduPoint
/ Pakistan Point News - 21st Jun, 2023 ) :'): it dates the report."""
OPENS_SENTENCE = re.compile(r"[\s\"“‘']*(?:(?i:just|only|barely|some|about|nearly|almost)\s+)?$")
"""What may stand before a date phrase that opens its sentence ('Just hours after the clashes')."""
OLD_MONTH_DAYS = 60
"""A month, or a day named without its year, more than this long before publication is background
to the reported events ('In November, the CPJP took Birao, ..., which was recaptured on December 1'
in a story of April)."""


@dataclass(frozen=True)
class DateMention:
    """A date phrase: its words and offsets, and what it resolves to.

    `kind` is 'day' (a resolved date), 'anchor' (relative to another event: `anchor_days`
    before it; `anchor_subordinate` for 'X came days after Y', where the phrase dates Y, the
    clause after it), 'unresolved' (a date phrase that names no day: 'in 2019', 'February
    30'), or 'background'. `reporting` marks a date that dates the telling ('said Friday');
    `night` a day's evening or night ('On Saturday night', 'late on Friday'); `hours_later` an
    anchor counted in hours or minutes forward ('Several hours later'), which may cross into the
    next day after a night; `story_day` an anchor on the day the article tells ('Earlier in the
    day'), the day of its lead act, not of the event told last; `fronted` an 'after'/'before'
    phrase that opens its sentence ('Hours after the clashes, the two countries reached a
    ceasefire'), which dates the main clause from the act it names.
    """

    text: str
    start: int
    end: int
    kind: str
    date: dt.date | None = None
    precision: int | None = None
    reporting: bool = False
    anchor_days: int = 0
    anchor_subordinate: bool = False
    overnight: bool = False
    note: str = ""
    night: bool = False
    hours_later: bool = False
    story_day: bool = False
    fronted: bool = False


def same_day_as_told(words: str) -> bool:
    """'Earlier Tuesday', 'later on Monday': a day phrase that says the act told before it was on
    that day too."""
    return bool(
        re.fullmatch(rf"(?i:earlier|later)\s+(?:(?i:on)\s+)?(?:{weekday_names()})", words.strip())
    )


@cache
def rule_hints() -> dict[str, re.Pattern]:
    """A cheap test per grammar rule: a rule is tried only on a sentence that could hold its
    phrase. The tests read the sentence lower-cased (a case-blind regex is several times slower),
    except the month names' (`CASED_HINTS`): only a capitalised 'May' is a month."""
    return {
        "background": re.compile(r"\d\d\d\d|years?|decades?|months|weeks|age|since|first|\bwar\b"),
        "full": re.compile(r"\d"),
        "iso": re.compile(r"\d-\d"),
        "month": re.compile(rf"(?:{_month_names()})"),
        "year": re.compile(r"\d\d\d\d"),
        "anchor": re.compile(
            r"after|before|later|earlier|time|day|night|evening|had just|^\W*then"
        ),
        "ago": re.compile(r"\bago\b"),
        "relative": re.compile(r"day|night|week|month|morning|afternoon|evening"),
        "holiday": re.compile(_holiday_names()),
        "weekday": re.compile(r"day\b|day['’]s"),
    }


CASED_HINTS = frozenset({"month"})
"""The grammar rules whose `rule_hints` test reads the sentence as written."""


@cache
def may_hold_a_date() -> re.Pattern:
    """Whether a lower-cased sentence may hold any date phrase at all: most sentences hold
    none."""
    return re.compile(
        r"\d|day|night|week|month|year|decade|hour|minute|ago|time|since|later|earlier|had just|"
        r"^\W*then|morning|afternoon|evening|\bwar\b|"
        r"first|" + rf"(?:{_month_names().lower()})|{_holiday_names()}"
    )


IN_NAME = re.compile(r"[A-Z][\w'’-]*\s+[A-Z]$")
"""A capitalised relative day word right after a capitalised word ('East Asia Today'): part of a
name."""
TITLE_BEFORE = re.compile(r"(?:\bthe|['’]s)\s+$")
TITLE_AFTER = re.compile(r"\s+[A-Z][a-z]+")
"""A weekday after 'the' or a possessive and before a capitalised word ('the Sunday Times',
"Britain's Sunday Mirror"): the name of a paper or a programme."""


def _titled(text: str, match: re.Match) -> bool:
    """Whether a bare weekday is the first word of a name ('the Sunday Times')."""
    return bool(
        TITLE_BEFORE.search(text[: match.start()]) and TITLE_AFTER.match(text, match.end())
    )


def find(text: str, offset: int, published: dt.date) -> list[DateMention]:
    """Every date phrase in `text` (a sentence starting at `offset`), resolved against
    `published`."""
    folded = text.lower()
    if not may_hold_a_date().search(folded):
        return []
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, pattern in patterns():
        if not rule_hints()[kind].search(text if kind in CASED_HINTS else folded):
            continue
        for match in pattern.finditer(text):
            span = (match.start(), match.end())
            if not match.group().strip() or any(a < span[1] and span[0] < b for a, b in taken):
                continue
            if kind == "relative" and IN_NAME.search(text[: match.start() + 1]):
                continue  # 'told the BBC's East Asia Today': a programme's name, no day
            if kind == "weekday" and _titled(text, match):
                continue  # "Britain's Sunday Mirror reported": a paper's name, no day
            if kind == "month" and _names_a_thing(text, *span):
                continue  # 'results from the July election': an election's name, no day
            if _names_an_organisation(kind, match):
                taken.append(span)
                continue  # 'organized by the April 19 Movement': an organisation's name, no day
            mention = _resolve(kind, match, published, offset)
            if mention is not None:
                taken.append(span)
                reporting = not attributive(text, *span) and (
                    bool(REPORTING_BEFORE.search(text[: match.start()]))
                    or bool(DOCUMENT_SEEN.search(text[: match.start()]))
                    or bool(REPORTING_AFTER.match(text[match.end() :]))
                    or _in_dateline(text, match.start())
                )
                found.append(replace(mention, reporting=True) if reporting else mention)
    return _periods(text, offset, sorted(found, key=lambda m: m.start))


PERIOD_DAYS = 7
"""A span of days longer than this ('from Feb. 1 to March 2') is a period of many acts, a running
count's, no day of one act."""
PERIOD_OPEN = re.compile(r"(?i)\b(?:from|between)\s+$")
PERIOD_JOIN = re.compile(r"(?i)\s*(?:to|until|till|through|and)\s+")


def _periods(text: str, offset: int, found: list[DateMention]) -> list[DateMention]:
    """'At least 21 protesters were reported killed ... from Feb. 1 to March 2': two days that open
    and close a span of more than PERIOD_DAYS date a tally over a period, background to the story,
    not an act on its first day (`offset`: where the sentence starts in the article)."""
    opened = {
        i
        for i, (first, last) in enumerate(pairwise(found))
        if first.kind == last.kind == "day"
        and first.date is not None
        and last.date is not None
        and (last.date - first.date).days > PERIOD_DAYS
        and PERIOD_OPEN.search(text[: first.start - offset])
        and PERIOD_JOIN.fullmatch(text[first.end - offset : last.start - offset])
    }
    return [
        replace(d, kind="background") if i in opened or i - 1 in opened else d
        for i, d in enumerate(found)
    ]


def _names_an_organisation(kind: str, match: re.Match) -> bool:
    """Whether a month and day, not introduced by 'on', start an organisation's name ('the April
    19 Movement'); 'on May 3 Army troops attacked' is a day."""
    return (
        kind == "full"
        and not match.group().lower().startswith("on")
        and bool(NAMED_FOR_A_DAY.search(match.string[match.end() :]))
    )


def _names_a_thing(text: str, start: int, end: int) -> bool:
    """Whether a bare month modifies a noun that is no act ('the July election', 'the March
    vote'): the month names that thing and dates nothing the sentence tells."""
    return (
        bool(THE_BEFORE.search(text[:start]))
        and bool(NOUN_AFTER.match(text[end:]))
        and not attributive(text, start, end)
    )


THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
NOUN_AFTER = re.compile(r"\s+[a-z]")
"""A month between 'the' and a lower-case word: a modifier of that word."""


def attributive(text: str, start: int, end: int) -> bool:
    """Whether the date phrase at text[start:end], after 'the', modifies the act word after it
    ('the 9 December assault')."""
    words = text[start:end].split()
    definite = DEFINITE.search(text[:start]) or words[0].lower() == "the"
    return bool(definite and ATTRIBUTIVE_DAY.match(text[end:]))


def _in_dateline(text: str, position: int) -> bool:
    """True for the date in a wire dateline that opens the sentence ('NAIROBI, May 26 (Xinhua)
    --'), also after a headline or an editor's note: it dates the report, not the act."""
    dateline = DATELINE.match(text)
    return dateline is not None and position < dateline.end()


def _resolve(kind: str, match: re.Match, published: dt.date, offset: int) -> DateMention | None:
    """Turn one grammar match into a DateMention (None when the words are no date after all)."""
    words, start, end = match.group().strip(), offset + match.start(), offset + match.end()

    def make(**kw) -> DateMention:
        return DateMention(words, start, end, **kw)

    if kind == "background":
        return make(kind="background")
    if kind in ("full", "iso"):
        return _full_date(match, published, make)
    if kind == "month":
        return _month(match, published, make)
    if kind == "year":
        year = int(match.group("y"))
        return (
            make(kind="background")
            if (published - dt.date(year, 12, 31)).days > PAST_YEAR_DAYS
            else make(kind="unresolved", note=f"only the year {year} is given")
        )
    if kind == "anchor":
        return _anchor(match, make)
    if kind == "ago":
        return _ago(match, published, make)
    if kind == "relative":
        return _relative(match.group("word").lower().split(), published, make)
    if kind == "holiday":
        return _holiday(match, published, make)
    return _weekday(match, published, make)


def _full_date(match: re.Match, published: dt.date, make) -> DateMention:
    """'December 29', '29 December 2019', '2020-01-03': the day, with the year inferred when
    missing."""
    groups = match.groupdict()
    if groups.get("m") and groups.get("m").isdigit():
        month, day = int(groups["m"]), int(groups["d"])
    else:
        month = wordlists.calendar()[
            (groups.get("m1") or groups.get("m2")).rstrip(".").lower()
        ].number
        day = int(groups.get("d1") or groups.get("d2"))
    year = int(groups["y"]) if groups.get("y") else None
    try:
        date = dt.date(year or published.year, month, day)
        if year is None and date > published + dt.timedelta(days=FUTURE_SLACK_DAYS):
            date = dt.date(published.year - 1, month, day)
    except ValueError:
        return make(kind="unresolved", note="no such calendar day")
    if year is None and (published - date).days > OLD_MONTH_DAYS:
        return make(kind="background")
    return make(kind="day", date=date, precision=1)


def _month(match: re.Match, published: dt.date, make) -> DateMention | None:
    """'in December', 'January 2020': month precision, coded to the middle of the month (or
    publication, if earlier)."""
    name = match.group("m").rstrip(".").lower()
    if (
        name == "may"
        and not match.group("y")
        and not re.match(r"(?i)in|during|early|late", match.group())
    ):
        return None
    month = wordlists.calendar()[name].number
    year = (
        int(match.group("y"))
        if match.group("y")
        else (published.year if month <= published.month else published.year - 1)
    )
    middle = dt.date(year, month, 15)
    if year < published.year - 1 or (published - middle).days > OLD_MONTH_DAYS:
        return make(kind="background")
    return make(kind="day", date=min(middle, published), precision=3)


def _anchor(match: re.Match, make) -> DateMention:
    """A date that depends on another event: 'days after', 'the next day', 'at the time'."""
    groups = match.groupdict()
    if groups.get("story"):
        return make(kind="anchor", precision=2, anchor_days=0, story_day=True)
    if groups.get("same") or groups.get("then"):
        return make(kind="anchor", precision=2, anchor_days=0)
    if groups.get("next") or groups.get("prev"):
        return make(kind="anchor", precision=1, anchor_days=-1 if groups.get("next") else 1)
    count = _count(groups.get("n"))
    unit = groups["unit"].lower()
    within_day = unit.startswith(("hour", "minute"))
    days = 0 if within_day else _span_days(count or VAGUE_COUNT, unit, groups.get("hedge"))
    direction = groups["dir"].lower()
    exact_day = count and unit.startswith("day") and count <= 2 and not groups.get("hedge")
    precision = 1 if within_day or exact_day else 3 if unit.startswith("month") else 2
    if direction in ("after", "before") and OPENS_SENTENCE.match(match.string[: match.start()]):
        return make(
            kind="anchor",
            precision=precision,
            anchor_days=-days if direction == "after" else days,
            hours_later=within_day and direction == "after",
            fronted=True,
        )
    if direction in ("after", "before"):
        # 'X came days after Y': the phrase dates Y, the clause after it, relative to X.
        return make(
            kind="anchor",
            precision=precision,
            anchor_days=days if direction == "after" else -days,
            anchor_subordinate=True,
        )
    return make(
        kind="anchor",
        precision=precision,
        anchor_days=-days if direction == "later" else days,
        hours_later=within_day and direction == "later",
    )


def _span_days(count: int, unit: str, hedge: str | None) -> int:
    """Days in 'N days/weeks/months', a month 30 days; a hedge that falls short (`SHORT_OF`) takes
    a day off a count of days or weeks and reads months as four weeks."""
    short = bool(hedge and SHORT_OF.fullmatch(hedge.strip()))
    if unit.startswith("month"):
        return count * (28 if short else MONTH_DAYS)
    days = count * (7 if unit.startswith("week") else 1)
    return days - 1 if short and days > 1 else days


def _ago(match: re.Match, published: dt.date, make) -> DateMention:
    """'two days ago', 'about a week ago': counted back from publication; 'less than a week ago'
    to the middle of the span (`UP_TO`)."""
    count = _count(match.group("n"))
    unit = match.group("unit").lower()
    hedge = match.group("hedge")
    days = _span_days(count or VAGUE_COUNT, unit, hedge)
    exact = bool(count) and unit.startswith("day") and not hedge and count <= 6
    precision = 3 if unit.startswith("month") else 1 if exact else 2
    if days >= OLD_MONTH_DAYS:
        return make(kind="background")  # 'less than two months ago': history, not the story
    back = days // 2 if hedge and UP_TO.fullmatch(hedge.strip()) else days
    return make(kind="day", date=published - dt.timedelta(days=back), precision=precision)


RECENT_DAYS = re.compile(rf"(?i){RECENT_DAYS_WORDS}")
"""'in recent days': the days up to publication, coded to the day of publication with precision 2
(a week-level phrase, CURATION.md's date rule)."""


def _relative(words: list[str], published: dt.date, make) -> DateMention:
    """'yesterday', 'overnight', 'last week', 'in recent days', 'this month' from the publication
    date; 'over the weekend' is the Saturday of the weekend just past (or under way)."""
    phrase = " ".join(words)
    if phrase == "the day before yesterday":
        return make(kind="day", date=published - dt.timedelta(days=2), precision=1)
    if phrase == "yesterday":
        return make(kind="day", date=published - dt.timedelta(days=1), precision=1)
    if phrase == "overnight":
        return make(kind="day", date=published, precision=2, overnight=True)
    if phrase == "last night":
        return make(kind="day", date=published - dt.timedelta(days=1), precision=2, night=True)
    if phrase == "last week":
        return make(kind="day", date=_middle_of_last_week(published), precision=2)
    if phrase == "last weekend":
        return make(kind="day", date=_last_weekend(published), precision=2)
    if phrase.endswith("the weekend"):
        return make(kind="day", date=_weekend_saturday(published), precision=2)
    if RECENT_DAYS.fullmatch(phrase):
        return make(kind="day", date=published, precision=2)
    if phrase in ("this week", "earlier this week", "this weekend"):
        return make(
            kind="day",
            date=published - dt.timedelta(days=min(published.weekday(), VAGUE_COUNT)),
            precision=2,
        )
    if phrase == "last month":
        previous = published.replace(day=1) - dt.timedelta(days=1)
        return make(kind="day", date=previous.replace(day=15), precision=3)
    if phrase in ("this month", "earlier this month"):
        return make(kind="day", date=min(published.replace(day=15), published), precision=3)
    return make(kind="day", date=published, precision=1)


def _weekend_saturday(published: dt.date) -> dt.date:
    """The Saturday of the weekend just past, or under way on a weekend day: 'over the weekend'."""
    return published - dt.timedelta(days=(published.weekday() - SATURDAY) % 7)


def _last_weekend(published: dt.date) -> dt.date:
    """The Saturday of the last weekend before the day of publication: the one just past on a
    weekday ('Last weekend' in a Thursday's story is five days back), the one before on a weekend
    day."""
    saturday = _weekend_saturday(published)
    return saturday - dt.timedelta(days=7 if published - saturday < dt.timedelta(days=2) else 0)


def week_start(day: dt.date) -> dt.date:
    """The Monday of the calendar week a day falls in: where 'this week' begins and 'last week'
    ends."""
    return day - dt.timedelta(days=day.weekday())


def _middle_of_last_week(published: dt.date) -> dt.date:
    """'last week': the Thursday of the calendar week before publication, the middle of that week
    (the coding rule of CURATION.md: published Thursday 16 January 2020, coded 9 January)."""
    return week_start(published) - dt.timedelta(days=7 - MIDWEEK)


def _holiday(match: re.Match, published: dt.date, make) -> DateMention:
    """'on Christmas night', 'on New Year's Eve': the holiday's day, this year's unless that is
    more than a week after publication (as a month and day without a year)."""
    name = re.sub(r"\s+", " ", match.group("h").lower().replace("’", "'"))
    number = wordlists.calendar()[name].number
    month, day = divmod(number, 100)
    date = dt.date(published.year, month, day)
    if date > published + dt.timedelta(days=FUTURE_SLACK_DAYS):
        date = dt.date(published.year - 1, month, day)
    return make(kind="day", date=date, precision=1)


def _weekday(match: re.Match, published: dt.date, make) -> DateMention:
    """'on Tuesday', 'earlier on Thursday', 'Friday's', 'last Friday': the latest such day up to
    publication. 'on Saturday evening and before dawn on Sunday', 'on Monday night and continued
    throughout the early hours' and 'on Sunday overnight' are a night: the day it ended, precision
    2 (the overnight rule); 'on Tuesday and Wednesday' are two days: the first, precision 2."""
    weekday = wordlists.calendar()[match.group("wd").lower()].number
    if match.group("wd2") and not _night_into(match):
        back = (published.weekday() - weekday) % 7
        return make(kind="day", date=published - dt.timedelta(days=back), precision=2)
    if match.group("wd2"):
        ended = wordlists.calendar()[match.group("wd2").lower()].number
        back = (published.weekday() - ended) % 7
        return make(
            kind="day", date=published - dt.timedelta(days=back), precision=2, overnight=True
        )
    if match.group("into_dawn") or (match.group("part") or "").lower() == "overnight":
        # 'late on Monday night and continued throughout the early hours', 'on Sunday overnight'
        back = (published.weekday() - weekday - 1) % 7
        return make(
            kind="day", date=published - dt.timedelta(days=back), precision=2, overnight=True
        )
    prep = (match.group("prep") or "").lower()
    if prep == "next":
        return make(
            kind="day",
            date=published + dt.timedelta(days=(weekday - published.weekday()) % 7 or 7),
            precision=1,
        )
    back = (published.weekday() - weekday) % 7
    if back == 0 and prep.startswith("last"):
        back = 7
    night = (match.group("part") or "").lower() in ("evening", "night") or (
        match.group("mod") or ""
    ).lower() == "late"
    return make(kind="day", date=published - dt.timedelta(days=back), precision=1, night=night)


def _night_into(match: re.Match) -> bool:
    """Whether two weekdays tell one night ('Saturday evening and before dawn on Sunday', 'Monday
    night into Tuesday', 'the night of Sunday to Monday'), not two days ('on Tuesday and
    Wednesday', 'from Sunday to Tuesday', 'from Monday morning to Wednesday evening'): the second
    is the day after the first, and the words say a night."""
    calendar = wordlists.calendar()
    first, second = (calendar[match.group(g).lower()].number for g in ("wd", "wd2"))
    joiner = match.string[match.end("wd") : match.start("wd2")].lower()
    return (second - first) % 7 == 1 and bool(
        (match.group("part") or "").lower() in NIGHT_PARTS
        or re.search(r"\b(?:into|dawn|early)\b", joiner)
        or NIGHT_OF.search(match.string[: match.start()])
    )


NIGHT_PARTS = frozenset({"evening", "night", "overnight"})
"""The parts of a day that open a night running into the next ('Monday night into Tuesday'); a
morning or an afternoon opens a span of days."""


NIGHT_OF = re.compile(r"(?i)\bnight\s+(?:of|from)\s+(?:the\s+)?$")
"""'on the night of Sunday to Monday': the words before two weekdays that make them one night."""


def _count(word: str | None) -> int | None:
    """'two' -> 2, '3' -> 3, 'a' -> 1; vague words ('a few', 'several') -> None."""
    if not word:
        return None
    word = word.lower()
    if word.isdigit():
        return int(word)
    value, kind = lexicon.load().numbers.get(word, (None, ""))
    return value if kind == "cardinal" else None
