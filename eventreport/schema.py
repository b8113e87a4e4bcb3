"""Stage 2, the event data: one definition of the events, claims and links tables, and their
loaders.

An events file is ACLED's export format plus `x_` columns; a real ACLED export (dates like
`03 January 2020`, inter codes as labels, no `x_` columns) loads through the same function.
Every bad cell of a file is reported at once, each with its line, column, value and what
was expected.
"""

from __future__ import annotations

import csv
import re
import warnings
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd
import pandera.pandas as pa

from . import acled, reference
from .csvfiles import restore
from .errors import DataWarning, InputError, require_file

ACLED_COLUMNS: list[str] = (
    "event_id_cnty event_date time_precision disorder_type event_type sub_event_type actor1 "
    "assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region "
    "country admin1 admin2 admin3 location latitude longitude geo_precision source source_scale "
    "notes fatalities tags timestamp"
).split()
EXTENSION_COLUMNS: list[str] = (
    "x_fatalities_low x_fatalities_high x_injuries_low x_injuries_high x_cameo_code x_goldstein "
    "x_date_raw x_location_raw x_evidence x_article_id x_cameo_source"
).split()
CAMEO_SOURCES: tuple[str, ...] = ("coded", "derived")
"""`x_cameo_source`: the file gives the CAMEO code, or it is derived from the sub-event type
(reference table)."""
EVENT_COLUMNS: list[str] = ACLED_COLUMNS + EXTENSION_COLUMNS
REQUIRED_EVENT_COLUMNS: list[str] = (
    "event_id_cnty event_date time_precision event_type sub_event_type actor1 country location "
    "latitude longitude geo_precision fatalities"
).split()
CLAIM_COLUMNS: list[str] = [
    "event_id_cnty",
    "claimant",
    "metric",
    "low",
    "high",
    "qualifier",
    "quote",
    "victim_group",
]
CLAIM_METRICS: tuple[str, ...] = ("killed", "injured", "missing")
VICTIM_GROUPS: tuple[str, ...] = ("civilians", "state_forces", "armed_group", "unknown")
"""Who the people counted were (UCDP GED: deaths_civilians, deaths_a / deaths_b by side,
deaths_unknown); blank = unknown."""
LINK_COLUMNS: list[str] = [
    "from_event",
    "to_event",
    "relation",
    "cue",
    "quote",
    "asserted_by",
    "stance",
]
REQUIRED_LINK_COLUMNS: list[str] = LINK_COLUMNS[:6]
"""`stance` is optional in a file: blank or absent means the party asserts the link."""
ARTICLE_VOICE = "article"
"""`asserted_by` of a link the article states in its own voice."""
ASSERTED, DENIED = "asserted", "denied"
LINK_STANCES: tuple[str, ...] = (ASSERTED, DENIED)
"""`stance` of a link row: `asserted_by` claims the link, or denies it ("Iran denied ...")."""

INTEGER_COLUMNS = (
    "time_precision inter1 inter2 interaction iso geo_precision fatalities timestamp "
    "x_fatalities_low x_fatalities_high x_injuries_low x_injuries_high"
).split()
FLOAT_COLUMNS = ["latitude", "longitude", "x_goldstein"]
DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y")
UNDATED_PRECISION = 3
"""The time precision of an event whose source states no date: its event_date is empty."""
RANGE_PAIRS = (("x_fatalities_low", "x_fatalities_high"), ("x_injuries_low", "x_injuries_high"))


@dataclass(frozen=True)
class Problem:
    """One bad cell (or row, or file): where it is and what was expected."""

    line: int | None
    column: str | None
    value: object
    expected: str

    def __str__(self) -> str:
        where = [
            f"line {self.line}" if self.line is not None else None,
            f"column '{self.column}'" if self.column else None,
        ]
        place = ", ".join(w for w in where if w)
        shown = "" if self.value is None else f" value {str(self.value)[:80]!r}:"
        return (
            f"{place}:{shown} expected {self.expected}"
            if place
            else f"{shown} expected {self.expected}".strip()
        )

    @property
    def kind(self) -> str:
        """What is wrong regardless of the line and value, so that problems can be grouped."""
        return (
            f"column {self.column!r}: expected "
            f"{re.sub(r' [(]event .*[)]$', '', self.expected).split(':')[0]}"
        )


def _int_check(low: int, high: int | None = None) -> pa.Check:
    """A range check whose failure message says what is allowed."""
    if high is None:
        return pa.Check.ge(low, error=f"a whole number >= {low}")
    return pa.Check.in_range(low, high, error=f"a whole number from {low} to {high}")


