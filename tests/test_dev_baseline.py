"""The dev split's scores (`make evaluate`) stay at or above the floors kept in
data/events/dev-baseline.csv, so a rule change that makes extraction worse fails a test. Only the
dev split is scored: the locked test split is never evaluated here."""

from __future__ import annotations

import pandas as pd
import pytest

from eventreport import config
from eventreport.article import load_article
from eventreport.extraction import evaluate

pytestmark = pytest.mark.slow  # scores the whole dev split (`make evaluate`), about 11 s


@pytest.fixture(scope="module")
def floors() -> pd.DataFrame:
    return pd.read_csv(config.DEV_BASELINE_CSV, dtype={"metric": "string", "floor": "float64"})


@pytest.fixture(scope="module")
def dev_scores() -> dict[str, float | None]:
    paths = evaluate.split_articles("dev")
    assert paths and all(load_article(p).split == "dev" for p in paths)
    table = evaluate.evaluate("dev", paths)["metrics"]
    return dict(zip(table["metric"], table["value"], strict=True))


def test_the_baseline_names_only_metrics_the_evaluator_reports(floors, dev_scores):
    assert list(floors.columns) == ["metric", "floor"]
    assert floors["metric"].is_unique and floors["floor"].between(0, 1).all()
    assert set(floors["metric"]) <= set(dev_scores)


def test_dev_scores_stay_at_or_above_their_floors(floors, dev_scores):
    below = [
        f"{metric} {dev_scores[metric]} < floor {floor:.2f}"
        for metric, floor in zip(floors["metric"], floors["floor"], strict=True)
        if dev_scores[metric] is None or pd.isna(dev_scores[metric]) or dev_scores[metric] < floor
    ]
    assert not below, (
        f"dev-split scores below {config.DEV_BASELINE_CSV.name}: {'; '.join(below)} "
        "(run `make evaluate` to see every table)"
    )
