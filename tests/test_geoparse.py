"""Place phrases resolved through the gazetteer, with honest precision (sentences written for these
tests)."""

from __future__ import annotations

from eventreport import places
from eventreport.extraction import geoparse


def found(
    text: str, country: str | None = "IRQ", memory: geoparse.Memory | None = None
) -> list[tuple]:
    """(words, place name or None, precision, kind) of each place phrase."""
    return [
        (m.text, m.place.name if m.place else None, m.precision, m.kind)
        for m in geoparse.find(text, 0, country, memory or geoparse.Memory())
    ]


def test_airport_by_its_name_and_by_its_city():
    assert found("A drone hit a truck on the road to Baghdad International Airport.")[0][1:3] == (
        "Baghdad International Airport",
        1,
    )
    assert found("Flights left Erbil airport after the alert.")[0][1:3] == (
        "Erbil International Airport",
        1,
    )


def test_embassy_resolves_to_the_curated_landmark():
    assert (
        found("Crowds gathered outside the American embassy at dawn.")[0][1]
        == "US Embassy in Baghdad"
    )


def test_near_a_landmark_is_precision_2():
    assert found("Rockets landed next to the Baghdad airport.")[0][1:3] == (
        "Baghdad International Airport",
        2,
    )


def test_air_base_from_airportsdata_and_the_curated_bases():
    assert found("Missiles struck the Ain al-Asad airbase overnight.")[0][1:3] == (
        "Ain al-Asad Air Base",
        1,
    )
    assert found("Rockets hit Camp Taji on Wednesday.")[0][1] == "Camp Taji"


def test_a_region_is_precision_3():
    (mention,) = geoparse.find(
        "Gunmen raided villages in northeast Nigeria.", 0, "NGA", geoparse.Memory()
    )
    assert (mention.text, mention.precision, mention.kind) == ("northeast Nigeria", 3, "region")
    assert mention.place.country_iso3 == "NGA"
    north_east = geoparse.region_point("NGA", "northeast")
    south_west = geoparse.region_point("NGA", "southwest")
    assert (
        north_east.latitude > south_west.latitude and north_east.longitude > south_west.longitude
    )


def test_curated_region_and_a_border_region():
    assert found("Strikes hit positions in western Iraq.")[0][1:3] == ("western Iraq", 3)
    (border,) = geoparse.find(
        "Militias massed near the Syrian border.", 0, "IRQ", geoparse.Memory()
    )
    assert (border.kind, border.precision, border.place.country_iso3) == ("border", 3, "IRQ")
    baghdad = places.Gazetteer().lookup("Baghdad", "IRQ")
    assert (
        places.distance_km(
            border.place.latitude, border.place.longitude, baghdad.latitude, baghdad.longitude
        )
        > 150
    )


def test_washington_is_the_capital_in_an_article_set_elsewhere():
    place = geoparse.lookup("Washington", "IRQ")
    assert place.country_iso3 == "USA" and round(place.latitude) == 39


def test_a_town_and_a_suburb():
    assert found("Shells fell in Mosul on Monday.")[0][1:3] == ("Mosul", 1)
    assert found("Jets bombed a suburb of the capital Damascus.", "SYR")[0][1:3] == ("Damascus", 2)


def test_a_bare_city_name_is_the_city_not_its_airport():
    assert geoparse.lookup("Kerman", "IRN").kind == "city"


def test_transliterations_within_the_articles_country():
    assert geoparse.lookup("Qaim", "IRQ").name == "Al Qā’im"
    assert geoparse.lookup("Qamishli", "SYR").country_iso3 == "SYR"


def test_an_unknown_name_is_kept_unresolved():
    assert found("Gunmen attacked a checkpoint in Qqxzyville on Sunday.") == [
        ("Qqxzyville", None, None, "name")
    ]


def test_names_that_are_not_places_are_left_out():
    assert found("The minister spoke to President Salim in the Middle East on Sunday.") == []
    assert found("Officials from the Iraqi army met in May.") == []


def test_a_definite_noun_points_back_to_the_place_named_before():
    memory = geoparse.Memory()
    found("Protesters surrounded a police station in Karbala.", memory=memory)
    assert found("Later the station was set on fire.", memory=memory)[0][1] == "Karbala"


def test_context_country_follows_the_places_named():
    assert (
        geoparse.context_country(
            ["Rockets hit the US Embassy in Baghdad.", "The US condemned it."]
        )
        == "IRQ"
    )


def test_a_country_across_the_border_does_not_make_the_article_country():
    texts = [
        "Soldiers were killed near the border with Syria in western Iraq.",
        "The area borders with Syria and Jordan.",
        "Syria denied any role.",
    ]
    assert geoparse.context_country(texts) == "IRQ"


