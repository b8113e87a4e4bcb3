"""Reports on an events file alone (an ACLED export), filtered by country and dates, and the
cross-check against ACLED."""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest
from conftest import Rendered

from eventreport import checks, config, parameters, schema
from eventreport.cli import main
from eventreport.errors import EventReportError
from eventreport.reporting import analysis, crosscheck
from eventreport.reporting.render import render

LAYOUTS = Path(__file__).parent / "fixtures" / "acled"
EXPORT = LAYOUTS / "crosscheck-baghdad-2020.csv"
SEED_EVENTS = config.EVENTS_DIR / "soleimani-baghdad-airport-2020-01-03.events.csv"


@pytest.fixture(scope="session")
def dataset_report(tmp_path_factory) -> Rendered:
    """The ACLED-layout fixture rendered with no article."""
    out = tmp_path_factory.mktemp("dataset") / "report"
    render({"article": "", "events": str(EXPORT), "output_dir": str(out)})
    return Rendered(out)


@pytest.fixture(scope="session")
def filtered_report(tmp_path_factory) -> Rendered:
    """The same export filtered to Iraq and three days, through the command line."""
    out = tmp_path_factory.mktemp("filtered") / "report"
    assert (
        main(
            [
                "render",
                "--events",
                str(EXPORT),
                "--country",
                "iraq",
                "--start",
                "2019-12-30",
                "--end",
                "2020-01-03",
                "--output-dir",
                str(out),
            ]
        )
        == 0
    )
    return Rendered(out)


@pytest.fixture(scope="session")
def crosscheck_report(tmp_path_factory) -> Rendered:
    """The seed article's report with the ACLED cross-check."""
    out = tmp_path_factory.mktemp("crosscheck") / "report"
    render({"article": str(config.DEFAULT_ARTICLE), "acled": str(EXPORT), "output_dir": str(out)})
    return Rendered(out)


@pytest.mark.render
def test_dataset_report_is_worded_as_a_report_on_the_data(dataset_report):
    text = dataset_report.text
    assert "The dataset holds 6 events between 29 December 2019 and 15 February 2020" in text
    assert "The article reports" not in text and "article's own sentences" not in text
    assert "Injured: not recorded" in text and "none reported" not in text
    headings = [
        h.get_text(" ", strip=True).rstrip("¶").strip() for h in dataset_report.soup.find_all("h2")
    ]
    assert headings == [
        "1. Summary",
        "2. Map of the places",
        "3. Escalation sequence",
        "4. Casualty figures",
        "5. Events",
        "6. Provenance",
    ]
    assert not dataset_report.soup.select("div.evidence")
    assert "Events of crosscheck-baghdad-2020.csv" in text
    assert "none: a report on the events file alone" in text
    assert (
        "derived from the ACLED sub-event type" in text
    )  # the escalation scores are marked as derived
    assert "The dataset holds 6 events" in dataset_report.pdf_text


@pytest.mark.render
def test_filtered_dataset_report_keeps_only_the_period_and_country(filtered_report):
    text = filtered_report.text
    assert "The dataset holds 3 events between 31 December 2019 and 3 January 2020" in text
    assert "in iraq from 2019-12-30 to 2020-01-03" in text
    events = schema.load_events(filtered_report.folder / "events.csv")
    assert sorted(events["event_id_cnty"]) == ["TST6002", "TST6003", "TST6004"]


@pytest.mark.render
def test_filter_that_keeps_nothing_says_what_the_file_holds(tmp_path):
    with pytest.raises(EventReportError) as info:
        render(
            {
                "article": "",
                "events": str(EXPORT),
                "country": "Chad",
                "output_dir": str(tmp_path / "r"),
            }
        )
    message = str(info.value)
    assert "no event in Chad" in message and "from 2019-12-29 to 2020-02-15, in Iraq" in message
    assert not (tmp_path / "r").exists()


@pytest.mark.parametrize(
    "values, fragment",
    [
        (
            {"start": "2020-13-01"},
            "'start' must be a day as YYYY-MM-DD or empty, got '2020-13-01'",
        ),
        ({"end": "3 January 2020"}, "'end' must be a day as YYYY-MM-DD or empty"),
        (
            {"start": "2020-02-01", "end": "2020-01-01"},
            "'start' 2020-02-01 is after 'end' 2020-01-01",
        ),
        (
            {"article": "", "events": str(EXPORT), "acled": str(EXPORT)},
            "'acled' cross-checks an article's events: give an article too",
        ),
        ({"country": 5}, "'country' must be str"),
    ],
)
def test_bad_filter_values_are_refused_before_any_work(values, fragment):
    with pytest.raises(EventReportError, match="bad parameter value") as info:
        parameters.validate(values)
    assert fragment in str(info.value)


