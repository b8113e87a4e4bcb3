"""Report sections' HTML from Jinja templates (`templates/sections/`), autoescaped.

Every value a template prints is escaped unless the caller marks it as markup (`Markup(...)`, for
a table or a figure the reporting wing built and escaped), so article text never becomes HTML.
The result is a plain string, as the other section helpers return.
"""

from __future__ import annotations

from functools import cache

import jinja2

from .. import config

SECTIONS_DIR = config.TEMPLATE_DIR / "sections"


@cache
def _environment() -> jinja2.Environment:
    """One environment per process: templates from SECTIONS_DIR, autoescaped, no silent blanks."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(SECTIONS_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def snippet(name: str, **values: object) -> str:
    """Render the section template `name` with `values` (escaped unless marked as `Markup`)."""
    return _environment().get_template(name).render(**values)
