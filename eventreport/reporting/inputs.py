"""Stage 1, the inputs: the report parameters resolved to the article, its events and claims files
and the output folder.

`render` resolves them before it starts the kernel, and `sections` again inside the notebook;
this module imports neither the plotting libraries nor the extractor, so that step stays quick.
With no article and an events file, the report is on the data alone (a dataset report).
"""

from __future__ import annotations

import re
from pathlib import Path

from .. import config
from ..article import Article, load_article
from ..errors import EventReportError


def inputs(params: dict) -> tuple[Article | None, Path, Path, Path]:
    """Resolve the parameters to (article or None for a report on the data alone, events path,
    claims path, output folder)."""
    if not params["article"] and not params["events"]:
        raise EventReportError(
            "give an article, or an events file (parameter 'events') for a report on the data "
            "alone"
        )
    article = load_article(config.resolve(params["article"])) if params["article"] else None
    events_path = (
        config.resolve(params["events"]) if params["events"] else _default_events(article.path)
    )
    report_id = article.article_id if article is not None else dataset_id(events_path, params)
    output_dir = (
        config.resolve(params["output_dir"])
        if params["output_dir"]
        else config.report_dir_for(report_id)
    )
    return article, events_path, config.claims_path_for(events_path), output_dir


def dataset_id(events_path: Path, params: dict) -> str:
    """The report folder name of a dataset report: the file's name and its filters
    ('acled-Iraq-from-2020-01-01'), as the Makefile makes it."""
    stem = events_path.name.removesuffix(config.EVENTS_SUFFIX).removesuffix(".csv")
    parts = [
        stem,
        params["country"],
        params["start"] and f"from-{params['start']}",
        params["end"] and f"to-{params['end']}",
    ]
    return re.sub(r"[^\w.-]+", "-", "-".join(p for p in parts if p)).strip("-.") or "dataset"


def filter_text(country: str, start: str, end: str) -> str:
    """'in Iraq from 2020-01-01 to 2020-01-31', or '' without filters."""
    parts = [
        f"in {country}" if country else "",
        f"from {start}" if start else "",
        f"to {end}" if end else "",
    ]
    return " ".join(p for p in parts if p)


def report_title(params: dict, article: Article | None, events_path: Path) -> str:
    """The title parameter, else the article's title, else what the dataset report covers."""
    if params["title"]:
        return params["title"]
    if article is not None:
        return article.title
    filters = filter_text(params["country"], params["start"], params["end"])
    return f"Events of {events_path.name}" + (f" {filters}" if filters else "")


def _default_events(article_path: Path) -> Path:
    """The curated events file of the article, or else a draft extracted from its text (the
    extractor loads only then)."""
    curated = config.events_path_for(article_path)
    if curated.exists():
        return curated
    from .. import extraction

    return extraction.ensure_events(article_path)
