"""What git holds: a merge finished by hand leaves no conflict markers in any tracked text file."""

import re
import subprocess

from eventreport import config

MARKER = re.compile(r"^(<{7}|>{7})( |$)", re.MULTILINE)


def tracked_text_files() -> list[str]:
    """Every file git tracks, as paths relative to the project root."""
    listed = subprocess.run(
        ["git", "ls-files", "-z"],
        cwd=config.PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return [name for name in listed.stdout.split("\0") if name]


def test_no_tracked_file_holds_a_merge_conflict_marker():
    files = tracked_text_files()
    assert len(files) > 100, "git ls-files listed too few files to be this repository"
    texts = {name: (config.PROJECT_ROOT / name).read_text(errors="replace") for name in files}
    marked = [name for name, text in texts.items() if MARKER.search(text)]
    assert marked == []
