"""Round-ups of issue 7: articles that tell several incidents in several places or countries, and
the article's country, tested with sentences of the corpus's dev articles (named above each test;
never of the test split), with the words varied so that each rule is general."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafting import extracted

from eventreport import config
from eventreport.article import load_article
from eventreport.extraction import draft as extract
from eventreport.extraction import geoparse


def draft(folder: Path, text: str, title: str = "Test", published: str = "2018-07-18"):
    """`drafting.extracted`, with this file's default title and publication day."""
    return extracted(folder, text, published, title)


# ---------- the article's country: headline, lead, dateline, places; country names last


@pytest.mark.parametrize(
    ("title", "lead", "dateline", "country"),
    [
        # maradun-zurmi-bandit-attacks-2018-07-17: no country is named, the headline's state is
        ("Fresh attack claims 3 in Zamfara", "Gunmen attacked two communities.", None, "NGA"),
        ("Gunmen kill 3 near Gusau", "Gunmen attacked two communities.", None, "NGA"),
        # birao-sissikebe-clash-2011-04-11: filed from Libreville, the lead is in the CAR
        (
            "Central African Republic fighting kills 27",
            "Libreville - Weekend fighting between rebels and soldiers in the Central African "
            "Republic left 27 dead on both sides, a rebel leader said on Monday.",
            "GAB",
            "CAF",
        ),
        # douma-market-airstrike-2015-08-16: filed from Beirut, a title-case headline
        ("Air Raids Near Damascus Kill 80", "Warplanes attacked a market.", "LBN", "SYR"),
        # kataib-hezbollah-us-strikes-2019-12-29: two countries in the headline, the lead decides
        (
            "US strikes militia facilities in Syria and Iraq",
            "The strikes follow a rocket attack on a base in northern Iraq on Friday.",
            None,
            "IRQ",
        ),
        # bhimber-loc-firing-2016-11-13: nothing placed in headline or lead, so the dateline
        (
            "7 soldiers killed in LoC firing, Indian army blamed",
            "Islamabad: Seven soldiers were killed during firing by Indian troops.",
            "PAK",
            "PAK",
        ),
    ],
)
def test_the_articles_country_is_where_headline_lead_and_dateline_place_it(
    title, lead, dateline, country
):
    assert geoparse.article_country(title, lead, dateline, [title, lead]) == country


def test_a_state_is_no_country_of_the_same_name():
    # khuafo-airstrike-2023-03-30: 'in Chin state' is Myanmar's state, not China
    assert geoparse.placed_countries("Khuafo, a major town in Chin state near the border") == [
        "MMR"
    ]


def test_an_article_that_names_no_country_is_drafted_in_the_country_of_its_places(tmp_path):
    # maradun-zurmi-bandit-attacks-2018-07-17
    text = (
        "No fewer than three people were reported killed as unknown gunmen attacked Sikida "
        "village in Maradun Local Government Area of Zamfara.\n\n"
        "Shehu said that the bandits attacked the community in the early hours of Tuesday."
    )
    events = draft(tmp_path, text, title="Fresh attack claims 3 in Zamfara").events
    assert set(events["country"]) == {"Nigeria"}


# ---------- several towns of one round-up: an event per town, on the day the text is telling

PANAMAO = (
    "Hundreds of armed followers of a jailed former Muslim rebel leader attacked government "
    "troops in Jolo's Panamao on Monday, sparking clashes, officials said.\n\n"
    "Demaala said he would ask local civilian officials to intervene to halt the clashes.\n\n"
    "While a clash was underway in Panamao, about 80 suspected followers of Misuari attacked army "
    "troops involved in a civic project in nearby Parang town, killing a soldier.\n\n"
    "In Patikul, also near Panamao, attackers opened fire on military reinforcements, killing 11 "
    "marines and wounding 13 others, a military officer said."
)


def test_acts_in_nearby_towns_are_an_event_per_town_on_the_day_told(tmp_path):
    # panamao-misuari-followers-clashes-2005-02-07: three towns of Jolo island within 40 km
    events = draft(tmp_path, PANAMAO, published="2005-02-07").events
    violent = events[events["event_type"] == "Battles"].sort_values("x_location_raw")
    assert list(violent["location"]) == ["Pananaw", "Parang", "Patikul"]
    assert set(violent["event_date"]) == {"2005-02-07"}
    assert violent.set_index("location").loc["Patikul", "fatalities"] == 11


