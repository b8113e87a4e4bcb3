"""Step 2, the merge: the same incident reported by several articles becomes one event with its
sources.

Two events of different articles are **the same incident** when they are in the same lane (violence
and unrest, or statements and other strategic developments), their dates lie within the slack of
their time precision (1 day for a stated day, 3 for an inferred one, 31 for a month), their places
fit (within 50 km when both are exact; the same country when one is only a region or a seat), a
statement has the same speaker, the same target (where both name one) and the same CAMEO root, and
their agreement score reaches `MATCH_SCORE` (date, place, actors and type each count up to one
point; a date known only to the month is never more than half a point away). Events are joined
closest first; two groups join only when every pair across them is a match and no article has two
events in the group (an article's own events are distinct by its coder's rule).

**The coded value** where sources disagree, field by field (the disagreement is listed):

- *date* (event_date, time_precision, x_date_raw): the most precise source; among equally
  precise ones the date most sources give; then the latest report;
- *place* (location, coordinates, geo_precision, admin units): the same rule by geo_precision;
- *type* (event and sub-event type, actors, CAMEO code, and every column not named here):
  the type most sources give; then the latest report;
- curated sources always win over machine-drafted ones; a draft decides only alone;
- *fatalities*: the latest report's coded figure (later reports count dead that earlier ones
  had not); the killed and injured ranges span every source's range.

Claims are never merged: each stays with its article, its claimant and its report's date.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from .. import config, extraction, places, schema, wordlists
from ..article import Article, load_article
from ..errors import EventReportError
from ..names import name_words
from .spec import Collection, Member

STATEMENTS = "Strategic developments"
DATE_SLACK_DAYS = {1: 1, 2: 3, 3: 31}
EXACT_KM = 10.0
NEAR_KM = 50.0
MATCH_SCORE = 2.5
DATE_FIELDS = ["event_date", "time_precision", "x_date_raw"]
PLACE_FIELDS = [
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "x_location_raw",
]
SOURCE_COLUMNS = ["article_id", "outlet", "published", "drafted", "source_event_id"]
MERGED_EXTRA = ["sources", "x_n_sources", "x_source_events", "x_drafted"]
CLAIM_SOURCE_COLUMNS = ["article_id", "outlet", "published", "drafted", "source_event_id"]
LINK_EXTRA = ["sources", "x_n_sources", "x_article_id", "x_source_links", "x_drafted"]


@dataclass(frozen=True)
class Source:
    """One article's contribution: the article, its validated events and claims, whether they are a
    draft."""

    member: Member
    article: Article
    events: pd.DataFrame
    claims: pd.DataFrame
    events_path: object
    links: pd.DataFrame
    """The article's links (schema.LINK_COLUMNS): which of its events answers which."""


@dataclass(frozen=True)
class Merged:
    """The merge of a collection: merged events, per-article claims, disagreements, and what was
    left out."""

    events: pd.DataFrame
    """One row per incident: the events columns (schema.EVENT_COLUMNS) plus MERGED_EXTRA."""
    claims: pd.DataFrame
    """One row per claim per article: the merged event id, the article's columns, then the claim's.
    """
    disagreements: pd.DataFrame
    """event_id_cnty, field, chosen, values (each value with its articles), rule."""
    links: pd.DataFrame
    """article_id, source_event_id -> event_id_cnty: which article event went into which merged
    event."""
    sources: list[Source]
    excluded: pd.DataFrame
    """article_id, reason: articles whose events could not be read, and events outside the date
    window."""
    event_links: pd.DataFrame
    """The articles' links between merged incidents (schema.LINK_COLUMNS plus LINK_EXTRA): one row
    per incident pair, relation, party and stance, with every source's cues and sentences."""


