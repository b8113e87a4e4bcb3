"""Benchmark of `eventreport collection` on Dask: one worker against two, on 20 articles or more.

The collection holds `--articles` articles (default 20): curated development-split articles of
`data/articles/`, plus `--drafts` copies of them under new ids and without events files (default
4), whose events are drafted by `extract` during the run (test-split articles are never drafted;
their drafts are deleted before each run, so every run drafts them again, and at the end).
Each configuration renders everything (`force`), HTML and PDF, on a fresh local cluster, with the
cluster's start counted; the configurations alternate (1 then 2 workers, then 2 then 1, ...) for
`--rounds` rounds (default 2), which keeps the ratio fair on a shared machine.

Each round starts with the machine's ceiling: how much more two CPU-bound processes get done
than one (2.00 on two idle cores; less while other work takes a core, and then no configuration
of ours can do better). Printed per run: wall time, time per article, the mean render time on a
worker, per worker process the renders it ran, its peak resident memory and that of the largest
notebook kernel it started (VmHWM from /proc, sampled over the whole process tree:
scripts/process_memory.py), the load average, and where the time went: the cluster's start and
close, the share of the cluster the tasks kept busy, the time a worker stood idle while another
rendered, the CPU time of the whole process tree and how much of it went outside the tasks (the
cluster itself, the memory sampling), per worker its busy and CPU time and its idle time before,
between and after its tasks, and per task (draft, article, collection report) its wall and CPU
time in start order. Then the speed-up of two workers over one, from the median walls. The load
average is printed at the start and the end: other work on the machine moves the times; the
ratio moves much less.

This is a benchmark, not a test: it reports and exits 0 (1 only when a render failed).
The bar (issue 8): two workers at least 1.8 times as fast as one on at least 20 articles.
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from eventreport import config
from eventreport.article import load_article
from eventreport.collection import Collection, load_collection
from eventreport.collection.run import FAILED, Outcome, run

sys.path.insert(0, str(Path(__file__).resolve().parent))
import process_memory  # noqa: E402  (scripts/process_memory.py, shared with benchmark_report)

ARTICLES = 20
DRAFTS = 4
ROUNDS = 2
BAR_ARTICLES = 20
BAR_SPEEDUP = 1.8
SAMPLE_SECONDS = 0.1
SPIN = "sum(i * i for i in range(15_000_000))"
"""A CPU-bound Python loop of about 1.5 s: the machine's own ceiling for two processes."""
"""Slower than the render benchmark's: VmHWM is a high-water mark, and a kernel lives seconds."""


def build_collection(folder: Path, articles: int = ARTICLES, drafts: int = DRAFTS) -> Path:
    """A collection file of `articles` articles: curated development articles, then `drafts`
    copies of them under new ids (no events file: drafted during the run)."""
    dev = [
        p
        for p in sorted(config.ARTICLES_DIR.glob("*.txt"))
        if config.events_path_for(p).exists() and load_article(p).split != "test"
    ]
    drafts = min(drafts, articles)
    curated = dev[: articles - drafts]
    copies = []
    for number in range(articles - len(curated)):
        source = dev[number % len(dev)]
        target = folder / f"draft{number // len(dev)}-{source.name}"
        target.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
        copies.append(target)
    listed = "\n".join(f"  - {p}" for p in [*curated, *copies])
    path = folder / "benchmark.yaml"
    path.write_text(f"title: Benchmark collection\narticles:\n{listed}\n", encoding="utf-8")
    return path


def remove_drafts(collection: Collection) -> None:
    """Delete the drafts of the collection's copies, so the next run drafts them again (and none is
    left behind)."""
    for member in collection.members:
        if member.drafted:
            events = config.extracted_events_path_for(member.article_id)
            for path in (
                events,
                config.claims_path_for(events),
                config.evidence_path_for(events),
                config.links_path_for(events),
            ):
                path.unlink(missing_ok=True)


@dataclass(frozen=True)
class Timing:
    """One run of the collection: when it started (epoch seconds), its wall time, the CPU time of
    this process's whole tree (cluster, workers, kernels) and of the memory sampling in it, the
    outcomes of its renders, and every task's (the drafts' too) with their times."""

    started: float
    wall: float
    cpu: float
    sampler_cpu: float
    outcomes: list[Outcome]
    tasks: list[Outcome]


