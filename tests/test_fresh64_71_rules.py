"""Rules written in the session of the fresh64 to fresh71 dev articles (issue 7; see
`data/events/CURATION.md`): each is a mechanism of news copy, tested with the real sentences of a
dev article that the drafts got wrong."""

from __future__ import annotations

import datetime as dt

from drafting import drafted_events, readings, sentence_figures

from eventreport.extraction import dates

HARARE_TEAR_GAS = "Police fired tear gas at opposition protesters in Harare on Friday. "


def test_protests_set_in_a_time_still_to_come_are_no_events(tmp_path):
    """harare-mdc-protest-tear-gas-2019-08-16: 'the already planned protests in the cities of
    Bulawayo, Gweru, Mutare and Masvingo next week' had become four peaceful protests on the day
    of publication."""
    events = drafted_events(
        tmp_path,
        HARARE_TEAR_GAS + "Daniel said the party was going ahead with preparations for the "
        "already planned protests in the cities of Bulawayo, Gweru, Mutare and Masvingo next "
        "week.",
        "2019-08-16",
    )
    assert list(events["location"]) == ["Harare"]


def test_protests_held_this_week_stay_events(tmp_path):
    """Control: protests the clause sets in the past are events, whatever the week."""
    events = drafted_events(
        tmp_path,
        HARARE_TEAR_GAS + "The party held protests in the cities of Bulawayo and Gweru on "
        "Thursday.",
        "2019-08-16",
    )
    assert {"Bulawayo", "Gweru"} <= set(events["location"])


def test_a_crowd_that_acts_after_a_toll_is_no_group_of_its_list():
    """nasiriyah-najaf-consulate-crackdown-2019-11-28: 'killed 25 protesters and thousands
    defied a curfew' had counted the marchers among the dead (1,025 killed)."""
    figures = sentence_figures(
        "Iraq's southern hotspot of Nasiriyah was in bloody upheaval Thursday after a government "
        "crackdown killed 25 protesters and thousands defied a curfew to march in their funerals."
    )
    assert [(f.metric, f.low, f.high) for f in figures] == [("killed", 25, 25)]


def test_a_second_group_of_victims_stays_in_the_list():
    """Control: a second group with no verb of its own is one more group of the toll."""
    figures = sentence_figures("The ambush killed two soldiers and four policemen on Thursday.")
    assert ("killed", 6, 6) in [(f.metric, f.low, f.high) for f in figures if not f.partial]


def test_a_unit_named_after_its_country_adjective_and_of_is_placed(tmp_path):
    """tlajomulco-explosives-attack-guerrero-captives-2023-07-11: 'in the Mexican state of
    Jalisco' had placed nothing ('Mexican state' was read as the unit and its name lost), so the
    attack took the place of a car bomb told in Guanajuato, 220 km away."""
    events = drafted_events(
        tmp_path,
        "GUADALAJARA, Mexico - Three police officers were killed and 10 other people injured "
        'Tuesday in an "unprecedented" explosives attack in the Mexican state of Jalisco, the '
        "state governor said. While car-bomb attacks are rare in Mexico, a car bomb in June "
        "killed a National Guard member and wounded others in Guanajuato, another state hit "
        "hard by cartel-linked violence.",
        "2023-07-12",
    )
    lead = events[events["event_date"].astype(str) == "2023-07-11"]
    assert list(lead["admin1"]) == ["Jalisco"]


def test_a_span_of_days_from_a_morning_is_no_night():
    """patgram-savar-hartal-deaths-2013-11-04 (published on a Monday): 'a general strike from
    Monday morning to Wednesday evening' had been read as a night ending on the Wednesday before
    publication (30 October), and the day spread to the riots told after it."""
    found = dates.find(
        "The Bangladesh Nationalist Party-led alliance enforces a fresh spell of countrywide "
        "general strike from Monday morning to Wednesday evening pressing for holding the next "
        "general elections under a 'non-party' government.",
        0,
        dt.date(2013, 11, 4),
    )
    assert [(m.date, m.overnight) for m in found] == [(dt.date(2013, 11, 4), False)]


def test_an_evening_into_the_next_day_stays_a_night():
    """Control: 'on Saturday evening and before dawn on Sunday' is one night, coded to Sunday."""
    found = dates.find(
        "Clashes raged on Saturday evening and before dawn on Sunday in the city.",
        0,
        dt.date(2013, 11, 4),
    )
    assert [(m.date, m.overnight) for m in found] == [(dt.date(2013, 11, 3), True)]


def test_brickbats_thrown_by_pickets_are_a_riot():
    """patgram-savar-hartal-deaths-2013-11-04: 'the pickets hurled brickbats at a truck' had
    read only as a picket, a peaceful protest."""
    assert ("hurled brickbats", "Violent demonstration") in readings(
        "Agricultural worker Ishaq Molla killed as the pickets hurled brickbats at a truck "
        "carrying labours in the morning at Gurudaspur upazila in Natore."
    )