def test_an_act_near_a_town_still_joins_that_towns_event(tmp_path):
    # beiji-siniyah-bombings-2007-06-25, words varied: 'near X' beside X is one place
    text = (
        "Gunmen attacked a police checkpoint in Beiji on Monday, killing two policemen.\n\n"
        "Fighting near Beiji went on for an hour, police said."
    )
    events = draft(tmp_path, text, published="2007-06-25").events
    assert len(events[events["event_type"] == "Battles"]) == 1


def test_a_link_whose_sentence_names_none_of_the_round_ups_acts_is_not_drafted(tmp_path):
    # panamao-misuari-followers-clashes-2005-02-07: 'retaliating' answers the attacks in three
    # towns; the sentence names none of them, so no link goes to the one told last (Patikul)
    text = PANAMAO + (
        "\n\nThe gunmen apparently were retaliating after army troops attacked their strongholds "
        "near Panamao."
    )
    extraction = draft(tmp_path, text, published="2005-02-07")
    assert extraction.links.empty, extraction.links


# ---------- a list of villages: each named place of the list is an event of its own

BARIRE = (
    "The militant group al-Shabab has launched attacks on Somali military forces in Lower "
    "Shabelle region, Somali regional officials said.\n\n"
    "The attacks in the early hours of Saturday, around 4 a.m. local time, targeted military "
    "bases in the towns of Barire and Awdhegle in southern Somalia.\n\n"
    "Siidi said the militants fired mortars on the nearby villages of Sabiid and Anole."
)


def test_each_village_of_a_list_is_an_event_at_the_unit_the_article_names(tmp_path):
    # barire-awdhegle-base-attacks-2021-04-03: no village is in the gazetteer; the article's
    # region (Lower Shabelle, at its capital Marka) places them, not the compass 'southern Somalia'
    events = draft(tmp_path, BARIRE, published="2021-04-05").events
    kinetic = events[events["event_type"] != "Strategic developments"]
    assert sorted(kinetic["x_location_raw"]) == ["Anole", "Awdhegle", "Barire", "Sabiid"]
    assert set(kinetic["location"]) == {"Lower Shabelle"}
    assert set(kinetic["geo_precision"]) == {3}
    assert set(kinetic["event_date"]) == {"2021-04-03"}
    mortars = kinetic[kinetic["x_location_raw"].isin(["Sabiid", "Anole"])]
    assert set(mortars["sub_event_type"]) == {"Shelling/artillery/missile attack"}


@pytest.mark.parametrize(
    "phrase",
    [
        # maradun-zurmi-bandit-attacks-2018-07-17
        "two communities, Sikida and Gyaddu Villages in Maradun Local Government Area",
        # the same, words varied
        "the villages of Sikida and Gyaddu in Maradun Local Government Area",
        "Sikida and Gyaddu villages in Maradun LGA",
    ],
)
def test_two_villages_of_a_local_government_area_are_two_events_at_its_seat(tmp_path, phrase):
    text = (
        "No fewer than three people were reported killed as unknown gunmen attacked "
        f"{phrase} of Zamfara on Tuesday."
    )
    events = draft(tmp_path, text, title="Fresh attack claims 3 in Zamfara").events
    assert len(events) == 2, events[["x_location_raw", "location"]]
    assert set(events["location"]) == {"Maradun"} and set(events["geo_precision"]) == {2}
    assert set(events["event_date"]) == {"2018-07-17"}


def test_the_place_where_a_spokesman_told_newsmen_is_no_place_of_the_act(tmp_path):
    # maradun-zurmi-bandit-attacks-2018-07-17
    text = (
        "Gunmen attacked Sikida village in Maradun Local Government Area of Zamfara on Tuesday, "
        "killing three people.\n\n"
        "The Zamfara Police Command spokesman made this known to newsmen in Gusau on Wednesday."
    )
    events = draft(tmp_path, text).events
    assert "Gusau" not in set(events["location"])


