#!/usr/bin/env python3
"""Build the offline basemap (Middle East and world) from QGIS's Natural Earth GeoPackage.

The source is ``world_map.gpkg`` as shipped in Debian's ``qgis-common`` package
(``usr/share/qgis/resources/data/world_map.gpkg``). It holds Natural Earth
1:10m countries and first-level provinces. This script clips both to a Middle
East bounding box, keeps and renames a few attribute columns and writes the
layer ``countries`` to one GeoPackage. It also writes ``world_countries``: every
country, not clipped, with the same columns as ``countries`` and simplified
(``--world-tolerance``) to keep the file small; and ``provinces``: every
first-level unit of the world, those of the Middle East in full detail, the
others simplified together as one coverage (``--province-tolerance``), so that
neighbouring provinces keep sharing their borders.

See ``data/basemap/README.md`` for provenance, licence and rebuild commands.

Usage::

    python scripts/build_basemap.py --source PATH/TO/world_map.gpkg
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import pyogrio.errors
import shapely
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

DEFAULT_OUTPUT = Path("data/basemap/natural_earth_middle_east.gpkg")
CRS = "EPSG:4326"
BoundingBox = tuple[float, float, float, float]
# (min lon, min lat, max lon, max lat) in degrees.
BBOX: BoundingBox = (24.0, 10.0, 64.0, 44.0)
SOURCE_COUNTRY_LAYER = "countries"
SOURCE_PROVINCE_LAYER = "states_provinces"
OUTPUT_COUNTRY_LAYER = "countries"
OUTPUT_PROVINCE_LAYER = "provinces"
OUTPUT_WORLD_COUNTRY_LAYER = "world_countries"
# Simplification of ``world_countries`` in degrees (Douglas-Peucker, topology preserved).
# Each country is simplified on its own, so a border shared by two countries no longer
# lines up exactly. At 0.02 almost all of the resulting gaps and overlaps are narrower
# than 0.02 degrees (about 2 px on a report map 10 degrees wide); from 0.025 on, hundreds
# are wider and show as doubled borders.
DEFAULT_WORLD_TOLERANCE = 0.02
# Simplification of the provinces outside the Middle East: GEOS coverage simplification
# (Visvalingam-Whyatt; the tolerance is about the square root of the area of the
# triangles removed, in degrees). It keeps shared borders shared, so it may go much further
# than the per-country simplification above without gaps or doubled lines.
DEFAULT_PROVINCE_TOLERANCE = 0.2
# Natural Earth's placeholders for "no code".
MISSING_CODES = frozenset({"", "-99", "-1"})
# Source columns whose values become the pipe-separated ``name_alt``, in order.
# ``woe_label`` reads "Al Anbar, IQ, Iraq"; only the part before the first comma is kept.
ALT_NAME_COLUMNS = ("name_alt", "woe_name", "woe_label", "gn_name")
# Where-On-Earth placeholders such as "GAZ-00 (Gaza Strip aggregation)" are not names.
WOE_PLACEHOLDER = re.compile(r"^[A-Z]{3}-\d{2} \(.*aggregation\)$")
# Fixed GeoPackage timestamp so that rebuilding gives a byte-identical file.
FIXED_TIMESTAMP = "2000-01-01T00:00:00.000Z"


class BasemapError(Exception):
    """A problem with the input that the user has to fix."""


def find_column(columns: Iterable[str], candidates: Sequence[str]) -> str | None:
    """Return the first column matching one of ``candidates`` (case-insensitive)."""
    by_lower = {column.lower(): column for column in columns}
    for candidate in candidates:
        if candidate.lower() in by_lower:
            return by_lower[candidate.lower()]
    return None


def read_layer(source: Path, layer: str) -> gpd.GeoDataFrame:
    """Read one layer of ``source``, failing clearly if the file or layer is missing."""
    if not source.is_file():
        raise BasemapError(f"source GeoPackage not found: {source}")
    try:
        layers = [str(name) for name, _geometry_type in pyogrio.list_layers(source)]
    except pyogrio.errors.DataSourceError as error:
        raise BasemapError(f"cannot open {source} as a GeoPackage: {error}") from error
    if layer not in layers:
        raise BasemapError(
            f"layer {layer!r} not found in {source} (layers present: {', '.join(layers)})"
        )
    frame = pyogrio.read_dataframe(source, layer=layer)
    if frame.crs is None:
        return frame.set_crs(CRS)
    return frame.to_crs(CRS)


def clean_code(value: object) -> str | None:
    """Return a country code, or ``None`` for Natural Earth's missing-code placeholders."""
    if value is None or pd.isna(value):
        return None
    text = str(value).strip()
    return None if text in MISSING_CODES else text


