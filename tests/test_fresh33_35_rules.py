"""Rules written in the session of the fresh33 and fresh35 dev articles (issue 7; see
`data/events/CURATION.md`): each is a mechanism of news copy, tested with the real sentences of a
dev article that the drafts got wrong."""

from __future__ import annotations

import datetime as dt

from drafting import extracted

from eventreport.extraction import dates


def test_what_happens_as_a_rule_is_no_event(tmp_path):
    """'Israel launched dozens of strikes ..., the Syrian army usually reported', 'make inmate
    riots and protests a common occurrence': a sentence with no date of its own that tells what
    happens as a rule drafts nothing, in one place or two (the strikes named Syria and Israel)."""
    text = (
        "Israeli aircraft struck a Hamas post in Gaza on Sunday, killing two militants. In Syria, "
        "Israel launched dozens of strikes against Iranian and Hezbollah weapons depots, the "
        "Syrian army usually reported. The miserable conditions make inmate riots and protests a "
        "common occurrence."
    )
    events = extracted(tmp_path, text, "2019-01-07").events
    assert events["sub_event_type"].tolist() == ["Air/drone strike"]
    assert events["location"].tolist() == ["Gaza"]


def test_a_government_appalled_by_a_riot_condemns_it(tmp_path):
    """'The Nauruan government issued a statement saying it was "appalled and disgusted" by the
    "riot outside Parliament House"': being appalled by an act is a condemnation (CAMEO 111), a
    statement of its own beside the riot."""
    text = (
        "Protesters clashed with police outside Parliament House in Yaren on Tuesday, throwing "
        'rocks at officers. The Nauruan government issued a statement saying it was "appalled '
        'and disgusted" by the "riot outside Parliament House".'
    )
    events = extracted(tmp_path, text, "2015-06-17").events.set_index("sub_event_type")
    assert str(events.loc["Other", "x_cameo_code"]) == "111"
    assert "Government of Nauru" in events.loc["Other", "actor1"]


def test_a_march_that_passed_off_peacefully_is_apart_from_the_skirmishes(tmp_path):
    """'The protest march between ... Dia and Sahla ... passed off relatively peacefully, although
    small groups of demonstrators skirmished with security forces': the peaceful march and the
    riot beside it are two events (protesters, rioters), and a march 'between' two villages is
    one act on its route, not one in each village."""
    text = (
        "Thousands of people took to the streets near Manama on Friday in a demonstration to "
        "demand the resignation of the prime minister. The protest march between the "
        "Shiite-populated villages of Dia and Sahla, near the capital, passed off relatively "
        "peacefully, although small groups of demonstrators skirmished with security forces."
    )
    events = extracted(tmp_path, text, "2012-09-29").events
    assert sorted(events["sub_event_type"]) == ["Peaceful protest", "Violent demonstration"]
    assert set(events["event_date"]) == {"2012-09-28"}


def test_a_protest_that_turned_violent_stays_one_event(tmp_path):
    """'The demonstration, which started peacefully, soon turned violent': the same protest
    changed, so it is one riot, with no peaceful phase of its own."""
    text = (
        "Thousands of young people gathered outside parliament in Chisinau on Tuesday. The "
        "demonstration, which started peacefully, soon turned violent, as the crowd threw stones "
        "at police."
    )
    events = extracted(tmp_path, text, "2009-04-08").events
    assert events["sub_event_type"].tolist() == ["Violent demonstration"]


def test_less_than_some_days_ago_is_the_middle_of_that_span():
    """'In the same prison less than 10 days ago the authorities found a grenade' (a story of 7
    February): some day of the ten before, coded to the middle of the span, 2 February, with the
    precision of a week-level phrase."""
    text = "In the same prison less than 10 days ago the authorities found a grenade."
    found = dates.find(text, 0, dt.date(2009, 2, 7))
    assert [(d.date, d.precision) for d in found] == [(dt.date(2009, 2, 2), 2)]


