"""Collections: the collection file, the merge rules, the Dask run (local cluster and real
scheduler and worker processes), failures inside a collection, the skip on rerun, the index and the
collection report."""

from __future__ import annotations

import importlib.util
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pandas as pd
import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from eventreport import cli, config
from eventreport.collection import load_collection, render_collection
from eventreport.collection.merge import merge_collection
from eventreport.collection.run import draft_jobs, jobs, longest_first, run
from eventreport.errors import InputError
from eventreport.reporting import sweep
from eventreport.reporting.render import _work_dir

FIXTURES = Path(__file__).parent / "fixtures"
FOLLOWUP = FIXTURES / "articles" / "fixture-baghdad-followup-2020-01-05.txt"
FOLLOWUP_EVENTS = FIXTURES / "events" / "fixture-baghdad-followup-2020-01-05.events.csv"
SEED = config.DEFAULT_ARTICLE
BIN = Path(sys.executable).parent


def write_collection(folder: Path, body: str, name: str = "test-collection") -> Path:
    """A collection file in a temporary folder."""
    path = folder / f"{name}.yaml"
    path.write_text(body, encoding="utf-8")
    return path


TWO = f"""title: "Seed and follow-up <b>test</b>"
start: 2019-12-27
end: 2020-01-08
articles:
  - {SEED}
  - article: {FOLLOWUP}
    events: {FOLLOWUP_EVENTS}
"""


# ----------------------------------------------------------------------------- the collection file


def test_collection_file_lists_articles_with_their_events(tmp_path):
    collection = load_collection(write_collection(tmp_path, TWO))
    assert collection.collection_id == "test-collection"
    assert [m.article_id for m in collection.members] == [SEED.stem, FOLLOWUP.stem]
    assert collection.members[0].events == config.events_path_for(SEED)
    assert collection.members[1].events == FOLLOWUP_EVENTS
    assert str(collection.start) == "2019-12-27" and str(collection.end) == "2020-01-08"


def test_a_glob_lists_every_match_and_an_uncurated_article_is_drafted(tmp_path):
    (tmp_path / "uncurated-copy-2022-07-23.txt").write_text(
        (config.ARTICLES_DIR / "tripoli-armed-groups-clash-2022-07-23.txt").read_text(
            encoding="utf-8"
        ),
        encoding="utf-8",
    )
    collection = load_collection(
        write_collection(
            tmp_path,
            f"title: t\narticles:\n  - {tmp_path}/*.txt\n  - data/articles/sourou-*.txt\n",
        )
    )
    assert [m.article_id for m in collection.members] == [
        "uncurated-copy-2022-07-23",
        "sourou-army-ambush-2021-08-09",
    ]
    assert collection.members[0].drafted and not collection.members[1].drafted


@pytest.mark.parametrize(
    "body, message",
    [
        (
            "title: t\narticles:\n  - "
            "data/articles/soleimani-baghdad-airport-2020-01-03.txt\nauthor: me\n",
            r"line 4: unknown key 'author' in the collection file; allowed: 'title'",
        ),
        (
            "title: t\narticles:\n  - data/articles/nowhere.txt\n",
            r"line 3: article 'data/articles/nowhere.txt' does not exist",
        ),
        (
            "title: t\nstart: 2020-02-30\narticles:\n  - "
            "data/articles/soleimani-baghdad-airport-2020-01-03.txt\n",
            r"line 2: '2020-02-30' is not a real date",
        ),
        (
            "title: t\nend: soon\narticles:\n  - "
            "data/articles/soleimani-baghdad-airport-2020-01-03.txt\n",
            r"line 2: end 'soon' is not a date",
        ),
        (
            "title: t\nstart: 2020-01-08\nend: 2019-12-27\narticles:\n  - "
            "data/articles/soleimani-baghdad-airport-2020-01-03.txt\n",
            r"line 3: end 2019-12-27 lies before start 2020-01-08",
        ),
        ("title: t\narticles:\n  - data/articles/zz-no-match-*.txt\n", r"line 3: no file matches"),
        (
            "title: t\narticles:\n  - data/articles/soleimani-baghdad-airport-2020-01-03.txt\n  "
            "- data/articles/sol*.txt\n",
            r"line 4: article 'soleimani-baghdad-airport-2020-01-03' is already listed on line 3",
        ),
        (
            "title: t\narticles:\n  - article: "
            "data/articles/soleimani-baghdad-airport-2020-01-03.txt\n    event: x.csv\n",
            r"line 4: unknown key 'event' in an article entry",
        ),
        (
            "articles:\n  - data/articles/soleimani-baghdad-airport-2020-01-03.txt\n",
            r"'title' is missing",
        ),
        ("title: t\narticles: [\n", r"line \d+: not valid YAML"),
    ],
)
def test_bad_collection_files_are_clear_errors_naming_the_line(tmp_path, body, message):
    path = write_collection(tmp_path, body)
    with pytest.raises(InputError, match=message) as failure:
        load_collection(path)
    assert str(path) in str(failure.value)