def test_a_town_named_as_a_hotspot_or_stronghold_of_is_a_place(tmp_path):
    """nasiriyah-najaf-consulate-crackdown-2019-11-28: in "Iraq's southern hotspot of Nasiriyah"
    the town was no place, and the crackdown was set in southern Iraq at Basra, 158 km away;
    'the rebel stronghold of', 'the enclave of' name a town the same way."""
    events = drafted_events(
        tmp_path,
        "Iraq’s southern hotspot of Nasiriyah was in bloody upheaval Thursday after a government "
        "crackdown killed 25 protesters and thousands defied a curfew to march in their funerals.",
        "2019-11-28",
    )
    assert set(events["location"]) == {"Nasiriyah"}


def test_an_act_told_only_in_a_year_long_past_is_history(tmp_path):
    """nasiriyah-najaf-consulate-crackdown-2019-11-28: 'when demonstrations there were brutally
    suppressed in 2018' had joined the story's crackdown and set it in Basra; a year that ended
    ten months before publication dates no act of the story."""
    events = drafted_events(
        tmp_path,
        "A government crackdown killed 25 protesters in Nasiriyah on Thursday. The provincial "
        "governor in Nasiriyah, Adel al-Dakhili, blamed the crackdown on Shummary, who was the "
        "military commander of the southern port city of Basra when demonstrations there were "
        "brutally suppressed in 2018.",
        "2019-11-28",
    )
    assert "Basrah" not in set(events["location"])


def test_a_year_just_ended_still_dates_the_story():
    """Control: 'in 2019' told in January 2020 is no history: it stays an unresolved date."""
    found = dates.find("Protests erupted in 2019 across the country.", 0, dt.date(2020, 1, 10))
    assert [m.kind for m in found] == ["unresolved"]


def test_the_city_points_back_to_a_town_named_as_an_owner(tmp_path):
    """nasiriyah-najaf-consulate-crackdown-2019-11-28: in "Thousands of Nasiriyah's residents
    took to the streets to mourn the city's dead", 'the city' had pointed back to Basra, the
    last town named with a preposition two sentences before."""
    events = drafted_events(
        tmp_path,
        "The governor blamed the commander, who served in the southern port city of Basra. "
        "Thousands of Nasiriyah’s residents took to the streets to mourn the city’s dead in "
        "funeral processions on Thursday, defying a curfew.",
        "2019-11-28",
    )
    protests = events[events["event_type"] == "Protests"]
    assert list(protests["location"]) == ["Nasiriyah"]


def test_a_raid_on_a_camp_sheltering_migrants_is_an_attack_on_civilians(tmp_path):
    """banibangou-army-patrol-ambush-2023-02-10: 'armed gunmen raided a camp sheltering migrants
    from nearby Mali' had been an armed clash with Mali's military: the camp is a place where
    civilians live, and the country is where the migrants came from."""
    events = drafted_events(
        tmp_path,
        "Seven soldiers were killed in an ambush near Banibangou on Thursday. The area is close "
        "to the Tahoua region, where last week, armed gunmen raided a camp sheltering migrants "
        "from nearby Mali.",
        "2023-02-10",
    )
    camp = events[events["event_date"].astype(str) == "2023-02-02"]
    assert list(camp["sub_event_type"]) == ["Attack"]
    assert list(camp["actor2"]) == ["Civilians (Niger)"]


def test_a_raid_on_an_army_camp_stays_a_clash(tmp_path):
    """Control: a camp of armed forces is a post of theirs, whatever comes after."""
    events = drafted_events(
        tmp_path,
        "Armed gunmen raided an army camp near Tahoua on Thursday, killing two soldiers.",
        "2023-02-10",
    )
    assert list(events["sub_event_type"]) == ["Armed clash"]


def test_an_ambush_of_villagers_is_an_attack_on_civilians(tmp_path):
    """pader-kitgum-lra-ambushes-2005-07-09 and ghabshan-rsf-village-attack-2025-08-19: 'a rebel
    ambush that targeted villagers going to market', 'ambushed a village ..., looting and burning
    several houses' had been armed clashes: an ambush is one side's assault."""
    events = drafted_events(
        tmp_path,
        "Aid workers said on Thursday the death toll had risen to 22 following a rebel ambush "
        "that targeted villagers going to market on Sunday in neighbouring Kitgum district.",
        "2005-07-14",
    )
    assert list(events["sub_event_type"]) == ["Attack"]


def test_an_ambush_of_soldiers_stays_a_clash(tmp_path):
    """Control: an ambush whose victims are soldiers is an armed clash."""
    events = drafted_events(
        tmp_path,
        "Ugandan rebels killed at least two soldiers in an ambush in Pader district on Saturday, "
        "the army said.",
        "2005-07-14",
    )
    assert list(events["sub_event_type"]) == ["Armed clash"]
