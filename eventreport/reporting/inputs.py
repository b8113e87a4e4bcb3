"""Stage 1, the inputs: the report parameters resolved to the article, its events and claims files and the output folder.

`render` resolves them before it starts the kernel, and `sections` again inside the notebook;
this module imports neither the plotting libraries nor the extractor, so that step stays quick.
"""

from __future__ import annotations

from pathlib import Path

from .. import config
from ..article import Article, load_article


def inputs(params: dict) -> tuple[Article, Path, Path, Path]:
    """Resolve the parameters to (article, events path, claims path, output folder)."""
    article = load_article(config.resolve(params["article"]))
    events_path = config.resolve(params["events"]) if params["events"] else _default_events(article.path)
    output_dir = config.resolve(params["output_dir"]) if params["output_dir"] else config.report_dir_for(article.article_id)
    return article, events_path, config.claims_path_for(events_path), output_dir


def _default_events(article_path: Path) -> Path:
    """The curated events file of the article, or else a draft extracted from its text (the extractor loads only then)."""
    curated = config.events_path_for(article_path)
    if curated.exists():
        return curated
    from .. import extraction

    return extraction.ensure_events(article_path)
