"""`eventreport validate FILE`: exit codes, the success line and one-line errors."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from eventreport import config
from eventreport.cli import main
from eventreport.errors import ValidationError

SEED_ID = "soleimani-baghdad-airport-2020-01-03"
SEED_EVENTS = config.EVENTS_DIR / f"{SEED_ID}.events.csv"
SEED_CLAIMS = config.EVENTS_DIR / f"{SEED_ID}.claims.csv"


@pytest.fixture(autouse=True)
def restore_showwarning(monkeypatch):
    """main() replaces warnings.showwarning; put it back after each test."""
    monkeypatch.setattr(warnings, "showwarning", warnings.showwarning)


def patched_copy(path: Path, target: Path, row: int, **cells: str) -> Path:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields, rows = list(reader.fieldnames), list(reader)
    rows[row].update(cells)
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return target


def assert_one_error_line(err: str, *fragments: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("eventreport: error: ")
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0], f"{fragment!r} not in {lines[0]!r}"
    return lines[0]


def test_validate_seed_file(capsys):
    assert main(["validate", str(SEED_EVENTS)]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == f"{SEED_EVENTS}: 10 events, 5 casualty claims and 6 links are valid"
    assert err == ""


def test_validate_relative_path_starts_at_project_root(capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert main(["validate", f"data/events/{SEED_ID}.events.csv"]) == 0
    out, _ = capsys.readouterr()
    assert "10 events, 5 casualty claims and 6 links are valid" in out
    assert str(SEED_EVENTS) in out


@pytest.mark.slow  # a second sweep of every curated file: test_checks validates each, fast
@pytest.mark.parametrize(
    "events_path",
    sorted(config.EVENTS_DIR.glob("*.events.csv")),
    ids=lambda p: p.name.removesuffix(".events.csv"),
)
def test_validate_every_curated_file(capsys, events_path):
    assert main(["validate", str(events_path)]) == 0
    out, err = capsys.readouterr()
    assert out.rstrip().endswith("links are valid")
    # an admin1 that is no Natural Earth province (Kenya's counties) and an actor name outside our
    # lexicon are said,
    # but they are not errors
    assert all(
        ("is not a province of" in line or "is not in data/lexicons/actors.csv" in line)
        for line in err.splitlines()
    ), err


def test_validate_bad_file(capsys, tmp_path):
    bad = patched_copy(SEED_EVENTS, tmp_path / "bad.events.csv", 3, latitude="95")
    assert main(["validate", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert_one_error_line(err, str(bad), "line 5", "'latitude'", "95")


def test_validate_several_problems_one_per_line(capsys, tmp_path):
    bad = patched_copy(SEED_EVENTS, tmp_path / "bad.events.csv", 3, latitude="95", fatalities="-1")
    assert main(["validate", str(bad)]) == 1
    _, err = capsys.readouterr()
    lines = err.splitlines()
    assert lines[0] == f"eventreport: error: {bad}: 2 problems of 2 kinds"
    assert lines[1].startswith("  line 5, column 'fatalities'") and lines[2].startswith(
        "  line 5, column 'latitude'"
    )
    assert len(lines) == 3


def test_validate_many_problems_are_grouped_by_kind_and_capped(capsys, tmp_path):
    rows = [
        line.split(",", 2) for line in SEED_EVENTS.read_text(encoding="utf-8").splitlines()[1:2]
    ]
    header = SEED_EVENTS.read_text(encoding="utf-8").splitlines()[0]
    body = [f"IRQ-{n:05d},2020-13-{n % 28 + 1:02d},{rows[0][2]}" for n in range(1200)]
    big = tmp_path / "big.events.csv"
    big.write_text("\n".join([header, *body]) + "\n", encoding="utf-8")
    assert main(["validate", str(big)]) == 1
    _, err = capsys.readouterr()
    lines = err.splitlines()
    assert lines[0] == f"eventreport: error: {big}: 1,200 problems of 1 kind"
    assert lines[1].startswith(
        "  line 2, column 'event_date': value '2020-13-01': expected a real date"
    )
    assert [line.split(",")[0] for line in lines[1:6]] == [f"  line {n}" for n in range(2, 7)]
    assert lines[6] == "  \u2026 and 1,195 more like this"
    assert len(lines) == 7 and max(map(len, lines)) < 300


def test_validate_multiline_value_stays_on_its_line(capsys, tmp_path):
    bad = patched_copy(SEED_EVENTS, tmp_path / "bad.events.csv", 3, event_type="Not\na type")
    assert main(["validate", str(bad)]) == 1
    _, err = capsys.readouterr()
    lines = err.splitlines()
    assert lines[0] == f"eventreport: error: {bad}: 2 problems of 2 kinds"
    assert (
        "  line 5, column 'event_type': value 'Not\\na type': expected one of ACLED's 6 event "
        "types" in lines
    )
    assert len(lines) == 3


def test_validate_missing_file(capsys, tmp_path):
    missing = tmp_path / "absent.events.csv"
    assert main(["validate", str(missing)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert_one_error_line(err, str(missing), "no such file")


def test_validate_bad_claims_file_beside_good_events(capsys, tmp_path):
    events = shutil.copy(SEED_EVENTS, tmp_path / "copy.events.csv")
    claims = patched_copy(
        SEED_CLAIMS, tmp_path / "copy.claims.csv", 0, event_id_cnty="IRQ-20990101-99"
    )
    assert main(["validate", str(events)]) == 1
    _, err = capsys.readouterr()
    assert_one_error_line(err, str(claims), "IRQ-20990101-99", "line 2")


def test_validate_without_claims_file_counts_zero_claims(capsys, tmp_path):
    events = Path(shutil.copy(SEED_EVENTS, tmp_path / "alone.events.csv"))
    assert main(["validate", str(events)]) == 0
    out, _ = capsys.readouterr()
    assert out.strip() == f"{events}: 10 events, 0 casualty claims and 0 links are valid"


def test_validate_unknown_column_warns_on_stderr(capsys, tmp_path):
    lines = SEED_EVENTS.read_text(encoding="utf-8").splitlines()
    lines = [lines[0] + ",my_extra"] + [line + ",x" for line in lines[1:]]
    events = tmp_path / "extra.events.csv"
    events.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["validate", str(events)]) == 0
    out, err = capsys.readouterr()
    assert "10 events" in out
    assert err.startswith("warning: ") and "my_extra" in err
    assert "Traceback" not in err


def test_debug_shows_the_exception(tmp_path):
    bad = patched_copy(SEED_EVENTS, tmp_path / "bad.events.csv", 3, latitude="95")
    with pytest.raises(ValidationError, match="line 5"):
        main(["--debug", "validate", str(bad)])


def test_missing_argument_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as info:
        main(["validate"])
    assert info.value.code == 2
    assert "usage:" in capsys.readouterr().err


@pytest.mark.slow  # a real console-script subprocess
def test_console_run_of_a_bad_file(tmp_path):
    """End to end in a fresh interpreter: exit status 1, one line on stderr, nothing on stdout."""
    bad = patched_copy(SEED_EVENTS, tmp_path / "bad.events.csv", 6, event_date="2020-02-30")
    result = subprocess.run(
        [sys.executable, "-m", "eventreport.cli", "validate", str(bad)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert_one_error_line(result.stderr, str(bad), "line 8", "'event_date'", "2020-02-30")
