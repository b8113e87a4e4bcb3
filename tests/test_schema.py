"""Stage 2: the events and claims tables, their loaders and every way a file can be bad."""

from __future__ import annotations

import csv
import io
import warnings
from pathlib import Path

import pandas as pd
import pytest

from eventreport import config, reference, schema
from eventreport.errors import InputError

SEED_ID = "soleimani-baghdad-airport-2020-01-03"
SEED_EVENTS = config.EVENTS_DIR / f"{SEED_ID}.events.csv"
SEED_CLAIMS = config.EVENTS_DIR / f"{SEED_ID}.claims.csv"
CURATED_EVENTS = sorted(config.EVENTS_DIR.glob("*.events.csv"))


# --------------------------------------------------------------------------- helpers


def read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """The header and the rows of a CSV as plain text."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), [dict(row) for row in reader]


def csv_text(fields: list[str], rows: list[dict[str, str]], delimiter: str = ",") -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, delimiter=delimiter, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def write_csv(
    path: Path, fields: list[str], rows: list[dict[str, str]], delimiter: str = ","
) -> Path:
    path.write_text(csv_text(fields, rows, delimiter), encoding="utf-8")
    return path


def load_error(path: Path, loader=schema.load_events, *args) -> str:
    """Load `path`, expect an InputError for that file, return its message."""
    with pytest.raises(InputError) as info:
        loader(path, *args)
    assert info.value.path == path
    message = str(info.value)
    assert str(path) in message
    return message


@pytest.fixture(scope="module")
def seed_events() -> pd.DataFrame:
    return schema.load_events(SEED_EVENTS)


@pytest.fixture(scope="module")
def seed_table() -> tuple[list[str], list[dict[str, str]]]:
    return read_rows(SEED_EVENTS)


@pytest.fixture
def patched_events(tmp_path, seed_table):
    """Write the seed events with some cells changed: patched_events({row_index: {column:
    value}})."""

    def make(patches: dict[int, dict[str, str]], name: str = "patched.events.csv") -> Path:
        fields, rows = seed_table
        rows = [dict(r) for r in rows]
        for index, patch in patches.items():
            rows[index].update(patch)
        return write_csv(tmp_path / name, fields, rows)

    return make


# --------------------------------------------------------------------------- the seed file


def test_seed_events_dtypes(seed_events):
    dtypes = seed_events.dtypes
    assert pd.api.types.is_datetime64_dtype(dtypes["event_date"])
    for column in schema.INTEGER_COLUMNS:
        assert dtypes[column] == "Int64", column
    for column in ("latitude", "longitude", "x_goldstein"):
        assert dtypes[column] == "Float64", column
    for column in ("event_id_cnty", "event_type", "location", "x_cameo_code"):
        assert pd.api.types.is_string_dtype(dtypes[column]), column
    assert list(seed_events.columns) == schema.EVENT_COLUMNS


def test_seed_events_content(seed_events):
    events = seed_events.set_index("event_id_cnty")
    assert len(seed_events) == 10
    assert seed_events["event_id_cnty"].is_unique
    # the index carries the CSV line each row came from (header is line 1)
    assert seed_events.index.name == "line"
    assert seed_events.index.tolist() == list(range(2, 12))

    strike = events.loc["IRQ-20200103-01"]
    assert strike["fatalities"] == 8
    assert strike["event_date"] == pd.Timestamp("2020-01-03")
    assert strike["location"] == "Baghdad International Airport"
    assert strike["interaction"] == 88

    western = events.loc["IRQ-20191229-01"]
    assert western["fatalities"] == 25
    assert western["x_injuries_low"] == 50
    assert pd.isna(western["x_injuries_high"])
    assert western["geo_precision"] == 3
    assert western["latitude"] == pytest.approx(33.37)
    assert western["longitude"] == pytest.approx(41.81)


def test_seed_cameo_codes_are_zero_padded_text(seed_events):
    events = seed_events.set_index("event_id_cnty")
    assert events.at["USA-20191229-01", "x_cameo_code"] == "015"
    assert events.at["USA-20200103-03", "x_cameo_code"] == "017"
    assert events.at["IRQ-20200103-01", "x_cameo_code"] == "195"
    assert events.at["IRQ-20200103-01", "x_goldstein"] == -10.0
    assert seed_events["x_cameo_code"].str.fullmatch(r"\d{3,4}").all()


def test_seed_claims_load(seed_events):
    claims = schema.load_claims(SEED_CLAIMS, seed_events)
    assert len(claims) == 5
    assert claims["low"].dtype == "Int64" and claims["high"].dtype == "Int64"
    injured = claims[claims["metric"] == "injured"].iloc[0]
    assert injured["event_id_cnty"] == "IRQ-20191229-01"
    assert injured["low"] == 50 and pd.isna(injured["high"])
    assert injured["qualifier"] == "more than"
    strike = claims[claims["event_id_cnty"] == "IRQ-20200103-01"]
    assert sorted(strike["claimant"]) == ["IRGC via Press TV", "PMF", "unattributed"]


@pytest.mark.slow  # a second sweep of every curated file: test_checks validates each, fast
@pytest.mark.parametrize(
    "events_path", CURATED_EVENTS, ids=lambda p: p.name.removesuffix(".events.csv")
)
def test_curated_events_files_validate(events_path):
    article_id = events_path.name.removesuffix(config.EVENTS_SUFFIX)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no unknown columns in curated files
        events = schema.load_events(events_path)
    assert len(events) >= 1
    assert set(events["x_article_id"]) == {article_id}
    assert (config.ARTICLES_DIR / f"{article_id}.txt").is_file()
    claims = schema.load_claims(config.claims_path_for(events_path), events)
    assert set(claims["event_id_cnty"]) <= set(events["event_id_cnty"])


def test_curated_set_is_not_empty():
    assert SEED_EVENTS in CURATED_EVENTS
    assert len(CURATED_EVENTS) >= 2


# --------------------------------------------------------------------------- a real ACLED export


def _acled_row(**cells: str) -> dict[str, str]:
    base = dict(
        event_date="03 January 2020",
        time_precision="1",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        actor1="Military Forces of the United States (2017-2021)",
        assoc_actor_1="",
        inter1="External/Other forces",
        actor2="Kataib Hezbollah",
        assoc_actor_2="",
        inter2="Political militia",
        interaction="",
        civilian_targeting="",
        iso="368",
        region="Middle East",
        country="Iraq",
        admin1="Baghdad",
        admin2="",
        admin3="",
        location="Baghdad International Airport",
        latitude="33.2625",
        longitude="44.2346",
        geo_precision="1",
        source="Reuters",
        source_scale="International",
        notes="Air strike near the airport.",
        fatalities="8",
        tags="",
        timestamp="1578000000",
    )
    base.update(cells)
    return base


@pytest.fixture
def acled_export(tmp_path) -> Path:
    """ACLED's 30 columns without disorder_type, labels for inter codes, text dates, no x_
    columns."""
    fields = [c for c in schema.ACLED_COLUMNS if c != "disorder_type"]
    assert len(fields) == 29
    rows = [
        _acled_row(event_id_cnty="IRQ1"),
        _acled_row(
            event_id_cnty="IRQ2",
            event_date="31 December 2019",
            event_type="Riots",
            sub_event_type="Violent demonstration",
            actor1="Rioters (Iraq)",
            inter1="Rioters",
            actor2="",
            inter2="",
            fatalities="0",
        ),
        _acled_row(
            event_id_cnty="IRQ3",
            event_date="29 December 2019",
            event_type="Battles",
            sub_event_type="Armed clash",
            actor1="Military Forces of Iraq (2018-2022)",
            inter1="State forces",
            actor2="Islamic State (Iraq)",
            inter2="Rebel group",
            interaction="State forces-Rebel group",
            fatalities="3",
        ),
        _acled_row(
            event_id_cnty="IRQ4",
            event_date="01 January 2020",
            event_type="Protests",
            sub_event_type="Excessive force against protesters",
            actor1="Police Forces of Iraq (2018-2022)",
            inter1="State forces",
            actor2="Protesters (Iraq)",
            inter2="Protesters",
            fatalities="1",
        ),
    ]
    return write_csv(tmp_path / "acled_export.csv", fields, rows)


def test_acled_export_loads_with_codes_and_derived_columns(acled_export):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        events = schema.load_events(acled_export).set_index("event_id_cnty")
    assert events["event_date"].tolist() == [
        pd.Timestamp("2020-01-03"),
        pd.Timestamp("2019-12-31"),
        pd.Timestamp("2019-12-29"),
        pd.Timestamp("2020-01-01"),
    ]
    assert events["inter1"].dtype == "Int64" and events["inter2"].dtype == "Int64"
    assert events["inter1"].tolist() == [8, 5, 1, 1]
    assert events["inter2"].tolist() == [3, 0, 2, 6]
    # lower code first; a single actor gives x0; a text interaction is replaced by the code
    assert events["interaction"].tolist() == [38, 50, 12, 16]
    assert events["disorder_type"].tolist() == [
        "Political violence",
        "Demonstrations",
        "Political violence",
        "Political violence; Demonstrations",
    ]


DERIVED = ("x_cameo_code", "x_goldstein", "x_cameo_source")


def test_acled_export_has_empty_extension_columns_but_derived_cameo(acled_export):
    events = schema.load_events(acled_export)
    assert list(events.columns) == schema.EVENT_COLUMNS
    for column in set(schema.EXTENSION_COLUMNS) - set(DERIVED):
        assert events[column].isna().all(), column
    assert events["fatalities"].tolist() == [8, 0, 3, 1]
    # no CAMEO code in an ACLED export: the nearest one for the sub-event type, marked as derived
    assert events["x_cameo_code"].tolist() == ["195", "145", "190", "175"]
    assert events["x_goldstein"].tolist() == [-10.0, -7.5, -10.0, -9.0]
    assert set(events["x_cameo_source"]) == {"derived"}


def test_sub_event_cameo_table_covers_the_taxonomy_with_known_codes():
    table = pd.read_csv(config.SUB_EVENT_CAMEO_CSV, dtype="string", keep_default_na=False)
    assert sorted(table["sub_event_type"]) == sorted(reference.taxonomy()["sub_event_type"])
    mapped = table[table["cameo_code"] != ""]
    assert mapped["cameo_code"].isin(reference.cameo_codes().index).all()
    assert (mapped["cameo_code"].str[:2] == mapped["cameo_root"]).all()
    assert (table.loc[table["cameo_code"] == "", "reason"] != "").all()  # every gap says why


def test_acled_export_with_numeric_inter_codes(tmp_path):
    fields = list(schema.ACLED_COLUMNS)
    row = _acled_row(
        event_id_cnty="IRQ9",
        inter1="8",
        inter2="3",
        interaction="38",
        disorder_type="Political violence",
    )
    events = schema.load_events(write_csv(tmp_path / "numeric.csv", fields, [row]))
    assert (events["inter1"].iloc[0], events["inter2"].iloc[0], events["interaction"].iloc[0]) == (
        8,
        3,
        38,
    )


def test_unknown_inter_label_is_rejected(tmp_path):
    fields = [c for c in schema.ACLED_COLUMNS if c != "disorder_type"]
    path = write_csv(
        tmp_path / "alien.csv", fields, [_acled_row(event_id_cnty="X1", inter2="Space aliens")]
    )
    message = load_error(path)
    assert "line 2" in message and "'inter2'" in message and "Space aliens" in message


# --------------------------------------------------------------------------- bad cells

BAD_CELLS = [
    # id, row index (CSV line = index + 2), patch, fragments the message must hold
    ("latitude-95", 3, {"latitude": "95"}, ["line 5", "'latitude'", "95", "-90 to 90"]),
    ("longitude-200", 3, {"longitude": "200"}, ["line 5", "'longitude'", "200", "-180 to 180"]),
    ("negative-fatalities", 3, {"fatalities": "-1"}, ["line 5", "'fatalities'", "'-1'", ">= 0"]),
    (
        "fractional-fatalities",
        3,
        {"fatalities": "2.5"},
        ["line 5", "'fatalities'", "'2.5'", "whole number"],
    ),
    (
        "text-fatalities",
        3,
        {"fatalities": "eight"},
        ["line 5", "'fatalities'", "'eight'", "whole number"],
    ),
    ("empty-fatalities", 3, {"fatalities": ""}, ["line 5", "'fatalities'", "empty"]),
    (
        "impossible-date",
        3,
        {"event_date": "2020-02-30"},
        ["line 5", "'event_date'", "'2020-02-30'"],
    ),
    (
        "unknown-event-type",
        3,
        {"event_type": "Skirmish"},
        ["line 5", "'event_type'", "'Skirmish'"],
    ),
    (
        "unknown-sub-event-type",
        3,
        {"sub_event_type": "Drone swarm"},
        ["line 5", "'sub_event_type'", "'Drone swarm'"],
    ),
    # Strategic developments / Other recoded as a Battles event: the pair is not ACLED's
    (
        "sub-type-of-other-type",
        3,
        {"event_type": "Battles"},
        ["line 5", "sub_event_type", "USA-20200102-01"],
    ),
    (
        "fatality-range-reversed",
        3,
        {"x_fatalities_low": "9", "x_fatalities_high": "3"},
        ["line 5", "x_fatalities_low <= x_fatalities_high", "USA-20200102-01"],
    ),
    (
        "injury-range-reversed",
        0,
        {"x_injuries_low": "60", "x_injuries_high": "50"},
        ["line 2", "x_injuries_low <= x_injuries_high", "IRQ-20191229-01"],
    ),
    ("geo-precision-4", 4, {"geo_precision": "4"}, ["line 6", "'geo_precision'", "'4'", "1 to 3"]),
    ("time-precision-0", 4, {"time_precision": "0"}, ["line 6", "'time_precision'", "1 to 3"]),
    ("inter-code-9", 4, {"inter1": "9"}, ["line 6", "'inter1'", "0 to 8"]),
    (
        "interaction-mismatch",
        2,
        {"interaction": "51"},
        ["line 4", "interaction", "IRQ-20191231-01"],
    ),
    (
        "disorder-mismatch",
        2,
        {"disorder_type": "Political violence"},
        ["line 4", "disorder_type", "IRQ-20191231-01"],
    ),
    ("goldstein-11", 2, {"x_goldstein": "11"}, ["line 4", "'x_goldstein'", "-10 to 10"]),
    ("cameo-letters", 2, {"x_cameo_code": "14a"}, ["line 4", "'x_cameo_code'", "'14a'"]),
    ("empty-actor1", 9, {"actor1": ""}, ["line 11", "'actor1'"]),
    ("empty-event-id", 9, {"event_id_cnty": ""}, ["line 11", "'event_id_cnty'"]),
]


@pytest.mark.parametrize(
    "row, patch, fragments", [c[1:] for c in BAD_CELLS], ids=[c[0] for c in BAD_CELLS]
)
def test_bad_cell_is_reported_with_file_line_and_column(patched_events, row, patch, fragments):
    message = load_error(patched_events({row: patch}))
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in {message!r}"
    # only the patched row is at fault
    other_lines = {f"line {n}" for n in range(2, 12)} - {f"line {row + 2}"}
    assert not any(f"{line}:" in message or f"{line}," in message for line in other_lines), message


def test_duplicated_event_ids_name_both_lines(patched_events, seed_table):
    first_id = seed_table[1][0]["event_id_cnty"]
    message = load_error(patched_events({6: {"event_id_cnty": first_id}}))
    assert "line 2" in message and "line 8" in message
    assert "'event_id_cnty'" in message and first_id in message
    assert "no other row" in message


def test_several_bad_rows_are_listed_in_one_error(patched_events):
    path = patched_events(
        {
            1: {"latitude": "95"},
            4: {"fatalities": "-3"},
            6: {"event_type": "Skirmish"},
            8: {"event_date": "2020-02-30"},
        }
    )
    with pytest.raises(InputError) as info:
        schema.load_events(path)
    message = str(info.value)
    for line, column in [
        (3, "latitude"),
        (6, "fatalities"),
        (8, "event_type"),
        (10, "event_date"),
    ]:
        assert f"line {line}, column '{column}'" in message, message
    # one problem per finding, in file order
    lines = [int(p.split(",")[0].split(":")[0].removeprefix("line ")) for p in info.value.problems]
    assert lines == sorted(lines)
    assert len(info.value.problems) >= 4


def test_missing_required_column_is_named_on_line_1(tmp_path, seed_table):
    fields, rows = seed_table
    fields = [f for f in fields if f != "fatalities"]
    rows = [{k: v for k, v in r.items() if k != "fatalities"} for r in rows]
    message = load_error(write_csv(tmp_path / "nofat.events.csv", fields, rows))
    assert "line 1" in message and "'fatalities'" in message and "header" in message


def test_every_missing_required_column_is_named(tmp_path):
    path = tmp_path / "thin.events.csv"
    path.write_text("event_id_cnty,event_date\nIRQ-1,2020-01-03\n", encoding="utf-8")
    message = load_error(path)
    for column in schema.REQUIRED_EVENT_COLUMNS[2:]:
        assert f"'{column}'" in message, column


def test_empty_file_is_rejected(tmp_path):
    path = tmp_path / "empty.events.csv"
    path.write_text("", encoding="utf-8")
    assert "empty" in load_error(path)


def test_whitespace_only_file_is_rejected(tmp_path):
    path = tmp_path / "blank.events.csv"
    path.write_text("\n   \n", encoding="utf-8")
    assert "empty" in load_error(path)


def test_header_only_file_is_rejected(tmp_path, seed_table):
    path = write_csv(tmp_path / "header.events.csv", seed_table[0], [])
    message = load_error(path)
    assert "header" in message and "no rows" in message


def test_missing_file_and_directory_are_rejected(tmp_path):
    assert "no such file" in load_error(tmp_path / "absent.events.csv")
    folder = tmp_path / "folder.events.csv"
    folder.mkdir()
    assert "directory" in load_error(folder)


def test_latin1_file_is_rejected(tmp_path, seed_table):
    fields, rows = seed_table
    rows = [dict(r) for r in rows]
    rows[0]["location"] = "western Irâq"
    path = tmp_path / "latin1.events.csv"
    path.write_bytes(csv_text(fields, rows).encode("latin-1", errors="replace"))
    message = load_error(path)
    assert "UTF-8" in message


def test_ragged_row_is_rejected(tmp_path):
    lines = SEED_EVENTS.read_text(encoding="utf-8").splitlines()
    lines[3] += ",extra,cells"
    path = tmp_path / "ragged.events.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert "not a readable CSV" in load_error(path)


# --------------------------------------------------------------------------- formats


def test_semicolon_delimited_file_loads(tmp_path, seed_table, seed_events):
    path = write_csv(tmp_path / "semi.events.csv", *seed_table, delimiter=";")
    events = schema.load_events(path)
    assert len(events) == 10
    assert events["fatalities"].tolist() == seed_events["fatalities"].tolist()
    assert events["latitude"].tolist() == seed_events["latitude"].tolist()
    # a notes cell with commas stays whole
    assert events["notes"].tolist() == seed_events["notes"].tolist()


def test_utf8_bom_file_loads(tmp_path, seed_events):
    path = tmp_path / "bom.events.csv"
    path.write_bytes(b"\xef\xbb\xbf" + SEED_EVENTS.read_bytes())
    events = schema.load_events(path)
    assert events.columns[0] == "event_id_cnty"
    assert events["event_id_cnty"].tolist() == seed_events["event_id_cnty"].tolist()


def test_crlf_file_loads_with_same_line_numbers(tmp_path):
    path = tmp_path / "crlf.events.csv"
    path.write_bytes(SEED_EVENTS.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    events = schema.load_events(path)
    assert events.index.tolist() == list(range(2, 12))


def test_multiline_cell_keeps_line_numbers_of_later_rows(patched_events):
    # row 1 (line 3) gets a notes cell spanning three lines, so row 5 starts on line 9
    message = load_error(
        patched_events({1: {"notes": "first\nsecond\nthird"}, 5: {"latitude": "95"}})
    )
    assert "line 9, column 'latitude'" in message


def test_blank_line_does_not_shift_line_numbers(tmp_path, seed_table):
    fields, rows = seed_table
    rows = [dict(r) for r in rows]
    rows[5]["latitude"] = "95"
    text = csv_text(fields, rows).splitlines()
    text.insert(3, "")  # blank line after line 3; row 5 now starts on line 8
    path = tmp_path / "blankline.events.csv"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    message = load_error(path)
    assert "line 8, column 'latitude'" in message, message


def test_unknown_columns_are_kept_with_a_warning(tmp_path, seed_table):
    fields, rows = seed_table
    rows = [dict(r, my_note="n") for r in rows]
    path = write_csv(tmp_path / "extra.events.csv", fields + ["my_note"], rows)
    with pytest.warns(UserWarning, match="my_note"):
        events = schema.load_events(path)
    assert events.columns[-1] == "my_note"
    assert (events["my_note"] == "n").all()


def test_cameo_code_without_leading_zero_is_padded(patched_events):
    events = schema.load_events(patched_events({1: {"x_cameo_code": "15", "x_goldstein": ""}}))
    assert events["x_cameo_code"].iloc[1] == "015"
    assert events["x_goldstein"].iloc[1] == 0.0  # filled from reference/cameo_codes.csv


def test_empty_cameo_code_is_derived_from_the_sub_event_type_or_stays_empty(patched_events):
    events = schema.load_events(
        patched_events(
            {
                2: {"x_cameo_code": "", "x_goldstein": ""},
                1: {"x_cameo_code": "", "x_goldstein": ""},
            }
        )
    )
    riot, statement = events.iloc[2], events.iloc[1]
    assert (riot["x_cameo_code"], riot["x_goldstein"], riot["x_cameo_source"]) == (
        "145",
        -7.5,
        "derived",
    )
    assert (
        pd.isna(statement["x_cameo_code"])
        and pd.isna(statement["x_goldstein"])
        and pd.isna(statement["x_cameo_source"])
    )
    assert events["x_cameo_source"].iloc[0] == "coded"


def test_empty_disorder_type_cell_is_filled_from_the_taxonomy(patched_events):
    events = schema.load_events(patched_events({2: {"disorder_type": ""}}))
    assert events["disorder_type"].iloc[2] == "Demonstrations"


# --------------------------------------------------------------------------- claims


@pytest.fixture(scope="module")
def claims_table() -> tuple[list[str], list[dict[str, str]]]:
    return read_rows(SEED_CLAIMS)


@pytest.fixture
def patched_claims(tmp_path, claims_table):
    def make(index: int, patch: dict[str, str]) -> Path:
        fields, rows = claims_table
        rows = [dict(r) for r in rows]
        rows[index].update(patch)
        return write_csv(tmp_path / "patched.claims.csv", fields, rows)

    return make


def test_claim_for_unknown_event_is_rejected(patched_claims, seed_events):
    path = patched_claims(2, {"event_id_cnty": "IRQ-20990101-99"})
    message = load_error(path, schema.load_claims, seed_events)
    assert "IRQ-20990101-99" in message and "line 4" in message and "'event_id_cnty'" in message


def test_claim_low_above_high_is_rejected(patched_claims, seed_events):
    message = load_error(
        patched_claims(0, {"low": "30", "high": "25"}), schema.load_claims, seed_events
    )
    assert "line 2" in message and "low <= high" in message


@pytest.mark.parametrize("metric", ["wounded", "displaced", ""])
def test_claim_metric_outside_killed_injured_is_rejected(patched_claims, seed_events, metric):
    message = load_error(patched_claims(1, {"metric": metric}), schema.load_claims, seed_events)
    assert "line 3" in message and "'metric'" in message and "killed, injured" in message


def test_claim_negative_figure_is_rejected(patched_claims, seed_events):
    message = load_error(patched_claims(1, {"low": "-1"}), schema.load_claims, seed_events)
    assert "line 3" in message and "'low'" in message and ">= 0" in message


def test_claims_missing_columns_are_named(tmp_path, seed_events):
    path = tmp_path / "thin.claims.csv"
    path.write_text("event_id_cnty,claimant\nIRQ-20200103-01,PMF\n", encoding="utf-8")
    message = load_error(path, schema.load_claims, seed_events)
    assert all(f"'{c}'" in message for c in ("metric", "low", "quote"))


def test_missing_claims_file_means_no_claims(tmp_path, seed_events):
    claims = schema.load_claims(tmp_path / "absent.claims.csv", seed_events)
    assert claims.empty
    assert list(claims.columns) == schema.CLAIM_COLUMNS
    assert claims["low"].dtype == "Int64"


def test_header_only_claims_file_means_no_claims(tmp_path, seed_events, claims_table):
    path = write_csv(tmp_path / "header.claims.csv", claims_table[0], [])
    assert schema.load_claims(path, seed_events).empty
