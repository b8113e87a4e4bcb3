"""`eventreport --verbose` shows the package's debug log: the extractor's merge decisions and the
render steps with their timings; without it, none of that reaches stderr."""

from __future__ import annotations

import re

import pytest

from eventreport import cli, config

SEED = config.DEFAULT_ARTICLE


def test_verbose_extract_logs_every_merge_decision(tmp_path, capsys):
    assert (
        cli.main(["--verbose", "extract", str(SEED), "--output", str(tmp_path / "a.events.csv")])
        == 0
    )
    err = capsys.readouterr().err
    merges = [
        line
        for line in err.splitlines()
        if line.startswith("eventreport.extraction.grouping: merge: ")
    ]
    assert any(" starts event 1," in line for line in merges)
    assert any(" joins the event of sentence " in line for line in merges)


def test_without_verbose_the_log_stays_quiet(tmp_path, capsys):
    assert cli.main(["extract", str(SEED), "--output", str(tmp_path / "a.events.csv")]) == 0
    assert "merge:" not in capsys.readouterr().err


@pytest.mark.render
def test_verbose_render_logs_each_step_with_its_time(tmp_path, capsys):
    out = tmp_path / "report"
    assert (
        cli.main(["--verbose", "render", str(SEED), "--output-dir", str(out), "--formats", "html"])
        == 0
    )
    err = capsys.readouterr().err
    steps = re.findall(r"eventreport\.reporting\.render: render step: (.+), (\d+\.\d\d) s", err)
    names = [name for name, _ in steps]
    assert "execute the notebook (papermill)" in names and "export the HTML (nbconvert)" in names
    assert all(float(seconds) >= 0 for _, seconds in steps)
    assert (out / "report.html").exists()