def load_sources(collection: Collection) -> tuple[list[Source], list[tuple[str, str]]]:
    """Every member's article, events and claims (drafted where there is no events file); failures
    are listed, not raised."""
    sources, failed = [], []
    for member in collection.members:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                article = load_article(member.article)
                events_path = member.events or extraction.ensure_events(member.article)
                events = schema.load_events(events_path)
                claims = schema.load_claims(config.claims_path_for(events_path), events)
                links = schema.load_links(config.links_path_for(events_path), events)
        except EventReportError as exc:
            failed.append((member.article_id, str(exc)))
            continue
        sources.append(Source(member, article, events, claims, events_path, links))
    return sources, failed


def merge_collection(collection: Collection) -> Merged:
    """Load every member and merge its events inside the collection's date window."""
    sources, failed = load_sources(collection)
    stacked = stack(sources)
    inside = stacked["event_date"].map(
        lambda d: pd.isna(d) or collection.in_window(d.date())
    )  # an undated event is not dated outside the window: kept
    inside = inside.astype(bool)
    outside = stacked[~inside].groupby("article_id").size()
    excluded = [
        *failed,
        *(
            (
                a,
                f"{n} event{'s' if n > 1 else ''} outside the date window {collection.start} to "
                f"{collection.end}",
            )
            for a, n in outside.items()
        ),
    ]
    merged = merge(stacked[inside].reset_index(drop=True), sources)
    event_links, dropped = merged_links(sources, merged[3])
    excluded += [
        (a, f"{n} link{'s' if n > 1 else ''} with an end outside the date window")
        for a, n in dropped.items()
    ]
    return Merged(
        *merged,
        sources,
        pd.DataFrame(excluded, columns=["article_id", "reason"], dtype="string"),
        event_links,
    )


def stack(sources: list[Source]) -> pd.DataFrame:
    """All sources' events in one frame, each row with its article id, outlet, publication date and
    draft flag."""
    frames = [
        s.events[schema.EVENT_COLUMNS].assign(
            article_id=s.member.article_id,
            outlet=s.article.outlet or "outlet not stated",
            published=pd.Timestamp(s.article.published),
            drafted=s.member.drafted,
            source_event_id=s.events["event_id_cnty"],
        )
        for s in sources
    ]
    if not frames:
        raise EventReportError("no article of the collection has events that could be read")
    return pd.concat(frames, ignore_index=True).astype(
        {"article_id": "string", "outlet": "string", "drafted": bool}
    )


