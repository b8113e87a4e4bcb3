"""Untrusted text, unusual data and concurrent runs: the report stays inert, readable and whole."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from conftest import Rendered

from eventreport import config
from eventreport.article import load_article
from eventreport.errors import EventReportError
from eventreport.reporting.render import render

SEED_EVENTS = config.EVENTS_DIR / "soleimani-baghdad-airport-2020-01-03.events.csv"
SEED_CLAIMS = config.EVENTS_DIR / "soleimani-baghdad-airport-2020-01-03.claims.csv"
PAYLOADS = [
    '<script>document.title="PWNED"</script>',
    "<img src=x onerror=\"document.title='PWNED'\">",
    '<a href="javascript:alert(1)">click me</a>',
    "&lt;b&gt;entity&lt;/b&gt; &amp; &#60;script&#62;",
    "**bold** [link](javascript:alert(1)) # not a heading",
    r"$\alpha$ \begin{document} \input{/etc/passwd} $$x$$",
    "A" * 3000,
]
HOSTILE = " ".join(PAYLOADS)
SEED_TEXT = load_article(config.DEFAULT_ARTICLE).text
"""The seed article's words, for articles whose events reuse the seed rows (their evidence must be
in the article)."""


def _article(
    folder: Path, name: str, title: str, body: str, published: str = "2020-01-03"
) -> Path:
    """Write an article with front matter into `folder`."""
    path = folder / f"{name}.txt"
    path.write_text(
        f"---\ntitle: {title!r}\npublished: {published}\n---\n{body}\n", encoding="utf-8"
    )
    return path


def _events(
    folder: Path, name: str, frame: pd.DataFrame, claims: pd.DataFrame | None = None
) -> Path:
    """Write an events file (and a claims file beside it) into `folder`."""
    path = folder / f"{name}.events.csv"
    frame.to_csv(path, index=False)
    (claims if claims is not None else pd.read_csv(SEED_CLAIMS, dtype=str).iloc[0:0]).to_csv(
        folder / f"{name}.claims.csv", index=False
    )
    return path


def _seed_rows() -> pd.DataFrame:
    """The seed events as text cells, to be varied by the tests."""
    return pd.read_csv(SEED_EVENTS, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory) -> Rendered:
    """A report whose article, title and every events and claims string carry markup and control
    sequences."""
    folder = tmp_path_factory.mktemp("hostile")
    rows = _seed_rows()
    for column in (
        "actor1",
        "location",
        "notes",
        "x_evidence",
        "x_date_raw",
        "x_location_raw",
        "source",
    ):
        rows[column] = rows[column] + " " + HOSTILE
    claims = pd.read_csv(SEED_CLAIMS, dtype=str, keep_default_na=False)
    claims["claimant"] = claims["claimant"] + " " + PAYLOADS[1]
    claims["quote"] = claims["quote"] + " " + HOSTILE
    quoted = "\n\n".join(
        [*rows["x_evidence"], *claims["quote"]]
    )  # the quotes must be in the article: put them there
    article = _article(
        folder,
        "hostile-markup",
        "Report <script>alert(1)</script>",
        f"{HOSTILE}\n\n{quoted}\n\nSecond paragraph {HOSTILE}",
    )
    events = _events(folder, "hostile-markup", rows, claims)
    out = folder / "report"
    render(
        {
            "article": str(article),
            "events": str(events),
            "output_dir": str(out),
            "title": "Title <img src=x onerror=alert(1)>",
        }
    )
    return Rendered(out)


@pytest.mark.render
def test_untrusted_strings_never_become_markup(hostile_report):
    soup = hostile_report.soup
    assert soup.find("script") is None
    assert not [
        tag
        for tag in soup.find_all(True)
        for attribute in tag.attrs
        if attribute.lower().startswith("on")
    ]
    links = [
        tag.get("href", "") + tag.get("src", "")
        for tag in soup.find_all(["a", "img", "iframe", "link"])
    ]
    assert not [link for link in links if "javascript:" in link.lower()]
    assert not [img for img in soup.find_all("img") if not img["src"].startswith("data:image/png")]


@pytest.mark.render
def test_untrusted_strings_appear_as_the_text_they_are(hostile_report):
    text = hostile_report.text
    assert '<script>document.title="PWNED"</script>' in text
    assert "onerror=" in text and "javascript:alert(1)" in text
    assert "&lt;b&gt;entity&lt;/b&gt; &amp; &#60;script&#62;" in text  # entities stay as typed
    assert r"$\alpha$ \begin{document}" in text
    assert "Title <img src=x onerror=alert(1)>" in text
    assert "<script>" in hostile_report.pdf_text


@pytest.mark.render
def test_long_unbroken_strings_can_wrap(hostile_report):
    from pypdf import PdfReader

    runs = [run for node in hostile_report.soup.find_all(string=True) for run in node.split()]
    assert (
        max(len(run) for part in runs for run in part.split("\u200b")) < 80
    )  # every long run has break points
    assert "A" * 40 + "\u200b" + "A" * 40 in hostile_report.text
    reader = PdfReader(hostile_report.folder / "report.pdf")
    assert {round(float(page.mediabox.width)) for page in reader.pages} == {
        595
    }  # A4: nothing widened the page


@pytest.mark.render
def test_no_stderr_or_error_in_the_executed_notebook(hostile_report):
    import nbformat

    nb = nbformat.read(hostile_report.folder / "report.ipynb", as_version=4)
    streams = [
        o
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
        if o.output_type in ("stream", "error")
    ]
    assert streams == []


@pytest.mark.skipif(
    shutil.which("chromium") is None and not os.environ.get("CI"),
    reason="Debian's chromium is not installed",
)
@pytest.mark.render
def test_nothing_executes_in_a_real_browser(hostile_report, tmp_path):
    browser = shutil.which("chromium")
    assert browser, "CI installs Debian's chromium for this test"
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--virtual-time-budget=3000",
    ]
    page = (hostile_report.folder / "report.html").as_uri()
    dom = subprocess.run(
        [browser, *flags, "--dump-dom", page],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert "<title>PWNED</title>" not in dom and "PWNED" not in dom.split("<body")[0]
    assert "Title &lt;img src=x onerror=alert(1)&gt;" in dom
    shot = tmp_path / "page.png"
    subprocess.run(
        [browser, *flags, "--window-size=1200,1600", f"--screenshot={shot}", page],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert shot.stat().st_size > 20_000


@pytest.fixture(scope="module")
def crowded_report(tmp_path_factory) -> Rendered:
    """200 events over two calendar years, with long actor and place names."""
    folder = tmp_path_factory.mktemp("crowded")
    article = _article(
        folder, "crowded-two-years", "Two hundred events", "A long conflict diary.\n\n" + SEED_TEXT
    )
    seed = _seed_rows()
    rows = pd.concat([seed] * 20, ignore_index=True)
    dates = pd.date_range("2019-11-01", "2020-02-27", periods=len(rows)).strftime("%Y-%m-%d")
    rows["event_date"] = dates
    rows["event_id_cnty"] = [f"TST-{i:04d}" for i in range(len(rows))]
    rows.loc[::7, "actor1"] = (
        "The Extraordinarily Long-Named Coalition of United Regional Brigades " * 4
    )
    rows.loc[::9, "location"] = "A place whose name goes on and on " * 5
    return _render_rows(folder, article, "crowded-two-years", rows)


def _render_rows(folder: Path, article: Path, name: str, rows: pd.DataFrame) -> Rendered:
    """Render an article with the given event rows and no claims."""
    events = _events(folder, name, rows)
    out = folder / "report"
    render({"article": str(article), "events": str(events), "output_dir": str(out)})
    return Rendered(out)


@pytest.mark.render
def test_two_hundred_events_over_two_years_render_readably(crowded_report):
    assert len(crowded_report.soup.select("div.evidence")) == 100  # the deadliest, in report order
    assert "the other 100 events are in events.csv (column x_evidence)" in crowded_report.text
    assert len(pd.read_csv(crowded_report.folder / "events.csv")) == 200  # nothing is lost
    assert "200 events" in crowded_report.text
    assert "between 1 November 2019 and 27 February 2020" in crowded_report.text
    assert len(crowded_report.soup.select("figure.chart img")) == 3
    assert "deadliest" in crowded_report.text  # the casualty chart says it shows a selection
    assert crowded_report.pdf_pages < 80


@pytest.fixture(scope="module")
def unlocated_report(tmp_path_factory) -> Rendered:
    """Events that all fall on one day and have no coordinates."""
    folder = tmp_path_factory.mktemp("unlocated")
    article = _article(
        folder,
        "one-day-no-places",
        "One day, no places",
        "Nothing here can be placed on a map.\n\n" + SEED_TEXT,
    )
    rows = _seed_rows()
    rows["event_date"] = "2020-01-03"
    rows[["latitude", "longitude", "geo_precision"]] = ""
    return _render_rows(folder, article, "one-day-no-places", rows)


@pytest.mark.render
def test_no_located_events_says_so_instead_of_an_empty_map(unlocated_report):
    assert "no map is drawn" in unlocated_report.text
    assert (
        len(unlocated_report.soup.select("figure.chart img")) == 2
    )  # timeline and casualties, no map
    assert "between 3 January 2020 and 3 January 2020" in unlocated_report.text


@pytest.mark.render
def test_rerun_gives_byte_identical_data_outputs(seed_report, tmp_path):
    again = tmp_path / "again"
    render({"article": str(config.DEFAULT_ARTICLE), "output_dir": str(again)})
    for name in (
        "events.csv",
        "claims.csv",
        "map.svg",
        "timeline.svg",
        "casualties.svg",
        "map.png",
        "timeline.png",
        "casualties.png",
    ):
        assert (again / name).read_bytes() == (seed_report.folder / name).read_bytes(), name


def test_unwritable_output_folder_is_a_clear_error():
    with pytest.raises(EventReportError, match="cannot write the report there"):
        render(
            {"article": str(config.DEFAULT_ARTICLE), "output_dir": "/proc/eventreport-test/report"}
        )


@pytest.mark.render
def test_two_renders_of_one_article_at_once_leave_one_whole_report(tmp_path):
    out = tmp_path / "report"
    command = [
        sys.executable,
        "-m",
        "eventreport.cli",
        "render",
        str(config.DEFAULT_ARTICLE),
        "--output-dir",
        str(out),
        "--formats",
        "html",
    ]
    runs = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    results = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], results
    # the kernels talk over Unix sockets of their own: no TCP port for two renders to race for
    # (ipykernel warns on stderr whenever it runs over TCP)
    assert not [err for _, err in results if "over TCP" in err or "Address already in use" in err]
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["report.html", "report.ipynb", "events.csv", "claims.csv", "links.csv", "events.gpkg"]
        + [f"{s}.{e}" for s in ("map", "timeline", "casualties") for e in ("png", "svg")]
    )
    assert "6. Provenance" in (out / "report.html").read_text()
    assert not [p for p in tmp_path.iterdir() if ".partial-" in p.name or ".old-" in p.name]
