"""Benchmark of `eventreport render`: the seed report against the naive chain, growth, peak memory.

1. Speed: the seed report rendered warm (`eventreport render`, HTML and PDF, a fresh process
   each time, as `make report` runs it) alternating with the naive chain an analyst could type
   (`papermill` -> `jupyter nbconvert --to html --no-input` -> `weasyprint`) on the bare
   four-cell notebook `benchmarks/bare.ipynb`. Both are timed as wall time of their commands
   (and, as a figure less moved by other load, their CPU time); one warm-up of each is not
   counted. Prints both medians and their ratio (bar: <= 1.0).
2. Growth: one render each of 10, 100, 1,000 and 5,000 synthetic events (rows valid under
   the schema, spread over Iraq and two years, with casualty claims) with a synthetic article
   that holds every quoted sentence.
   Bars: 1,000 events <= 2x the seed's median, 5,000 events <= 60 s.
3. Peak memory of one seed render, sampled from /proc every 20 ms: the peak resident set
   (VmHWM, which the kernel keeps per process) of the `eventreport render` process (the parent:
   papermill, nbconvert, WeasyPrint) and of the Jupyter kernel it starts (the notebook's work).
   Bar: <= 400 MB each.

A benchmark, not a test: it prints its figures and exits 0 (non-zero only when a render fails).
Other load on the machine moves the absolute times; the ratio, taken from alternating runs, moves
much less.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import pandas as pd

from eventreport import config, reference, schema

sys.path.insert(0, str(Path(__file__).resolve().parent))
import process_memory  # noqa: E402  (scripts/process_memory.py, shared with benchmark_collection)

BENCHMARKS_DIR = config.PROJECT_ROOT / "benchmarks"
BARE_NOTEBOOK = BENCHMARKS_DIR / "bare.ipynb"
BIN = Path(sys.executable).parent
ROUNDS = 5
SIZES = (10, 100, 1000, 5000)
BAR_RATIO = 1.0
BAR_GROWTH = 2.0
BAR_LARGEST_SECONDS = 60.0
BAR_PEAK_MB = 400

TOWNS = pd.DataFrame(
    [
        ("Baghdad", "Baghdad", 33.315, 44.366),
        ("Mosul", "Ninawa", 36.335, 43.119),
        ("Basra", "Al-Basrah", 30.508, 47.783),
        ("Erbil", "Arbil", 36.191, 44.009),
        ("Kirkuk", "At-Ta'mim", 35.468, 44.392),
        ("Ramadi", "Al-Anbar", 33.426, 43.299),
        ("Fallujah", "Al-Anbar", 33.349, 43.784),
        ("Tikrit", "Sala ad-Din", 34.616, 43.679),
        ("Samarra", "Sala ad-Din", 34.198, 43.874),
        ("Baqubah", "Diyala", 33.746, 44.644),
        ("Najaf", "An-Najaf", 32.026, 44.346),
        ("Karbala", "Karbala'", 32.616, 44.024),
        ("Hillah", "Babil", 32.484, 44.433),
        ("Nasiriyah", "Dhi-Qar", 31.052, 46.257),
        ("Amarah", "Maysan", 31.836, 47.145),
        ("Kut", "Wasit", 32.512, 45.818),
        ("Sulaymaniyah", "As-Sulaymaniyah", 35.561, 45.438),
        ("Duhok", "Dihok", 36.867, 42.988),
        ("Al Qaim", "Al-Anbar", 34.369, 41.094),
        ("Rutba", "Al-Anbar", 33.038, 40.285),
    ],
    columns=["location", "admin1", "latitude", "longitude"],
)
ACTORS = [
    ("Military Forces of Iraq (2018-2022)", 1),
    ("Islamic State (Iraq)", 2),
    ("Kataib Hezbollah", 3),
    ("Military Forces of the United States (2017-2021)", 8),
    ("Protesters (Iraq)", 6),
    ("Civilians (Iraq)", 7),
]


def synthetic_events(n: int, seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """`n` events and their casualty claims, valid under the schema: all 25 sub-event types, 20
    towns of Iraq (jittered by up to 10 km), dates over 2019-2020, fatalities with ranges, one or
    two claims per deadly event."""
    rng = np.random.default_rng(seed)
    tax = reference.taxonomy().sample(n, replace=True, random_state=seed).reset_index(drop=True)
    cameo = (
        reference.cameo_codes()
        .reset_index()
        .sample(n, replace=True, random_state=seed)
        .reset_index(drop=True)
    )
    towns = TOWNS.sample(n, replace=True, random_state=seed).reset_index(drop=True)
    first = rng.integers(0, len(ACTORS), n)
    second = (first + rng.integers(1, len(ACTORS), n)) % len(ACTORS)
    inter1 = np.array([ACTORS[i][1] for i in first])
    inter2 = np.array([ACTORS[i][1] for i in second])
    dates = pd.Timestamp("2019-01-01") + pd.to_timedelta(rng.integers(0, 731, n), unit="D")
    killed = rng.poisson(1.5, n) * rng.integers(0, 2, n)
    spread = rng.integers(0, 4, n)
    injured = rng.poisson(2.0, n) * rng.integers(0, 2, n)
    ids = [f"IRQ-S{i:05d}" for i in range(1, n + 1)]
    events = pd.DataFrame(
        {
            "event_id_cnty": ids,
            "event_date": dates.strftime("%Y-%m-%d"),
            "time_precision": rng.choice([1, 1, 1, 2, 3], n),
            "disorder_type": tax["disorder_type"],
            "event_type": tax["event_type"],
            "sub_event_type": tax["sub_event_type"],
            "actor1": [ACTORS[i][0] for i in first],
            "inter1": inter1,
            "actor2": [ACTORS[i][0] for i in second],
            "inter2": inter2,
            "interaction": np.minimum(inter1, inter2) * 10 + np.maximum(inter1, inter2),
            "iso": 368,
            "region": "Middle East",
            "country": "Iraq",
            "admin1": towns["admin1"],
            "location": towns["location"],
            "latitude": (towns["latitude"] + rng.uniform(-0.09, 0.09, n)).round(4),
            "longitude": (towns["longitude"] + rng.uniform(-0.09, 0.09, n)).round(4),
            "geo_precision": rng.choice([1, 1, 1, 2, 3], n),
            "source": "Synthetic benchmark data",
            "source_scale": "National",
            "notes": [
                f"Synthetic event {i} near {t}."
                for i, t in zip(ids, towns["location"], strict=True)
            ],
            "fatalities": killed,
            "x_fatalities_low": killed,
            "x_fatalities_high": killed + spread,
            "x_injuries_low": injured,
            "x_injuries_high": injured,
            "x_cameo_code": cameo["cameo_code"],
            "x_goldstein": cameo["goldstein"],
            "x_date_raw": dates.strftime("on %d %B"),
            "x_location_raw": towns["location"],
            "x_evidence": [
                f"A synthetic sentence about event {i} in {t}."
                for i, t in zip(ids, towns["location"], strict=True)
            ],
            "x_article_id": f"synthetic-{n}",
        }
    ).reindex(columns=schema.EVENT_COLUMNS)
    deadly = events[killed > 0]
    claims = pd.concat(
        [
            pd.DataFrame(
                {
                    "event_id_cnty": deadly["event_id_cnty"],
                    "claimant": "police",
                    "metric": "killed",
                    "low": deadly["x_fatalities_low"],
                    "high": deadly["x_fatalities_high"],
                    "qualifier": "",
                    "quote": "police said the attack killed "
                    + deadly["x_fatalities_low"].astype(str),
                }
            ),
            pd.DataFrame(
                {
                    "event_id_cnty": deadly["event_id_cnty"].iloc[::2],
                    "claimant": "a monitoring group",
                    "metric": "killed",
                    "low": deadly["x_fatalities_high"].iloc[::2],
                    "high": pd.NA,
                    "qualifier": "at least",
                    "quote": "a monitoring group counted at least "
                    + deadly["x_fatalities_high"].iloc[::2].astype(str)
                    + " dead",
                }
            ),
        ]
    ).sort_values("event_id_cnty", kind="stable")
    return events, claims


def write_synthetic(n: int, folder: Path) -> tuple[Path, Path]:
    """Write `n` synthetic events, their claims and the article that holds every quoted sentence
    into `folder`; return (article, events file)."""
    events, claims = synthetic_events(n)
    path = folder / f"synthetic-{n}{config.EVENTS_SUFFIX}"
    events.to_csv(path, index=False, lineterminator="\n")
    claims.to_csv(config.claims_path_for(path), index=False, lineterminator="\n")
    article = folder / f"synthetic-{n}.txt"
    sentences = [*events["x_evidence"], *(quote + "." for quote in claims["quote"])]
    article.write_text(
        f'---\ntitle: "Synthetic benchmark article with {n} events"\noutlet: "eventreport '
        'benchmark"\n'
        f"published: 2021-01-01\n---\n" + "\n\n".join(sentences) + "\n",
        encoding="utf-8",
    )
    return article, path


def render_command(
    output_dir: Path, article: Path = config.DEFAULT_ARTICLE, events: Path | None = None
) -> list[str]:
    """`eventreport render` of an article (by default the seed) with its own or the given events,
    HTML and PDF."""
    command = [str(BIN / "eventreport"), "render", str(article), "--output-dir", str(output_dir)]
    return command + (["--events", str(events)] if events else [])


def naive_commands(work: Path) -> list[list[str]]:
    """papermill -> nbconvert -> WeasyPrint on the bare notebook, as typed by hand."""
    executed, page = work / "bare.ipynb", work / "bare.html"
    return [
        [
            str(BIN / "papermill"),
            "--no-progress-bar",
            "--cwd",
            str(work),
            str(BARE_NOTEBOOK),
            str(executed),
        ],
        [str(BIN / "jupyter"), "nbconvert", "--to", "html", "--no-input", str(executed)],
        [str(BIN / "weasyprint"), str(page), str(work / "bare.pdf")],
    ]


def timed(commands: list[list[str]]) -> tuple[float, float]:
    """Wall time and CPU time (user + system, the commands and every process they waited for, such
    as the kernel) of running `commands` one after the other; a failing command stops the
    benchmark."""
    start, cpu = time.perf_counter(), _children_cpu()
    for command in commands:
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode:
            sys.exit(f"benchmark: {' '.join(command)} failed:\n{done.stderr[-2000:]}")
    return time.perf_counter() - start, _children_cpu() - cpu


def _children_cpu() -> float:
    """CPU seconds used so far by this process's finished children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def speed(rounds: int, work: Path) -> float:
    """Alternate seed renders and naive chains; print their medians and the ratio; return the seed
    median."""
    seed, naive = [], []
    for round_ in range(rounds + 1):
        seed_time = timed([render_command(work / "seed")])
        naive_time = timed(naive_commands(work))
        if round_:  # round 0 warms the caches and the file system
            seed.append(seed_time)
            naive.append(naive_time)
            print(
                f"  round {round_}: seed render {seed_time[0]:5.2f} s ({seed_time[1]:5.2f} s "
                "CPU)   "
                f"naive chain {naive_time[0]:5.2f} s ({naive_time[1]:5.2f} s CPU)",
                flush=True,
            )
    (seed_wall, seed_cpu), (naive_wall, naive_cpu) = _medians(seed), _medians(naive)
    ratio = seed_wall / naive_wall
    print(
        f"seed render (HTML + PDF), median of {rounds}: {seed_wall:.2f} s wall, {seed_cpu:.2f} "
        "s CPU"
    )
    print(
        f"naive chain on benchmarks/bare.ipynb, median of {rounds}: {naive_wall:.2f} s wall, "
        f"{naive_cpu:.2f} s CPU"
    )
    print(
        f"ratio seed / naive: {ratio:.2f} (bar <= {BAR_RATIO:.1f}, aim 0.6) -> "
        f"{'pass' if ratio <= BAR_RATIO else 'FAIL'}; "
        f"in CPU time: {seed_cpu / naive_cpu:.2f} (the render uses both cores, the naive chain "
        "one)"
    )
    return seed_wall


