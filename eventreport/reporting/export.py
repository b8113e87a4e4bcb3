"""The report's events as GIS data: one GeoPackage (EPSG:4326) that QGIS or geopandas opens as
three layers.

`events`: every located event as a point with its attributes; `areas`: the region-level
events the map draws as an area (province or country polygon); `links`: a line from an act
to the event that answers it, where both are located. Layers with no feature are still written.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd
from shapely.geometry import LineString

from .. import places, schema

GEOPACKAGE_NAME = "events.gpkg"
LAYERS = ("events", "areas", "links")
EVENT_FIELDS = ["ref", *schema.EVENT_COLUMNS]


def write_geopackage(
    prepared: pd.DataFrame,
    links: pd.DataFrame,
    countries: gpd.GeoDataFrame,
    provinces: gpd.GeoDataFrame,
    target: Path,
) -> Path:
    """Write the three layers to `target` (a fresh file) and return it."""
    located = places.events_to_points(prepared)
    points = _fields(located[EVENT_FIELDS + ["geometry"]])
    areas = places.event_areas(prepared, countries, provinces)
    area_layer = _fields(
        areas[["event_id_cnty", "area", "geometry"]].merge(
            prepared[EVENT_FIELDS], on="event_id_cnty", how="left"
        )[EVENT_FIELDS + ["area", "geometry"]]
    )
    target.unlink(missing_ok=True)
    for name, layer, kind in (
        ("events", points, "Point"),
        ("areas", area_layer, "MultiPolygon"),
        ("links", link_lines(prepared, links), "LineString"),
    ):
        layer = gpd.GeoDataFrame(layer, geometry="geometry", crs=places.CRS)
        layer.to_file(
            target,
            layer=name,
            driver="GPKG",
            engine="pyogrio",
            geometry_type=kind,
            promote_to_multi=kind == "MultiPolygon",
        )
    return target


def link_lines(prepared: pd.DataFrame, links: pd.DataFrame) -> gpd.GeoDataFrame:
    """One line per link from the earlier event's point to the answering event's, where both have
    coordinates."""
    where = (
        prepared.dropna(subset=["latitude", "longitude"])
        .set_index("event_id_cnty")[["longitude", "latitude"]]
        .astype(float)
    )
    columns = ["from_ref", "to_ref", *schema.LINK_COLUMNS]
    located = links[links["from_event"].isin(where.index) & links["to_event"].isin(where.index)]
    lines = [
        LineString([tuple(where.loc[a]), tuple(where.loc[b])])
        for a, b in zip(located["from_event"], located["to_event"], strict=True)
    ]
    table = (
        located.reindex(columns=columns).astype("string")
        if not located.empty
        else pd.DataFrame({c: pd.Series(dtype="string") for c in columns})
    )
    return gpd.GeoDataFrame(
        table.reset_index(drop=True), geometry=gpd.GeoSeries(lines, crs=places.CRS), crs=places.CRS
    )


def _fields(frame: pd.DataFrame) -> pd.DataFrame:
    """The event date as ISO text, as in events.csv (whole numbers stay integer fields; an empty
    cell stays empty)."""
    return frame.assign(event_date=frame["event_date"].dt.strftime("%Y-%m-%d"))
