"""`make evaluate`: the matching rules, the split from the front matter, the metrics table and the
log of test looks."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import sys

import pandas as pd
import pytest

from eventreport import config, schema
from eventreport.errors import InputError
from eventreport.extraction import evaluate

KM_PER_DEGREE = 111.2  # one degree of latitude, near enough for placing test points
DAY = pd.Timestamp("2021-03-05")


def event(
    event_id: str,
    km_north: float = 0.0,
    *,
    event_type: str = "Battles",
    sub_event_type: str = "Armed clash",
    date: pd.Timestamp = DAY,
    raw: str = "Tougan",
    precision: int = 1,
    iso: int = 854,
    country: str = "Burkina Faso",
    fatalities: int = 0,
) -> dict:
    """One events row with the columns the matching reads, `km_north` of 13°N 3°W."""
    return {
        "event_id_cnty": event_id,
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "event_date": date,
        "latitude": 13.0 + km_north / KM_PER_DEGREE,
        "longitude": -3.0,
        "geo_precision": precision,
        "x_location_raw": raw,
        "iso": iso,
        "country": country,
        "fatalities": fatalities,
        "x_injuries_low": pd.NA,
    }


def comparison(curated: list[dict], drafted: list[dict]) -> evaluate.Comparison:
    """A Comparison of small hand-made frames, with no claims."""
    claims = pd.DataFrame({"event_id_cnty": [], "claimant": [], "metric": [], "low": []})
    return evaluate.Comparison("toy", pd.DataFrame(curated), claims, pd.DataFrame(drafted), claims)


@pytest.mark.parametrize(
    "raw, precision, km, matches",
    [
        ("Tougan", 1, 20, True),  # named place: within 25 km
        ("Tougan", 1, 30, False),
        ("near the village of Dounkoun", 2, 40, True),  # "near": within 50 km
        ("near the village of Dounkoun", 2, 60, False),
        ("30 km east of Tougan", 2, 45, True),  # distance and direction from a town: "near"
        ("outside Tougan", 2, 49, True),
        ("the southern part of the city", 2, 30, False),  # part of a town is still a named place
        ("", 3, 800, True),  # country only: any distance in the same country
        ("Burkina Faso", 3, 800, True),
    ],
)
def test_place_tolerance_follows_the_curated_place_phrase(raw, precision, km, matches):
    pair = comparison([event("C1", raw=raw, precision=precision)], [event("X1", km)]).matched()
    assert (pair == [(0, 0)]) is matches


def test_country_only_needs_the_same_country():
    elsewhere = event("X1", 5, iso=466, country="Mali")
    assert comparison([event("C1", raw="", precision=3)], [elsewhere]).matched() == []
    assert comparison([event("C1", raw="", precision=3)], [event("X1", 5)]).matched() == [(0, 0)]


def test_a_named_region_allows_fifty_km():
    region = event("C1", raw="Sourou province", precision=3)
    assert comparison([region], [event("X1", 45)]).matched() == [(0, 0)]
    assert comparison([region], [event("X1", 55)]).matched() == []


def test_a_curated_event_whose_location_is_its_country_needs_the_same_country():
    # kataib-hezbollah-us-strikes-2019-12-29: "in Iraq and Syria" coded as Iraq, precision 3
    curated = {**event("C1", raw="in Iraq and Syria", precision=3), "location": "Burkina Faso"}
    unlocated = {**event("X1", precision=3), "latitude": pd.NA, "longitude": pd.NA}
    assert comparison([curated], [unlocated]).matched() == [(0, 0)]


def test_events_lost_on_place_count_unmatched_pairs_of_type_and_date():
    toy = comparison([event("C1"), event("C2", 300)], [event("X1", 2), event("X2", 900)])
    assert evaluate.place_loss_metrics([toy]) == [("events lost on place", 0.5, 1, 2)]
    other_day = event("X2", 900, date=DAY + pd.Timedelta(days=1))
    assert evaluate.place_loss_metrics([comparison([event("C1")], [other_day])]) == [
        ("events lost on place", 0.0, 0, 1)
    ]


def test_type_and_date_must_agree():
    other_type = event("X1", event_type="Riots", sub_event_type="Violent demonstration")
    assert comparison([event("C1")], [other_type]).matched() == []
    next_day = event("X1", date=DAY + pd.Timedelta(days=1))
    pair = comparison([event("C1")], [next_day])
    assert pair.matched() == []
    assert evaluate.date_metrics([pair]) == [
        ("date right", 0.0, 0, 1)
    ]  # paired within a week, wrong day


def test_an_unlocated_draft_never_matches_a_named_place():
    unlocated = {**event("X1"), "latitude": pd.NA, "longitude": pd.NA}
    assert comparison([event("C1")], [unlocated]).matched() == []


def test_pairs_are_one_to_one_and_nearest_first():
    pair = comparison([event("C1"), event("C2", 10)], [event("X1", 9), event("X2", 1)])
    assert sorted(pair.matched()) == [(0, 1), (1, 0)]


def test_metrics_table_counts_precision_recall_and_f1():
    toy = comparison(
        [event("C1"), event("C2", 300, fatalities=4)],
        [event("X1", 3), event("X2", 300, fatalities=4), event("X3", 900)],
    )
    table = evaluate.metrics_table([toy]).set_index("metric")
    assert table.loc["event precision", ["part", "whole"]].tolist() == [2, 3]
    assert table.loc["event recall", ["part", "whole"]].tolist() == [2, 2]
    assert table.loc["event F1", "value"] == pytest.approx(0.8)
    assert table.loc["casualty figures exact", "value"] == 1.0
    assert table.loc["median place error km", "value"] == pytest.approx(1.5, abs=0.01)


def test_matched_on_its_sentence_counts_matches_the_quoted_sentence_bears_out():
    said = "The ministry condemned the attack on Tuesday."
    told = "Gunmen attacked the village of Tougan."
    curated = [
        {**event("C1"), "x_evidence": said},
        {**event("C2", 300, sub_event_type="Attack"), "x_evidence": told},
    ]
    drafted = [
        {**event("X1", 2), "x_evidence": f"{said} | The army said it repelled them."},
        {**event("X2", 300, sub_event_type="Attack"), "x_evidence": "Officials spoke in Ouaga."},
    ]
    table = evaluate.metrics_table([comparison(curated, drafted)]).set_index("metric")
    assert table.loc["event recall", ["part", "whole"]].tolist() == [2, 2]
    assert table.loc["matched on its sentence", ["part", "whole"]].tolist() == [1, 2]


def test_every_metric_function_feeds_the_table():
    table = evaluate.metrics_table([comparison([event("C1")], [event("X1")])])
    names = set(table["metric"])
    for function in evaluate.METRICS:
        assert {row[0] for row in function([comparison([event("C1")], [event("X1")])])} <= names


def test_confusion_pairs_across_types_after_the_matches():
    toy = comparison(
        [event("C1", event_type="Riots", sub_event_type="Violent demonstration"), event("C2")],
        [event("X1", event_type="Protests", sub_event_type="Peaceful protest")],
    )
    table = evaluate.confusion_table([toy])
    assert table.loc["Violent demonstration", "Peaceful protest"] == 1
    assert table.loc["Armed clash", evaluate.NONE] == 1


def write_article(folder, name: str, split: str | None) -> None:
    """An article with front matter (and an events file beside it, so that it counts as
    curated)."""
    extra = f"split: {split}\n" if split else ""
    (folder / "articles" / f"{name}.txt").write_text(
        f"---\ntitle: T\npublished: 2021-03-05\n{extra}---\nText.\n", encoding="utf-8"
    )
    (folder / "events" / f"{name}.events.csv").write_text("", encoding="utf-8")


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """An empty corpus in tmp_path: data/articles, data/events and a CURATION.md."""
    for name in ("articles", "events"):
        (tmp_path / name).mkdir()
    monkeypatch.setattr(config, "ARTICLES_DIR", tmp_path / "articles")
    monkeypatch.setattr(config, "EVENTS_DIR", tmp_path / "events")
    monkeypatch.setattr(config, "CURATION_MD", tmp_path / "events" / "CURATION.md")
    return tmp_path


def test_the_split_comes_from_the_front_matter(corpus):
    write_article(corpus, "a-dev", "dev")
    write_article(corpus, "b-none", None)
    write_article(corpus, "c-test", "test")
    (corpus / "articles" / "d-uncoded.txt").write_text(
        "---\ntitle: T\npublished: 2021-03-05\n---\nText.\n"
    )
    assert [p.stem for p in evaluate.split_articles("dev")] == ["a-dev", "b-none"]
    assert [p.stem for p in evaluate.split_articles("test")] == ["c-test"]


def test_an_unknown_split_is_refused_with_the_file(corpus):
    write_article(corpus, "a-dev", "validation")
    with pytest.raises(
        InputError, match=r"a-dev\.txt.*split 'validation' is not one of dev, test"
    ):
        evaluate.split_articles("dev")


def test_a_look_at_test_creates_the_log_and_appends_rows(corpus):
    path = config.CURATION_MD
    path.write_text("# Curation notes\n\nSome notes.\n", encoding="utf-8")
    table = evaluate.metrics_table([comparison([event("C1")], [event("X1")])])
    first = evaluate.log_look(table, 1, when=dt.datetime(2026, 12, 1, 23, 0))
    path.write_text(path.read_text() + "\n## Later section\n\nMore.\n", encoding="utf-8")
    second = evaluate.log_look(table, 1, when=dt.datetime(2026, 12, 2, 9, 30))
    lines = path.read_text().split("\n")
    start = lines.index(evaluate.LOG_HEADING)
    assert lines[start + 4 : start + 8] == [
        "| date (UTC) | commit | articles | scores |",
        "|---|---|---|---|",
        first,
        second,
    ]
    assert "event F1 1.00" in first and first.startswith("| 2026-12-01 23:00 |")
    assert lines.index("## Later section") > lines.index(second)


def test_make_evaluate_on_the_test_split_logs_the_look(corpus, capsys):
    """A copy of a dev article marked `split: test` in a scratch corpus: the real test split is
    never run here."""
    source = config.PROJECT_ROOT / "data"
    text = (source / "articles" / "douma-market-airstrike-2015-08-16.txt").read_text(
        encoding="utf-8"
    )
    (corpus / "articles" / "douma.txt").write_text(
        text.replace("split: dev\n", "split: test\n"), encoding="utf-8"
    )
    for suffix in (".events.csv", ".claims.csv"):
        shutil.copy(
            source / "events" / f"douma-market-airstrike-2015-08-16{suffix}",
            corpus / "events" / f"douma{suffix}",
        )
    config.CURATION_MD.write_text("# Curation notes\n", encoding="utf-8")
    assert evaluate.main(["--split", "dev"]) == 0
    assert "no curated articles in the dev split" in capsys.readouterr().out
    assert evaluate.LOG_HEADING not in config.CURATION_MD.read_text()
    assert evaluate.main(["--split", "test"]) == 0
    out = capsys.readouterr().out
    assert "== test split: 1 articles ==" in out and "event F1" in out
    log = config.CURATION_MD.read_text()
    assert evaluate.LOG_HEADING in log and log.rstrip().split("\n")[-1].startswith("| ")


def test_a_look_at_test_is_logged_even_when_its_output_is_cut_short(corpus, monkeypatch):
    """`make evaluate SPLIT=test | head` closes the pipe early: the look was still taken, so its
    row must be written before the tables are printed."""
    write_article(corpus, "c-test", "test")
    config.CURATION_MD.write_text("# Curation notes\n", encoding="utf-8")
    table = evaluate.metrics_table([comparison([event("C1")], [event("X1")])])
    monkeypatch.setattr(evaluate, "evaluate", lambda *args: {"metrics": table})

    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError("the reader of the output has gone")

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    with pytest.raises(BrokenPipeError):
        evaluate.main(["--split", "test"])
    last = config.CURATION_MD.read_text().rstrip().split("\n")[-1]
    assert last.startswith("| ") and "event F1 1.00" in last


def test_an_extractor_crash_is_recorded_for_its_article(monkeypatch, capsys):
    def broken(article):
        raise TypeError("boom")

    monkeypatch.setattr(evaluate.draft, "extract", broken)
    result = evaluate.compare(config.ARTICLES_DIR / "douma-market-airstrike-2015-08-16.txt")
    assert result.error == "extraction failed: TypeError: boom" and result.found.empty
    assert "douma-market-airstrike-2015-08-16.txt: extraction failed" in capsys.readouterr().err
    assert evaluate.article_table([result]).loc[0, "note"] == result.error


def test_misses_list_the_unmatched_curated_and_drafted_events_of_each_article():
    told = {"location": "Tougan", "x_evidence": "Gunmen attacked Tougan. | Six died."}
    toy = comparison(
        [{**event("C1"), **told}, {**event("C2", 300), **told}],
        [{**event("X1", 3), **told}, {**event("X2", 900), "location": pd.NA, "x_evidence": ""}],
    )
    misses = evaluate.misses_table([toy])
    assert misses[["side", "event_date", "sub_event_type"]].values.tolist() == [
        ["curated", "2021-03-05", "Armed clash"],
        ["drafted", "2021-03-05", "Armed clash"],
    ]
    assert misses["quote"].tolist() == ["Gunmen attacked Tougan.", ""]
    text = evaluate.misses_text(misses)
    assert misses["cause"].tolist() == [evaluate.PLACE_BEYOND] * 2
    assert text.splitlines() == [
        "toy",
        "  - 2021-03-05  Armed clash at Tougan [place beyond the bar: 600 km]: Gunmen attacked"
        " Tougan.",
        "  + 2021-03-05  Armed clash at (no place) [place beyond the bar: 600 km]: ",
    ]


# --- why events are unmatched (the cause table) ------------------------------------------------


def told(sentence: str, **values) -> dict:
    """An event of `event()` quoting `sentence` as its evidence."""
    return {**event(values.pop("event_id", "E"), **values), "x_evidence": sentence}


def causes(toy: evaluate.Comparison) -> dict[str, list[str]]:
    """The cause of each unmatched event by side, in row order."""
    found = evaluate.loss_causes(toy)
    return {side: [found[side][i].cause for i in sorted(found[side])] for side in found}


def test_a_draft_of_the_same_sentence_names_the_first_criterion_it_fails():
    later = DAY + pd.Timedelta(days=1)
    toy = comparison(
        [
            told("Rebels shelled Tougan.", event_id="C1"),
            told("Police arrested ten.", event_id="C2"),
            told("A bomb hit Di.", event_id="C3"),
            told("Mortars fell on Gassan.", event_id="C4"),
        ],
        [
            told("Rebels shelled Tougan.", event_id="X1", event_type="Riots"),
            told("Police arrested ten.", event_id="X2", date=later),
            {**told("A bomb hit Di.", event_id="X3"), "event_date": pd.NaT},
            told("Mortars fell on Gassan.", event_id="X4", km_north=40),
        ],
    )
    expected = [
        evaluate.TYPE_DIFFERS,
        evaluate.DATE_DIFFERS,
        evaluate.UNDATED,
        evaluate.PLACE_BEYOND,
    ]
    assert causes(toy) == {"curated": expected, "drafted": expected}
    assert evaluate.loss_causes(toy)["curated"][3].detail == "40 km"


def test_the_first_criterion_is_the_type_even_when_the_date_differs_too():
    toy = comparison(
        [told("Rebels shelled Tougan.", event_id="C1")],
        [
            told(
                "Rebels shelled Tougan.",
                event_id="X1",
                event_type="Riots",
                date=DAY + pd.Timedelta(days=3),
            )
        ],
    )
    assert causes(toy) == {"curated": [evaluate.TYPE_DIFFERS], "drafted": [evaluate.TYPE_DIFFERS]}


def test_a_country_only_event_in_another_country_says_so():
    toy = comparison(
        [told("Both armies clashed.", event_id="C1", raw="", precision=3)],
        [told("Both armies clashed.", event_id="X1", iso=466, country="Mali", precision=3)],
    )
    loss = evaluate.loss_causes(toy)["curated"][0]
    assert (loss.cause, loss.detail) == (evaluate.PLACE_BEYOND, "another country")


def test_events_without_a_partner_are_folded_missing_extra_or_second():
    both = "Gunmen attacked Tougan and Di."
    toy = comparison(
        [
            told(f"{both} | Six died.", event_id="C1"),  # matched by X1
            told(both, event_id="C2", km_north=200),  # its sentence's only draft went to C1
            told("Soldiers fought at Gassan.", event_id="C3", km_north=400),  # no draft at all
        ],
        [
            told(both, event_id="X1"),
            told("Six died.", event_id="X2", km_north=800, event_type="Riots"),  # a second draft
            told("The minister spoke.", event_id="X3", km_north=900, event_type="Riots"),
        ],
    )
    assert causes(toy) == {
        "curated": [evaluate.FOLDED, evaluate.NO_DRAFT],
        "drafted": [evaluate.SECOND, evaluate.EXTRA],
    }
    found = evaluate.loss_causes(toy)
    assert found["curated"][1].detail == "C1: place beyond the bar (200 km)"
    assert found["drafted"][1].detail == "C1"


def test_a_draft_of_another_sentence_pairs_by_type_and_date():
    toy = comparison(
        [told("Rebels shelled Tougan.", event_id="C1")],
        [told("The shelling lasted hours.", event_id="X1", km_north=60)],
    )
    assert causes(toy) == {"curated": [evaluate.PLACE_BEYOND], "drafted": [evaluate.PLACE_BEYOND]}


def test_the_cause_table_counts_and_shares_each_side():
    toy = comparison(
        [told("Rebels shelled Tougan.", event_id="C1"), told("Soldiers fought.", event_id="C2")],
        [told("Rebels shelled Tougan.", event_id="X1", event_type="Riots")],
    )
    table = evaluate.cause_table([toy])
    assert list(table.columns) == evaluate.CAUSE_COLUMNS
    assert table[["side", "cause", "events"]].values.tolist() == [
        ["curated", evaluate.TYPE_DIFFERS, 1],  # ties in the order of the causes' names
        ["curated", evaluate.NO_DRAFT, 1],
        ["drafted", evaluate.TYPE_DIFFERS, 1],
    ]
    assert table["share"].tolist() == [0.5, 0.5, 1.0]
    perfect = comparison([told("Rebels shelled Tougan.")], [told("Rebels shelled Tougan.")])
    assert evaluate.cause_table([perfect]).empty


def test_a_failed_extraction_loses_every_curated_event_to_it():
    toy = evaluate.Comparison(
        "toy", pd.DataFrame([told("Rebels shelled Tougan.")]), pd.DataFrame(), None, None, "boom"
    )
    assert causes(toy) == {"curated": [evaluate.FAILED], "drafted": []}


def test_every_unmatched_event_of_a_drafted_dev_article_has_a_cause():
    """The real extractor on a dev article: the causes explain exactly the unmatched events."""
    result = evaluate.compare(config.ARTICLES_DIR / "north-sinai-police-killing-2014-06-28.txt")
    found = evaluate.loss_causes(result)
    matched = result.matched()
    assert len(found["curated"]) == len(result.curated) - len(matched) > 0
    assert len(found["drafted"]) == len(result.found) - len(matched)
    named = {
        evaluate.NO_DRAFT,
        evaluate.FOLDED,
        evaluate.TYPE_DIFFERS,
        evaluate.DATE_DIFFERS,
        evaluate.UNDATED,
        evaluate.PLACE_BEYOND,
        evaluate.EXTRA,
        evaluate.SECOND,
    }
    assert {loss.cause for side in found.values() for loss in side.values()} <= named
    misses = evaluate.misses_table([result])
    assert misses["cause"].notna().all() and len(misses) == sum(map(len, found.values()))


def test_misses_are_refused_for_the_test_split(corpus, capsys):
    with pytest.raises(SystemExit) as exit_info:
        evaluate.main(["--split", "test", "--misses"])
    assert exit_info.value.code == 2
    assert "--misses lists events of the dev split only" in capsys.readouterr().err
    assert not config.CURATION_MD.exists()


def test_articles_choose_dev_articles_in_the_order_given(corpus):
    for name in ("a-dev", "b-dev", "c-dev"):
        write_article(corpus, name, "dev")
    dev = evaluate.split_articles("dev")
    chosen = evaluate.chosen_articles(["c-dev", "a-dev", "c-dev"], dev)
    assert [p.stem for p in chosen] == ["c-dev", "a-dev"]


def test_articles_are_separated_by_commas_or_spaces():
    """A list pasted from the shell ('a b') names two ids, not one id with a space in it."""
    args = evaluate.build_parser().parse_args(["--articles", " a-dev b-dev,c-dev ,\nd-dev "])
    assert args.articles == ["a-dev", "b-dev", "c-dev", "d-dev"]


def test_articles_refuse_an_unknown_a_test_and_an_uncoded_id_naming_each(corpus):
    write_article(corpus, "a-dev", "dev")
    write_article(corpus, "c-test", "test")
    (corpus / "articles" / "d-uncoded.txt").write_text(
        "---\ntitle: T\npublished: 2021-03-05\n---\nText.\n", encoding="utf-8"
    )
    ids = ["a-dev", "nope", "c-test", "d-uncoded"]
    with pytest.raises(InputError) as error:
        evaluate.chosen_articles(ids, evaluate.split_articles("dev"))
    nope, test, uncoded = error.value.problems
    assert nope.startswith("no article 'nope' (no nope.txt in ")
    assert test == "'c-test' is a test article: --articles scores dev articles only"
    assert uncoded == "'d-uncoded' has no curated d-uncoded.events.csv"


def test_make_evaluate_articles_refuses_a_test_id_and_the_test_split(corpus, capsys):
    write_article(corpus, "a-dev", "dev")
    write_article(corpus, "c-test", "test")
    for argv in (["--articles", "a-dev,c-test"], ["--split", "test", "--articles", "c-test"]):
        with pytest.raises(SystemExit) as exit_info:
            evaluate.main(argv)
        assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "'c-test' is a test article" in err and "--articles scores dev articles only" in err
    assert not config.CURATION_MD.exists()


def test_make_evaluate_articles_scores_only_the_articles_named(corpus, capsys):
    source = config.PROJECT_ROOT / "data"
    for name in ("douma", "douma-again"):
        shutil.copy(
            source / "articles" / "douma-market-airstrike-2015-08-16.txt",
            corpus / "articles" / f"{name}.txt",
        )
        for suffix in (".events.csv", ".claims.csv"):
            shutil.copy(
                source / "events" / f"douma-market-airstrike-2015-08-16{suffix}",
                corpus / "events" / f"{name}{suffix}",
            )
    assert evaluate.main(["--articles", " douma "]) == 0
    out = capsys.readouterr().out
    assert "== dev split: 1 articles ==" in out and "event F1" in out
    assert "douma-again" not in out


def test_figure_misses_list_wrong_figures_and_claims_of_matched_events():
    told = {"x_evidence": "Gunmen attacked Tougan, killing four. | Six died."}
    curated = [{**event("C1", fatalities=6), **told}]
    drafted = [{**event("X1", fatalities=4), **told}]
    claims = pd.DataFrame(
        {
            "event_id_cnty": ["C1", "C1", "C1"],
            "claimant": ["the army", "the army", "residents"],
            "metric": ["killed", "injured", "killed"],
            "low": [6, 3, 4],
            "quote": ["Six died", "three were wounded", "killing four"],
        }
    )
    drafts = pd.DataFrame(
        {"event_id_cnty": ["X1"], "claimant": ["unattributed"], "metric": ["killed"], "low": [4]}
    )
    toy = evaluate.Comparison("toy", pd.DataFrame(curated), claims, pd.DataFrame(drafted), drafts)
    misses = evaluate.figure_misses_table([toy])
    assert misses[["what", "curated", "drafted"]].values.tolist() == [
        ["fatalities", "6", "4"],
        ["claim not found", "killed 6 (the army)", "killed 4 (unattributed)"],
        ["claim not found", "injured 3 (the army)", "killed 4 (unattributed)"],
        ["claimant wrong", "killed 4 (residents)", "killed 4 (unattributed)"],
    ]
    assert evaluate.figure_misses_text(misses).splitlines()[:3] == [
        "toy",
        "  C1 fatalities: 6 -> 4",
        "      Gunmen attacked Tougan, killing four.",
    ]


# --- a second coding scored against the gold (`make agreement`) -------------------------------

CODED = "ain-al-asad-erbil-missile-strikes-2020-01-09"
"""A dev article whose gold has several events, claims and links: its copy is the second coding."""


@pytest.fixture
def second_coding(tmp_path):
    """A folder holding a copy of the gold files of CODED, as a second coder would lay them out."""
    for path in config.EVENTS_DIR.glob(f"{CODED}.*.csv"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def agreement(folder) -> pd.Series:
    """The metrics of CODED's second coding in `folder` against its gold, by name."""
    table = evaluate.evaluate("dev", [config.ARTICLES_DIR / f"{CODED}.txt"], folder)["metrics"]
    return table.set_index("metric")["value"]


