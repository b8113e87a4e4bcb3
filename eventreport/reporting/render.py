"""Stage 6, rendering: papermill runs the report notebook, nbconvert makes HTML, WeasyPrint the
PDF.

A render works in a temporary folder beside the target and moves it into place only when
every output is complete, so a failure never leaves a half-written report or touches the
last good one. WeasyPrint (not a browser) makes the PDF: it installs from PyPI, runs no
JavaScript and fetches nothing, and it follows the same stylesheet as the HTML.

Speed (`make benchmark-report`): papermill and nbconvert load only when a render runs (the
kernel imports this package too, and needs neither); the kernel starts as soon as the parameters
are resolved; it checks the events, claims and links itself (once per render), as a notebook run
by hand does, so the render process does not load pandas for that; only when those checks fail
does it check again, to raise the error with every problem on a line. While the kernel works, a
second thread loads nbconvert and WeasyPrint and puts an empty page through both, so the HTML and
the PDF follow the kernel at once.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import importlib
import logging
import os
import shutil
import tempfile
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .. import config, parameters
from ..errors import EventReportError, InputError, ValidationError
from .inputs import inputs, report_title

if TYPE_CHECKING:
    import nbformat

log = logging.getLogger(__name__)
FORMATS = ("html", "pdf")
NOTEBOOK_NAME = "report.ipynb"
WARM_UP_PAGE = (
    "## Warm-up\n\nText in **bold**, *italic* and `code`.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
)


def render(values: dict[str, object], formats: tuple[str, ...] = FORMATS) -> Path:
    """Render the report for the given parameters; return the folder that now holds it."""
    check_formats(formats)
    params = parameters.validate(values)
    article, events_path, _, final_dir = inputs(params)
    return render_notebook(
        config.REPORT_NOTEBOOK,
        params,
        final_dir,
        report_title(params, article, events_path),
        formats,
        hidden_tags(params),
    )


def check_formats(formats: tuple[str, ...]) -> None:
    """Refuse an output format we cannot write."""
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise EventReportError(
            f"unknown format {', '.join(unknown)}; choose from {', '.join(FORMATS)}"
        )


SHARED_IMPORTS = ("jupyter_client", "nbclient")
"""Packages both papermill (this thread) and the warm-up (nbconvert, its own thread) import: loaded
here first, so two threads never import them at once and meet a partially initialised module
("cannot import name 'AsyncKernelManager' from partially initialized module
'jupyter_client.manager'")."""


def render_notebook(
    notebook: Path,
    params: dict,
    final_dir: Path,
    title: str,
    formats: tuple[str, ...] = FORMATS,
    hidden: set[str] = frozenset(),
) -> Path:
    """Execute a report notebook with validated parameters, export it, and publish the folder
    atomically."""
    with _work_dir(final_dir) as work:
        for shared in SHARED_IMPORTS:
            importlib.import_module(shared)
        warming = threading.Thread(target=warm_up, name="eventreport-warm-up", daemon=True)
        warming.start()
        with _timed("execute the notebook (papermill)"):
            executed = _execute(notebook, params, work)
        with _timed("wait for the warm-up of nbconvert and WeasyPrint"):
            warming.join()
        with _timed("export the HTML (nbconvert)"):
            html = export_html(executed, title, hidden)
        (work / "report.html").write_text(html, encoding="utf-8")
        if "pdf" in formats:
            with _timed("print the PDF (WeasyPrint)"):
                write_pdf(html, work / "report.pdf")
        if "html" not in formats:
            (work / "report.html").unlink()
        _say_dropped(final_dir, formats)
        _publish(work, final_dir)
    log.debug("render published %s", final_dir)
    return final_dir


@contextlib.contextmanager
def _timed(step: str) -> Iterator[None]:
    """Log one render step with its wall time (debug: `eventreport --verbose` shows it)."""
    started = time.perf_counter()
    yield
    log.debug("render step: %s, %.2f s", step, time.perf_counter() - started)


def _say_dropped(final_dir: Path, formats: tuple[str, ...]) -> None:
    """An older report file of a format this render does not make would not match the new report:
    it goes, and we say so."""
    for fmt in FORMATS:
        older = final_dir / f"report.{fmt}"
        if fmt not in formats and older.exists():
            warnings.warn(
                f"{older}: removed the older {fmt.upper()}, which would not match this render "
                f"(formats {','.join(formats)}); add {fmt} to the formats to keep one",
                stacklevel=3,
            )


PARTIAL = ".partial-"
RETIRED = ".old-"


@contextlib.contextmanager
def _work_dir(final_dir: Path) -> Iterator[Path]:
    """A fresh temporary folder beside the target (so the final move is a rename), locked while
    this render lives.

    The lock (flock on the folder itself) dies with the process, even on SIGKILL: any partial
    folder whose lock can be taken belongs to a dead render, and is swept first.
    """
    try:
        final_dir.parent.mkdir(parents=True, exist_ok=True)
        sweep(final_dir.parent)
        while True:
            work = Path(
                tempfile.mkdtemp(prefix=f".{final_dir.name}{PARTIAL}", dir=final_dir.parent)
            )
            try:
                handle = os.open(work, os.O_RDONLY | os.O_DIRECTORY)
            except FileNotFoundError:  # another render's sweep removed it before it was opened
                continue
            fcntl.flock(handle, fcntl.LOCK_EX)
            if os.fstat(handle).st_nlink:  # a sweeper may have taken it between open and flock
                break
            os.close(handle)
        work.chmod(
            0o777 & ~_umask()
        )  # mkdtemp makes 0700; the published folder follows the user's umask
    except OSError as exc:
        raise EventReportError(
            f"{final_dir.parent}: cannot write the report there ({exc.strerror})"
        ) from None
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)
        os.close(handle)


