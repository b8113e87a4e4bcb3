"""Extraction: article text -> draft events, claims and evidence, one module per step.

sentences -> dates, numbers, actors, geoparse (per sentence) -> mentions -> links -> draft (merge,
rows, files); `evaluate` scores drafts against curated files. Articles are read by the core's
`article.load_article(path, published, draft=True)`. Other wings use only what this module exports.
"""

from .draft import Extraction, ensure_events, extract, write

__all__ = ["Extraction", "ensure_events", "extract", "write"]
