"""Stage 4, charts: one function per figure, each returning a matplotlib Figure.

Inputs are the frames of `analysis.prepare` and `analysis.claims_with_refs`. Text from the
article is drawn as plain text: mathtext is off, so '$' or '\\' in a name stays literal.
"""

from __future__ import annotations

import io
import textwrap
from pathlib import Path

import geopandas as gpd
import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import ConnectionPatch, Patch, Rectangle
from matplotlib.text import Annotation
from PIL import Image
from shapely.geometry import box

from .. import checks, places, schema
from . import analysis

STYLE = {
    "text.parse_math": False,
    "svg.hashsalt": "eventreport",
    "svg.fonttype": "none",
    "font.size": 9,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "figure.dpi": 100,
}
plt.rcParams.update(STYLE)

EVENT_TYPE_COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#27ae60",
    "Riots": "#8d6e63",
    "Strategic developments": "#2471a3",
}
CLAIMANT_PALETTE = plt.get_cmap("tab10").colors
CODED_COLOUR = "#222222"
LAND, WATER, FOCUS = "#f2efe9", "#dfe9f2", "#fbf8f0"
MAX_LABEL = 48
MAX_MAP_LABELS = 15
MAP_RADIUS_KM = 2500


def map_figure(
    prepared: pd.DataFrame, countries: gpd.GeoDataFrame, provinces: gpd.GeoDataFrame
) -> Figure:
    """Located events over Iraq and its neighbours, by type and fatalities, regions as areas, with
    an inset."""
    shown = prepared[prepared["ref"].isin(mapped_points(prepared)["ref"])]
    dense = len(shown) > DENSE_MAP_EVENTS
    areas = places.event_areas(shown.iloc[:0] if dense else shown, countries, provinces)
    points = places.events_to_points(shown[~shown["event_id_cnty"].isin(areas["event_id_cnty"])])
    extent = map_extent(points, areas)
    countries, provinces = _in_view(countries, extent), _in_view(provinces, extent)
    cluster = None if dense else inset_cluster(points)
    main_height = _map_height(extent)
    fig = plt.figure(figsize=(10, main_height + 3.2))
    grid = fig.add_gridspec(2, 2, height_ratios=[main_height, 3.2], width_ratios=[1, 1])
    ax = fig.add_subplot(grid[0, :])
    _draw_basemap(ax, countries, provinces, points, extent)
    _draw_areas(ax, areas, prepared)
    if dense:
        density = _draw_density(ax, points, extent)
        points = deadliest(points)
    _draw_points(ax, points)
    ax.set_xlim(extent[0], extent[2])
    ax.set_ylim(extent[1], extent[3])
    _label_points(ax, points, cluster)
    ax.set_aspect(1 / np.cos(np.radians((extent[1] + extent[3]) / 2)))
    ax.set_xlabel("Longitude (\u00b0E)")
    ax.set_ylabel("Latitude (\u00b0N)")
    ax.set_title("Where the events took place")
    if cluster is not None:
        _draw_inset(ax, fig.add_subplot(grid[1, 0]), cluster, provinces, points)
    side = fig.add_subplot(grid[1, 1] if cluster is not None else grid[1, :])
    side.axis("off")
    side.legend(
        handles=_map_legend(points if dense else prepared, areas),
        loc="center",
        fontsize=8,
        framealpha=0.95,
        title=f"The {len(points)} deadliest events: type, precision, fatalities"
        if dense
        else "Event type, precision, fatalities",
        title_fontsize=8.5,
    )
    if dense:
        bar = fig.colorbar(
            density, ax=side, location="bottom", fraction=0.08, pad=0.02, shrink=0.8
        )
        bar.set_label("events per cell (all events)")
        bar.ax.xaxis.set_major_formatter(
            matplotlib.ticker.FuncFormatter(lambda value, _: f"{value:g}")
        )  # mathtext is off
    fig.tight_layout()
    return fig


def _map_height(extent: tuple[float, float, float, float], width: float = 9.0) -> float:
    """Inches the main map needs at `width` inches for the extent's shape: a wide extent gets a
    short map, not white bands."""
    ratio = (extent[3] - extent[1]) / (
        (extent[2] - extent[0]) * np.cos(np.radians((extent[1] + extent[3]) / 2))
    )
    return float(np.clip(width * ratio, 3.5, 7.3))


DENSE_MAP_EVENTS = 150
"""Above this many located events the map shows their density, with markers for the deadliest only.
"""
DENSE_MARKERS = 25


def _draw_density(ax, points: gpd.GeoDataFrame, extent: tuple[float, float, float, float]):
    """Where events pile up: hexagonal cells shaded by how many events they hold (log scale);
    returns the artist."""
    return ax.hexbin(
        points["longitude"].astype(float),
        points["latitude"].astype(float),
        gridsize=45,
        extent=(extent[0], extent[2], extent[1], extent[3]),
        mincnt=1,
        bins="log",
        cmap="YlOrRd",
        alpha=0.75,
        linewidths=0.2,
        edgecolors="#ffffff",
        zorder=4,
    )


def deadliest(points: gpd.GeoDataFrame, n: int = DENSE_MARKERS) -> gpd.GeoDataFrame:
    """The `n` events with most fatalities (report order among equals), drawn as markers over a
    density map."""
    return points.loc[
        points["fatalities"].astype(float).nlargest(n, keep="first").index
    ].sort_index()


