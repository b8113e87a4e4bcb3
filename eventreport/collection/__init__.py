"""Collection: many articles -> their reports, rendered in parallel on Dask -> merged events -> the
collection report.

spec (the collection file) -> run (the Dask run of every render) -> merge (one event per
incident across articles) -> report (the collection notebook's sections) -> index (the page
that links every report with its status); `evaluate` scores the merge against gold clusters.
Other wings and the CLI use only what this module exports.
"""

from __future__ import annotations

from pathlib import Path

from .index import write_index
from .run import FAILED, Outcome, output_dir_for, run
from .spec import Collection, Member, load_collection


def render_collection(
    path: Path,
    output_dir: str | Path | None = None,
    formats: tuple[str, ...] = ("html", "pdf"),
    workers: int | None = None,
    scheduler: str | None = None,
    force: bool = False,
    progress: bool | None = None,
    title: str = "",
) -> tuple[Path, list[Outcome]]:
    """Render every report of the collection file at `path` that needs it, then the index; return
    the folder and outcomes."""
    from ..reporting import check_formats

    check_formats(formats)
    collection = load_collection(path)
    folder = output_dir_for(collection, output_dir)
    outcomes = run(collection, folder, formats, workers, scheduler, force, progress, title)
    write_index(collection, folder, outcomes)
    return folder, outcomes


__all__ = ["FAILED", "Collection", "Member", "Outcome", "load_collection", "render_collection"]
