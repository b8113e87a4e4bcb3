"""Article -> draft events, claims and evidence (articles written for these tests, not copied from
data/)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from eventreport import cli, config, schema
from eventreport.article import load_article
from eventreport.errors import InputError
from eventreport.extraction import draft as extract
from eventreport.extraction import evaluate

PUBLISHED = "2020-01-10"  # a Friday


def write_article(
    folder: Path, text: str, published: str | None = PUBLISHED, name: str = "test-article"
) -> Path:
    """An article file with front matter (no 'published' line when `published` is None)."""
    meta = (
        '---\ntitle: "Test article"\n'
        + (f"published: {published}\n" if published else "")
        + "---\n"
    )
    path = folder / f"{name}.txt"
    path.write_text(meta + text, encoding="utf-8")
    return path


def draft(folder: Path, text: str, published: str | None = PUBLISHED) -> extract.Extraction:
    """Extract an article written for a test."""
    return extract.extract(load_article(write_article(folder, text, published), draft=True))


def one_event(folder: Path, text: str) -> pd.Series:
    """The single event a text yields."""
    events = draft(folder, text).events
    assert len(events) == 1, events[["event_type", "sub_event_type", "x_evidence"]]
    return events.iloc[0]


@pytest.mark.parametrize(
    "text, event_type, sub_event_type, cameo",
    [
        (
            "US warplanes carried out an air strike on a militia depot near Mosul on Tuesday.",
            "Explosions/Remote violence",
            "Air/drone strike",
            "195",
        ),
        (
            "A drone strike destroyed two vehicles near Kirkuk on Wednesday.",
            "Explosions/Remote violence",
            "Air/drone strike",
            "195",
        ),
        (
            "Three rockets struck a military base north of Basra on Thursday.",
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
            "194",
        ),
        (
            "A rocket attack hit a base in Erbil on Monday.",
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
            "194",
        ),
        (
            "Hundreds of protesters stormed the American embassy on Tuesday.",
            "Riots",
            "Violent demonstration",
            "145",
        ),
        (
            "A crowd laid siege to the American embassy on Wednesday.",
            "Riots",
            "Violent demonstration",
            "145",
        ),
        (
            "Thousands of students protested peacefully in Najaf on Sunday.",
            "Protests",
            "Peaceful protest",
            "141",
        ),
        (
            "Gunmen shot dead a shopkeeper in Basra on Monday.",
            "Violence against civilians",
            "Attack",
            "1823",
        ),
    ],
)
def test_event_types_from_trigger_words_and_context(
    tmp_path, text, event_type, sub_event_type, cameo
):
    event = one_event(tmp_path, text)
    assert (event["event_type"], event["sub_event_type"], event["x_cameo_code"]) == (
        event_type,
        sub_event_type,
        cameo,
    )


@pytest.mark.parametrize(
    "text, cameo",
    [
        ("On Thursday, the Iranian foreign ministry condemned the raid in Baghdad.", "111"),
        (
            "On Thursday, the IRGC warned that any attack will be met with a crushing response.",
            "138",
        ),
        ("On Thursday, Kataib Hezbollah claimed responsibility for the blast.", "015"),
    ],
)
def test_statements_and_threats_are_events_with_their_cameo_code(tmp_path, text, cameo):
    event = one_event(tmp_path, text)
    assert (event["event_type"], event["sub_event_type"], event["x_cameo_code"]) == (
        "Strategic developments",
        "Other",
        cameo,
    )
    assert event["event_date"] == "2020-01-09"


def test_a_party_describing_its_own_attack_acknowledges_it(tmp_path):
    events = draft(
        tmp_path,
        "The Pentagon said on Thursday that US forces had launched air strikes on a militia depot "
        "in western Iraq.",
    ).events
    assert sorted(events["x_cameo_code"]) == ["015", "195"]


def test_monitors_and_medics_only_report_figures(tmp_path):
    events = draft(
        tmp_path,
        "Shelling killed nine people in Idlib on Monday, a war monitor and the local ambulance "
        "service said.",
    ).events
    assert list(events["event_type"]) == ["Explosions/Remote violence"]


def test_background_sentences_yield_no_event(tmp_path):
    drafted = draft(
        tmp_path,
        "Since 2003, the brigade fought in every offensive against the insurgents.\n\n"
        "In the 1980s he commanded artillery units during the war.\n\n"
        "Air raids have killed thousands over the past few years.",
    )
    assert drafted.events.empty
    with pytest.raises(InputError, match="no event found"):
        extract.write(drafted, tmp_path / "out.events.csv")


def test_two_sentences_about_one_event_make_one_row(tmp_path):
    text = (
        "A car bomb exploded at a checkpoint in Kirkuk on Tuesday, killing six policemen, "
        "officials said.\n\n"
        "The blast also wounded 14 people, the provincial health office said."
    )
    event = one_event(tmp_path, text)
    assert (
        event["sub_event_type"] == "Remote explosive/landmine/IED"
        and event["location"] == "Kirkuk"
    )
    assert (event["fatalities"], event["x_injuries_low"]) == (6, 14)
    assert event["x_evidence"].count(" | ") == 1


def test_different_days_or_actors_are_different_events(tmp_path):
    text = (
        "Islamic State militants attacked an army post in Diyala on Monday, killing two "
        "soldiers.\n\n"
        "On Wednesday, rockets hit the same area."
    )
    events = draft(tmp_path, text).events
    assert sorted(events["event_date"]) == ["2020-01-06", "2020-01-08"]


def test_days_after_dates_the_earlier_event_from_the_later_one(tmp_path):
    text = (
        "A drone strike killed four fighters near Qaim on Thursday.\n\n"
        "The strike came days after militants stormed a police station in Qaim."
    )
    events = draft(tmp_path, text).events.set_index("sub_event_type")
    assert events.loc["Air/drone strike", "event_date"] == "2020-01-09"
    assert events.loc["Armed clash", "event_date"] == "2020-01-06"
    assert events.loc["Armed clash", "time_precision"] == 2


def test_fatalities_follow_the_conservative_rule_and_claims_keep_every_claimant(tmp_path):
    text = (
        "Warplanes bombed a market in Ariha on Sunday, killing at least 30 people, activists "
        "said.\n\n"
        "A local rescue group said 34 people were killed and more than 60 wounded."
    )
    drafted = draft(tmp_path, text)
    event = drafted.events.iloc[0]
    assert (event["fatalities"], event["x_fatalities_low"], event["x_fatalities_high"]) == (
        34,
        30,
        34,
    )
    assert (event["x_injuries_low"], event["x_injuries_high"]) == (60, "")
    assert set(drafted.claims["claimant"]) == {"activists", "local rescue group"}


def test_statement_place_is_the_speakers_seat_and_dates_without_a_date_are_flagged(tmp_path):
    text = (
        "Gunmen attacked a convoy in Tikrit, killing three guards.\n\nThe Iraqi government "
        "condemned the attack."
    )
    drafted = draft(tmp_path, text)
    statement = drafted.events[drafted.events["event_type"] == "Strategic developments"].iloc[0]
    assert statement["location"] == "Baghdad" and statement["geo_precision"] == 3
    attack = drafted.events[drafted.events["event_type"] != "Strategic developments"].iloc[0]
    assert (attack["event_date"], attack["time_precision"]) == (PUBLISHED, 3)
    assert "date unresolved: no date phrase" in attack["notes"]
    assert any("date unresolved" in w for w in drafted.warnings)


def test_unknown_place_is_kept_raw_without_coordinates_and_reported(tmp_path):
    drafted = draft(tmp_path, "Rebels shelled Qqxzyville on Monday, killing two civilians.")
    event = drafted.events.iloc[0]
    assert (
        event["location"],
        event["x_location_raw"],
        event["latitude"],
        event["geo_precision"],
    ) == ("Qqxzyville", "Qqxzyville", "", "")
    assert any("place unresolved: 'Qqxzyville'" in w for w in drafted.warnings)


def test_unknown_town_in_a_known_country_is_coded_at_the_country_and_reported(tmp_path):
    drafted = draft(
        tmp_path, "Rebels shelled Qqxzyville in Iraq on Monday, killing two civilians."
    )
    event = drafted.events.iloc[0]
    assert (event["location"], event["x_location_raw"], event["geo_precision"]) == (
        "Iraq",
        "Qqxzyville",
        3,
    )
    assert any("place unresolved: 'Qqxzyville'" in w for w in drafted.warnings)


def test_every_value_has_its_sentence_and_offsets(tmp_path):
    drafted = draft(
        tmp_path,
        "Gunmen stormed a police station in Mosul on Monday.\n\nFive officers were killed, "
        "police said.",
    )
    text = drafted.article.text
    assert set(drafted.evidence["field"]) >= {"event_type", "event_date", "location", "killed"}
    for row in drafted.evidence.itertuples():
        assert text[row.start : row.end] == row.phrase
        assert text[row.sentence_start : row.sentence_end] == row.sentence
        assert row.sentence_start <= row.start <= row.end <= row.sentence_end
        assert row.confidence in ("high", "medium", "low") and (
            row.phrase or row.confidence == "low"
        )


def test_write_validates_through_the_events_schema(tmp_path):
    drafted = draft(
        tmp_path, "A roadside bomb killed three soldiers near Ramadi on Monday, the army said."
    )
    path = extract.write(drafted, tmp_path / "draft.events.csv")
    events = schema.load_events(path)
    claims = schema.load_claims(config.claims_path_for(path), events)
    assert events.iloc[0]["event_id_cnty"].startswith("IRQ-20200106-X")
    assert (len(claims), config.evidence_path_for(path).exists()) == (1, True)


# ---------- input that is not a normal article


def test_published_comes_from_the_option_when_the_front_matter_lacks_it(tmp_path):
    path = write_article(
        tmp_path, "Militants attacked a village near Mosul on Sunday.", published=None
    )
    with pytest.raises(InputError, match="published: YYYY-MM-DD.*--published"):
        load_article(path, draft=True)
    article = load_article(path, dt.date(2020, 1, 10), draft=True)
    assert extract.extract(article).events.iloc[0]["event_date"] == "2020-01-05"


def test_plain_text_without_front_matter(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("Militants attacked a village near Mosul on Sunday.\n", encoding="utf-8")
    article = load_article(path, dt.date(2020, 1, 10), draft=True)
    assert (article.title, article.text) == (
        "Militants attacked a village near Mosul on Sunday.",
        "Militants attacked a village near Mosul on Sunday.\n",
    )


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty"),
        (b"\n\n   \n", "empty"),
        (b"Caf\xe9 owners said a bomb killed two.", "not UTF-8"),
        (b"text\x00with a NUL", "binary"),
    ],
)
def test_bad_files_give_a_clear_error(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        load_article(path, dt.date(2020, 1, 10), draft=True)


def test_a_5_mb_file_is_refused_with_a_clear_error(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("Gunmen attacked a village near Mosul on Sunday. " * 110_000, encoding="utf-8")
    assert path.stat().st_size > 5_000_000
    with pytest.raises(InputError, match="split the file"):
        load_article(path, dt.date(2020, 1, 10), draft=True)


def test_no_date_phrases_and_no_known_places_give_a_flagged_draft(tmp_path):
    drafted = draft(tmp_path, "Gunmen attacked a farm, killing two workers, officials said.")
    assert len(drafted.events) == 1
    assert any("no date phrase" in w for w in drafted.warnings)
    assert any("no place the gazetteer knows" in w for w in drafted.warnings)
    extract.write(drafted, tmp_path / "flagged.events.csv")


# ---------- command line and render hook


def test_cli_extract_writes_files_that_validate_accepts(tmp_path, capsys):
    article = write_article(
        tmp_path, "Rockets hit Camp Taji on Wednesday, wounding two soldiers, the coalition said."
    )
    output = tmp_path / "out" / "taji.events.csv"
    assert cli.main(["extract", str(article), "--output", str(output)]) == 0
    assert "1 events" in capsys.readouterr().out
    assert cli.main(["validate", str(output)]) == 0


def test_cli_extract_without_a_date_says_how_to_give_one(tmp_path, capsys):
    article = write_article(tmp_path, "Rockets hit Camp Taji.", published=None)
    assert cli.main(["extract", str(article)]) == 1
    assert "--published" in capsys.readouterr().err


def test_cli_rejects_a_bad_published_date(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["extract", str(tmp_path / "any.txt"), "--published", "2020-02-30"])
    assert exit_info.value.code == 2 and "not a date" in capsys.readouterr().err


def test_ensure_events_extracts_once_to_the_drafts_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "EXTRACTED_DIR", tmp_path / "drafts")
    article = write_article(tmp_path, "Rockets hit Camp Taji on Wednesday.", name="taji-rockets")
    path = extract.ensure_events(article)
    assert path == tmp_path / "drafts" / "taji-rockets.events.csv"
    written = path.stat().st_mtime_ns
    assert extract.ensure_events(article) == path and path.stat().st_mtime_ns == written


def test_evaluate_scores_one_curated_article():
    tables = evaluate.evaluate(
        paths=[config.ARTICLES_DIR / "douma-market-airstrike-2015-08-16.txt"]
    )
    assert list(tables["articles"]["article"]) == ["douma-market-airstrike-2015-08-16"]
    assert tables["metrics"].set_index("metric").loc["events curated", "value"] == 1


@pytest.mark.parametrize(
    "curated, found, same",
    [
        ("IRGC via Press TV", "IRGC via Press TV", True),
        ("ICRC spokeswoman (via AFP)", "ICRC spokeswoman via AFP", True),
        ("Syrian Observatory for Human Rights (Rami Abdurrahman)", "Rami Abdurrahman", True),
        ("Local Coordination Committees", "LCC", True),
        ("PMF", "IRGC", False),
        ("unattributed", "officials", False),
    ],
)
def test_claimant_equivalence_in_the_evaluation(curated, found, same):
    assert evaluate.same_claimant(curated, found) is same


@pytest.mark.parametrize(
    "curated, found, same",
    [
        ("Military Forces of Iran (1989-)", "Military Forces of Iran (1989-)", True),
        (
            "Police Forces of Mexico (2018-) Michoacan State Police",
            "Police Forces of Mexico (2018-)",
            True,
        ),
        (
            "Government of the United States (2017-2021)",
            "Military Forces of the United States",
            False,
        ),
        ("Al Shabaab", "Unidentified Armed Group (Somalia)", False),
        ("Rioters (Morocco)", "Rioters (Cambodia)", False),
        (None, "", True),
        (None, "Civilians (Brazil)", False),
    ],
)
def test_actor_equivalence_in_the_evaluation(curated, found, same):
    """An actor is right with the same words, its period aside, or as the unit's wider force; no
    second actor agrees only with none."""
    assert evaluate.same_actor(curated, found) is same


@pytest.mark.slow  # a fresh interpreter measures its imports
def test_the_extractor_does_not_import_the_report_stack():
    """Start-up stays fast (see `make benchmark`) only if extraction never imports geopandas or
    papermill."""
    code = "import eventreport.extraction.draft"
    finished = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "geopandas" not in finished.stderr and "papermill" not in finished.stderr


# ---------- general failure patterns (new sentences)


def test_each_day_name_dates_the_verb_it_governs(tmp_path):
    text = (
        "Gunmen ambushed a patrol near Kirkuk on Wednesday, killing four soldiers.\n\n"
        "The interior minister condemned the ambush on Wednesday, the ministry said in a "
        "statement on Thursday."
    )
    events = draft(tmp_path, text).events
    attack = events[events["event_type"] != "Strategic developments"]
    assert list(attack["event_date"]) == ["2020-01-08"]


def test_a_place_where_a_spokesman_spoke_is_not_the_place_of_the_attack(tmp_path):
    text = "A spokesman told reporters in Baghdad on Thursday that gunmen shot dead a shopkeeper."
    events = draft(tmp_path, text).events
    assert "Baghdad" not in set(
        events.loc[events["event_type"] != "Strategic developments", "location"]
    )


def test_a_border_with_another_country_keeps_the_event_in_the_articles_country(tmp_path):
    text = (
        "Gunmen ambushed an army convoy in northern Iraq near the border with Turkey on "
        "Wednesday, killing six soldiers.\n\n"
        "The attack happened near the border with Turkey, officials said."
    )
    event = one_event(tmp_path, text)
    assert event["country"] == "Iraq"


def test_an_undated_lead_joins_the_dated_event_of_the_same_kind(tmp_path):
    text = (
        "Two fighters were killed by a drone strike in Iraq, an official says.\n\n"
        "The official spoke on condition of anonymity.\n\n"
        "He gave no further details.\n\n"
        "Nobody else commented on the matter.\n\n"
        "Witnesses said a drone strike on Tuesday hit a car on the edge of Kirkuk."
    )
    events = draft(tmp_path, text).events
    strikes = events[events["sub_event_type"] == "Air/drone strike"]
    assert len(strikes) == 1 and strikes.iloc[0]["event_date"] == "2020-01-07"


def test_a_passive_or_modifying_statement_word_is_no_statement(tmp_path):
    text = "On Tuesday, police fired warning shots in Basra after a request by traders was denied."
    events = draft(tmp_path, text).events
    assert not (events["event_type"] == "Strategic developments").any()


def test_condemnation_in_a_quote_opened_before_the_verb_is_a_statement_by_the_speaker(tmp_path):
    text = (
        "Gunmen ambushed a patrol near Kirkuk on Wednesday, killing four soldiers.\n\n"
        "Interior Minister Ali Hamad “firmly condemned the cowardly ambush” on Wednesday."
    )
    events = draft(tmp_path, text).events
    statements = events[events["x_cameo_code"].astype(str) == "111"]
    assert len(statements) == 1 and statements.iloc[0]["actor1"].startswith("Government of")


DRAFT_TYPES = (
    "import sys; from pathlib import Path; from eventreport.article import load_article; "
    "from eventreport.extraction.draft import extract; "
    "print(extract(load_article(Path(sys.argv[1]))).events['sub_event_type'].tolist())"
)
"""A fresh process that prints the drafted sub-event types of one article."""


def test_the_draft_does_not_depend_on_the_hash_seed():
    """'The mob attacked Adhikari and set fire to the camp office' (a dev article with two riot
    readings of equal weight): the draft is the same whatever Python's string hashing seed, as a
    rerun of the report must be; the tie had been broken by a set's order, mob violence in some
    processes, a violent demonstration in others."""
    article = (
        config.DATA_DIR / "articles" / "beldangi-bhutanese-refugee-camp-clashes-2007-05-27.txt"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", DRAFT_TYPES, str(article)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in (0, 1, 4)
    }
    assert len(runs) == 1
    assert "Mob violence" in runs.pop()