def map_extent(
    points: gpd.GeoDataFrame, areas: gpd.GeoDataFrame, pad: float = 1.5
) -> tuple[float, float, float, float]:
    """Bounds (minx, miny, maxx, maxy) around the mapped events and areas, at least about
    Iraq-sized."""
    shapes = pd.concat([points.geometry, areas.geometry]) if not areas.empty else points.geometry
    minx, miny, maxx, maxy = gpd.GeoSeries(shapes, crs=places.CRS).total_bounds
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    half_w = min(max((maxx - minx) / 2 + pad, 6.0), 180.0)
    half_h = min(max((maxy - miny) / 2 + pad, 5.0), 90.0)
    cx, cy = (
        min(max(cx, -180 + half_w), 180 - half_w),
        min(max(cy, -90 + half_h), 90 - half_h),
    )  # stay on the globe
    return (cx - half_w, cy - half_h, cx + half_w, cy + half_h)


VIEW_MARGIN = 2.0
"""Degrees of basemap kept beyond the map's extent, so every outline cut there runs on out of
sight."""


def _in_view(
    basemap: gpd.GeoDataFrame, extent: tuple[float, float, float, float]
) -> gpd.GeoDataFrame:
    """The basemap cut to the map's extent (and a margin): drawing, the PNG and the SVG then carry
    only what shows."""
    minx, miny, maxx, maxy = extent
    cut = basemap.geometry.clip_by_rect(
        minx - VIEW_MARGIN, miny - VIEW_MARGIN, maxx + VIEW_MARGIN, maxy + VIEW_MARGIN
    )
    return basemap.set_geometry(cut)[~cut.is_empty]


def mapped_points(prepared: pd.DataFrame) -> gpd.GeoDataFrame:
    """Located events within `MAP_RADIUS_KM` of the kinetic events' median point (of all events'
    without kinetic ones).

    A statement in a far capital would otherwise stretch the map over an ocean; such events are
    listed in the caption instead.
    """
    points = places.events_to_points(prepared)
    if points.empty:
        return points
    anchor = points[points["lane"] == analysis.LANE_KINETIC]
    anchor = anchor if not anchor.empty else points
    lat, lon = (
        anchor["latitude"].astype(float).median(),
        anchor["longitude"].astype(float).median(),
    )
    return points[
        places.distance_km(
            lat, lon, points["latitude"].to_numpy(float), points["longitude"].to_numpy(float)
        )
        <= MAP_RADIUS_KM
    ]


def outside_map(prepared: pd.DataFrame) -> pd.DataFrame:
    """Events the map does not show (no coordinates, or far from the others): listed in the
    caption."""
    return prepared[~prepared["ref"].isin(mapped_points(prepared)["ref"])]


def _draw_basemap(ax, countries, provinces, points, extent) -> None:
    """Land, the focus countries (those with events) lighter, provinces thin, country names."""
    ax.set_facecolor(WATER)
    focus = set(points["iso"].map(places.iso3_for_numeric).dropna())
    countries.plot(ax=ax, color=LAND, edgecolor="#9a9a9a", linewidth=0.6, zorder=1)
    countries[
        countries["iso_a3"].isin(focus) | countries["name"].isin(set(points["country"].dropna()))
    ].plot(ax=ax, color=FOCUS, edgecolor="#555555", linewidth=1.0, zorder=1.5)
    provinces.boundary.plot(ax=ax, color="#c8c2b8", linewidth=0.3, zorder=1.6)
    visible = box(*extent)
    for row in countries.dropna(subset=["name"]).itertuples():
        part = row.geometry.intersection(visible)
        if part.area > 0.02 * visible.area:
            spot = part.representative_point()
            ax.annotate(
                row.name.upper(),
                (spot.x, spot.y),
                ha="center",
                fontsize=7,
                color="#8a8a8a",
                zorder=2,
            )


def _draw_areas(ax, areas: gpd.GeoDataFrame, prepared: pd.DataFrame) -> None:
    """Region-level events as hatched areas in the event type's colour, labelled."""
    if areas.empty:
        return
    joined = areas.merge(
        prepared[["event_id_cnty", "event_type", "ref", "location"]], on="event_id_cnty"
    )
    for row in joined.itertuples():
        colour = EVENT_TYPE_COLOURS[row.event_type]
        gpd.GeoSeries([row.geometry], crs=places.CRS).plot(
            ax=ax,
            facecolor=colour,
            alpha=0.22,
            edgecolor=colour,
            hatch="///",
            linewidth=1.2,
            zorder=3,
        )
        spot = row.geometry.representative_point()
        ax.annotate(
            f"{row.ref} {_short(row.location)}",
            (spot.x, spot.y),
            ha="center",
            fontsize=8,
            fontweight="bold",
            color="#333333",
            zorder=6,
        )


def _draw_points(ax, points: gpd.GeoDataFrame) -> None:
    """Events as markers: colour by type, size by fatalities, hollow when the place is only
    approximate."""
    colours = points["event_type"].map(EVENT_TYPE_COLOURS)
    precision = points["geo_precision"].fillna(1).astype(int)
    ax.scatter(
        points["longitude"].astype(float),
        points["latitude"].astype(float),
        s=points["fatalities"].map(_marker_size).astype(float),
        facecolors=[
            c if p == 1 else ("white" if p == 3 else _lighter(c))
            for c, p in zip(colours, precision, strict=True)
        ],
        edgecolors=list(colours),
        linewidths=1.6,
        zorder=5,
        linestyles=["--" if p == 3 else "-" for p in precision],
    )


