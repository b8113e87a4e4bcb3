"""Report sections' HTML from Jinja templates (`templates/sections/`), autoescaped.

Every value a template prints is escaped unless the caller marks it as markup (`Markup(...)`, for
a table or a figure the reporting wing built and escaped), so article text never becomes HTML.
The result is a plain string, as the other section helpers return.
"""

from __future__ import annotations

import re
from functools import cache

import jinja2
import pandas as pd

from .. import config

SECTIONS_DIR = config.SECTION_TEMPLATE_DIR
LONG_RUN = re.compile(r"\S{80,}")
BREAK_EVERY = 40


@cache
def _environment() -> jinja2.Environment:
    """One environment per process: templates from SECTIONS_DIR, autoescaped, no silent blanks."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(SECTIONS_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["show"] = shown
    return environment


def shown(value: object) -> str:
    """A value as a report shows it (the `show` filter): missing as an en dash, long runs
    breakable; the template escapes it."""
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return "\u2013"
    return breakable(str(value))


def breakable(text: str) -> str:
    """Give runs of 80+ non-space characters a zero-width break every 40, so they wrap (and lay out
    fast)."""
    return LONG_RUN.sub(
        lambda m: "\u200b".join(
            m[0][i : i + BREAK_EVERY] for i in range(0, len(m[0]), BREAK_EVERY)
        ),
        text,
    )


def snippet(name: str, **values: object) -> str:
    """Render the section template `name` with `values` (escaped unless marked as `Markup`)."""
    return _environment().get_template(name).render(**values)
