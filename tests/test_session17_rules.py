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
