"""The extraction's word lists, read from `data/lexicons/` and compiled once into regular
expressions.

Everything the extractor knows about words lives in those CSV files (see their README): event
triggers, context cues, actors and their aliases, countries and demonyms, reporting verbs,
number words and casualty words. Code holds only the grammar that combines them.

Pattern syntax (triggers, reporting verbs, casualty words): alternatives separated by `|`;
words separated by spaces; `word*` matches any word that starts with `word`; `~N` skips up
to N words. Matching ignores case, except for aliases written in capitals (acronyms such as
`IS`, `US`, `PMF`), which must match exactly.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import TypeVar

from .. import config
from ..errors import InputError
from ..names import name_key
from ..wordlists import Rule as Rule  # the grammar rules of the wing name it lexicon.Rule
from ..wordlists import alternation, word_classes
from ..wordlists import rows as _rows

STATEMENT_ROLE = "statement"
INTENT_ROLE = "intent"
EVENT_ROLE = "event"
CUE_ROLE = "cue"


@dataclass(frozen=True)
class Trigger:
    """One reading of a trigger pattern: the event it signals when its context cue is present.

    Readings are kept in file order; where several match the same words, the first whose context
    holds wins.
    """

    regex: re.Pattern
    pattern: str
    context: str
    event_type: str
    sub_event_type: str
    cameo_code: str
    strong: bool
    priority: int
    statement: bool
    intent: bool = False
    """A party's stated intent ('would respond', 'planned to pursue targets'): a statement of
    whoever says the words, dated by their telling, not by the day of what it intends."""


@dataclass(frozen=True)
class Actor:
    """An actor as ACLED names it; a `{country}` in the name is filled from the mention's
    country."""

    name: str
    short: str
    inter: int
    country_iso3: str
    kind: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    seat: str = ""
    """The town an organisation sits in when it is not its country's capital (the UN: New York)."""

    @property
    def template(self) -> bool:
        """True for a name such as 'Military Forces of {country}'."""
        return "{country}" in self.name

    def valid_on(self, day: dt.date) -> bool:
        """Whether the actor's name applies on `day` (ACLED names governments and forces by
        period)."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day < self.valid_to
        )


@dataclass(frozen=True)
class Country:
    """A country with the names an article may use for it and what an events row needs."""

    iso3: str
    iso_numeric: int
    name: str
    actor_form: str
    acled_region: str
    seat: str
    """Where the government sits and speaks from: the capital, or the seat of government where
    that is another town (Bolivia: La Paz, not the constitutional capital Sucre)."""
    aliases: tuple[str, ...] = ()
    """Other names of the country ('DR Congo', 'Palestinian Territory'), no demonym."""


@dataclass(frozen=True)
class ReportingVerb:
    """A verb that attributes words to a speaker; `after` means the speaker follows it ('according
    to X')."""

    regex: re.Pattern
    speaker_after: bool
    own_action_cameo: str


T = TypeVar("T")

TEXT_CACHES: list = []
"""Every function `per_article` remembers, so that `forget_texts` can clear them."""


def per_article(function: Callable[[str], T]) -> Callable[[str], T]:
    """`function` of a sentence's text, remembered until `forget_texts`: the extractor asks for
    the same sentence's names many times."""
    remembered = lru_cache(maxsize=1 << 12)(function)
    TEXT_CACHES.append(remembered)
    return remembered


def forget_texts() -> None:
    """Clear what `per_article` remembers: called once per article, so one article's sentences
    never speed up the next's (and a benchmark of overlapping articles stays honest)."""
    for remembered in TEXT_CACHES:
        remembered.cache_clear()


NAME_START = re.compile(r"(?:(?<![\w-])|(?<=\d-))[A-Za-z0-9]+(?:[.'’](?!s\b)[A-Za-z0-9]+)*\.?")
"""A word where a name may start: not inside a word, nor after a hyphen, except a count's
('as many as 100-insurgents', a wire service's style)."""


@per_article
def _name_starts(text: str) -> tuple[tuple[int, str], ...]:
    """Where a name may start in a text, with the key of its first word: found once for all the
    name indexes."""
    return tuple((word.start(), name_key(word.group())) for word in NAME_START.finditer(text))


class Aliases:
    """Find any of many names in a text fast: candidates are looked up by their first word, then
    matched in place.

    One regex alternation of hundreds of names tries every name at every position; indexing them by
    first word tries only the few that can start there. Spaces and hyphens inside a name are
    interchangeable ('Hashd al-Shaabi' == 'Hashd al Shaabi'); acronyms ('IS', 'US',
    'PMF', 'LeT') match their exact case.
    """

    def __init__(self, names: set[str]):
        self._by_first: dict[str, list[re.Pattern]] = {}
        for name in sorted(names, key=len, reverse=True):
            first = NAME_START.match(name)
            if first is None:
                continue
            exact = _acronym(name)
            regex = re.compile(_name_regex(name) + r"(?![\w-])", 0 if exact else re.IGNORECASE)
            self._by_first.setdefault(name_key(first.group()), []).append(regex)
        self._found = per_article(self._scan)

    def finditer(self, text: str) -> Iterator[re.Match]:
        """Non-overlapping matches, left to right, the longest name at each place; a text's
        matches are found once, as the extractor asks for the same sentence's names many times."""
        return iter(self._found(text))

    def _scan(self, text: str) -> tuple[re.Match, ...]:
        """`finditer`'s matches of a text, found word by word, uncached."""
        found: list[re.Match] = []
        position = 0
        for start, key in _name_starts(text):
            if start < position:
                continue
            for regex in self._by_first.get(key, ()):
                match = regex.match(text, start)
                if match:
                    position = match.end()
                    found.append(match)
                    break
        return tuple(found)

    def search(self, text: str) -> re.Match | None:
        """The first match, if any."""
        return next(self.finditer(text), None)


def _acronym(name: str) -> bool:
    """Whether a name is an acronym, matched in its exact case: all capitals ('IS', 'U.S.'), or a
    short word with a capital inside ('LeT', 'JeM'; else the chant "Let's go" is Lashkar-e-Taiba).
    """
    inner_capital = len(name) <= 4 and name[0].isupper() and not name[1:].islower()
    return name.isupper() or inner_capital


def _name_regex(name: str) -> str:
    """A name as a regex: apostrophes either way, spaces and hyphens interchangeable."""
    return re.escape(name).replace("'", "['’]").replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]*")


