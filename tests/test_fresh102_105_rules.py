"""Rules written in the session of the fresh102 to fresh105 dev articles (issue 7; see
`data/events/CURATION.md`): each is a mechanism of news copy, tested with the sentences of a dev
article that the drafts got wrong."""

from __future__ import annotations

from drafting import drafted_events, kinetic, statements

EGYPT = "\n\n".join(
    [
        "Three people were killed in clashes in Egypt Friday between Islamist protesters and "
        "opponents while 265 were arrested as police cracked down on Muslim Brotherhood "
        "demonstrations, the interior ministry said.",
        "Smoke rose from Al-Azhar university’s student dormitory in Cairo as police fired tear "
        "gas against protesters pelting them with rocks from inside the building.",
        "Police also clashed with protesters in the Suez Canal city of Ismailiya, an AFP "
        "correspondent said.",
    ]
)


def test_an_act_told_with_also_at_a_town_of_its_own_is_one_more_incident(tmp_path):
    """egypt-brotherhood-protests-arrests-2013-12-27: 'Police also clashed with protesters in ...
    Ismailiya' tells one more clash of Friday's; undated and told by a weak word, it had been
    dropped."""
    events = kinetic(drafted_events(tmp_path, EGYPT, "2013-12-28"))
    ismailia = events[events["location"] == "Ismailia"]
    assert list(ismailia["sub_event_type"]) == ["Violent demonstration"]
    assert list(ismailia["event_date"].astype(str)) == ["2013-12-27"]
    assert list(ismailia["time_precision"]) == [2]


def test_the_same_act_without_also_and_with_no_day_is_still_only_told(tmp_path):
    """The control: with no 'also' the weak, undated clash stands on nothing (a background
    mention), as before."""
    text = EGYPT.replace("Police also clashed", "Police clashed")
    events = kinetic(drafted_events(tmp_path, text, "2013-12-28"))
    assert "Ismailia" not in set(events["location"])


SACABA = "\n\n".join(
    [
        "SACABA, Bolivia — Bolivia’s political crisis turned deadly again when security forces "
        "opened fire on supporters of Evo Morales in the town of Sacaba on Friday.",
        "Bolivia's interior minister accused the protesters of using “military weapons.”",
    ]
)


def test_a_government_with_no_place_speaks_from_its_seat_of_government(tmp_path):
    """sacaba-checkpoint-shooting-2019-11-15: a statement of Bolivia's government placed by no
    words of its own is coded where the government sits, La Paz; the constitutional capital,
    Sucre, put it 416 km off (countries.csv `seat`)."""
    said = statements(drafted_events(tmp_path, SACABA, "2019-11-16"))
    assert list(said["location"]) == ["La Paz"]
    assert list(said["country"]) == ["Bolivia"]


LIMMU = "\n\n".join(
    [
        "NAIROBI (Reuters) – Gunmen killed at least 20 people last week in western Ethiopia, a "
        "regional government official said on Thursday, in what he and two residents described "
        "as an attack on civilians from the Amhara ethnic group.",
        "The incident occurred in the district of Limmu Kosa, in the Jimma zone of the Oromiya "
        "region.",
        "The Oromo are the country’s largest ethnic group and the Amhara are its second largest. "
        "Clashes between people from the two groups killed 18 people in another part of the "
        "country earlier this month.",
    ]
)


def test_an_act_in_another_part_of_the_country_is_not_the_act_told_before(tmp_path):
    """limmu-kosa-gunmen-attack-2021-04-22: the clashes 'in another part of the country' had
    joined the attack at Limmu Kosa, which became an armed clash of both tolls' sentences."""
    events = kinetic(drafted_events(tmp_path, LIMMU, "2021-04-22"))
    attack = events[events["sub_event_type"] == "Attack"]
    assert list(attack["fatalities"]) == [20]
    assert list(attack["actor2"]) == ["Civilians (Ethiopia)"]


KOROVOU = "\n\n".join(
    [
        "SUVA, Fiji (AP) — A second hostage crisis erupted Saturday in Fiji as armed rebels "
        "supporting coup leader George Speight seized 30 soldiers, police and government "
        "officials in a police station outside the capital.",
        "Also Saturday, the U.S. Embassy in Suva said ambassador Osman Siddique was being "
        "recalled to the United States for consultations.",
        "``We deplore both hostage taking and efforts to deny political rights to citizens of "
        "Fiji,'' the embassy said in a press release.",
    ]
)


def test_an_embassy_speaks_where_it_is_not_from_its_home_capital(tmp_path):
    """korovou-police-station-hostages-2000-07-08: the US embassy's condemnation, with no place
    of its own, had been coded at Washington, 12,499 km from the embassy in Suva."""
    said = statements(drafted_events(tmp_path, KOROVOU, "2000-07-08"))
    deplored = said[said["actor1"].str.startswith("Government of the United States")]
    assert list(deplored["location"]) == ["Suva"]
    assert list(deplored["country"]) == ["Fiji"]
