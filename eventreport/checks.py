"""Curated data that cannot lie: an events file, its claims and links checked against the article
and the world.

`schema` checks each cell on its own; this module checks what the cells claim: every quote (of the
claims and the links) and evidence excerpt is in the article, the coordinates lie in the stated
country, `fatalities` agrees with the claims, the Goldstein score is that of the CAMEO code. Every
problem of both files is reported at once, one per line. An `admin1` that is no province of the
country on the basemap and an actor name not in the shipped actor list are warnings, with the
nearest known names.
"""

from __future__ import annotations

import difflib
import re
import warnings
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from . import article, config, places, reference, schema
from .errors import DataWarning, InputError, ValidationError
from .names import name_key, undated

BORDER_TOLERANCE_KM = 5.0
"""A point this close to its country's outline counts as inside: the basemap is simplified (about 2
km) and coasts move."""
EVIDENCE_SEPARATOR = " | "
SUGGESTIONS = 3
COUNTRY = "{country}"
"""The slot of an actor name template (actors.csv): 'Military Forces of {country}'."""


class Checked(NamedTuple):
    """The three tables of an article's events data, each loaded and checked."""

    events: pd.DataFrame
    claims: pd.DataFrame
    links: pd.DataFrame


def validate(events_path: Path, article_path: Path | None = None) -> Checked:
    """Load an events file and its claims and links files and run every check; raise one
    ValidationError listing all problems of the three.

    The article is `article_path`, else `data/articles/<x_article_id>.txt`; without one, quotes are
    not checked and a warning says so. Unknown actor names are warnings (`warnings.warn`).
    """
    claims_path = config.claims_path_for(events_path)
    events_error, events = _loaded(events_path, lambda: schema.load_events(events_path))
    ids = events["event_id_cnty"] if events is not None else _raw_ids(events_path)
    claims_error, claims = _loaded(
        claims_path, lambda: schema.load_claims(claims_path, pd.DataFrame({"event_id_cnty": ids}))
    )
    links_path = config.links_path_for(events_path)
    links_error, links = (
        _loaded(links_path, lambda: schema.load_links(links_path, events))
        if events is not None
        else (InputError(links_path, []), None)
    )
    if events is not None and claims is not None and links is not None:
        texts = _article_texts(events, article_path, events_path.parent)
        article_of = events.set_index("event_id_cnty")["x_article_id"]
        events_error = _as_error(events_path, event_problems(events, claims, texts))
        claims_error = _as_error(
            claims_path,
            quote_problems(claims, "quote", claims["event_id_cnty"].map(article_of), texts),
        )
        links_error = _as_error(
            links_path, quote_problems(links, "quote", links["to_event"].map(article_of), texts)
        )
        for message in admin1_warnings(events) + actor_warnings(events):
            warnings.warn(f"{events_path}: {message}", DataWarning, stacklevel=2)
    if events_error.problems or claims_error.problems or links_error.problems:
        raise ValidationError([events_error, claims_error, links_error])
    return Checked(events, claims, links)


def event_problems(
    events: pd.DataFrame, claims: pd.DataFrame, texts: dict[str, str | None]
) -> list[schema.Problem]:
    """Every check of the events table against the article, the claims and the world, in file
    order."""
    found = (
        quote_problems(events, "x_evidence", events["x_article_id"], texts)
        + coordinate_problems(events)
        + fatality_problems(events, claims)
        + goldstein_problems(events)
    )
    return sorted(found, key=lambda p: (p.line or 0, p.column or ""))


def _loaded(
    path: Path, load: Callable[[], pd.DataFrame]
) -> tuple[InputError, pd.DataFrame | None]:
    """Run a loader: (its InputError, or an empty one, and the frame or None), so both files'
    problems are collected."""
    try:
        return InputError(path, []), load()
    except InputError as exc:
        return exc, None


def _as_error(path: Path, problems: list[schema.Problem]) -> InputError:
    """Problems of one file as its InputError (grouped by kind when printed)."""
    return InputError(path, [str(p) for p in problems], [p.kind for p in problems])


def _raw_ids(events_path: Path) -> pd.Series:
    """The event ids of an events file that failed its checks, so its claims can still be
    checked."""
    try:
        raw = schema.read_csv_text(events_path)
    except InputError:
        return pd.Series([], dtype="string")
    return raw["event_id_cnty"] if "event_id_cnty" in raw else pd.Series([], dtype="string")


# --------------------------------------------------------------------------- the article


