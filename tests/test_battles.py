"""Armed clashes and attacks the extractor missed or mistyped (issue 7, battles): each class of
phrasing is tested with a real sentence of a dev article, named above the test (never the test
split), and varied where the rule is not about one phrase.

The classes: more ways English news copy tells an exchange of fire or a repelled assault; trigger
words that name a doer or an aim, not an act ('kidnappers', 'anti-kidnapping'); a killing told in
the active voice by an armed actor; an attack on a post of armed forces; a change of territory
typed by who took the place; an attack on civilians and a later fight with the police kept apart;
a figure in a relative clause counted for the act the clause hangs on, and a toll of a list of
villages given to none of them.
"""

from __future__ import annotations

import pytest
from drafting import extracted as draft
from drafting import kinetic, readings

from eventreport.extraction import numbers
from eventreport.extraction.sentences import Sentence


def kinds(events) -> list[list[str]]:
    """(event type, sub-event type) of drafted events that are not statements, in file order."""
    return kinetic(events)[["event_type", "sub_event_type"]].values.tolist()


# ---------- more phrasings of an armed clash


CLASH_PHRASES = [
    # birao-sissikebe-clash-2011-04-11
    ('"Our forces repulsed these attacks, killing several of the rebels," the official said.',
     "repulsed"),
    # guasave-convoy-ambush-2011-03-07
    ("Higuera said the officers fought off a first attack but were later caught in concentrated "
     "fire.", "fought off"),
    # kyrgyz-tajik-border-ceasefire-2022-01-28
    ("“The armed confrontation at the Tajik-Kyrgyz border should be immediately stopped,” he was "
     "quoted as saying.", "armed confrontation"),
    # malaybalay-npa-clash-2019-02-15
    ("More troops were sent to the encounter site triggering another five-minute clash.",
     "encounter"),
    # the same mechanism in other words
    ("Troops exchanged gunfire with the militants for two hours.", "exchanged gunfire"),
    ("The rebels battled government forces near the town.", "battled"),
    ("Four soldiers died in a skirmish with the rebels.", "skirmish"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "words"), CLASH_PHRASES)
def test_a_repelled_assault_or_an_exchange_of_gunfire_is_an_armed_clash(sentence, words):
    assert (words, "Armed clash") in readings(sentence)


def test_doers_and_aims_named_with_trigger_words_are_no_acts():
    # dinas-ambush-patikul-tuburan-2016-11-21
    sentence = (
        "Tan, however, said the incident might be linked to previous anti-kidnapping operations "
        "of the 53 IB, which resulted in the confiscation of several firearms and arrest of "
        "suspected kidnappers."
    )
    assert [w for w, sub in readings(sentence) if "Abduction" in sub] == []
    assert ("kidnapped", "Abduction/forced disappearance") in readings(
        "Gunmen kidnapped two soldiers."
    )
    assert readings("Firefighters put out the blaze.") == []


DINAS = (
    "Tan, however, said the incident might be linked to previous anti-kidnapping operations of "
    "the 53 IB, which resulted in the confiscation of several firearms and arrest of suspected "
    "kidnappers.\n\n"
    "On November 18, four soldiers were also killed in a clash between government forces and "
    "Abu Sayyaf bandits in the village of Buhanginan in Patikul, Sulu.\n\n"
    "The bandits also attacked government forces in Tuburan, Basilan, which left one soldier and "
    "a militiaman wounded a few hours after the Patikul encounter."
)


def test_an_attack_on_government_forces_after_an_anti_kidnapping_raid_is_a_clash(tmp_path):
    # dinas-ambush-patikul-tuburan-2016-11-21
    events = kinetic(draft(tmp_path, DINAS, "2016-11-21").events)
    tuburan = events[events["location"] == "Tuburan"]
    assert tuburan[["sub_event_type", "x_injuries_low"]].values.tolist() == [["Armed clash", 2]]
    assert "Abduction/forced disappearance" not in events["sub_event_type"].tolist()