def _label_points(ax, points: gpd.GeoDataFrame, cluster: gpd.GeoDataFrame | None) -> None:
    """One label per place; the places of the inset share one label that points to it."""
    in_cluster = (
        pd.Series(False, index=points.index)
        if cluster is None
        else points.index.isin(cluster.index)
    )
    groups = points[~in_cluster].groupby(["longitude", "latitude"], sort=True)
    killed = groups["fatalities"].sum().astype(float).sort_values(ascending=False, kind="stable")
    for lon, lat in killed.index[:MAX_MAP_LABELS]:
        group = groups.get_group((lon, lat))
        _tag(ax, lon, lat, f"{_refs(group['ref'])} {_short(group['location'].iloc[0])}")
    if cluster is not None:
        lon, lat = cluster["longitude"].mean(), cluster["latitude"].mean()
        _tag(ax, lon, lat, f"{_refs(cluster['ref'])}: see inset")


def _refs(refs: pd.Series, limit: int = 4) -> str:
    """'E1, E3' or, for many events at one place, 'E1, E3, E7, E9 +12'."""
    shown = ", ".join(refs.iloc[:limit])
    return shown if len(refs) <= limit else f"{shown} +{len(refs) - limit}"


def _tag(ax, lon: float, lat: float, text: str) -> None:
    """A small boxed label beside a point, on its left when the point is near the right edge."""
    left, right = ax.get_xlim()
    on_left = lon > left + 0.75 * (right - left)
    ax.annotate(
        text,
        (lon, lat),
        xytext=(-8 if on_left else 8, 6),
        textcoords="offset points",
        fontsize=7.5,
        zorder=6,
        ha="right" if on_left else "left",
        bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
    )


def inset_cluster(points: gpd.GeoDataFrame, radius_km: float = 30.0) -> gpd.GeoDataFrame | None:
    """The densest group of distinct places within `radius_km` of each other, if two or more
    exist."""
    unique = points.drop_duplicates(subset=["longitude", "latitude"])
    lat, lon = unique["latitude"].to_numpy(float), unique["longitude"].to_numpy(float)
    neighbours = [
        np.count_nonzero(places.distance_km(la, lo, lat, lon) <= radius_km)
        for la, lo in zip(lat, lon, strict=True)
    ]
    centre = int(np.argmax(neighbours)) if neighbours else 0
    if not neighbours or neighbours[centre] < 2:
        return None
    best = unique[places.distance_km(lat[centre], lon[centre], lat, lon) <= radius_km]
    return points[
        points.set_index(["longitude", "latitude"]).index.isin(
            best.set_index(["longitude", "latitude"]).index
        )
    ]


def _draw_inset(ax, inset, cluster: gpd.GeoDataFrame, provinces, points) -> None:
    """A zoomed inset on a cluster of nearby places, with a scale bar, so they can be told
    apart."""
    minx, miny, maxx, maxy = cluster.total_bounds
    span = max(maxx - minx, maxy - miny, 0.05) * 0.6 + 0.05
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    inset.set_facecolor(LAND)
    provinces.boundary.plot(ax=inset, color="#b9b2a6", linewidth=0.8)
    _draw_points(inset, points)
    for (lon, lat), group in cluster.groupby(["longitude", "latitude"], sort=True):
        inset.annotate(
            f"{_refs(group['ref'])} {_short(group['location'].iloc[0], 30)}",
            (lon, lat),
            xytext=(0, 11),
            textcoords="offset points",
            ha="center",
            fontsize=7,
            zorder=7,
            bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "#999999", "alpha": 0.9},
        )
    inset.set_xlim(cx - span, cx + span)
    inset.set_ylim(cy - span, cy + span)
    inset.set_aspect(1 / np.cos(np.radians(cy)))
    inset.tick_params(labelsize=6)
    inset.set_xlabel("Longitude (\u00b0E)", fontsize=7)
    inset.set_ylabel("Latitude (\u00b0N)", fontsize=7)
    admin = cluster["admin1"].dropna()
    inset.set_title(
        f"Inset: {admin.mode().iloc[0] if not admin.empty else 'detail'}",
        fontsize=9,
        fontweight="bold",
    )
    _scale_bar(inset, cx - span * 0.9, cy - span * 0.85, cy)
    ax.add_patch(
        Rectangle(
            (cx - span, cy - span),
            2 * span,
            2 * span,
            fill=False,
            edgecolor="#444444",
            linewidth=1,
            zorder=7,
        )
    )


def _scale_bar(ax, x: float, y: float, lat: float, km: float = 5.0) -> None:
    """A `km`-long scale bar starting at (x, y)."""
    degrees = km / (111.32 * np.cos(np.radians(lat)))
    ax.plot([x, x + degrees], [y, y], color="black", linewidth=2, zorder=8)
    ax.annotate(
        f"{km:g} km",
        (x + degrees / 2, y),
        xytext=(0, 3),
        textcoords="offset points",
        ha="center",
        fontsize=6.5,
    )


