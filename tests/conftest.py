"""Shared fixtures: real reports rendered once per test session into temporary folders."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from eventreport import config
from eventreport.reporting.render import render

FIXTURES = Path(__file__).parent / "fixtures"
SECOND_ARTICLE = FIXTURES / "articles" / "fixture-deir-ezzor-shelling-2021-05-07.txt"
SECOND_EVENTS = FIXTURES / "events" / "fixture-deir-ezzor-shelling-2021-05-07.events.csv"


RENDERED_FIXTURES = {
    "seed_report",
    "second_report",
    "dataset_report",
    "filtered_report",
    "crosscheck_report",
    "big_report",
    "hostile_report",
    "crowded_report",
    "unlocated_report",
    "html_only_draft",
    "rendered",
}
"""Fixtures that render a whole report (or a collection): a test that uses one is a render test."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that reads a rendered report `render`, so `make test-fast` skips it."""
    for item in items:
        if RENDERED_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.render)


@pytest.fixture(scope="session", autouse=True)
def _sweep_test_drafts():
    """Remove the drafts the tests wrote to reports/_extracted/ (rendering an article with no
    events file drafts there, as it does for an analyst); drafts that were there before stay."""
    before = set(config.EXTRACTED_DIR.glob("*"))
    yield
    for path in set(config.EXTRACTED_DIR.glob("*")) - before:
        path.unlink(missing_ok=True)


class Rendered:
    """A rendered report folder with its HTML parsed and its PDF text extracted."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.html = (folder / "report.html").read_text(encoding="utf-8")
        self.soup = BeautifulSoup(self.html, "html.parser")
        self.text = " ".join(self.soup.get_text(" ").split())
        reader = PdfReader(folder / "report.pdf")
        self.pdf_pages = len(reader.pages)
        self.pdf_text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture(scope="session")
def seed_report(tmp_path_factory) -> Rendered:
    """The seed article's report, rendered through papermill, nbconvert and WeasyPrint."""
    out = tmp_path_factory.mktemp("seed") / "report"
    render({"article": str(config.DEFAULT_ARTICLE), "output_dir": str(out)})
    return Rendered(out)


@pytest.fixture(scope="session")
def second_report(tmp_path_factory) -> Rendered:
    """The fictional fixture article's report, with its own events file."""
    out = tmp_path_factory.mktemp("second") / "report"
    render({"article": str(SECOND_ARTICLE), "events": str(SECOND_EVENTS), "output_dir": str(out)})
    return Rendered(out)