def test_the_last_of_a_list_of_counted_victims_may_be_counted_by_a():
    # dinas-ambush-patikul-tuburan-2016-11-21
    text = (
        "The bandits attacked government forces, which left one soldier and a militiaman wounded."
    )
    found = numbers.figures(Sentence(0, 0, len(text), text, 0), [])
    assert [(f.metric, f.low, f.partial) for f in found if not f.partial] == [
        ("injured", 2, False)
    ]
    gunman = "A gunman killed two soldiers."
    assert [
        (f.metric, f.low) for f in numbers.figures(Sentence(0, 0, len(gunman), gunman, 0), [])
    ] == [("killed", 2)]


# ---------- a killing told in the active voice by an armed actor


NORTH_SINAI = (
    "Egyptian policemen killed in Sinai attack\n"
    "Gunmen kill four policemen in the restive north, with police blaming the attack on "
    "“takfiri” fighters.\n"
    "Gunmen have killed four Egyptian policemen in the restive northern Sinai, a security source "
    "said, with police blaming the attack on an armed group.\n"
    "A security source said the men were killed on Saturday on a road between Rafah and El-Arish "
    "in north Sinai while returning to their posts after a weekend away."
)


def test_gunmen_who_kill_policemen_fight_an_armed_clash_the_lead_incident(tmp_path):
    # north-sinai-police-killing-2014-06-28
    events = kinetic(draft(tmp_path, NORTH_SINAI, "2014-06-28").events)
    assert kinds(events) == [["Battles", "Armed clash"]]
    assert events.iloc[0]["actor2"].startswith("Police Forces of Egypt")
    assert events.iloc[0]["fatalities"] == 4


KILLINGS = [
    # kandahar-checkpoint-car-bomb-2008-12-28
    ("The US military announced on Sunday that soldiers had killed six suspected militants in the "
     "southern province of Helmand.", ["Battles", "Armed clash"]),
    # mannar-jaffna-ltte-clashes-2008-05-05
    ("Rebels killed three Sri Lankan navy personnel in Mannar on Sunday, a rebel spokesman said.",
     ["Battles", "Armed clash"]),
    # the same mechanism with civilians killed: an attack on them
    ("Gunmen have killed four villagers in the restive north on Sunday, police said.",
     ["Violence against civilians", "Attack"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), KILLINGS)
def test_an_armed_actor_that_killed_people_attacked_them(tmp_path, text, expected):
    assert kinds(draft(tmp_path, text, "2008-12-29").events) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Egyptian policemen killed in Sinai attack on Sunday.",  # a headline's passive
        "Four soldiers killed, two militants wounded on Sunday.",  # two tolls, no object
    ],
)
def test_a_passive_or_a_toll_list_makes_no_attacker_of_the_victims(tmp_path, text):
    events = kinetic(draft(tmp_path, text, "2014-06-28").events)
    assert not events["actor1"].str.startswith(("Military", "Police")).any()


# ---------- an attack on a post of armed forces is an armed clash


BARIRE = (
    "The militant group al-Shabab has launched attacks on Somali military forces in Lower "
    "Shabelle region, Somali regional officials said.\n\n"
    "The attacks in the early hours of Saturday, around 4 a.m. local time, targeted military "
    "bases in the towns of Barire and Awdhegle in southern Somalia.\n\n"
    "Government forces appear to have repulsed attack on Awdhegle and defended a key bridge used "
    "by civilians and the military, but there was heavy fighting in Barire town, the officials "
    "added."
)


def test_attacks_that_targeted_military_bases_are_armed_clashes(tmp_path):
    # barire-awdhegle-base-attacks-2021-04-03
    extraction = draft(tmp_path, BARIRE, "2021-04-05")
    assert set(kinetic(extraction.events)["sub_event_type"]) == {"Armed clash"}
    # officials telling of their side's fight report it: no acknowledgement of their own
    assert "Strategic developments" not in extraction.events["event_type"].tolist()


