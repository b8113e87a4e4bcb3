"""Stage 1, the article: read a news article and its YAML front matter into an `Article`.

The one reader of articles, for the report and for the extractor alike. A report needs the
front matter (title and publication date); a draft (`draft=True`) reads plain text too, takes
the publication date from `--published` when the front matter lacks one, and caps the size lower.
Both take the body the same way, so evidence offsets mean the same everywhere.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import InputError, require_file

FRONT_MATTER_DELIMITER = "---"
ARTICLE_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,119}$")
MAX_ARTICLE_BYTES = 10 * 1024 * 1024
MAX_DRAFT_BYTES = 1024 * 1024
"""About 150,000 words: far more than any news article; a bigger file to draft from is a corpus,
not an article."""
PUBLISHED_HELP = "add 'published: YYYY-MM-DD' to the front matter"
SPLITS = ("dev", "test")
"""Evaluation splits an article can belong to (front matter `split:`); no key means the first."""


@dataclass(frozen=True)
class Article:
    """One article as data: its metadata from the front matter and its verbatim text."""

    article_id: str
    path: Path
    title: str
    published: dt.date
    text: str
    outlet: str | None = None
    url: str | None = None
    truncated: bool = False
    note: str | None = None
    split: str = SPLITS[0]


def load_article(path: Path, published: dt.date | None = None, draft: bool = False) -> Article:
    """Read `path`, split off the front matter and check the metadata.

    `published` supplies or overrides the publication date. With `draft` (the extractor), the front
    matter is optional: the title defaults to the first line and the date must come from somewhere.
    """
    if draft:
        raw = read_text(
            path, MAX_DRAFT_BYTES, "extraction reads: split the file into its articles"
        )
    else:
        raw = read_text(path)
    meta, body, body_line = _split_front_matter(path, raw, optional=draft)
    if not body.strip():
        raise InputError(
            path,
            f"line {body_line}: the article has no text after the front matter"
            if meta or not draft
            else "the article is empty: there is no text to extract events from",
        )
    title = _optional_text(meta, "title") if draft else _required_text(path, meta, "title")
    return Article(
        article_id=article_id_for(path),
        path=path,
        title=title or body.strip().split("\n", 1)[0][:120],
        published=published or _published_date(path, meta, draft),
        text=body,
        outlet=_optional_text(meta, "outlet"),
        url=_optional_text(meta, "url"),
        truncated=_flag(path, meta, "truncated"),
        note=_optional_text(meta, "note"),
        split=_split(path, meta),
    )


def parse_published(text: str) -> dt.date:
    """The `--published` option: a real date, not in the future (ValueError otherwise)."""
    try:
        value = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{text!r} is not a date; expected YYYY-MM-DD") from None
    if value > dt.date.today():
        raise ValueError(f"{value.isoformat()} lies in the future")
    return value


def article_id_for(path: Path) -> str:
    """The article's id is its file name without extension; it names the report folder."""
    article_id = path.stem
    if not ARTICLE_ID_PATTERN.match(article_id):
        raise InputError(
            path,
            f"the file name {article_id!r} cannot name a report folder: use lowercase "
            "letters, digits, '.', '_' and '-' only (at most 120 characters)",
        )
    return article_id


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, for the report's provenance footer."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_text(
    path: Path, max_bytes: int = MAX_ARTICLE_BYTES, limit: str = "an article may have"
) -> str:
    """Read the file as UTF-8 (BOM dropped, CRLF as LF), refusing what is not article text; `limit`
    words the size cap."""
    require_file(path)
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(path, f"{size} bytes is larger than the {max_bytes} bytes {limit}")
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            path, f"byte {exc.start} is not UTF-8: save the article as UTF-8 text"
        ) from None
    if "\x00" in text:
        raise InputError(path, "the file holds NUL characters: it is binary, not article text")
    return text.replace("\r\n", "\n")


