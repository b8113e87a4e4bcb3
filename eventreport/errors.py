"""The one exception type users see: a message that names the file, the place and the fix."""

from __future__ import annotations

from pathlib import Path


class EventReportError(Exception):
    """A user-facing failure; the CLI prints its message on one line and exits non-zero."""


class InputError(EventReportError):
    """Bad input: `path` is the file at fault, `problems` the findings, one per line."""

    def __init__(self, path: Path | str, problems: list[str] | str):
        self.path = Path(path)
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        joined = "; ".join(self.problems)
        super().__init__(f"{self.path}: {joined}")
