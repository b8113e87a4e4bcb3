"""Rules written in the fifteenth session (issue 7; see `data/events/CURATION.md`): each is a
mechanism of news copy, tested with the sentences of a dev article that the drafts got wrong."""

from __future__ import annotations

from drafting import dev_events


def test_the_shelling_of_the_party_attacked_is_an_event_of_its_own():
    """'Four Syrian soldiers were killed in a rebel attack on army checkpoints' and, later, 'regime
    forces increased artillery fire against Deraa al-Balad earlier today': the army that shells is
    the army attacked, so the rebels' attack (an armed clash) and the army's shelling are two
    events, as the gold codes them; they had been one shelling carrying the soldiers' toll."""
    events = dev_events("daraa-army-checkpoints-attack-2021-08-30")
    monday = events[events["event_date"].astype(str) == "2021-08-30"].set_index("sub_event_type")
    assert set(monday.index) == {"Armed clash", "Shelling/artillery/missile attack"}
    assert monday.loc["Armed clash", "actor1"] == "Unidentified Rebel Group (Syria)"
    assert monday.loc["Armed clash", "fatalities"] == 4
    assert monday.loc["Shelling/artillery/missile attack", "actor1"].startswith(
        "Military Forces of Syria"
    )