def timed(
    collection: Collection, out: Path, workers: int
) -> tuple[Timing, dict[int, process_memory.Peak]]:
    """Render the whole collection on a fresh local cluster of `workers` processes while sampling
    the memory of this process's tree; return its timing and the peaks seen."""
    remove_drafts(collection)
    tasks: list[Outcome] = []
    sampler = process_memory.Sampler(os.getpid(), SAMPLE_SECONDS)
    with sampler as peaks:
        started, clock, cpu = time.time(), time.perf_counter(), tree_cpu()
        outcomes = run(
            collection,
            out,
            ("html", "pdf"),
            workers=workers,
            force=True,
            progress=sys.stderr.isatty(),
            tasks=tasks,
        )
        wall = time.perf_counter() - clock
    timing = Timing(started, wall, tree_cpu() - cpu, sampler.cpu, outcomes, tasks)
    return timing, dict(peaks)


def tree_cpu() -> float:
    """CPU seconds of this process and of its ended children (a local cluster's processes end
    with the run)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def busy(intervals: list[tuple[float, float]], slots: int) -> tuple[float, float]:
    """Seconds, between the first start and the last end of `intervals`, during which no task ran
    and during which fewer than `slots` tasks ran (a worker idle)."""
    edges = sorted([(start, 1) for start, _ in intervals] + [(end, -1) for _, end in intervals])
    idle = short = 0.0
    running = 0
    for (at, step), (after, _) in itertools.pairwise(edges):
        running += step
        idle += (after - at) * (running == 0)
        short += (after - at) * (running < slots)
    return idle, short


def worker_line(worker: str, done: list[Outcome], first: float, last: float) -> str:
    """One worker's renders (in start order): count, busy and CPU time, and the time it stood idle
    after the cluster's first render began, between its renders, and before the last one ended."""
    between = sum(b.started - a.started - a.seconds for a, b in itertools.pairwise(done))
    return (
        f"{worker.rsplit(':', 1)[-1]}: {len(done)} renders, {sum(o.seconds for o in done):.1f} s "
        f"busy, {sum(o.cpu_seconds for o in done):.1f} s CPU, idle {done[0].started - first:.1f} "
        f"s first, {between:.1f} s between, {last - done[-1].started - done[-1].seconds:.1f} s "
        "last"
    )


def schedule(timing: Timing, workers: int) -> str:
    """Where the wall time went: start-up before the first render, the renders' share of the
    cluster, the time a worker stood idle while another rendered, the close after the last render,
    and per worker its renders, busy and CPU time, and its idle time before its first render,
    between renders and after its last."""
    outcomes = timing.tasks
    intervals = [(o.started, o.started + o.seconds) for o in outcomes]
    first, last = min(s for s, _ in intervals), max(e for _, e in intervals)
    idle, short = busy(intervals, workers)
    renders = sum(o.seconds for o in outcomes)
    per_worker = {
        worker: sorted((o for o in outcomes if o.worker == worker), key=lambda o: o.started)
        for worker in sorted({o.worker for o in outcomes})
    }
    workers_text = "; ".join(
        worker_line(worker, done, first, last) for worker, done in per_worker.items()
    )
    return (
        f"  start-up {first - timing.started:.1f} s, renders {last - first:.1f} s, close "
        f"{timing.started + timing.wall - last:.1f} s; cluster busy "
        f"{renders / (workers * timing.wall):.0%} of {workers} x wall, a worker idle "
        f"{short:.1f} s while another rendered ({idle:.1f} s none rendering); CPU "
        f"{timing.cpu:.1f} s for the whole tree = {timing.cpu / timing.wall:.2f} cores, "
        f"{timing.cpu - sum(o.cpu_seconds for o in outcomes):.1f} s of it outside the tasks "
        f"({timing.sampler_cpu:.1f} s the memory sampling)\n"
        f"  per worker (port): {workers_text}\n"
        f"  per render: "
        + ", ".join(
            f"{o.kind[0]}:{o.name[:20]} {o.seconds:.1f}/{o.cpu_seconds:.1f}"
            for o in sorted(outcomes, key=lambda o: o.started)
        )
        + " (d: draft, c: collection, a: article; wall/CPU s, in start order)"
    )


