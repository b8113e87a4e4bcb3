"""Step 4, the collection report: what `notebooks/collection.ipynb` displays, as escaped HTML.

The notebook loads the collection, merges its articles' events (`merge`), writes the merged
`events.csv` and `claims.csv`, and shows one section per call. Figures and tables use the
reporting wing's helpers, so both reports number, escape and caption the same way.
"""

from __future__ import annotations

import os
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from IPython.display import HTML
from markupsafe import Markup

from .. import config, parameters, places, schema
from ..csvfiles import write_csv
from ..reporting import (
    LANE_KINETIC,
    Numbered,
    chain_text,
    chains,
    claim_text,
    day,
    figure,
    links_with_refs,
    map_figure,
    outside_map,
    prepare,
    provenance,
    relative,
    render_notebook,
    snippet,
    table,
    timeline_figure,
)
from . import charts
from .merge import Merged, merge_collection
from .run import COLLECTION_DIR, output_dir_for
from .spec import Collection, load_collection

DRAFT_WORDS = "machine draft"
"""How every table marks what only machine-drafted events give."""

EVENTS_CSV, CLAIMS_CSV, DISAGREEMENTS_CSV = "events.csv", "claims.csv", "disagreements.csv"
LINKS_CSV = "links.csv"


@dataclass
class CollectionRun(Numbered):
    """Everything the collection report is made of: the collection, the merge, counters for
    captions."""

    params: dict
    collection: Collection
    merged: Merged
    events: pd.DataFrame
    """The merged events in report order, with the reporting wing's derived columns (ref, lane,
    label, ...)."""
    claims: pd.DataFrame
    links: pd.DataFrame
    """The merged links with both incidents' refs, the relation's words and who states them."""
    report_dir: Path
    write_dir: Path
    title: str
    notes: list[str] = field(default_factory=list)
    figures: int = 0
    tables: int = 0


def render_report(
    collection: Collection, folder: Path, formats: tuple[str, ...], title: str = ""
) -> Path:
    """Render the collection report into `folder/collection/` atomically, as the article report is
    rendered."""
    params = parameters.validate(
        {"collection": str(collection.path), "output_dir": str(folder), "title": title},
        config.COLLECTION_NOTEBOOK,
    )
    return render_notebook(
        config.COLLECTION_NOTEBOOK,
        params,
        folder / COLLECTION_DIR,
        title or collection.title,
        formats,
    )


def load(params: dict) -> CollectionRun:
    """Read the collection, merge its events, write the merged CSV files, and prepare what the
    sections show."""
    collection = load_collection(config.resolve(params["collection"]))
    report_dir = output_dir_for(collection, params["output_dir"] or None) / COLLECTION_DIR
    staging = os.environ.get(config.STAGING_ENV)
    write_dir = Path(staging) if staging else report_dir
    write_dir.mkdir(parents=True, exist_ok=True)
    merged = merge_collection(collection)
    events = _validated(merged.events, write_dir / EVENTS_CSV)
    prepared = prepare(
        events.drop(columns=["sources", "x_n_sources", "x_source_events", "x_drafted"])
    )
    prepared = prepared.merge(
        merged.events[["event_id_cnty", "sources", "x_n_sources", "x_source_events", "x_drafted"]],
        on="event_id_cnty",
        how="left",
    )
    prepared["label"] = prepared["label"] + prepared["x_n_sources"].map(
        lambda n: f" \u00b7 {n} source{'s' if n > 1 else ''}"
    )
    write_csv(merged.claims, write_dir / CLAIMS_CSV)
    write_csv(merged.disagreements, write_dir / DISAGREEMENTS_CSV)
    write_csv(merged.event_links, write_dir / LINKS_CSV)
    claims = merged.claims.merge(
        prepared[["event_id_cnty", "ref", "label"]], on="event_id_cnty", how="left"
    )
    return CollectionRun(
        params,
        collection,
        merged,
        prepared,
        claims,
        links_with_refs(merged.event_links, prepared),
        report_dir,
        write_dir,
        params["title"] or collection.title,
    )


