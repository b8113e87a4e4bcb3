"""The notebooks' parameters: one list of names, types and help, checked before any work is done.

A notebook's `parameters` cell is the one definition (name, type, default, help) of its parameters:
the article report's (`notebooks/report.ipynb`, the default below) and the collection report's
(`notebooks/collection.ipynb`); the CLI's options and the Makefile's variables (upper-cased there)
use the same names. papermill only warns on an unknown name and never checks types; `validate`
rejects both with a message that lists what is allowed.
"""

from __future__ import annotations

import ast
import datetime as dt
import hashlib
import json
import os
import re
import types
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

from . import config
from .errors import EventReportError

TYPES: dict[str, type] = {"str": str, "int": int, "float": float, "bool": bool}


@dataclass(frozen=True)
class Parameter:
    """One report parameter: its name, Python type, default and a line of help."""

    name: str
    type: type
    default: object
    help: str


@cache
def parameters(notebook: Path = config.REPORT_NOTEBOOK) -> tuple[Parameter, ...]:
    """The parameters as the notebook's `parameters` cell declares them: the one definition."""
    return tuple(
        Parameter(
            name,
            TYPES[spec["inferred_type_name"]],
            ast.literal_eval(spec["default"]),
            spec["help"],
        )
        for name, spec in _inspected(notebook).items()
    )


def _inspected(notebook: Path) -> dict[str, dict]:
    """papermill's reading of the parameters cell, kept in `.cache/` under the hash of the notebook
    and papermill's version.

    Importing papermill costs the kernel about half a second (nbformat, jsonschema); with the
    reading cached, a kernel that checks its parameters needs neither.
    """
    key = hashlib.sha256(notebook.read_bytes() + metadata.version("papermill").encode())
    cached = config.CACHE_DIR / "parameters" / f"{key.hexdigest()}.json"
    try:
        return json.loads(cached.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    import papermill

    found = {
        name: {key: spec[key] for key in ("inferred_type_name", "default", "help")}
        for name, spec in papermill.inspect_notebook(str(notebook)).items()
    }
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.partial")
        partial.write_text(json.dumps(found), encoding="utf-8")
        partial.replace(cached)
    except OSError:
        pass  # a read-only project still works, without the cache
    return found


NOTEBOOK_NAMES = frozenset({"In", "Out", "get_ipython", "exit", "quit", "open"})


def defaults(notebook: Path = config.REPORT_NOTEBOOK) -> dict[str, object]:
    """Every parameter at its default value."""
    return {p.name: p.default for p in parameters(notebook)}


def validate(
    values: Mapping[str, object], notebook: Path = config.REPORT_NOTEBOOK
) -> dict[str, object]:
    """Check names and types; return all parameters with defaults filled in."""
    known = {p.name: p for p in parameters(notebook)}
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise EventReportError(
            f"unknown parameter{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}; "
            f"{'the report' if notebook == config.REPORT_NOTEBOOK else notebook.name} takes: "
            f"{', '.join(known)}"
        )
    wrong = [
        f"{name!r} must be {known[name].type.__name__}, got {type(value).__name__} {value!r}"
        for name, value in values.items()
        if not isinstance(value, known[name].type)
    ]
    if wrong:
        raise EventReportError("bad parameter value: " + "; ".join(wrong))
    merged = {**defaults(notebook), **values}
    problems = _value_problems(merged)
    if problems:
        raise EventReportError("bad parameter value: " + "; ".join(problems))
    return merged


DATE_PARAMETERS = ("start", "end")


def _value_problems(values: Mapping[str, object]) -> list[str]:
    """Values of the right type that still cannot work: a day that is not YYYY-MM-DD, a period that
    ends before it starts."""
    problems = [
        f"{name!r} must be a day as YYYY-MM-DD or empty, got {values[name]!r}"
        for name in DATE_PARAMETERS
        if values.get(name) and _day(values[name]) is None
    ]
    start, end = (_day(values.get(name) or "") for name in DATE_PARAMETERS)
    if start and end and start > end:
        problems.append(f"'start' {values['start']} is after 'end' {values['end']}")
    if values.get("acled") and not values.get("article"):
        problems.append("'acled' cross-checks an article's events: give an article too")
    return problems


def _day(text: str) -> dt.date | None:
    """A YYYY-MM-DD day, or None."""
    try:
        return dt.date.fromisoformat(text) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else None
    except ValueError:
        return None


def from_namespace(
    namespace: Mapping[str, object], notebook: Path = config.REPORT_NOTEBOOK
) -> dict[str, object]:
    """Validate the parameters a notebook holds: every public, non-module global its first cells
    defined."""
    values = {
        name: value
        for name, value in namespace.items()
        if not name.startswith("_")
        and name not in NOTEBOOK_NAMES
        and not isinstance(value, types.ModuleType)
    }
    return validate(values, notebook)