@dataclass(frozen=True)
class TriggerGroup:
    """Trigger readings that share one pattern, with the pattern compiled once."""

    regex: re.Pattern
    readings: tuple[Trigger, ...]


FIRST_LETTERS = 3
"""Triggers are indexed by the first letters of their first word (a pattern word may be a prefix:
'bomb*')."""


def first_letters(word: str) -> str:
    """The index key of a word."""
    return word[:FIRST_LETTERS].lower()


@dataclass(frozen=True)
class Lexicon:
    """All word lists, compiled."""

    triggers: tuple[Trigger, ...]
    trigger_groups: dict[str, tuple[TriggerGroup, ...]]
    """Trigger groups by the first letters of their first words: only these are tried where a word
    starts."""
    cues: dict[str, re.Pattern]
    actors: dict[str, tuple[Actor, ...]]
    actor_regex: Aliases
    countries: dict[str, Country]
    country_names: dict[str, str]
    country_regex: Aliases
    country_alternation: str
    non_places: frozenset[str]
    reporting: tuple[ReportingVerb, ...]
    numbers: dict[str, tuple[int | None, str]]
    casualties: tuple[tuple[re.Pattern, str], ...]
    partial: re.Pattern
    outlet_regex: re.Pattern
    """A capitalised outlet name ('Jakarta Globe', 'Times of India'): media, never an actor of the
    event (media.csv)."""
    words: dict[str, str]
    """Word classes the grammar's rules name (`wordlists.word_classes`: words.csv, `reporting_verb`
    from reporting.csv, the compass words of directions.csv), each as a regex alternation to embed
    in a rule."""

    @cached_property
    def media(self) -> Actor | None:
        """The media actor an outlet's name stands for (a template of kind `media`), found once:
        the actor scan it takes is too slow to repeat for every sentence."""
        return next(
            (
                a
                for found in self.actors.values()
                for a in found
                if a.template and a.kind == "media"
            ),
            None,
        )


