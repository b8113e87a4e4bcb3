"""Who acts (issue 7, measured by `make evaluate`'s actor1 right): the group an article tells
acting is the actor of the acts it tells with no actor of their own, and a group's patron
('al-Qaeda-linked', 'backed by Rwanda') is never the one who acts. Sentences from dev articles."""

from __future__ import annotations

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