def _article_texts(
    events: pd.DataFrame, article_path: Path | None, events_dir: Path
) -> dict[str, str | None]:
    """x_article_id -> the article's text, whitespace-normalised; None (and a warning) where no
    article is found.

    Without `article_path`, an article is `data/articles/<x_article_id>.txt` or
    `../articles/<x_article_id>.txt` beside the events file's folder."""
    ids = events["x_article_id"].fillna("").unique()
    if article_path is not None:
        text = _normalised(article.load_article(article_path).text)
        return {key: text for key in ids}
    texts = {}
    for key in ids:
        path = next(
            (
                p
                for p in (
                    config.ARTICLES_DIR / f"{key}.txt",
                    events_dir.parent / "articles" / f"{key}.txt",
                )
                if key and p.is_file()
            ),
            None,
        )
        texts[key] = _normalised(article.load_article(path).text) if path else None
        if texts[key] is None:
            warnings.warn(
                "quotes not checked: no article "
                f"{'for x_article_id ' + repr(key) if key else 'named (x_article_id is empty)'}; "
                "give it with --article",
                DataWarning,
                stacklevel=3,
            )
    return texts


def _normalised(text: str) -> str:
    """Text with every run of whitespace as one space, so line breaks in a quote do not matter."""
    return " ".join(text.split())


def quote_problems(
    frame: pd.DataFrame, column: str, article_ids: pd.Series, texts: dict[str, str | None]
) -> list[schema.Problem]:
    """Each excerpt of `column` (evidence split at ' | ') must be in its article verbatim,
    whitespace aside."""
    problems = []
    for line, cell in frame[column].dropna().items():
        text = texts.get("" if pd.isna(article_ids.get(line)) else article_ids.get(line))
        if text is None:
            continue
        parts = str(cell).split(EVIDENCE_SEPARATOR) if column == "x_evidence" else [str(cell)]
        for part in (p for p in map(_normalised, parts) if p and p not in text):
            problems.append(
                schema.Problem(
                    line, column, part, "words found verbatim in the article (they are not in it)"
                )
            )
    return problems


# --------------------------------------------------------------------------- the world


def coordinate_problems(events: pd.DataFrame) -> list[schema.Problem]:
    """Coordinates must fall inside the stated country, within BORDER_TOLERANCE_KM of its
    outline: one outline per country, one vectorised test per country, and only the points outside
    are measured."""
    import shapely

    countries, _ = places.load_basemap()
    located = events.dropna(subset=["latitude", "longitude"])
    outside = []
    for (iso, country), group in located.groupby(["iso", "country"], dropna=False, sort=False):
        outline = _country_outline(iso, country)
        if outline is None:
            continue
        lon, lat = group["longitude"].astype(float), group["latitude"].astype(float)
        outside.append(group[~shapely.contains_xy(outline, lon.to_numpy(), lat.to_numpy())])
    problems = []
    for line, row in pd.concat(outside).sort_index().iterrows() if outside else ():
        outline = _country_outline(row["iso"], row["country"])
        point = shapely.Point(float(row["longitude"]), float(row["latitude"]))
        edge = shapely.ops.nearest_points(outline, point)[0]
        km = places.distance_km(point.y, point.x, edge.y, edge.x)
        if km > BORDER_TOLERANCE_KM:
            inside = countries[countries.contains(point)]["name"].dropna()
            where = f", in {inside.iloc[0]}" if not inside.empty else ""
            problems.append(
                schema.Problem(
                    line,
                    "latitude",
                    f"{point.y}, {point.x}",
                    f"coordinates inside {row['country']} (they lie {km:,.0f} km outside "
                    f"it{where})",
                )
            )
    return problems


def _country_outline(iso: object, name: object):
    """The basemap outline of a country by ISO numeric code, else by name; None when the basemap
    lacks it."""
    return _outline(places.iso3_for_numeric(iso), name if isinstance(name, str) else None)


@cache
def _outline(iso3: str | None, name: str | None):
    """The outline of `_country_outline`, once per country, prepared for fast point tests; a
    country of one basemap row is that row's geometry as it is (a union of its parts only costs
    time)."""
    import shapely

    countries, _ = places.load_basemap()
    hit = countries[countries["iso_a3"] == iso3] if iso3 else countries.iloc[0:0]
    if hit.empty and name is not None:
        hit = countries[countries["name"].map(name_key) == name_key(name)]
    if hit.empty:
        return None
    outline = hit.geometry.iloc[0] if len(hit) == 1 else hit.geometry.union_all()
    shapely.prepare(outline)
    return outline


def admin1_warnings(events: pd.DataFrame) -> list[str]:
    """An admin1 that names no province of the event's country on the basemap, with the nearest
    names. A warning, not an error: Natural Earth's first-level units are not always ACLED's
    (Kenya's counties, Burkina Faso's regions)."""
    named = events.dropna(subset=["admin1"])
    keys = ["iso", "country", "admin1"]
    hints = {
        tuple(row[k] for k in keys): _admin1_hint(row["iso"], row["country"], row["admin1"])
        for _, row in named.drop_duplicates(subset=keys).iterrows()
    }  # once per distinct place name, not once per event
    return [
        f"line {line}, column 'admin1': {row['admin1']!r} is not a province of "
        f"{row['country']} on the basemap{hint}"
        for line, row in named.iterrows()
        if (hint := hints[tuple(row[k] for k in keys)]) is not None
    ]