def to_multipolygon(geometry: BaseGeometry | None) -> MultiPolygon | None:
    """Keep only the polygon parts of ``geometry``, as a MultiPolygon (``None`` if none)."""
    if geometry is None or geometry.is_empty:
        return None
    polygons = [part for part in shapely.get_parts(geometry) if isinstance(part, Polygon)]
    polygons = [part for part in polygons if not part.is_empty]
    return MultiPolygon(polygons) if polygons else None


def prepare_geometry(
    frame: gpd.GeoDataFrame, tolerance: float, bbox: BoundingBox | None
) -> gpd.GeoDataFrame:
    """Clip to ``bbox`` (unless ``None``), optionally simplify, keep non-empty MultiPolygons.

    Simplification uses ``preserve_topology=True`` so that no polygon collapses or
    becomes self-intersecting; ``tolerance`` 0 keeps the geometry as it is.
    """
    prepared = frame if bbox is None else gpd.clip(frame, bbox)
    geometry = prepared.geometry
    if tolerance > 0:
        geometry = geometry.simplify(tolerance, preserve_topology=True)
    geometry = geometry.make_valid().map(to_multipolygon)
    prepared = prepared.set_geometry(gpd.GeoSeries(geometry, index=prepared.index, crs=CRS))
    return prepared[prepared.geometry.notna()]


def alternative_names(row: pd.Series, columns: Sequence[str]) -> str | None:
    """Join the distinct alternative names of a province with ``|``, excluding its name."""
    seen = {str(row["name"]).casefold()} if pd.notna(row["name"]) else set()
    names: list[str] = []
    for column in columns:
        value = row[column]
        if value is None or pd.isna(value):
            continue
        text = str(value)
        if column.lower() == "woe_label":
            text = text.split(",")[0]
        text = text.strip()
        if text and text.casefold() not in seen and not WOE_PLACEHOLDER.match(text):
            seen.add(text.casefold())
            names.append(text)
    return "|".join(names) if names else None


def finish(frame: pd.DataFrame, columns: list[str]) -> gpd.GeoDataFrame:
    """Select ``columns`` plus geometry, sort by ``iso_a3`` then ``name``, reset the index."""
    result = gpd.GeoDataFrame(frame[[*columns, "geometry"]], geometry="geometry", crs=CRS)
    sort_keys = [key for key in ("iso_a3", "name") if key in columns]
    result = result.sort_values(sort_keys, na_position="last", kind="mergesort")
    return result.reset_index(drop=True)


def build_countries(
    source: gpd.GeoDataFrame, tolerance: float, bbox: BoundingBox | None
) -> gpd.GeoDataFrame:
    """Countries with ``name``, ``iso_a3`` and, where the source has it, ``iso_n3``.

    Clipped to ``bbox``, or the whole world if it is ``None``.
    """
    name = find_column(source.columns, ["name", "admin", "name_long"])
    iso_a3 = find_column(source.columns, ["iso_a3", "adm0_a3"])
    if name is None or iso_a3 is None:
        raise BasemapError(
            f"countries layer lacks a name or ISO alpha-3 column (has: {list(source.columns)})"
        )
    iso_n3 = find_column(source.columns, ["iso_n3"])
    clipped = prepare_geometry(source, tolerance, bbox)
    frame = pd.DataFrame(
        {
            "name": clipped[name],
            "iso_a3": clipped[iso_a3].map(clean_code),
            "geometry": clipped.geometry,
        }
    )
    columns = ["name", "iso_a3"]
    if iso_n3 is not None:
        frame["iso_n3"] = clipped[iso_n3].map(clean_code)
        columns.append("iso_n3")
    return finish(frame, columns)


