"""Benchmark of `eventreport collection` on Dask: one worker against two, on 20+ articles.

The collection is every article of `data/articles/` that has a curated events file, plus
copies of development-split articles under new ids and without events files (4, or as many
as make 20 articles), so that their events are drafted by `extract` during the run
(test-split articles are never drafted).
Each configuration renders everything (`force`), HTML and PDF, on a fresh local cluster;
with `--rounds N` the configurations alternate N times, which keeps the ratio fair on a
shared machine. Printed: wall time, speed-up, time per article, and the peak resident memory
of each worker process and of the largest notebook kernel it started.

This is a benchmark, not a test: it reports and exits 0 (1 only when a render failed).
The bar (issue 8): two workers at least 1.8 times as fast as one on at least 20 articles.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from eventreport import config
from eventreport.article import load_article
from eventreport.collection import load_collection
from eventreport.collection.run import FAILED, Outcome, run

MIN_ARTICLES = 20
DRAFTS = 4
BAR_SPEEDUP = 1.8


def build_collection(folder: Path, drafts: int = DRAFTS) -> Path:
    """A collection file of the curated corpus plus drafted copies of development articles, at
    least 20 in all."""
    curated = [
        p for p in sorted(config.ARTICLES_DIR.glob("*.txt")) if config.events_path_for(p).exists()
    ]
    dev = [p for p in curated if load_article(p).split != "test"]
    wanted = max(drafts, MIN_ARTICLES - len(curated))
    copies = []
    for number in range(wanted):
        source = dev[number % len(dev)]
        target = folder / f"draft{number // len(dev)}-{source.name}"
        target.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
        copies.append(target)
    listed = "\n".join(f"  - {p}" for p in [*curated, *copies])
    path = folder / "benchmark.yaml"
    path.write_text(f"title: Benchmark collection\narticles:\n{listed}\n", encoding="utf-8")
    return path


def timed(collection_path: Path, out: Path, workers: int) -> tuple[float, list[Outcome]]:
    """Render the whole collection on a fresh local cluster of `workers` processes; return wall
    seconds and outcomes."""
    collection = load_collection(collection_path)
    started = time.perf_counter()
    outcomes = run(
        collection, out, ("html", "pdf"), workers=workers, force=True, progress=sys.stderr.isatty()
    )
    return time.perf_counter() - started, outcomes


def memory(outcomes: list[Outcome]) -> str:
    """Peak resident memory per worker process and of its largest kernel, in MB."""
    workers: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        workers[outcome.worker].append(outcome)
    return "; ".join(
        f"{address or 'unknown'}: {len(done)} reports, worker "
        f"{max(o.worker_peak_mb for o in done):.0f} MB, "
        f"kernel {max(o.kernel_peak_mb for o in done):.0f} MB"
        for address, done in sorted(workers.items())
    )


def main(argv: list[str] | None = None) -> int:
    """Run the configurations, alternating, and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rounds", type=int, default=1, help="alternate one and two workers this many times"
    )
    parser.add_argument(
        "--drafts", type=int, default=DRAFTS, help="drafted copies of development articles to add"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="benchmark-collection-") as tmp:
        folder = Path(tmp)
        path = build_collection(folder, args.drafts)
        collection = load_collection(path)
        articles = len(collection.members)
        drafted = sum(m.drafted for m in collection.members)
        print(
            f"collection: {articles} articles ({articles - drafted} curated, {drafted} drafted "
            "during the run) "
            f"and the collection report; HTML and PDF; {args.rounds} round(s)"
        )
        walls: dict[int, list[float]] = {1: [], 2: []}
        failed = 0
        for round_ in range(args.rounds):
            for workers in (1, 2):
                wall, outcomes = timed(path, folder / f"out-{workers}", workers)
                walls[workers].append(wall)
                failed += sum(o.status == FAILED for o in outcomes)
                tasks = [o.seconds for o in outcomes if o.kind == "article"]
                print(
                    f"round {round_ + 1}, {workers} worker{'s' if workers > 1 else ''}: "
                    f"{wall:.1f} s wall, "
                    f"{wall / articles:.2f} s per article (wall / articles), "
                    f"{statistics.mean(tasks):.1f} s per render "
                    f"on a worker (mean); memory: {memory(outcomes)}"
                )
                for outcome in outcomes:
                    if outcome.status == FAILED:
                        print(f"  FAILED {outcome.name}: {outcome.error}")
        for member in (
            collection.members
        ):  # the drafts of the copies are this run's own: leave no trace of them
            if member.drafted:
                events = config.extracted_events_path_for(member.article_id)
                for path in (
                    events,
                    config.claims_path_for(events),
                    config.evidence_path_for(events),
                ):
                    path.unlink(missing_ok=True)
        one, two = statistics.median(walls[1]), statistics.median(walls[2])
        speedup = one / two
        verdict = "meets the bar" if speedup >= BAR_SPEEDUP else "BELOW THE BAR"
        print(
            f"speed-up, two workers over one: {speedup:.2f}x (median wall {one:.1f} s vs "
            f"{two:.1f} s) "
            f"[bar {BAR_SPEEDUP}x on >= {MIN_ARTICLES} articles: {verdict}]"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