def _one_of(values: list[str], what: str) -> pa.Check:
    """A set-membership check whose failure message names the value set."""
    return pa.Check.isin(values, error=f"one of {what}")


@cache
def events_schema() -> pa.DataFrameSchema:
    """The events table: ACLED columns with ACLED's value sets, plus the x_ extensions."""
    tax = reference.taxonomy()
    text = {name: pa.Column("string", nullable=True) for name in EVENT_COLUMNS}
    typed = {
        "event_id_cnty": pa.Column(
            "string", pa.Check.str_length(1, 64, error="a non-empty id"), unique=True
        ),
        "event_date": pa.Column("datetime64[ns]", nullable=True),
        "time_precision": pa.Column("Int64", _int_check(1, 3)),
        "disorder_type": pa.Column(
            "string", _one_of(sorted(tax["disorder_type"].unique()), "ACLED's disorder types")
        ),
        "event_type": pa.Column(
            "string", _one_of(sorted(tax["event_type"].unique()), "ACLED's 6 event types")
        ),
        "sub_event_type": pa.Column(
            "string", _one_of(sorted(tax["sub_event_type"]), "ACLED's 25 sub-event types")
        ),
        "actor1": pa.Column("string", pa.Check.str_length(1, None, error="a named actor")),
        "inter1": pa.Column("Int64", _int_check(0, 8)),
        "inter2": pa.Column("Int64", _int_check(0, 8), nullable=True),
        "interaction": pa.Column("Int64", _int_check(0, 88), nullable=True),
        "iso": pa.Column("Int64", _int_check(0, 999), nullable=True),
        "latitude": pa.Column(
            "Float64", pa.Check.in_range(-90, 90, error="a latitude from -90 to 90"), nullable=True
        ),
        "longitude": pa.Column(
            "Float64",
            pa.Check.in_range(-180, 180, error="a longitude from -180 to 180"),
            nullable=True,
        ),
        "geo_precision": pa.Column("Int64", _int_check(1, 3), nullable=True),
        "fatalities": pa.Column("Int64", _int_check(0)),
        "timestamp": pa.Column("Int64", _int_check(0), nullable=True),
        "x_goldstein": pa.Column(
            "Float64",
            pa.Check.in_range(-10, 10, error="a Goldstein score from -10 to 10"),
            nullable=True,
        ),
        "x_cameo_code": pa.Column(
            "string",
            pa.Check.str_matches(r"^\d{2,4}$", error="a CAMEO code of 2 to 4 digits"),
            nullable=True,
        ),
        "x_cameo_source": pa.Column(
            "string", _one_of(list(CAMEO_SOURCES), "coded, derived"), nullable=True
        ),
        **{
            name: pa.Column("Int64", _int_check(0), nullable=True)
            for pair in RANGE_PAIRS
            for name in pair
        },
    }
    return pa.DataFrameSchema(
        {**text, **typed},
        checks=[
            pa.Check(
                _sub_type_matches_type,
                error="a sub_event_type that belongs to the row's event_type",
            ),
            pa.Check(
                _disorder_matches_sub_type,
                error="the disorder_type ACLED gives the row's sub_event_type",
            ),
            pa.Check(
                _interaction_matches_inter,
                error="an interaction made of inter1 and inter2, lower first",
            ),
            *[
                pa.Check(_range_ordered(low, high), error=f"{low} <= {high}")
                for low, high in RANGE_PAIRS
            ],
        ],
        strict=False,
        ordered=False,
    )


def claims_schema(event_ids: list[str]) -> pa.DataFrameSchema:
    """The casualty-claims table; every claim must name an event of the events file."""
    return pa.DataFrameSchema(
        {
            "event_id_cnty": pa.Column(
                "string", _one_of(event_ids, "the event ids of the events file")
            ),
            "claimant": pa.Column(
                "string", pa.Check.str_length(1, None, error="a named claimant")
            ),
            "metric": pa.Column("string", _one_of(list(CLAIM_METRICS), ", ".join(CLAIM_METRICS))),
            "low": pa.Column("Int64", _int_check(0)),
            "high": pa.Column("Int64", _int_check(0), nullable=True),
            "qualifier": pa.Column("string", nullable=True),
            "quote": pa.Column(
                "string", pa.Check.str_length(1, None, error="the quoted words behind the figure")
            ),
            "victim_group": pa.Column(
                "string", _one_of(list(VICTIM_GROUPS), ", ".join(VICTIM_GROUPS) + " or empty")
            ),
        },
        checks=[pa.Check(_range_ordered("low", "high"), error="low <= high")],
        strict=False,
    )


