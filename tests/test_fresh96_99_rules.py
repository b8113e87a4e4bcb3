"""Rules written in the session of the fresh96 to fresh99 dev articles (issue 7; see
`data/events/CURATION.md`): each is a mechanism of news copy, tested with the sentences of a dev
article that the drafts got wrong."""

from __future__ import annotations

from drafting import drafted_events, kinetic, sentence_figures, statements

from eventreport import places

MADAGASCAR = "\n\n".join(
    [
        "Clashes between armed bands of cattle rustlers and security forces have left 15 people "
        "dead in Madagascar including two paramilitary policemen, officials said Sunday.",
        "Known as dahalos, about 80 of these men, armed with hunting rifles, took off with 150 "
        "zebu in the village of Tranomaro early Sunday morning, said paramilitary police general "
        "Lumene Fidele Rasolofo.",
        "“When the gendarmerie and villagers chased down the dahalos there was a confrontation … "
        "and 13 dahalos were killed,” he said.",
        "Then in another village called Mahaly, a second theft of 300 zebu led to a clash between "
        "nearly 100 armed men and six paramilitary police officers, two of whom were killed.",
    ]
)


def test_then_opening_a_sentence_goes_on_the_day_of_the_act_before(tmp_path):
    """tranomaro-mahaly-dahalo-clashes-2014-08-17: 'Then in another village called Mahaly, ...'
    tells the next act of the same story; it was left undated."""
    events = kinetic(drafted_events(tmp_path, MADAGASCAR, "2014-08-17"))
    mahaly = events[events["x_location_raw"] == "Mahaly"]
    assert list(mahaly["event_date"].astype(str)) == ["2014-08-17"]
    assert list(mahaly["time_precision"]) == [2]


def test_then_before_a_day_of_its_own_leaves_the_day_to_it(tmp_path):
    """Control: 'Then on Tuesday, ...' is dated by its own day, not by the act told before."""
    text = MADAGASCAR.replace("Then in another village", "Then on Tuesday, in another village")
    events = kinetic(drafted_events(tmp_path, text, "2014-08-20"))
    mahaly = events[events["x_location_raw"] == "Mahaly"]
    assert list(mahaly["event_date"].astype(str)) == ["2014-08-19"]


SOFIA = (
    "Riot police broke up the blockade of parliament in Sofia on Wednesday morning. The previous "
    "night, protesters clashed with police who tried to evacuate besieged MPs in a bus, injuring "
    "several."
)


def test_the_previous_night_is_the_day_before(tmp_path):
    """sofia-parliament-blockade-police-2013-07-23: 'the failed attempt at 10pm the previous night
    to evacuate besieged MPs' was dated the day after it, and placed at Mount Pleasant, Texas (an
    alternate name 'MPs' of the gazetteer)."""
    events = drafted_events(tmp_path, SOFIA, "2013-07-24")
    clash = events[events["sub_event_type"] == "Violent demonstration"]
    assert list(clash["event_date"].astype(str)) == ["2013-07-23"]
    assert set(events["location"]) == {"Sofia"}


def test_letters_in_capitals_are_no_alternate_name_of_a_town():
    """'MPs' (Mount Pleasant) and 'MP' (Marine Parade) are geonames alternates; in news copy they
    are members of parliament and a military police, never the town."""
    gazetteer = places.Gazetteer()
    assert gazetteer.lookup("MPs") is None
    assert gazetteer.lookup("MP") is None
    assert gazetteer.lookup("Mount Pleasant") is not None


def test_a_day_that_names_an_organisation_dates_nothing(tmp_path):
    """catarina-niquinohomo-protester-attack-2018-05-06: 'a rally in Monimbó, organized by the
    April 19 Movement' was drafted as a protest of 19 April; 'on April 19' stays a day."""
    text = (
        "Government supporters attacked protesters in Catarina on Sunday night, leaving several "
        "wounded. The situation occurred after a rally in Monimbó, organized by the April 19 "
        "Movement, in which they demanded a free demonstration."
    )
    events = drafted_events(tmp_path, text, "2018-05-07")
    assert "2018-04-19" not in set(events["event_date"].astype(str))
    dated = drafted_events(
        tmp_path, text.replace("the April 19 Movement", "students on April 19"), "2018-05-07"
    )
    assert "2018-04-19" in set(dated["event_date"].astype(str))


def test_a_country_that_ends_a_towns_name_is_no_country_of_the_story(tmp_path):
    """queen-street-beetham-shootings-2020-01-15: 'in downtown Port of Spain' made the police the
    Police Forces of Spain, placed at Madrid."""
    events = drafted_events(
        tmp_path,
        "Two men are dead and a woman was wounded after gunmen started shooting at people walking "
        "along Queen Street in downtown Port of Spain on Wednesday afternoon. Aaron was shot "
        "several times in the upper body and died at the Port of Spain General Hospital. "
        "Police called for backup from Besson Street police, who searched Beetham and Picton for "
        "the men.",
        "2020-01-16",
    )
    assert set(events["country"]) == {"Trinidad and Tobago"}
    assert not events["actor1"].str.contains("Spain").any()


def test_a_distance_after_a_toll_is_no_group_of_its_list():
    """shubarshi-kenkiyak-police-killings-2011-06-30: 'The two officers were killed in the village
    of Shubarshi, 250 kilometers from Aktobe' counted 250 more dead, and 252 in all."""
    for text in (
        "The two officers were killed in the village of Shubarshi, 250 kilometers from Aktobe, "
        "when attackers set upon their checkpoint.",
        "Two soldiers were killed in the village of Shubarshi, 250km from Aktobe.",
    ):
        assert [(f.low, f.high) for f in sentence_figures(text)] == [(2, 2)]


def test_a_call_for_backup_is_no_appeal(tmp_path):
    """general-teran-police-station-attack-2024-09-25, queen-street-beetham-shootings-2020-01-15:
    'authorities called for backup and began a search operation' is a step of the operation told
    in passing, not a party's appeal (the statement rule); 'appealed for calm' still is one."""
    found = statements(
        drafted_events(
            tmp_path,
            "Gunmen attacked a police station in Monterrey on Friday, killing two officers. The "
            "gunmen tried to flee, but authorities called for backup and began a search operation "
            "in an attempt to locate the gunmen. The governor appealed for calm.",
            "2024-09-27",
        )
    )
    assert len(found) == 1
    assert "appealed for calm" in found["x_evidence"].iloc[0]
