"""The README's path for a new article: `make report` drafts without an events file, re-renders
when a parameter changes, never reinstalls for nothing, says what happens to an older PDF, and
marks drafted figures."""

from __future__ import annotations

import shutil
import subprocess
import warnings
from pathlib import Path

import pytest

from eventreport import config
from eventreport.reporting.charts import DRAFT_MARK
from eventreport.reporting.render import render

NEW_ARTICLE = (
    config.PROJECT_ROOT
    / "tests"
    / "fixtures"
    / "articles"
    / "fixture-aguelhok-camp-attack-2021-04-03.txt"
)


def _make(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["make", "--no-print-directory", *args],
        cwd=config.PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture(scope="module")
def html_only_draft(tmp_path_factory) -> tuple[Path, list[str]]:
    """A new article with no events file, rendered HTML-only over a folder that holds an older
    PDF."""
    folder = tmp_path_factory.mktemp("new-article")
    article = folder / NEW_ARTICLE.name
    shutil.copyfile(NEW_ARTICLE, article)
    out = folder / "report"
    out.mkdir()
    (out / "report.pdf").write_bytes(b"%PDF-1.4 an older render")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        render({"article": str(article), "output_dir": str(out)}, formats=("html",))
    return out, [str(w.message) for w in caught]


@pytest.mark.render
def test_a_new_article_without_events_is_drafted(html_only_draft):
    out, _ = html_only_draft
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "drafted automatically from the article text" in html and "Aguelhok" in html


@pytest.mark.render
def test_an_html_only_render_removes_the_older_pdf_and_says_so(html_only_draft):
    out, said = html_only_draft
    assert not (out / "report.pdf").exists()
    assert any("report.pdf: removed the older PDF" in message for message in said)


@pytest.mark.render
def test_exported_figures_of_a_drafted_report_carry_the_draft_mark(html_only_draft):
    out, _ = html_only_draft
    for stem in ("map", "timeline", "casualties"):
        assert DRAFT_MARK in (out / f"{stem}.svg").read_text(encoding="utf-8"), stem
        assert (out / f"{stem}.png").stat().st_size > 10_000


def test_a_parameter_change_makes_the_report_out_of_date(tmp_path):
    out = tmp_path / "report"
    common = ["report", f"OUTPUT_DIR={out}", f"ARTICLE={config.DEFAULT_ARTICLE}"]
    _make("-q", *common, "TITLE=First")  # records the parameters
    out.mkdir()
    (out / "report.html").write_text("rendered", encoding="utf-8")  # newer than every input
    assert _make("-q", *common, "TITLE=First").returncode == 0
    assert _make("-q", *common, "TITLE=Second").returncode == 1
    (out / "report.html").write_text("rendered again", encoding="utf-8")
    assert _make("-q", *common, "TITLE=Second").returncode == 0
    assert _make("-q", *common, "TITLE=Second", "FORMATS=html").returncode == 1


def test_the_report_of_a_new_article_passes_no_missing_events_file():
    dry = _make("-n", "report", f"ARTICLE={NEW_ARTICLE}", "OUTPUT_DIR=/tmp/eventreport-dry-run")
    assert dry.returncode == 0, dry.stderr
    assert '--events ""' in dry.stdout  # empty: the curated file, else a draft from the text


def test_forcing_every_target_does_not_reinstall_the_environment():
    forced = _make("-B", "venv")
    assert forced.returncode == 0, forced.stderr
    assert "requirements unchanged, nothing to install" in forced.stdout
    assert "pip install" not in forced.stdout