def _map_legend(prepared: pd.DataFrame, areas: gpd.GeoDataFrame) -> list:
    """Legend entries: the event types present, the precision styles, and marker sizes."""
    handles = [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=7,
            markerfacecolor=EVENT_TYPE_COLOURS[t],
            markeredgecolor=EVENT_TYPE_COLOURS[t],
            label=t,
        )
        for t in EVENT_TYPE_COLOURS
        if t in set(prepared["event_type"])
    ]
    drawn = set(prepared["geo_precision"].dropna().astype(int)) | (
        {1} if prepared["geo_precision"].isna().any() else set()
    )
    handles += [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=7,
            markerfacecolor=face,
            markeredgecolor="#777777",
            label=label,
        )
        for code, (face, label) in PRECISION_LEGEND.items()
        if code in drawn
    ]
    if not areas.empty:
        handles.append(
            Patch(
                facecolor="#bbbbbb",
                edgecolor="#777777",
                hatch="///",
                label="region named in the text (drawn as its province)",
            )
        )
    for killed in sorted({0, int(prepared["fatalities"].max())}):
        handles.append(
            Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markersize=np.sqrt(_marker_size(killed)),
                markerfacecolor="none",
                markeredgecolor="#555555",
                label=f"{killed} killed",
            )
        )
    return handles


PRECISION_LEGEND = {
    1: ("#777777", "precision 1: exact place (filled)"),
    2: (
        "#bbbbbb",
        "precision 2: near the place or part of a town (half-filled: the colour mixed with white)",
    ),
    3: ("white", "precision 3: only the area or seat known (hollow)"),
}


def _marker_size(fatalities: object) -> float:
    """Marker area grows with fatalities (square root scale), so deadly events stand out."""
    killed = 0 if pd.isna(fatalities) else int(fatalities)
    return 45 + 60 * np.sqrt(killed)


def _lighter(colour: str) -> tuple:
    """The colour mixed half with white."""
    rgb = np.array(matplotlib.colors.to_rgb(colour))
    return tuple(rgb + (1 - rgb) * 0.5)


def _short(text: object, limit: int = MAX_LABEL) -> str:
    """A label cut to `limit` characters so long names do not cover the chart."""
    text = "" if pd.isna(text) else str(text)
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


MAX_TIMELINE_ROWS = 40
GOLDSTEIN_CMAP = matplotlib.colormaps["RdYlBu"].with_extremes(bad="#bbbbbb")
GOLDSTEIN_NORM = matplotlib.colors.Normalize(vmin=-10, vmax=10)
LANES = (analysis.LANE_KINETIC, analysis.LANE_STATEMENTS)


LINK_COLOURS = {
    "retaliation_for": "#b2182b",
    "in_response_to": "#e08214",
    "reaction_to": "#7b3294",
    "after": "#35978f",
}
"""One colour per relation of data/reference/link_relations.csv; a relation missing here is drawn
grey."""
PARTY_DASHES = (0, (4, 2.5))


def timeline_figure(prepared: pd.DataFrame, links: pd.DataFrame | None = None) -> Figure:
    """The escalation sequence: one labelled row per event, or, past 40 events, a score-by-date
    chart per lane; arrows from an act to the event that answers it
    (`analysis.links_with_refs`)."""
    dated = prepared[prepared["event_date"].notna()]
    note = undated_note(prepared)
    if dated.empty:
        return _undated_only(note)
    fig, positions = (
        _timeline_rows(dated, note)
        if len(dated) <= MAX_TIMELINE_ROWS
        else _timeline_dense(dated, note)
    )
    drawn = analysis.strongest_links(links) if links is not None and not links.empty else None
    if drawn is not None and not drawn.empty:
        _draw_links(fig, drawn, positions)
    return fig


def undated_note(prepared: pd.DataFrame) -> str:
    """'Date not stated in the text (not on the time axis): E3, E5', or '' when every event has a
    date."""
    refs = prepared.loc[prepared["event_date"].isna(), "ref"]
    return (
        f"Date not stated in the text (not on the time axis): {', '.join(refs)}"
        if len(refs)
        else ""
    )


def _undated_only(note: str) -> Figure:
    """A timeline whose events all lack a date: no time axis to draw them on, only the note that
    says so."""
    fig, ax = plt.subplots(figsize=(9, 1.6), layout="constrained")
    ax.set_axis_off()
    ax.set_title("Escalation sequence")
    ax.text(0.5, 0.5, textwrap.fill(note, 100), ha="center", va="center", fontsize=9)
    return fig


def _draw_links(fig: Figure, links: pd.DataFrame, positions: dict[str, tuple]) -> None:
    """One curved arrow per linked pair whose ends are drawn, coloured by relation, solid when the
    article asserts it, dashed for a party; a legend of the relations drawn and of the two line
    styles."""
    for link in links[
        links["from_event"].isin(positions) & links["to_event"].isin(positions)
    ].itertuples():
        (ax_a, x_a, y_a), (ax_b, x_b, y_b) = positions[link.from_event], positions[link.to_event]
        arrow = ConnectionPatch(
            (x_a, y_a),
            (x_b, y_b),
            coordsA=ax_a.transData,
            coordsB=ax_b.transData,
            arrowstyle="-|>,head_length=0.5,head_width=0.3",
            connectionstyle=f"arc3,rad={_bend(fig, ax_a, (x_a, y_a), (x_b, y_b)):.3f}",
            color=LINK_COLOURS.get(link.relation, "#888888"),
            linewidth=1.6,
            linestyle="-" if link.by_article else PARTY_DASHES,
            shrinkA=6,
            shrinkB=6,
            zorder=4,
            alpha=0.9,
        )
        arrow.set_in_layout(False)
        fig.add_artist(arrow)
    handles = [
        Line2D([], [], color=LINK_COLOURS.get(relation, "#888888"), linewidth=1.8, label=words)
        for relation, words in _relation_words(links)
    ]
    handles += [
        Line2D([], [], color="#555555", linewidth=1.4, label="stated by the article"),
        Line2D(
            [],
            [],
            color="#555555",
            linewidth=1.4,
            linestyle=PARTY_DASHES,
            label="claimed by a party",
        ),
    ]
    width, height = fig.get_size_inches()
    fig.set_size_inches(width, height + LEGEND_INCHES * np.ceil(len(handles) / 3))
    fig.legend(
        handles=handles,
        loc="outside lower center",
        ncol=min(len(handles), 3),
        fontsize=7.5,
        framealpha=0.9,
        title="Arrow: the later event answers the earlier one",
        title_fontsize=8,
    )


