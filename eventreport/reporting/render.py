"""Stage 6, rendering: papermill runs the report notebook, nbconvert makes HTML, WeasyPrint the PDF.

A render works in a temporary folder beside the target and moves it into place only when
every output is complete, so a failure never leaves a half-written report or touches the
last good one. WeasyPrint (not a browser) makes the PDF: it installs from PyPI, runs no
JavaScript and fetches nothing, and it follows the same stylesheet as the HTML.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path

import nbformat
import papermill
from nbconvert import HTMLExporter

from .. import checks, config, parameters
from . import sections
from ..errors import EventReportError

FORMATS = ("html", "pdf")
NOTEBOOK_NAME = "report.ipynb"


def render(values: dict[str, object], formats: tuple[str, ...] = FORMATS) -> Path:
    """Render the report for the given parameters; return the folder that now holds it."""
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise EventReportError(f"unknown format {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
    params = parameters.validate(values)
    article, events_path, _, final_dir = sections.inputs(params)
    checks.validate(events_path, article.path)
    work = _work_dir(final_dir)
    try:
        executed = _execute(params, work)
        title = str(params["title"] or article.title)
        html = export_html(executed, title)
        (work / "report.html").write_text(html, encoding="utf-8")
        if "pdf" in formats:
            write_pdf(html, work / "report.pdf")
        if "html" not in formats:
            (work / "report.html").unlink()
        _say_dropped(final_dir, formats)
        _publish(work, final_dir)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return final_dir


def _say_dropped(final_dir: Path, formats: tuple[str, ...]) -> None:
    """An older report file of a format this render does not make would not match the new report: it goes, and we say so."""
    for fmt in FORMATS:
        older = final_dir / f"report.{fmt}"
        if fmt not in formats and older.exists():
            warnings.warn(f"{older}: removed the older {fmt.upper()}, which would not match this render "
                          f"(formats {','.join(formats)}); add {fmt} to the formats to keep one", stacklevel=3)


def _work_dir(final_dir: Path) -> Path:
    """A fresh temporary folder on the same file system as the target, so the final move is a rename."""
    try:
        final_dir.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=f".{final_dir.name}.partial-", dir=final_dir.parent))
        work.chmod(0o777 & ~_umask())  # mkdtemp makes 0700; the published folder follows the user's umask
        return work
    except OSError as exc:
        raise EventReportError(f"{final_dir.parent}: cannot write the report there ({exc.strerror})") from None


def _umask() -> int:
    """The process's file-creation mask (reading it means setting it, so it is set straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _execute(params: dict, work: Path) -> Path:
    """Run the notebook with papermill; on failure keep the executed notebook beside the target and say where."""
    executed = work / NOTEBOOK_NAME
    try:
        with _environment(config.STAGING_ENV, str(work)):
            papermill.execute_notebook(
                str(config.REPORT_NOTEBOOK), str(executed), parameters=params,
                cwd=str(config.PROJECT_ROOT), progress_bar=False, log_output=False, kernel_name="python3",
            )
    except papermill.PapermillExecutionError as exc:
        kept = work.parent / f"{work.name.split('.partial-')[0].lstrip('.')}.failed.ipynb"
        shutil.copyfile(executed, kept)
        raise EventReportError(
            f"the report notebook failed in cell {exc.exec_count} with {exc.ename}: {exc.evalue.strip()} "
            f"(executed notebook kept at {kept})"
        ) from None
    return executed


@contextlib.contextmanager
def _environment(name: str, value: str) -> Iterator[None]:
    """Set one environment variable for the kernel papermill starts, and restore it after."""
    before = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = before


def export_html(notebook: Path, title: str) -> str:
    """The executed notebook as one self-contained HTML page: no code, no prompts, nothing from the network."""
    exporter = HTMLExporter(template_name=config.TEMPLATE_NAME, extra_template_basedirs=[str(config.TEMPLATE_DIR)])
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    body, _ = exporter.from_notebook_node(nbformat.read(notebook, as_version=4), resources={"metadata": {"name": title}})
    return body


def write_pdf(html: str, target: Path) -> None:
    """Print the HTML to PDF with WeasyPrint, which may read inline `data:` URLs and nothing else."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    HTML(string=html, url_fetcher=URLFetcher(allowed_protocols=("data",))).write_pdf(target)


def _publish(work: Path, final_dir: Path) -> None:
    """Swap the finished folder into place under a lock; the previous report is removed only after."""
    with _lock(final_dir):
        retired = None
        if final_dir.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{final_dir.name}.old-", dir=final_dir.parent))
            final_dir.rename(retired / final_dir.name)
        work.rename(final_dir)
        if retired is not None:
            shutil.rmtree(retired, ignore_errors=True)


@contextlib.contextmanager
def _lock(final_dir: Path) -> Iterator[None]:
    """An exclusive lock per report folder, so two renders of one article never interleave their swaps."""
    lock_path = final_dir.parent / f".{final_dir.name}.lock"
    with lock_path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