def compile_pattern(pattern: str, exact_case: bool = False) -> re.Pattern:
    """Compile the lexicon pattern syntax (`|` alternatives, `word*` prefixes, `~N` gaps) to a
    regex."""
    body = alternation(pattern)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w])", 0 if exact_case else re.IGNORECASE)


@cache
def load() -> Lexicon:
    """Read every lexicon file once; a bad row raises an InputError naming the file and line."""
    triggers, cues = _triggers(config.LEXICON_DIR / "triggers.csv")
    groups = _trigger_index(_trigger_groups(triggers))
    actors, actor_regex = _actors(config.LEXICON_DIR / "actors.csv")
    countries, names, country_regex = _countries(config.LEXICON_DIR / "countries.csv")
    non_places = frozenset(
        name_key(r["name"])
        for _, r in _rows(config.LEXICON_DIR / "non_places.csv", ["name", "why"])
    )
    reporting = _rows(
        config.LEXICON_DIR / "reporting.csv", ["pattern", "speaker", "own_action_cameo"]
    )
    return Lexicon(
        triggers=triggers,
        trigger_groups=groups,
        cues=cues,
        actors=actors,
        actor_regex=actor_regex,
        countries=countries,
        country_names=names,
        country_regex=country_regex,
        country_alternation=_alternation(
            set(_surface_country_names(config.LEXICON_DIR / "countries.csv"))
        ),
        non_places=non_places,
        reporting=tuple(
            ReportingVerb(
                compile_pattern(r["pattern"]), r["speaker"] == "after", r["own_action_cameo"]
            )
            for _, r in reporting
        ),
        numbers={
            r["word"].lower(): (int(r["value"]) if r["value"] else None, r["kind"])
            for _, r in _rows(config.LEXICON_DIR / "numbers.csv", ["word", "value", "kind"])
        },
        casualties=tuple(
            (compile_pattern(r["pattern"]), r["metric"])
            for _, r in _rows(config.LEXICON_DIR / "casualties.csv", ["pattern", "metric"])
        ),
        partial=compile_pattern(
            "|".join(
                r["pattern"] for _, r in _rows(config.LEXICON_DIR / "partial.csv", ["pattern"])
            )
        ),
        outlet_regex=_outlets(config.LEXICON_DIR / "media.csv"),
        words=word_classes(),
    )


def plain_reading(sub_event_type: str) -> Trigger:
    """The first reading of a sub-event type that needs no cue (the lexicon's plain word for it),
    else its first reading: what an act is read as when its type comes from its actors, not from
    its words."""
    readings = [
        t for t in load().triggers if t.sub_event_type == sub_event_type and not t.statement
    ]
    return next((t for t in readings if not t.context), readings[0])


def lexicon_files() -> list[Path]:
    """Every file the extraction reads besides the article, so a draft can tell when it is
    stale."""
    return sorted(config.LEXICON_DIR.glob("*.csv")) + [
        config.GAZETTEER_CSV,
        config.CAMEO_CSV,
        config.TAXONOMY_CSV,
    ]


