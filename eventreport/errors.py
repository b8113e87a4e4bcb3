"""The one exception type users see: a message that names the file, the place and the fix."""

from __future__ import annotations

from pathlib import Path


class DataWarning(UserWarning):
    """Something the data should tell the report's reader (an unknown province or actor, a folded
    export): the report shows these as data notes, and no other warning."""


class EventReportError(Exception):
    """A user-facing failure; the CLI prints its message on one line and exits non-zero."""


SHOWN_PER_KIND = 5
"""How many problems of one kind `InputError.lines` prints before '... and N more like this'."""


class InputError(EventReportError):
    """Bad input: `path` is the file at fault, `problems` the findings; `kinds` groups them (one
    kind per problem)."""

    def __init__(
        self, path: Path | str, problems: list[str] | str, kinds: list[str] | None = None
    ):
        self.path = Path(path)
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        self.kinds = list(kinds) if kinds is not None else list(self.problems)
        joined = "; ".join(self.problems)
        super().__init__(f"{self.path}: {joined}")

    def lines(self, shown: int = SHOWN_PER_KIND) -> list[str]:
        """One line per problem, grouped by kind in order of first appearance, at most `shown` of
        each kind."""
        groups: dict[str, list[str]] = {}
        for kind, problem in zip(self.kinds, self.problems, strict=True):
            groups.setdefault(kind, []).append(problem)
        lines = [
            f"{self.path}: {_count(len(self.problems), 'problem')} of "
            f"{_count(len(groups), 'kind')}"
        ]
        for members in groups.values():
            lines += [f"  {p}" for p in members[:shown]]
            if len(members) > shown:
                lines.append(f"  \u2026 and {len(members) - shown:,} more like this")
        return lines


def _count(n: int, noun: str) -> str:
    """'1 kind', '1,200 problems'."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


class ValidationError(EventReportError):
    """Every problem of an events file and its claims file at once: per file, grouped by kind, one
    per line."""

    def __init__(self, errors: list[InputError]):
        self.errors = [e for e in errors if e.problems]
        self.problems = [f"{e.path}: {p}" for e in self.errors for p in e.problems]
        super().__init__("\n".join(self.lines()))

    def lines(self, shown: int = SHOWN_PER_KIND) -> list[str]:
        """One problem alone on one line; else each file's problems under its name, as
        `InputError.lines`."""
        return (
            self.problems[:1]
            if len(self.problems) == 1
            else [line for e in self.errors for line in e.lines(shown)]
        )


def require_file(path: Path) -> None:
    """Refuse a path that does not exist or is not a regular file, naming it."""
    if not path.exists():
        raise InputError(path, "no such file")
    if not path.is_file():
        raise InputError(path, "not a file (is it a directory?)")
