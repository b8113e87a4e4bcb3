"""Date phrases resolved against the publication date (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from drafting import drafted_events, kinetic

from eventreport.extraction import dates

FRIDAY = dt.date(2020, 1, 3)  # a Friday


def only(text: str, published: dt.date = FRIDAY) -> dates.DateMention:
    """The one date phrase of a sentence."""
    found = dates.find(text, 0, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Militiamen fired mortars at the compound on Tuesday.", dt.date(2019, 12, 31)),
        ("Earlier on Thursday, the minister warned of reprisals.", dt.date(2020, 1, 2)),
        ("Friday's strike hit a convoy near the border.", dt.date(2020, 1, 3)),
        ("Witnesses said the convoy was hit on Friday morning.", dt.date(2020, 1, 3)),
        ("The depot burned last Friday.", dt.date(2019, 12, 27)),
    ],
)
def test_weekdays_are_the_latest_such_day_up_to_publication(text, expected):
    mention = only(text)
    assert mention.kind == "day"
    assert (mention.date, mention.precision) == (expected, 1)


def test_raw_words_and_offsets_are_kept():
    text = "The convoy was ambushed earlier on Thursday outside the town."
    mention = only(text)
    assert mention.text == "earlier on Thursday"
    assert text[mention.start : mention.end] == mention.text


def test_month_day_without_year_in_january_is_last_year():
    mention = only(
        "Drones struck the depot on December 29, killing two guards.", dt.date(2020, 1, 4)
    )
    assert (mention.date, mention.precision) == (dt.date(2019, 12, 29), 1)


def test_month_day_with_year_and_day_first():
    assert only("The bridge was shelled on 7 March 2018.").date == dt.date(2018, 3, 7)


def test_last_week_is_the_middle_of_the_calendar_week_before_with_week_precision():
    # the coding rule of CURATION.md: the Thursday of the week before publication
    mention = only("Rebels seized the checkpoint last week.")
    assert (mention.date, mention.precision) == (dt.date(2019, 12, 26), 2)
    # yala-chakwua-patrol-ambush-2005-09-27, published Wednesday 28 September 2005: coded 22
    # September
    text = "The 18-hour hostage-taking last week captured the nation's attention."
    assert only(text, dt.date(2005, 9, 28)).date == dt.date(2005, 9, 22)


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        # araucania-trucks-arson-2020-08-05 (dev), published Thursday 6 August 2020: the Saturday
        # just past, 1 August (it was coded 30 July, a Thursday, seven days back)
        (dt.date(2020, 8, 6), dt.date(2020, 8, 1)),
        (dt.date(2020, 8, 3), dt.date(2020, 8, 1)),  # a Monday: two days back
        (dt.date(2020, 8, 2), dt.date(2020, 7, 25)),  # a Sunday: the weekend before
    ],
)
def test_last_weekend_is_the_saturday_of_the_weekend_before_publication(published, expected):
    mention = only("Last weekend, around 50 people were arrested.", published)
    assert (mention.date, mention.precision) == (expected, 2)


@pytest.mark.parametrize(
    "text",
    [
        # kidal-tuareg-ceasefire-2014-05-23: takeovers coded to the day of publication, precision 2
        "The separatists have gained control of much of the north in recent days.",
        "Rebels took three towns over the past few days.",
    ],
)
def test_recent_days_are_the_day_of_publication_with_week_precision(text):
    mention = only(text)
    assert (mention.kind, mention.date, mention.precision) == ("day", FRIDAY, 2)


@pytest.mark.parametrize(
    ("text", "days", "precision"),
    [
        # kamwenge-adf-attack-2023-12-25: 'almost a week' before the attack is six days (gold)
        ("The attack comes almost a week after suspected rebels killed 10 people.", 6, 2),
        # guayas-esmeraldas-gang-attacks-2022-11-01: 'nearly a month' is four weeks, precision 3
        ("The latest violence comes nearly a month after clashes in a jail.", 28, 3),
        ("The raid came two months after the ambush.", 60, 3),
        ("The strike came a week after the bombing.", 7, 2),
    ],
)
def test_hedged_and_month_counts_before_after(text, days, precision):
    """A hedge that falls short takes a day off a count of days or weeks and reads a month as four
    weeks; months count 30 days with month precision."""
    mention = only(text)
    assert (mention.kind, mention.anchor_days, mention.precision) == ("anchor", days, precision)


def test_days_ago_counts_back():
    mention = only("The clinic was bombed two days ago.")
    assert (mention.date, mention.precision) == (dt.date(2020, 1, 1), 1)


def test_yesterday_and_overnight():
    assert only("The port was hit yesterday.").date == dt.date(2020, 1, 2)
    overnight = only("Shelling went on overnight across the valley.")
    assert (overnight.date, overnight.precision, overnight.overnight) == (FRIDAY, 2, True)


def test_a_date_after_a_reporting_verb_dates_the_telling():
    mention = only("Two people died in the raid, the governor said Friday.")
    assert mention.reporting


def test_days_after_dates_the_clause_that_follows_it():
    mention = only("The blast came days after gunmen stormed a checkpoint.")
    assert mention.kind == "anchor"
    assert (
        mention.anchor_subordinate
        and mention.anchor_days == dates.VAGUE_COUNT
        and mention.precision == 2
    )


@pytest.mark.parametrize(
    "text, anchor_days",
    [
        ("Hours after the clashes, the two countries reached a ceasefire agreement.", 0),
        ("Just hours after the clashes, the two countries reached a ceasefire agreement.", 0),
        ("Two days after the ambush, the army shelled the village.", -2),
        ("Two days before the ambush, the army shelled the village.", 2),
    ],
)
def test_a_phrase_opening_its_sentence_dates_the_main_clause(text, anchor_days):
    mention = only(text)
    assert mention.kind == "anchor" and mention.fronted and not mention.anchor_subordinate
    assert mention.anchor_days == anchor_days


def test_hours_after_inside_the_sentence_dates_the_clause_after_it():
    mention = only("The blast came just hours after gunmen stormed a checkpoint.")
    assert mention.anchor_subordinate and not mention.fronted and mention.anchor_days == 0


def test_at_the_time_leans_on_the_event_told_before():
    mention = only("The ministry said at the time that the patrol had returned fire.")
    assert (mention.kind, mention.anchor_days) == ("anchor", 0)


@pytest.mark.parametrize(
    "text",
    [
        "Since 2004, the commander led the brigade through three offensives.",
        "He first fought in the 1990s as a young conscript.",
        "Air raids have killed thousands over the past few years.",
        # bhimber-loc-firing-2016-11-13: a toll over weeks counts no one act
        "The civilian death toll from shelling has risen to at least 26 in the past few weeks.",
        "The group has claimed several attacks over the last two months.",
        # darfur-jem-sla-ambush-2011-01-22: the grievance of the revolt's start is background
        "JEM and the SLA accused the government of neglecting the region when they first "
        "launched their revolt.",
    ],
)
def test_background_phrases_are_marked(text):
    assert [m.kind for m in dates.find(text, 0, FRIDAY)] == ["background"]


@pytest.mark.parametrize(
    "text, note",
    [
        ("The raid happened on 30 February.", "no such calendar day"),
        ("The raid happened in 2019.", "only the year 2019 is given"),
    ],
)
def test_phrases_that_name_no_day_are_unresolved_and_say_why(text, note):
    mention = only(text)
    assert mention.kind == "unresolved" and mention.date is None and mention.note == note


def test_may_the_verb_is_no_month():
    assert dates.find("The talks may resume soon.", 0, FRIDAY) == []


def test_a_sentence_without_date_words_has_none():
    assert dates.find("Gunmen opened fire on the crowd.", 0, FRIDAY) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said in a statement on Monday that it was investigating.",
        "The envoy told reporters in Geneva on Monday that talks would go on.",
        "In a statement on Monday, the army gave no figures.",
    ],
)
def test_a_date_of_the_telling_is_reporting(text):
    found = dates.find(text, 0, dt.date(2020, 1, 10))
    assert [d.reporting for d in found] == [True]


@pytest.mark.parametrize(
    "text, reporting",
    [
        ("Sudan's army on Friday said it clashed with rebels.", True),
        ("The ministry on Monday told reporters the talks would go on.", True),
        ("The attack on Friday claimed 12 lives.", False),
        ("The clashes erupted on Friday, said police.", False),
        # garissa-liboi-police-ieds-2017-05-25 (dev): the day a document was seen is no day of the
        # act it tells (Wednesday's bomb went to Thursday's with its toll)
        ("Three were killed, according to a police report seen Thursday by AFP.", True),
    ],
)
def test_a_day_right_before_a_reporting_verb_dates_the_telling(text, reporting):
    assert only(text).reporting is reporting


def test_the_date_of_an_attack_is_not_reporting():
    found = dates.find("The minister condemned the attack on Sunday.", 0, dt.date(2020, 1, 10))
    assert [d.reporting for d in found] == [False]


def test_a_night_that_went_on_into_the_early_hours_is_the_day_it_ended():
    """west-belfast-twelfth-riots-2011-07-12 (dev): 'late on Monday night and continued throughout
    the early hours' is Tuesday's (the overnight rule), precision 2; a bare 'Monday night' stays
    Monday."""
    tuesday = dt.date(2011, 7, 12)
    found = only(
        "Riots broke out in the west of the city late on Monday night and continued throughout "
        "the early hours.",
        tuesday,
    )
    assert (found.date, found.precision) == (tuesday, 2)
    assert only("Riots broke out on Monday night.", tuesday).date == dt.date(2011, 7, 11)


def test_an_act_still_going_on_is_dated_the_day_of_publication(tmp_path):
    """manzini-curfew-clashes-2021-06-29 (fresh17, dev): 'protesters have been burning tyres and
    stoning cars', told with no date after the lead, was left undated; the present perfect
    progressive tells an act still going on as the story is written."""
    text = (
        "Soldiers shot a protester in Manzini on Monday, a witness said. Witnesses in Mbabane "
        "reported seeing soldiers patrolling the streets where protesters have been burning tyres "
        "and stoning cars."
    )
    events = kinetic(drafted_events(tmp_path, text, "2021-06-29"))
    burning = events[events["x_evidence"].str.contains("burning tyres")].iloc[0]
    assert (burning["event_date"], burning["time_precision"]) == ("2021-06-29", 2)


@pytest.mark.parametrize(
    "text, attributive, reporting",
    [
        ("The Rwandan army blamed the 9 December assault on Hutu rebels.", True, False),
        ("The minister said the Thursday attack on the base was cowardly.", True, False),
        ("Colombia accused the ELN rebels Thursday of killing a policeman.", False, False),
        ("The army said Thursday attacks had stopped.", False, True),
    ],
)
def test_a_definite_day_before_an_act_word_is_that_acts_not_the_tellings(
    text, attributive, reporting
):
    """rubavu-fdlr-attack-kagame-2018-12-14 (dev): 'blamed the 9 December assault' names the day
    of the assault; the date was read as the blame's (a day after a reporting verb), so the
    army's statement was dated five days before it was made."""
    found = only(text, dt.date(2018, 12, 15))
    assert dates.attributive(text, found.start, found.end) is attributive
    assert found.reporting is reporting


