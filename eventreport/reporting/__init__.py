"""Reporting: events -> derived figures (analysis) -> charts -> report sections -> HTML/PDF
(render).

Other wings use only what this module exports. The names load on first use (PEP 562), so the
render process, which needs only `render` (imported at once), never imports pandas or matplotlib.
"""

from importlib import import_module

from .render import FORMATS, check_formats, render, render_notebook, sweep, warm_up

LAZY = {
    "LANE_KINETIC": ("analysis", "LANE_KINETIC"),
    "LANE_STATEMENTS": ("analysis", "LANE_STATEMENTS"),
    "Numbered": ("sections", "Numbered"),
    "chain_text": ("sections", "_chain_text"),
    "chains": ("analysis", "chains"),
    "claim_text": ("analysis", "claim_text"),
    "day": ("sections", "_day"),
    "figure": ("sections", "_figure"),
    "links_with_refs": ("analysis", "links_with_refs"),
    "map_figure": ("charts", "map_figure"),
    "outside_map": ("charts", "outside_map"),
    "prepare": ("analysis", "prepare"),
    "provenance": ("sections", "provenance"),
    "relative": ("sections", "_relative"),
    "snippet": ("snippets", "snippet"),
    "table": ("sections", "_table"),
    "timeline_figure": ("charts", "timeline_figure"),
}
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
    "warm_up",
]


def __getattr__(name: str) -> object:
    """Import the module that defines an exported name when it is first asked for."""
    if name not in LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attribute = LAZY[name]
    return getattr(import_module(f".{module}", __name__), attribute)