def test_a_test_split_article_without_curated_events_is_never_drafted(tmp_path):
    text = (config.ARTICLES_DIR / "tripoli-armed-groups-clash-2022-07-23.txt").read_text(
        encoding="utf-8"
    )
    locked = tmp_path / "locked-copy-2022-07-23.txt"
    locked.write_text(text.replace("split: dev", "split: test", 1), encoding="utf-8")
    with pytest.raises(
        InputError,
        match=r"line 3: locked-copy-2022-07-23 is in the test split and has no curated events",
    ):
        load_collection(write_collection(tmp_path, f"title: t\narticles:\n  - {locked}\n"))


def test_cli_refuses_a_bad_collection_file_in_one_line(tmp_path, capsys):
    path = write_collection(tmp_path, "title: t\narticles:\n  - data/articles/nowhere.txt\n")
    assert cli.main(["collection", str(path), "--output-dir", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "line 3" in err and "does not exist" in err
    assert not (tmp_path / "out").exists()


# ----------------------------------------------------------------------------- the merge rules


@pytest.fixture(scope="module")
def merged(tmp_path_factory):
    return merge_collection(
        load_collection(write_collection(tmp_path_factory.mktemp("merge"), TWO))
    )


def test_the_same_incident_in_two_articles_is_one_event_with_both_sources(merged):
    assert len(merged.events) == 11 < 10 + 5
    airport = merged.events[merged.events["location"] == "Baghdad International Airport"].iloc[0]
    assert airport["x_n_sources"] == 2
    assert airport["x_source_events"] == (
        f"{SEED.stem}:IRQ-20200103-01; {FOLLOWUP.stem}:IRQ-20200103-01"
    )
    assert "eventreport test fixture (fictional), 2020-01-05" in airport["sources"]
    assert re.fullmatch(r"IRQ-20200103-M\d\d", airport["event_id_cnty"])


def test_fatalities_follow_the_latest_report_and_ranges_span_all_sources(merged):
    airport = merged.events[merged.events["location"] == "Baghdad International Airport"].iloc[0]
    assert airport["fatalities"] == 10  # the follow-up of 5 January, not the first report's 8
    assert (airport["x_fatalities_low"], airport["x_fatalities_high"]) == (8, 10)


def test_disagreements_are_resolved_by_the_stated_rules_and_listed(merged):
    found = merged.disagreements.set_index("field")
    embassy = merged.events[merged.events["location"] == "US Embassy in Baghdad"].iloc[0]
    # type: one source each, so the latest report decides
    assert (
        embassy["event_type"] == "Protests"
        and found.loc["type", "chosen"] == "Protests: Protest with intervention"
    )
    assert "Riots: Violent demonstration (soleimani" in found.loc["type", "values"]
    # place: the most precise source (al-Qaim, precision 2) beats the region (western Iraq,
    # precision 3)
    strikes = merged.events[merged.events["event_date"] == pd.Timestamp("2019-12-29")]
    assert "Al Qaim" in set(strikes["location"]) and found.loc["place", "chosen"] == "Al Qaim"
    assert (
        "Sources disagree on the place"
        in strikes[strikes["location"] == "Al Qaim"].iloc[0]["notes"]
    )


def test_claims_stay_per_article_and_claimant_with_the_report_date(merged):
    airport_id = merged.events.loc[
        merged.events["location"] == "Baghdad International Airport", "event_id_cnty"
    ].iloc[0]
    claims = merged.claims[merged.claims["event_id_cnty"] == airport_id]
    assert list(zip(claims["published"], claims["claimant"], claims["low"], strict=True)) == [
        ("2020-01-03", "unattributed", 8),
        ("2020-01-03", "IRGC via Press TV", 2),
        ("2020-01-03", "PMF", 5),
        ("2020-01-05", "Iraqi security officials", 10),
    ]


def test_statements_to_different_targets_are_different_statements():
    from eventreport.collection.merge import pair_score

    row = dict(
        article_id="a",
        event_type="Strategic developments",
        event_date=pd.Timestamp("2019-12-29"),
        time_precision=2,
        actor1="Government of the United States (2017-2021)",
        actor2="Kataib Hezbollah",
        x_cameo_code="112",
        country="United States",
        latitude=38.9,
        longitude=-77.0,
        geo_precision=3,
        sub_event_type="Other",
    )
    same = pd.DataFrame(
        [row, {**row, "article_id": "b", "event_date": pd.Timestamp("2019-12-31")}]
    ).itertuples()
    assert pair_score(*same) == 0.25 + 1 + 1 + 1
    other = pd.DataFrame(
        [row, {**row, "article_id": "b", "actor2": "Government of Iran (1989-)"}]
    ).itertuples()
    assert pair_score(*other) is None
    month = pd.DataFrame(
        [
            {**row, "event_type": "Explosions/Remote violence", "time_precision": 3},
            {
                **row,
                "article_id": "b",
                "event_type": "Explosions/Remote violence",
                "event_date": pd.Timestamp("2019-12-27"),
            },
        ]
    ).itertuples()
    assert (
        pair_score(*month) == 0.5 + 1 + 1 + 1
    )  # a date known to the month is never far from a day inside it


def test_statements_of_different_speakers_and_events_of_one_article_are_never_merged(merged):
    washington = merged.events[merged.events["location"] == "Washington"]
    assert (
        len(washington) == 5 and (washington["x_n_sources"] == 1).all()
    )  # one article's statements stay apart
    tehran = merged.events[merged.events["location"] == "Tehran"].iloc[0]
    assert tehran["x_n_sources"] == 2 and tehran["actor1"] == "Government of Iran (1989-)"


# ---------- the Dask run, end to end


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """Seed, follow-up and an article whose events file is broken, rendered by the CLI on a local
    cluster of 2."""
    folder = tmp_path_factory.mktemp("collection")
    broken = folder / "fixture-broken-2020-01-06.txt"
    broken.write_text(FOLLOWUP.read_text(encoding="utf-8"), encoding="utf-8")
    bad_events = folder / "broken.events.csv"
    bad_events.write_text(
        FOLLOWUP_EVENTS.read_text(encoding="utf-8").replace(",33.2625,", ",95,"), encoding="utf-8"
    )
    path = write_collection(folder, TWO + f"  - article: {broken}\n    events: {bad_events}\n")
    out = folder / "out"
    code = cli.main(["collection", str(path), "--output-dir", str(out), "--workers", "2"])
    return path, out, code


@pytest.mark.render
def test_one_failing_article_never_stops_the_others(rendered, capsys):
    _, out, code = rendered
    assert code == 1
    assert (out / "articles" / SEED.stem / "report.pdf").exists()
    assert (out / "articles" / FOLLOWUP.stem / "report.html").exists()
    assert not (out / "articles" / "fixture-broken-2020-01-06").exists()
    soup = BeautifulSoup((out / "index.html").read_text(encoding="utf-8"), "html.parser")
    rows = {
        tr.find("code").get_text(): " ".join(tr.get_text(" ").split())
        for tr in soup.select("tbody tr")
    }
    assert (
        "failed" in rows["fixture-broken-2020-01-06"]
        and "column 'latitude'" in rows["fixture-broken-2020-01-06"]
    )
    assert "rendered" in rows[SEED.stem]
    links = {a["href"] for a in soup.find_all("a")}
    assert {
        "collection/report.html",
        "collection/report.pdf",
        f"articles/{SEED.stem}/report.html",
    } <= links
    assert (
        soup.find("b") is not None and "<b>test</b>" in soup.find("h1").get_text()
    )  # the title is text, not markup


@pytest.mark.render
def test_the_collection_report_merges_and_shows_every_section(rendered):
    _, out, _ = rendered
    soup = BeautifulSoup(
        (out / "collection" / "report.html").read_text(encoding="utf-8"), "html.parser"
    )
    headings = [h.get_text(" ", strip=True).rstrip("¶").strip() for h in soup.find_all("h2")]
    assert headings == [
        "1. Summary",
        "2. Map of every incident",
        "3. Escalation sequence",
        "4. The toll over time",
        "5. Sources and disagreements",
        "6. Incidents and evidence",
        "7. Provenance",
    ]
    text = " ".join(soup.get_text(" ").split())
    assert re.search(r"2 articles report 15 events ?, which are 11 distinct incidents", text)
    assert "Left out: fixture-broken-2020-01-06" in text
    assert "Riots: Violent demonstration" in text and "the type most sources give" in text
    assert len(soup.select("figure.chart img")) == 3
    pdf = " ".join(
        " ".join(
            p.extract_text() for p in PdfReader(out / "collection" / "report.pdf").pages
        ).split()
    )
    for fact in (
        "4. The toll over time",
        "Iraqi security officials",
        "ten people were killed",
        "Sources matrix",
        "7. Provenance",
    ):
        assert fact in pdf, fact


@pytest.mark.render
def test_merged_csv_files_carry_sources_and_report_dates(rendered):
    _, out, _ = rendered
    events = pd.read_csv(out / "collection" / "events.csv")
    assert len(events) == 11 and "sources" in events.columns
    assert events["x_n_sources"].max() == 2
    claims = pd.read_csv(out / "collection" / "claims.csv")
    assert {"event_id_cnty", "article_id", "outlet", "published", "claimant", "quote"} <= set(
        claims.columns
    )
    assert set(claims["published"]) == {"2020-01-03", "2020-01-05"}


@pytest.mark.render
def test_rerun_skips_what_has_not_changed(rendered):
    path, out, _ = rendered
    _, outcomes = render_collection(path, out, workers=1)
    by_name = {o.name: o for o in outcomes}
    assert (
        by_name[SEED.stem].skipped
        and by_name[FOLLOWUP.stem].skipped
        and by_name["test-collection"].skipped
    )
    assert (
        not by_name["fixture-broken-2020-01-06"].skipped
        and by_name["fixture-broken-2020-01-06"].status == "failed"
    )
    assert "inputs unchanged" in (out / "index.html").read_text(encoding="utf-8")


def _uncurated_copy(folder: Path) -> Path:
    """A copy of a curated dev article under a new id, so that it has no events file (drafted)."""
    copy = folder / f"uncurated-{folder.name[-8:]}-2022-07-23.txt"
    source = config.ARTICLES_DIR / "tripoli-armed-groups-clash-2022-07-23.txt"
    copy.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    return copy


def test_each_uncurated_article_is_drafted_once_and_the_longest_tasks_go_first(tmp_path):
    copy = _uncurated_copy(tmp_path)
    sourou = config.ARTICLES_DIR / "sourou-army-ambush-2021-08-09.txt"
    path = write_collection(
        tmp_path, f"title: t\narticles:\n  - {SEED}\n  - {copy}\n  - {sourou}\n"
    )
    collection = load_collection(path)
    planned = jobs(collection, tmp_path / "out", ("html",))
    drafts = draft_jobs(collection, planned)
    assert [(d.kind, d.name) for d in drafts] == [("draft", copy.stem)]
    order = longest_first([*drafts, *planned])
    assert [j.kind for j in order] == ["draft", "collection", "article", "article", "article"]
    assert order[2].name == SEED.stem  # the longest article (and events) of the three
    # with the collection report and the copy's report up to date, nothing is drafted
    assert draft_jobs(collection, [j for j in planned if j.name == sourou.stem]) == []


@pytest.mark.render
def test_a_draft_is_made_once_before_the_renders_that_read_it(tmp_path):
    copy = _uncurated_copy(tmp_path)
    collection = load_collection(write_collection(tmp_path, f"title: t\narticles:\n  - {copy}\n"))
    drafted = config.extracted_events_path_for(copy.stem)
    tasks = []
    try:
        outcomes = run(collection, tmp_path / "out", ("html",), workers=2, tasks=tasks)
        assert [o.status for o in outcomes] == ["drafted", "rendered"]
        (draft,) = [t for t in tasks if t.kind == "draft"]
        assert draft.status == "drafted" and drafted.exists()
        assert all(o.started >= draft.started + draft.seconds for o in outcomes)
        assert all(o.cpu_seconds > 0 and o.worker for o in tasks)
    finally:
        for path in drafted.parent.glob(f"{copy.stem}.*"):
            path.unlink()


@pytest.mark.slow  # waits for a Dask connection to time out
def test_a_dead_scheduler_address_is_a_one_line_error(tmp_path, capsys):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    path = write_collection(tmp_path, f"title: t\narticles:\n  - {FOLLOWUP}\n")
    code = cli.main(
        [
            "collection",
            str(path),
            "--output-dir",
            str(tmp_path / "out"),
            "--scheduler",
            f"tcp://127.0.0.1:{port}",
        ]
    )
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert len(err) == 1 and f"no Dask scheduler answers at 'tcp://127.0.0.1:{port}'" in err[0]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.render
def test_runs_on_a_scheduler_and_worker_started_as_processes(tmp_path):
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = [open(tmp_path / "scheduler.log", "w"), open(tmp_path / "worker.log", "w")]
    scheduler = subprocess.Popen(
        [
            str(BIN / "dask"),
            "scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-dashboard",
        ],
        stdout=logs[0],
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    worker = subprocess.Popen(
        [
            str(BIN / "dask"),
            "worker",
            address,
            "--nthreads",
            "1",
            "--nworkers",
            "1",
            "--no-dashboard",
            "--name",
            "test-worker",
        ],
        stdout=logs[1],
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        path = write_collection(
            tmp_path,
            f"title: t\narticles:\n  - article: {FOLLOWUP}\n    events: {FOLLOWUP_EVENTS}\n",
        )
        out = tmp_path / "out"
        _, outcomes = render_collection(path, out, formats=("html",), scheduler=address)
        assert [o.status for o in outcomes] == ["rendered", "rendered"]
        assert all(
            o.worker.startswith("tcp://127.0.0.1:") and o.worker != address for o in outcomes
        )
        assert (out / "articles" / FOLLOWUP.stem / "report.html").exists() and not (
            out / "collection" / "report.pdf"
        ).exists()
        assert "Green Zone" in (out / "collection" / "report.html").read_text(encoding="utf-8")
    finally:
        for process in (worker, scheduler):
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=60)
        for log in logs:
            log.close()


# ---------- partial folders of killed renders


def test_a_live_render_keeps_its_partial_folder_and_a_dead_one_is_swept(tmp_path):
    dead = tmp_path / ".other.partial-abc123"
    dead.mkdir()
    (dead / "report.html").write_text("half")
    with _work_dir(tmp_path / "report") as work:
        assert work.exists() and not dead.exists()  # swept when this render started
        assert sweep(tmp_path) == []  # the live render's folder is locked
        assert work.exists()
    assert not work.exists()


def test_a_partial_folder_swept_by_another_render_before_it_is_locked_is_made_again(
    tmp_path, monkeypatch
):
    """Two renders of one article start at once: the other's sweep may remove this render's new
    folder between its creation and its lock; the render makes a new one instead of failing."""
    made = []

    def mkdtemp_swept_once(**kwargs):
        folder = real_mkdtemp(**kwargs)
        made.append(folder)
        if len(made) == 1:
            os.rmdir(folder)  # what a concurrent sweep does to an unlocked partial folder
        return folder

    real_mkdtemp = tempfile.mkdtemp
    monkeypatch.setattr(tempfile, "mkdtemp", mkdtemp_swept_once)
    with _work_dir(tmp_path / "report") as work:
        assert work.exists() and str(work) == made[1]
    assert len(made) == 2 and not work.exists()


@pytest.mark.render
def test_a_render_killed_with_sigkill_leaves_nothing_the_next_run_does_not_sweep(tmp_path):
    target = tmp_path / "report"
    render = subprocess.Popen(
        [
            str(BIN / "eventreport"),
            "render",
            str(FOLLOWUP),
            "--events",
            str(FOLLOWUP_EVENTS),
            "--output-dir",
            str(target),
            "--formats",
            "html",
        ],
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while not list(tmp_path.glob(".report.partial-*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    render.send_signal(signal.SIGKILL)
    render.wait()
    left = list(tmp_path.glob(".report.partial-*"))
    assert left, "the render was killed before it made its partial folder"
    assert sweep(tmp_path) == left
    assert not list(tmp_path.glob(".report.partial-*")) and not target.exists()


def _process_memory():
    """scripts/process_memory.py (the benchmarks' process-tree reader), loaded from its file."""
    spec = importlib.util.spec_from_file_location(
        "process_memory", config.PROJECT_ROOT / "scripts" / "process_memory.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


def test_the_process_tree_reader_passes_over_a_process_that_has_exited():
    """A child can exit between being listed and being read (seen in CI as a FileNotFoundError
    for /proc/<pid>/task): it is reported with no children, not raised."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert _process_memory().tree(child.pid) == [(child.pid, 0)]


@pytest.mark.render  # renders on a Dask worker
def test_a_worker_killed_mid_render_leaves_nothing_the_rerun_does_not_sweep(tmp_path):
    """SIGKILL to the worker process while its render runs (as the out-of-memory killer would):
    Dask runs the task again on the restarted worker, whose render sweeps the dead partial
    folder."""
    tree = _process_memory().tree
    path = write_collection(
        tmp_path, f"title: t\narticles:\n  - article: {FOLLOWUP}\n    events: {FOLLOWUP_EVENTS}\n"
    )
    out = tmp_path / "out"
    result: dict[str, list] = {}
    run = threading.Thread(
        target=lambda: result.update(
            outcomes=render_collection(path, out, formats=("html",), workers=1)[1]
        )
    )
    run.start()
    killed, deadline = None, time.monotonic() + 300
    while killed is None and run.is_alive() and time.monotonic() < deadline:
        partial = [*out.glob(".*.partial-*"), *out.glob("articles/.*.partial-*")]
        kernels = [
            parent
            for pid, parent in tree(os.getpid())
            if b"ipykernel" in _cmdline(pid) and partial
        ]
        if kernels:
            killed = kernels[0]
            os.kill(killed, signal.SIGKILL)
        time.sleep(0.05)
    run.join(timeout=900)
    assert killed is not None, "no render was caught with its kernel running"
    assert [o.status for o in result["outcomes"]] == ["rendered", "rendered"]
    assert not [*out.glob(".*.partial-*"), *out.glob("articles/.*.partial-*")]
    assert (out / "collection" / "report.html").exists()
    assert (out / "articles" / FOLLOWUP.stem / "report.html").exists()


def _cmdline(pid: int) -> bytes:
    """A process's command line, empty once it has gone."""
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""