def _admin1_hint(iso: object, country: object, admin1: object) -> str | None:
    """None when `admin1` is a province of the country on the basemap (or the basemap knows none of
    it), else the hint that follows the warning: '; nearest: …' or ''."""
    iso3 = places.iso3_for_numeric(iso) or places.iso3_for_country(country)
    names = places.province_list(iso3) if iso3 else []
    if not names or places.province_named(iso3, admin1) is not None:
        return None
    near = difflib.get_close_matches(str(admin1), names, n=SUGGESTIONS, cutoff=0.5)
    return f"; nearest: {', '.join(near)}" if near else ""


# --------------------------------------------------------------------------- the figures and codes


def fatality_problems(events: pd.DataFrame, claims: pd.DataFrame) -> list[schema.Problem]:
    """`fatalities` against the killed claims of its event, under the rule of data/README.md: not
    below what every account allows (the smallest whole-event figure, and the named groups' partial
    counts added up), and not above the largest figure when every figure is closed."""
    killed = claims[claims["metric"] == "killed"]
    bounds = fatality_bounds_by_event(killed)
    checked = events[events["event_id_cnty"].isin(bounds.index) & events["fatalities"].notna()]
    low = checked["event_id_cnty"].map(bounds["low"])
    high = checked["event_id_cnty"].map(bounds["high"])
    value = checked["fatalities"].astype("int64")
    wrong = (value < low) | (high.notna() & (value > high)).fillna(False)
    problems = []
    for line, row in checked[wrong].iterrows():
        allowed = (
            f"from {low[line]} to {high[line]}"
            if pd.notna(high[line])
            else f"of at least {low[line]}"
        )
        own = killed[killed["event_id_cnty"] == row["event_id_cnty"]]
        problems.append(
            schema.Problem(
                line,
                "fatalities",
                int(row["fatalities"]),
                f"a figure {allowed}, as the killed claims of "
                f"{row['event_id_cnty']} allow ({_claims_said(own)})",
            )
        )
    return problems


def fatality_bounds(killed: pd.DataFrame) -> tuple[int, int | None]:
    """(lowest, highest) `fatalities` one event's killed claims allow; highest None when a claim is
    open-ended (the rule: `fatality_bounds_by_event`)."""
    bounds = fatality_bounds_by_event(killed)
    if bounds.empty:
        return 0, 0
    low, high = bounds.iloc[0]
    return int(low), None if pd.isna(high) else int(high)


def fatality_bounds_by_event(killed: pd.DataFrame) -> pd.DataFrame:
    """Per event of the killed claims, the `low` and `high` `fatalities` they allow (`high` missing
    when a claim is open-ended); all events at once, so thousands of events take one pass.

    Lowest: the most conservative account. Each claimant's account implies at least its smallest
    whole-event figure (victim group unknown) and at least the sum of its named groups' counts
    (partial counts of different groups add up); `fatalities` may take the smallest of these
    (ACLED's most conservative credible figure), not less. Highest: the largest whole-event figure,
    or the named groups' largest counts added up, whichever is more.
    """
    ids = pd.Index(killed["event_id_cnty"].unique(), name="event_id_cnty")
    whole = killed[killed["victim_group"] == "unknown"]
    by_claimant = _claimant_side_counts(killed)
    parts = by_claimant.groupby(level=["event_id_cnty", "claimant"]).sum()
    implied = pd.concat(
        [whole.groupby(["event_id_cnty", "claimant"])["low"].min(), parts], axis=1
    ).max(axis=1)
    low = implied.groupby(level="event_id_cnty").min().reindex(ids).fillna(0).astype("int64")
    groups = by_claimant.groupby(level=["event_id_cnty", "metric", "victim_group"]).max()
    sides = groups.groupby(level="event_id_cnty").sum().reindex(ids).fillna(0).astype("int64")
    largest = whole.groupby("event_id_cnty")["high"].max().reindex(ids).fillna(0).astype("int64")
    high = pd.concat([largest, sides, low], axis=1).max(axis=1).astype("Int64")
    open_ended = killed["high"].isna().groupby(killed["event_id_cnty"]).any().reindex(ids)
    return pd.DataFrame({"low": low, "high": high.mask(open_ended.astype(bool))})


