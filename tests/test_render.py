"""End-to-end: the real notebook executed by papermill, rendered by nbconvert and WeasyPrint."""

from __future__ import annotations

import hashlib
import re
import shutil
import stat
from pathlib import Path

import nbformat
import papermill
import pytest

from eventreport import config
from eventreport.errors import EventReportError
from eventreport.reporting.render import render

pytestmark = pytest.mark.render  # every test here reads a rendered report

SECTIONS = [
    "1. Summary",
    "2. Map of the places",
    "3. Escalation sequence",
    "4. Casualty figures",
    "5. Events and evidence",
    "6. Provenance",
]


def test_html_has_the_six_sections_in_order_and_a_table_of_contents(seed_report):
    headings = [
        h.get_text(" ", strip=True).rstrip("¶").strip() for h in seed_report.soup.find_all("h2")
    ]
    assert headings == SECTIONS
    anchors = {h["id"] for h in seed_report.soup.find_all("h2")}
    toc_targets = {
        a["href"][1:]
        for a in seed_report.soup.find_all("a", href=True)
        if a["href"].startswith("#") and "anchor-link" not in (a.get("class") or [])
    }
    assert anchors <= toc_targets


def test_summary_states_dates_places_and_figures_as_the_article_gives_them(seed_report):
    text = seed_report.text
    assert "10 events" in text
    assert "between 29 December 2019 and 3 January 2020" in text
    assert "Killed: 33" in text  # 25 on 29 December + 8 at the airport
    assert "Injured: more than 50" in text
    for place in (
        "Baghdad International Airport",
        "US Embassy in Baghdad",
        "western Iraq",
        "Tehran",
        "Washington",
    ):
        assert place in text


def test_claims_table_keeps_each_claimant_with_the_quoted_words(seed_report):
    tables = seed_report.soup.find_all("table", class_="data")
    claims = next(t for t in tables if "In the article's words" in t.get_text())
    rows = [
        [td.get_text(" ", strip=True) for td in tr.find_all("td")]
        for tr in claims.find_all("tr")[1:]
    ]
    assert ["E1", "PMF", "killed", "25", "armed group", "25 of militiamen died"] in rows
    assert [
        "E1",
        "PMF",
        "injured",
        "more than 50",
        "not stated",
        "more than 50 were injured according to the PMF",
    ] in rows
    assert any(r[:4] == ["E5", "unattributed", "killed", "8"] for r in rows)
    assert any(r[:4] == ["E5", "PMF", "killed", "5"] for r in rows)
    assert any(r[:4] == ["E5", "IRGC via Press TV", "killed", "at least 2"] for r in rows)


def test_every_event_shows_the_sentence_it_rests_on(seed_report):
    quotes = " ".join(
        " ".join(q.get_text(" ").split()) for q in seed_report.soup.find_all("blockquote")
    )
    assert "three Katyusha rockets struck a military base next to the Baghdad airport" in quotes
    assert "Attacks against us will be met with responses" in quotes
    assert len(seed_report.soup.select("div.evidence")) == 10


def test_three_numbered_figures_embedded_and_saved_as_png_and_svg(seed_report):
    images = seed_report.soup.select("figure.chart img")
    assert len(images) == 3
    assert all(img["src"].startswith("data:image/png;base64,") for img in images)
    captions = [
        c.get_text(" ", strip=True) for c in seed_report.soup.select("figure.chart figcaption")
    ]
    assert [c.split(".")[0] for c in captions] == ["Figure 1", "Figure 2", "Figure 3"]
    assert "Not on the map" in captions[0] and "Washington" in captions[0]
    for stem in ("map", "timeline", "casualties"):
        assert (seed_report.folder / f"{stem}.png").stat().st_size > 10_000
        assert (seed_report.folder / f"{stem}.svg").read_text().lstrip().startswith("<?xml")


