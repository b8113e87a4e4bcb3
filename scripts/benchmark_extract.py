"""Benchmark of `eventreport extract`: articles per second after start-up, and start-up time.

Articles of about 800 words are made by joining the dev-split articles of `data/articles/` (each
benchmark article starts with a different one), so the text is real news copy; the locked test
split is left out, as the extractor never runs on it outside a logged look. Throughput is
measured in this process after a warm-up extraction; start-up is measured in fresh processes
(interpreter, imports, lexicons and the first extraction of a one-line article). Writing the
validated CSV files is timed separately, because the command does it once per article.

The bars (issue 7): at least 10 articles per second on one core, start-up within 3 seconds. This
is a benchmark, not a test: it reports and always exits 0.
"""

from __future__ import annotations

import dataclasses
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from eventreport import config
from eventreport.article import load_article
from eventreport.extraction import draft as extract

TARGET_WORDS = 800
ROUNDS = 5
STARTUP_RUNS = 3
BAR_ARTICLES_PER_SECOND = 10
BAR_STARTUP_SECONDS = 3.0
STARTUP_CODE = """
import datetime as dt
from pathlib import Path
from eventreport.extraction import draft as extract
from eventreport.article import Article
extract.extract(Article("startup", Path("startup.txt"), "startup", dt.date(2020, 1, 3),
                        "Gunmen killed two people in Baghdad on Monday, police said.\\n"))
"""


def articles() -> list:
    """One ~800-word article per dev-split article: its paragraphs, then the next articles', up
    to TARGET_WORDS."""
    loaded = (load_article(path, draft=True) for path in sorted(config.ARTICLES_DIR.glob("*.txt")))
    curated = [article for article in loaded if article.split == "dev"]
    made = []
    for first in range(len(curated)):
        paragraphs = [
            p for a in curated[first:] + curated[:first] for p in a.text.split("\n") if p.strip()
        ]
        kept, words = [], 0
        for paragraph in paragraphs * 2:
            if words >= TARGET_WORDS:
                break
            kept.append(paragraph)
            words += len(paragraph.split())
        made.append(dataclasses.replace(curated[first], text="\n\n".join(kept) + "\n"))
    return made


def startup_seconds() -> float:
    """Median wall time of a fresh process that imports the extractor and drafts a one-line
    article."""
    times = []
    for _ in range(STARTUP_RUNS):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", STARTUP_CODE], check=True, cwd=config.PROJECT_ROOT)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    """Print the figures and whether they meet the bars."""
    batch = articles()
    words = statistics.mean(len(a.text.split()) for a in batch)
    extract.extract(batch[0])
    started = time.perf_counter()
    for _ in range(ROUNDS):
        drafts = [extract.extract(article) for article in batch]
    extract_rate = ROUNDS * len(batch) / (time.perf_counter() - started)
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        for i, draft in enumerate(drafts):
            extract.write(draft, Path(folder) / f"a{i}{config.EVENTS_SUFFIX}")
        write_seconds = (time.perf_counter() - started) / len(drafts)
    startup = startup_seconds()

    def verdict(ok: bool) -> str:
        return "meets the bar" if ok else "BELOW THE BAR"

    print(f"articles: {len(batch)} of {words:.0f} words on average, {ROUNDS} rounds")
    print(
        f"extract: {extract_rate:.1f} articles/s ({extract_rate * words:.0f} words/s) after "
        "start-up "
        f"[bar {BAR_ARTICLES_PER_SECOND}/s: {verdict(extract_rate >= BAR_ARTICLES_PER_SECOND)}]"
    )
    print(f"write and validate the three CSV files: {1000 * write_seconds:.0f} ms per article")
    print(
        f"start-up (fresh process, imports, lexicons, first one-line article): {startup:.2f} s "
        f"[bar {BAR_STARTUP_SECONDS:.0f} s: {verdict(startup <= BAR_STARTUP_SECONDS)}]"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
