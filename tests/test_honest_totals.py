"""Issue 7, item 5 (honest drafts): a collection's summary says how much of its toll rests on
machine-drafted figures, and its incidents table marks each drafted toll, as the article report's
summary does for its totals and its deadliest event."""

from __future__ import annotations

from eventreport.collection import report
from eventreport.reporting.analysis import Figure
from eventreport.reporting.snippets import snippet

SUMMARY = dict(
    n_articles=3,
    n_reported=5,
    n_incidents=4,
    first="2 January 2020",
    last="8 January 2020",
    n_kinetic=3,
    n_statements=1,
    n_shared=1,
    n_disagreeing=0,
    n_killed=12,
    n_killed_incidents=2,
    table="",
    excluded=[],
)


def test_a_drafted_toll_is_marked_in_the_incidents_table():
    ten = Figure(10, 8, 10, False)
    assert report.killed_cell(ten, True) == "8\u201310 (machine draft)"
    assert report.killed_cell(ten, False) == "8\u201310"
    assert report.killed_cell(None, True) == "\u2013"


def test_the_summary_says_how_much_of_the_toll_rests_on_drafted_figures():
    text = snippet(
        "collection_summary.html.j2", **SUMMARY, n_killed_drafted=2, n_drafted_incidents=1
    )
    assert "<b>12</b> in 2 incidents, of which <b>2</b> in 1 incident rest on figures drafted" in (
        text
    )
    assert "not checked by an analyst" in text


def test_a_summary_of_curated_figures_only_says_nothing_of_drafts():
    text = snippet(
        "collection_summary.html.j2", **SUMMARY, n_killed_drafted=0, n_drafted_incidents=0
    )
    assert "drafted" not in text and "<b>12</b> in 2 incidents; how the figures" in text