def links_schema(event_ids: list[str]) -> pa.DataFrameSchema:
    """The links table: which event answers which; both ends must be events of the events file."""
    ends = _one_of(event_ids, "the event ids of the events file")
    relations = list(reference.link_relations().index)
    return pa.DataFrameSchema(
        {
            "from_event": pa.Column("string", ends),
            "to_event": pa.Column("string", ends),
            "relation": pa.Column("string", _one_of(relations, ", ".join(relations))),
            "cue": pa.Column(
                "string",
                pa.Check.str_length(1, None, error="the article's words that state the link"),
            ),
            "quote": pa.Column(
                "string", pa.Check.str_length(1, None, error="the sentence that states the link")
            ),
            "asserted_by": pa.Column(
                "string",
                pa.Check.str_length(
                    1, None, error=f"'{ARTICLE_VOICE}' or the party that claims the link"
                ),
            ),
            "stance": pa.Column("string", _one_of(list(LINK_STANCES), ", ".join(LINK_STANCES))),
        },
        strict=False,
    )


def load_events(path: Path) -> pd.DataFrame:
    """Read and validate an events file (ours or an ACLED export); raise InputError listing every
    bad cell."""
    raw = acled.normalise(read_csv_text(path), path)
    problems = _missing_columns(raw, REQUIRED_EVENT_COLUMNS)
    if problems:
        raise InputError(path, [str(p) for p in problems])
    _warn_unknown_columns(path, raw, EVENT_COLUMNS + acled.ADDED_COLUMNS)
    frame, problems = _coerce_events(raw)
    problems += _schema_problems(events_schema(), frame)
    _raise_if(path, _as_typed(problems, raw))
    return frame[EVENT_COLUMNS + [c for c in frame.columns if c not in EVENT_COLUMNS]]


def load_claims(path: Path, events: pd.DataFrame) -> pd.DataFrame:
    """Read and validate the claims file beside an events file; a missing file means no claims."""
    if not path.exists():
        return empty_claims()
    raw = read_csv_text(path, allow_header_only=True)
    problems = _missing_columns(raw, ["event_id_cnty", "claimant", "metric", "low", "quote"])
    if problems:
        raise InputError(path, [str(p) for p in problems])
    frame = raw.reindex(columns=CLAIM_COLUMNS).astype("string").replace("", pd.NA)
    frame["victim_group"] = frame["victim_group"].fillna("unknown")
    frame, problems = _coerce(frame, ints=["low", "high"], floats=[])
    problems += _schema_problems(claims_schema(events["event_id_cnty"].tolist()), frame)
    _raise_if(path, _as_typed(problems, raw))
    return frame


def load_links(path: Path, events: pd.DataFrame) -> pd.DataFrame:
    """Read and validate the links file beside an events file; a missing file means the article
    states no link."""
    if not path.exists():
        return empty_links()
    raw = read_csv_text(path, allow_header_only=True)
    problems = _missing_columns(raw, REQUIRED_LINK_COLUMNS)
    if problems:
        raise InputError(path, [str(p) for p in problems])
    _warn_unknown_columns(path, raw, LINK_COLUMNS)
    frame = raw.reindex(columns=LINK_COLUMNS).astype("string").replace("", pd.NA)
    frame["stance"] = frame["stance"].fillna(ASSERTED)
    problems = _schema_problems(
        links_schema(events["event_id_cnty"].tolist()), frame
    ) + _link_order_problems(frame, events)
    _raise_if(path, problems)
    return frame


def _link_order_problems(links: pd.DataFrame, events: pd.DataFrame) -> list[Problem]:
    """A link joins two different events, the earlier act first, and is stated once."""
    dates = events.set_index("event_id_cnty")["event_date"]
    problems = []
    for line, row in links.iterrows():
        start, end = row["from_event"], row["to_event"]
        if pd.notna(start) and start == end:
            problems.append(
                Problem(
                    line,
                    "to_event",
                    end,
                    "an event other than from_event (a link joins two events)",
                )
            )
        elif start in dates.index and end in dates.index and dates[end] < dates[start]:
            problems.append(
                Problem(
                    line,
                    "to_event",
                    end,
                    f"an event no earlier than from_event {start} "
                    f"({dates[start]:%Y-%m-%d}); this one is dated {dates[end]:%Y-%m-%d}: "
                    "from_event is the earlier act, to_event the one that answers it",
                )
            )
    repeated = links.duplicated(keep="first") & links.notna().all(axis=1)
    problems += [
        Problem(line, None, None, "a link stated once (this row repeats an earlier one)")
        for line in links.index[repeated]
    ]
    return problems


