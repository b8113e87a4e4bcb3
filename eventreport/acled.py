"""Every layout of an ACLED export, brought to today's columns before validation.

Real exports come in several shapes: the pre-2019 layout (upper-case headers, `ally_actor_*`,
`gwno`, old event types and no `sub_event_type`), monadic exports (one row per actor, so an
event id appears twice), cells written `NA` by R, and dates a spreadsheet rewrote (`9-May-20`,
`20201226`). `normalise` turns each into the dyadic layout with ISO dates and says what it did
as a warning; what cannot be read without guessing (a date such as `05/06/2020`) is left for the
validator to refuse with a hint.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pandas as pd

from . import config, reference
from .errors import DataWarning

OLD_NAMES = {"ally_actor_1": "assoc_actor_1", "ally_actor_2": "assoc_actor_2"}
ORIGINAL_TYPE = "x_event_type_original"
"""Column that keeps a pre-2019 row's original event type after mapping."""
ADDED_COLUMNS = [ORIGINAL_TYPE]
MISSING = "NA"
ACTOR_SLOTS = (("actor1", "assoc_actor_1", "inter1"), ("actor2", "assoc_actor_2", "inter2"))
ACTOR_COLUMNS = [c for slot in ACTOR_SLOTS for c in slot] + ["interaction"]
SPREADSHEET_FORMATS = {
    re.compile(r"^\d{1,2}-[A-Za-z]{3}-\d{2}$"): "%d-%b-%y",
    re.compile(r"^\d{1,2}-[A-Za-z]{3}-\d{4}$"): "%d-%b-%Y",
    re.compile(r"^\d{8}$"): "%Y%m%d",
}
SLASH_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})$")
REEXPORT_HINT = (
    "re-export the file with dates as YYYY-MM-DD (ACLED's own CSV has them so; a spreadsheet "
    "rewrites them "
    "unless the column is formatted as text or yyyy-mm-dd before saving)"
)


def normalise(raw: pd.DataFrame, path: Path) -> pd.DataFrame:
    """The text frame of an export in today's dyadic layout, with spreadsheet dates as
    YYYY-MM-DD."""
    frame = raw.rename(columns=lambda c: OLD_NAMES.get(c.lower(), c.lower()))
    frame = frame.mask(frame == MISSING, "")
    frame = _map_old_event_types(frame, path)
    frame = _fold_monadic(frame, path)
    if "event_date" in frame:
        frame["event_date"] = _spreadsheet_dates(frame["event_date"], path)
    return frame


def _map_old_event_types(frame: pd.DataFrame, path: Path) -> pd.DataFrame:
    """A pre-2019 export (no sub_event_type): old event types mapped through the reference table,
    the original kept."""
    if "sub_event_type" in frame or "event_type" not in frame:
        return frame
    table = reference.old_event_types()
    known = frame["event_type"].isin(table.index)
    if not known.any():
        return frame
    fatal = pd.to_numeric(frame.get("fatalities"), errors="coerce").fillna(0).gt(0)
    row = table.reindex(frame["event_type"]).set_axis(frame.index)
    use_fatal = fatal & row["event_type_if_fatal"].fillna("").ne("")
    mapped = frame.assign(
        **{
            ORIGINAL_TYPE: frame["event_type"],
            "event_type": row["event_type"]
            .where(~use_fatal, row["event_type_if_fatal"])
            .where(known, frame["event_type"]),
            "sub_event_type": row["sub_event_type"]
            .where(~use_fatal, row["sub_event_type_if_fatal"])
            .where(known, ""),
        },
    )
    warnings.warn(
        f"{path}: pre-2019 ACLED layout: {int(known.sum())} event types mapped to today's "
        "taxonomy through "
        f"{config.OLD_EVENT_TYPES_CSV.relative_to(config.PROJECT_ROOT)}; the original type is "
        f"kept in {ORIGINAL_TYPE}",
        DataWarning,
        stacklevel=4,
    )
    return mapped


