"""Word lists live in data/lexicons/, never in the package (issue 11).

An AST scan of eventreport/ finds every literal that lists words: a regex alternation (a string
with `|`), a set, a `"...".split()`, and a tuple, list or dict bound to an upper-case name. Such a
literal fails when it holds three or more content words: lower-case words of three letters or
more that are neither function words (the grammar the code keeps, see data/lexicons/README.md)
nor column names of the data files. What remains on purpose is in ALLOWED, each with its reason.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventreport import config, wordlists
from eventreport.errors import InputError

PACKAGE = config.PROJECT_ROOT / "eventreport"
MIN_WORDS = 3
FUNCTION_WORDS = frozenset(
    """
    a an the this that these those another other its it their his her he she they we you our them
    him us of in on at to from by with for about above across after against along amid among
    around as before behind below beside between beyond but despite down during except following
    inside into
    near off onto out outside over past per since than through throughout till toward towards
    under until upon via within without and or nor so yet if because although though while whereas
    whether when where which who whom whose what why how is are was were be been being am has have
    had do does did will would shall should may might must can could got get not no yes also then
    again just only even still very too some any all each every both either neither such one
    """.split()
)
"""Closed-class words: determiners, pronouns, prepositions, conjunctions, auxiliaries."""
CONTENT_WORD = re.compile(r"[a-z]{3,}")

ALLOWED: dict[tuple[str, str], str] = {
    ("extraction/dates.py", "*"): (
        "the date grammar: units of time, relative words ('yesterday', 'earlier', 'mid') and the "
        "hedges of 'about three days ago', each tied to the arithmetic that turns it into a day "
        "and a precision (the month and weekday names are in calendar.csv)"
    ),
    ("extraction/geoparse.py", "del las los"): (
        "the particles inside a proper name ('al-', 'de la', 'es' of Dar es Salaam, 'wal-' of "
        "Jama'at Nusrat al-Islam wal-Muslimin): the grammar of a capitalised name, not vocabulary "
        "read as a class"
    ),
    ("extraction/actors.py", "military police government"): (
        "actor kinds: codes of the kind column of actors.csv, not words read in a text"
    ),
    ("extraction/actors.py", "monitor ngo media"): "actor kinds (codes of actors.csv)",
    ("extraction/actors.py", "military police militia"): "actor kinds (codes of actors.csv)",
    ("extraction/actors.py", "militia rebels criminal"): "actor kinds (codes of actors.csv)",
    ("wordlists.py", "weekday month holiday"): (
        "the codes of calendar.csv's kind column, not words read in a text"
    ),
    ("extraction/actors.py", "bin ibn bin"): (
        "particles inside a person's name (al-, bin, ibn): the grammar of a capitalised name"
    ),
    ("extraction/numbers.py", "bin ibn abu"): "particles inside a person's name",
    ("places.py", "ash adh ath"): (
        "Arabic articles a gazetteer spelling drops ('al-', 'ash-'): spelling rules of names"
    ),
    ("extraction/geoparse.py", "kms kilomet miles"): (
        "units of distance, each tied to its conversion to kilometres (MILE_KM)"
    ),
    ("extraction/evaluate.py", "kms kilomet miles"): "units of distance (as in geoparse)",
    ("parameters.py", "exit quit open"): "Python built-in names a parameter may not take",
    ("reporting/sections.py", "pandas matplotlib geopandas"): (
        "package names whose warnings go to the log"
    ),
    ("reporting/export.py", "events areas links"): "names of the exported files",
    ("reporting/__init__.py", "chains day figure"): "module and function names (__all__)",
}
"""(file under eventreport/, its first three content words or '*' for the whole file) -> why."""


def _column_names() -> frozenset[str]:
    """Every column name of the data files: a tuple of them is code, not vocabulary."""
    names: set[str] = set()
    for path in config.DATA_DIR.rglob("*.csv"):
        with path.open(encoding="utf-8", errors="replace") as handle:
            names.update(handle.readline().strip().split(","))
    return frozenset(names)


def _alternatives(text: str) -> list[str]:
    """The first word of each alternative of a regex alternation."""
    bare = re.sub(r"\(\?[A-Za-z:!<=-]*|\\[A-Za-z]", " ", text)
    firsts = (re.findall(r"(?<![\w\\])[a-z]+(?!\w)", part)[:1] for part in bare.split("|"))
    return [words[0] for words in firsts if words]


def _strings(nodes: list[ast.expr]) -> list[str]:
    """The string constants among `nodes`."""
    return [n.value for n in nodes if isinstance(n, ast.Constant) and isinstance(n.value, str)]


IDENTIFIERS = re.compile(r"(?:COLUMNS|HEADER|KEYS)$")
"""A constant named so lists names of columns or keys: identifiers of the code, not vocabulary."""


def _bound_to_constant(tree: ast.Module) -> Iterator[ast.expr]:
    """Values bound to an upper-case name (`HEADS = (...)`), except names of columns or keys."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id.isupper() and not IDENTIFIERS.search(t.id)
            for t in node.targets
        ):
            yield node.value