def test_a_second_coordinated_town_is_found():
    names = [
        p.place.name
        for p in geoparse.find(
            "Riots broke out in Kirkuk and Basra on Monday.", 0, "IRQ", geoparse.Memory()
        )
        if p.resolved
    ]
    assert len(names) == 2 and names[0] == "Kirkuk" and names[1].startswith("Basra")


# --- issue 7, classes (d) and (e): places given by a province, by distance and direction, or by a
# shared name


def test_a_province_resolves_to_the_province_at_its_largest_town():
    # kandahar-checkpoint-car-bomb-2008-12-28 ('in the southern province of Helmand'), sourou-army-
    # ambush-2021-08-09
    helmand = found("Soldiers killed six militants in the southern province of Helmand.", "AFG")
    assert helmand == [("Helmand", "Hilmand", 3, "admin")]
    sourou = found("The ambush took place near a village in Sourou province.", "BFA")
    assert sourou == [("Sourou province", "Sourou", 3, "admin")]
    darfur = geoparse.find("Rebels attacked in South Darfur.", 0, "SDN", geoparse.Memory())
    assert darfur[0].place.admin1 == "Southern Darfur" and darfur[0].precision == 3


def test_distance_and_direction_place_the_event_at_the_named_town_with_precision_2():
    # mamond-cross-border-attack-2011-06-16: 'the attack, which took place about 65 kilometres
    # northwest of Khar' is coded at Khar (ACLED, and CURATION.md's rule for places given relative
    # to a town), not 65 km away in Afghanistan; the other phrasings in our words
    text = (
        "Akbar said three women were also wounded in the attack, which took place about 65 "
        "kilometres northwest of Khar, the main town in Bajaur."
    )
    assert found(text, "PAK")[0] == ("65 kilometres northwest of Khar", "Khar", 2, "distance")
    khar = geoparse.find(text, 0, "PAK", geoparse.Memory())[0].place
    assert (khar.latitude, khar.longitude) == (
        geoparse.lookup("Khar", "PAK").latitude,
        geoparse.lookup("Khar", "PAK").longitude,
    )
    assert "65 km northwest" in khar.source
    miles = found("an area around 60 kilometers (37 miles) east of Timbuktu", "MLI")
    assert miles[0][:3] == ("60 kilometers (37 miles) east of Timbuktu", "Timbuktu", 2)
    southeast = found("a camp 12 km south-east of the town of Kirkuk")
    assert southeast[0][1:3] == ("Kirkuk", 2)
    capital = found("a village 30 km north of the capital", "IRQ")
    assert capital[0][1:3] == ("Baghdad", 2)


def test_a_distance_after_a_town_says_where_the_town_lies():
    # beiji-siniyah-bombings-2007-06-25 ('In Beiji, 200 km north of Baghdad'), thala-kasserine-
    # clashes-2011-01-08 ('the town of Thala, about 200 km (125 miles) southwest of the capital')
    thala = (
        "The two deaths happened in clashes late on Saturday in the town of Thala, about 200 km "
        "(125 miles) southwest of the capital, near the border with Algeria."
    )
    assert [f[1:3] for f in found(thala, "TUN") if f[3] != "border"] == [("Thala", 1)]
    # Beiji is Baiji under another spelling of its vowel ('ei' for 'ai'), and the distance only
    # says where it lies
    assert found("In Beiji, 200 km north of Baghdad, gunmen attacked.", "IRQ") == [
        ("Beiji", "Bayjī", 1, "city")
    ]
    # a village the gazetteer lacks is no reason to code the event 65 km away, at Khar
    assert found("Militants attacked in Mamond, 65 km northwest of Khar, on Thursday.", "PAK") == [
        ("Mamond", None, None, "name")
    ]
    # the same words, near: the reference town stands for the town the gazetteer lacks
    near = found("Fighters entered Sissikebe, about 30 km north of Birao.", "CAF")
    assert [f[1:3] for f in near if f[1]] == [("Birao", 2)]


def test_a_far_distance_places_no_point_and_the_named_town_wins():
    # goma-m23-advance-2025-01-27: 'Goma, 1,500 kilometers (930 miles) east of capital Kinshasa'
    text = "Rebels were in Goma, 1,500 kilometers (930 miles) east of capital Kinshasa."
    assert found(text, "COD") == [("Goma", "Goma", 1, "city")]