def memory(peaks: dict[int, process_memory.Peak], root: int) -> str:
    """Per worker process (a child of this process, `root`, that started notebook kernels): the
    renders it ran, its peak resident memory and its largest kernel's, in MB. A kernel's own
    short-lived children (a fork before it runs git) are not kernels, as their parent is no
    worker."""
    kernels: dict[int, list[int]] = {}
    for peak in peaks.values():
        if "ipykernel" in peak.name and peaks.get(peak.parent, peak).parent == root:
            kernels.setdefault(peak.parent, []).append(peak.kb)
    return "; ".join(
        f"worker {pid}: {len(kbs)} renders, worker {peaks[pid].kb / 1024:.0f} MB, "
        f"largest kernel {max(kbs) / 1024:.0f} MB"
        for pid, kbs in sorted(kernels.items())
    )


def ceiling() -> float:
    """How much more two CPU-bound processes get done than one in the same time, right now: the
    most two workers can gain on this machine (2.00 on two idle cores)."""
    return 2 * spin(1) / spin(2)


def spin(processes: int) -> float:
    """Wall seconds for `processes` copies of the CPU-bound loop, started together."""
    started = time.perf_counter()
    for process in [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(processes)]:
        process.wait()
    return time.perf_counter() - started


def load() -> str:
    """The load averages and the number of CPUs."""
    return f"{' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs"


def main(argv: list[str] | None = None) -> int:
    """Run the configurations, alternating, and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--articles",
        type=int,
        default=ARTICLES,
        help=f"articles in the collection (default {ARTICLES}; the bar asks for {BAR_ARTICLES})",
    )
    parser.add_argument(
        "--drafts",
        type=int,
        default=DRAFTS,
        help=f"of these, copies drafted during the run (default {DRAFTS})",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=ROUNDS,
        help=f"rounds of both configurations, alternating their order (default {ROUNDS})",
    )
    args = parser.parse_args(argv)
    print(f"load average at start: {load()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="benchmark-collection-") as tmp:
        folder = Path(tmp)
        collection = load_collection(build_collection(folder, args.articles, args.drafts))
        articles = len(collection.members)
        drafted = sum(m.drafted for m in collection.members)
        print(
            f"collection: {articles} articles ({articles - drafted} curated, {drafted} drafted "
            f"during each run) and the collection report; HTML and PDF; {args.rounds} round(s)",
            flush=True,
        )
        walls: dict[int, list[float]] = {1: [], 2: []}
        failed = 0
        try:
            for round_ in range(args.rounds):
                print(
                    f"round {round_ + 1}: two CPU-bound processes do {ceiling():.2f}x the work of "
                    f"one now (the machine's ceiling for two workers); load {load()}",
                    flush=True,
                )
                for workers in (1, 2) if round_ % 2 == 0 else (2, 1):
                    timing, peaks = timed(collection, folder / f"out-{workers}", workers)
                    wall, outcomes = timing.wall, timing.outcomes
                    walls[workers].append(wall)
                    failed += sum(o.status == FAILED for o in outcomes)
                    renders = [o.seconds for o in outcomes if o.kind == "article"]
                    print(
                        f"round {round_ + 1}, {workers} worker{'s' if workers > 1 else ''}: "
                        f"{wall:.1f} s wall, {wall / articles:.2f} s per article (wall / "
                        f"articles), {statistics.mean(renders):.1f} s per article render on a "
                        f"worker (mean); memory: {memory(peaks, os.getpid())}; load "
                        f"{load()}\n{schedule(timing, workers)}",
                        flush=True,
                    )
                    for outcome in outcomes:
                        if outcome.status == FAILED:
                            print(f"  FAILED {outcome.name}: {outcome.error}")
        finally:
            remove_drafts(collection)
        one, two = statistics.median(walls[1]), statistics.median(walls[2])
        speedup = one / two
        enough = articles >= BAR_ARTICLES
        verdict = (
            ("meets the bar" if speedup >= BAR_SPEEDUP else "BELOW THE BAR")
            if enough
            else f"fewer than {BAR_ARTICLES} articles: not the bar's measure"
        )
        print(
            f"speed-up, two workers over one: {speedup:.2f}x (median wall {one:.1f} s vs "
            f"{two:.1f} s; {one / articles:.2f} vs {two / articles:.2f} s per article) "
            f"[bar {BAR_SPEEDUP}x on >= {BAR_ARTICLES} articles: {verdict}]"
        )
    print(f"load average at end: {load()}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