LINK_BOW_INCHES = 0.3
SAME_DAY_BEND = 0.22
"""Same-day links bow in proportion to their length, so several from one event fan out instead of
overlapping."""
LEGEND_INCHES = 0.35
"""The figure grows by this much per row of the links legend, so the chart keeps its height."""


def _bend(fig: Figure, ax, start: tuple[float, float], end: tuple[float, float]) -> float:
    """The arc's curvature: about LINK_BOW_INCHES below the straight line whatever its length
    (enough to clear the markers between its ends, never so much that it leaves the chart); a
    same-day link bows left, by SAME_DAY_BEND of its length."""
    box = ax.get_position()
    width, height = fig.get_size_inches() * (box.width, box.height)
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    if start[0] == end[0]:
        return SAME_DAY_BEND
    length = np.hypot(
        (end[0] - start[0]) / (x1 - x0) * width, (end[1] - start[1]) / (y1 - y0) * height
    )
    return float(min(0.5, LINK_BOW_INCHES / max(length, 1e-6)))


def _relation_words(links: pd.DataFrame) -> list[tuple[str, str]]:
    """(relation, its words) of the relations drawn, most specific first."""
    drawn = links.drop_duplicates(subset="relation").sort_values("rank", kind="stable")
    return [
        (r.relation, r.words if r.words == r.relation else f"{r.words} ({r.relation})")
        for r in drawn.itertuples()
    ]


def _timeline_rows(prepared: pd.DataFrame, note: str = "") -> tuple[Figure, dict[str, tuple]]:
    """One row per event in date order, kinetic lane above statements, coloured by Goldstein score;
    with each event's
    (axes, x, y) for the link arrows."""
    rows = prepared.assign(_lane=prepared["lane"].map(LANES.index)).sort_values(
        "_lane", kind="stable"
    )
    rows = rows.assign(
        y=np.arange(len(rows))[::-1] + rows["_lane"].map(lambda k: 0 if k else 1) * 0.8
    )
    fig, ax = plt.subplots(figsize=(9, max(3.5, 2.0 + 0.42 * len(rows))), layout="constrained")
    _score_markers(ax, rows, rows["y"], size=90)
    ax.hlines(
        rows["y"],
        rows["event_date"].min(),
        rows["event_date"],
        color="#e3e3e3",
        linewidth=0.8,
        zorder=1,
    )
    labels = [
        f"{label} ({_casualty_note(r)})" if _casualty_note(r) else label
        for label, r in zip(rows["label"], rows.itertuples(), strict=True)
    ]
    ax.set_yticks(
        rows["y"], [textwrap.fill(_short(label, 80), 42) for label in labels], fontsize=8
    )
    for lane_index, lane in enumerate(LANES):
        members = rows[rows["_lane"] == lane_index]
        if not members.empty:
            ax.axhspan(
                members["y"].min() - 0.45,
                members["y"].max() + 0.45,
                color="#f5f5f5" if lane_index else "#fdf2ea",
                zorder=0,
            )
            ax.annotate(
                lane,
                (0.01, members["y"].max() + 0.5),
                xycoords=("axes fraction", "data"),
                ha="left",
                va="bottom",
                fontsize=8,
                fontstyle="italic",
                color="#555555",
            )
    _date_axis(ax, rows["event_date"])
    ax.set_ylabel("Event (kinetic events above, statements below)")
    _timeline_frame(fig, [ax], note)
    return fig, _positions(ax, rows, rows["y"])


def _timeline_dense(prepared: pd.DataFrame, note: str = "") -> tuple[Figure, dict[str, tuple]]:
    """Many events: Goldstein score against date, one panel per lane, marker size by fatalities;
    with each event's
    (axes, x, y) for the link arrows."""
    fig, axes = plt.subplots(2, 1, figsize=(9, 6.5), sharex=True, layout="constrained")
    positions: dict[str, tuple] = {}
    for ax, lane in zip(axes, LANES, strict=True):
        members = prepared[prepared["lane"] == lane]
        scored = members[members["x_goldstein"].notna()]
        _score_markers(
            ax,
            scored,
            scored["x_goldstein"].astype(float),
            size=scored["fatalities"].map(_marker_size) * 0.5,
        )
        positions |= _positions(ax, scored, scored["x_goldstein"].astype(float))
        ax.set_ylim(-10.8, 10.8)
        unscored = (
            f", {len(members) - len(scored)} without a score not drawn"
            if len(scored) < len(members)
            else ""
        )
        ax.set_ylabel(f"Goldstein score\n({len(scored)} events{unscored})")
        ax.set_title(lane, fontsize=9, fontstyle="italic", loc="left")
        ax.grid(axis="y", color="#eeeeee")
    _date_axis(axes[-1], prepared["event_date"])
    _timeline_frame(fig, list(axes), note)
    return fig, positions