def _triggers(path: Path) -> tuple[tuple[Trigger, ...], dict[str, re.Pattern]]:
    """Trigger readings in file order, and the context cues."""
    columns = [
        "pattern",
        "role",
        "context",
        "event_type",
        "sub_event_type",
        "cameo_code",
        "strength",
        "priority",
    ]
    triggers: list[Trigger] = []
    cues: dict[str, re.Pattern] = {}
    for line, row in _rows(path, columns):
        if row["role"] == CUE_ROLE:
            cues[row["context"]] = compile_pattern(row["pattern"])
            continue
        if (
            row["role"] not in (EVENT_ROLE, STATEMENT_ROLE, INTENT_ROLE)
            or not row["priority"].isdigit()
        ):
            raise InputError(
                path,
                f"line {line}: role must be event, statement, intent or cue and priority a number",
            )
        triggers.append(
            Trigger(
                compile_pattern(row["pattern"]),
                row["pattern"],
                row["context"],
                row["event_type"],
                row["sub_event_type"],
                row["cameo_code"],
                row["strength"] == "strong",
                int(row["priority"]),
                row["role"] in (STATEMENT_ROLE, INTENT_ROLE),
                row["role"] == INTENT_ROLE,
            )
        )
    return tuple(triggers), cues


def _trigger_index(groups: tuple[TriggerGroup, ...]) -> dict[str, tuple[TriggerGroup, ...]]:
    """Groups by the first letters of each of their alternatives' first words."""
    index: dict[str, list[TriggerGroup]] = {}
    for group in groups:
        for phrase in group.readings[0].pattern.split("|"):
            key = first_letters(phrase.split()[0].rstrip("*"))
            if group not in index.setdefault(key, []):
                index[key].append(group)
    return {key: tuple(found) for key, found in index.items()}


def _trigger_groups(triggers: tuple[Trigger, ...]) -> tuple[TriggerGroup, ...]:
    """Readings grouped by their pattern, in file order of first appearance."""
    grouped: dict[str, list[Trigger]] = {}
    for trigger in triggers:
        grouped.setdefault(trigger.regex.pattern, []).append(trigger)
    return tuple(TriggerGroup(readings[0].regex, tuple(readings)) for readings in grouped.values())


def _actors(path: Path) -> tuple[dict[str, tuple[Actor, ...]], Aliases]:
    """Alias -> the actors it may name (several when ACLED names them by period), and one regex of
    all aliases."""
    by_alias: dict[str, list[Actor]] = {}
    for line, row in _rows(
        path,
        [
            "name",
            "short",
            "aliases",
            "inter",
            "country_iso3",
            "kind",
            "valid_from",
            "valid_to",
            "seat",
        ],
    ):
        try:
            actor = Actor(
                row["name"],
                row["short"],
                int(row["inter"]),
                row["country_iso3"],
                row["kind"],
                _date(row["valid_from"]),
                _date(row["valid_to"]),
                row["seat"],
            )
        except ValueError as exc:
            raise InputError(path, f"line {line}: {exc}") from None
        for alias in filter(None, (a.strip() for a in row["aliases"].split(";"))):
            named = by_alias.setdefault(name_key(alias), [])
            if actor not in named:  # 'UN' and 'U.N.' are one key
                named.append(actor)
    aliases = {
        a.strip()
        for _, r in _rows(path, ["aliases"])
        for a in r["aliases"].split(";")
        if a.strip()
    }
    return {k: tuple(v) for k, v in by_alias.items()}, Aliases(aliases)


def _outlets(path: Path) -> re.Pattern:
    """One regex for outlet names: capitalised words before a head word ('Jakarta Globe'), or a
    lead word, 'of' and a capitalised name ('Voice of America'). Case matters: 'the times' or
    'news' alone name no outlet."""
    rows = _rows(path, ["pattern", "position"])
    words = {
        position: "|".join(
            re.escape(w.strip()).replace(r"\ ", r"\s+")
            for _, r in rows
            if r["position"] == position
            for w in r["pattern"].split("|")
            if w.strip()
        )
        for position in ("head", "lead")
    }
    name = r"(?:[A-Z][\w'’.&-]*|al-[A-Z][\w'’-]*)"
    return re.compile(
        rf"(?<![\w-])(?:(?:{name}\s+){{1,3}}(?:{words['head']})|(?:{words['lead']})\s+of\s+(?:the\s+)?{name}"
        rf"(?:\s+{name})?)(?![\w-])"
    )