def test_an_act_in_a_compass_region_and_a_second_country_is_an_event_per_country(tmp_path):
    # claw-sword-strikes-syria-iraq-2022-11-20
    text = (
        "At least 29 people have been killed in air strikes launched by the Turkish army in "
        "northern Syria and Iraq on Sunday."
    )
    events = draft(tmp_path, text, published="2022-11-20").events
    assert sorted(events["country"]) == ["Iraq", "Syria"]
    assert set(events["geo_precision"]) == {3}


def test_a_toll_found_by_a_team_that_responded_is_no_act_of_its_own(tmp_path):
    # maradun-zurmi-bandit-attacks-2018-07-17: 'responded ... discovered that three people had
    # been killed' is the toll of the attack told before, not an earlier act of a link
    text = (
        "Unknown gunmen attacked Sikida village in Maradun Local Government Area of Zamfara in "
        "the early hours of Tuesday.\n\n"
        "He said that by the time the joint security team of police and military responded to "
        "the distress calls, they discovered that three people had been killed, while the "
        "bandits had fled."
    )
    events = draft(tmp_path, text, title="Fresh attack claims 3 in Zamfara").events
    assert list(events["location"]) == ["Maradun"], events[["location", "notes"]]


# ---------- a lead act told at a region is where the next sentence's exact place is


def test_a_lead_act_told_at_a_region_is_at_the_place_the_next_sentence_names(tmp_path):
    # villanueva-mass-kidnapping-2001-05-17
    text = (
        "BOGOTA, Colombia — Suspected paramilitary gunmen went on a kidnapping rampage through "
        "the tropical lowlands of eastern Colombia, plucking nearly 200 people from buses, the "
        "armed forces said Wednesday.\n\n"
        "Most of the victims worked on plantations near the hamlet of Villanueva and were heading "
        "home from work Tuesday afternoon.\n\n"
        "Tuesday's kidnapping involved more victims than any before."
    )
    events = draft(tmp_path, text, published="2001-05-17").events
    kidnapping = events[events["event_type"] == "Violence against civilians"].iloc[0]
    assert (kidnapping["location"], kidnapping["geo_precision"]) == ("Villanueva", 2)


def test_a_next_sentence_that_tells_an_act_of_its_own_does_not_move_the_lead(tmp_path):
    # villanueva-mass-kidnapping-2001-05-17, words varied: the next sentence tells a killing of
    # its own near Villanueva, so it says nothing of where the lead's kidnapping was
    text = (
        "Suspected paramilitary gunmen went on a kidnapping rampage through the tropical lowlands "
        "of eastern Colombia on Tuesday, the armed forces said Wednesday.\n\n"
        "Gunmen also shot dead two farmers near the hamlet of Villanueva on Monday."
    )
    events = draft(tmp_path, text, published="2001-05-17").events
    kidnapping = events[events["sub_event_type"] == "Abduction/forced disappearance"].iloc[0]
    assert kidnapping["location"] == "eastern Colombia"


def test_strikes_from_one_evening_to_before_dawn_are_on_the_day_the_night_ended(tmp_path):
    # claw-sword-strikes-syria-iraq-2022-11-20 (published Sunday 20 November 2022)
    text = (
        "Turkish warplanes struck Kurdish positions in northern Syria on Saturday evening and "
        "before dawn on Sunday, killing 18 fighters, a monitor said."
    )
    event = draft(tmp_path, text, published="2022-11-20").events.iloc[0]
    assert (event["event_date"], event["time_precision"]) == ("2022-11-20", 2)


def test_a_link_to_an_act_dated_on_another_day_does_not_go_to_the_act_told_last():
    # claw-sword-strikes-syria-iraq-2022-11-20 (dev): 'The strikes come just days after Ankara
    # blamed the PKK for last Sunday's deadly bombing' links no act to the Kilis rocket told just
    # before, fired on the day of the strikes
    path = config.DATA_DIR / "articles" / "claw-sword-strikes-syria-iraq-2022-11-20.txt"
    extraction = extract.extract(load_article(path))
    kilis = extraction.events.loc[extraction.events["location"] == "Kilis", "event_id_cnty"]
    assert not set(kilis) & set(extraction.links["from_event"]), extraction.links