def test_a_statement_about_a_dated_act_keeps_the_day_it_was_told(tmp_path):
    """The same article: the army's blame, with no date of its own, is coded to the day of
    publication (precision 2), not to the day of the assault it blames."""
    text = (
        "The Rwandan army blamed the 9 December assault in the country's restive east on Hutu "
        "rebel group, the Democratic Forces for the Liberation of Rwanda."
    )
    events = drafted_events(tmp_path, text, "2018-12-15")
    blame = events[events["sub_event_type"] == "Other"].iloc[0]
    assert (blame["event_date"], blame["time_precision"]) == ("2018-12-15", 2)


def test_an_act_in_the_present_perfect_after_the_lead_is_dated_the_day_of_publication(tmp_path):
    """kidal-tuareg-ceasefire-2014-05-23 (dev): 'MNLA fighters have also taken control of several
    other towns', told after the lead with no date of its own, took the day of the clashes told
    before; the present perfect tells news of the days the story is written in (CURATION.md: 'have
    arrested' is dated to publication). In the lead it sums up an act dated further on."""
    text = (
        "Mali’s Tuareg rebels have agreed to a ceasefire, two days after clashes with the army "
        "threatened to throw the country back into chaos.\n"
        "Some 20 Malian soldiers have died since Wednesday in fighting over who holds the town of "
        "Kidal.\n"
        "MNLA fighters have also taken control of several other towns in the north, including "
        "Menaka, Agelhok, Anefis and Tessalit."
    )
    events = drafted_events(tmp_path, text, "2014-05-24")
    taken = events[events["location"].isin(["Aguelhok", "Tessalit"])]
    assert taken["event_date"].tolist() == ["2014-05-24"] * 2
    assert taken["time_precision"].tolist() == [2, 2]
    lead = drafted_events(
        tmp_path, "Gunmen have killed 22 people in a village on Friday.", "2020-02-17"
    )
    assert lead["event_date"].tolist() == ["2020-02-14"]