def edit_first_event(folder, **values: str) -> None:
    """Overwrite cells of the second coding's first event."""
    path = folder / f"{CODED}.events.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    for column, value in values.items():
        frame.loc[0, column] = value
    frame.to_csv(path, index=False)


def test_a_copy_of_the_gold_agrees_fully(second_coding):
    scores = agreement(second_coding)
    for metric in ("event F1", "date right", "casualty figures exact", "claimant right"):
        assert scores[metric] == 1.0, metric
    assert scores["sub-event type right"] == 1.0 and scores["link F1"] == 1.0
    assert scores["place outside bar"] == 0.0


def test_a_second_coding_with_another_date_loses_that_event(second_coding):
    dates = schema.load_events(second_coding / f"{CODED}.events.csv")["event_date"]
    events, first = len(dates), pd.Timestamp(dates.iloc[0])
    edit_first_event(second_coding, event_date=(first - pd.Timedelta(days=1)).strftime("%Y-%m-%d"))
    scores = agreement(second_coding)
    assert scores["event F1"] == pytest.approx((events - 1) / events)
    assert scores["date right"] < 1.0  # still paired within a week, on the wrong day


def test_a_dev_events_date_shifted_in_the_second_coding_is_lost_to_its_date(second_coding):
    dates = schema.load_events(second_coding / f"{CODED}.events.csv")["event_date"]
    edit_first_event(
        second_coding,
        event_date=(pd.Timestamp(dates.iloc[0]) - pd.Timedelta(days=2)).strftime("%Y-%m-%d"),
    )
    tables = evaluate.evaluate("dev", [config.ARTICLES_DIR / f"{CODED}.txt"], second_coding)
    assert tables["causes"][["side", "cause", "events"]].values.tolist() == [
        ["curated", evaluate.DATE_DIFFERS, 1],
        ["drafted", evaluate.DATE_DIFFERS, 1],
    ]
    assert tables["misses"]["cause"].tolist() == [evaluate.DATE_DIFFERS] * 2