def test_html_is_self_contained_and_shows_no_code(seed_report):
    soup = seed_report.soup
    assert soup.find("script") is None
    loaded = [
        tag.get("src") or tag.get("href") for tag in soup.find_all(["img", "link", "iframe"])
    ]
    assert not [url for url in loaded if url and not url.startswith("data:")]
    assert "from eventreport import" not in seed_report.html
    assert "article: str =" not in seed_report.html  # the parameters cell is hidden
    assert "injected-parameters" not in seed_report.text


def test_footer_records_parameters_hashes_and_versions(seed_report):
    text = seed_report.text
    article = config.DEFAULT_ARTICLE
    assert hashlib.sha256(article.read_bytes()).hexdigest() in text
    assert "papermill" in text and "nbconvert" in text and "geopandas" in text
    assert re.search(r"Rendered \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC", text)
    assert str(seed_report.folder) in text  # output_dir as given, not the staging folder
    assert ".partial-" not in text


def test_pdf_has_the_same_content(seed_report):
    text = seed_report.pdf_text
    assert seed_report.pdf_pages >= 4
    for fact in (
        "1. Summary",
        "6. Provenance",
        "29 December 2019",
        "Baghdad International Airport",
        "more than 50",
        "Katyusha",
        "Figure 3.",
    ):
        assert fact in text, fact


def test_executed_notebook_is_the_record_of_the_run(seed_report):
    nb = nbformat.read(seed_report.folder / "report.ipynb", as_version=4)
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert injected and str(seed_report.folder) in injected[0].source
    assert nb.metadata["papermill"]["parameters"]["output_dir"] == str(seed_report.folder)
    assert all(c.get("outputs") is not None for c in nb.cells if c.cell_type == "code")


def test_data_outputs_are_written_beside_the_report(seed_report):
    events = (seed_report.folder / "events.csv").read_text().splitlines()
    assert events[0].startswith("ref,event_id_cnty,event_date")
    assert len(events) == 11
    assert (seed_report.folder / "claims.csv").read_text().count("\n") == 6


def test_a_second_article_with_its_own_events_renders(second_report):
    text = second_report.text
    assert "TEST FIXTURE: shelling of a town near Deir ez-Zor" in text
    assert "between 5 May 2021 and 6 May 2021" in text
    assert "Mayadin" in text and "at least 3" in text and "a monitoring group" in text
    assert "Killed: 3" in text and "3–4 across the claims" in text
    assert "Mayadin" in second_report.pdf_text


def test_failed_render_keeps_the_last_good_report(seed_report, tmp_path):
    target = tmp_path / "report"
    shutil.copytree(seed_report.folder, target)
    before = {p.name: p.read_bytes() for p in target.iterdir()}
    bad = tmp_path / "bad.events.csv"
    bad.write_text(
        (config.EVENTS_DIR / "soleimani-baghdad-airport-2020-01-03.events.csv")
        .read_text()
        .replace(",33.2625,", ",95,")
    )
    with pytest.raises(EventReportError, match=r"bad\.events\.csv.*line \d+, column 'latitude'"):
        render(
            {"article": str(config.DEFAULT_ARTICLE), "events": str(bad), "output_dir": str(target)}
        )
    assert {p.name: p.read_bytes() for p in target.iterdir()} == before
    assert not [p for p in tmp_path.iterdir() if ".partial-" in p.name]


def test_papermill_run_with_an_unknown_parameter_fails_before_the_report_is_built(tmp_path):
    with pytest.raises(papermill.PapermillExecutionError, match="unknown parameter 'artcle'"):
        papermill.execute_notebook(
            str(config.REPORT_NOTEBOOK),
            str(tmp_path / "out.ipynb"),
            parameters={"artcle": "x", "output_dir": str(tmp_path)},
            progress_bar=False,
            kernel_name="python3",
            cwd=str(config.PROJECT_ROOT),
        )