def merge(
    stacked: pd.DataFrame, sources: list[Source]
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Cluster the stacked events into incidents; return (events, claims, disagreements, links)."""
    groups = clusters(stacked)
    rows, disagreements, links = [], [], []
    for members in sorted(groups, key=lambda g: (stacked.loc[g, "event_date"].min(), min(g))):
        row, found = _merged_row(stacked.loc[members])
        rows.append(row)
        disagreements += found
    events = pd.DataFrame(rows)
    events["event_id_cnty"] = _ids(events)
    for merged_id, members in zip(
        events["event_id_cnty"], (r["_members"] for r in rows), strict=True
    ):
        links += [
            (stacked.at[i, "article_id"], stacked.at[i, "source_event_id"], merged_id)
            for i in members
        ]
    links = pd.DataFrame(
        links, columns=["article_id", "source_event_id", "event_id_cnty"], dtype="string"
    )
    ids = dict(zip([r["_key"] for r in rows], events["event_id_cnty"], strict=True))
    disagreements = pd.DataFrame(
        [{**d, "event_id_cnty": ids[d["event_id_cnty"]]} for d in disagreements],
        columns=["event_id_cnty", "field", "chosen", "values", "rule"],
        dtype="string",
    )
    events = events.drop(columns=["_members", "_key"])
    return (
        events[[*schema.EVENT_COLUMNS, *MERGED_EXTRA]],
        merged_claims(sources, links),
        disagreements,
        links,
    )


def clusters(stacked: pd.DataFrame) -> list[list[int]]:
    """Groups of row labels that are one incident: matching pairs joined best first, complete
    linkage, one event per article."""
    scores = match_scores(stacked)
    group = {i: frozenset([i]) for i in stacked.index}
    for _score, a, b in sorted(
        ((s, a, b) for (a, b), s in scores.items()), key=lambda t: (-t[0], t[1], t[2])
    ):
        left, right = group[a], group[b]
        if left is right:
            continue
        articles = stacked.loc[list(left), "article_id"]
        if set(articles) & set(stacked.loc[list(right), "article_id"]):
            continue
        if all((min(x, y), max(x, y)) in scores for x in left for y in right):
            joined = left | right
            for i in joined:
                group[i] = joined
    return [sorted(g) for g in dict.fromkeys(group.values())]


def match_scores(stacked: pd.DataFrame) -> dict[tuple[int, int], float]:
    """Every pair of events of different articles that match, with its score (higher is closer)."""
    rows = list(stacked.itertuples())
    found = {}
    for i, a in enumerate(rows):
        for b in rows[i + 1 :]:
            score = pair_score(a, b)
            if score is not None and score >= MATCH_SCORE:
                found[(min(a.Index, b.Index), max(a.Index, b.Index))] = score
    return found


def pair_score(a, b) -> float | None:
    """How well two events agree (date, place, actors, type: up to 1 point each), or None when they
    cannot be one."""
    if a.article_id == b.article_id or (a.event_type == STATEMENTS) != (
        b.event_type == STATEMENTS
    ):
        return None
    if pd.isna(a.event_date) or pd.isna(b.event_date):
        return None  # an event with no date stated cannot be told to be another source's
    days = abs((a.event_date - b.event_date).days)
    if days > max(_slack(a.time_precision), _slack(b.time_precision)):
        return None
    place = place_score(a, b)
    if place is None:
        return None
    if a.event_type == STATEMENTS and not same_statement(a, b):
        return None
    month_only = 3 in (_precision(a.time_precision), _precision(b.time_precision))
    date = 1.0 if days == 0 else 0.5 if days == 1 or month_only else 0.25
    return date + place + actor_score(a, b) + type_score(a, b)


def same_statement(a, b) -> bool:
    """Two statements can be one: the same speaker, the same target where both name one, the same
    CAMEO root."""
    targets = pd.isna(a.actor2) or pd.isna(b.actor2) or actors_match(a.actor2, b.actor2)
    return (
        actors_match(a.actor1, b.actor1)
        and targets
        and str(a.x_cameo_code)[:2] == str(b.x_cameo_code)[:2]
    )


def _slack(precision: object) -> int:
    """Days two dates may differ by for a time precision (unknown counts as the coarsest)."""
    return DATE_SLACK_DAYS.get(int(precision) if not pd.isna(precision) else 3, 31)


def place_score(a, b) -> float | None:
    """1 within 10 km, 0.75 within 50 km, 0.5 for a region or seat in the same country; None when
    the places differ."""
    same_country = pd.isna(a.country) or pd.isna(b.country) or a.country == b.country
    if any(pd.isna(v) for v in (a.latitude, a.longitude, b.latitude, b.longitude)):
        return 0.25 if same_country else None
    km = places.distance_km(
        float(a.latitude), float(a.longitude), float(b.latitude), float(b.longitude)
    )
    if km <= EXACT_KM:
        return 1.0
    if km <= NEAR_KM:
        return 0.75
    coarse = 3 in (_precision(a.geo_precision), _precision(b.geo_precision))
    return 0.5 if coarse and same_country else None


def _precision(value: object) -> int:
    """A precision code, unknown as the coarsest (3)."""
    return 3 if pd.isna(value) else int(value)


def actor_key(name: object) -> frozenset[str]:
    """The words that identify an actor: no brackets, no generic words; crowds of a country are one
    crowd."""
    if pd.isna(name):
        return frozenset()
    text = str(name).lower()
    country = re.findall(r"\(([a-z ]+)\)", text)
    words = set(name_words(re.sub(r"\([^)]*\)", " ", text), wordlists.words("generic_actor_word")))
    crowd = wordlists.words("crowd_word")
    if words & crowd:
        words = (words - crowd) | {"crowd", *(f"in {c}" for c in country)}
    return frozenset(words)


def actors_match(a: object, b: object) -> bool:
    """Two actor names name the same actor: the words of one contain the other's."""
    ka, kb = actor_key(a), actor_key(b)
    return bool(ka and kb) and (ka <= kb or kb <= ka)


def actor_score(a, b) -> float:
    """0.5 for the same actor1, 0.5 for the same actor2 (or both none); 0.25 when they share an
    actor otherwise."""
    score = 0.5 * actors_match(a.actor1, b.actor1)
    score += 0.5 * (actors_match(a.actor2, b.actor2) or (pd.isna(a.actor2) and pd.isna(b.actor2)))
    if score == 0 and (actors_match(a.actor1, b.actor2) or actors_match(a.actor2, b.actor1)):
        score = 0.25
    return score


def type_score(a, b) -> float:
    """1 for the same sub-event type (for statements, the same CAMEO code), 0.5 for the same type
    (CAMEO root)."""
    if a.event_type == STATEMENTS:
        return 1.0 if a.x_cameo_code == b.x_cameo_code else 0.5
    return (
        1.0
        if a.sub_event_type == b.sub_event_type
        else 0.5
        if a.event_type == b.event_type
        else 0.0
    )


def _merged_row(group: pd.DataFrame) -> tuple[dict, list[dict]]:
    """One incident's row by the coding rules, and the disagreements between its sources."""
    group = group.sort_values(["published", "article_id"])
    ranked = group[~group["drafted"]] if (~group["drafted"]).any() else group
    date_row = _choose(ranked, "time_precision", lambda r: _day_text(r["event_date"]))
    place_row = _choose(ranked, "geo_precision", lambda r: _text(r["location"]))
    type_row = _choose(ranked, None, lambda r: f"{r['event_type']}: {r['sub_event_type']}")
    latest = ranked.iloc[-1]
    row = {
        **type_row[schema.EVENT_COLUMNS].to_dict(),
        **date_row[DATE_FIELDS].to_dict(),
        **place_row[PLACE_FIELDS].to_dict(),
    }
    row.update(
        _ranges(group),
        fatalities=latest["fatalities"],
        tags=_joined(group["tags"].dropna().unique()),
        source=_joined(group["outlet"].unique()),
        source_scale=_joined(group["source_scale"].dropna().unique()),
        timestamp=group["timestamp"].max(),
        x_article_id=_joined(group["article_id"]),
        x_evidence=" | ".join(
            f"[{r.article_id}] {q.strip()}"
            for r in group.itertuples()
            for q in _text(r.x_evidence).split(" | ")
            if q.strip()
        ),
        sources="; ".join(_source_label(r) for r in group.itertuples()),
        x_n_sources=len(group),
        x_source_events="; ".join(
            f"{r.article_id}:{r.source_event_id}" for r in group.itertuples()
        ),
        x_drafted=bool(group["drafted"].all()),
        _members=list(group.index),
        _key=min(group.index),
    )
    found = [
        d
        for d in (
            _disagreement(
                group,
                "type",
                lambda r: f"{r['event_type']}: {r['sub_event_type']}",
                type_row,
                "the type most sources give, then the latest report",
            ),
            _disagreement(
                group,
                "date",
                lambda r: _day_text(r["event_date"]),
                date_row,
                "the most precise date (time_precision), then the most sources, then the latest "
                "report",
            ),
            _disagreement(
                group,
                "place",
                lambda r: _text(r["location"]),
                place_row,
                "the most precise place (geo_precision), then the most sources, then the latest "
                "report",
            ),
        )
        if d is not None
    ]
    row["notes"] = _notes(group, type_row, found)
    return row, [{**d, "event_id_cnty": row["_key"]} for d in found]


def _choose(group: pd.DataFrame, precision: str | None, value) -> pd.Series:
    """The source row whose value wins: best precision, then the most sources, then the latest
    report."""
    values = group.apply(value, axis=1)
    counts = values.map(values.value_counts())
    order = pd.DataFrame(
        {
            "precision": group[precision].astype("Float64").fillna(9) if precision else 0,
            "sources": -counts,
            "position": -pd.Series(range(len(group)), index=group.index),
        }
    )
    return group.loc[
        order.sort_values(["precision", "sources", "position"], kind="stable").index[0]
    ]


def _disagreement(
    group: pd.DataFrame, field: str, value, chosen: pd.Series, rule: str
) -> dict | None:
    """A row of the disagreements table when the sources give different values of a field."""
    values = group.apply(value, axis=1)
    if values.nunique() < 2:
        return None
    listed = "; ".join(
        f"{v} ({', '.join(group.loc[values == v, 'article_id'])})" for v in values.unique()
    )
    return {"field": field, "chosen": value(chosen), "values": listed, "rule": rule}


def _ranges(group: pd.DataFrame) -> dict[str, object]:
    """The killed and injured ranges across sources: the lowest low, the highest figure (open when
    that is open-ended)."""
    ranges = {}
    for metric in ("fatalities", "injuries"):
        known = group[group[f"x_{metric}_low"].notna()]
        if known.empty:
            ranges.update({f"x_{metric}_low": pd.NA, f"x_{metric}_high": pd.NA})
            continue
        tops = known[f"x_{metric}_high"].fillna(known[f"x_{metric}_low"])
        open_top = known[known[f"x_{metric}_high"].isna()][f"x_{metric}_low"]
        is_open = not open_top.empty and open_top.max() >= tops.max()
        ranges.update(
            {
                f"x_{metric}_low": known[f"x_{metric}_low"].min(),
                f"x_{metric}_high": pd.NA if is_open else tops.max(),
            }
        )
    return ranges


def _notes(group: pd.DataFrame, type_row: pd.Series, found: list[dict]) -> str:
    """The merged event's notes: the words of the source chosen for its type, the sources, the
    disagreements."""
    note = _text(type_row["notes"])
    if len(group) > 1:
        note += f" Merged from {len(group)} reports ({', '.join(group['article_id'])})."
    for d in found:
        note += f" Sources disagree on the {d['field']}: {d['values']}; coded {d['chosen']}."
    return note.strip()


def _source_label(row) -> str:
    """'article_id (outlet, 2020-01-03)', marked when the events are a machine draft."""
    return (
        f"{row.article_id} ({row.outlet}, "
        f"{row.published:%Y-%m-%d}{', machine draft' if row.drafted else ''})"
    )


def _text(value: object) -> str:
    """A cell as text, empty when missing."""
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _joined(values: Iterable[object]) -> str:
    """Distinct values joined with '; '."""
    return "; ".join(dict.fromkeys(str(v) for v in values))


def _day_text(day: pd.Timestamp, fmt: str = "%Y-%m-%d") -> str:
    """A day as text; '' for an event whose date is not stated."""
    return "" if pd.isna(day) else day.strftime(fmt)


def _ids(events: pd.DataFrame) -> list[str]:
    """Merged ids `<ISO3>-<YYYYMMDD>-M<NN>`: the M marks an event merged across a collection's
    articles."""
    counters: dict[str, int] = {}
    ids = []
    for iso, day in zip(events["iso"], events["event_date"], strict=True):
        stem = f"{places.iso3_for_numeric(iso) or 'XXX'}-{_day_text(day, '%Y%m%d') or 'undated'}-M"
        counters[stem] = counters.get(stem, 0) + 1
        ids.append(f"{stem}{counters[stem]:02d}")
    return ids


def merged_claims(sources: list[Source], links: pd.DataFrame) -> pd.DataFrame:
    """Every article's claims under the merged event's id, with the article, outlet and date of the
    report."""
    frames = []
    for s in sources:
        claims = s.claims.rename(columns={"event_id_cnty": "source_event_id"}).assign(
            article_id=s.member.article_id,
            outlet=s.article.outlet or "outlet not stated",
            published=s.article.published.isoformat(),
            drafted=s.member.drafted,
        )
        frames.append(claims.merge(links, on=["article_id", "source_event_id"], how="inner"))
    claim_columns = [
        c
        for c in dict.fromkeys(c for s in sources for c in s.claims.columns)
        if c != "event_id_cnty"
    ]
    if not frames:
        return pd.DataFrame(columns=["event_id_cnty", *CLAIM_SOURCE_COLUMNS, *claim_columns])
    claims = pd.concat(frames, ignore_index=True)
    return (
        claims[["event_id_cnty", *CLAIM_SOURCE_COLUMNS, *claim_columns]]
        .sort_values(["event_id_cnty", "published", "article_id"], kind="stable")
        .reset_index(drop=True)
    )


def merged_links(sources: list[Source], members: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series]:
    """Every article's links moved onto the merged incidents (both ends) and merged like events:
    one row per incident pair, relation, party (`asserted_by`, any case) and stance, with each
    source's cue and sentence; a denial stays a row of its own beside the link it denies.
    Also returns, per article, how many links were left out because an end is not merged (outside
    the date window)."""
    ends = members.set_index(["article_id", "source_event_id"])["event_id_cnty"]
    frames = [
        s.links.assign(
            article_id=s.member.article_id,
            outlet=s.article.outlet or "outlet not stated",
            published=pd.Timestamp(s.article.published),
            drafted=s.member.drafted,
        )
        for s in sources
    ]
    stacked = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    if stacked.empty:
        return pd.DataFrame(columns=[*schema.LINK_COLUMNS, *LINK_EXTRA]), pd.Series(dtype=int)
    stacked = stacked.assign(
        source_link=stacked["article_id"]
        + ":"
        + stacked["from_event"]
        + ">"
        + stacked["to_event"],
        from_event=_moved(stacked, "from_event", ends),
        to_event=_moved(stacked, "to_event", ends),
        party=stacked["asserted_by"].str.strip().str.casefold(),
    )
    inside = stacked["from_event"].notna() & stacked["to_event"].notna()
    dropped = stacked[~inside].groupby("article_id").size()
    stacked = stacked[inside].sort_values(["published", "article_id"], kind="stable")
    keys = ["from_event", "to_event", "relation", "party", "stance"]
    rows = [_merged_link(group) for _, group in stacked.groupby(keys, sort=False)]
    merged = pd.DataFrame(rows, columns=[*schema.LINK_COLUMNS, *LINK_EXTRA])
    return merged.sort_values(["from_event", "to_event"], kind="stable").reset_index(
        drop=True
    ), dropped


def _moved(links: pd.DataFrame, end: str, ends: pd.Series) -> pd.Series:
    """A link end's merged incident id (missing when its event was left out of the merge)."""
    index = pd.MultiIndex.from_arrays([links["article_id"], links[end]])
    return pd.Series(ends.reindex(index).to_numpy(), index=links.index, dtype="string")


def _merged_link(group: pd.DataFrame) -> dict:
    """One merged link: the first source's words for the party, every distinct cue, each source's
    sentence after its article id (as the merged events' x_evidence), and the sources."""
    first = group.iloc[0]
    quotes = group.drop_duplicates(subset=["article_id", "quote"])
    return {
        "from_event": first["from_event"],
        "to_event": first["to_event"],
        "relation": first["relation"],
        "cue": _joined(group["cue"]),
        "quote": " | ".join(f"[{r.article_id}] {r.quote}" for r in quotes.itertuples()),
        "asserted_by": first["asserted_by"],
        "stance": first["stance"],
        "sources": "; ".join(dict.fromkeys(_source_label(r) for r in group.itertuples())),
        "x_n_sources": group["article_id"].nunique(),
        "x_article_id": _joined(group["article_id"]),
        "x_source_links": "; ".join(group["source_link"]),
        "x_drafted": bool(group["drafted"].all()),
    }