def test_a_second_coding_with_another_type_loses_that_event(second_coding):
    events = len(schema.load_events(second_coding / f"{CODED}.events.csv"))
    edit_first_event(
        second_coding,
        disorder_type="Political violence",
        event_type="Battles",
        sub_event_type="Armed clash",
    )
    scores = agreement(second_coding)
    assert scores["event recall"] == pytest.approx((events - 1) / events)
    assert scores["event precision"] == pytest.approx((events - 1) / events)


def test_a_malformed_second_coding_is_refused_naming_the_file_and_row(second_coding, capsys):
    edit_first_event(second_coding, event_date="the day after")
    with pytest.raises(InputError, match=rf"{CODED}\.events\.csv.*line 2.*event_date"):
        agreement(second_coding)
    assert evaluate.main(["--split", "dev", "--against", str(second_coding)]) == 1
    assert f"{CODED}.events.csv" in capsys.readouterr().err


def test_agreement_compares_only_the_articles_the_second_coding_covers(second_coding, capsys):
    assert evaluate.main(["--split", "dev", "--against", str(second_coding)]) == 0
    out = capsys.readouterr().out
    dev = len(evaluate.split_articles("dev"))
    assert f"1 of {dev} articles compared" in out and re.search(r"event F1 +1\.00", out)


