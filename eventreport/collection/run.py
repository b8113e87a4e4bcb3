"""Step 3, the Dask run: every article's report and the collection report rendered in parallel.

The work runs on Dask distributed: a local cluster of worker processes (one per core unless
`workers` says otherwise), or an existing cluster at a scheduler address. Each render is one
task; a task that fails (bad data, a notebook error, a worker that died) is reported with its
error and never stops the others. Before any work, the inputs of each render (article, events
files, code, notebooks, reference data, formats) are hashed; a render whose hash matches the
stamp left beside its last good report is skipped unless `force` is given.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from .. import config
from ..errors import EventReportError
from .spec import Collection, Member

STAMP = ".inputs.sha256"
"""Written into a report folder after it is published: the hash of the inputs it was rendered from.
"""
CONNECT_SECONDS = 5
WORKER_WAIT_SECONDS = 30
ARTICLES_DIR = "articles"
COLLECTION_DIR = "collection"
CODE_INPUTS = (
    "eventreport",
    "notebooks",
    "data/reference",
    "data/gazetteer",
    "data/basemap",
    "data/lexicons",
)
"""What every render reads besides its own article and events: a change here renders everything
again."""

RENDERED, DRAFTED, FAILED = "rendered", "drafted", "failed"


@dataclass(frozen=True)
class Job:
    """One render to run: what it is, where it lands, the hash of its inputs."""

    name: str
    kind: str
    """'article' or 'collection'."""
    target: Path
    inputs: str
    member: Member | None = None
    title: str = ""


@dataclass(frozen=True)
class Outcome:
    """What became of one render."""

    name: str
    kind: str
    status: str
    """'rendered', 'drafted' (rendered from machine-drafted events) or 'failed'."""
    target: Path
    error: str = ""
    skipped: bool = False
    """True when the inputs had not changed since the last good render, so nothing was done."""
    seconds: float = 0.0
    worker: str = ""


def output_dir_for(collection: Collection, output_dir: str | Path | None) -> Path:
    """The collection folder: `output_dir`, or `reports/<collection_id>/`."""
    return (
        config.resolve(output_dir) if output_dir else config.REPORTS_DIR / collection.collection_id
    )


def jobs(
    collection: Collection, folder: Path, formats: tuple[str, ...], title: str = ""
) -> list[Job]:
    """The renders of a collection: one per article, then the collection report, each with its
    input hash."""
    code = code_hash()
    members = [
        Job(
            m.article_id,
            "article",
            folder / ARTICLES_DIR / m.article_id,
            _hash(code, ",".join(formats), *map(_file_hash, member_inputs(m))),
            m,
        )
        for m in collection.members
    ]
    report = Job(
        collection.collection_id,
        "collection",
        folder / COLLECTION_DIR,
        _hash(
            code,
            ",".join(formats),
            title,
            _file_hash(collection.path),
            *(j.inputs for j in members),
        ),
        title=title,
    )
    return [*members, report]


def member_inputs(member: Member) -> list[Path]:
    """The files one article's render reads: the article, and its events file with every sidecar
    beside it."""
    if member.events is None:
        return [member.article]
    stem = member.events.name.removesuffix(config.EVENTS_SUFFIX)
    return [member.article, *sorted(member.events.parent.glob(f"{stem}.*"))]


def code_hash() -> str:
    """One hash of the package, the notebooks and the reference data every render reads."""
    digest = hashlib.sha256()
    for root in CODE_INPUTS:
        for path in sorted((config.PROJECT_ROOT / root).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(
                    str(path.relative_to(config.PROJECT_ROOT)).encode()
                    + b"\0"
                    + _file_hash(path).encode()
                )
    return digest.hexdigest()


def _file_hash(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _hash(*parts: str) -> str:
    """SHA-256 of several strings."""
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def unchanged(job: Job) -> Outcome | None:
    """The outcome of the last good render when its stamp matches the job's inputs, else None."""
    with contextlib.suppress(OSError, ValueError, KeyError):
        stamp = json.loads((job.target / STAMP).read_text(encoding="utf-8"))
        if stamp["inputs"] == job.inputs:
            return Outcome(job.name, job.kind, stamp["status"], job.target, skipped=True)
    return None


def run(
    collection: Collection,
    folder: Path,
    formats: tuple[str, ...],
    workers: int | None = None,
    scheduler: str | None = None,
    force: bool = False,
    progress: bool | None = None,
    title: str = "",
) -> list[Outcome]:
    """Render what changed (everything with `force`) on Dask; return one outcome per job, in
    collection order."""
    planned = jobs(collection, folder, formats, title)
    done = {} if force else {j.name: o for j in planned if (o := unchanged(j)) is not None}
    todo = [j for j in planned if j.name not in done]
    if todo:
        with client_for(workers, scheduler) as client:
            done.update(_compute(client, collection, todo, formats, progress))
    return [done[j.name] for j in planned]