@pytest.mark.parametrize(
    ("text", "day", "overnight"),
    [
        # almaty-fuel-protests-crackdown-2022-01-06 (dev): two days were read as one night and
        # dated the second, though the riot began on the first
        ("Protests killed eight police on Tuesday and Wednesday.", dt.date(2022, 1, 4), False),
        ("Rockets fell on Saturday evening and before dawn on Sunday.", dt.date(2022, 1, 2), True),
        ("The fighting went on from Monday night into Tuesday.", dt.date(2022, 1, 4), True),
        # kafolo-kolobougou-attacks-2021-03-29 (fresh39): 'on the night of Sunday to Monday' was
        # read as Sunday
        (
            "The attack occurred between midnight and one on the night of Sunday to Monday.",
            dt.date(2022, 1, 3),
            True,
        ),
        # al-hoceima-khattabi-anniversary-clashes-2017-02-06 (fresh42): 'on Sunday night and in the
        # early hours of Monday' was read as Sunday
        (
            "Hundreds took to the streets on Sunday night and in the early hours of Monday.",
            dt.date(2022, 1, 3),
            True,
        ),
        # the control: 'from Sunday to Tuesday' is a span of days, dated by its first
        ("Fighting raged from Sunday to Tuesday.", dt.date(2022, 1, 2), False),
    ],
)
def test_two_weekdays_are_two_days_unless_they_tell_one_night(text, day, overnight):
    found = only(text, dt.date(2022, 1, 6))
    assert (found.date, found.precision, found.overnight) == (day, 2, overnight)