def empty_links() -> pd.DataFrame:
    """A links table with no rows."""
    return pd.DataFrame({c: pd.Series(dtype="string") for c in LINK_COLUMNS})


def empty_claims() -> pd.DataFrame:
    """A claims table with no rows and the right dtypes (`victim_group` is optional in a file,
    always here)."""
    return pd.DataFrame(
        {c: pd.Series(dtype="Int64" if c in ("low", "high") else "string") for c in CLAIM_COLUMNS}
    )


def read_csv_text(path: Path, allow_header_only: bool = False) -> pd.DataFrame:
    """Read a CSV as text cells (comma or semicolon, BOM tolerated), with line numbers kept."""
    require_file(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            path, f"byte {exc.start} is not UTF-8: save the file as UTF-8 CSV"
        ) from None
    if not text.strip():
        raise InputError(path, "the file is empty; expected a header row and at least one event")
    header = text.splitlines()[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    try:
        frame = pd.read_csv(
            path, sep=delimiter, dtype="string", keep_default_na=False, encoding="utf-8-sig"
        )
    except (pd.errors.ParserError, csv.Error) as exc:
        raise InputError(path, f"not a readable CSV: {exc}") from None
    if frame.empty and not allow_header_only:
        raise InputError(path, "the file has a header but no rows; expected at least one event")
    frame.columns = [str(c).strip() for c in frame.columns]
    frame.index = _csv_line_numbers(path, delimiter, len(frame))
    return _clean_cells(frame)


CLEAN_CELL = np.frompyfunc(
    lambda cell: restore(cell).strip() if isinstance(cell, str) else cell, 1, 1
)
"""A cell with the guard of `csvfiles.write_csv` removed and the blanks around it stripped."""


def _clean_cells(frame: pd.DataFrame) -> pd.DataFrame:
    """Every cell through CLEAN_CELL in one pass: on a file of a few rows, a pass per column (two
    pandas string operations each) cost more than reading the file."""
    cells = CLEAN_CELL(frame.to_numpy(dtype=object))
    return pd.DataFrame(cells, index=frame.index, columns=frame.columns, dtype="string")


def _csv_line_numbers(path: Path, delimiter: str, rows: int) -> pd.Index:
    """The file line each record starts on, so errors point at the line an editor shows."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        next(reader, None)
        starts, line = [], reader.line_num + 1
        for row in reader:
            if row:  # pandas skips blank lines; so must the count
                starts.append(line)
            line = reader.line_num + 1
    return pd.Index(starts[:rows] if len(starts) >= rows else range(2, rows + 2), name="line")


def _missing_columns(raw: pd.DataFrame, required: list[str]) -> list[Problem]:
    """One problem per required column the header lacks."""
    return [
        Problem(1, c, None, "this column in the header row")
        for c in required
        if c not in raw.columns
    ]


def _warn_unknown_columns(path: Path, raw: pd.DataFrame, known: list[str]) -> None:
    """Columns we do not know are kept, and said once."""
    unknown = [c for c in raw.columns if c not in known]
    if unknown:
        warnings.warn(
            f"{path}: columns kept but not used: {', '.join(unknown)}", DataWarning, stacklevel=3
        )


def _coerce_events(raw: pd.DataFrame) -> tuple[pd.DataFrame, list[Problem]]:
    """Turn text cells into typed columns, filling what ACLED exports leave out."""
    frame = raw.reindex(columns=list(dict.fromkeys(EVENT_COLUMNS + list(raw.columns))))
    frame = frame.astype({c: "string" for c in EVENT_COLUMNS}).replace("", pd.NA)
    problems = _inter_labels_to_codes(frame)
    frame["interaction"] = frame["interaction"].where(
        frame["interaction"].str.fullmatch(r"\d+").fillna(False), pd.NA
    )
    frame, coerce_problems = _coerce(frame, ints=INTEGER_COLUMNS, floats=FLOAT_COLUMNS)
    problems += coerce_problems
    empty = frame["event_date"].isna()
    frame["event_date"], date_problems = _parse_dates(frame["event_date"])
    problems += date_problems + _undated_problems(frame, empty)
    _fill_derived(frame)
    return frame, problems


def _inter_labels_to_codes(frame: pd.DataFrame) -> list[Problem]:
    """Accept ACLED inter codes as numbers or as labels ('State forces'); labels become codes."""
    problems = []
    for column in ("inter1", "inter2"):
        cells = frame[column].fillna("")
        labels = cells[(cells != "") & ~cells.str.fullmatch(r"\d+")]
        codes = labels.map(reference.inter_code_for_label)
        for line, value in labels[codes.isna()].items():
            problems.append(
                Problem(line, column, value, "an ACLED actor type code 0-8 or its label")
            )
        frame.loc[codes.dropna().index, column] = codes.dropna().astype(int).astype(str)
    return problems


def _coerce(
    frame: pd.DataFrame, ints: list[str], floats: list[str]
) -> tuple[pd.DataFrame, list[Problem]]:
    """Parse numeric text columns; a non-empty cell that does not parse is a problem.

    The columns are parsed as one stacked series (column after column), so a file of a few rows
    costs a handful of pandas operations rather than a dozen per column."""
    columns = ints + floats
    rows = len(frame)
    cells = frame[columns].astype("string").to_numpy(dtype=object).ravel(order="F")
    text = pd.Series(cells, dtype="string").str.strip().replace("", pd.NA)
    numbers = pd.to_numeric(text, errors="coerce").astype("Float64")
    whole = np.repeat([column in ints for column in columns], rows)
    fractional = (numbers.notna() & (numbers.round() != numbers)).fillna(False) & whole
    bad = (text.notna() & numbers.isna()) | fractional
    numbers = numbers.mask(fractional)
    problems = [
        Problem(
            frame.index[position % rows],
            columns[position // rows],
            text.iloc[position],
            "a whole number" if whole[position] else "a number",
        )
        for position in np.flatnonzero(bad.to_numpy())
    ]
    parsed = {
        column: pd.Series(
            numbers.iloc[i * rows : (i + 1) * rows].to_numpy(), index=frame.index
        ).astype("Int64" if column in ints else "Float64")
        for i, column in enumerate(columns)
    }
    return frame.assign(**parsed), problems


def _parse_dates(text: pd.Series) -> tuple[pd.Series, list[Problem]]:
    """Dates as YYYY-MM-DD or ACLED's '03 January 2020'; anything else, or no such day, is a
    problem."""
    parsed = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns]")
    for fmt in DATE_FORMATS:
        missing = parsed.isna()
        parsed[missing] = pd.to_datetime(text[missing], format=fmt, errors="coerce")
    bad = parsed.isna() & text.notna()
    problems = [
        Problem(line, "event_date", value, _date_expected(value))
        for line, value in text[bad].fillna("").items()
    ]
    return parsed, problems


def _undated_problems(frame: pd.DataFrame, empty: pd.Series) -> list[Problem]:
    """An empty event_date means the source states no date (a drafted event told without one); it
    must say so with
    ACLED's coarsest time precision, 3."""
    wrong = empty & frame["time_precision"].ne(UNDATED_PRECISION).fillna(True)
    return [
        Problem(
            line,
            "event_date",
            "",
            f"a date, or time_precision {UNDATED_PRECISION} for an event whose date is not stated",
        )
        for line in frame.index[wrong]
    ]


def _date_expected(value: str) -> str:
    """What a bad date should be; a date whose day and month cannot be told apart says how to
    re-export."""
    return acled.ambiguity(value) or "a real date as YYYY-MM-DD or as '03 January 2020'"


def _fill_derived(frame: pd.DataFrame) -> None:
    """Fill what follows from other columns when a file leaves it empty (ACLED exports lack x_
    columns)."""
    tax = reference.taxonomy().set_index("sub_event_type")["disorder_type"]
    frame["disorder_type"] = (
        frame["disorder_type"].fillna(frame["sub_event_type"].map(tax)).astype("string")
    )
    frame["inter2"] = frame["inter2"].fillna(0)
    frame["interaction"] = frame["interaction"].fillna(
        _interaction(frame["inter1"], frame["inter2"])
    )
    cameo = reference.cameo_codes()["goldstein"]
    frame["x_cameo_code"] = frame["x_cameo_code"].str.zfill(3)
    frame["x_cameo_source"] = frame["x_cameo_source"].fillna(
        frame["x_cameo_code"].notna().map({True: "coded", False: pd.NA})
    )
    derived = frame["x_cameo_code"].isna()
    frame.loc[derived, "x_cameo_code"] = frame.loc[derived, "sub_event_type"].map(
        reference.sub_event_cameo()
    )
    frame.loc[derived & frame["x_cameo_code"].notna(), "x_cameo_source"] = "derived"
    frame["x_goldstein"] = frame["x_goldstein"].fillna(
        frame["x_cameo_code"].map(cameo).astype("Float64")
    )


def _interaction(inter1: pd.Series, inter2: pd.Series) -> pd.Series:
    """ACLED's interaction code: the two actor types, lower first; one actor gives `x0`."""
    low = pd.concat([inter1, inter2], axis=1).min(axis=1)
    high = pd.concat([inter1, inter2], axis=1).max(axis=1)
    return (low * 10 + high).where(inter2 > 0, inter1 * 10).astype("Int64")


def _sub_type_matches_type(frame: pd.DataFrame) -> pd.Series:
    """Row check: the (event_type, sub_event_type) pair is one of ACLED's 25."""
    pairs = set(
        reference.taxonomy()[["event_type", "sub_event_type"]].itertuples(index=False, name=None)
    )
    return pd.Series(
        [p in pairs for p in zip(frame["event_type"], frame["sub_event_type"], strict=True)],
        index=frame.index,
    )


def _disorder_matches_sub_type(frame: pd.DataFrame) -> pd.Series:
    """Row check: disorder_type is the one ACLED gives the sub-event type."""
    tax = reference.taxonomy().set_index("sub_event_type")["disorder_type"]
    expected = frame["sub_event_type"].map(tax)
    return (expected.isna() | (frame["disorder_type"] == expected)).fillna(False).astype(bool)


def _interaction_matches_inter(frame: pd.DataFrame) -> pd.Series:
    """Row check: interaction is consistent with inter1 and inter2."""
    expected = _interaction(frame["inter1"], frame["inter2"])
    return (frame["interaction"] == expected).fillna(True).astype(bool)


def _range_ordered(low: str, high: str):
    """Row check factory: low <= high where both are given."""

    def check(frame: pd.DataFrame) -> pd.Series:
        return (frame[low] <= frame[high]).fillna(True).astype(bool)

    return check


def _schema_problems(schema: pa.DataFrameSchema, frame: pd.DataFrame) -> list[Problem]:
    """Run pandera lazily and turn each failure case into a Problem with its line."""
    try:
        schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        return [
            _problem_from_case(case, frame, schema)
            for case in exc.failure_cases.to_dict("records")
        ]
    return []


def _problem_from_case(case: dict, frame: pd.DataFrame, schema: pa.DataFrameSchema) -> Problem:
    """One pandera failure case as a Problem; wide (row) checks name the row's id."""
    line = case.get("index")
    line = None if pd.isna(line) else int(line)
    column = case.get("column")
    expected = str(case.get("check"))
    if (
        case.get("schema_context") == "DataFrameSchema"
        and line is not None
        and "event_id_cnty" in frame
    ):
        column, value, expected = (
            None,
            None,
            f"{expected} (event {frame.at[line, 'event_id_cnty']})",
        )
    else:
        value = case.get("failure_case")
    if expected.startswith("field_uniqueness") or "unique" in expected:
        expected = "a value no other row has"
    if expected.startswith("not_nullable"):
        checks = schema.columns[column].checks if column in schema.columns else []
        expected = "a value (the cell is empty)" + (
            f": {checks[0].error}" if checks and checks[0].error else ""
        )
        value = None
    return Problem(line, column if isinstance(column, str) else None, value, expected)


def _as_typed(problems: list[Problem], raw: pd.DataFrame) -> list[Problem]:
    """Show each bad value as the file has it ('95', not the parsed 95.0)."""

    def typed(p: Problem) -> Problem:
        if p.value is None or p.line not in raw.index or p.column not in raw.columns:
            return p
        return Problem(p.line, p.column, raw.at[p.line, p.column], p.expected)

    return [typed(p) for p in problems]


def _raise_if(path: Path, problems: list[Problem]) -> None:
    """Raise one InputError listing every problem, in file order."""
    unparsed = {(p.line, p.column) for p in problems if p.value is not None}
    problems = [p for p in problems if p.value is not None or (p.line, p.column) not in unparsed]
    if problems:
        ordered = list(
            dict.fromkeys(sorted(problems, key=lambda p: (p.line or 0, p.column or "")))
        )
        raise InputError(path, [str(p) for p in ordered], [p.kind for p in ordered])
