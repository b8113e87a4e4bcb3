"""Step 1, the collection file: `data/collections/<collection_id>.yaml` read into a `Collection`.

The file names a title, the articles (paths or globs, relative to the project root), an
optional events file per article and an optional date window. It is checked like the report
parameters: an unknown key, a missing file, a glob that matches nothing, an article listed
twice or a bad date is an error that names the file and the line.
"""

from __future__ import annotations

import datetime as dt
import glob
from dataclasses import dataclass
from pathlib import Path

import yaml

from .. import config
from ..article import article_id_for, load_article, read_text
from ..errors import InputError

TOP_KEYS = {
    "title": "the collection's title (required)",
    "articles": "the list of articles (required)",
    "start": "first day of the date window, YYYY-MM-DD (optional)",
    "end": "last day of the window (optional)",
}
ENTRY_KEYS = {"article": "article file (required)", "events": "its events CSV (optional)"}
MAX_COLLECTION_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Member:
    """One article of a collection: its file, its events file if it has one, and the line that
    listed it."""

    article: Path
    events: Path | None
    line: int

    @property
    def article_id(self) -> str:
        """The article's id: its file name without `.txt`."""
        return self.article.stem

    @property
    def drafted(self) -> bool:
        """True when no curated events file exists: the events are drafted from the text by
        `extract`."""
        return self.events is None


@dataclass(frozen=True)
class Collection:
    """A collection file, validated: its id (the file name), title, members and date window."""

    collection_id: str
    path: Path
    title: str
    members: tuple[Member, ...]
    start: dt.date | None = None
    end: dt.date | None = None

    def in_window(self, day: dt.date) -> bool:
        """Whether a day lies inside the collection's date window (an open end is no limit)."""
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


def load_collection(path: Path) -> Collection:
    """Read and check a collection file; raise InputError naming the line of the first problem
    found."""
    collection_id = article_id_for(path)
    root = _compose(path, read_text(path, MAX_COLLECTION_BYTES, "a collection file may have"))
    keys = _mapping(path, root, TOP_KEYS, "the collection file")
    for required in ("title", "articles"):
        if required not in keys:
            raise InputError(
                path,
                f"line {root.start_mark.line + 1}: '{required}' is missing; add '{required}: ...' "
                f"({TOP_KEYS[required]})",
            )
    title = _text(path, keys["title"], "title")
    start, end = (_date(path, keys[k], k) if k in keys else None for k in ("start", "end"))
    if start and end and start > end:
        raise InputError(
            path, f"line {keys['end'].start_mark.line + 1}: end {end} lies before start {start}"
        )
    members = _members(path, keys["articles"])
    return Collection(collection_id, path, title, members, start, end)


