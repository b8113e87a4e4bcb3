"""The place coding rules of data/events/CURATION.md ("Coding rules added for the test split") and
the place failure classes of issue 7, drafted from sentences of our dev articles and sentences
written for these tests."""

from __future__ import annotations

from drafting import drafted_events, kinetic

from eventreport.extraction import geoparse


def found(text: str, country: str | None) -> list[tuple]:
    """(words, place name, province, precision) of each place phrase of one sentence."""
    return [
        (
            m.text,
            m.place.name if m.place else None,
            m.place.admin1 if m.place else None,
            m.precision,
        )
        for m in geoparse.find(text, 0, country, geoparse.Memory())
    ]


def test_the_region_town_of_x_is_the_town_not_the_region():
    # am-dam-chad-rebels-battle-2009-05-07: "the eastern Chad town of Am Dam" was read as the
    # region "eastern Chad", 120 km from Am Dam
    text = "Government troops fought rebels Thursday in the eastern Chad town of Am Dam."
    assert ("Am Dam", "Am Dam", "Sila", 1) in found(text, "TCD")


def test_a_village_is_looked_for_inside_the_town_the_text_names_around_it():
    # dinas-ambush-patikul-tuburan-2016-11-21: Buhanginan is not in the gazetteer; its spelling is
    # close to Buhangin, a village of Davao del Sur 362 km away, which is not the place
    text = (
        "On November 18, four soldiers were also killed in a clash between government forces and "
        "Abu Sayyaf bandits in the village of Buhanginan in Patikul, Sulu."
    )
    places = found(text, "PHL")
    assert ("Buhanginan", None, None, None) in places
    assert ("Patikul", "Patikul", "Sulu", 1) in places
    assert ("Sulu", "Sulu", "Sulu", 3) in places


def test_a_province_after_a_comma_picks_the_namesake_inside_it():
    # dinas-ambush-patikul-tuburan-2016-11-21: three towns called Tuburan (Basilan, Albay, Cebu)
    for province in ("Basilan", "Albay", "Cebu"):
        text = f"The bandits also attacked government forces in Tuburan, {province}."
        assert ("Tuburan", "Tuburan", province, 1) in found(text, "PHL")


def test_a_town_abroad_is_no_place_inside_a_unit_of_the_articles_country(tmp_path):
    # Written for this test: Kani is a city of Japan (100,000 people) and a small town of Ivory
    # Coast; a village of Mali's Bankass district of that name is neither
    text = (
        "Gunmen killed 12 people on Monday in the village of Kani in the Bankass district of the "
        "Mopti region, local officials said."
    )
    [event] = drafted_rows(tmp_path, text, "2023-05-02")
    assert (event["location"], event["country"], event["geo_precision"]) == ("Bankass", "Mali", 2)
    assert "'Kani' is not in the gazetteer" in event["notes"]


def test_a_place_between_two_towns_is_coded_at_the_first_with_precision_2(tmp_path):
    # Written for this test (an ambush "on the road between" two towns of Borno state)
    text = (
        "Two soldiers were killed on Monday in an ambush by Boko Haram militants on the road "
        "between Biu and Damboa in Nigeria, the army said."
    )
    [event] = drafted_rows(tmp_path, text, "2018-02-27")
    assert (event["location"], event["geo_precision"]) == ("Biu", 2)
    assert event["x_location_raw"] == "Biu and Damboa"


def test_a_part_of_a_town_is_the_town_even_without_a_preposition():
    # conakry-anti-conde-protest-2019-11-14
    text = (
        "Guineans wearing the red colours of the opposition flooded Conakry’s streets again "
        "Thursday after a call by the National Front for the Defense of the Constitution."
    )
    assert found(text, "GIN") == [("Conakry’s streets", "Conakry", "Conakry", 2)]


def test_an_act_placed_only_in_a_country_has_no_point(tmp_path):
    # gaigorou-village-attack-2021-04-17: the raids of March are placed only "in the country"
    text = (
        "Nineteen civilians were killed when armed men raided a village in west Niger close to "
        "the border with Mali, a local official said on Sunday.\n\n"
        "Thirteen people were killed in March when gunmen on motorbikes raided three separate "
        "villages in the country."
    )
    events = kinetic(drafted_events(tmp_path, text, "2021-04-19"))
    march = events[events["event_date"] == "2021-03-15"].iloc[0]
    assert (march["location"], march["country"], march["geo_precision"]) == ("Niger", "Niger", 3)
    assert march["latitude"] == "" and march["longitude"] == ""


def test_an_act_with_no_place_of_its_own_is_at_the_incidents_place_with_precision_3(tmp_path):
    # Written for this test: the second act names no place; the story is about Konduga
    text = (
        "Suicide bombers killed 30 people on Sunday in Konduga, emergency officials said. On "
        "Monday, troops killed three militants, the army said."
    )
    events = kinetic(drafted_events(tmp_path, text, "2019-06-18")).set_index("event_date")
    assert (events.loc["2019-06-16", "location"], events.loc["2019-06-16", "geo_precision"]) == (
        "Konduga",
        1,
    )
    assert (events.loc["2019-06-17", "location"], events.loc["2019-06-17", "geo_precision"]) == (
        "Konduga",
        3,
    )


def drafted_rows(folder, text: str, published: str) -> list:
    """The drafted events of a text that are not statements, as rows."""
    return [row for _, row in kinetic(drafted_events(folder, text, published)).iterrows()]
