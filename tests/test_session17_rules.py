"""Rules written in the seventeenth session (issue 7; see `data/events/CURATION.md`): each is a
mechanism of news copy, tested with the sentences of a dev article that the drafts got wrong."""

from __future__ import annotations

from drafting import dev_events


def test_the_victims_a_later_kill_word_names_decide_who_was_attacked():
    """'A police operation targeting drug dealers ... left at least 25 people dead, including a
    police officer': the clause's object stood too far after its first act word, so the operation
    had civilians for its other side and was drafted as an attack on them. The victims a later
    act word of the clause names ('dead, including a police officer') are now its object: police
    fell, so it is an armed clash."""
    events = dev_events("jacarezinho-police-operation-2021-05-06")
    toll = events[events["fatalities"] == 25].iloc[0]
    assert toll["sub_event_type"] == "Armed clash"
    assert toll["actor2"].startswith("Police Forces of Brazil")


def test_sailors_are_armed_forces():
    """'Perera said 13 sailors died and blamed the attack on the Tigers': sailors (like troopers,
    servicemen, commandos) were no actor, so the navy spokesman's blame had no draft."""
    navy = dev_events("mannar-navy-convoy-ambush-2005-12-23")
    blame = navy[navy["x_evidence"].str.contains("blamed the attack on the Tigers")]
    assert ("Military Forces of Sri Lanka", "LTTE: Liberation Tigers of Tamil Eelam") in set(
        zip(blame["actor1"].str.split(" \\(").str[0], blame["actor2"], strict=True)
    )


def test_a_clash_with_activists_is_their_riot_not_a_battle():
    """'Eleven police officers were injured ... during clashes with activists against the high
    cost of living': activists (like a party's supporters) are unarmed people, so their fight
    with the police is a riot, not a battle with an armed group (ACLED's battles need two
    organised armed sides)."""
    events = dev_events("lamentin-cost-of-living-roundabout-clashes-2024-10-07")
    clash = events[events["x_evidence"].str.contains("during clashes with activists")]
    assert clash["sub_event_type"].tolist() == ["Violent demonstration"]
    assert clash["actor2"].str.startswith("Police Forces of Martinique").all()


def test_an_assault_on_no_armed_side_is_an_attack_on_civilians():
    """'gunmen suspected to be Separatist fighters opened fire on a private car', 'Separatists
    came out of the bushes and fired shots at them': an assault told only in assault words, on
    nothing armed and beside no state force, had stayed an armed clash with no other side. ACLED's
    battles need two armed sides: it is an attack on civilians."""
    events = dev_events("buea-mile-16-lockdown-killings-2023-09-15")
    shooting = events[events["event_date"].astype(str) == "2023-09-15"].iloc[0]
    assert (shooting["sub_event_type"], shooting["actor2"]) == ("Attack", "Civilians (Cameroon)")


def test_the_doers_named_again_after_a_raid_are_not_its_victims():
    """'During the raid, the insurgents beheaded a resident': the insurgents after 'raid' were read
    as its object, so the raid on a village fell on an armed group and was drafted as an armed
    clash. An unnamed armed group of the doer's kind is the doer again."""
    events = dev_events("ntotwe-insurgents-teacher-beheading-2025-04-07")
    raid = events[events["location"] == "Mocímboa da Praia"].iloc[0]
    assert (raid["sub_event_type"], raid["actor2"]) == ("Attack", "Civilians (Mozambique)")


def test_a_person_stabbed_or_shot_in_the_passive_is_an_attack():
    """'On Sunday, a motorist was stabbed in Mtsapéré Bonovo, another district of Mamoudzou':
    'stabbed' and 'shot' with no 'dead' or 'to death' were no trigger, so the stabbing had no
    draft. A person shot or stabbed, told in the passive, is an attack that stands on its own."""
    events = dev_events("mamoudzou-kaweni-doujani-gang-clashes-2022-11-19")
    stabbing = events[events["x_evidence"].str.contains("a motorist was stabbed")]
    assert stabbing[["event_date", "sub_event_type", "location"]].astype(str).values.tolist() == [
        ["2022-11-20", "Attack", "Mamoudzou"]
    ]


def test_a_trigger_overlapping_a_longer_one_drops():
    """'one of its soldiers was shot and killed Monday by an Azerbaijan sniper': 'was shot' and
    'shot and killed' overlap; both were read, and the shorter passive one made the soldiers'
    army the attacker of civilians. The longer trigger alone stands, and the sniper's fire on a
    soldier stays an armed clash of the two armies."""
    events = dev_events("berd-border-sniper-killing-2007-01-22")
    shooting = events[events["event_date"].astype(str) == "2007-01-22"]
    shooting = shooting[shooting["event_type"] != "Strategic developments"].iloc[0]
    assert shooting["sub_event_type"] == "Armed clash"
    assert shooting["actor1"].startswith("Military Forces of Azerbaijan")


def test_a_weak_war_noun_does_not_make_an_ambush_of_civilians_a_battle():
    """'gunmen shot and killed six men', 'ambushed the six men as they drove in a vehicle', and a
    minister's call 'to fight the scourge of violence': the weak noun 'fight' (it may name a war)
    counted as an exchange of fire, so the ambush was no one-sided assault and stayed an armed
    clash on civilians. Only strong battle words decide whether an assault was one-sided."""
    events = dev_events("nassau-six-men-ambush-shooting-2021-04-15")
    shooting = events[events["fatalities"] == 6].iloc[0]
    assert (shooting["sub_event_type"], shooting["actor2"]) == ("Attack", "Civilians (Bahamas)")
