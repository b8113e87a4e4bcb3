"""What the report computes from validated events and claims: references, lanes, totals.

Charts and tables both read these derived columns, so an event is `E3` everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .. import checks, reference, schema
from ..names import name_key

STATEMENT_TYPES = ("Strategic developments",)
LANE_KINETIC = "Violence and unrest"
LANE_STATEMENTS = "Statements and strategic developments"


SIDES = {"civilians": "civilians", "state_forces": "state forces", "armed_group": "armed group"}
"""The named victim groups of the claims, as the report words them; the rest of a toll is 'not
stated'."""
OPEN_HEDGE = "more than"
"""How an open-ended figure reads when no claim gives the article's own words (an empty high means
'more than low')."""


@dataclass(frozen=True)
class Figure:
    """A count with its range across claims; `high` None with `open_ended` means '<hedge> low', the
    hedge being the article's own words for that figure ('at least', 'more than', 'dozens')."""

    value: int
    low: int
    high: int | None
    open_ended: bool
    hedge: str = OPEN_HEDGE

    def text(self) -> str:
        """'8', '25-30', 'at least 28' or 'more than 50', as the article says it."""
        if self.open_ended:
            return f"{self.hedge} {self.low}" if self.low else "unknown"
        if self.high is not None and self.high != self.low:
            return f"{self.low}\u2013{self.high}"
        return str(self.low)


def filter_events(events: pd.DataFrame, country: str, start: str, end: str) -> pd.DataFrame:
    """The events of `country` (case-insensitive; empty keeps all) between `start` and `end`
    (YYYY-MM-DD, inclusive)."""
    keep = pd.Series(True, index=events.index)
    if country:
        keep &= events["country"].map(name_key).eq(name_key(country))
    if start:
        keep &= events["event_date"] >= pd.Timestamp(start)
    if end:
        keep &= events["event_date"] <= pd.Timestamp(end)
    return events[keep]


