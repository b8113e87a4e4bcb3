"""The render benchmark's synthetic events are valid under the schema (the benchmark itself is not
run here)."""

from __future__ import annotations

import importlib.util

import pytest

from eventreport import checks, config


@pytest.fixture(scope="module")
def benchmark():
    spec = importlib.util.spec_from_file_location(
        "benchmark_report", config.PROJECT_ROOT / "scripts" / "benchmark_report.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_synthetic_events_and_claims_load_through_the_validator(benchmark, tmp_path):
    article, path = benchmark.write_synthetic(300, tmp_path)
    events, claims, _ = checks.validate(
        path, article
    )  # the render's own check: quotes verbatim in the article
    assert len(events) == 300 and events["event_id_cnty"].is_unique
    assert events["event_type"].nunique() == 6
    assert events["event_date"].min().year == 2019 and events["event_date"].max().year == 2020
    assert events["latitude"].between(29, 38).all() and events["longitude"].between(38, 49).all()
    assert events["location"].nunique() > 10
    assert len(claims) > 50 and set(claims["event_id_cnty"]) <= set(events["event_id_cnty"])
    assert (events["fatalities"] > 0).sum() == claims.loc[
        claims["claimant"] == "police", "event_id_cnty"
    ].nunique()


def test_synthetic_events_are_the_same_on_every_run(benchmark):
    first, _ = benchmark.synthetic_events(50)
    again, _ = benchmark.synthetic_events(50)
    assert first.equals(again)
