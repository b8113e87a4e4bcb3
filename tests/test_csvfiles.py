"""Spreadsheet-safe CSVs: no written cell starts a formula, and the project reads its own files
back unchanged."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from eventreport import config, csvfiles, schema
from eventreport.article import load_article
from eventreport.extraction import draft as extract

TRICKY = [
    '=HYPERLINK("http://x","y")',
    "+1 555",
    "-",
    "-x",
    "@SUM(A1:A2)",
    "\tpadded",
    "\rcarriage",
    "'=already guarded",
    "''=twice",
    "'plain apostrophe",
    "plain",
    "-12",
    "+3.5",
    "-1e3",
    "",
    "a=b",
]


def written_cells(path: Path) -> list[str]:
    """Every cell of a CSV file as a spreadsheet would receive it (header excluded)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [cell for row in list(csv.reader(handle))[1:] for cell in row]


def assert_spreadsheet_safe(path: Path) -> None:
    """No cell starts with a formula character unless it is a number."""
    bad = [
        c
        for c in written_cells(path)
        if c.startswith(csvfiles.FORMULA_START) and not csvfiles.NUMBER.match(c)
    ]
    assert not bad, f"{path.name}: cells a spreadsheet would run: {bad}"


@pytest.mark.parametrize("value", TRICKY)
def test_neutralise_then_restore_is_the_identity(value):
    assert csvfiles.restore(csvfiles.neutralise(value)) == value


def test_written_file_is_safe_and_reads_back_unchanged(tmp_path):
    frame = pd.DataFrame({"text": pd.Series(TRICKY, dtype="string"), "n": range(len(TRICKY))})
    path = csvfiles.write_csv(frame, tmp_path / "t.csv")
    assert_spreadsheet_safe(path)
    cells = written_cells(path)
    assert '\'=HYPERLINK("http://x","y")' in cells and "-12" in cells and "a=b" in cells
    back = csvfiles.read_csv(path)
    assert back["text"].fillna("").tolist() == TRICKY


def test_events_file_with_formula_text_validates_back_to_the_same_values(tmp_path):
    seed = schema.load_events(
        config.EVENTS_DIR / "soleimani-baghdad-airport-2020-01-03.events.csv"
    )
    hostile = seed.assign(
        notes='=HYPERLINK("http://evil","click")', actor1="@SUM(1+1)", x_evidence="-rockets fell"
    )
    path = csvfiles.write_csv(hostile[schema.EVENT_COLUMNS], tmp_path / "h.events.csv")
    assert_spreadsheet_safe(path)
    back = schema.load_events(path)
    for column in ("notes", "actor1", "x_evidence", "x_goldstein", "latitude"):
        assert back[column].tolist() == hostile[column].tolist()


ARTICLE = (
    '---\ntitle: "Formula test"\npublished: 2020-01-10\n---\n'
    '=HYPERLINK("http://evil.example","Gunmen shot dead two shopkeepers in Basra on Monday.")\n'
    "@SUM(1) Three rockets struck a military base north of Basra on Thursday, "
    "killing four soldiers, officials said.\n"
)


def test_drafted_events_claims_and_evidence_are_safe_and_offsets_still_verify(tmp_path):
    article_path = tmp_path / "formula-article.txt"
    article_path.write_text(ARTICLE, encoding="utf-8")
    article = load_article(article_path, draft=True)
    events_path = extract.write(
        extract.extract(article), tmp_path / "out" / "formula-article.events.csv"
    )
    evidence_path = config.evidence_path_for(events_path)
    for path in (events_path, config.claims_path_for(events_path), evidence_path):
        assert_spreadsheet_safe(path)
    assert any(
        c.startswith("'=HYPERLINK") or c.startswith("'@SUM") for c in written_cells(evidence_path)
    )
    evidence = csvfiles.read_csv(evidence_path)
    assert evidence["sentence"].str.startswith(("=HYPERLINK", "@SUM")).any()
    for row in (
        evidence.itertuples()
    ):  # data/README.md: read the file back with the guard removed, then slice the text
        assert article.text[int(row.start) : int(row.end)] == row.phrase
        assert article.text[int(row.sentence_start) : int(row.sentence_end)] == row.sentence
