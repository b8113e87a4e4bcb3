"""The article's events against an ACLED export: which are the same incident, and what each side
lacks.

Two events pair when they have the same ACLED event type, lie within a few days of each other
(more when either date is only approximate) and within a short distance (more when either place
is only a region). Each event pairs at most once, closest first. Export events count as missing
from the article only within the article's dates (give or take the window) and countries.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .. import places

WINDOW_DAYS = {1: 2, 2: 7, 3: 31}
"""Days two events may lie apart, by the less precise of their ACLED time precisions."""
RADIUS_KM = {1: 50, 2: 100, 3: 250}
"""Distance two events may lie apart, by the less precise of their ACLED geo precisions."""


@dataclass(frozen=True)
class CrossCheck:
    """Pairs of (article event, export event) and the events of each side without a partner."""

    pairs: pd.DataFrame
    only_article: pd.DataFrame
    only_export: pd.DataFrame
    export_in_scope: int


# The columns an (article, export) pair is judged on.
PAIR_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "event_type",
    "latitude",
    "longitude",
    "time_precision",
    "geo_precision",
)


def candidates(article: pd.DataFrame, export: pd.DataFrame) -> pd.DataFrame:
    """Every (article, export) pair of the same event type within the window and radius, with days
    and km apart."""
    left = article[["ref", *PAIR_COLUMNS]]
    right = export[list(PAIR_COLUMNS)]
    pairs = left.merge(right, on="event_type", suffixes=("", "_acled"))
    pairs["days"] = (pairs["event_date_acled"] - pairs["event_date"]).dt.days.abs()
    pairs["km"] = _distance_km(pairs)
    time_p = pairs[["time_precision", "time_precision_acled"]].max(axis=1).fillna(3).astype(int)
    geo_p = pairs[["geo_precision", "geo_precision_acled"]].max(axis=1).fillna(3).astype(int)
    close = (pairs["days"] <= time_p.map(WINDOW_DAYS)) & (pairs["km"] <= geo_p.map(RADIUS_KM))
    pairs = pairs[close.fillna(False).astype(bool)]
    scale = (time_p.map(WINDOW_DAYS) + 1).loc[pairs.index], geo_p.map(RADIUS_KM).loc[pairs.index]
    return pairs.assign(score=pairs["days"] / scale[0] + pairs["km"] / scale[1]).sort_values(
        ["score", "ref"], kind="stable"
    )


def _distance_km(pairs: pd.DataFrame) -> pd.Series:
    """Great-circle distance of each pair; NaN where either side has no coordinates."""
    values = [
        places.distance_km(a, b, c, d) if not pd.isna([a, b, c, d]).any() else np.nan
        for a, b, c, d in zip(
            pairs["latitude"],
            pairs["longitude"],
            pairs["latitude_acled"],
            pairs["longitude_acled"],
            strict=True,
        )
    ]
    return pd.Series(values, index=pairs.index, dtype="float64")


def cross_check(article: pd.DataFrame, export: pd.DataFrame) -> CrossCheck:
    """Pair the article's events (as `analysis.prepare` gives them) with the export's, one to one,
    closest first."""
    chosen, used_article, used_export = [], set(), set()
    for row in candidates(article, export).itertuples():
        if row.ref not in used_article and row.event_id_cnty_acled not in used_export:
            chosen.append(row.Index)
            used_article.add(row.ref)
            used_export.add(row.event_id_cnty_acled)
    pairs = (
        candidates(article, export)
        .loc[chosen]
        .sort_values("ref", key=lambda r: r.str[1:].astype(int))
    )
    scope = _in_scope(article, export)
    return CrossCheck(
        pairs=pairs,
        only_article=article[~article["ref"].isin(used_article)],
        only_export=scope[~scope["event_id_cnty"].isin(used_export)],
        export_in_scope=len(scope),
    )


def _in_scope(article: pd.DataFrame, export: pd.DataFrame) -> pd.DataFrame:
    """Export events an article about these events could have told: its countries, its dates give
    or take the window."""
    pad = pd.Timedelta(days=WINDOW_DAYS[1])
    within = export["event_date"].between(
        article["event_date"].min() - pad, article["event_date"].max() + pad
    )
    return export[within & export["country"].isin(set(article["country"].dropna()))].sort_values(
        ["event_date", "event_id_cnty"]
    )