def test_a_small_town_abroad_is_no_place_of_an_article_that_does_not_name_its_country():
    # kandahar-checkpoint-car-bomb-2008-12-28: 'Zhari' is a district of Kandahar, and a town of
    # Poland
    memory = geoparse.Memory(countries=("AFG", "CAN"))
    assert found("The blast took place near Zhari on Friday.", "AFG", memory) == [
        ("Zhari", None, None, "name")
    ]
    named = geoparse.Memory(countries=("AFG", "POL"))
    assert found("The blast took place near Zhari on Friday.", "AFG", named)[0][1] == "Żary"


def test_month_abbreviations_are_no_places():
    # malaybalay-npa-clash-2019-02-15: 'on Jan. 30 in Camarines Sur province'
    assert found("A similar clash took place on Jan. 30 in Camarines Sur province.", "PHL") == [
        ("Camarines Sur province", "Camarines Sur", 3, "admin")
    ]


def test_a_country_named_for_its_border_is_not_the_articles_country():
    # khuafo-airstrike-2023-03-30: 'a major town in Chin state near the Indian border'
    texts = [
        "Air strikes by Myanmar's military on a village killed at least eight civilians.",
        "The attack on Khuafo village, a town in Chin state near the Indian border, wounded 20.",
    ]
    assert geoparse.context_country(texts) == "MMR"


def test_a_short_country_name_in_the_articles_country_is_that_country():
    # goma-m23-advance-2025-01-27: 'eastern Congo' in an article set in the Democratic Republic of
    # Congo is not the Republic of Congo; 'Sudan' in a South Sudan article stays Sudan
    [(_, name, precision, kind)] = found("Rebels advanced in eastern Congo on Monday.", "COD")
    assert (name, precision, kind) == ("eastern Democratic Republic of Congo", 3, "region")
    assert geoparse.country_named("Congo", "COG") == "COG"
    assert geoparse.country_named("Sudan", "SSD") == "SDN"


def test_a_direction_that_says_where_a_named_place_lies_is_no_place_of_its_own():
    # malaybalay-npa-clash-2019-02-15: 'in Camarines Sur province, south of Manila' is 300 km from
    # Manila; a bare 'north of Baghdad' is still a place near Baghdad
    text = "A similar clash took place in Camarines Sur province, south of Manila, killing six."
    assert found(text, "PHL") == [("Camarines Sur province", "Camarines Sur", 3, "admin")]
    assert found("Gunmen attacked a convoy north of Baghdad.") == [
        ("Baghdad", "Baghdad", 2, "city")
    ]


def test_a_town_a_country_possesses_is_a_place():
    # malaybalay-npa-clash-2019-02-15: "a clash in southern Philippines' Malaybalay City"
    text = "Soldiers were killed in a clash in southern Philippines' Malaybalay City on Thursday."
    assert ("Malaybalay City", "Malaybalay", 1, "city") in found(text, "PHL")
    assert found("Iraq's Prime Minister Adel Abdul Mahdi said so.") == []


def test_a_name_several_towns_share_goes_to_the_one_in_the_region_the_text_names():
    # villanueva-mass-kidnapping-2001-05-17: five Villanuevas in Colombia; the text names 'eastern
    # Colombia' (the curated one is in Casanare). In our words, northern Colombia's: La Guajira
    for region, province in (("eastern", "Casanare"), ("northern", "La Guajira")):
        memory = geoparse.Memory()
        geoparse.find(f"Gunmen went on a rampage through {region} Colombia.", 0, "COL", memory)
        [hamlet] = geoparse.find("They worked near the hamlet of Villanueva.", 0, "COL", memory)
        assert (hamlet.place.name, hamlet.place.admin1, hamlet.precision) == (
            "Villanueva",
            province,
            2,
        )


def test_a_transliteration_that_swaps_the_first_letter_finds_the_town():
    # thala-kasserine-clashes-2011-01-08: 'the nearby town of Gassrine' is Kasserine (Arabic qaf
    # written g, k or q)
    text = "Witnesses in the nearby town of Gassrine told Reuters that unrest had escalated."
    assert found(text, "TUN") == [("Gassrine", "Kasserine", 1, "city")]


def test_a_unit_missing_from_the_basemap_is_coded_at_its_seat():
    # yarou-village-attack-2023-08-20 ('governor of the Bandiagara region'): Mali's newer regions
    # are not on the basemap, so the region is its seat town, precision 3; mamond-cross-border-
    # attack-2011-06-16 ('the district of Upper Dir'): a district seat, precision 2
    region = found("The governor of the Bandiagara region said the village burned.", "MLI")
    assert region == [("Bandiagara region", "Bandiagara", 3, "admin")]
    district = found(
        "Militants besieged an area in Pakistan’s northwestern district of Upper Dir.", "PAK"
    )
    assert ("Upper Dir", "Upper Dir", 2, "admin") in district