def test_an_article_without_events_is_drafted_then_rendered(tmp_path):
    article = tmp_path / "uncurated-tripoli-copy-2022-07-23.txt"
    article.write_text(
        (config.ARTICLES_DIR / "tripoli-armed-groups-clash-2022-07-23.txt").read_text(
            encoding="utf-8"
        ),
        encoding="utf-8",
    )
    folder = render({"article": str(article), "output_dir": str(tmp_path / "report")})
    html = (folder / "report.html").read_text(encoding="utf-8")
    assert "drafted automatically from the article text" in html
    assert "6. Provenance" in html and "Tripoli" in html and "Figure 1." in html
    assert "characters " in html  # each drafted value shows the phrase and offsets it came from
    assert (
        "confidence high" in html and "Weak values" in html
    )  # issue 7, honest drafts: the weak values are marked
    assert (
        "These totals add figures drafted by machine" in html and "a drafted figure" in html
    )  # and the summary says so


def test_a_notebook_failure_keeps_the_last_report_and_the_failed_notebook(
    seed_report, tmp_path, monkeypatch
):
    target = tmp_path / "report"
    shutil.copytree(seed_report.folder, target)
    before = {p.name: p.read_bytes() for p in target.iterdir()}
    broken = nbformat.read(config.REPORT_NOTEBOOK, as_version=4)
    broken.cells.insert(
        2, nbformat.v4.new_code_cell('raise RuntimeError("chart failed half-way")')
    )
    broken_path = tmp_path / "broken.ipynb"
    nbformat.write(broken, broken_path)
    monkeypatch.setattr(config, "REPORT_NOTEBOOK", broken_path)
    with pytest.raises(
        EventReportError,
        match=r"RuntimeError: chart failed half-way .*executed notebook kept at (\S+)",
    ) as failure:
        render({"article": str(config.DEFAULT_ARTICLE), "output_dir": str(target)})
    kept = Path(re.search(r"kept at (\S+?)\)?$", str(failure.value)).group(1))
    assert kept.exists() and "chart failed half-way" in kept.read_text()
    assert {p.name: p.read_bytes() for p in target.iterdir()} == before
    assert not [p for p in tmp_path.iterdir() if ".partial-" in p.name]


def test_report_folder_and_files_follow_the_umask(seed_report):
    from eventreport.reporting.render import _umask

    mask = _umask()
    assert stat.S_IMODE(seed_report.folder.stat().st_mode) == 0o777 & ~mask
    for path in seed_report.folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask, path.name


def test_a_chart_taller_than_a_page_shrinks_onto_the_page_of_its_heading(tmp_path):
    """A timeline of many incidents is taller than an A4 page at full width: in the PDF it keeps
    its proportions and fits, with its caption, on the page its section starts (issue 8)."""
    import base64
    import io

    from PIL import Image
    from pypdf import PdfReader

    from eventreport.reporting.render import export_html, write_pdf

    buffer = io.BytesIO()
    Image.new("RGB", (1350, 1700), "white").save(buffer, format="png")  # 9 x 11.3 in at 150 dpi
    chart = (
        '<figure class="chart"><img alt="tall" src="data:image/png;base64,'
        f'{base64.b64encode(buffer.getvalue()).decode()}"/><figcaption>Figure 2. A tall chart.'
        "</figcaption></figure>"
    )
    cell = nbformat.v4.new_code_cell(
        outputs=[nbformat.v4.new_output("display_data", data={"text/html": chart})]
    )
    heading = nbformat.v4.new_markdown_cell("## 3. Escalation sequence\n\n" + "Words. " * 60)
    nbformat.write(nbformat.v4.new_notebook(cells=[heading, cell]), tmp_path / "tall.ipynb")
    write_pdf(export_html(tmp_path / "tall.ipynb", "tall"), tmp_path / "tall.pdf")
    pages = [page.extract_text() for page in PdfReader(tmp_path / "tall.pdf").pages]
    assert len(pages) == 1 and "Escalation sequence" in pages[0] and "Figure 2." in pages[0]