def _validated(events: pd.DataFrame, path: Path) -> pd.DataFrame:
    """Write the merged events and read them back through the events schema: a merge never ships an
    invalid row."""
    write_csv(events, path)
    with warnings.catch_warnings():
        warnings.simplefilter(
            "ignore"
        )  # the merge columns are not schema columns, and are meant to be there
        return schema.load_events(path)


def header(run: CollectionRun) -> HTML:
    """Title block: the collection, its window and its articles."""
    c = run.collection
    window = f"{c.start or 'open'} to {c.end or 'open'}" if c.start or c.end else "none"
    drafted = sum(s.member.drafted for s in run.merged.sources)
    rows = [
        ("Collection", c.collection_id),
        ("File", relative(c.path)),
        ("Articles", len(c.members)),
        ("Date window", window),
    ]
    notes = [
        f"The events of {drafted} article{'s' if drafted > 1 else ''} were drafted automatically "
        "from the text and have not been checked by an analyst; they are marked \u201cmachine "
        "draft\u201d in every table."
    ]
    return HTML(
        snippet("header.html.j2", title=run.title, rows=rows, notes=notes if drafted else [])
    )


def summary(run: CollectionRun) -> HTML:
    """How many incidents the articles report, how many sources each has, the span, the
    disagreements."""
    ev = run.events
    reported = sum(len(s.events) for s in run.merged.sources)
    multi = int((ev["x_n_sources"] > 1).sum())
    first, last = ev["event_date"].min(), ev["event_date"].max()
    kinetic = int((ev["lane"] == LANE_KINETIC).sum())
    killed = ev[ev["fatalities"] > 0]
    drafted = killed[killed["x_drafted"].astype(bool)]
    key = pd.DataFrame(
        {
            "Incident": ev["ref"],
            "Date": ev["event_date"].dt.strftime("%Y-%m-%d").fillna("not stated"),
            "What": ev["what"],
            "Where": ev["location"].fillna("unknown"),
            "Sources": ev["x_n_sources"],
            "Killed": [
                killed_cell(f, machine)
                for f, machine in zip(ev["killed"], ev["x_drafted"], strict=True)
            ],
        }
    )
    return HTML(
        snippet(
            "collection_summary.html.j2",
            n_articles=len(run.merged.sources),
            n_reported=reported,
            n_incidents=len(ev),
            first=day(first),
            last=day(last),
            n_kinetic=kinetic,
            n_statements=len(ev) - kinetic,
            n_shared=multi,
            n_disagreeing=run.merged.disagreements["event_id_cnty"].nunique(),
            n_killed=int(killed["fatalities"].sum()),
            n_killed_incidents=len(killed),
            n_killed_drafted=int(drafted["fatalities"].sum()),
            n_drafted_incidents=len(drafted),
            table=Markup(table(key, run, "Incidents in date order.")),
            excluded=list(run.merged.excluded.itertuples()),
        )
    )


def killed_cell(killed: object, drafted: object) -> str:
    """An incident's killed figure for the summary table, marked when only machine drafts give it
    (the header promises the mark in every table)."""
    text = killed.text() if killed is not None else "\u2013"
    return f"{text} ({DRAFT_WORDS})" if killed is not None and bool(drafted) else text


def map_section(run: CollectionRun) -> HTML:
    """Every located incident on one map."""
    countries, provinces = places.load_basemap()
    off = outside_map(run.events)
    on_map = len(run.events) - len(off)
    listed = "; ".join(
        f"{r.ref} {r.location if isinstance(r.location, str) else 'place unknown'}"
        for r in off.itertuples()
    )
    if on_map == 0:
        return HTML(
            snippet(
                "note.html.j2", text=f"No incident has coordinates, so no map is drawn: {listed}."
            )
        )
    caption = (
        f"{on_map} of {len(run.events)} incidents located, each at the place its most precise "
        "source gives. "
        "Colour: event type; size: people killed; hollow dashed marker: only the area or the "
        "speaker's seat is known."
    )
    if listed:
        caption += f" Not on the map: {listed}."
    return HTML(figure(run, map_figure(run.events, countries, provinces), "map", caption))


