"""Rules written in the session of the fresh56 to fresh59 dev articles (issue 7; see
`data/events/CURATION.md`): each is a mechanism of news copy, tested with the real sentences of a
dev article that the drafts got wrong."""

from __future__ import annotations

import datetime as dt

import pytest
from drafting import dates_of, drafted_events, readings, sentence_figures

from eventreport.extraction import dates, mentions, sentences

DJIBOUTI_RIOT = (
    "Earlier, anti-government demonstrators clashed for a second day with riot police who used "
    "teargas to disperse the crowds on Saturday in Djibouti. "
)


def test_an_undated_fight_told_beside_a_riot_is_the_riots_fighting(tmp_path):
    """djibouti-city-protest-clashes-2011-02-18: 'one policeman was killed in the fighting' tells
    the riot's fighting; it had become an armed clash of its own, with an unknown armed group."""
    events = drafted_events(
        tmp_path,
        DJIBOUTI_RIOT + "Interior Minister Yacin Elmi Bouh said one policeman was killed in the "
        "fighting and one demonstrator died after being hit by a speeding police car.",
        "2011-02-19",
    )
    assert list(events["sub_event_type"]) == ["Violent demonstration"]


def test_a_fight_of_an_armed_group_beside_a_riot_stays_apart(tmp_path):
    """Control: a fight that names an armed group of its own is no riot's fighting."""
    events = drafted_events(
        tmp_path,
        DJIBOUTI_RIOT + "Rebels of the FRUD clashed with the army in the north, killing two "
        "soldiers.",
        "2011-02-19",
    )
    assert "Armed clash" in set(events["sub_event_type"])


def test_trucks_burned_during_an_attack_are_property_destruction(tmp_path):
    """araucania-trucks-arson-2020-08-05: the bare word 'attack' had swallowed the act it names
    ('burned more than a dozen trucks'), and as a bare word it could not stand: no draft."""
    events = drafted_events(
        tmp_path,
        "Arsonists burned more than a dozen trucks late on Wednesday during an attack on a "
        "factory in Chile's Araucania, authorities said.",
        "2020-08-06",
    )
    assert list(events["sub_event_type"]) == ["Looting/property destruction"]
    assert list(events["event_date"].astype(str)) == ["2020-08-05"]


RUKUBA = (
    "Nigerian authorities on Sunday imposed a curfew in parts of central Plateau state, a day "
    "after a suspected militia attack on a convoy of 90, killed 23. Confirming the incident, "
    "police spokesman Ubah Ogaba said that on Saturday, “a group of attackers suspected to be "
    "Irigwe youths attacked a convoy of five.\n"
)


def test_an_anchor_after_a_days_clause_counts_from_that_day(tmp_path):
    """rukuba-road-convoy-attack-2021-08-14: 'on Sunday imposed a curfew in parts of central
    Plateau state, a day after a ... attack': the attack was on Saturday; only an anchor right
    after the day phrase's comma had counted from it."""
    events = drafted_events(tmp_path, RUKUBA, "2021-08-15")
    assert list(events["event_date"].astype(str)) == ["2021-08-14"]


def test_a_participles_clause_before_the_speaker_is_no_speaker(tmp_path):
    """rukuba: 'Condemning the attack, President Muhammadu Buhari said': the speaker had been
    'Condemning the attack', so the condemnation drafted nothing."""
    events = drafted_events(
        tmp_path,
        RUKUBA + "Condemning the attack, President Muhammadu Buhari said in a statement that "
        "this was “a direct, brazen and wickedly motivated attack.”",
        "2021-08-15",
    )
    statements = events[events["sub_event_type"] == "Other"]
    assert list(statements["actor1"]) == ["Government of Nigeria"]


def test_arrests_in_a_story_whose_crowd_is_only_quoted_are_their_own_event(tmp_path):
    """rukuba: a spokesman's 'Irigwe youths attacked a convoy' made the story one of
    demonstrations, whose arrests are part of the demonstration, so 'Police said 20 suspects have
    been arrested' was dropped."""
    events = drafted_events(
        tmp_path,
        RUKUBA + "In the meantime, Police said 20 suspects have been arrested while 33 victims "
        "have been rescued.",
        "2021-08-15",
    )
    assert dates_of(events, "Arrests") == ["2021-08-15"]


def test_a_south_american_nation_is_no_region_of_the_united_states(tmp_path):
    """caracas-mother-of-all-marches-2017-04-19: 'the beleaguered South American nation' had placed
    the march's clashes in the south of the United States."""
    events = drafted_events(
        tmp_path,
        "Anti-government protestors clashed with Venezuelan security forces and "
        "pro-administration gangs Wednesday, turning what was supposed to be a massive "
        "peaceful march into a chaotic scene of tear gas and hurled debris that left at least two "
        "dead and cast a shadow over the future of the beleaguered South American nation.",
        "2017-04-19",
    )
    assert set(events["country"]) == {"Venezuela"}