def _positions(ax, rows: pd.DataFrame, y: pd.Series) -> dict[str, tuple]:
    """event id -> (axes, x as a matplotlib date number, y): where an arrow starts or ends."""
    x = matplotlib.dates.date2num(rows["event_date"])
    return {
        event: (ax, float(xi), float(yi))
        for event, xi, yi in zip(rows["event_id_cnty"], x, np.asarray(y, dtype=float), strict=True)
    }


def _score_markers(ax, rows: pd.DataFrame, y: pd.Series, size) -> None:
    """Events at (date, y), coloured by Goldstein score; round when the day is stated, diamond when
    inferred."""
    scores = rows["x_goldstein"].astype(float)  # no score (NaN) is drawn grey, never as 0
    precise = (rows["time_precision"] == 1).to_numpy()
    sizes = np.broadcast_to(np.asarray(size, dtype=float), (len(rows),))
    for mask, marker, style in ((precise, "o", "-"), (~precise, "D", "--")):
        ax.scatter(
            rows["event_date"][mask],
            np.asarray(y)[mask],
            c=scores[mask],
            cmap=GOLDSTEIN_CMAP,
            norm=GOLDSTEIN_NORM,
            s=sizes[mask],
            marker=marker,
            plotnonfinite=True,
            linestyle=style,
            edgecolor="#333333",
            zorder=3,
        )


def _timeline_frame(fig: Figure, axes: list, note: str = "") -> None:
    """Title, x label (with the note on undated events), the Goldstein colour bar and the precision
    legend shared by both layouts."""
    if len(axes) == 1:
        axes[0].set_title("Escalation sequence")
    else:
        fig.suptitle("Escalation sequence", fontweight="bold")
    axes[-1].set_xlabel("Date of the event" + (f"\n{textwrap.fill(note, 110)}" if note else ""))
    colourbar = fig.colorbar(
        matplotlib.cm.ScalarMappable(norm=GOLDSTEIN_NORM, cmap=GOLDSTEIN_CMAP),
        ax=axes,
        pad=0.01,
        fraction=0.03,
    )
    colourbar.set_label("Goldstein score (\u221210 conflict \u2026 +10 cooperation)")
    axes[-1].legend(
        handles=[
            Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markerfacecolor="#bbbbbb",
                markeredgecolor="#333333",
                label="day stated in the text",
            ),
            Line2D(
                [],
                [],
                marker="D",
                linestyle="",
                markerfacecolor="#bbbbbb",
                markeredgecolor="#333333",
                label="day inferred (precision 2-3)",
            ),
        ],
        loc="lower left",
        fontsize=7.5,
        framealpha=0.9,
    )


def _casualty_note(row) -> str:
    """'8 killed, more than 50 injured' for an event that has figures."""
    parts = [
        f"{fig.text()} {word}"
        for fig, word in ((row.killed, "killed"), (row.injured, "injured"))
        if fig is not None and (fig.low or fig.open_ended)
    ]
    return ", ".join(parts)


