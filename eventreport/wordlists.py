"""The one reader of `data/lexicons/`: CSV rows with their columns checked, the word classes the
grammar rules name, and the compass directions.

It sits in the data core so that the core (`places`) and the extraction wing
(`extraction/lexicon.py`) read the same files the same way; code keeps only the grammar that
combines the words (see `data/lexicons/README.md`).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import TypeVar

from . import config
from .errors import InputError

T = TypeVar("T")
REPORTING_VERB = "reporting_verb"
"""The word class of every verb of reporting.csv whose speaker comes before or after it ('X said',
'said X'): the verbs a grammar rule names as 'a reporting verb'."""


def rows(path: Path, required: list[str]) -> list[tuple[int, dict[str, str]]]:
    """(line, row) pairs of a lexicon CSV, with the required columns checked."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                raise InputError(path, f"line 1: missing column(s) {', '.join(missing)}")
            found = list(enumerate(reader, start=2))
    except OSError as exc:
        raise InputError(path, f"cannot read the lexicon ({exc.strerror})") from None
    ragged = [line for line, row in found if None in row]
    if ragged:
        raise InputError(
            path,
            [
                f"line {line}: more cells than the header has columns (quote cells that hold "
                "commas)"
                for line in ragged
            ],
        )
    return [(line, {k: (v or "").strip() for k, v in row.items()}) for line, row in found]


OPENING_QUOTE = r"[\"“‘]?"
"""A quotation mark that may open a quoted word inside a phrase of the lexicon."""


def alternation(pattern: str) -> str:
    """A lexicon pattern as a bare regex alternation, longest phrase first and without word
    boundaries, so a grammar rule can embed it between its own."""
    phrases = sorted((p.strip() for p in pattern.split("|") if p.strip()), key=len, reverse=True)
    if not phrases:
        raise ValueError("empty pattern")
    return "|".join(_phrase_regex(p) for p in phrases)


def _phrase_regex(phrase: str) -> str:
    """One alternative: words joined by whitespace, with prefix and gap tokens; a word after the
    first may open a quotation ('called “monstrous', 'it was “totally unacceptable')."""
    parts = []
    for index, token in enumerate(phrase.split()):
        quote = OPENING_QUOTE if index else ""
        if re.fullmatch(r"~\d", token):
            parts.append(rf"(?:\S+\s+){{0,{token[1:]}}}")
        elif token.endswith("*"):
            parts.append(quote + re.escape(token[:-1]) + r"[\w'’-]*\s+")
        else:
            parts.append(quote + re.escape(token).replace("'", "['’]") + r"\s+")
    return "".join(parts)[: -len(r"\s+")] if parts[-1].endswith(r"\s+") else "".join(parts)


@dataclass(frozen=True)
class Direction:
    """A compass word (`data/lexicons/directions.csv`): which way it points (+1 north or east, -1
    south or west, 0 neither) and whether it is a noun ('north') or an adjective ('northern')."""

    word: str
    north: int
    east: int
    noun: bool

    @property
    def cardinal(self) -> bool:
        """Whether it points along one axis only ('north', 'western'; not 'north-east',
        'central')."""
        return abs(self.north) + abs(self.east) == 1


DIRECTION_FORMS = ("noun", "adjective")
SIGNS = {"-1", "0", "1"}
CALENDAR_KINDS = ("weekday", "month", "holiday")


@dataclass(frozen=True)
class CalendarWord:
    """A weekday or month name or abbreviation, or a holiday of fixed date
    (`data/lexicons/calendar.csv`): its number (Monday 0, January 1, a holiday's month and day as
    MMDD: Christmas 1225) and whether it also starts names of places ('Mar Elias')."""

    word: str
    kind: str
    number: int
    starts_names: bool


def calendar() -> dict[str, CalendarWord]:
    """Weekday, month and holiday words by word, in file order; a bad row raises an InputError
    naming the file and line."""
    return _calendar(config.LEXICON_DIR)


@cache
def _calendar(directory: Path) -> dict[str, CalendarWord]:
    """`calendar` of one lexicon folder, read once."""
    return _by_word(
        directory / "calendar.csv",
        ["word", "kind", "number", "starts_names"],
        lambda row: (
            row["kind"] in CALENDAR_KINDS
            and row["number"].isdigit()
            and row["starts_names"] in ("yes", "no")
        ),
        "kind must be weekday, month or holiday, number a number and starts_names yes or no",
        lambda word, row: CalendarWord(
            word, row["kind"], int(row["number"]), row["starts_names"] == "yes"
        ),
    )


def _by_word(
    path: Path,
    columns: list[str],
    valid: Callable[[dict[str, str]], bool],
    rule: str,
    make: Callable[[str, dict[str, str]], T],
) -> dict[str, T]:
    """The rows of a file of words, by word (lower-cased) in file order; a row that is not `valid`
    raises an InputError naming the file, the line and the `rule` it breaks."""
    found = {}
    for line, row in rows(path, columns):
        if not valid(row):
            raise InputError(path, f"line {line}: {rule}")
        found[row["word"].lower()] = make(row["word"].lower(), row)
    return found