def test_violence_that_struck_is_no_strike():
    """caracas: 'Violence struck early in the day Wednesday, when a 17-year-old boy was shot dead'
    had been drafted as an air strike."""
    found = readings(
        "Violence struck early in the day Wednesday, when a 17-year-old boy was shot dead in the "
        "Caracas neighborhood of San Bernardino."
    )
    assert [words for words, _ in found] == ["shot dead"]


def test_a_petrol_bomb_attack_is_no_explosive_attack(tmp_path):
    """sar-sitra-bahrain-clashes-2012-02-16: the 'bomb' of 'a petrol bomb attack' cued an
    explosive device for the word 'attack'."""
    events = drafted_events(
        tmp_path,
        "An interior ministry statement said two policemen were seriously injured in a petrol "
        "bomb attack on their patrol vehicle on Wednesday night in the town of Sitra.",
        "2012-02-17",
    )
    assert list(events["sub_event_type"]) == ["Violent demonstration"]


def test_a_country_named_across_places_the_story_before_one_named_for_talks(tmp_path):
    """kunduz-checkpoints-taliban-attacks-2021-01-18: 'has killed dozens across Afghanistan, even
    as talks are underway ... in Qatar' had set the story in Qatar, so Helmand's killing found no
    place."""
    events = drafted_events(
        tmp_path,
        "KABUL, Afghanistan — A wave of Taliban attacks and violence has killed dozens across "
        "Afghanistan, even as talks are underway between the government and the insurgents in "
        "Qatar, officials said Tuesday. Meanwhile, in southern Helmand province, administrator "
        "Abdul Zahir Haqyar was shot and killed by unknown gunmen Monday night, Helmand "
        "provincial Gov. Abdul Nabi Elham said.",
        "2021-01-20",
    )
    assert set(events["country"]) == {"Afghanistan"}
    assert "Hilmand" in set(events["location"])


def test_the_united_nations_condemning_is_a_statement_made_at_its_seat(tmp_path):
    """myaing-protesters-shooting-2021-03-11: 'The United Nations on Wednesday condemned the
    junta's increasingly violent crackdown' drafted nothing: the UN was an aid agency in the actor
    lexicon, whose words are accounts, though the statement rule names it a party; it speaks from
    New York (actors.csv's seat), not from its country's capital."""
    events = drafted_events(
        tmp_path,
        "Nine protesters were shot dead in Myanmar on Thursday. The United Nations on Wednesday "
        "condemned the junta's increasingly violent crackdown.",
        "2021-03-11",
    )
    statements = events[events["sub_event_type"] == "Other"]
    assert list(statements["actor1"]) == ["United Nations"]
    assert list(statements["event_date"].astype(str)) == ["2021-03-10"]
    assert list(statements["location"]) == ["New York City"]


def test_a_un_aid_agency_speaks_no_statement(tmp_path):
    """Control: UNICEF's words are an account (an aid agency), never a statement event."""
    events = drafted_events(
        tmp_path,
        "Nine protesters were shot dead in Myanmar on Thursday. UNICEF on Wednesday condemned the "
        "junta's increasingly violent crackdown.",
        "2021-03-11",
    )
    assert "Other" not in set(events["sub_event_type"])


def test_a_shot_that_wounded_is_small_arms_fire_no_air_strike(tmp_path):
    """talish-karabakh-ceasefire-killings-2016-04-14: 'fatally wounded by a shot from the
    Azerbaijani side' names small-arms fire after its act word; a foreign force's attack with no
    weapon named had been drafted as an air strike."""
    events = drafted_events(
        tmp_path,
        "Nagorno-Karabakh’s military authorities have reported a new fatality at the line of "
        "contact with Azerbaijan, at the same time denying Baku’s accusations that Armenian "
        "forces have violated the current fragile ceasefire by killing an Azeri serviceman. "
        "According to the Defense Ministry of Nagorno-Karabakh, Hamlet Hajoyan, 46, was fatally "
        "wounded by a shot from the Azerbaijani side on April 14 as he was on duty at a defense "
        "position in Nagorno-Karabakh.",
        "2016-04-15",
    )
    assert "Air/drone strike" not in set(events["sub_event_type"])


def test_the_people_a_relative_clause_makes_killers_are_no_victims():
    """ngouboua-garrison-attack-2024-10-27: 'several hundred Boko Haram fighters who attacked and
    killed on Sunday more than 40 Chad government troops' had given 100 dead (the fighters)."""
    found = sentence_figures(
        "Chad's President Mahama Idriss Deby has launched a security operation to track and "
        "neutralize several hundred Boko Haram fighters who attacked and killed on Sunday more "
        "than 40 Chad government troops in the Lake Chad Basin."
    )
    assert 100 not in [f.low for f in found]