def _date(text: str) -> dt.date | None:
    """An optional ISO date."""
    return dt.date.fromisoformat(text) if text else None


def _countries(path: Path) -> tuple[dict[str, Country], dict[str, str], Aliases]:
    """Countries by ISO3, every name/alias/demonym -> ISO3, and one regex of them all."""
    countries: dict[str, Country] = {}
    names: dict[str, str] = {}
    columns = [
        "iso3",
        "iso_numeric",
        "name",
        "actor_form",
        "aliases",
        "demonyms",
        "acled_region",
        "capital",
        "seat",
    ]
    for _, row in _rows(path, columns):
        countries[row["iso3"]] = Country(
            row["iso3"],
            int(row["iso_numeric"]),
            row["name"],
            row["actor_form"] or row["name"],
            row["acled_region"],
            row["seat"] or row["capital"],
            tuple(a.strip() for a in row["aliases"].split(";") if a.strip()),
        )
        for name in [row["name"], *row["aliases"].split(";"), *row["demonyms"].split(";")]:
            if name.strip():
                names.setdefault(name_key(name), row["iso3"])
    return countries, names, Aliases(set(_surface_country_names(path)))


def _surface_country_names(path: Path) -> list[str]:
    """Every country name, alias and demonym as written in the file."""
    return [
        n.strip()
        for _, r in _rows(path, ["name", "aliases", "demonyms"])
        for n in [r["name"], *r["aliases"].split(";"), *r["demonyms"].split(";")]
        if n.strip()
    ]


def _alternation(aliases: set[str]) -> str:
    """Aliases as one regex alternation (to embed in a larger pattern), longest first; acronyms
    match their exact case."""

    def one(alias: str) -> str:
        escaped = _name_regex(alias)
        return (
            escaped
            if alias.isupper() or re.fullmatch(r"[A-Z][A-Z.]+", alias)
            else f"(?i:{escaped})"
        )

    return "|".join(one(a) for a in sorted(aliases, key=len, reverse=True))


@dataclass(frozen=True)
class LinkCue:
    """Words that tie two events (`data/lexicons/links.csv`): the relation they state and on which
    side of them the earlier act is told (`after`: 'X in response to Y'; `before`: 'Y triggered
    X')."""

    regex: re.Pattern
    relation: str
    earlier_told_after: bool
    parts_clauses: bool
    """Whether the cue also parts the clauses of its sentence (not a statement verb: 'condemned'
    keeps its speaker)."""
    two_acts: bool
    """Whether the acts it ties are always two events ('comes days after'), not two moments of one
    act a bare 'after' may join ('died after being struck')."""


LINK_SIDES = ("after", "before")


@cache
def link_cues() -> tuple[LinkCue, ...]:
    """The link cue words, in file order; a bad row raises an InputError naming the file and
    line."""
    path = config.LEXICON_DIR / "links.csv"
    cues = []
    flags = ("parts_clauses", "two_acts")
    for line, row in _rows(path, ["pattern", "relation", "earlier", *flags]):
        if row["earlier"] not in LINK_SIDES or any(row[f] not in ("yes", "no") for f in flags):
            raise InputError(
                path,
                f"line {line}: earlier must be one of {', '.join(LINK_SIDES)}, and parts_clauses "
                "and two_acts yes or no",
            )
        cues.append(
            LinkCue(
                compile_pattern(row["pattern"]),
                row["relation"],
                row["earlier"] == "after",
                row["parts_clauses"] == "yes",
                row["two_acts"] == "yes",
            )
        )
    return tuple(cues)


@per_article
def link_cue_matches(text: str) -> tuple[tuple[LinkCue, re.Match], ...]:
    """Every link cue's matches in a text, cue by cue in file order: found once for the steps
    that read a sentence's cues."""
    return tuple((cue, match) for cue in link_cues() for match in cue.regex.finditer(text))
