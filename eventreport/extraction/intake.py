"""An article for extraction: front matter optional, the publication date from it or from `--published`.

`article.load_article` is the reader when the front matter is complete; a plain text file (or
front matter without `title` or `published`) is read here with the same checks (UTF-8, size,
no NUL bytes), because extraction needs only the text and the publication date. The body is
taken exactly as `load_article` takes it, so evidence offsets mean the same in both.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import yaml

from ..article import Article, article_id_for, load_article, read_text
from ..errors import InputError

MAX_EXTRACT_BYTES = 1024 * 1024
"""About 150,000 words: far more than any news article; a bigger file is a corpus, not an article."""
DELIMITER = "---"
PUBLISHED_HELP = "add 'published: YYYY-MM-DD' to the front matter or pass --published YYYY-MM-DD"


def read_article(path: Path, published: dt.date | None = None) -> Article:
    """The article at `path`; `published` supplies or overrides the publication date."""
    text = read_text(path, MAX_EXTRACT_BYTES, "extraction reads: split the file into its articles")
    meta, body = _front_matter(path, text)
    if meta.get("title") and meta.get("published"):
        article = load_article(path)
        return replace(article, published=published) if published else article
    if not body.strip():
        raise InputError(path, "the article is empty: there is no text to extract events from")
    date = published or _date(path, meta.get("published"))
    title = str(meta.get("title") or "").strip() or body.strip().split("\n", 1)[0][:120]
    return Article(article_id=article_id_for(path), path=path, title=title, published=date, text=body,
                   outlet=_text(meta.get("outlet")), url=_text(meta.get("url")))


def _front_matter(path: Path, text: str) -> tuple[dict, str]:
    """(metadata, body): the YAML between two '---' lines at the top, if there is any."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != DELIMITER:
        return {}, text.strip("\n") + "\n"
    end = next((i for i, line in enumerate(lines[1:], start=1) if line.strip() == DELIMITER), None)
    if end is None:
        raise InputError(path, "line 1: the front matter opened with '---' is never closed by a second '---'")
    try:
        meta = yaml.safe_load("\n".join(lines[1:end])) or {}
    except (yaml.YAMLError, ValueError):
        load_article(path)  # raises the precise error, with its line
        raise
    if not isinstance(meta, dict):
        raise InputError(path, "front matter: expected 'key: value' lines")
    return meta, "\n".join(lines[end + 1:]).strip("\n") + "\n"


def _date(path: Path, value: object) -> dt.date:
    """The front matter's publication date, or a clear error saying how to give one."""
    if value is None or not str(value).strip():
        raise InputError(path, f"no publication date: {PUBLISHED_HELP}")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise InputError(path, f"front matter: published {value!r} is not a date; expected YYYY-MM-DD") from None


def _text(value: object) -> str | None:
    """An optional metadata text."""
    return None if value is None or not str(value).strip() else str(value).strip()


def parse_published(text: str) -> dt.date:
    """The `--published` option: a real date, not in the future."""
    try:
        value = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{text!r} is not a date; expected YYYY-MM-DD") from None
    if value > dt.date.today():
        raise ValueError(f"{value.isoformat()} lies in the future")
    return value
