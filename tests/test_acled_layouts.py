"""Every ACLED export layout loads (fixtures in tests/fixtures/acled/, fictional rows in the real
layouts), and what cannot be read without guessing is refused with a message that says how to fix
it."""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest

from eventreport import acled, schema
from eventreport.cli import main
from eventreport.errors import InputError

LAYOUTS = Path(__file__).parent / "fixtures" / "acled"


def load(name: str) -> tuple[pd.DataFrame, list[str]]:
    """Load a fixture; return the events and the warnings it raised."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        events = schema.load_events(LAYOUTS / name)
    return events.set_index("event_id_cnty"), [str(w.message) for w in caught]


def test_2019_layout_with_r_na_cells(tmp_path):
    events, notes = load("layout-2019.csv")
    assert list(events.index) == ["TST1001", "TST1002", "TST1003"]
    assert (
        events["assoc_actor_1"].isna().sum() == 2
        and events.at["TST1002", "assoc_actor_1"] == "Students (Iraq)"
    )
    assert events["admin3"].isna().all()  # 'NA' is a blank, not the text "NA"
    assert events["interaction"].tolist() == [12, 60, 37]
    assert events["x_cameo_source"].eq("derived").all()
    assert not any("NA" in n for n in notes)


def test_2023_layout_with_inter_labels():
    events, _ = load("layout-2023.csv")
    assert events["inter1"].tolist() == [4, 5, 1] and events["inter2"].tolist() == [7, 0, 7]
    assert events["interaction"].tolist() == [47, 50, 17]
    assert events.at["TST2003", "x_cameo_code"] == "173"


def test_pre_2019_layout_maps_old_types_and_keeps_the_original():
    events, notes = load("layout-pre2019.csv")
    assert events["event_type"].tolist() == [
        "Battles",
        "Protests",
        "Riots",
        "Explosions/Remote violence",
        "Strategic developments",
    ]
    assert events["sub_event_type"].tolist() == [
        "Armed clash",
        "Peaceful protest",
        "Violent demonstration",
        "Shelling/artillery/missile attack",
        "Headquarters or base established",
    ]
    assert events[acled.ORIGINAL_TYPE].tolist() == [
        "Battle-No change of territory",
        "Riots/Protests",
        "Riots/Protests",
        "Remote violence",
        "Headquarters or base established",
    ]
    assert events.at["TST3001", "assoc_actor_1"] is pd.NA or pd.isna(
        events.at["TST3001", "assoc_actor_1"]
    )
    assert events.at["TST3003", "actor2"] == "Police Forces of Kenya (2002-2013)"
    assert any(
        "pre-2019 ACLED layout: 5 event types mapped" in n and "acled_old_event_types.csv" in n
        for n in notes
    )
    assert not any("ally_actor" in n or "columns kept but not used: gwno" == n for n in notes)


def test_monadic_export_is_folded_into_dyadic_events_with_a_note():
    events, notes = load("monadic-2023.csv")
    assert list(events.index) == ["TST4001", "TST4002", "TST4003"]
    clash = events.loc["TST4001"]
    assert (
        clash["actor1"],
        clash["actor2"],
        clash["inter1"],
        clash["inter2"],
        clash["interaction"],
    ) == ("Military Forces of Iraq (2022-)", "Islamic State (Iraq)", 1, 2, 12)
    abduction = events.loc["TST4003"]
    assert (abduction["actor2"], abduction["assoc_actor_2"], abduction["interaction"]) == (
        "Civilians (Iraq)",
        "Labour Group (Iraq)",
        37,
    )
    assert events.at["TST4002", "interaction"] == 60
    assert any("monadic ACLED export: 4 actor rows folded into 2 events" in n for n in notes)


def test_duplicate_ids_of_different_events_are_still_refused(tmp_path):
    text = (LAYOUTS / "monadic-2023.csv").read_text(encoding="utf-8").splitlines()
    text[2] = text[2].replace(
        "2023-06-10", "2023-06-19"
    )  # same id, another day: not one event's actor rows
    path = tmp_path / "dup.csv"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        schema.load_events(path)
    assert "column 'event_id_cnty': value 'TST4001': expected a value no other row has" in str(
        info.value
    )


def test_unambiguous_spreadsheet_dates_are_read_with_a_warning():
    events, notes = load("spreadsheet-dates.csv")
    assert events["event_date"].dt.strftime("%Y-%m-%d").tolist() == [
        "2020-05-09",
        "2024-08-05",
        "2020-12-26",
        "2020-12-26",
    ]
    [note] = [n for n in notes if "in a spreadsheet's format" in n]
    assert (
        "4 dates in a spreadsheet's format (e.g. line 2: '9-May-20', read as 2020-05-09)" in note
    )
    assert "re-export the file with dates as YYYY-MM-DD" in note


def test_ambiguous_dates_are_refused_with_a_hint_on_re_exporting(capsys):
    path = LAYOUTS / "ambiguous-dates.csv"
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    print(err)  # the refusal as the user sees it
    assert (
        "line 5, column 'event_date': value '05/06/2020': expected an unambiguous date: "
        "'05/06/2020' is 5 June in "
        "some countries and 6 May in others; re-export the file with dates as YYYY-MM-DD"
    ) in err


@pytest.mark.parametrize(
    "text, expected",
    [
        ("9-May-20", "2020-05-09"),
        ("5-Aug-24", "2024-08-05"),
        ("20201226", "2020-12-26"),
        ("26/12/2020", "2020-12-26"),
        ("12/26/2020", "2020-12-26"),
        ("07/07/2020", "2020-07-07"),
        ("05/06/2020", None),
        ("31-Feb-20", None),
        ("2020-12-26", None),
    ],
)
def test_spreadsheet_date_readings(text, expected):
    assert acled.spreadsheet_date(text) == expected


@pytest.mark.slow  # a second sweep of the layouts: each has its own test in the fast set
def test_every_layout_validates_from_the_command_line(capsys):
    for name in (
        "layout-2019.csv",
        "layout-2023.csv",
        "layout-pre2019.csv",
        "monadic-2023.csv",
        "spreadsheet-dates.csv",
    ):
        assert main(["validate", str(LAYOUTS / name)]) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert out.count("are valid") == 5
