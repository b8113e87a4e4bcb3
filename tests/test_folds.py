"""Folds: two curated events drafted as one because a mention was placed wrong. Each rule is tested
with the sentences of a dev article, named above the test (never the test split), and a control
that the rule leaves alone.

The rules: a list of provinces ('the provinces of Guayas and Esmeraldas') is one act per province,
as ACLED codes an event per admin1, unless the words retell an event ('The fighting in the
districts of ...') or name the provinces apart; a passive report ('blasts were reported in X')
places the act, where an active one ('told reporters in Quito') places the speaker; a clause
opened by ', where' happens at the place named right before it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafting import drafted_events

from eventreport.extraction import mentions, sentences

GUAYAS = (
    "Officials said nine separate attacks were launched in the coastal provinces of Guayas and "
    "Esmeraldas on Tuesday.\n\n"
    "Six explosions were reported in the western city of Guayaquil, police said.\n\n"
    "Three blasts were reported in Esmeraldas province, officials said."
)


def places_of(text: str, country: str, published: dt.date) -> list[tuple[str, str | None]]:
    """(trigger words, place phrase) of each kinetic mention of `text`, an article set in
    `country`."""
    found = sentences.split(text)
    state = mentions.ArticleState(published, country)
    state.signatures = mentions.signature(found)
    return [
        (m.hits[0].words, m.place.text if m.place else None)
        for sentence in found
        for m in mentions.mentions(mentions.read(sentence, state), state)
        if m.family != mentions.STATEMENT and m.hits
    ]


def by_province(events) -> dict[str, list[tuple[str, int]]]:
    """(date, time precision) of the drafted events, by province."""
    found: dict[str, list[tuple[str, int]]] = {}
    for _, row in events.iterrows():
        found.setdefault(row["admin1"], []).append((row["event_date"], row["time_precision"]))
    return found


# ---------- a list of provinces: one act per province


def test_attacks_launched_in_two_provinces_are_an_event_in_each(tmp_path):
    # guayas-esmeraldas-gang-attacks-2022-11-01: the gold codes the blasts of each province apart;
    # the list's day (Tuesday) dates both, and Guayaquil's explosions are Guayas's event
    events = drafted_events(tmp_path, GUAYAS, "2022-11-02")
    assert by_province(events) == {
        "Guayas": [("2022-11-01", 1)],
        "Esmeraldas": [("2022-11-01", 1)],
    }


def test_a_retold_fight_in_a_list_of_districts_is_no_new_event(tmp_path):
    # mannar-jaffna-ltte-clashes-2008-05-05: "The fighting" retells the day's battles; its list of
    # districts adds no event
    text = (
        "Sri Lankan troops killed 14 Tamil Tiger rebels on Sunday in fighting in the north, the "
        "military said.\n\n"
        "The fighting in the north western district of Mannar and northern districts of Jaffna, "
        "Vavuniya and Polonnaruwa comes two week after one of the bloodiest battles in the war."
    )
    provinces = set(drafted_events(tmp_path, text, "2008-05-05")["admin1"])
    assert not provinces & {"Jaffna", "Vavuniya", "Polonnaruwa"}


def test_two_provinces_named_apart_are_one_ambush(tmp_path):
    # darfur-jem-sla-ambush-2011-01-22: a road between two state capitals is one place of one act
    text = (
        "The military said rebels ambushed its men on a road between the capital of South Darfur "
        "state Nyala and the capital of North Darfur state El Fasher on Thursday evening."
    )
    assert len(drafted_events(tmp_path, text, "2011-01-22")) == 1


# ---------- a passive report places the act


def test_blasts_reported_in_a_province_happened_there():
    # guayas-esmeraldas-gang-attacks-2022-11-01
    text = "Three blasts were reported in Esmeraldas province on Tuesday."
    assert places_of(text, "ECU", dt.date(2022, 11, 2)) == [("blasts", "Esmeraldas province")]


def test_a_place_where_the_speaker_told_reporters_is_not_the_acts():
    # written for this test, after the dev articles' "told journalists in Jakarta"
    text = "The minister told reporters in Quito on Tuesday that three blasts hit the prison."
    assert places_of(text, "ECU", dt.date(2022, 11, 2)) == [("blasts", None)]


# ---------- ', where' places its clause at the place before it


@pytest.mark.parametrize(
    ("joiner", "hostage_place"),
    [
        # guayas-esmeraldas-gang-attacks-2022-11-01
        ("where", "Esmeraldas province"),
        # the control: only ', where' points back to the place
        ("while", None),
    ],
)
def test_a_hostage_taking_where_the_blasts_were_is_in_that_province(joiner, hostage_place):
    text = (
        f"Three blasts were reported in Esmeraldas province, {joiner} seven prison officers were "
        "taken hostage by inmates."
    )
    assert places_of(text, "ECU", dt.date(2022, 11, 2)) == [
        ("blasts", "Esmeraldas province"),
        ("taken hostage", hostage_place),
    ]
