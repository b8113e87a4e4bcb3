"""Step 5, the index page: `index.html` in the collection folder links every report with its
status.

Every text on the page (titles, article ids, error messages) is escaped: an article's title
or a failure message can never become markup.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from ..article import load_article
from ..errors import EventReportError
from ..reporting import snippet
from .run import DRAFTED, FAILED, RENDERED, Outcome
from .spec import Collection

INDEX = "index.html"
STATUS_TEXT = {
    RENDERED: "rendered",
    DRAFTED: "drafted: events machine-drafted from the text, not checked by an analyst",
    FAILED: "failed",
}


def write_index(collection: Collection, folder: Path, outcomes: list[Outcome]) -> Path:
    """Write `index.html` atomically (a temporary file renamed into place); return its path."""
    page = index_html(collection, folder, outcomes)
    target = folder / INDEX
    folder.mkdir(parents=True, exist_ok=True)
    staged = folder / f".{INDEX}.tmp-{os.getpid()}"
    staged.write_text(page, encoding="utf-8")
    os.replace(staged, target)
    return target


def index_html(collection: Collection, folder: Path, outcomes: list[Outcome]) -> str:
    """The page: the collection report, then one row per article with its title, outlet, date and
    status (rendered from an autoescaped template)."""
    report = next(o for o in outcomes if o.kind == "collection")
    return (
        snippet(
            "collection_index.html.j2",
            title=collection.title,
            collection_id=collection.collection_id,
            n_articles=len(collection.members),
            updated=f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M UTC}",
            failed=sum(o.status == FAILED for o in outcomes),
            report=_report(folder, report),
            articles=[_article(collection, folder, o) for o in outcomes if o.kind == "article"],
        )
        + "\n"
    )


def _article(collection: Collection, folder: Path, outcome: Outcome) -> dict[str, object]:
    """One article's row: its title, name, outlet and date, with its report's links and status."""
    member = next(m for m in collection.members if m.article_id == outcome.name)
    try:
        article = load_article(member.article)
        title, outlet, published = (
            article.title,
            article.outlet or "not stated",
            article.published.isoformat(),
        )
    except EventReportError:
        title, outlet, published = outcome.name, "\u2013", "\u2013"
    return {
        **_report(folder, outcome),
        "title": title,
        "name": outcome.name,
        "outlet": outlet,
        "published": published,
    }


def _report(folder: Path, outcome: Outcome) -> dict[str, object]:
    """A report's relative links (HTML and PDF, where they exist) and its status in words; a
    failure with its error message."""
    links = [
        ((outcome.target / name).relative_to(folder).as_posix(), label)
        for name, label in (("report.html", "HTML"), ("report.pdf", "PDF"))
        if (outcome.target / name).exists()
    ]
    failed = outcome.status == FAILED
    kept = failed and (outcome.target / "report.html").exists()
    return {
        "links": links,
        "status": outcome.status,
        "status_text": STATUS_TEXT[outcome.status],
        "failed": failed,
        "kept": " The last good report is kept and linked." if kept else "",
        "error": outcome.error,
        "note": " (inputs unchanged: not rendered again)" if outcome.skipped else "",
    }