def test_a_possessed_place_is_the_one_inside_its_owner():
    # panamao-misuari-followers-clashes-2005-02-07: 'Jolo's Panamao', 'Panamao's Siit village'
    owner = geoparse.lookup("Panamao", "PHL")
    for text in ("Followers attacked in Jolo's Panamao.", "Fighting centered in Panamao's Siit."):
        [place] = [m.place for m in geoparse.find(text, 0, "PHL", geoparse.Memory())]
        assert place.admin1 == "Sulu"
        assert (
            places.distance_km(place.latitude, place.longitude, owner.latitude, owner.longitude)
            < 10
        )


def test_where_the_actors_came_from_is_no_place():
    # mamond-cross-border-attack-2011-06-16, panamao-misuari-followers-clashes-2005-02-07
    assert (
        found("Militants crossed the border from Afghanistan and stormed a village.", "PAK") == []
    )
    assert found("The governor was flying from Manila to his province.", "PHL") == []


def test_congo_in_an_article_on_goma_is_the_democratic_republic():
    # goma-m23-advance-2025-01-27: 'Congo' is the name of two countries; the towns the article
    # names (Goma, Kinshasa) say which
    texts = [
        "Thousands flee fighting in Congo as rebels claim they've captured the key city of Goma",
        "GOMA, Congo (AP) — Thousands fled the city of Goma on Monday as fighting raged.",
        "The government confirmed the presence of M23 rebels in Goma, far from Kinshasa.",
    ]
    assert geoparse.context_country(texts) == "COD"
    assert geoparse.context_country(["Fighting broke out in Congo near Brazzaville."]) == "COG"


def test_something_of_a_place_is_no_place_of_the_act():
    # goma-m23-advance-2025-01-27 ('captured eastern Congo’s largest regional hub'), birao-
    # sissikebe-clash-2011-04-11 ('at Bangui's demand'); a part of a place still is one
    assert found("Rebels captured eastern Congo’s largest regional hub.", "COD") == []
    assert found("The army recaptured the town at Bangui's demand.", "CAF") == []
    assert found("Militants attacked near Kandahar's airport.", "AFG")[0][1].startswith("Kandah")


def test_a_person_with_a_title_inside_the_name_is_no_place():
    # nicosia-teachers-march-2018-08-28: 'Education Minister Costas Hambiaouris'
    text = "During the march, protesters called on Education Minister Costas Hambiaouris to quit."
    assert found(text, "CYP") == []


def test_a_lookalike_town_needs_the_names_edges_too():
    # corsica-flnc-blue-night-bombings-2023-10-09 (fresh38): 'Corsica' shares its consonant
    # skeleton with the French towns Crossac and Coursac, and was drawn at Crossac, 900 km away;
    # a transliteration changes the vowels inside a name, not how it opens or ends
    for lookalike in ("Corsica", "Korsika"):
        place = geoparse.lookup(lookalike, "FRA")
        assert place is None or place.name not in ("Crossac", "Coursac")
    assert geoparse.lookup("Gassrine", "TUN").name == "Kasserine"
    assert geoparse.lookup("Maarat al-Numan", "SYR").country_iso3 == "SYR"


def test_a_region_the_gazetteer_lists_is_found_and_a_sea_is_no_place():
    # corsica-flnc-blue-night-bombings-2023-10-09 (fresh38): 'Police on the Mediterranean island
    # of Corsica' was placed at 'Mediterranean', unlocated
    text = "Police on the Mediterranean island of Corsica launched an investigation."
    assert found(text, "FRA") == [("island of Corsica", "Corsica", 3, "region")]


def test_a_compass_word_that_opens_a_name_makes_it_another_unit_than_the_region():
    # darfur-jem-sla-ambush-2011-01-22: 'the capital of South Darfur state Nyala' is South Darfur,
    # not the Darfur region its name holds
    text = "Rebels ambushed troops on a road near the capital of South Darfur state Nyala."
    assert [p[1] for p in found(text, "SDN")][:1] == ["Southern Darfur"]


def test_a_part_of_a_town_after_its_possessive_may_follow_an_adjective():
    # qatif-hospital-police-shooting-2017-03-14 (fresh39): 'near a Qatif's central hospital' left
    # the act unlocated; 'at Bangui's demand in the capital' stays a thing Bangui owns
    text = "An officer was shot dead after a police shootout near a Qatif’s central hospital."
    assert found(text, "SAU") == [("Qatif’s central hospital", "Al Qaţīf", 2, "area")]
    assert found("They met at Bangui's demand.", "CAF") == []