@contextlib.contextmanager
def client_for(workers: int | None, scheduler: str | None) -> Iterator[object]:
    """A Dask client: on the cluster at `scheduler`, or on a local cluster of `workers` processes
    (default: cores)."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=f"{CONNECT_SECONDS}s")
        except (OSError, ValueError, TypeError) as exc:
            raise EventReportError(
                f"no Dask scheduler answers at {scheduler!r} ({exc}); start one with "
                "'dask scheduler' and 'dask worker ADDRESS', or leave out --scheduler"
            ) from None
        with client:
            try:
                client.wait_for_workers(1, timeout=WORKER_WAIT_SECONDS)
            except TimeoutError:
                raise EventReportError(
                    f"the Dask scheduler at {scheduler} has no workers after "
                    f"{WORKER_WAIT_SECONDS} s; start one with 'dask worker {scheduler}'"
                ) from None
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _compute(
    client,
    collection: Collection,
    todo: list[Job],
    formats: tuple[str, ...],
    progress: bool | None,
) -> dict[str, Outcome]:
    """Submit every job, collect outcomes as they finish; a task whose worker died becomes a failed
    outcome."""
    from distributed import as_completed
    from tqdm import tqdm

    futures = {
        client.submit(
            _task_for(job),
            job,
            collection,
            formats,
            key=f"{job.kind}-{job.name}-{job.inputs[:12]}",
            pure=False,
            priority=_priority(job),
        ): job
        for job in todo
    }
    outcomes = {}
    show = sys.stderr.isatty() if progress is None else progress
    with tqdm(
        total=len(futures), desc="rendering", unit="report", disable=not show, file=sys.stderr
    ) as bar:
        for future in as_completed(futures):
            job = futures[future]
            try:
                outcome = future.result()
            except (
                Exception
            ) as exc:  # the task's worker died (SIGKILL, out of memory): the others go on
                outcome = Outcome(
                    job.name,
                    job.kind,
                    FAILED,
                    job.target,
                    error=f"the worker running it was lost: {exc}",
                )
            outcomes[job.name] = outcome
            bar.set_postfix_str(f"{job.name}: {outcome.status}", refresh=False)
            bar.update()
    return outcomes


def _priority(job: Job) -> int:
    """Longest first, so that no worker idles at the end while another still renders a long one:
    the collection report (it merges every article), then drafted articles (extracted first)."""
    if job.kind == "collection":
        return 2
    return 1 if job.member is not None and job.member.drafted else 0


def _task_for(job: Job) -> Callable[..., Outcome]:
    """The worker function of a job."""
    return render_article if job.kind == "article" else render_collection


_RENDER_LOCK = threading.Lock()
"""One render at a time per worker process: the render hands its staging folder to the kernel
through the environment."""


def render_article(job: Job, collection: Collection, formats: tuple[str, ...]) -> Outcome:
    """On a worker: render one article's report as `eventreport render` does; any failure becomes
    the outcome."""
    from ..reporting import render

    member = job.member
    values = {
        "article": str(member.article),
        "events": str(member.events or ""),
        "output_dir": str(job.target),
    }
    return _measured(job, DRAFTED if member.drafted else RENDERED, lambda: render(values, formats))


def render_collection(job: Job, collection: Collection, formats: tuple[str, ...]) -> Outcome:
    """On a worker: render the collection report."""
    from .report import render_report

    return _measured(
        job, RENDERED, lambda: render_report(collection, job.target.parent, formats, job.title)
    )


def _measured(job: Job, status: str, work: Callable[[], object]) -> Outcome:
    """Run one render under the worker's lock, stamp it on success, time it."""
    from distributed import get_worker

    started = time.perf_counter()
    try:
        with _RENDER_LOCK:
            work()
        _write_stamp(job, status)
        outcome = Outcome(job.name, job.kind, status, job.target)
    except EventReportError as exc:
        outcome = Outcome(job.name, job.kind, FAILED, job.target, error=str(exc))
    except Exception as exc:  # a bug shows as the failure of this one render, not of the run
        outcome = Outcome(
            job.name,
            job.kind,
            FAILED,
            job.target,
            error=f"internal error: {type(exc).__name__}: {exc}",
        )
    worker = ""
    with contextlib.suppress(ValueError):
        worker = get_worker().address
    return replace(outcome, seconds=time.perf_counter() - started, worker=worker)


def _write_stamp(job: Job, status: str) -> None:
    """Record in the published folder which inputs it was made from (atomic: a temporary file
    renamed)."""
    staged = job.target / f"{STAMP}.tmp-{os.getpid()}"
    staged.write_text(json.dumps({"inputs": job.inputs, "status": status}), encoding="utf-8")
    os.replace(staged, job.target / STAMP)