def timeline_section(run: CollectionRun) -> HTML:
    """The escalation sequence across the crisis, each incident with its number of sources, the
    articles' links drawn as arrows; then the chain in words and the links with their sources."""
    caption = (
        "Escalation sequence across the articles: kinetic incidents (top) and statements "
        "(bottom), each labelled with the number of articles that report it. Colour: Goldstein "
        "score of the CAMEO code (red = conflict)."
    )
    if not run.links.empty:
        caption += (
            " Arrows run from an act to the incident that answers it, as the articles link them: "
            "colour gives the relation, a solid line a link an article states in its own voice, "
            "a dashed line one a party claims."
        )
    chart = figure(run, timeline_figure(run.events, run.links), "timeline", caption)
    return HTML(chart + links_part(run))


def links_part(run: CollectionRun) -> str:
    """The chain in words (the reporting wing's words for each step) and the merged links table:
    relation, who asserts or denies it, the cues, each article's sentence, the sources."""
    links = run.links
    events = run.events.set_index("event_id_cnty")
    codes = article_codes(run)
    rows = pd.DataFrame(
        {
            "From": links["from_ref"],
            "To": links["to_ref"],
            "Relation": links["words"],
            "Asserted by": links["who"],
            "Cue": links["cue"],
            "The sentences that state it, by article": links["quote"].map(
                lambda quotes: _coded(quotes, codes)
            ),
            "Sources": links["sources"].map(lambda sources: _coded(sources, codes)),
        }
    )
    return snippet(
        "collection_links.html.j2",
        has_links=not links.empty,
        chains=[Markup(chain_text(chain, events, links)) for chain in chains(links)],
        denials=int(links["denied"].sum()) if not links.empty else 0,
        table=Markup(
            table(
                rows,
                run,
                "Links between incidents from every article (articles by code, section 5): which "
                "incident answers which, who states it, and the sentences.",
                classes="data links",
            )
        )
        if not links.empty
        else "",
    )


def article_codes(run: CollectionRun) -> dict[str, str]:
    """A short code per article (A1, A2, ...) in collection order, as the sources matrix shows."""
    return {s.member.article_id: f"A{i}" for i, s in enumerate(run.merged.sources, start=1)}


def _coded(text: str, codes: dict[str, str]) -> str:
    """Article ids in `text` replaced by their codes (longest first, so no id eats another)."""
    pattern = "|".join(sorted(map(re.escape, codes), key=len, reverse=True))
    return re.sub(pattern, lambda m: codes[m[0]], text) if pattern else text


def toll_section(run: CollectionRun) -> HTML:
    """How each incident's reported figures changed from report to report, per outlet and
    claimant."""
    labels = dict(zip(run.events["ref"], run.events["label"], strict=True))
    fig = charts.toll_figure(run.claims, labels)
    claims = run.claims.assign(
        figure=[claim_text(r.low, r.high, r.qualifier) for r in run.claims.itertuples()]
    )
    claims = claims.sort_values(
        ["ref", "metric", "published", "outlet"], key=_ref_order, kind="stable"
    )
    rows = pd.DataFrame(
        {
            "Incident": claims["ref"],
            "Report of": claims["published"],
            "Outlet": claims["outlet"]
            + claims["drafted"].map({True: f" ({DRAFT_WORDS})", False: ""}),
            "Claimant": claims["claimant"],
            "Metric": claims["metric"],
            "Figure": claims["figure"],
            "In the article's words": claims["quote"],
        }
    )
    if fig is None:
        return HTML(snippet("note.html.j2", text="No article gives a casualty figure."))
    caption = (
        "Killed as reported, one panel per incident, against the date of the report: a dot is "
        "an exact figure, a bar "
        "a range, an arrow an open-ended figure (\u201cat least\u201d)."
    )
    return HTML(
        figure(run, fig, "toll", caption)
        + table(
            rows,
            run,
            "Every casualty figure, per incident, report by report, with its claimant and words.",
            classes="data claims",
        )
    )