def test_new_parameters_have_the_same_names_in_notebook_cli_and_makefile():
    names = list(parameters.defaults())
    assert names[-4:] == ["country", "start", "end", "acled"]
    makefile = (config.PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")
    for name in ("country", "start", "end", "acled"):
        assert f'--{name} "$({name.upper()})"' in makefile
    from eventreport.cli import build_parser

    render_parser = build_parser()._subparsers._group_actions[0].choices["render"]
    assert {a.dest for a in render_parser._actions} >= set(names)


def test_cross_check_pairs_the_seed_events_with_the_export():
    events = analysis.prepare(schema.load_events(SEED_EVENTS))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        export = schema.load_events(EXPORT)
    check = crosscheck.cross_check(events, export)
    paired = dict(
        zip(check.pairs["event_id_cnty"], check.pairs["event_id_cnty_acled"], strict=True)
    )
    assert paired == {
        "IRQ-20191229-01": "TST6001",
        "IRQ-20191231-01": "TST6002",
        "IRQ-20200103-01": "TST6004",
    }
    assert sorted(check.only_export["event_id_cnty"]) == [
        "TST6003",
        "TST6005",
    ]  # TST6006 lies outside the article's dates
    assert len(check.only_article) == 7 and set(check.only_article["event_type"]) == {
        "Strategic developments"
    }


@pytest.mark.render
def test_cross_check_section_in_the_report(crosscheck_report):
    text = crosscheck_report.text
    section = text[text.index("7. Cross-check against ACLED") :]
    print(section)  # the section as rendered
    assert "3 of the article's 10 events have a counterpart in the export" in section
    assert "The fatalities differ for 2 pairs" in section
    assert "E5 (8 against 10)" in section
    assert "The export records no injuries (the article: more than 50 injured)" in section
    assert (
        "Only in the ACLED export" in section and "TST6005" in section and "TST6006" not in section
    )
    assert "7. Cross-check against ACLED" in crosscheck_report.pdf_text


@pytest.mark.render
def test_article_report_without_acled_has_no_cross_check(seed_report):
    assert "Cross-check" not in seed_report.text


def write_big_export(path: Path, n: int = 1200) -> Path:
    """A fictional ACLED-layout export of `n` events piled on a few towns of Iraq, Syria and
    Afghanistan (past 64°E)."""
    import numpy as np
    import pandas as pd

    from eventreport import reference

    rng = np.random.default_rng(10)
    towns = pd.DataFrame(
        {
            "country": ["Iraq", "Iraq", "Syria", "Syria", "Afghanistan", "Afghanistan"],
            "iso": [368, 368, 760, 760, 4, 4],
            "location": ["Mosul", "Baghdad", "Hama", "Palmyra", "Kandahar", "Ghazni"],
            "latitude": [36.34, 33.34, 35.13, 34.56, 31.61, 33.55],
            "longitude": [43.13, 44.40, 36.75, 38.27, 65.71, 68.42],
        }
    )
    town = towns.iloc[rng.integers(0, len(towns), n)].reset_index(drop=True)
    kinds = reference.taxonomy().iloc[rng.integers(0, 25, n)].reset_index(drop=True)
    frame = pd.DataFrame(
        {
            "event_id_cnty": [f"TST{7000 + i}" for i in range(n)],
            "event_date": (
                pd.Timestamp("2020-01-01") + pd.to_timedelta(rng.integers(0, 730, n), unit="D")
            ).strftime("%Y-%m-%d"),
            "time_precision": rng.choice([1, 1, 1, 2, 3], n),
            "event_type": kinds["event_type"],
            "sub_event_type": kinds["sub_event_type"],
            "actor1": "Unidentified Armed Group (" + town["country"] + ")",
            "inter1": 3,
            "actor2": "Civilians (" + town["country"] + ")",
            "inter2": 7,
            "iso": town["iso"],
            "region": "Middle East",
            "country": town["country"],
            "admin1": "",
            "location": town["location"],
            "latitude": (town["latitude"] + rng.normal(0, 0.15, n)).round(4),
            "longitude": (town["longitude"] + rng.normal(0, 0.15, n)).round(4),
            "geo_precision": rng.choice([1, 2, 3], n),
            "source": "Fictional Monitor",
            "notes": "Fictional row written for the tests.",
            "fatalities": rng.poisson(1.2, n) * rng.integers(1, 4, n),
        }
    )
    frame.to_csv(path, index=False)
    return path


@pytest.fixture(scope="session")
def big_report(tmp_path_factory) -> Rendered:
    """A dataset report of 1,200 events over two years and three countries."""
    folder = tmp_path_factory.mktemp("big")
    render(
        {
            "article": "",
            "events": str(write_big_export(folder / "big-export.csv")),
            "output_dir": str(folder / "report"),
        }
    )
    return Rendered(folder / "report")


@pytest.mark.render
def test_a_thousand_events_render_a_readable_report(big_report):
    text = big_report.text
    assert "The dataset holds 1200 events" in text or "The dataset holds 1,200 events" in text
    captions = [
        c.get_text(" ", strip=True) for c in big_report.soup.select("figure.chart figcaption")
    ]
    assert "Shading: how many events each hexagonal cell holds" in captions[0]
    assert (
        "The 100 deadliest of 1,200 events are listed, in report order; the other 1,100 are in "
        "events.csv beside this report." in text
    )
    listed = [
        r.select_one("td").get_text() for r in big_report.soup.select("table.events tbody tr")
    ]
    kept = pd.read_csv(big_report.folder / "events.csv")  # every event stays in the data files
    assert len(kept) == 1200 and len(listed) == 100
    deadliest = kept["fatalities"].fillna(-1).rank(method="first", ascending=False) <= 100
    assert listed == kept.loc[deadliest, "ref"].tolist()  # the deadliest, in report order
    assert big_report.pdf_pages < 40
    for stem in ("map", "timeline", "casualties"):
        assert (big_report.folder / f"{stem}.png").stat().st_size > 10_000


def test_casualty_chart_title_clears_the_panel_titles_and_unknown_injuries_say_so(tmp_path):
    from eventreport.reporting import charts

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        events = analysis.prepare(schema.load_events(write_big_export(tmp_path / "big.csv")))
    fig = charts.casualty_figure(events, analysis.claims_with_refs(schema.empty_claims(), events))
    renderer = fig.canvas.get_renderer()
    title = fig._suptitle.get_window_extent(renderer)
    for ax in fig.axes:
        assert not title.overlaps(ax.title.get_window_extent(renderer)), ax.get_title()
    assert any("injured not recorded" in t.get_text() for t in fig.axes[1].texts)


def test_casualty_labels_cover_no_mark_no_other_label_and_stay_in_their_panel():
    """The seed article's airport strike has three claimants' figures (2, 5, 8) beside the coded
    tick at 8: each figure's label must stand clear of every dot, arrow, tick and bar and of the
    other labels, and the victim-group words under a bar must stay inside their panel."""
    from matplotlib.text import Annotation

    from eventreport.reporting import charts

    article = config.DEFAULT_ARTICLE
    events, claims, _ = checks.validate(config.events_path_for(article), article)
    prepared = analysis.prepare(events, claims)
    fig = charts.casualty_figure(prepared, analysis.claims_with_refs(claims, prepared))
    renderer = fig.canvas.get_renderer()
    killed = fig.axes[0]
    words = [t for t in killed.texts if isinstance(t, Annotation) and t.get_text()]
    labels = [t for t in words if not t.get_text().startswith("by victim group")]
    assert sorted(t.get_text() for t in labels) == ["25", "5", "8", "at least 2"]
    marks = [a.get_window_extent(renderer) for a in [*killed.lines, *killed.patches]]
    marks += [t.arrow_patch.get_window_extent(renderer) for t in killed.texts if t.arrow_patch]
    boxes = {t.get_text(): t.get_window_extent(renderer) for t in words}
    for text, box in boxes.items():
        others = [b for name, b in boxes.items() if name != text]
        assert not any(box.overlaps(b) for b in others), text
        if text in {t.get_text() for t in labels}:
            assert not any(box.overlaps(m) for m in marks), text
    panel = killed.get_window_extent(renderer)
    for text in ("by victim group: 25 armed group", "by victim group: 5 armed group"):
        assert panel.x0 <= boxes[text].x0 and boxes[text].x1 <= panel.x1, text


def test_an_article_that_states_no_toll_is_not_shown_as_zero_killed():
    """The Syrian strike of 29 December is told with no toll of its own: its ACLED fatalities
    column holds 0, but the report's figure is unknown. An ACLED export's row (no article
    evidence) keeps ACLED's recorded 0."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        events = schema.load_events(
            config.EVENTS_DIR / "kataib-hezbollah-us-strikes-2019-12-31.events.csv"
        )
    article = analysis.prepare(events).set_index("event_id_cnty")["killed"]
    assert article["SYR-20191229-01"] is None
    assert article["IRQ-20191229-01"].text() == "more than 25"
    exported = analysis.prepare(events.assign(x_evidence=pd.NA)).set_index("event_id_cnty")
    assert exported.loc["SYR-20191229-01", "killed"].text() == "0"


@pytest.mark.render
def test_a_report_on_an_article_that_states_no_toll_says_so(tmp_path):
    """Missiles with no casualties reported: the summary says no toll is stated, never 0."""
    article = config.ARTICLES_DIR / "ain-al-asad-erbil-missile-strikes-2020-01-09.txt"
    params = {"article": str(article), "output_dir": str(tmp_path / "r")}
    folder = render(params, formats=("html",))
    text = " ".join((folder / "report.html").read_text(encoding="utf-8").split())
    assert "Killed: not recorded</b> (no event has a toll stated)" in text
    assert "Killed: 0" not in text