def prepare(events: pd.DataFrame, claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """Events in report order (date, then kinetic before statements) with `ref`, `lane`, `label`,
    and their killed and injured figures worded as the claims word them."""
    frame = events.assign(
        lane=events["event_type"].map(
            lambda t: LANE_STATEMENTS if t in STATEMENT_TYPES else LANE_KINETIC
        ),
        _lane_order=events["event_type"].isin(STATEMENT_TYPES).astype(int),
    )
    frame = frame.sort_values(["event_date", "_lane_order", "event_id_cnty"], kind="stable").drop(
        columns="_lane_order"
    )
    frame["ref"] = [f"E{i}" for i in range(1, len(frame) + 1)]
    frame["cameo_label"] = (
        frame["x_cameo_code"].map(reference.cameo_codes()["label"]).astype("string")
    )
    frame["what"] = (
        frame["sub_event_type"]
        .where(frame["sub_event_type"] != "Other", frame["cameo_label"])
        .fillna("Other")
    )
    frame["label"] = (
        frame["ref"] + " " + frame["what"] + " \u2013 " + frame["location"].fillna("place unknown")
    )
    hedges = _open_hedges(claims if claims is not None else schema.empty_claims())
    frame["killed"] = [_event_figure(r, "fatalities", hedges) for r in frame.itertuples()]
    frame["injured"] = [_event_figure(r, "injuries", hedges) for r in frame.itertuples()]
    return frame.reset_index(names="line")


def _open_hedges(claims: pd.DataFrame) -> dict[tuple[str, str, int], str]:
    """(event id, metric, low) -> the article's words of an open-ended claim with that figure ('at
    least')."""
    open_ended = claims[claims["high"].isna() & claims["qualifier"].notna()]
    return {
        (e, m, int(low)): str(q)
        for e, m, low, q in open_ended[["event_id_cnty", "metric", "low", "qualifier"]].itertuples(
            index=False
        )
    }


def _event_figure(row, metric: str, hedges: dict[tuple[str, str, int], str]) -> Figure | None:
    """One event's killed or injured figure from its x_ range; None where the article states
    none. Only a row with no article evidence (an ACLED export's) falls back to ACLED's
    fatalities column, whose 0 is ACLED's recorded figure; an article's silence is not a zero."""
    low, high = getattr(row, f"x_{metric}_low"), getattr(row, f"x_{metric}_high")
    if pd.isna(low):
        if metric == "fatalities" and pd.isna(row.x_evidence) and not pd.isna(row.fatalities):
            return Figure(int(row.fatalities), int(row.fatalities), int(row.fatalities), False)
        return None
    value = int(row.fatalities) if metric == "fatalities" else int(low)
    hedge = hedges.get(
        (row.event_id_cnty, "killed" if metric == "fatalities" else "injured", int(low)),
        OPEN_HEDGE,
    )
    return Figure(value, int(low), None if pd.isna(high) else int(high), pd.isna(high), hedge)


NOT_RECORDED = "not recorded"


def total(figures: pd.Series) -> Figure | None:
    """Sum of events' figures: value and low add up; any open-ended event makes the total
    open-ended.

    None when no event has a figure: the source does not record it, which is not zero.
    """
    known = [f for f in figures if f is not None]
    if not known:
        return None
    open_ended = any(f.open_ended for f in known)
    high = None if open_ended else sum(f.high for f in known)
    hedges = {f.hedge for f in known if f.open_ended}
    hedge = hedges.pop() if len(hedges) == 1 else "at least"
    return Figure(sum(f.value for f in known), sum(f.low for f in known), high, open_ended, hedge)


def deaths_by_side(prepared: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """Killed per event and victim group (UCDP GED's deaths_civilians, deaths_a / deaths_b,
    deaths_unknown).

    Partial counts of different groups add up, each group counted as the largest figure a claimant
    gives for it (`checks.side_counts`); `not stated` is the rest of the event's `fatalities`,
    never below zero.
    """
    counts = checks.side_counts(claims[claims["metric"] == "killed"]).droplevel("metric")
    known = (
        counts.unstack(fill_value=0)
        .reindex(index=prepared["event_id_cnty"], columns=list(SIDES), fill_value=0)
        .fillna(0)
        .astype("int64")
    )
    fatalities = prepared.set_index("event_id_cnty")["fatalities"].fillna(0).astype("int64")
    return known.assign(unknown=(fatalities - known.sum(axis=1)).clip(lower=0))


def side_split_text(split: pd.DataFrame) -> str:
    """'12 state forces, 3 civilians, 5 not stated' for the summed split; '' when no group is
    named."""
    sums = split.sum()
    if not sums[list(SIDES)].any():
        return ""
    parts = [f"{int(sums[g])} {SIDES[g]}" for g in SIDES if sums[g]]
    return ", ".join(parts + ([f"{int(sums['unknown'])} not stated"] if sums["unknown"] else []))


def missing_total(claims: pd.DataFrame) -> Figure | None:
    """People reported missing, summed over events: per event the smallest figure a claim gives;
    None without claims."""
    missing = claims[claims["metric"] == "missing"]
    if missing.empty:
        return None
    per_event = missing.sort_values("low").groupby("event_id_cnty").head(1)
    figures = [
        Figure(
            int(r.low),
            int(r.low),
            None if pd.isna(r.high) else int(r.high),
            pd.isna(r.high),
            str(r.qualifier) if pd.notna(r.qualifier) else OPEN_HEDGE,
        )
        for r in per_event.itertuples()
    ]
    return total(pd.Series(figures, dtype=object))


def figure_text(figure: Figure | None) -> str:
    """A figure as a reader says it, or 'not recorded' when the source gives none."""
    return NOT_RECORDED if figure is None else figure.text()


def claims_with_refs(claims: pd.DataFrame, prepared: pd.DataFrame) -> pd.DataFrame:
    """Claims joined to their event's ref and label, in report order."""
    refs = prepared[["event_id_cnty", "ref", "label", "event_date"]]
    joined = claims.merge(refs, on="event_id_cnty", how="left")
    joined["_order"] = joined["ref"].str[1:].astype(int)
    joined["_metric"] = joined["metric"].map({m: i for i, m in enumerate(schema.CLAIM_METRICS)})
    ordered = joined.sort_values(["_order", "_metric", "claimant"], kind="stable")
    return ordered.drop(columns=["_order", "_metric"]).reset_index(drop=True)


def claim_text(low: object, high: object, qualifier: object) -> str:
    """A claim as the article words it: '8', 'more than 50', 'at least 2'."""
    qualifier = "" if pd.isna(qualifier) else str(qualifier).strip()
    if pd.isna(high):
        return f"{qualifier or 'more than'} {low}"
    number = str(low) if int(low) == int(high) else f"{low}\u2013{high}"
    return f"{qualifier} {number}".strip()


def date_span(prepared: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp]:
    """First and last event date."""
    return prepared["event_date"].min(), prepared["event_date"].max()


def links_with_refs(links: pd.DataFrame, prepared: pd.DataFrame) -> pd.DataFrame:
    """Links joined to both events' refs and dates, with the relation's words and rank and who
    asserts them (`who`: 'the article', 'Iran' or 'denied by the Pentagon'), in report order."""
    refs = prepared.set_index("event_id_cnty")[["ref", "event_date"]]
    relations = reference.link_relations()
    joined = links.assign(
        from_ref=links["from_event"].map(refs["ref"]),
        to_ref=links["to_event"].map(refs["ref"]),
        from_date=links["from_event"].map(refs["event_date"]),
        to_date=links["to_event"].map(refs["event_date"]),
        words=links["relation"].map(relations["words"]),
        rank=links["relation"].map(relations["rank"]).astype("Int64"),
        voice=links["asserted_by"].where(
            links["asserted_by"] != schema.ARTICLE_VOICE, "the article"
        ),
        by_article=links["asserted_by"] == schema.ARTICLE_VOICE,
        denied=links["stance"].fillna(schema.ASSERTED) == schema.DENIED,
    )
    joined["who"] = joined["voice"].where(~joined["denied"], "denied by " + joined["voice"])
    order = joined["from_ref"].str[1:].astype(int) * 10_000 + joined["to_ref"].str[1:].astype(int)
    return (
        joined.assign(_order=order)
        .sort_values(["_order", "rank"], kind="stable")
        .drop(columns="_order")
        .reset_index(drop=True)
    )


def strongest_links(links: pd.DataFrame) -> pd.DataFrame:
    """One asserted link per pair of events: the most specific relation, the article's own voice
    first among equals (a denial is never drawn or chained: it is told beside the link it
    denies)."""
    asserted = links[~links["denied"]]
    ranked = asserted.sort_values(["rank", "by_article"], ascending=[True, False], kind="stable")
    return ranked.drop_duplicates(subset=["from_event", "to_event"]).sort_index()


def chains(links: pd.DataFrame) -> list[list[str]]:
    """The chains of answers as lists of event ids: from each event nobody answers, along every
    link to the end; a chain that branches off one told before starts at the branching event."""
    following: dict[str, list[str]] = {}
    for start, end in strongest_links(links)[["from_event", "to_event"]].itertuples(index=False):
        following.setdefault(start, []).append(end)
    asserted = links[~links["denied"]]
    answered = set(asserted["to_event"])
    roots = [e for e in dict.fromkeys(asserted["from_event"]) if e not in answered] or list(
        dict.fromkeys(asserted["from_event"])
    )[:1]
    paths: list[list[str]] = []

    def walk(path: list[str]) -> None:
        ahead = [e for e in following.get(path[-1], []) if e not in path]
        if not ahead:
            paths.append(path)
        for event in ahead:
            walk(path + [event])

    for root in roots:
        walk([root])
    return [_from_branch(path, paths[:i]) for i, path in enumerate(paths)]


def _from_branch(path: list[str], before: list[list[str]]) -> list[str]:
    """A path cut to start where it leaves the paths before it: [E1, E3, E5, E7] after [E1, E3, E5,
    E6] is [E5, E7]."""
    shared = max(
        (
            next(
                (k for k, (a, b) in enumerate(zip(path, other, strict=False)) if a != b),
                min(len(path), len(other)),
            )
            for other in before
        ),
        default=0,
    )
    return path[max(shared - 1, 0) :]
