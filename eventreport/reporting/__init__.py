"""Reporting: events -> derived figures (analysis) -> charts -> report sections -> HTML/PDF
(render).

Other wings use only what this module exports.
"""

from .analysis import LANE_KINETIC, LANE_STATEMENTS, chains, claim_text, links_with_refs, prepare
from .charts import map_figure, outside_map, timeline_figure
from .render import FORMATS, check_formats, render, render_notebook, sweep
from .sections import Numbered, provenance
from .sections import (
    _chain_text as chain_text,
)
from .sections import (
    _day as day,
)
from .sections import (
    _e as escape,
)
from .sections import (
    _figure as figure,
)
from .sections import (
    _relative as relative,
)
from .sections import (
    _table as table,
)
from .snippets import snippet

__all__ = [
    "FORMATS",
    "LANE_KINETIC",
    "LANE_STATEMENTS",
    "Numbered",
    "chain_text",
    "chains",
    "check_formats",
    "claim_text",
    "day",
    "escape",
    "figure",
    "links_with_refs",
    "map_figure",
    "outside_map",
    "prepare",
    "provenance",
    "relative",
    "render",
    "render_notebook",
    "snippet",
    "sweep",
    "table",
    "timeline_figure",
]