def iso_a2_to_a3(countries: gpd.GeoDataFrame) -> dict[str, str]:
    """Map ISO alpha-2 to alpha-3 codes using the source countries layer."""
    iso_a2 = find_column(countries.columns, ["iso_a2"])
    iso_a3 = find_column(countries.columns, ["iso_a3"])
    if iso_a2 is None or iso_a3 is None:
        return {}
    mapping: dict[str, str] = {}
    for two, three in zip(
        countries[iso_a2].map(clean_code), countries[iso_a3].map(clean_code), strict=True
    ):
        if two is not None and three is not None:
            mapping.setdefault(two, three)
    return mapping


def province_country_codes(provinces: pd.DataFrame, a2_to_a3: dict[str, str]) -> pd.Series:
    """Alpha-3 code of each province's country.

    The ISO alpha-2 code is looked up in the countries layer first, so that both
    layers use the same code (Natural Earth's ``adm0_a3`` differs from ISO for
    e.g. Palestine, ``PSX``, and South Sudan, ``SDS``). Units without an ISO
    code (Northern Cyprus, Somaliland, ...) keep their ``adm0_a3``.
    """
    iso_a2 = find_column(provinces.columns, ["iso_a2"])
    adm0_a3 = find_column(provinces.columns, ["adm0_a3", "iso_a3", "sov_a3"])
    if adm0_a3 is None:
        raise BasemapError(
            f"provinces layer lacks a country code column (has: {list(provinces.columns)})"
        )
    fallback = provinces[adm0_a3].map(clean_code)
    if iso_a2 is None:
        return fallback
    looked_up = provinces[iso_a2].map(clean_code).map(a2_to_a3)
    return looked_up.where(looked_up.notna(), fallback)


def in_bbox(geometry: gpd.GeoSeries, bbox: BoundingBox) -> pd.Series:
    """Whether each shape's representative point lies inside ``bbox``."""
    points = geometry.representative_point()
    return points.x.between(bbox[0], bbox[2]) & points.y.between(bbox[1], bbox[3])


def simplify_world_provinces(
    source: gpd.GeoDataFrame, tolerance: float, province_tolerance: float
) -> gpd.GeoDataFrame:
    """All provinces, not clipped: those inside ``BBOX`` simplified by ``tolerance`` (0 keeps
    them as they are), the others as one coverage by ``province_tolerance``."""
    valid = source.set_geometry(source.geometry.make_valid())
    if not shapely.coverage_is_valid(valid.geometry.values):
        raise BasemapError("the source provinces do not form a clean coverage (overlaps or gaps)")
    middle_east = in_bbox(valid.geometry, BBOX)
    detailed = (
        valid.geometry.simplify(tolerance, preserve_topology=True)
        if tolerance > 0
        else valid.geometry
    )
    coverage = (
        shapely.coverage_simplify(valid.geometry.values, province_tolerance)
        if province_tolerance > 0
        else valid.geometry.values
    )
    geometry = gpd.GeoSeries(coverage, index=valid.index, crs=CRS).where(~middle_east, detailed)
    return prepare_geometry(valid.set_geometry(geometry), 0.0, None)