def _listed_words(tree: ast.Module) -> Iterator[tuple[int, list[str]]]:
    """(line, words) of every literal that lists words."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and "|" in node.value:
            yield node.lineno, _alternatives(node.value)
        elif isinstance(node, ast.Set):
            yield node.lineno, _strings(node.elts)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "split"
            and isinstance(node.func.value, ast.Constant)
            and isinstance(node.func.value.value, str)
        ):
            yield node.lineno, node.func.value.value.split()
    for value in _bound_to_constant(tree):
        if isinstance(value, (ast.Tuple, ast.List)):
            yield value.lineno, _strings(value.elts)
        elif isinstance(value, ast.Dict):
            yield value.lineno, _strings([k for k in value.keys if k is not None])


def _literals(root: Path) -> Iterator[tuple[str, int, str]]:
    """(file, line, first content words) of every literal of MIN_WORDS content words or more."""
    columns = _column_names()
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        for line, words in _listed_words(ast.parse(path.read_text(encoding="utf-8"))):
            content = [
                w
                for w in words
                if CONTENT_WORD.fullmatch(w) and w not in FUNCTION_WORDS and w not in columns
            ]
            if len(content) >= MIN_WORDS:
                yield relative, line, " ".join(content[:MIN_WORDS])


def word_lists(root: Path = PACKAGE) -> list[tuple[str, int, str]]:
    """The literals of `_literals` that ALLOWED does not list."""
    return [
        (path, line, key)
        for path, line, key in _literals(root)
        if (path, key) not in ALLOWED and (path, "*") not in ALLOWED
    ]


def test_no_word_list_in_the_package():
    found = word_lists()
    assert not found, "word lists belong in data/lexicons/ (or ALLOWED, with the reason): " + (
        "; ".join(f"eventreport/{path}:{line} ({words} ...)" for path, line, words in found)
    )


def test_every_allowed_entry_is_still_needed():
    """An entry whose literal is gone is removed, so the allow-list stays small and true."""
    found = {(path, key) for path, _, key in _literals(PACKAGE)}
    found |= {(path, "*") for path, _ in found}
    assert [key for key in ALLOWED if key not in found] == []


@pytest.mark.parametrize(
    "source",
    [
        'HEADS = ("station", "market", "camp")',
        'NEAR = re.compile(r"\\b(?:near|outskirts|vicinity|suburbs?)\\s+of")',
        'WORDS = frozenset("dozens scores hundreds thousands".split())',
        'SEATS = {"district": 2, "county": 2, "tehsil": 2}',
    ],
)
def test_the_scan_finds_a_word_list(tmp_path, source):
    (tmp_path / "module.py").write_text(f"import re\n{source}\n", encoding="utf-8")
    assert [line for _, line, _ in word_lists(tmp_path)] == [2]


def test_the_scan_passes_grammar_and_columns(tmp_path):
    (tmp_path / "module.py").write_text(
        'import re\nPRONOUN = re.compile(r"\\b(?:it|they|we|he|she)\\b")\n'
        'COLUMNS = ("event_date", "latitude", "longitude", "fatalities")\n',
        encoding="utf-8",
    )
    assert word_lists(tmp_path) == []


def test_the_moved_lists_are_word_classes():
    """The lists moved out of code are read back through the one loader (wordlists)."""
    assert {"station", "embassy", "checkpoint"} <= wordlists.words("place_head")
    assert wordlists.directions()["north-eastern"].north == 1
    assert not wordlists.directions()["central"].cardinal
    assert "tehsil" in wordlists.words("near_seat_unit")
    assert "u.s" in wordlists.words("abbreviation")
    assert wordlists.calendar()["sept"].number == 9 and wordlists.calendar()["mar"].starts_names


@pytest.mark.parametrize(
    ("name", "row"), [("directions.csv", "up,2,0,noun"), ("calendar.csv", "mon,weekday,x,no")]
)
def test_a_bad_row_of_a_word_file_names_the_file_and_line(tmp_path, monkeypatch, name, row):
    for path in config.LEXICON_DIR.glob("*.csv"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    with (tmp_path / name).open("a", encoding="utf-8") as handle:
        handle.write(row + "\n")
    monkeypatch.setattr(config, "LEXICON_DIR", tmp_path)
    with pytest.raises(InputError, match=rf"{name}.*line \d+"):
        wordlists.word_classes()
