"""Every CSV the project writes goes through `write_csv`, which makes it safe to open in a
spreadsheet.

A spreadsheet runs a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return as a
formula (CSV injection), and article text is untrusted. Such a cell, unless it is a number, is
written with a leading apostrophe, which spreadsheets show as text; a cell that already begins
with apostrophes before one of those characters gets one more, so `restore` undoes exactly what
`write_csv` did and the project reads its own files back unchanged.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
GUARD = "'"
NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")


def _formula_like(text: str) -> bool:
    """A cell a spreadsheet would evaluate: it starts with a formula character and is not a plain
    number."""
    return text.startswith(FORMULA_START) and not NUMBER.match(text)


def _guarded(text: str) -> bool:
    """A cell that `neutralise` changed (or that must be kept apart from one): apostrophes before a
    formula."""
    return text.startswith(GUARD) and _formula_like(text.lstrip(GUARD))


def neutralise(value: object) -> object:
    """The cell as written: text a spreadsheet would run gets a leading apostrophe; everything else
    is unchanged."""
    if isinstance(value, str) and (_formula_like(value) or _guarded(value)):
        return GUARD + value
    return value


def restore(value: object) -> object:
    """The cell as it was before `neutralise`: one leading apostrophe of a guarded cell removed."""
    if isinstance(value, str) and _guarded(value):
        return value[len(GUARD) :]
    return value


def _text_columns(frame: pd.DataFrame) -> list[str]:
    """The columns that can hold text (object or string dtype)."""
    return [
        c
        for c in frame.columns
        if frame[c].dtype == object or isinstance(frame[c].dtype, pd.StringDtype)
    ]


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` whose text cells are neutralised (numbers, dates and blanks untouched)."""
    return frame.assign(
        **{
            c: frame[c].map(neutralise, na_action="ignore").astype(frame[c].dtype)
            for c in _text_columns(frame)
        }
    )


def write_csv(frame: pd.DataFrame, path: Path, **options) -> Path:
    """Write `frame` as UTF-8 CSV with `\\n` line ends, dates as YYYY-MM-DD, and no cell a
    spreadsheet would run.

    Python's csv writer leaves a lone carriage return unquoted, which readers take for a line end;
    a frame with one is written with every cell quoted.
    """
    safe = safe_frame(frame)
    carriage = any(
        safe[c].astype("string").str.contains("\r", regex=False).any() for c in _text_columns(safe)
    )
    options = {
        "index": False,
        "lineterminator": "\n",
        "date_format": "%Y-%m-%d",
        "quoting": csv.QUOTE_ALL if carriage else csv.QUOTE_MINIMAL,
        **options,
    }
    safe.to_csv(path, **options)
    return path


def restore_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A frame read from our CSVs with every guarded text cell restored."""
    return frame.assign(
        **{
            c: frame[c].map(restore, na_action="ignore").astype(frame[c].dtype)
            for c in _text_columns(frame)
        }
    )


def read_csv(path: Path, **options) -> pd.DataFrame:
    """Read a CSV the project wrote, as text cells, with the guards of `write_csv` removed."""
    options = {"dtype": "string", "keep_default_na": False, **options}
    return restore_frame(pd.read_csv(path, **options))