def _ref_order(column: pd.Series) -> pd.Series:
    """Sort E2 before E10."""
    return column.str[1:].astype(int) if column.name == "ref" else column


def sources_section(run: CollectionRun) -> HTML:
    """The sources matrix (which article reports which incident, articles by code) and the
    disagreements."""
    codes = article_codes(run)
    key = pd.DataFrame(
        {
            "Code": list(codes.values()),
            "Article": list(codes),
            "Outlet": [s.article.outlet or "not stated" for s in run.merged.sources],
            "Published": [s.article.published.isoformat() for s in run.merged.sources],
            "Events": [DRAFT_WORDS if s.member.drafted else "curated" for s in run.merged.sources],
        }
    )
    links = run.merged.links.merge(run.events[["event_id_cnty", "ref"]], on="event_id_cnty")
    reported = pd.crosstab(links["ref"], links["article_id"]).reindex(
        index=run.events["ref"], columns=list(codes), fill_value=0
    )
    matrix = (
        reported.gt(0)
        .replace({True: "\u2713", False: "\u2013"})
        .rename(columns=codes)
        .reset_index(names="Incident")
    )
    matrix.insert(1, "Sources", reported.gt(0).sum(axis=1).to_numpy())
    body = table(
        key, run, "The articles of the collection and their codes.", classes="data"
    ) + table(
        matrix,
        run,
        "Sources matrix: \u2713 where an article reports the incident (articles by code, above).",
        classes="data matrix",
    )
    found = run.merged.disagreements.merge(
        run.events[["event_id_cnty", "ref"]], on="event_id_cnty"
    )
    if found.empty:
        agree = "The sources agree on the type, date and place of every shared incident."
        return HTML(body + snippet("note.html.j2", text=agree))
    rows = pd.DataFrame(
        {
            "Incident": found["ref"],
            "Field": found["field"],
            "Coded": found["chosen"],
            "What the articles say": found["values"].map(lambda values: _coded(values, codes)),
            "Rule": found["rule"],
        }
    )
    return HTML(
        body
        + table(
            rows,
            run,
            "Disagreements between articles (by code) and the value coded by the stated rule.",
        )
    )


def events_section(run: CollectionRun) -> HTML:
    """Each incident with its sources and, per article, the sentences it rests on."""
    events = []
    for row in run.events.itertuples():
        by_article: dict[str, list[str]] = {}
        for quote in str(row.x_evidence).split(" | ") if isinstance(row.x_evidence, str) else []:
            article, _, sentence = quote.partition("] ")
            by_article.setdefault(article.lstrip("["), []).append(sentence)
        events.append(
            {
                "ref": row.ref,
                "id": row.event_id_cnty,
                "day": day(row.event_date),
                "what": row.what,
                "location": row.location,
                "drafted": bool(row.x_drafted),
                "notes": row.notes,
                "sources": row.sources,
                "quotes": list(by_article.items()),
            }
        )
    return HTML(snippet("collection_events.html.j2", events=events))


def footer(run: CollectionRun) -> HTML:
    """Provenance: parameters, the collection file and every article's inputs with hashes,
    versions, render time."""
    resolved = {
        "collection": run.collection.path,
        "output_dir": run.report_dir.parent,
        "title": run.title,
    }
    files = [
        run.collection.path,
        *(
            p
            for s in run.merged.sources
            for p in (
                s.member.article,
                Path(s.events_path),
                config.claims_path_for(Path(s.events_path)),
                config.links_path_for(Path(s.events_path)),
            )
        ),
        config.COLLECTION_NOTEBOOK,
    ]
    return provenance(run, resolved, files)
