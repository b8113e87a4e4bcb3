"""Who acts (issue 7, measured by `make evaluate`'s actor1 right): the group an article tells
acting is the actor of the acts it tells with no actor of their own, and a group's patron
('al-Qaeda-linked', 'backed by Rwanda') is never the one who acts. Sentences from dev articles."""

from __future__ import annotations

import pytest
from drafting import drafted_events


def test_the_group_the_article_tells_attacking_is_the_actor_of_its_unnamed_attacks(tmp_path):
    # barire-awdhegle-base-attacks-2021-04-03: the attacks on the two bases name no one
    text = (
        "The militant group al-Shabab has launched attacks on Somali military forces in Lower "
        "Shabelle region, Somali regional officials said. The attacks in the early hours of "
        "Saturday, around 4 a.m. local time, targeted military bases in the towns of Barire and "
        "Awdhegle in southern Somalia."
    )
    events = drafted_events(tmp_path, text, "2021-04-03")
    assert len(events) >= 2
    assert set(events["actor1"]) == {"Al Shabaab"}


def test_a_group_only_quoted_leaves_an_unnamed_attack_unidentified(tmp_path):
    # kataib-hezbollah-us-strikes-2019-12-29: the group is named in a quote, not told acting
    text = (
        'Gunmen killed two police officers at a checkpoint in Kirkuk on Friday. "In response to '
        "repeated Kata'ib Hezbollah attacks on Iraqi bases, US forces have conducted precision "
        'defensive strikes," the Pentagon said.'
    )
    events = drafted_events(tmp_path, text, "2019-12-29")
    kirkuk = events[events["location"] == "Kirkuk"]
    assert kirkuk["actor1"].tolist() == ["Unidentified Armed Group (Iraq)"]


def test_a_groups_patron_is_not_the_one_who_acts(tmp_path):
    # garbougna-jnim-attack-2025-11-19 (its lead): 'militants linked to Al Qaeda have killed'
    text = (
        "Sources say that militants linked to Al Qaeda have killed at least 10 soldiers on the "
        "Niger border."
    )
    events = drafted_events(tmp_path, text, "2025-11-20")
    assert len(events) == 1
    assert not any("Qaeda" in a for a in events["actor1"].tolist() + events["actor2"].tolist())


def test_the_victims_of_an_attack_on_civilians_are_civilians_when_the_text_names_none(tmp_path):
    # belize-cattouse-killing-protest-2017-10-12: 'Albert Cattouse was shot dead': ACLED's
    # violence against civilians has civilians for its second actor
    text = "On 12th October 2017, Albert Cattouse was shot dead in Belize City."
    events = drafted_events(tmp_path, text, "2017-10-13")
    assert events["event_type"].tolist() == ["Violence against civilians"]
    assert events["actor2"].tolist() == ["Civilians (Belize)"]


def test_the_second_actor_is_the_first_target_that_is_not_the_first_actor(tmp_path):
    # bhimber-loc-firing-2016-11-13: 'Indian firing' on 'Indian posts' names India's forces as a
    # target too; the Pakistani soldiers killed are the other side
    text = (
        "Islamabad: Seven Pakistani soldiers were killed Sunday night during cross-border firing "
        "across the Line of Control, the Inter-Services Public Relations (ISPR) said.\n\n"
        "\u201cSeven soldiers embraced shahadat at the LoC in the Bhimber sector in a ceasefire "
        "violation by Indian troops late last night.\u201d\n\nPakistani troops responded to "
        "\u2018unprovoked\u2019 Indian firing, and targeted Indian posts effectively, ISPR said."
    )
    battles = drafted_events(tmp_path, text, "2016-11-14").query("event_type == 'Battles'")
    assert [a.split(" (")[0] for a in battles["actor1"]] == ["Military Forces of India"]
    assert [a.split(" (")[0] for a in battles["actor2"]] == ["Military Forces of Pakistan"]


def test_an_arrest_with_no_one_named_making_it_is_the_polices(tmp_path):
    # bugojno-police-station-blast-2010-06-27 (the arrests of its round-up): 'five suspects were
    # detained' names no one arresting; ACLED codes the police
    text = "Five suspects were detained in Bugojno on Sunday, officials said."
    events = drafted_events(tmp_path, text, "2010-06-28")
    assert events["sub_event_type"].tolist() == ["Arrests"]
    assert events["actor1"].tolist() == ["Police Forces of Bosnia and Herzegovina"]


def test_a_defence_ministry_that_speaks_is_the_governments_voice(tmp_path):
    # kataib-hezbollah-us-strikes-2019-12-29 and claw-sword-strikes-syria-iraq-2022-11-20: the
    # Pentagon's and a defence ministry's statements are the government's (statement rule 5)
    text = (
        "Rockets struck a base hosting US troops near Kirkuk on Friday, killing a US contractor. "
        "The Pentagon on Saturday accused Kataib Hezbollah of carrying out the attack."
    )
    events = drafted_events(tmp_path, text, "2019-12-29")
    statements = events.query("event_type == 'Strategic developments'")
    assert statements["actor1"].tolist() == ["Government of the United States (2017-2021)"]


