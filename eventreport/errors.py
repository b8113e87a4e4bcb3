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


class ValidationError(EventReportError):
    """Every problem of an events file and its claims file at once: one line each, each naming its file."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        heading = f"{len(self.problems)} problems in the events data:\n" if len(self.problems) > 1 else ""
        super().__init__(heading + "\n".join(self.problems))


def require_file(path: Path) -> None:
    """Refuse a path that does not exist or is not a regular file, naming it."""
    if not path.exists():
        raise InputError(path, "no such file")
    if not path.is_file():
        raise InputError(path, "not a file (is it a directory?)")