def sweep(folder: Path) -> list[Path]:
    """Remove the partial folders of renders that died (their lock is free); return what was
    removed."""
    swept = []
    for partial in folder.glob(f".*{PARTIAL}*"):
        try:
            handle = os.open(partial, os.O_RDONLY | os.O_DIRECTORY)
        except OSError:
            continue
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(handle)
            continue  # a live render holds it
        try:
            shutil.rmtree(partial, ignore_errors=True)
            swept.append(partial)
        finally:
            os.close(handle)
    return swept


def _umask() -> int:
    """The process's file-creation mask (reading it means setting it, so it is set straight
    back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _execute(notebook: Path, params: dict, work: Path) -> Path:
    """Run the notebook with papermill; on failure keep the executed notebook beside the target and
    say where."""
    import papermill

    executed = work / NOTEBOOK_NAME
    try:
        with _environment(config.STAGING_ENV, str(work)), _kernel_sockets() as sockets:
            papermill.execute_notebook(
                str(notebook),
                str(executed),
                parameters=params,
                cwd=str(config.PROJECT_ROOT),
                progress_bar=False,
                log_output=False,
                kernel_name="python3",
                # every output is in and every file closed: no need to wait for the kernel's exit
                shutdown_kernel="immediate",
                config=sockets,
            )
    except papermill.PapermillExecutionError as exc:
        if (
            exc.ename in DATA_ERRORS
        ):  # bad input files, not a broken notebook: the message says what to fix
            if (
                "events" in params
            ):  # an article or dataset report (a collection notebook has no events parameter)
                _raise_data_error(params)
            raise EventReportError(exc.evalue.strip()) from None
        kept = work.parent / f"{work.name.split(PARTIAL)[0].lstrip('.')}.failed.ipynb"
        shutil.copyfile(executed, kept)
        raise EventReportError(
            f"the report notebook failed in cell {exc.exec_count} with {exc.ename}: "
            f"{exc.evalue.strip()} "
            f"(executed notebook kept at {kept})"
        ) from None
    return executed


DATA_ERRORS = (InputError.__name__, ValidationError.__name__)


def _raise_data_error(params: dict) -> None:
    """Check the data again in this process, so a failed check raises its own error with every
    problem on a line.

    The kernel checks the events, claims and links (once per render); only when that fails does
    the render process load the checks, to give the CLI the structured error rather than the
    kernel's one-line message.
    """
    from .. import checks

    article, events_path, _, _ = inputs(params)
    checks.validate(events_path, article.path if article is not None else None)


@contextlib.contextmanager
def _kernel_sockets() -> Iterator[object]:
    """Kernel configuration for channels on Unix sockets in a private temporary folder, not TCP.

    Over TCP, jupyter_client picks five free ports and the kernel binds them later; a render or any
    other program starting at the same moment can take one of them, and the kernel dies with
    "Address already in use" (two renders at once under load did). A socket path in a folder of
    our own cannot be taken. The folder goes with the render, with any socket a killed kernel left.
    """
    from traitlets.config import Config

    folder = tempfile.mkdtemp(prefix="eventreport-kernel-")
    try:
        yield Config(KernelManager={"transport": "ipc", "ip": os.path.join(folder, "kernel")})
    finally:
        shutil.rmtree(folder, ignore_errors=True)


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


def hidden_tags(params: dict) -> set[str]:
    """Cells that do not belong to this kind of report: the article's prose in a dataset report,
    and the other way round."""
    tags = {"dataset-only"} if params["article"] else {"article-only"}
    return tags | (set() if params["acled"] else {"acled-only"})


@functools.cache
def warm_up() -> None:
    """Load nbconvert and WeasyPrint and put an empty page through both, once per process: a render
    does it while the kernel works (on the other core); a Dask worker before its first render, so
    that it never takes a second core."""
    import nbformat

    page = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(WARM_UP_PAGE)])
    write_pdf(_export(page, "warm-up"), None)


def export_html(notebook: Path, title: str, hidden: set[str] = frozenset()) -> str:
    """The executed notebook as one self-contained HTML page: no code, no prompts, no cell tagged
    `hidden`, nothing from the network."""
    import nbformat

    return _export(nbformat.read(notebook, as_version=4), title, hidden)


def _export(notebook: nbformat.NotebookNode, title: str, hidden: set[str] = frozenset()) -> str:
    """A notebook as HTML through the report template, without its code cells' input or the cells
    tagged `hidden`."""
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    exporter = HTMLExporter(
        template_name=config.TEMPLATE_NAME, extra_template_basedirs=[str(config.TEMPLATE_DIR)]
    )
    exporter.register_preprocessor(
        TagRemovePreprocessor(remove_cell_tags=set(hidden), enabled=True), enabled=True
    )
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    body, _ = exporter.from_notebook_node(notebook, resources={"metadata": {"name": title}})
    return body


def write_pdf(html: str, target: Path | None) -> None:
    """Print the HTML to PDF with WeasyPrint, which may read inline `data:` URLs and nothing else
    (no target: discard it)."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    HTML(string=html, url_fetcher=URLFetcher(allowed_protocols=("data",))).write_pdf(target)


def _publish(work: Path, final_dir: Path) -> None:
    """Swap the finished folder into place under a lock; the previous report is removed only after.

    Under the lock, a retired folder of this target left by a publish that died is stale: it goes
    too.
    """
    with _lock(final_dir):
        for stale in final_dir.parent.glob(f".{final_dir.name}{RETIRED}*"):
            shutil.rmtree(stale, ignore_errors=True)
        retired = None
        if final_dir.exists():
            retired = Path(
                tempfile.mkdtemp(prefix=f".{final_dir.name}{RETIRED}", dir=final_dir.parent)
            )
            final_dir.rename(retired / final_dir.name)
        work.rename(final_dir)
        if retired is not None:
            shutil.rmtree(retired, ignore_errors=True)


@contextlib.contextmanager
def _lock(final_dir: Path) -> Iterator[None]:
    """An exclusive lock per report folder, so two renders of one article never interleave their
    swaps."""
    lock_path = final_dir.parent / f".{final_dir.name}.lock"
    with lock_path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