def test_a_country_in_brackets_has_no_article_as_acled_names_it(tmp_path):
    # dinas-ambush-patikul-tuburan-2016-11-18, serrekunda-student-riots-2000-04-10: 'Unidentified
    # Armed Group (Philippines)', 'Rioters (Gambia)', but 'Military Forces of the Philippines'
    text = "Gunmen ambushed soldiers near Patikul in Sulu, the Philippines, on Friday."
    events = drafted_events(tmp_path, text, "2016-11-19")
    assert events["actor1"].tolist() == ["Unidentified Armed Group (Philippines)"]
    assert events["actor2"].str.startswith("Military Forces of the Philippines").tolist() == [True]


def test_a_statement_about_the_story_act_is_about_its_doer(tmp_path):
    # bogota-eln-police-bomb-2016-12-28: the government's statement names no one, it speaks of
    # the ELN's bombing; of an unidentified group's attack, a statement names no second actor
    text = (
        "A bomb planted by the ELN exploded near a police station in Bogota on Wednesday, "
        "wounding two officers. On Thursday, President Juan Manuel Santos condemned the attack."
    )
    statements = drafted_events(tmp_path, text, "2016-12-29").query(
        "event_type == 'Strategic developments'"
    )
    assert statements["actor2"].tolist() == ["ELN: National Liberation Army"]
    unnamed = text.replace("planted by the ELN ", "")
    statements = drafted_events(tmp_path, unnamed, "2016-12-29").query(
        "event_type == 'Strategic developments'"
    )
    assert statements["actor2"].tolist() == [""]


def test_the_security_forces_a_crowd_faces_are_the_police(tmp_path):
    # conakry-anti-conde-protest-2019-11-14, birgunj-kalaiya-madhesi-protests-2015-09-01
    text = (
        "Protesters threw stones at security forces in Conakry on Thursday, and security forces "
        "fired tear gas to disperse them."
    )
    riots = drafted_events(tmp_path, text, "2019-11-15").query("event_type == 'Riots'")
    assert riots["actor2"].str.startswith("Police Forces of Guinea").tolist() == [True]


def test_a_country_named_beside_a_crowd_is_no_side_of_it(tmp_path):
    # athens-anarchist-riot-2015-04-07: 'marched ... to the Greek parliament'
    text = (
        "Anarchists attacked police with molotov cocktails and stones after a protest rally "
        "against maximum security prisons in downtown Athens, Greece, late on Tuesday.\n\nAbout "
        "400 black-clad people marched from the University of Athens administration building to "
        "the Greek parliament around 7:15 pm to demonstrate against maximum security prisons."
    )
    riots = drafted_events(tmp_path, text, "2015-04-08").query("event_type == 'Riots'")
    assert riots["actor2"].str.startswith("Police Forces of Greece").tolist() == [True]


def test_a_crowds_event_has_the_crowd_for_its_first_actor(tmp_path):
    # antananarivo-water-power-protests-2025-09-25: ACLED codes every riot's first actor as its
    # rioters (97 of 97 dev riots), whoever the text names first; the authorities named first are
    # the side the crowd faces
    text = (
        "Authorities in Madagascar imposed a dusk-to-dawn curfew in the capital on Thursday, "
        "following protests over frequent power outages and water shortages that turned violent, "
        "according to a top security official."
    )
    riots = drafted_events(tmp_path, text, "2025-09-26").query("event_type == 'Riots'")
    assert riots["actor1"].tolist() == ["Rioters (Madagascar)"]
    assert riots["actor2"].str.startswith("Government of Madagascar").tolist() == [True]


def test_gunmen_firing_on_a_group_of_men_attack_civilians(tmp_path):
    # port-of-spain-gang-shootings-2024-06-02: men leaving a football game are no armed side
    text = (
        "On June 2, gunmen pulled up in a white AD wagon and opened fire on a group of men at "
        "Lange Street, Gonzales, Belmont, shortly after the men had finished a football game at a "
        "nearby field."
    )
    events = drafted_events(tmp_path, text, "2024-06-16")
    assert events["sub_event_type"].tolist() == ["Attack"]
    assert events["actor2"].str.startswith("Civilians").tolist() == [True]


@pytest.mark.parametrize(
    "fighters, actor1",
    [
        # kafolo-kolobougou-attacks-2021-03-29 (fresh39): the attack was drafted as Burkina Faso's
        # army's
        ("About sixty heavily armed attackers from Burkina Faso", "Unidentified Armed Group"),
        # the control: troops from a country are its forces
        ("Troops from Burkina Faso", "Military Forces of Burkina Faso"),
    ],
)
def test_a_country_irregular_fighters_came_from_is_no_actor(tmp_path, fighters, actor1):
    text = f"{fighters} attacked army positions in Kafolo, Ivory Coast, on Sunday night."
    events = drafted_events(tmp_path, text, "2021-03-29")
    assert events["actor1"].str.startswith(actor1).tolist() == [True]


def test_a_kill_verb_right_after_the_subjects_place_tells_who_acted(tmp_path):
    """maybrat-military-post-raid-2021-09-02 (fresh38): 'rebels in West Papua killed four
    government soldiers ... in a pre-dawn raid' read 'killed' as a noun of 'in West Papua', and
    the raid was drafted with no sides, as an attack on civilians."""
    text = (
        "Suspected separatist rebels in West Papua killed four government soldiers and wounded "
        "two others in a pre-dawn raid on their post, an Indonesian military commander said."
    )
    events = drafted_events(tmp_path, text, "2021-09-02")
    assert events[["sub_event_type", "actor1", "actor2"]].values.tolist() == [
        ["Armed clash", "Unidentified Rebel Group (Indonesia)", "Military Forces of Indonesia"]
    ]