def test_an_agreement_look_at_test_is_logged_as_such(corpus, tmp_path, capsys):
    """A copy of a dev article marked `split: test` in a scratch corpus: the real test split is
    never run here."""
    text = (config.PROJECT_ROOT / "data" / "articles" / f"{CODED}.txt").read_text("utf-8")
    (corpus / "articles" / f"{CODED}.txt").write_text(
        text.replace("split: dev\n", "split: test\n")
    )
    coding = tmp_path / "coder"
    coding.mkdir()
    for path in (config.PROJECT_ROOT / "data" / "events").glob(f"{CODED}.*.csv"):
        shutil.copy(path, corpus / "events" / path.name)
        shutil.copy(path, coding / path.name)
    config.CURATION_MD.write_text("# Curation notes\n", encoding="utf-8")
    assert evaluate.main(["--split", "test", "--against", str(coding)]) == 0
    assert "1 of 1 articles compared" in capsys.readouterr().out
    row = config.CURATION_MD.read_text().rstrip().split("\n")[-1]
    assert "agreement look, second coder vs gold" in row and "event F1 1.00" in row


def test_actor_metrics_score_the_matched_events_actors():
    """Of two matched events, one drafts the curated actor1 (its period aside) and one an
    unidentified group for the named one; the second actor agrees where neither has one."""
    curated = [
        {**event("C1"), "actor1": "Military Forces of Chad (1990-2021)", "actor2": None},
        {**event("C2", 100.0), "actor1": "Al Shabaab", "actor2": "Civilians (Somalia)"},
    ]
    found = [
        {**event("X1"), "actor1": "Military Forces of Chad (1990-2021)", "actor2": ""},
        {**event("X2", 100.0), "actor1": "Unidentified Armed Group (Somalia)", "actor2": ""},
    ]
    scores = evaluate.metrics_table([comparison(curated, found)]).set_index("metric")
    assert scores.loc["actor1 right", ["part", "whole"]].tolist() == [1, 2]
    assert scores.loc["actor2 right", ["part", "whole"]].tolist() == [1, 2]


