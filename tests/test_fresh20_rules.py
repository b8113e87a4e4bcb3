"""Rules written after the first contact of the fresh20 dev articles (issue 7; see
`data/events/CURATION.md`): each is a mechanism of news copy, tested with the real sentences of a
dev article that the first contact got wrong."""

from __future__ import annotations

from drafting import extracted, kinetic

from eventreport.extraction import geoparse

PROTEST_LEAD = (
    "More than 200 police officers and members of the Trinidad and Tobago Defence Force (TTDF) "
    "were patrolling the outskirts of the country as protestors burnt tires and blocked roads in "
    "retaliation for the shooting death of four people by police last weekend."
)
ARRESTS = (
    "Acting Police Commissioner McDonald Jacobs said eight people had been arrested as a result "
    "of the fiery protests in and around east Port of Spain on Monday."
)
SPREAD = (
    "The protests began on the Beetham Highway, east of Trinidad’s capital, and quickly spread "
    "to nearby areas such as Sea Lots and parts of east Port of Spain including Nelson and Duncan "
    "streets as angry residents set fire to rubbish and debris to protest against the "
    "police-involved killing of three men on Saturday."
)
TITLE = "Several detained at fiery protest near Trinidad capital over fatal police shootings"
BANGKOK = (
    "Hundreds of Yellow Shirts activists have been camping out around Bangkok’s Government House "
    "since last week, in protest at the government’s handling of the border dispute."
)


def test_a_town_whose_name_holds_of_is_read_whole_and_names_no_country_actor(tmp_path):
    """'in and around east Port of Spain': the capital of Trinidad and Tobago, in part (precision
    2), not a place 'Port' and an actor 'Spain'."""
    events = kinetic(extracted(tmp_path, ARRESTS, "2022-07-05").events)
    assert len(events) == 1
    event = events.iloc[0]
    assert (event["location"], event["country"], event["geo_precision"]) == (
        "Port of Spain",
        "Trinidad and Tobago",
        2,
    )
    assert "Spain" not in f"{event['actor1']} {event['actor2']}"


def test_protests_an_officer_speaks_of_are_the_crowd_s_dated_protest(tmp_path):
    """'Police Commissioner ... said eight people had been arrested as a result of the fiery
    protests ... on Monday': the commissioner reports the protests, he does not march (an armed
    actor before a march word makes it no protest only when he is its subject)."""
    events = kinetic(extracted(tmp_path, ARRESTS, "2022-07-05").events)
    assert list(events["event_date"]) == ["2022-07-04"]
    assert events.iloc[0]["event_type"] in ("Protests", "Riots")


def test_a_short_country_name_stands_for_the_country_the_text_names_in_full(tmp_path):
    """'near Trinidad capital' in the headline of a story naming the Trinidad and Tobago Defence
    Force: Trinidad is the country, not the Bolivian or Philippine town of that name."""
    found = extracted(tmp_path, f"{PROTEST_LEAD}\n{ARRESTS}\n{SPREAD}", "2022-07-05", title=TITLE)
    assert set(found.events["country"]) == {"Trinidad and Tobago"}
    assert geoparse.short_country("Trinidad", ("TTO",)) == "TTO"
    assert geoparse.short_country("Trinidad", ()) is None
    assert geoparse.short_country("Guinea", ("GNB",)) is None  # a country in its own right


def test_a_protest_against_a_dated_killing_is_two_events_linked(tmp_path):
    """'set fire to rubbish and debris to protest against the police-involved killing of three
    men on Saturday': the killing is an act of its own with its day and toll (it does not point
    back to the unrest told before), the protest is Monday's riot, and the cue links the two."""
    found = extracted(tmp_path, f"{PROTEST_LEAD}\n{ARRESTS}\n{SPREAD}", "2022-07-05", title=TITLE)
    events = kinetic(found.events).set_index("sub_event_type")
    assert events.loc["Attack", "event_date"] == "2022-07-02"
    assert events.loc["Attack", "fatalities"] == 3
    assert events.loc["Violent demonstration", "event_date"] == "2022-07-04"
    assert len(events) == 2
    ids = events["event_id_cnty"]
    pairs = set(found.links[["from_event", "to_event", "relation"]].itertuples(index=False))
    assert (ids["Attack"], ids["Violent demonstration"], "reaction_to") in pairs


def test_a_protest_word_inside_a_cue_still_tells_a_protest_no_other_word_tells(tmp_path):
    """'camping out ... since last week, in protest at the government's handling': the cue's own
    protest word is the only word of the act, so it stays."""
    events = kinetic(extracted(tmp_path, BANGKOK, "2011-02-07").events)
    assert list(events["sub_event_type"]) == ["Peaceful protest"]


EJURA_LEAD = (
    "Soldiers have shot dead two protestors and injured four others during a protest demanding "
    "justice for the killing of an activist, Ibrahim Mohammed, alias Kaaka. 45-year-old Kaaka was "
    "attacked in his home early Friday last week. The assailants were believed to have attacked "
    "Kaaka for his activism.\n"
    "His death sparked a protest in Ejura a town in the Ashanti RegionTuesday morning, June 29."
)
VOTING_DAY = (
    "There are unresolved killings of citizens on voting day, December 7, 2020. Eight people were "
    "reported shot dead on that day, but there is no indication so far that anyone would be held "
    "to account."
)


def test_a_perfect_infinitive_says_nothing_of_when_and_a_person_s_name_is_no_place(tmp_path):
    """'The assailants were believed to have attacked Kaaka': no present perfect of the days of
    the story (no second attack dated to publication), and Kaaka, introduced as a person ('alias
    Kaaka', '45-year-old Kaaka'), is no place: one attack, on the Friday of last week, at Ejura."""
    events = kinetic(extracted(tmp_path, EJURA_LEAD, "2021-06-30").events)
    attacks = events[events["sub_event_type"] == "Attack"]
    assert list(attacks["event_date"]) == ["2021-06-25"]
    assert "Kaaka" not in set(events["location"])
    assert set(events["location"]) == {"Ejura"}


def test_that_day_after_a_day_long_before_the_story_is_background(tmp_path):
    """'unresolved killings of citizens on voting day, December 7, 2020. Eight people were
    reported shot dead on that day': a day named with its year seven months before publication
    is background, and 'that day' is that day, not the story's."""
    text = f"{EJURA_LEAD}\n{VOTING_DAY}"
    events = kinetic(extracted(tmp_path, text, "2021-06-30").events)
    assert "Eight" not in " ".join(events["notes"].astype(str))
    assert not (events["fatalities"] == 8).any()
    assert set(events["event_date"]) <= {"2021-06-25", "2021-06-29"}