def side_counts(claims: pd.DataFrame) -> pd.Series:
    """The count of each named victim group, by (event, metric, group): the largest any claimant
    gives for it."""
    return (
        _claimant_side_counts(claims)
        .groupby(level=["event_id_cnty", "metric", "victim_group"])
        .max()
        .astype("int64")
    )


def _claimant_side_counts(claims: pd.DataFrame) -> pd.Series:
    """Each claimant's count of each named group, by (event, metric, group, claimant): its largest
    figure for it (its smaller ones are parts of it: 'including one wounded in the thigh'). A
    `named` person is part of a count, not a count, unless the claimant gives nothing else for the
    group."""
    keys = ["event_id_cnty", "metric", "victim_group", "claimant"]
    named = claims[claims["victim_group"] != "unknown"]
    counted = named[named["qualifier"].fillna("") != "named"]
    alone = ~named.set_index(keys).index.isin(counted.set_index(keys).index)
    return pd.concat([counted, named[alone]]).groupby(keys)["low"].max()


def _claims_said(claims: pd.DataFrame) -> str:
    """'PMF: 5; IRGC: at least 2' for a message."""
    from_claims = [
        f"{r.claimant}: {'' if pd.isna(r.qualifier) else r.qualifier + ' '}{r.low}"
        + ("" if pd.isna(r.high) or r.high == r.low else f"-{r.high}")
        for r in claims.itertuples()
    ]
    return "; ".join(from_claims)


def goldstein_problems(events: pd.DataFrame) -> list[schema.Problem]:
    """x_goldstein must be the Goldstein value of x_cameo_code (data/reference/cameo_codes.csv)."""
    scores = reference.cameo_codes()["goldstein"]
    coded = events.dropna(subset=["x_cameo_code"])
    known = coded["x_cameo_code"].isin(scores.index)
    expected = coded["x_cameo_code"].map(scores).astype("float")
    given = coded["x_goldstein"].astype("float")
    wrong = known & given.notna() & ((given - expected).abs() > 1e-9)
    problems = []
    for line, row in coded[~known | wrong].iterrows():
        code = row["x_cameo_code"]
        if not known[line]:
            problems.append(
                schema.Problem(
                    line, "x_cameo_code", code, "a CAMEO code of data/reference/cameo_codes.csv"
                )
            )
        else:
            problems.append(
                schema.Problem(
                    line,
                    "x_goldstein",
                    row["x_goldstein"],
                    f"{scores[code]:g}, the Goldstein score of CAMEO {code}",
                )
            )
    return problems


# --------------------------------------------------------------------------- actors


def actor_warnings(events: pd.DataFrame) -> list[str]:
    """Actor names that are not in the shipped actor list (data/lexicons/actors.csv), with the
    nearest known names."""
    named = events.melt(
        id_vars=["country"],
        value_vars=["actor1", "actor2"],
        var_name="column",
        value_name="name",
        ignore_index=False,
    ).dropna(subset=["name"])
    unknown = named[~named["name"].map(lambda n: _known_actor(str(n)))]
    messages = []
    for name, rows in unknown.groupby("name", sort=False):
        near = difflib.get_close_matches(
            undated(str(name)),
            _actor_names(rows["country"].iloc[0]),
            n=SUGGESTIONS,
            cutoff=0.4,
        )
        hint = f"; nearest known: {', '.join(near)}" if near else ""
        where = ", ".join(
            f"line {line} ({column})"
            for line, column in sorted(zip(rows.index, rows["column"], strict=True))
        )
        messages.append(f"{where}: actor {name!r} is not in data/lexicons/actors.csv{hint}")
    return messages


def _known_actor(name: str) -> bool:
    """Whether a name is a shipped actor (case and punctuation aside): exactly, or a '{country}'
    template filled in, with or without '(2017-2021)'."""
    bare = name_key(undated(name))
    return any(pattern.fullmatch(bare) for pattern in _actor_patterns())


@cache
def _actor_patterns() -> list[re.Pattern]:
    """The shipped actor names as patterns; '{country}' matches any words."""
    return [
        re.compile(
            " .+ ".join(re.escape(name_key(part)) for part in undated(n).split(COUNTRY)).strip()
        )
        for n in _actor_table()["name"]
    ]


def _actor_names(country: object) -> list[str]:
    """The shipped actor names, '{country}' filled with the event's country."""
    fill = country if isinstance(country, str) else "the country"
    names = (undated(n).replace(COUNTRY, fill) for n in _actor_table()["name"])
    return list(dict.fromkeys(names))  # one suggestion per name, whatever its periods


@cache
def _actor_table() -> pd.DataFrame:
    """data/lexicons/actors.csv, read once."""
    return pd.read_csv(config.LEXICON_DIR / "actors.csv", dtype="string", keep_default_na=False)