def build_provinces(
    source: gpd.GeoDataFrame, a2_to_a3: dict[str, str], tolerance: float, province_tolerance: float
) -> gpd.GeoDataFrame:
    """Provinces of the whole world with ``name``, ``iso_a3`` and, where available, ``name_alt``
    and ``type_en``."""
    name = find_column(source.columns, ["name"])
    if name is None:
        raise BasemapError(f"provinces layer lacks a name column (has: {list(source.columns)})")
    clipped = simplify_world_provinces(source, tolerance, province_tolerance)
    frame = pd.DataFrame({"name": clipped[name], "geometry": clipped.geometry})
    columns = ["name"]
    alt_columns = [
        found
        for found in (find_column(source.columns, [column]) for column in ALT_NAME_COLUMNS)
        if found is not None
    ]
    if alt_columns:
        with_name = clipped[alt_columns].assign(name=clipped[name])
        frame["name_alt"] = with_name.apply(alternative_names, axis=1, columns=alt_columns)
        columns.append("name_alt")
    frame["iso_a3"] = province_country_codes(clipped, a2_to_a3)
    columns.append("iso_a3")
    type_en = find_column(source.columns, ["type_en"])
    if type_en is not None:
        frame["type_en"] = clipped[type_en]
        columns.append("type_en")
    return finish(frame, columns)


def write_basemap(output: Path, layers: Sequence[tuple[str, gpd.GeoDataFrame]]) -> None:
    """Write ``layers`` (name, frame), in this order, to a fresh GeoPackage at ``output``."""
    for layer, frame in layers:
        if frame.empty:
            raise BasemapError(f"layer {layer!r} would be empty; is the source the right file?")
    output.parent.mkdir(parents=True, exist_ok=True)
    output.unlink(missing_ok=True)
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": FIXED_TIMESTAMP})
    for layer, frame in layers:
        pyogrio.write_dataframe(
            frame, output, layer=layer, driver="GPKG", geometry_type="MultiPolygon"
        )


def build(
    source: Path, output: Path, tolerance: float, world_tolerance: float, province_tolerance: float
) -> None:
    """Read ``source``, build the Middle East and world layers and write them to ``output``."""
    source_countries = read_layer(source, SOURCE_COUNTRY_LAYER)
    source_provinces = read_layer(source, SOURCE_PROVINCE_LAYER)
    countries = build_countries(source_countries, tolerance, BBOX)
    provinces = build_provinces(
        source_provinces, iso_a2_to_a3(source_countries), tolerance, province_tolerance
    )
    world_countries = build_countries(source_countries, world_tolerance, None)
    write_basemap(
        output,
        [
            (OUTPUT_COUNTRY_LAYER, countries),
            (OUTPUT_PROVINCE_LAYER, provinces),
            (OUTPUT_WORLD_COUNTRY_LAYER, world_countries),
        ],
    )
    print(
        f"wrote {output}: {len(countries)} countries, {len(provinces)} provinces, "
        f"{len(world_countries)} world countries, {output.stat().st_size:,} bytes"
    )


def tolerance_arg(text: str) -> float:
    """Parse a simplification tolerance: a finite number of degrees, 0 or more."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"must be a finite number >= 0, got {text!r}")
    return value


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--source",
        type=Path,
        required=True,
        help="world_map.gpkg extracted from Debian's qgis-common package",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=DEFAULT_OUTPUT,
        help=f"GeoPackage to write (default: {DEFAULT_OUTPUT})",
    )
    parser.add_argument(
        "--tolerance",
        type=tolerance_arg,
        default=0.0,
        help="extra simplification tolerance in degrees for the Middle East countries and "
        "provinces; 0 "
        "(default) keeps the source geometry, which QGIS has already generalised",
    )
    parser.add_argument(
        "--world-tolerance",
        type=tolerance_arg,
        default=DEFAULT_WORLD_TOLERANCE,
        help="simplification tolerance in degrees for the world_countries layer "
        f"(default: {DEFAULT_WORLD_TOLERANCE}); 0 keeps the source geometry",
    )
    parser.add_argument(
        "--province-tolerance",
        type=tolerance_arg,
        default=DEFAULT_PROVINCE_TOLERANCE,
        help="coverage simplification tolerance in degrees for the provinces outside the Middle "
        f"East (default: {DEFAULT_PROVINCE_TOLERANCE}); 0 keeps the source geometry",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the process exit status."""
    args = parse_args(argv)
    try:
        build(
            args.source, args.output, args.tolerance, args.world_tolerance, args.province_tolerance
        )
    except BasemapError as error:
        print(f"build_basemap: error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
