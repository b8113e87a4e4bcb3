"""Curated data that cannot lie: events and claims checked against the article, the map, the claims
and CAMEO."""

from __future__ import annotations

import csv
import shutil
import warnings
from pathlib import Path

import pandas as pd
import pytest

from eventreport import checks, config, schema
from eventreport.cli import main
from eventreport.errors import ValidationError
from eventreport.reporting import analysis
from eventreport.reporting.render import render

FIXTURES = config.PROJECT_ROOT / "tests" / "fixtures"
PLANTED = FIXTURES / "events" / "fixture-planted-errors-2021-04-10.events.csv"
PLANTED_ARTICLE = FIXTURES / "articles" / "fixture-planted-errors-2021-04-10.txt"


@pytest.fixture(autouse=True)
def restore_showwarning(monkeypatch):
    """main() replaces warnings.showwarning; put it back after each test."""
    monkeypatch.setattr(warnings, "showwarning", warnings.showwarning)


def _copy(tmp_path: Path, events: Path = PLANTED) -> Path:
    """The events file and its claims file copied into tmp_path, for a test to vary."""
    target = tmp_path / events.name
    shutil.copyfile(events, target)
    shutil.copyfile(config.claims_path_for(events), config.claims_path_for(target))
    return target


def _set(path: Path, row: int, **cells: str) -> None:
    """Change cells of one data row of a CSV file in place."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields, rows = list(reader.fieldnames), list(reader)
    rows[row].update(cells)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def test_planted_file_is_refused_with_one_message_naming_all_four(capsys):
    assert main(["validate", str(PLANTED), "--article", str(PLANTED_ARTICLE)]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    claims = config.claims_path_for(PLANTED)
    assert lines[0] == f"eventreport: error: {PLANTED}: 3 problems of 3 kinds"
    assert lines[4] == f"{claims}: 1 problem of 1 kind"
    assert len(lines) == 6
    body = lines[1:4] + lines[5:]
    assert all(line.startswith("  line ") for line in body)
    assert any(
        "line 3, column 'quote'" in line
        and "'thirty soldiers were wounded'" in line
        and "not in it" in line
        for line in body
    )
    assert any(
        "column 'latitude'" in line and "inside Mali" in line and "in France" in line
        for line in body
    )
    assert any(
        "column 'fatalities'" in line and "'20'" in line and "at least 21" in line for line in body
    )
    assert any(
        "column 'x_goldstein'" in line and "-2, the Goldstein score of CAMEO 112" in line
        for line in body
    )


def test_the_article_is_found_from_x_article_id(tmp_path):
    # The fixture article lies in ../articles beside the events folder, as data/articles does for
    # data/events.
    with pytest.raises(ValidationError) as caught:
        checks.validate(PLANTED)
    assert len(caught.value.problems) == 4


@pytest.mark.render  # starts the report kernel, which refuses the file
def test_render_refuses_the_planted_file_before_any_work(tmp_path):
    out = tmp_path / "report"
    with pytest.raises(ValidationError, match="thirty soldiers were wounded"):
        render(
            {
                "article": str(PLANTED_ARTICLE),
                "events": str(PLANTED),
                "output_dir": str(out),
                "title": "",
            }
        )
    assert not out.exists()


def test_events_and_claims_cell_problems_come_in_one_message(tmp_path):
    events = _copy(tmp_path)
    _set(events, 0, event_date="2021-02-30")
    _set(config.claims_path_for(events), 0, metric="wounded", victim_group="soldiers")
    with pytest.raises(ValidationError) as caught:
        checks.validate(events, PLANTED_ARTICLE)
    problems = caught.value.problems
    assert any(p.startswith(f"{events}: line 2, column 'event_date'") for p in problems)
    assert any(
        p.startswith(f"{config.claims_path_for(events)}: line 2, column 'metric'")
        and "killed, injured, missing" in p
        for p in problems
    )
    assert any(
        "line 2, column 'victim_group'" in p
        and "civilians, state_forces, armed_group, unknown" in p
        for p in problems
    )
    assert len(str(caught.value).splitlines()) == 2 + len(
        problems
    )  # a heading per file, one line per problem


def _curated_sweep() -> list:
    """Every curated events file; all but the seed's are `slow` (the seed's exercises every check,
    so `make test-fast` keeps one file, and `make test` validates them all)."""
    seed = config.events_path_for(config.DEFAULT_ARTICLE)
    return [
        pytest.param(path, marks=() if path == seed else pytest.mark.slow)
        for path in sorted(config.EVENTS_DIR.glob("*.events.csv"))
    ]


@pytest.mark.parametrize("events", _curated_sweep(), ids=lambda p: p.name[:30])
def test_every_curated_file_passes(events):
    found, claims, _ = checks.validate(events)
    assert len(found) and set(claims["victim_group"]) <= set(schema.VICTIM_GROUPS)


def test_every_curated_claims_file_codes_victim_group():
    for path in config.EVENTS_DIR.glob("*.claims.csv"):
        assert "victim_group" in path.read_text(encoding="utf-8").splitlines()[0], path


def test_victim_group_is_optional_and_blank_means_unknown(tmp_path):
    events = _copy(tmp_path)
    claims = pd.read_csv(config.claims_path_for(events), dtype=str).drop(columns="victim_group")
    claims.to_csv(config.claims_path_for(events), index=False)
    loaded = schema.load_claims(
        config.claims_path_for(events), pd.DataFrame({"event_id_cnty": ["MLI-20210409-01"]})
    )
    assert loaded["victim_group"].tolist() == ["unknown", "unknown"]


def test_coordinates_a_few_km_off_a_coast_or_border_pass_and_far_off_fail(tmp_path):
    seed = _copy(tmp_path, config.EVENTS_DIR / "soleimani-baghdad-airport-2020-01-03.events.csv")
    frame = schema.load_events(seed)
    iraq = frame.iloc[[0]].copy()
    iraq[["latitude", "longitude"]] = [30.05, 47.95]  # Umm Qasr area, on the coast of Iraq
    assert checks.coordinate_problems(iraq) == []
    iraq[["latitude", "longitude"]] = [29.37, 47.98]  # Kuwait City
    (problem,) = checks.coordinate_problems(iraq)
    assert "inside Iraq" in problem.expected and "in Kuwait" in problem.expected


def test_a_point_in_somaliland_lies_in_somalia(tmp_path):
    """ACLED codes Somaliland's events in Somalia (iso 706), and the basemap's country layer leaves
    Somaliland out: Hargeisa had been 425 km outside Somalia, so a real export or a gold file with
    an event there was rejected. Northern Cyprus is Cyprus likewise."""
    seed = _copy(tmp_path, config.EVENTS_DIR / "soleimani-baghdad-airport-2020-01-03.events.csv")
    event = schema.load_events(seed).iloc[[0]].copy()
    event[["iso", "country", "latitude", "longitude"]] = [706, "Somalia", 9.56, 44.065]
    assert checks.coordinate_problems(event) == []
    event[["iso", "country", "latitude", "longitude"]] = [196, "Cyprus", 35.34, 33.32]  # Kyrenia
    assert checks.coordinate_problems(event) == []
    event[["latitude", "longitude"]] = [33.89, 35.50]  # Beirut
    (problem,) = checks.coordinate_problems(event)
    assert "inside Cyprus" in problem.expected


def _claims(*rows: tuple) -> pd.DataFrame:
    """Killed claims of one event: (claimant, low, high, qualifier, victim_group)."""
    frame = pd.DataFrame(rows, columns=["claimant", "low", "high", "qualifier", "victim_group"])
    return frame.assign(
        event_id_cnty="E",
        metric="killed",
        low=frame["low"].astype("Int64"),
        high=frame["high"].astype("Int64"),
    )


def test_partial_counts_of_different_groups_add_up_under_the_fatalities_rule():
    claims = _claims(
        ("army", 12, 12, None, "state_forces"),
        ("army", 3, 3, None, "civilians"),
        ("AP", 20, None, "at least", "unknown"),
    )
    assert checks.fatality_bounds(claims) == (
        15,
        None,
    )  # the army's 12 soldiers + 3 civilians; AP's at least 20
    assert checks.fatality_bounds(claims.iloc[:2]) == (15, 15)  # 12 soldiers + 3 civilians: 15


def test_within_a_group_a_claimants_parts_nest_and_the_largest_count_is_shown():
    claims = _claims(
        ("army", 8, 8, None, "state_forces"),
        ("army", 1, 1, None, "state_forces"),  # 'including one'
        ("rebels", 30, 30, None, "state_forces"),
        ("witness", 1, 1, "named", "civilians"),
    )
    counts = checks.side_counts(claims)
    assert counts[("E", "killed", "state_forces")] == 30
    assert (
        counts[("E", "killed", "civilians")] == 1
    )  # a named person counts when the group has nothing else
    # lowest: the smallest account (the witness's one named civilian); highest: 30 soldiers + 1
    # civilian
    assert checks.fatality_bounds(claims) == (1, 31)


def test_an_official_count_may_be_kept_against_a_larger_rebel_account():
    # Officials: 7 civilians; rebels: 32 killed, 28 of them soldiers. ACLED's most conservative
    # credible figure is 7.
    claims = _claims(
        ("officials", 7, 7, None, "civilians"),
        ("rebels", 32, 32, None, "unknown"),
        ("rebels", 28, 28, None, "state_forces"),
    )
    assert checks.fatality_bounds(claims) == (7, 35)


def test_the_bounds_of_many_events_at_once_are_each_events_own():
    one = _claims(("army", 12, 12, None, "state_forces"), ("AP", 20, None, "at least", "unknown"))
    two = _claims(("officials", 7, 7, None, "civilians"), ("rebels", 32, 32, None, "unknown"))
    three = _claims(("police", 4, 6, None, "unknown"))
    claims = pd.concat(
        [
            one.assign(event_id_cnty="A"),
            two.assign(event_id_cnty="B"),
            three.assign(event_id_cnty="C"),
        ]
    )
    bounds = checks.fatality_bounds_by_event(claims)
    assert bounds.index.tolist() == ["A", "B", "C"]
    assert (
        [(int(r.low), None if pd.isna(r.high) else int(r.high)) for r in bounds.itertuples()]
        == [
            checks.fatality_bounds(one),
            checks.fatality_bounds(two),
            checks.fatality_bounds(three),
        ]
        == [(12, None), (7, 32), (4, 6)]
    )


def test_deaths_by_side_split_adds_up_and_leaves_the_rest_not_stated():
    events, claims, _ = checks.validate(
        config.EVENTS_DIR / "tripoli-armed-groups-clash-2022-07-23.events.csv"
    )
    prepared = analysis.prepare(events, claims)
    split = analysis.deaths_by_side(prepared, analysis.claims_with_refs(claims, prepared))
    assert split.loc["LBY-20220722-01"].to_dict() == {
        "civilians": 3,
        "state_forces": 0,
        "armed_group": 0,
        "unknown": 10,
    }
    assert analysis.side_split_text(split) == "3 civilians, 10 not stated"


def test_open_ended_figures_keep_the_articles_qualifier():
    events, claims, _ = checks.validate(
        config.EVENTS_DIR / "tripoli-armed-groups-clash-2022-07-23.events.csv"
    )
    figure = (
        analysis.prepare(events, claims).set_index("event_id_cnty").at["LBY-20220722-01", "killed"]
    )
    assert figure.text() == "13"  # 'at least 13' and an exact 13 agree: 13-13
    events, claims, _ = checks.validate(
        config.EVENTS_DIR / "douma-market-airstrike-2015-08-16.events.csv"
    )
    figure = analysis.prepare(events, claims).iloc[0]["killed"]
    assert figure.text() == "at least 82"
    assert (
        analysis.Figure(28, 28, None, True).text() == "more than 28"
    )  # no claim to say otherwise: the documented default


def test_unknown_actor_names_warn_with_the_nearest_known_names(tmp_path):
    events = _copy(tmp_path)
    frame = schema.load_events(events)
    frame.loc[frame.index[0], "actor2"] = "Militry Forces of Mali"
    (message,) = [m for m in checks.actor_warnings(frame) if "(actor2)" in m]
    assert "'Militry Forces of Mali' is not in data/lexicons/actors.csv" in message
    assert "nearest known: Military Forces of Mali" in message