@pytest.mark.parametrize("post", ["a checkpoint", "an army post", "a police convoy"])
def test_an_attack_on_any_post_of_armed_forces_is_a_clash(tmp_path, post):
    # mannar-jaffna-ltte-clashes-2008-05-05 ('in an overnight attack on a checkpoint in Mannar')
    text = f"Rebels launched an attack on {post} in Mannar on Sunday."
    assert kinds(draft(tmp_path, text, "2008-05-05").events) == [["Battles", "Armed clash"]]


def test_an_attack_on_a_village_stays_an_attack(tmp_path):
    text = "Rebels launched an attack on a village in Mannar on Sunday."
    assert kinds(draft(tmp_path, text, "2008-05-05").events) == [
        ["Violence against civilians", "Attack"]
    ]


# ---------- a change of territory is typed by who took the place


@pytest.mark.parametrize(
    ("taker", "expected"),
    [
        ("rebels", "Non-state actor overtakes territory"),
        ("the army", "Government regains territory"),
    ],
)
@pytest.mark.parametrize("verb", ["captured the key city of", "retook the key city of"])
def test_who_took_a_town_says_which_change_of_territory_it_is(tmp_path, taker, expected, verb):
    # goma-m23-advance-2025-01-27 ('rebels claim they've captured the key city of Goma')
    text = f"On Sunday, {taker} {verb} Goma."
    assert kinds(draft(tmp_path, text, "2025-01-27").events) == [["Battles", expected]]


# ---------- an attack on civilians and a later fight with the police are two events


MARADUN = (
    "No fewer than three people were reported killed, with scores injured as unknown gunmen "
    "attacked two communities, Sikida and Gyaddu Villages in Maradun Local Government Area of "
    "Zamfara.\n\n"
    "Shehu said that the bandits attacked the two communities in the early hours of Tuesday.\n\n"
    "The security team foiled another attempt by the bandits to attack Dangebe Community in "
    "Zurmi Local Government Area.\n\n"
    "“The police team engaged the bandits in a gun battle, which forced them into a retreat, "
    "while many of them were injured with bullet wounds."
)


def test_a_gun_battle_with_the_police_does_not_make_the_attack_on_villages_a_clash(tmp_path):
    # maradun-zurmi-bandit-attacks-2018-07-17
    events = kinetic(draft(tmp_path, MARADUN, "2018-07-18").events)
    assert set(events["sub_event_type"]) == {"Attack"}
    assert events["actor2"].str.startswith("Civilians").all()


def test_a_toll_of_two_listed_villages_counts_neither_alone(tmp_path):
    # maradun-zurmi-bandit-attacks-2018-07-17: one event per village, the three dead of both
    # give neither a figure (CURATION.md, the rule for a sum of two events)
    events = kinetic(draft(tmp_path, MARADUN, "2018-07-18").events)
    assert len(events) == 2
    assert events["x_fatalities_low"].tolist() == ["", ""]


# ---------- a country's possessive; an assault on a village


def test_a_country_in_the_possessive_is_no_target(tmp_path):
    # rostov-donetsk-cross-border-shell-2014-07-13
    text = (
        "The response came after local authorities confirmed the death of one Russian citizen "
        "after a Ukrainian shell hit Russia's Rostov region earlier Sunday."
    )
    events = kinetic(draft(tmp_path, text, "2014-07-13").events)
    assert events["actor1"].str.startswith("Military Forces of Ukraine").all()
    assert not events["actor2"].str.contains("Russia").any()


@pytest.mark.parametrize("verb", ["raided", "stormed", "fired indiscriminately at"])
def test_an_assault_on_a_village_with_no_armed_side_is_an_attack_on_civilians(tmp_path, verb):
    # kamwenge-adf-attack-2023-12-25 ('the suspected rebels raided Nyabitutsi village in Businge
    # parish, Kamwenge sub-county on Christmas night')
    text = f"On Monday, the suspected rebels {verb} a village in Kamwenge District."
    assert kinds(draft(tmp_path, text, "2023-12-26").events) == [
        ["Violence against civilians", "Attack"]
    ]
