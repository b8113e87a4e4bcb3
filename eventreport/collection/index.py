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
from ..reporting import escape as _e
from .run import DRAFTED, FAILED, RENDERED, Outcome
from .spec import Collection

INDEX = "index.html"
STATUS_TEXT = {
    RENDERED: "rendered",
    DRAFTED: "drafted: events machine-drafted from the text, not checked by an analyst",
    FAILED: "failed",
}
STYLE = """body{font-family:"DejaVu Sans",sans-serif;max-width:60em;margin:2em auto;color:#222}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #ddd;padding:.35em .5em;text-align:left;vertical-align:top}
.failed{color:#a40000}.drafted{color:#8a5a00}
.error{font-family:monospace;font-size:.85em;white-space:pre-wrap}"""


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
    status."""
    report = next(o for o in outcomes if o.kind == "collection")
    rows = "".join(_article_row(collection, folder, o) for o in outcomes if o.kind == "article")
    failed = sum(o.status == FAILED for o in outcomes)
    head = (
        f"<h1>{_e(collection.title)}</h1><p>Collection "
        f"<code>{_e(collection.collection_id)}</code>: "
        f"{len(collection.members)} articles. Updated "
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M UTC}."
        + (
            f' <b class="failed">{failed} render{"s" if failed != 1 else ""} failed.</b>'
            if failed
            else ""
        )
        + "</p>"
    )
    summary = f"<h2>Collection report</h2><p>{_links(folder, report)} {_status(report)}</p>"
    table = (
        "<h2>Articles</h2><table><thead><tr><th>Article</th><th>Outlet</th><th>Published</th><th>Status</th></tr>"
        f"</thead><tbody>{rows}</tbody></table>"
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta '
        f'charset="utf-8"><title>{_e(collection.title)}</title>'
        f"<style>{STYLE}</style></head><body>{head}{summary}{table}</body></html>\n"
    )


def _article_row(collection: Collection, folder: Path, outcome: Outcome) -> str:
    """One table row: the article's title linked to its report, its outlet and date, its status."""
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
    return (
        f"<tr><td>{_e(title)}<br><small><code>{_e(outcome.name)}</code></small> "
        f"{_links(folder, outcome)}</td>"
        f"<td>{_e(outlet)}</td><td>{_e(published)}</td><td>{_status(outcome)}</td></tr>"
    )


def _links(folder: Path, outcome: Outcome) -> str:
    """Relative links to the HTML and PDF of a report that exists."""
    links = []
    for name, label in (("report.html", "HTML"), ("report.pdf", "PDF")):
        if (outcome.target / name).exists():
            href = (outcome.target / name).relative_to(folder).as_posix()
            links.append(f'<a href="{_e(href)}">{label}</a>')
    return " \u00b7 ".join(links)


def _status(outcome: Outcome) -> str:
    """The status in words; a failure with its error message, escaped."""
    text = STATUS_TEXT[outcome.status]
    if outcome.status == FAILED:
        kept = (
            " The last good report is kept and linked."
            if (outcome.target / "report.html").exists()
            else ""
        )
        return (
            f'<span class="failed">{_e(text)}</span>{_e(kept)}<div '
            f'class="error">{_e(outcome.error)}</div>'
        )
    note = " (inputs unchanged: not rendered again)" if outcome.skipped else ""
    return f'<span class="{_e(outcome.status)}">{_e(text)}</span>{_e(note)}'