def test_a_dateline_with_the_outlet_and_day_in_parentheses_dates_the_report(tmp_path):
    """panakei-police-gunfight-2006-05-09 (fresh18, dev): 'PORT MORESBY, Papua New Guinea (PNG
    Post-Courier, May 11) –' dated the exchange of gunfire, which the sentence dates 'on Tuesday
    afternoon' after a verb that names it as what tension 'remains high after'."""
    text = (
        "PORT MORESBY, Papua New Guinea (PNG Post-Courier, May 11) – Tension in South "
        "Bougainville remains high after a heavy exchange of gunfire between a Me’ekamui faction "
        "siding with failed money scheme U-Vistract and Bougainville police in Papua New Guinea "
        "on Tuesday afternoon."
    )
    dateline = dates.find(text, 0, dt.date(2006, 5, 11))[0]
    assert (dateline.text, dateline.reporting) == ("May 11", True)
    events = kinetic(drafted_events(tmp_path, text, "2006-05-11"))
    assert events["event_date"].tolist() == ["2006-05-09"]


def test_an_act_in_the_past_perfect_progressive_went_on_before_the_story(tmp_path):
    """araucania-trucks-arson-2020-08-05 (fresh16, dev): 'Mapuche protesters had been
    demonstrating in support of community members ...', with no date of its own, joined the arson
    told in the lead and made it a peaceful protest; it is background to the story. The present
    perfect progressive ('have been burning tyres') goes on as the story is written."""
    text = (
        "Arsonists attacked a factory in Temuco late on Wednesday, authorities said.\n"
        "Mapuche protesters had been demonstrating in support of community members who have been "
        "incarcerated and on hunger strike."
    )
    events = drafted_events(tmp_path, text, "2020-08-06")
    assert "Peaceful protest" not in events["sub_event_type"].tolist()


