"""Issue 7, class (a): an event the text gives no date is left undated, end to end, never stamped
with the publication
date: the draft (empty event_date, time precision 3, a note, low confidence), the schema, the
evaluation, the collection
merge and the report (summary, timeline note, events table). The article is written for these
tests."""

from __future__ import annotations

import pandas as pd
import pytest

from eventreport import schema
from eventreport.article import load_article
from eventreport.collection import merge
from eventreport.errors import InputError
from eventreport.extraction import draft, evaluate
from eventreport.reporting import analysis, charts
from eventreport.reporting.render import render

PUBLISHED = "2020-03-10"
TEXT = (
    "Gunmen killed five people at a market in Mosul on Monday, police said.\n\n"
    "The attack was the deadliest in the city this year.\n\n"
    "Separately, a roadside bomb hit an army patrol near Tikrit, wounding two soldiers, a "
    "military source said."
)


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "undated-roadside-bomb-2020-03-10.txt"
    path.write_text(
        f'---\ntitle: "Gunmen kill five at a market in Mosul"\noutlet: "Test"\npublished: '
        f"{PUBLISHED}\n---\n"
        f"{TEXT}\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def written(article, tmp_path):
    extraction = draft.extract(load_article(article, draft=True))
    return extraction, draft.write(extraction, tmp_path / "out" / "undated.events.csv")


def test_an_act_told_later_without_a_date_is_left_undated_and_flagged(written):
    extraction, _ = written
    events = extraction.events.set_index("location")
    mosul, tikrit = events.loc["Mosul"], events.filter(like="Tikr", axis=0).iloc[0]
    assert (mosul["event_date"], mosul["time_precision"]) == ("2020-03-09", 1)
    assert (tikrit["event_date"], tikrit["time_precision"]) == ("", 3)
    assert tikrit["event_id_cnty"] == "IRQ-undated-X01"
    assert "left undated" in tikrit["notes"] and PUBLISHED not in tikrit["notes"]
    assert any("IRQ-undated-X01: date unresolved" in w for w in extraction.warnings)
    evidence = extraction.evidence.query(
        "event_id_cnty == 'IRQ-undated-X01' and field == 'event_date'"
    )
    assert list(evidence["confidence"]) == ["low"] and list(evidence["value"]) == [""]


def test_the_lead_event_without_a_date_keeps_the_publication_day_flagged(tmp_path):
    path = tmp_path / "lead.txt"
    path.write_text(
        f"---\ntitle: T\npublished: {PUBLISHED}\n---\nGunmen attacked a convoy in Tikrit, "
        f"killing three guards.\n",
        encoding="utf-8",
    )
    event = draft.extract(load_article(path, draft=True)).events.iloc[0]
    assert (event["event_date"], event["time_precision"]) == (PUBLISHED, 3)
    assert "the lead event is coded to the publication date" in event["notes"]


def test_the_schema_reads_an_empty_date_only_with_time_precision_3(written, tmp_path):
    _, path = written
    events = schema.load_events(path)
    assert events["event_date"].isna().sum() == 1
    assert events.loc[events["event_date"].isna(), "time_precision"].tolist() == [3]
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.loc[frame["event_date"] == "", "time_precision"] = "1"
    bad = tmp_path / "bad.events.csv"
    frame.to_csv(bad, index=False)
    with pytest.raises(InputError) as caught:
        schema.load_events(bad)
    assert "time_precision 3 for an event whose date is not stated" in str(caught.value)


def test_an_undated_draft_matches_no_curated_event(written):
    _, path = written
    found = schema.load_events(path)
    curated = found.assign(event_date=pd.Timestamp(PUBLISHED))  # a curator who dated everything
    pairs = evaluate.pairs(curated, found, same_type=True, max_days=7, placed=True)
    undated = found.index[found["event_date"].isna()][0]
    assert undated not in {e for _, e in pairs} and len(pairs) == 1


def test_the_timeline_draws_dated_events_and_names_the_undated_apart(written):
    _, path = written
    prepared = analysis.prepare(schema.load_events(path))
    assert charts.undated_note(prepared).endswith(
        prepared.loc[prepared["event_date"].isna(), "ref"].iloc[0]
    )
    figure = charts.timeline_figure(prepared)
    assert "Date not stated in the text" in figure.axes[0].get_xlabel()
    alone = charts.timeline_figure(prepared[prepared["event_date"].isna()])
    assert "Date not stated" in alone.axes[0].texts[0].get_text()


def test_an_undated_event_is_never_merged_with_another_article(written):
    _, path = written
    events = schema.load_events(path).assign(
        article_id=["a", "b"], published=pd.Timestamp(PUBLISHED), drafted=True
    )
    rows = list(events.itertuples())
    assert merge.pair_score(rows[0], rows[1]) is None


@pytest.mark.render
def test_the_report_shows_an_undated_event_as_such_and_never_at_the_publication_date(
    article, written, tmp_path
):
    _, events = written
    folder = render(
        {
            "article": str(article),
            "events": str(events),
            "output_dir": str(tmp_path / "report"),
        },
        formats=("html",),
    )
    html = (folder / "report.html").read_text(encoding="utf-8")
    assert "(1 event with no date stated)" in html
    assert "Date not stated in the text (not on the time axis): E2" in html
    assert "date not stated (p3)" in html and "date not stated \u00b7" in html
    assert html.count("10 March 2020") == 1  # the article's publication line, and no event
