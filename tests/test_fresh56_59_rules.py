"""Rules written in the session of the fresh56 to fresh59 dev articles (issue 7; see
`data/events/CURATION.md`): each is a mechanism of news copy, tested with the real sentences of a
dev article that the drafts got wrong."""

from __future__ import annotations

from drafting import drafted_events

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