def test_an_act_going_on_since_a_day_is_dated_the_day_of_publication(tmp_path):
    """preah-vihear-border-clash-2011-02-04 (dev): 'activists have been camping out around
    Bangkok’s Government House since last week, in protest' was dated last week; the phrase says
    when the protest began, and the present perfect progressive that it goes on as the story is
    written."""
    text = (
        "Hundreds of Yellow Shirts activists have been camping out around Bangkok’s Government "
        "House since last week, in protest at the government’s handling of the border dispute."
    )
    events = drafted_events(tmp_path, text, "2011-02-04")
    assert (events["event_date"].tolist(), events["time_precision"].tolist()) == (
        ["2011-02-04"],
        [2],
    )


def test_a_sit_in_going_on_since_a_weekday_is_no_background(tmp_path):
    """sohar-salalah-protests-2011-02-27 (fresh19, dev): 'demonstrators have been camped out since
    Friday' set the sentence in the past ('since Friday' was read as background), so the Salalah
    sit-in drafted nothing; an act going on since a recent day is dated the day of publication. A
    start years back stays background."""
    text = (
        "Protests were also taking place in the southern town of Salalah where demonstrators have "
        "been camped out since Friday near the office of a provincial governor."
    )
    events = drafted_events(tmp_path, text, "2011-02-27")
    assert events[["event_date", "location"]].values.tolist() == [["2011-02-27", "Şalālah"]]
    war = "Cameroon’s Anglophone rebels have been fighting since 2017 to create a state."
    assert drafted_events(tmp_path, war, "2020-03-08").empty


def test_an_act_that_owns_its_day_was_done_whoever_did_it(tmp_path):
    """ntumbo-village-killings-2020-02-14 (dev): 'It was not yet clear who was responsible for
    Friday’s attack in Ntumbo' made the attack an act not done ('responsible for' reads as an
    allegation), so the lead's killing kept the day the UN spoke (Monday); an act that owns a day
    happened that day."""
    text = (
        "Gunmen have killed 22 people in a village in Ntumbo, shooting women and children, the "
        "United Nations said on Monday.\n"
        "It was not yet clear who was responsible for Friday’s attack in Ntumbo in the northwest "
        "region of Cameroon."
    )
    events = kinetic(drafted_events(tmp_path, text, "2020-02-17"))
    assert events["event_date"].tolist() == ["2020-02-14"]


def test_a_day_in_a_relative_clause_dates_the_act_word_it_follows(tmp_path):
    """guayas-1-prison-riot-2023-07-22 (fresh38, dev): 'entered Guayas 1 prison on Tuesday to quell
    the riot that had erupted on Saturday' dated the riot by the nearer day, the entry's; the
    relative clause on the riot tells its own day. Without the clause the entry's day stays."""
    text = (
        "The armed forces, supported by the police, entered Guayas 1 prison in Guayaquil on "
        "Tuesday to quell the riot that had erupted on Saturday."
    )
    riot = drafted_events(tmp_path, text, "2023-07-26")
    assert riot["event_date"].tolist() == ["2023-07-22"]
    control = drafted_events(
        tmp_path, text.replace(" that had erupted on Saturday", ""), "2023-07-26"
    )
    assert control["event_date"].tolist() == ["2023-07-25"]
