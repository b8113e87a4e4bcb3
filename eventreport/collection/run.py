"""Step 3, the Dask run: every article's report and the collection report rendered in parallel.

The work runs on Dask distributed: a local cluster of worker processes (one per core unless
`workers` says otherwise), or an existing cluster at a scheduler address. Each render is one
task; a task that fails (bad data, a notebook error, a worker that died) is reported with its
error and never stops the others. Before any work, the inputs of each render (article, events
files, code, notebooks, reference data, formats) are hashed; a render whose hash matches the
stamp left beside its last good report is skipped unless `force` is given.

Scaling: the events of an article without curated ones are drafted once, by a task of their own
that both its report and the collection report wait for. Tasks go out longest first (the drafts,
which the collection report waits for, then the collection report, then the articles by the
length of their text), and a local cluster's scheduler hands a worker its next task only when it is
free, so no worker idles at the end while another still has a queue. A render holds one core:
the kernel's maths libraries run one thread (Dask's nanny sets that), and the worker loads
nbconvert and WeasyPrint before its first render, not beside it.
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
LOCAL_CLUSTER_CONFIG = {
    "distributed.scheduler.worker-saturation": 1.0,
    "distributed.scheduler.work-stealing": False,
    "distributed.admin.tick.interval": "500ms",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
}
"""A worker gets its next task when it is free (the default, 1.1, queues a second task on each of
our one-thread workers, and a queued task waits there while another worker idles); with tasks
handed out that way there is nothing to steal, and the cluster's own health and memory checks run
less often (defaults 20 ms, 500 ms, 100 ms) so they take less CPU from the renders on a full
machine."""
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
    """'article', 'collection', or 'draft' (the events of an article without curated ones)."""
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
    """Wall time of the render on its worker."""
    cpu_seconds: float = 0.0
    """CPU time of the render: the worker process's and its children's (the notebook kernel)."""
    started: float = 0.0
    """When the render began on its worker (seconds since the epoch)."""
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
    tasks: list[Outcome] | None = None,
) -> list[Outcome]:
    """Render what changed (everything with `force`) on Dask; return one outcome per job, in
    collection order. `tasks`, when given, receives every task's outcome, the drafts' too."""
    planned = jobs(collection, folder, formats, title)
    done = {} if force else {j.name: o for j in planned if (o := unchanged(j)) is not None}
    todo = [j for j in planned if j.name not in done]
    finished = [] if tasks is None else tasks
    if todo:
        with client_for(workers, scheduler) as client:
            finished += _compute(client, collection, todo, formats, progress)
    done.update((o.name, o) for o in finished if o.kind != "draft")
    return [done[j.name] for j in planned]


@contextlib.contextmanager
def client_for(workers: int | None, scheduler: str | None) -> Iterator[object]:
    """A Dask client: on the cluster at `scheduler`, or on a local cluster of `workers` processes
    (default: cores)."""
    import dask
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
        dask.config.set(LOCAL_CLUSTER_CONFIG),
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
) -> list[Outcome]:
    """Submit every task, longest first, a render that reads drafts once they are done; collect
    outcomes as they finish (a task whose worker died becomes a failed outcome)."""
    from distributed import as_completed
    from tqdm import tqdm

    drafts = draft_jobs(collection, todo)
    ordered = longest_first([*drafts, *todo])
    priority = {_key(job): len(ordered) - rank for rank, job in enumerate(ordered)}
    waiting = {_key(job): {_key(d) for d in drafts if _reads(job, d)} for job in ordered}
    ready = [job for job in ordered if not waiting[_key(job)]]
    futures = dict(zip(_submit(client, ready, collection, formats, priority), ready, strict=True))
    running = as_completed(futures)
    outcomes = []
    show = sys.stderr.isatty() if progress is None else progress
    with tqdm(
        total=len(ordered), desc="rendering", unit="task", disable=not show, file=sys.stderr
    ) as bar:
        for future in running:
            job = futures[future]
            outcomes.append(_outcome(future, job))
            released = _released(job, ordered, waiting)
            if released:
                submitted = _submit(client, released, collection, formats, priority)
                futures.update(zip(submitted, released, strict=True))
                running.update(submitted)
            bar.set_postfix_str(f"{job.kind} {job.name}: {outcomes[-1].status}", refresh=False)
            bar.update()
    return outcomes


def _released(done: Job, ordered: list[Job], waiting: dict[str, set[str]]) -> list[Job]:
    """The renders whose last draft to wait for was `done`; `done` is struck from every wait."""
    released = []
    for job in ordered:
        needs = waiting[_key(job)]
        if _key(done) in needs:
            needs.remove(_key(done))
            released += [] if needs else [job]
    return released


def _submit(
    client,
    jobs: list[Job],
    collection: Collection,
    formats: tuple[str, ...],
    priority: dict[str, int],
) -> list[object]:
    """Send tasks to the scheduler in one graph, each with its priority. Sent together, the tasks
    make one task group that the scheduler queues and hands to each worker when it is free, highest
    priority first (sent one by one, the first few of a group would go to workers at once)."""
    import dask

    tasks = []
    for job in jobs:
        with dask.annotate(priority=priority[_key(job)]):
            task = dask.delayed(_task_for(job), pure=False)
            tasks.append(task(job, collection, formats, dask_key_name=_key(job)))
    return client.compute(tasks)


def _outcome(future, job: Job) -> Outcome:
    """The outcome a finished task returned, or a failed one when its worker died (SIGKILL, out of
    memory): the others go on."""
    try:
        return future.result()
    except Exception as exc:
        return Outcome(
            job.name, job.kind, FAILED, job.target, error=f"the worker running it was lost: {exc}"
        )


def _key(job: Job) -> str:
    """The task's Dask key: every task, draft or render, in one task group ('eventreport'), so that
    the scheduler queues them all and hands each to the next free worker by priority (a group of
    its own per task, or a small group of drafts, would be spread over the workers at once, and a
    draft could wait there behind a render)."""
    return f"eventreport-{_hash(job.kind, job.name, job.inputs)[:32]}"


def draft_jobs(collection: Collection, todo: list[Job]) -> list[Job]:
    """One draft per article without curated events that a render to do reads: its own report, or
    the collection report (which reads them all)."""
    readers = [j for j in todo if j.kind == "collection"] or todo
    drafted = {
        m.article_id: m
        for job in readers
        for m in (collection.members if job.kind == "collection" else [job.member])
        if m.drafted
    }
    return [
        Job(
            member.article_id,
            "draft",
            config.extracted_events_path_for(member.article_id),
            _hash(_file_hash(member.article)),
            member,
        )
        for member in drafted.values()
    ]


def _reads(job: Job, draft: Job) -> bool:
    """Whether the render `job` reads the events drafted by `draft`."""
    return job.kind == "collection" or (job.kind == "article" and job.member == draft.member)


def longest_first(todo: list[Job]) -> list[Job]:
    """The order to start tasks in, so that no worker idles at the end while another still renders
    a long one."""
    return sorted(todo, key=_cost, reverse=True)


def _cost(job: Job) -> tuple[int, int]:
    """What to start first: the drafts (the collection report waits for them), then the collection
    report (it merges every article and is the longest), then articles by the length of their text
    (a rough measure of their events, places and claims, the same whether curated or drafted)."""
    rank = {"draft": 2, "collection": 1, "article": 0}[job.kind]
    return rank, job.member.article.stat().st_size if job.member else 0


def _task_for(job: Job) -> Callable[..., Outcome]:
    """The worker function of a job."""
    return {"article": render_article, "collection": render_collection, "draft": draft_events}[
        job.kind
    ]


_RENDER_LOCK = threading.Lock()
"""One render at a time per worker process: the render hands its staging folder to the kernel
through the environment."""


def draft_events(job: Job, collection: Collection, formats: tuple[str, ...]) -> Outcome:
    """On a worker: draft the events of an article without curated ones, once for its report and
    the collection report (a draft that fails fails again, with its message, in their renders)."""
    from ..extraction import ensure_events

    return _measured(job, DRAFTED, lambda: ensure_events(job.member.article), stamp=False)


def render_article(job: Job, collection: Collection, formats: tuple[str, ...]) -> Outcome:
    """On a worker: render one article's report as `eventreport render` does (after its draft if
    it has one); any failure becomes the outcome."""
    from ..reporting import render

    member = job.member
    values = {
        "article": str(member.article),
        "events": str(member.events or ""),
        "output_dir": str(job.target),
    }
    return _measured(job, DRAFTED if member.drafted else RENDERED, lambda: render(values, formats))


def render_collection(job: Job, collection: Collection, formats: tuple[str, ...]) -> Outcome:
    """On a worker: render the collection report (after the drafts it merges)."""
    from .report import render_report

    return _measured(
        job, RENDERED, lambda: render_report(collection, job.target.parent, formats, job.title)
    )


def _measured(job: Job, status: str, work: Callable[[], object], stamp: bool = True) -> Outcome:
    """Run one task under the worker's lock, stamp its report on success, time it."""
    from distributed import get_worker

    from ..reporting import warm_up

    started, clock, cpu = time.time(), time.perf_counter(), _cpu_seconds()
    try:
        with _RENDER_LOCK:
            warm_up()  # once per worker, before its first render rather than beside it: one core
            work()
        if stamp:
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
    return replace(
        outcome,
        seconds=time.perf_counter() - clock,
        cpu_seconds=_cpu_seconds() - cpu,
        started=started,
        worker=worker,
    )


def _cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (a render's kernel ends with
    it)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def _write_stamp(job: Job, status: str) -> None:
    """Record in the published folder which inputs it was made from (atomic: a temporary file
    renamed)."""
    staged = job.target / f"{STAMP}.tmp-{os.getpid()}"
    staged.write_text(json.dumps({"inputs": job.inputs, "status": status}), encoding="utf-8")
    os.replace(staged, job.target / STAMP)
