"""Extraction: article text -> draft events, claims and evidence, one module per step.

sentences -> dates, numbers, actors, geoparse (per sentence) -> mentions -> links -> draft (merge, rows, files);
`evaluate` scores drafts against curated files. Other wings use only what this module exports.
"""

from .draft import Extraction, ensure_events, extract, write
from .intake import parse_published, read_article

__all__ = ["Extraction", "ensure_events", "extract", "parse_published", "read_article", "write"]
