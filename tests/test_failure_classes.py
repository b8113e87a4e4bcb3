"""The failure classes of issue 7 seen on unseen articles, each tested with sentences of the
corpus's dev articles.

The texts are sentences of `data/articles/` files with `split: dev` (the article is named above
each test); never of the test split. Each fix is a general rule or lexicon entry, so the tests also
vary the words.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from drafting import extracted, kinetic

from eventreport.article import load_article
from eventreport.extraction import draft as extract

PUBLISHED = "2019-12-31"  # a Tuesday


def draft(folder: Path, text: str, published: str = PUBLISHED) -> extract.Extraction:
    """`drafting.extracted`, published on PUBLISHED unless told otherwise."""
    return extracted(folder, text, published)


# ---------- (b) a crowd storming a building is a riot

EMBASSY = (
    "Dozens of people stormed the compound of the United States embassy in Iraq on Tuesday.\n\n"
    "Guards inside the embassy used tear gas to try and prevent demonstrators from moving "
    "towards main buildings "
    "inside the compound, an Iraqi security source told NBC News on condition of anonymity.\n\n"
    "There were roughly 6,000 protesters at the height of the demonstrations, a U.S. official "
    "estimated."
)


def test_a_crowd_storming_an_embassy_is_a_riot_not_a_peaceful_protest(tmp_path):
    # baghdad-us-embassy-storming-2019-12-31
    events = kinetic(draft(tmp_path, EMBASSY).events)
    assert list(events["sub_event_type"]) == ["Violent demonstration"]
    assert events.iloc[0]["event_type"] == "Riots" and events.iloc[0]["actor1"].startswith(
        "Rioters"
    )


def test_a_protest_whose_crowd_sets_fire_to_a_building_is_a_riot(tmp_path):
    text = (
        "Hundreds of people marched on the governor's office in Wamena on Monday, chanting "
        "slogans.\n\n"
        "Some of the crowd set fire to the building and to shops nearby."
    )
    events = kinetic(draft(tmp_path, text, "2019-09-23").events)
    assert list(events["event_type"]) == ["Riots"]


# ---------- (a) a news agency or outlet is no actor


@pytest.mark.parametrize(
    "outlet",
    [
        "Libya al-Ahrar news channel",
        "Iraq's state news agency",
        "The Libya Observer",
        "Pakistan Today",
        "Iraqi television",
    ],
)
def test_an_outlet_that_accuses_or_condemns_makes_no_statement_event(tmp_path, outlet):
    # baghdad-us-embassy-storming-2019-12-31 (Trump's accusation, said by an outlet; the first
    # outlet is the one
    # tripoli-armed-groups-clash-2022-07-23 quotes)
    text = f"{EMBASSY}\n\n{outlet} accused Iran of orchestrating the attack."
    events = draft(tmp_path, text).events
    assert "Strategic developments" not in set(events["event_type"]), events[
        ["event_type", "actor1"]
    ]


def test_a_party_that_accuses_is_still_a_statement(tmp_path):
    # the same sentence with its real speaker
    text = f"{EMBASSY}\n\nPresident Donald Trump accused Iran of orchestrating the attack."
    statements = draft(tmp_path, text).events.query("event_type == 'Strategic developments'")
    assert list(statements["actor1"]) == ["Government of the United States (2017-2021)"]


def test_a_dateline_agency_is_no_actor(tmp_path):
    # baghdad-airport-strike-reuters-2020-01-02 (dateline 'BAGHDAD (Reuters) -')
    text = (
        "BAGHDAD (Reuters) - Three people were killed in an air strike on a convoy in "
        "Baghdad airport on Thursday."
    )
    events = draft(tmp_path, text, "2020-01-02").events
    assert list(events["event_type"]) == ["Explosions/Remote violence"]
    assert "Reuters" not in set(events["actor1"]) | set(events["actor2"])


def test_the_they_of_an_act_an_agency_reports_is_not_the_agency(tmp_path):
    # canadia-park-garment-protest-shooting-2014-01-03 ('..., Reuters reported.' after nearly
    # every sentence): 'they opened fire' is the police's act, never the agency's
    text = (
        "Police fired on protesters in Canadia Industrial Park in Phnom Penh on Friday, killing "
        "four people, Reuters reported. Garment workers were throwing rocks at police when they "
        'opened fire in a scene described by human rights groups as "horrific," Reuters reported.'
    )
    events = draft(tmp_path, text, "2014-01-03").events
    assert not events.empty
    assert "Reuters" not in " ".join(events["actor1"].tolist() + events["actor2"].tolist())


# ---------- honest drafts: every value has a confidence


def test_every_drafted_value_carries_a_confidence_and_what_the_text_lacks_is_low(tmp_path):
    # rann-camp-airstrike-2017-01-17 (the lead) and tripoli-armed-groups-clash-2022-07-23 (an
    # undated figure sentence)
    text = (
        "A Nigerian Air Force jet mistakenly bombed a camp for displaced people in Rann on "
        "Tuesday, killing at least 52 "
        "people, aid workers said.\n\n"
        "The fighting killed 13 people and injured 30, the ambulance service told Libya "
        "al-Ahrar news channel."
    )
    evidence = draft(tmp_path, text, "2017-01-17").evidence
    assert (
        set(evidence["confidence"]) <= {"high", "medium", "low"}
        and evidence["confidence"].notna().all()
    )
    lead = evidence[evidence["sentence"].str.startswith("A Nigerian")]
    assert lead.set_index("field").loc["event_date", "confidence"] == "high"
    assert lead.set_index("field").loc["location", "confidence"] == "high"
    unsupported = evidence[evidence["phrase"] == ""]
    assert (unsupported["confidence"] == "low").all() and (
        unsupported["start"] == unsupported["end"]
    ).all()


# ---------- (d) the lead incident, where it happened

AFP_LEAD = (
    "BAGHDAD (AFP) – Iran fired missiles yesterday at Iraqi bases housing the United States "
    "(US) military, officials "
    "in Washington and Tehran said, in the first action of the Islamic republic’s promised "
    "revenge for the US killing "
    "of a top Iranian general."
)


AFP_BASES = (
    "“It is clear that these missiles were launched from Iran and targetted at least two Iraqi "
    "military bases hosting "
    "US military and coalition personnel” at Ain al-Asad and Arbil, it said."
)


def test_the_lead_incident_is_drafted_where_it_happened_not_where_the_officials_speak(tmp_path):
    # ain-al-asad-erbil-missile-strikes-2020-01-09: the lead was split into two attacks, in
    # Washington and in Tehran
    text = f"{AFP_LEAD}\n\n{AFP_BASES}"
    events = kinetic(
        draft(tmp_path, text, "2020-01-09").events
    )  # (the killing it avenges is coded as a link's end)
    missiles = events[events["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert set(missiles["country"]) == {"Iraq"}, events[["location", "country"]]
    assert set(missiles["event_date"]) == {"2020-01-08"}
    assert "Ain al-Asad Air Base" in set(missiles["location"])
    assert not {"Washington", "Tehran"} & set(missiles["location"])


def test_the_dateline_and_a_country_name_are_no_speaker(tmp_path):
    # the same lead: 'United States' is no reporting verb 'states', so 'BAGHDAD (AFP) – Iran' is no
    # speaker, and Iran fires
    drafted = draft(tmp_path, AFP_LEAD, "2020-01-09")
    assert kinetic(drafted.events).iloc[0]["actor1"] == "Military Forces of Iran (1989-)"
    assert not drafted.claims["claimant"].str.contains("AFP|BAGHDAD").any()


DARFUR = (
    "KHARTOUM (Reuters) - Sudan's army on Friday said it clashed with fighters from two rebel "
    "factions in Darfur in a four-hour fight that left 21 people dead. The military said rebel "
    "forces ambushed its men on a road between Nyala and El Fasher on Thursday evening."
)


def test_a_day_before_said_dates_the_telling_and_the_dateline_is_no_claimant(tmp_path):
    # dev: Darfur. 'on Friday said' dates the army's telling, so the fight of Thursday evening is
    # one event with the toll, and the claimant is the army, not 'KHARTOUM (Reuters) - ...'
    drafted = draft(tmp_path, DARFUR, "2011-01-22")
    fights = kinetic(drafted.events)
    assert list(fights["event_date"].astype(str)) == ["2011-01-20"]
    assert list(drafted.claims["claimant"]) == ["Sudan's army"]


def test_a_day_before_an_act_verb_stays_the_acts(tmp_path):
    # control: 'on Friday killed' is the day of the act, not of a telling
    text = "Gunmen on Friday killed 21 people in an attack on a market in Nyala, police said."
    assert list(kinetic(draft(tmp_path, text, "2011-01-22").events)["event_date"].astype(str)) == [
        "2011-01-21"
    ]


# ---------------------------------------------------------- (b) a toll stays with its own incident

TWO_BOMBINGS = (
    "A suicide bomber killed 63 people at a wedding hall in the Afghan capital Kabul on Saturday "
    "night, officials "
    "said.\n\nA day earlier, a bomb hit a mosque in the Pakistani city of Quetta. The blast "
    "killed four worshippers."
)


def test_a_smaller_incident_abroad_a_day_earlier_keeps_its_own_toll(tmp_path):
    # the case in our words: a large bombing leads, a smaller one in another country a day
    # earlier follows
    events = kinetic(draft(tmp_path, TWO_BOMBINGS, "2019-08-18").events).set_index("country")
    assert events.loc["Afghanistan", "event_date"] == "2019-08-17"
    assert events.loc["Pakistan", "event_date"] == "2019-08-16"
    assert (events.loc["Afghanistan", "fatalities"], events.loc["Pakistan", "fatalities"]) == (
        63,
        4,
    )
    assert events.loc["Afghanistan", "x_fatalities_high"] == 63


def test_a_toll_in_another_province_does_not_join_an_incident_elsewhere(tmp_path):
    # kandahar-checkpoint-car-bomb-2008-12-28: the six militants killed in Helmand went to the
    # Herat blasts
    text = (
        "There were also two suicide car bombs in western Afghanistan on Friday. Only the "
        "attackers were killed in "
        "the blasts, although three foreigners were wounded in an attack in Herat.\n\n"
        "The US military announced meanwhile that soldiers had killed six suspected militants in "
        "the southern "
        "province of Helmand."
    )
    events = kinetic(draft(tmp_path, text, "2008-12-28").events)
    herat = events[events["location"].str.startswith("Her")]
    assert len(herat) == 1 and herat.iloc[0]["fatalities"] == 0, events[["location", "fatalities"]]


# -------------------------------------------------------------- (c) one operation in two countries


@pytest.mark.parametrize(
    "text",
    [
        # baghdad-us-embassy-storming-2019-12-31
        "American fighter jets on Sunday bombed weapons depots in Iraq and Syria that the U.S. "
        "said were linked "
        "with a group called Kataeb Hezbollah.",
        # kataib-hezbollah-us-strikes-2019-12-29
        "US forces have carried out strikes targeting five Kata'ib Hezbollah facilities in Syria "
        "and Iraq, including "
        "weapons storage locations, the Pentagon said in a statement Sunday.",
    ],
)
def test_strikes_in_two_countries_are_one_event_per_country(tmp_path, text):
    events = kinetic(draft(tmp_path, text).events)
    assert sorted(events["country"]) == ["Iraq", "Syria"], events[["country", "location"]]
    assert set(events["event_date"]) == {"2019-12-29"}
    assert set(events["geo_precision"]) == {3}


# ------------------------------------------------------------------ (a) the date of the telling


def test_an_act_dated_only_by_its_report_is_on_or_before_that_day(tmp_path):
    # kataib-hezbollah-us-strikes-2019-12-29: '..., the Pentagon said in a statement Sunday.' dates
    # the telling; the act has no day of its own, so it takes that day with precision 2 (on or
    # before), never the act's own date elsewhere
    text = (
        "US forces carried out strikes on militia depots in Iraq, the Pentagon said in a "
        "statement Sunday."
    )
    event = kinetic(draft(tmp_path, text).events).iloc[0]
    assert (event["event_date"], event["time_precision"]) == ("2019-12-29", 2)
    dated = text.replace("carried out strikes", "carried out strikes on Friday")
    event = kinetic(draft(tmp_path, dated).events).iloc[0]
    assert (event["event_date"], event["time_precision"]) == ("2019-12-27", 1)


# ----------------------------------------------------------- (d) a place by distance and direction


def test_a_place_given_by_distance_from_a_town_is_coded_at_the_town_with_precision_2(tmp_path):
    # mamond-cross-border-attack-2011-06-16: the militants came 'from Afghanistan' (no place of
    # the act) and the attack 'took place about 65 kilometres northwest of Khar': coded at Khar,
    # precision 2 (ACLED; CURATION.md), in Pakistan, not in Afghanistan nor 65 km away
    text = (
        "KHAR Scores of armed militants crossed the border from Afghanistan on Thursday and "
        "stormed a village in the country’s tribal belt, killing five civilians, Pakistani "
        "officials said."
        "\n\nAkbar said three women were also wounded in the attack, which took place about 65 "
        "kilometres northwest of Khar, the main town in Bajaur."
    )
    event = kinetic(draft(tmp_path, text, "2011-06-16").events).iloc[0]
    assert (event["country"], event["location"], event["geo_precision"]) == ("Pakistan", "Khar", 2)
    assert event["x_location_raw"] == "65 kilometres northwest of Khar"


def test_a_far_distance_from_a_town_never_stands_for_a_town_the_gazetteer_lacks(tmp_path):
    # after beiji-siniyah-bombings-2007-06-25 ('In Beiji, 200 km north of Baghdad, ...') and
    # mamond-cross-border-attack-2011-06-16 (Mamond is not in the gazetteer), in our words: the
    # words say where Mamond lies; Khar, 65 km away, is no stand-in for it, so the event is coded
    # at the country the officials are of (precision 3) and says so (never a silent substitution)
    text = (
        "Hundreds of militants stormed Mamond, about 65 kilometres northwest of Khar, on "
        "Thursday and killed five civilians, Pakistani officials said."
    )
    event = kinetic(draft(tmp_path, text, "2011-06-16").events).iloc[0]
    assert (event["location"], event["geo_precision"]) == ("Pakistan", 3)
    assert event["x_location_raw"] == "Mamond"
    assert "place unresolved: 'Mamond'" in event["notes"]


def test_a_town_the_actors_came_from_and_a_capital_far_away_are_no_place_of_the_act(tmp_path):
    # panamao-misuari-followers-clashes-2005-02-07: 'Jolo's Panamao' is Panamao on Jolo island;
    # 'flying from Manila' and '590 miles south of the capital' place nothing
    text = (
        "The attacks by about 500 followers of Nur Misuari in Jolo's Panamao were apparently "
        "touched off by a disagreement over recent military offensives, army Brig. Gen. Agustin "
        "Demaala said on Monday.\n\nJolo Governor Ben Loong said he was flying from Manila to "
        "his province, about 590 miles south of the capital, to help negotiate a halt to the "
        "fighting."
    )
    event = kinetic(draft(tmp_path, text, "2005-02-07").events).iloc[0]
    assert (event["location"], event["admin1"]) == ("Pananaw", "Sulu")


# ------------------------------------------------ (e) a town name that several places share


def test_a_shared_town_name_goes_to_the_one_near_the_towns_named_before(tmp_path):
    # panamao-misuari-followers-clashes-2005-02-07: 'nearby Parang town' in a story on Panamao is
    # Parang of Sulu, not the larger Parang of Maguindanao 400 km away
    text = (
        "Fighting seemed to be centered in Panamao on Monday, army Brig. Gen. Agustin Demaala "
        "said.\n\nAbout 80 suspected followers of Misuari attacked army troops involved in a "
        "civic project in nearby Parang town on Sunday, killing a soldier and wounding two "
        "others."
    )
    events = kinetic(draft(tmp_path, text, "2005-02-07").events)
    parang = events[events["location"] == "Parang"].iloc[0]
    assert parang["admin1"] == "Sulu" and parang["latitude"] < 6.5


def test_the_date_of_the_telling_never_replaces_the_acts_own_date(tmp_path):
    # in our words, after the Maroof pattern: 'police said on Thursday' dates the report, 'late on
    # Wednesday' the act
    text = (
        "At least a dozen policemen were killed when Taliban fighters attacked a district "
        "headquarters in Kandahar "
        "province, police said on Thursday.\n\nThe attack took place late on Wednesday."
    )
    event = kinetic(draft(tmp_path, text, "2017-09-28").events).iloc[0]
    assert (event["event_date"], event["time_precision"]) == ("2017-09-27", 1)
    assert (event["location"], event["geo_precision"]) == (
        "Kandahar",
        3,
    )  # the province, at its largest town


def test_the_lead_event_with_no_place_in_its_sentences_is_where_the_headline_says(tmp_path):
    # beiji-siniyah-bombings-2007-06-25's headline names the region; here, in our words, a town
    path = tmp_path / "headline.txt"
    path.write_text(
        "---\ntitle: Suicide car bomb hits army checkpoint in Kirkuk\npublished: 2007-06-25\n---\n"
        "A suicide car bomb struck an army checkpoint on Monday, killing two soldiers, a police "
        "source said.\n",
        encoding="utf-8",
    )
    event = extract.extract(load_article(path, draft=True)).events.iloc[0]
    assert (event["location"], event["geo_precision"]) == ("Kirkuk", 1)
    assert "the headline names" in event["notes"]


# ------------------------------- (f) a place given only as a region, and a speaker's place


def test_the_region_where_the_attack_took_place_places_it_though_a_speaker_names_it(tmp_path):
    # yarou-village-attack-2023-08-20: the governor 'of the Bandiagara region where the attack
    # took place' names the act's region (Mali's newer regions are no basemap province: coded at
    # the region's seat, precision 3), not 'central Mali', 280 km away; Yarou is not in the
    # gazetteer and the notes say so
    text = (
        "Bamako: Armed gunmen killed at least 23 people and wounded 12 in an attack on a village "
        "in central Mali, officials said Sunday.\n\nSidi Mohamed El Bechir, governor of the "
        "Bandiagara region where the attack took place, said unidentified men killed dozens of "
        "people and set fire to several homes in the village of Yarou on Friday."
    )
    event = kinetic(draft(tmp_path, text, "2023-08-20").events).iloc[0]
    assert (event["location"], event["geo_precision"]) == ("Bandiagara", 3)
    assert "place unresolved: 'Yarou'" in event["notes"]


def test_an_agreement_is_placed_where_the_parties_negotiate_not_at_a_speakers_seat(tmp_path):
    # addis-south-sudan-ceasefire-2014-01-23: the South Sudanese parties agree a ceasefire; the
    # text has them 'negotiating in the Ethiopian capital, Addis Ababa', so it is coded there, not
    # at Juba, the government's seat
    text = (
        "South Sudan government and its rebels have agreed on a ceasefire, which could end over a "
        "month of fighting in the country.\n\nThe two factions have for the last three weeks been "
        "negotiating in the Ethiopian capital, Addis Ababa, under the mediation of IGAD."
    )
    events = draft(tmp_path, text, "2014-01-23").events
    agreement = events[events["sub_event_type"] == "Agreement"].iloc[0]
    assert (agreement["location"], agreement["country"]) == ("Addis Ababa", "Ethiopia")
    assert "negotiate" in agreement["notes"]