def test_a_year_ago_is_history():
    """'Anglophone lawyers and teachers launched demonstrations a year ago': one year back is the
    history of the crisis, like 'two years ago', so the demonstrations join no event of the
    story (and do not make the day's killing of gendarmes a protest)."""
    text = "Anglophone lawyers and teachers launched demonstrations a year ago against it."
    found = dates.find(text, 0, dt.date(2017, 11, 9))
    assert [(d.text, d.kind) for d in found] == [("a year ago", "background")]


def test_a_former_president_out_of_office_still_speaks_as_a_political_leader(tmp_path):
    """'protests led by supporters of former President Evo Morales ... Morales criticized
    President Arce': a leader out of office no longer speaks for the government, but his
    criticism is a political leader's statement (CAMEO 111), an event of its own."""
    text = (
        "Two police officers were killed in Llallagua on Wednesday during protests led by "
        "supporters of former President Evo Morales. In a public statement, Morales criticized "
        "President Arce for failing to resolve the crisis."
    )
    events = extracted(tmp_path, text, "2025-06-11").events.set_index("sub_event_type")
    assert "Morales" in events.loc["Other", "actor1"]
    assert str(events.loc["Other", "x_cameo_code"]) == "111"


def test_a_minister_who_advised_the_police_not_to_tolerate_violence_appeals(tmp_path):
    """'Lusaka Province Minister Bowman Lusambo yesterday advised the Zambia police service not
    to tolerate any form of violence': advising a party to act, or not to, is an appeal, a
    statement event of the minister's."""
    text = (
        "Police fired tear gas at opposition supporters in Lusaka on Tuesday. Lusaka Province "
        "Minister Bowman Lusambo yesterday advised the Zambia police service not to tolerate any "
        "form of violence."
    )
    appeal = (
        extracted(tmp_path, text, "2020-12-23").events.set_index("sub_event_type").loc["Other"]
    )
    assert (appeal["event_date"], str(appeal["x_cameo_code"])) == ("2020-12-22", "020")


def test_a_town_that_exploded_rioted(tmp_path):
    """'On Dec. 16, the town exploded. Protesters ... stormed a stage ... before looting and
    burning down buildings': a town that 'exploded' erupted in unrest, no blast; its day dates
    the riot told next."""
    text = (
        "On Dec. 16, the town exploded. Protesters stormed a stage set up for a concert before "
        "looting and burning down buildings in Zhanaozen."
    )
    events = extracted(tmp_path, text, "2011-12-19").events
    assert events["sub_event_type"].tolist() == ["Violent demonstration"]
    assert events["event_date"].tolist() == ["2011-12-16"]


def test_a_weekday_overnight_is_the_night_after_it():
    """'Israel launched several strikes on Sunday overnight' (a story of Tuesday 8 January): the
    night after Sunday, coded to the day it ended, Monday, precision 2 (the overnight rule), not
    Sunday nor the day of publication."""
    text = "Israel launched several strikes on Sunday overnight against Hamas targets in Gaza."
    found = dates.find(text, 0, dt.date(2019, 1, 8))
    assert [(d.text, d.date, d.precision) for d in found] == [
        ("on Sunday overnight", dt.date(2019, 1, 7), 2)
    ]


def test_the_strip_is_no_town(tmp_path):
    """'in response to a rocket fired from the Strip': the word left of 'the Gaza Strip' is no
    town of its own, so the rocket fire is placed in Gaza, not at a village called Strip."""
    text = (
        "Israeli jets struck Hamas targets in Gaza on Sunday, in response to a rocket fired from "
        "the Strip."
    )
    events = extracted(tmp_path, text, "2019-01-07").events
    assert "Strip" not in set(events["location"])


def test_a_rally_in_front_of_the_presidential_office_is_in_the_capital(tmp_path):
    """'about 50,000 people gathering in front of the presidential office' in a text that names
    only Taiwan: the seat of the president stands in the capital, so the rally is placed at
    Taipei, not left unlocated."""
    text = (
        "Saturday's rally began peacefully in Taiwan, with about 50,000 people gathering in front "
        "of the presidential office to listen to opposition politicians give speeches."
    )
    events = extracted(tmp_path, text, "2004-04-11").events
    assert events["location"].tolist() == ["Taipei"]