def _date_axis(ax, dates: pd.Series) -> None:
    """Day ticks for a short span, padded by half a day, formatted '29 Dec 2019'."""
    first, last = dates.min(), dates.max()
    pad = max((last - first) * 0.04, pd.Timedelta(hours=12))
    ax.set_xlim(first - pad, last + pad)
    short = last - first <= pd.Timedelta(days=14)
    locator = (
        matplotlib.dates.DayLocator(interval=max(1, (last - first).days // 8 + 1))
        if short
        else matplotlib.dates.AutoDateLocator(minticks=3, maxticks=10)
    )
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(matplotlib.dates.DateFormatter("%d %b\n%Y"))
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)


SIDE_COLOURS = {"civilians": "#7b3294", "state_forces": "#3a6ea5", "armed_group": "#b35806"}
SIDE_LEVEL = 0.36
"""How far below an event's row the bar of its victim groups is drawn."""


def casualty_figure(prepared: pd.DataFrame, claims: pd.DataFrame) -> Figure | None:
    """Killed, injured (and missing) per event: whole-event claims as ranges, one mark per
    claimant, with the coded figure; claims about named victim groups as one stacked bar, because
    partial counts of different groups add up; None without figures."""
    events = casualty_events(prepared, claims)
    if events.empty:
        return None
    sides = claims[claims["victim_group"] != "unknown"]
    claimants = sorted(claims["claimant"].dropna().unique())
    colours = {
        name: CLAIMANT_PALETTE[i % len(CLAIMANT_PALETTE)] for i, name in enumerate(claimants)
    }
    metrics = [
        m for m in schema.CLAIM_METRICS if m != "missing" or (claims["metric"] == "missing").any()
    ]
    height = 2.6 + 0.75 * len(events)
    fig, axes = plt.subplots(1, len(metrics), figsize=(4.5 * len(metrics), height), sharey=True)
    y = {ref: len(events) - 1 - i for i, ref in enumerate(events["ref"])}
    labels = {}
    for ax, metric in zip(axes, metrics, strict=True):
        coded = events[metric] if metric in events else pd.Series([], dtype=object)
        labels[ax] = _draw_claims(
            ax, claims[claims["metric"] == metric], y, colours, len(claimants)
        )
        _draw_sides(ax, sides[sides["metric"] == metric], y)
        if metric in events:
            _draw_coded(ax, events, metric, y)
        ax.set_title(f"{metric.capitalize()}")
        ax.set_xlabel(f"People {metric} (as claimed)")
        ax.grid(axis="x", color="#e5e5e5")
        ax.set_xlim(0, _claims_reach(claims[claims["metric"] == metric], coded) * 1.2)
        if coded.isna().all() and not (claims["metric"] == metric).any():  # unknown, not zero
            ax.text(
                0.5,
                0.5,
                f"{metric} not recorded\nin the source",
                transform=ax.transAxes,
                ha="center",
                va="center",
                fontsize=10,
                color="#777777",
                fontstyle="italic",
            )
            ax.set_xticks([])
    axes[0].set_yticks(list(y.values()), [_short(label, 40) for label in events["label"]])
    axes[0].set_ylim(-0.7, len(events) - 0.3)
    axes[0].set_ylabel("Event")
    handles = [
        Line2D([], [], marker="o", linestyle="-", color=colours[c], label=c) for c in claimants
    ]
    handles.append(
        Line2D(
            [],
            [],
            marker="|",
            linestyle="",
            markersize=14,
            markeredgewidth=2.5,
            color=CODED_COLOUR,
            label="coded figure (ACLED: most conservative)",
        )
    )
    handles.append(
        Line2D(
            [],
            [],
            marker=">",
            linestyle="-",
            color="#777777",
            label="open-ended claim (\u201cmore than\u201d, \u201cat least\u201d)",
        )
    )
    handles += [
        Patch(facecolor=SIDE_COLOURS[g], label=f"by victim group: {analysis.SIDES[g]}")
        for g in SIDE_COLOURS
        if g in set(sides["victim_group"])
    ]
    fig.legend(
        handles=handles,
        loc="lower center",
        ncol=min(len(handles), 3),
        fontsize=7.5,
        title="Claimant",
        title_fontsize=8,
        bbox_to_anchor=(0.5, 0.0),
    )
    fig.suptitle("Casualty figures by event and claimant", fontweight="bold")
    fig.tight_layout(
        rect=(0, (0.35 + 0.22 * np.ceil(len(handles) / 3)) / height, 1, 1 - 0.45 / height)
    )  # room for the title
    for ax, panel_labels in labels.items():
        _place_labels(ax, panel_labels)
    return fig


def _claims_reach(claims: pd.DataFrame, figures: pd.Series) -> float:
    """The largest x a panel must show: claim highs, open-ended arrows' tips, coded figures and
    victim-group bars."""
    tips = [
        _arrow_tip(int(low)) if pd.isna(high) else int(high)
        for low, high in zip(claims["low"], claims["high"], strict=True)
    ]
    tips += checks.side_counts(claims).groupby(level="event_id_cnty").sum().astype(int).tolist()
    tips += [f.value for f in figures if f is not None]
    return max(tips + [4])


def _arrow_tip(low: int) -> float:
    """Where an open-ended claim's arrow ends: a third past its figure."""
    return low * 1.35 + 2


MAX_CASUALTY_ROWS = 25


def casualty_events(prepared: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """Events with figures or claims, the deadliest `MAX_CASUALTY_ROWS` of them, in report
    order."""
    has = (
        prepared["killed"].map(_has_figure)
        | prepared["injured"].map(_has_figure)
        | prepared["event_id_cnty"].isin(claims["event_id_cnty"])
    )
    events = prepared[has]
    if len(events) > MAX_CASUALTY_ROWS:
        events = events.loc[
            events["fatalities"].astype(float).nlargest(MAX_CASUALTY_ROWS, keep="first").index
        ].sort_index()
    return events


def _has_figure(figure) -> bool:
    """An event figure worth drawing: a known non-zero count or an open-ended one."""
    return figure is not None and (figure.low > 0 or figure.open_ended)


def _draw_claims(
    ax, claims: pd.DataFrame, y: dict[str, int], colours: dict, n_claimants: int
) -> list[Annotation]:
    """Each claim as a dot (exact), a bar (range) or an arrow (open-ended), offset by claimant;
    returns the figures' labels, each at the end of its mark, for `_place_labels`."""
    labels = []
    for row in claims.itertuples():
        if row.ref not in y:
            continue
        offset = (sorted(colours).index(row.claimant) - (n_claimants - 1) / 2) * (
            0.5 / max(n_claimants, 1)
        )
        level = y[row.ref] + offset
        colour = colours[row.claimant]
        low = int(row.low)
        if pd.isna(row.high):
            ax.annotate(
                "",
                xy=(_arrow_tip(low), level),
                xytext=(low, level),
                arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 1.8},
            )
        elif int(row.high) > low:
            ax.plot(
                [low, int(row.high)],
                [level, level],
                color=colour,
                linewidth=3,
                solid_capstyle="butt",
            )
        ax.plot([low], [level], marker="o", color=colour, markersize=7, zorder=4)
        end = _arrow_tip(low) if pd.isna(row.high) else int(row.high)
        label = ax.annotate(
            analysis.claim_text(row.low, row.high, row.qualifier),
            (end, level),
            xytext=LABEL_OFFSETS[0],
            textcoords="offset points",
            va="center",
            fontsize=7,
            color=colour,
            zorder=6,
        )
        labels.append(label)
    return labels


LABEL_OFFSETS = ((5, 0), (11, 0), (5, 9), (5, -9), (5, 18), (5, -18))
"""Where a claim's label may stand, in points from the end of its mark: beside it (past the coded
figure's tick where one stands there), else above or below, so that no label covers another or a
mark."""


def _place_labels(ax, labels: list[Annotation]) -> None:
    """Move each label to the first of `LABEL_OFFSETS` where it overlaps no mark, no label already
    placed and no other panel (run after the layout is final, as it measures the drawn figure)."""
    renderer = ax.figure.canvas.get_renderer()
    taken = [a.get_window_extent(renderer) for a in ax.figure.axes if a is not ax]
    taken += [artist.get_window_extent(renderer) for artist in [*ax.lines, *ax.patches]]
    taken += [
        t.arrow_patch.get_window_extent(renderer)
        for t in ax.texts
        if isinstance(t, Annotation) and t.arrow_patch is not None
    ]
    taken += [t.get_window_extent(renderer) for t in ax.texts if t not in labels and t.get_text()]
    for label in labels:
        for offset in LABEL_OFFSETS:
            label.xyann = offset
            if not any(label.get_window_extent(renderer).overlaps(box) for box in taken):
                break
        else:
            label.xyann = LABEL_OFFSETS[0]
        taken.append(label.get_window_extent(renderer))


def _draw_sides(ax, sides: pd.DataFrame, y: dict[str, int]) -> None:
    """Per event, the named victim groups as one stacked bar below its row, so that partial counts
    of different groups add up (each group counted as `checks.side_counts` counts it)."""
    refs = sides.drop_duplicates("event_id_cnty").set_index("event_id_cnty")["ref"]
    counts = checks.side_counts(sides).droplevel("metric")
    for event_id, groups in counts.groupby(level="event_id_cnty"):
        ref = refs.get(event_id)
        if ref not in y:
            continue
        left, level = 0, y[ref] - SIDE_LEVEL
        for (_, group), count in groups.items():
            ax.barh(level, int(count), left=left, height=0.14, color=SIDE_COLOURS[group], zorder=3)
            left += int(count)
        words = "by victim group: " + " + ".join(
            f"{int(c)} {analysis.SIDES[g]}" for (_, g), c in groups.items()
        )
        ax.annotate(
            words,
            (0, level),
            xytext=(2, -5),
            textcoords="offset points",
            va="top",
            fontsize=6.5,
            color="#444444",
        )  # under the bar from the panel's left edge, so it stays inside the panel


def _draw_coded(ax, events: pd.DataFrame, column: str, y: dict[str, int]) -> None:
    """The events file's own figure as a black tick: for killed, ACLED's conservative count."""
    for row in events.itertuples():
        figure = getattr(row, column)
        if figure is not None and (figure.value or figure.open_ended):
            ax.plot(
                [figure.value],
                [y[row.ref]],
                marker="|",
                markersize=16,
                markeredgewidth=2.5,
                color=CODED_COLOUR,
                zorder=5,
            )


DRAFT_MARK = "DRAFT \u2013 events drafted by machine, not checked"


def mark_draft(fig: Figure) -> Figure:
    """Stamp a figure of a drafted report, so that an exported PNG or SVG cannot pass for curated
    data."""
    fig.text(
        0.5,
        0.5,
        "DRAFT",
        fontsize=90,
        color="#c0392b",
        alpha=0.12,
        rotation=30,
        ha="center",
        va="center",
        zorder=100,
    )
    fig.text(
        0.01,
        0.995,
        DRAFT_MARK,
        fontsize=8,
        color="#c0392b",
        fontweight="bold",
        ha="left",
        va="top",
        zorder=100,
    )
    return fig


FILE_DPI = 200
EMBED_DPI = 150
PNG_COMPRESSION = 1
"""zlib level of the PNGs: level 1 encodes in about 60 % of the default's time, for files 10-25 %
larger (WeasyPrint compresses the report's copies again in the PDF anyway)."""


def save_figure(fig: Figure, stem: str, out_dir: Path) -> bytes:
    """Write `stem`.png (200 dpi) and `stem`.svg without timestamps, so reruns give the same bytes;
    return the 150-dpi PNG the report embeds. Agg draws the figure once: the embedded copy is the
    200-dpi raster scaled down."""
    out_dir.mkdir(parents=True, exist_ok=True)
    raster = _raster(fig, FILE_DPI)
    raster.save(
        out_dir / f"{stem}.png",
        format="png",
        dpi=(FILE_DPI, FILE_DPI),
        compress_level=PNG_COMPRESSION,
    )
    fig.set_layout_engine("none")  # laid out by the draw above: the SVG keeps those positions
    fig.savefig(out_dir / f"{stem}.svg", metadata={"Date": None, "Creator": None})
    scale = EMBED_DPI / FILE_DPI
    embedded = raster.resize(
        (round(raster.width * scale), round(raster.height * scale)), Image.Resampling.BOX
    )
    buffer = io.BytesIO()
    embedded.save(buffer, format="png", dpi=(EMBED_DPI, EMBED_DPI), compress_level=PNG_COMPRESSION)
    return buffer.getvalue()


def _raster(fig: Figure, dpi: int) -> Image.Image:
    """The figure drawn by Agg at `dpi` as an RGB image: the figure is opaque, and without an alpha
    channel WeasyPrint copies the picture into the PDF once instead of splitting off a transparency
    mask."""
    shown_dpi = fig.dpi
    fig.dpi = dpi
    try:
        fig.canvas.draw()
        return Image.fromarray(np.asarray(fig.canvas.buffer_rgba())[..., :3])
    finally:
        fig.dpi = shown_dpi