def directions() -> dict[str, Direction]:
    """Compass words by word, in file order; a bad row raises an InputError naming the file and
    line."""
    return _directions(config.LEXICON_DIR)


@cache
def _directions(directory: Path) -> dict[str, Direction]:
    """`directions` of one lexicon folder, read once."""
    return _by_word(
        directory / "directions.csv",
        ["word", "north", "east", "form"],
        lambda row: row["form"] in DIRECTION_FORMS and {row["north"], row["east"]} <= SIGNS,
        "north and east must be -1, 0 or 1 and form noun or adjective",
        lambda word, row: Direction(
            word, int(row["north"]), int(row["east"]), row["form"] == "noun"
        ),
    )


def _direction_classes(directory: Path) -> dict[str, str]:
    """The word classes made of compass words: every one (`direction`), those no other one starts
    with (`direction_root`: 'north', 'central', for a rule that reads any word they start), the
    nouns (`compass_point`: 'north', 'north-east'), the nouns along one axis (`cardinal_point`) and
    the nouns and adjectives along one axis (`cardinal_word`: 'north', 'northern')."""
    found = _directions(directory).values()
    roots = [d.word for d in found if not any(d.word.startswith(o.word) for o in found if o != d)]
    return {
        "direction": "|".join(d.word for d in found),
        "direction_root": "|".join(roots),
        "compass_point": "|".join(d.word for d in found if d.noun),
        "cardinal_point": "|".join(d.word for d in found if d.noun and d.cardinal),
        "cardinal_word": "|".join(d.word for d in found if d.cardinal),
    }


def word_patterns() -> dict[str, str]:
    """Word class -> its lexicon pattern: the rows of words.csv, the reporting verbs (one list of
    them, in reporting.csv), the compass words (directions.csv) and the weekday, month and holiday
    words (calendar.csv: classes `weekday`, `month` and `holiday`)."""
    return _word_patterns(config.LEXICON_DIR)


@cache
def _word_patterns(directory: Path) -> dict[str, str]:
    """`word_patterns` of one lexicon folder, read once (a test may point config at a copy)."""
    reporting = rows(directory / "reporting.csv", ["pattern", "speaker"])
    classes = {
        REPORTING_VERB: "|".join(r["pattern"] for _, r in reporting if r["speaker"] != "after"),
        **_direction_classes(directory),
        **{
            kind: "|".join(w.word for w in _calendar(directory).values() if w.kind == kind)
            for kind in CALENDAR_KINDS
        },
    }
    path = directory / "words.csv"
    for line, row in rows(path, ["class", "pattern"]):
        if not row["class"].isidentifier() or row["class"] in classes:
            raise InputError(path, f"line {line}: class must be a new name of letters and _")
        classes[row["class"]] = row["pattern"]
    return classes


def word_classes() -> dict[str, str]:
    """Word class -> regex alternation, to embed in a grammar rule (`Rule`)."""
    return _word_classes(config.LEXICON_DIR)


@cache
def _word_classes(directory: Path) -> dict[str, str]:
    """`word_classes` of one lexicon folder, compiled once."""
    try:
        return {name: alternation(p) for name, p in _word_patterns(directory).items()}
    except ValueError as exc:
        raise InputError(directory / "words.csv", f"a word class has an {exc}") from None


def words(word_class: str) -> frozenset[str]:
    """The words of a class, lower-cased, for a membership test ('is this a district word?')."""
    return _class_words(config.LEXICON_DIR, word_class)


@cache
def _class_words(directory: Path, word_class: str) -> frozenset[str]:
    """`words` of one lexicon folder, split once."""
    pattern = _word_patterns(directory)[word_class]
    return frozenset(w.strip().lower() for w in pattern.split("|") if w.strip())


class Rule:
    """A grammar regex whose `{class}` slots are word classes of the lexicon (`word_classes`).

    It is compiled at first use, so importing a module reads no file and a bad lexicon raises its
    InputError where the words are first needed. Braces meant for the regex are doubled
    (`{{0,2}}`). `parts` fill other slots with regex fragments of the code (`{name}`: a place
    name's pattern), so a fragment shared by several rules is written once.
    """

    def __init__(self, template: str, flags: int = 0, **parts: str):
        self.template = template
        self.flags = flags
        self.parts = parts

    @cached_property
    def regex(self) -> re.Pattern:
        """The rule with its word classes and parts filled in."""
        return re.compile(self.template.format_map({**word_classes(), **self.parts}), self.flags)

    def search(self, text: str, *bounds: int) -> re.Match | None:
        """`re.Pattern.search` of the filled rule."""
        return self.regex.search(text, *bounds)

    def match(self, text: str, *bounds: int) -> re.Match | None:
        """`re.Pattern.match` of the filled rule."""
        return self.regex.match(text, *bounds)

    def fullmatch(self, text: str) -> re.Match | None:
        """`re.Pattern.fullmatch` of the filled rule."""
        return self.regex.fullmatch(text)

    def finditer(self, text: str):
        """`re.Pattern.finditer` of the filled rule."""
        return self.regex.finditer(text)

    def sub(self, replacement: str, text: str) -> str:
        """`re.Pattern.sub` of the filled rule."""
        return self.regex.sub(replacement, text)