def _compose(path: Path, text: str) -> yaml.Node:
    """The YAML node tree, which keeps the line of every value."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "the file"
        raise InputError(
            path, f"{where}: not valid YAML ({getattr(exc, 'problem', exc)})"
        ) from None
    if not isinstance(root, yaml.MappingNode):
        raise InputError(
            path, "line 1: expected 'key: value' lines (title, articles, optional start and end)"
        )
    return root


def _mapping(
    path: Path, node: yaml.MappingNode, allowed: dict[str, str], what: str
) -> dict[str, yaml.Node]:
    """The keys of a mapping node; an unknown or repeated key is an error naming its line and the
    keys allowed."""
    found: dict[str, yaml.Node] = {}
    for key, value in node.value:
        line = key.start_mark.line + 1
        name = str(key.value)
        if name not in allowed:
            known = "; ".join(f"'{k}': {v}" for k, v in allowed.items())
            raise InputError(
                path, f"line {line}: unknown key '{name}' in {what}; allowed: {known}"
            )
        if name in found:
            raise InputError(path, f"line {line}: '{name}' is given twice")
        found[name] = value
    return found


def _value(path: Path, node: yaml.Node) -> object:
    """The Python value of one scalar node; a date-like value that is no calendar date is an error
    on its line."""
    if not isinstance(node, yaml.ScalarNode):
        raise InputError(
            path,
            f"line {node.start_mark.line + 1}: expected a single value, not a list or mapping",
        )
    try:
        return yaml.safe_load(yaml.serialize(node))
    except ValueError as exc:
        raise InputError(
            path,
            f"line {node.start_mark.line + 1}: {node.value!r} is not a real date ({exc}); "
            "expected YYYY-MM-DD",
        ) from None


def _text(path: Path, node: yaml.Node, key: str) -> str:
    """A non-empty text value."""
    value = _value(path, node)
    if value is None or not str(value).strip():
        raise InputError(path, f"line {node.start_mark.line + 1}: '{key}' is empty")
    return str(value).strip()


def _date(path: Path, node: yaml.Node, key: str) -> dt.date:
    """A window date, YYYY-MM-DD."""
    value = _value(path, node)
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        raise InputError(
            path,
            f"line {node.start_mark.line + 1}: {key} {node.value!r} is not a date; expected "
            "YYYY-MM-DD",
        )
    return value


def _members(path: Path, node: yaml.Node) -> tuple[Member, ...]:
    """The articles: each entry a path, a glob, or {article, events}; every file must exist, no
    article twice."""
    if not isinstance(node, yaml.SequenceNode) or not node.value:
        raise InputError(
            path,
            f"line {node.start_mark.line + 1}: 'articles' must be a list with at least one entry "
            "('- data/articles/<article_id>.txt', a glob, or '- article: ...' with 'events: ...')",
        )
    members: dict[str, Member] = {}
    for entry in node.value:
        for member in _entry(path, entry):
            _refuse_test_draft(path, member)
            if member.article_id in members:
                raise InputError(
                    path,
                    f"line {member.line}: article {member.article_id!r} is already listed on line "
                    f"{members[member.article_id].line}",
                )
            members[member.article_id] = member
    return tuple(members.values())


def _entry(path: Path, node: yaml.Node) -> list[Member]:
    """One entry of the articles list: a path or glob, or a mapping with 'article' and 'events'."""
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        keys = _mapping(path, node, ENTRY_KEYS, "an article entry")
        if "article" not in keys:
            raise InputError(path, f"line {line}: the entry has no 'article: <file>'")
        article = _checked_id(path, _existing(path, keys["article"], "article"), line)
        events = _existing(path, keys["events"], "events file") if "events" in keys else None
        return [Member(article, events, line)]
    pattern = _text(path, node, "article")
    if glob.has_magic(pattern):
        found = sorted(
            Path(p) for p in glob.glob(str(config.resolve(pattern))) if Path(p).is_file()
        )
        if not found:
            raise InputError(path, f"line {line}: no file matches {pattern!r}")
        return [_member(_checked_id(path, p, line), line) for p in found]
    return [_member(_checked_id(path, _existing(path, node, "article"), line), line)]


def _checked_id(path: Path, article: Path, line: int) -> Path:
    """An article whose file name can serve as an article id (it names the report folder)."""
    try:
        article_id_for(article)
    except InputError as exc:
        raise InputError(path, f"line {line}: {exc}") from None
    return article


def _refuse_test_draft(path: Path, member: Member) -> None:
    """A test-split article is never drafted (data/events/CURATION.md): without curated events it
    cannot be listed."""
    if not member.drafted:
        return
    try:
        split = load_article(member.article).split
    except InputError:
        # a broken article fails its own render and is listed there, without stopping the others
        return
    if split == "test":
        raise InputError(
            path,
            f"line {member.line}: {member.article_id} is in the test split and has no curated "
            "events "
            "file; test articles are never drafted (data/events/CURATION.md): code its events "
            "first "
            "or leave it out",
        )


def _member(article: Path, line: int) -> Member:
    """An article listed alone: its curated events file when there is one, else it will be
    drafted."""
    curated = config.events_path_for(article)
    return Member(article, curated if curated.exists() else None, line)


def _existing(path: Path, node: yaml.Node, what: str) -> Path:
    """A file named on a line of the collection file, which must exist and be a file."""
    target = config.resolve(_text(path, node, what))
    if not target.is_file():
        problem = "does not exist" if not target.exists() else "is not a file"
        raise InputError(
            path,
            f"line {node.start_mark.line + 1}: {what} {node.value!r} {problem} "
            f"(paths start at the project root {config.PROJECT_ROOT})",
        )
    return target