def _split_front_matter(path: Path, raw: str, optional: bool = False) -> tuple[dict, str, int]:
    """Return (metadata, body, line number where the body starts); with `optional`, plain text is
    all body."""
    lines = raw.split("\n")
    if not lines or lines[0].strip() != FRONT_MATTER_DELIMITER:
        if optional:
            return {}, raw.strip("\n") + "\n", 1
        raise InputError(
            path,
            "line 1: the article has no YAML front matter; start the file with '---', "
            "then 'title:' and 'published: YYYY-MM-DD', then '---'",
        )
    try:
        end = next(
            i
            for i, line in enumerate(lines[1:], start=1)
            if line.strip() == FRONT_MATTER_DELIMITER
        )
    except StopIteration:
        raise InputError(
            path, "line 1: the front matter opened with '---' is never closed by a second '---'"
        ) from None
    try:
        meta = yaml.safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 2}" if mark is not None else "front matter"
        raise InputError(
            path, f"{where}: the front matter is not valid YAML ({getattr(exc, 'problem', exc)})"
        ) from None
    except ValueError as exc:  # YAML read a date-like value that is no date, e.g. 2020-02-30
        line, text = _first_bad_date(lines[1:end])
        raise InputError(
            path,
            f"line {line + 2}: {text.strip()!r} is not a real date ({exc}); expected YYYY-MM-DD",
        ) from None
    if not isinstance(meta, dict):
        raise InputError(path, "front matter: expected 'key: value' lines")
    return meta, "\n".join(lines[end + 1 :]).strip("\n") + "\n", end + 2


def _first_bad_date(lines: list[str]) -> tuple[int, str]:
    """The first front-matter line holding a YYYY-MM-DD value that is no calendar date."""
    for number, line in enumerate(lines):
        for found in re.findall(r"\d{4}-\d{2}-\d{2}", line):
            try:
                dt.date.fromisoformat(found)
            except ValueError:
                return number, line
    return 0, lines[0] if lines else ""


def _required_text(path: Path, meta: dict, key: str) -> str:
    """A metadata value that must be a non-empty string."""
    value = meta.get(key)
    if value is None or not str(value).strip():
        raise InputError(path, f"front matter: '{key}' is missing; add '{key}: ...'")
    return str(value).strip()


def _optional_text(meta: dict, key: str) -> str | None:
    """A metadata value that may be absent or null."""
    value = meta.get(key)
    return None if value is None or not str(value).strip() else str(value).strip()


def _flag(path: Path, meta: dict, key: str) -> bool:
    """A yes/no metadata value: YAML's true/false, or the words 'true'/'false'/'yes'/'no'."""
    value = meta.get(key, False)
    if isinstance(value, bool) or value is None:
        return bool(value)
    words = {"true": True, "yes": True, "false": False, "no": False}
    if str(value).strip().lower() not in words:
        raise InputError(path, f"front matter: {key} {value!r} is not true or false")
    return words[str(value).strip().lower()]


def _split(path: Path, meta: dict) -> str:
    """The evaluation split: `dev` or `test`; absent means dev."""
    value = _optional_text(meta, "split") or SPLITS[0]
    if value not in SPLITS:
        raise InputError(path, f"front matter: split {value!r} is not one of {', '.join(SPLITS)}")
    return value


def _published_date(path: Path, meta: dict, draft: bool = False) -> dt.date:
    """The publication date: required, a real date, not in the future; a draft may get it from
    `--published`."""
    value = meta.get("published")
    if value is None:
        hint = " or pass --published YYYY-MM-DD" if draft else ""
        raise InputError(path, f"front matter: 'published' is missing; {PUBLISHED_HELP}{hint}")
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise InputError(
                path, f"front matter: published {value!r} is not a date; expected YYYY-MM-DD"
            ) from None
    if value > dt.date.today():
        raise InputError(path, f"front matter: published {value.isoformat()} lies in the future")
    return value