def _fold_monadic(frame: pd.DataFrame, path: Path) -> pd.DataFrame:
    """A monadic export (one row per actor) folded into one dyadic row per event; other duplicates
    are left to the validator."""
    if "event_id_cnty" not in frame:
        return frame
    ids = frame["event_id_cnty"]
    repeated = ids.duplicated(keep=False) & ids.ne("")
    if not repeated.any():
        return frame
    event_columns = [c for c in frame.columns if c not in ACTOR_COLUMNS]
    same_event = (
        frame[repeated]
        .groupby("event_id_cnty", sort=False)[event_columns]
        .nunique(dropna=False)
        .le(1)
        .all(axis=1)
    )
    foldable = repeated & ids.map(same_event).fillna(False).astype(bool)
    if not foldable.any():
        return frame
    folded = pd.concat(
        [_dyad(rows) for _, rows in frame[foldable].groupby("event_id_cnty", sort=False)]
    )
    merged = pd.concat([frame[~foldable], folded]).sort_index()
    warnings.warn(
        f"{path}: monadic ACLED export: {int(foldable.sum())} actor rows folded into "
        f"{len(folded)} events "
        "(actor1 is the first row's actor, actor2 the next one's; interaction recomputed from "
        "their types)",
        DataWarning,
        stacklevel=4,
    )
    return merged


def _dyad(rows: pd.DataFrame) -> pd.DataFrame:
    """The rows of one event, one per actor, as one row: the distinct actors in order fill actor1,
    then actor2."""
    actors = []
    for _, row in rows.iterrows():
        for name, assoc, inter in ACTOR_SLOTS:
            actor = (row.get(name, ""), row.get(assoc, ""), row.get(inter, ""))
            if actor[0] and actor[0] not in [a[0] for a in actors]:
                actors.append(actor)
    first = rows.iloc[[0]].copy()
    extra = [a[0] for a in actors[2:]]
    for (name, assoc, inter), actor in zip(
        ACTOR_SLOTS, actors[:2] + [("", "", "")] * (2 - len(actors[:2])), strict=True
    ):
        first[[c for c in (name, assoc, inter) if c in first]] = [
            v for v, c in zip(actor, (name, assoc, inter), strict=True) if c in first
        ]
    if extra and "assoc_actor_2" in first:
        first["assoc_actor_2"] = "; ".join(filter(None, [first["assoc_actor_2"].iloc[0], *extra]))
    if "interaction" in first:
        first["interaction"] = ""
    return first


def _spreadsheet_dates(dates: pd.Series, path: Path) -> pd.Series:
    """Dates a spreadsheet rewrote, when they have one reading, as YYYY-MM-DD (with a warning);
    others unchanged."""
    rewritten = dates.map(spreadsheet_date)
    changed = rewritten.notna()
    if changed.any():
        line, value = next(iter(dates[changed].items()))
        warnings.warn(
            f"{path}: {int(changed.sum())} dates in a spreadsheet's format (e.g. line {line}: "
            f"{value!r}, read as "
            f"{rewritten[line]}) were read as day, month and year; two-digit years are 1969-2068. "
            f"To be sure, {REEXPORT_HINT}",
            DataWarning,
            stacklevel=4,
        )
    return rewritten.where(changed, dates)


def spreadsheet_date(text: str) -> str | None:
    """'9-May-20', '20201226' or '26/12/2020' as '2020-12-26' when it has exactly one reading; else
    None."""
    text = str(text).strip()
    for pattern, fmt in SPREADSHEET_FORMATS.items():
        if pattern.match(text):
            parsed = pd.to_datetime(text, format=fmt, errors="coerce")
            return None if pd.isna(parsed) else f"{parsed:%Y-%m-%d}"
    slash = SLASH_DATE.match(text)
    if not slash:
        return None
    first, second, year = slash.groups()
    day, month = (
        (first, second)
        if int(first) > 12 or first == second
        else (second, first)
        if int(second) > 12
        else (None, None)
    )
    if day is None:
        return None
    parsed = pd.to_datetime(
        f"{day}/{month}/{year}",
        format="%d/%m/%Y" if len(year) == 4 else "%d/%m/%y",
        errors="coerce",
    )
    return None if pd.isna(parsed) else f"{parsed:%Y-%m-%d}"


def ambiguity(text: str) -> str | None:
    """For a date like '05/06/2020', day/month in one country and month/day in another: what to do
    about it; else None."""
    text = str(text).strip()
    match = SLASH_DATE.match(text)
    if not match or spreadsheet_date(text) is not None:
        return None
    first, second, year = match.groups()
    fmt = "%d/%m/%Y" if len(year) == 4 else "%d/%m/%y"
    one, other = (
        pd.to_datetime(f"{d}/{m}/{year}", format=fmt, errors="coerce")
        for d, m in ((first, second), (second, first))
    )
    if pd.isna(one) or pd.isna(other):
        return None
    return (
        f"an unambiguous date: {text!r} is {one.day} {one:%B} in some countries and "
        f"{other.day} {other:%B} in others; {REEXPORT_HINT}"
    )
