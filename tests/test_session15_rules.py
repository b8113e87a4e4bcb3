"""Rules written in the fifteenth session (issue 7; see `data/events/CURATION.md`): each is a
mechanism of news copy, tested with the sentences of a dev article that the drafts got wrong."""

from __future__ import annotations

from drafting import dev_events, dev_extraction

from eventreport import places


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


def test_a_definite_answer_names_the_act_told_before_not_its_own_cause():
    """'Monday's strikes came after a Houthi missile penetrated the perimeter of Ben Gurion
    International Airport': the missile's context made 'strikes' a shelling folded into the
    missile's event, so both ends of the link were one event and the link was left out. The
    answering end names the strikes told before, never the act it answers."""
    draft = dev_extraction("bajil-hodeida-israeli-strikes-2025-05-05")
    came_after = draft.links[draft.links["cue"] == "came after"]
    assert len(came_after) == 1
    events = draft.events.set_index("event_id_cnty")
    ends = events.loc[[came_after["from_event"].iloc[0], came_after["to_event"].iloc[0]]]
    assert ends["sub_event_type"].tolist() == [
        "Shelling/artillery/missile attack",
        "Air/drone strike",
    ]
    assert ends["actor1"].iloc[0] == "Ansar Allah"


def test_a_capital_called_by_another_name_places_its_country():
    """'around 2,000 people gathered in Luxembourg City': a capital the gazetteer knows by its own
    name ('Luxembourg') is its country's capital under another name too. The text placed nothing
    else but the 'Glacis car park', a district of the Seychelles, so the riot had been drafted in
    Victoria."""
    assert places.named_country("Luxembourg City") == "LUX"
    events = dev_events("luxembourg-christmas-market-covid-protest-2021-12-04")
    assert events["event_id_cnty"].str.startswith("LUX-").all()
    assert set(events["country"]) == {"Luxembourg"}


def test_a_counter_protest_is_an_event_of_its_own_on_the_rallys_day():
    """'Protesters in Algiers Saturday were met by a strong police response' and 'There also were
    several dozen counter-demonstrators who showed their support for the president': two crowds,
    two events, as the gold codes them. The counter-protest had been folded into the rally; told
    with no day of its own, it takes the rally's."""
    events = dev_events("algiers-reform-protest-arrests-2011-02-12")
    demonstrations = events[events["event_type"].isin(["Protests", "Riots"])]
    assert len(demonstrations) == 2
    assert set(demonstrations["event_date"].astype(str)) == {"2011-02-12"}
    assert set(demonstrations["actor1"]) == {"Rioters (Algeria)", "Protesters (Algeria)"}


def test_people_who_killed_someone_are_no_toll():
    """'PCK was reportedly hired by two unknown men, who later allegedly murdered him': the two men
    did the killing, so they are no two dead. The Weala riot over the murder had carried a toll of
    two; people who died ('two soldiers who died') are still counted."""
    draft = dev_extraction("weala-motorcyclists-riot-police-depots-2019-04-01")
    assert draft.events["fatalities"].eq(0).all()
    assert not draft.claims["quote"].str.contains("unknown men").any()


def test_nobody_taken_is_no_arrest():
    """'No locals had nevertheless been arrested at the time of going to print': an arrest word
    that says nobody was taken tells no act. It had been drafted as the police's arrests, the
    only event the Maseru draft matched besides the attack (a false pairing)."""
    events = dev_events("maseru-state-house-attack-2009-04-22")
    assert "Arrests" not in set(events["sub_event_type"])
    assert "Armed clash" in set(events["sub_event_type"])