def _medians(times: list[tuple[float, float]]) -> tuple[float, float]:
    """Median wall time and median CPU time."""
    return statistics.median(t[0] for t in times), statistics.median(t[1] for t in times)


def growth(sizes: tuple[int, ...], seed_median: float | None, work: Path) -> None:
    """One render per size of synthetic events; compare with the seed's median."""
    for n in sizes:
        seconds, cpu = timed([render_command(work / f"synthetic-{n}", *write_synthetic(n, work))])
        bars = []
        if n == 1000 and seed_median:
            bars.append(f"{seconds / seed_median:.2f}x the seed (bar <= {BAR_GROWTH:.0f}x)")
        if n == max(SIZES):
            bars.append(f"bar <= {BAR_LARGEST_SECONDS:.0f} s")
        print(
            f"{n:>6,} events: {seconds:6.2f} s ({cpu:6.2f} s CPU)  {'; '.join(bars)}", flush=True
        )


def peak_memory(work: Path) -> None:
    """Render the seed once while sampling the peak resident set of the render process and of its
    kernel."""
    process = subprocess.Popen(
        render_command(work / "memory"), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    peaks: dict[int, process_memory.Peak] = {}
    sampler = threading.Thread(
        target=process_memory.wait_sampling, args=(process, peaks), daemon=True
    )
    sampler.start()
    _, errors = process.communicate()
    sampler.join()
    if process.returncode:
        sys.exit(f"benchmark: the memory render failed:\n{errors.decode()[-2000:]}")
    parent = peaks[process.pid].kb if process.pid in peaks else 0
    kernel = max((p.kb for p in peaks.values() if "ipykernel" in p.name), default=0)
    for role, kb in (
        ("parent (eventreport render: papermill, nbconvert, WeasyPrint)", parent),
        ("kernel (the notebook)", kernel),
    ):
        print(f"peak memory, {role}: {kb / 1024:.0f} MB (bar <= {BAR_PEAK_MB} MB)")


def main() -> int:
    """Run the three parts and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rounds", type=int, default=ROUNDS, help=f"timed rounds of each chain (default {ROUNDS})"
    )
    parser.add_argument(
        "--sizes",
        default=",".join(map(str, SIZES)),
        help="synthetic event counts, comma-separated ('' to skip)",
    )
    args = parser.parse_args()
    print(
        f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on "
        f"{os.cpu_count()} CPUs",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="benchmark-report-") as tmp:
        work = Path(tmp)
        seed_median = speed(args.rounds, work) if args.rounds > 0 else None
        growth(tuple(int(s) for s in args.sizes.split(",") if s.strip()), seed_median, work)
        peak_memory(work)
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
