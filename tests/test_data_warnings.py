"""The report's data notes show what the data tells the reader (DataWarning), never a library's
warning, which goes to the log instead."""

from __future__ import annotations

import logging
import shutil
import warnings
from pathlib import Path

import pandas as pd
from bs4 import BeautifulSoup

from eventreport import checks, config, parameters
from eventreport.errors import DataWarning
from eventreport.reporting import sections

SEED_EVENTS = config.EVENTS_DIR / "soleimani-baghdad-airport-2020-01-03.events.csv"


def unknown_province(folder: Path) -> Path:
    """The seed events with the first event's admin1 set to a province Iraq does not have."""
    events = folder / SEED_EVENTS.name
    table = pd.read_csv(SEED_EVENTS, dtype=str, keep_default_na=False)
    table.loc[0, "admin1"] = "Atlantis"
    table.to_csv(events, index=False)
    shutil.copy(config.claims_path_for(SEED_EVENTS), config.claims_path_for(events))
    shutil.copy(config.links_path_for(SEED_EVENTS), config.links_path_for(events))
    return events


def test_the_checks_warn_about_the_data_with_the_data_warning_class(tmp_path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        checks.validate(unknown_province(tmp_path), config.DEFAULT_ARTICLE)
    data = [str(w.message) for w in caught if issubclass(w.category, DataWarning)]
    assert any("'Atlantis' is not a province of Iraq" in m for m in data)


def test_a_data_warning_is_a_note_and_a_library_warning_only_a_log_record(
    tmp_path, monkeypatch, caplog
):
    events = unknown_province(tmp_path)
    validate = checks.validate

    def validate_with_a_library_warning(*args, **kwargs):
        warnings.warn("the default of observed=False is deprecated", FutureWarning, stacklevel=1)
        return validate(*args, **kwargs)

    monkeypatch.setattr(sections.checks, "validate", validate_with_a_library_warning)
    params = parameters.validate(
        {
            "article": str(config.DEFAULT_ARTICLE),
            "events": str(events),
            "output_dir": str(tmp_path / "out"),
        }
    )
    with caplog.at_level(logging.WARNING, logger="eventreport"):
        run = sections.load(params)
    page = BeautifulSoup(sections.summary(run).data, "html.parser").get_text(" ")
    assert "Data note:" in page and "'Atlantis' is not a province of Iraq" in page
    assert "observed=False" not in page
    assert any(
        "FutureWarning" in r.getMessage() and "observed=False" in r.getMessage()
        for r in caplog.records
    )