def test_actor_misses_list_the_wrong_actors_of_matched_events():
    """What actor1 right and actor2 right count as wrong, role by role, with the curated quote."""
    told = {"x_evidence": "Al Shabaab attacked the base at Barire."}
    curated = [
        {**event("C1"), **told, "actor1": "Al Shabaab", "actor2": "Military Forces of Somalia"}
    ]
    drafted = [
        {**event("X1"), **told, "actor1": "Unidentified Armed Group (Somalia)", "actor2": None}
    ]
    misses = evaluate.actor_misses_table([comparison(curated, drafted)])
    assert misses[["what", "curated", "drafted"]].values.tolist() == [
        ["actor1", "Al Shabaab", "Unidentified Armed Group (Somalia)"],
        ["actor2", "Military Forces of Somalia", "(none)"],
    ]
    assert evaluate.figure_misses_text(misses).splitlines()[1] == (
        "  C1 actor1: Al Shabaab -> Unidentified Armed Group (Somalia)"
    )


def link(earlier: str, later: str, quote: str, cue: str = "after") -> dict:
    """One links row."""
    return {
        "from_event": earlier,
        "to_event": later,
        "relation": "after",
        "cue": cue,
        "quote": quote,
        "asserted_by": "article",
    }


def test_link_misses_list_each_unmatched_link_with_its_cause():
    """A curated link whose end no draft stands for is the events' loss; one whose sentence gave a
    drafted link with other ends, the link's; a drafted link from a sentence the gold links nothing
    in is an extra. The matched link is not listed."""
    statement = {"event_type": "Strategic developments", "sub_event_type": "Other"}
    curated = [event("C1"), event("C2", **statement), event("C3", date=DAY + pd.Timedelta(days=1))]
    protest = {"event_type": "Protests", "sub_event_type": "Peaceful protest"}
    drafted = [event("X1"), event("X2", **protest), event("X3", date=DAY + pd.Timedelta(days=1))]
    toy = dataclasses.replace(
        comparison(curated, drafted),
        curated_links=pd.DataFrame(
            [
                link("C1", "C3", "The clash came after the raid."),
                link("C1", "C2", "The army condemned the clash.", cue="condemned"),
                link("C3", "C1", "A second fight followed the first."),
            ]
        ),
        drafted_links=pd.DataFrame(
            [
                link("X1", "X3", "The clash came after the raid."),
                link("X2", "X1", "A second fight followed the first."),
                link("X1", "X3", "Both sides fought on."),
            ]
        ),
    )
    misses = evaluate.link_misses_table([toy])
    assert misses[["side", "ends", "cause"]].values.tolist() == [
        ["curated", "C1 -> C2", evaluate.END_UNDRAFTED],
        ["curated", "C3 -> C1", evaluate.LINK_ENDS_DIFFER],
        ["drafted", "X2 -> X1", evaluate.LINK_ENDS_DIFFER],
        ["drafted", "X1 -> X3", evaluate.NO_LINK_FROM_SENTENCE],
    ]
    assert evaluate.link_misses_text(misses).splitlines()[:3] == [
        "toy",
        f"  - after C1 -> C2 ('condemned') [{evaluate.END_UNDRAFTED}]",
        "      The army condemned the clash.",
    ]