def test_an_act_a_since_clause_tells_is_history(tmp_path):
    """nwp-anti-muslim-riots-arrests-2019-05-15: 'have been bracing for revenge attacks since
    three churches and three luxury hotels were bombed ... on April 21, killing 258 people' had
    drafted the Easter bombings, with their 258 dead, in a story of riots three weeks later."""
    events = drafted_events(
        tmp_path,
        "Some 5,500 additional police were deployed to contain the violence that claimed the life "
        "of a Muslim man on Monday. Muslims in Sri Lanka have been bracing for revenge attacks "
        "since three churches and three luxury hotels were bombed by local Islamist extremists "
        "on April 21, killing 258 people.",
        "2019-05-16",
    )
    assert "2019-04-21" not in set(events["event_date"].astype(str))


def test_a_since_clause_with_no_act_dates_the_start_of_the_main_act():
    """Control, zubin-potok-zvecan-offices-attacks-2021-09-25: 'have blocked two main roads ...
    since the government ban went into force on Monday' dates the blockade's start."""
    sentence = sentences.split(
        "Serbs from Kosovo's north have blocked two main roads near the border since the "
        "government ban went into force on Monday."
    )[0]
    found = mentions._since_clause(dates.find(sentence.text, 0, dt.date(2021, 9, 25)), sentence)
    assert [(d.text, d.kind) for d in found] == [("on Monday", "day")]


def test_the_one_responsible_is_blamed_not_blaming(tmp_path):
    """zahedan-police-station-attack-2023-07-08: 'Jaish al-Adl is responsible for several attacks'
    in the article's own voice had drafted an accusation (CAMEO 112) spoken by Jaish al-Adl
    itself."""
    events = drafted_events(
        tmp_path,
        "The armed group known as Jaish al-Adl, or the Army of Justice, has claimed "
        "responsibility for the attack this morning in Zahedan, Iran, resulting in the deaths of "
        "two Iranian Internal Security Forces members. Jaish al-Adl is responsible for several "
        "attacks against civilians and military personnel in Iran and claims to be a separatist "
        "group fighting for the independence of Sistan and Baluchistan Province.",
        "2023-07-08",
    )
    assert "112" not in set(events["x_cameo_code"].astype(str))


def test_a_reporting_verb_names_who_holds_another_responsible(tmp_path):
    """Control: 'The defence ministry said the Taliban were responsible for the attack' is the
    ministry's accusation."""
    events = drafted_events(
        tmp_path,
        "Gunmen killed five soldiers in Kabul on Saturday. The defence ministry said the Taliban "
        "were responsible for the attack.",
        "2020-01-05",
    )
    statements = events[events["sub_event_type"] == "Other"]
    assert list(statements["actor1"]) == ["Government of Afghanistan"]


GUERGUERAT = (
    "The Polisario Front claimed today to have attacked with missiles the Guerguerat pass, a "
    "border area in Western Sahara that separates Mauritania from the territories that the "
    "Moroccan army has controlled since 1975."
)


def test_a_date_in_a_relative_clause_on_another_noun_sets_no_act_in_the_past(tmp_path):
    """guerguerat-polisario-missiles-2021-01-24 (fresh62): 'since 1975' dates the territories the
    Moroccan army controls, not the attack the Polisario Front claimed today; the whole sentence
    had been background and the article drafted nothing. The claimer is the doer ('claimed ... to
    have attacked'), so its claim is a statement of its own (CAMEO 015)."""
    events = drafted_events(tmp_path, GUERGUERAT, "2021-01-24")
    attack = events[events["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert list(attack["event_date"].astype(str)) == ["2021-01-24"]
    assert list(attack["actor1"]) == ["Polisario Front"]
    claims = events[events["sub_event_type"] == "Other"]
    assert list(claims["x_cameo_code"].astype(str)) == ["015"]


def test_a_relative_clause_right_after_the_act_dates_the_act(tmp_path):
    """Control, gatara-grenade-attack-2017-07-09: 'grenade attacks that have rocked some areas of
    the capital from late April' are the attacks of late April, background to the story."""
    events = drafted_events(
        tmp_path,
        "Areas outside Bujumbura had mostly been till now spared from grenade attacks that have "
        "rocked some areas of the capital from late April.",
        "2017-07-10",
    )
    assert events.empty


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "The maritime border is considered a flashpoint, and has been the location of several "
            "clashes between the two Koreas over the years.",
            "over the years",
        ),
        (
            "Tensions have soared in recent weeks with North Korea conducting several missile "
            "launches and artillery barrages that have provoked South Korea.",
            "in recent weeks",
        ),
    ],
)
def test_acts_over_the_years_or_in_recent_weeks_are_background(sentence, phrase):
    """west-sea-nll-warning-shots-2022-10-24 (fresh63): 'over the years' and 'in recent weeks' tell
    a history of acts, each of which had become an undated draft."""
    found = dates.find(sentence, 0, dt.date(2022, 10, 24))
    assert [(d.text, d.kind) for d in found] == [(phrase, "background")]
