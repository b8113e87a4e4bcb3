"""The grouping step (`extraction.grouping`): which mentions form one event. Each rule is tested
with the sentences of a dev article, named above the test (never the test split), and a control
that the rule leaves alone.

The rules: a statement is one event per speaker and day (whatever words the speaker uses; an
official act such as a protest is its own event), and two offices of one party (a minister and
the president, the president and the government) are two speakers, while a spokesperson speaks
for the office; an act told 'in another town' never joins the event told before it; a definite
retelling of an event's toll joins it.
"""

from __future__ import annotations

import pytest
from drafting import drafted_events, kinetic

from eventreport.extraction import grouping
from eventreport.extraction.mentions import Mention
from eventreport.extraction.sentences import Sentence


def statements(events):
    """(actor1, evidence) of the drafted statements, in file order."""
    said = events[events["sub_event_type"] == "Other"]
    return said[["actor1", "x_evidence"]].values.tolist()


def tolls(events, column: str, value: str) -> list[int]:
    """The fatalities of the drafted events whose `column` is `value`, smallest first."""
    return sorted(events[events[column] == value]["fatalities"].tolist())


# ---------- one statement event per speaker: two offices of one party are two speakers

SOUROU = (
    "Twelve Burkina Faso soldiers were killed and eight wounded in an ambush by suspected rebels "
    "near the West African country's border with Mali, the government said.\n\n"
    "Communications Minister Ousseni Tamboura \u201cstrongly condemned the barbaric "
    "attack\u201d on Sunday near the village of Dounkoun in Toeni commune in Sourou province.\n\n"
    "President Roch Marc Christian Kabore said in a tweet that \u201cwe continue to wage without "
    "concession the war the obscurantist and barbaric forces have imposed on our country\u201d."
)


def test_a_ministers_condemnation_and_the_presidents_tweet_are_two_statements(tmp_path):
    # sourou-army-ambush-2021-08-09
    said = statements(drafted_events(tmp_path, SOUROU, "2021-08-09"))
    assert [actor for actor, _ in said] == ["Government of Burkina Faso"] * 2
    assert "Tamboura" in said[0][1] and "Kabore" in said[1][1]


QUETTA = (
    "At least 16 people were killed and 30 others injured in a blast that targeted Quetta's "
    "Hazarganji area on Friday morning.\n\n"
    "President Arif Alvi, Pakistan Peoples Party chairman Bilawal Bhutto Zardari, Pakistan Muslim "
    "League-Nawaz leader Ahsan Iqbal and the PTI government condemned the incident."
)


def test_the_president_and_the_government_condemning_together_are_two_speakers(tmp_path):
    # quetta-market-bombing-2019-04-12
    actors = [a for a, _ in statements(drafted_events(tmp_path, QUETTA, "2019-04-12"))]
    assert sorted(actors) == sorted(
        [
            "Government of Pakistan",
            "Government of Pakistan",
            "PPP: Pakistan Peoples Party",
            "PML-N: Pakistan Muslim League (Nawaz)",
        ]
    )


KATAIB = (
    "US forces have carried out strikes targeting five Kata'ib Hezbollah facilities in Syria, "
    "the Pentagon said in a statement Sunday.\n\n"
    "\u201cUS forces have conducted precision defensive strikes,\u201d Pentagon spokesman "
    "Jonathan Hoffman said."
)


def test_a_spokesman_speaks_for_his_office(tmp_path):
    # kataib-hezbollah-us-strikes-2019-12-29
    said = statements(drafted_events(tmp_path, KATAIB, "2019-12-29"))
    assert len(said) == 1 and "Hoffman" in said[0][1]


@pytest.mark.parametrize(
    ("speaker", "office"),
    [
        ("President Roch Marc Christian Kabore", "president"),
        ("Communications Minister Ousseni Tamboura", "minister"),
        # rostov-donetsk-cross-border-shell-2014-07-13: the ministry and its deputy minister
        ("Deputy Foreign Minister Grigory Karasin", "minister"),
        ("Russian Foreign Ministry", "minister"),
        ("Pentagon spokesman Jonathan Hoffman", ""),
        ("PTI government", ""),
    ],
)
def test_the_office_of_a_speaker_is_the_title_held_in_person(speaker, office):
    sentence = Sentence(0, 0, 1, ".", 0)
    assert grouping._office(Mention(sentence, [], "statement", (0, 1), speaker=speaker)) == office


# ---------- an act 'in another town' is not the event told before

THALA = (
    "Two civilians were killed and eight injured in overnight clashes with police in a provincial "
    "town, the Tunisian government said on Sunday, the deadliest incident in a series of riots "
    "that started nearly a month ago.\n\n"
    "Witnesses said crowds throwing stones and petrol bombs were clashing with police in another "
    "town nearby, and that three people there had been killed by gunfire, but there was no "
    "official confirmation of those accounts."
)


def test_clashes_in_another_town_are_an_event_of_their_own(tmp_path):
    # thala-kasserine-clashes-2011-01-08
    events = drafted_events(tmp_path, THALA, "2011-01-09")
    assert tolls(events, "event_type", "Riots") == [2, 3]


def test_clashes_in_the_same_town_stay_one_event(tmp_path):
    # the control: the same sentences without 'another'
    text = THALA.replace("in another town nearby", "in the town")
    events = drafted_events(tmp_path, text, "2011-01-09")
    assert len(events[events["event_type"] == "Riots"]) == 1


# ---------- a definite retelling of an event's toll is that event

THALA_RETOLD = (
    "Two civilians were killed and eight injured in overnight clashes with police in a provincial "
    "town, the Tunisian government said on Sunday, the deadliest incident in a series of riots "
    "that started nearly a month ago.\n\n"
    "The two deaths confirmed by the authorities happened in clashes late on Saturday in the town "
    "of Thala, about 200 km (125 miles) southwest of the capital, near the border with Algeria."
)


def test_the_two_deaths_retold_in_clashes_are_the_riots_toll(tmp_path):
    # thala-kasserine-clashes-2011-01-08
    events = drafted_events(tmp_path, THALA_RETOLD, "2011-01-09")
    assert events["event_type"].tolist() == ["Riots"]
    assert events["fatalities"].tolist() == [2]


def test_an_untold_toll_in_clashes_stays_apart_from_the_riots(tmp_path):
    # the control: a toll the riots did not tell is no retelling (clashes that name an armed
    # side: after a crowd's fight, clashes that name none are the crowd's riot)
    text = THALA_RETOLD.replace("The two deaths confirmed", "The three deaths confirmed").replace(
        "happened in clashes", "happened in clashes between soldiers and gunmen"
    )
    events = drafted_events(tmp_path, text, "2011-01-09")
    assert sorted(events["event_type"].tolist()) == ["Battles", "Riots"]


# ---------- everything one speaker says on one day is one statement; an official act is its own

MANNAR = (
    "At least eleven Sri Lankan military personnel were killed in fresh fighting in the far north "
    "of the country, Tamil Tiger rebels said today.\n\n"
    "The military denied the claim.\n\n"
    '"The air force gun ship helicopters attacked a terrorist gathering point in Mannar in '
    'support of the ground operations," said a military spokesman.'
)


def test_a_denial_and_a_claim_of_one_speaker_the_same_day_are_one_statement(tmp_path):
    # mannar-jaffna-ltte-clashes-2008-05-05
    said = statements(drafted_events(tmp_path, MANNAR, "2008-05-05"))
    assert len(said) == 1
    assert "denied" in said[0][1] and "gun ship" in said[0][1]


ROSTOV = (
    "MOSCOW - A cross-border shell fired from Ukraine was an indication of dangerous escalation "
    "of tension in border areas and might have irreversible consequences, the Russian Foreign "
    "Ministry said on Sunday.\n\n"
    "The Ukrainian charge d'affaires was summoned to the Russian Foreign Ministry where a "
    "resolute protest was expressed to him."
)


def test_an_official_protest_stays_apart_from_the_ministrys_words(tmp_path):
    # rostov-donetsk-cross-border-shell-2014-07-13: the control, a protest is an act
    said = statements(drafted_events(tmp_path, ROSTOV, "2014-07-13"))
    assert len(said) == 2


def test_an_act_named_as_one_already_told_never_stands_alone(tmp_path):
    """bishkek-government-house-storming-2005-06-17 (dev): 'neither Baryktabasov nor the party was
    involved in the storming', with no day or figure of its own, drafted an undated armed clash
    beside the storming the lead told; a definite act word points back to it."""
    text = (
        "Troops used tear gas Friday to break up a crowd of protesters who stormed the Kyrgyz "
        "government headquarters in Bishkek.\n"
        "A spokeswoman for Baryktabasov's political party told The Associated Press that neither "
        "Baryktabasov nor the party was involved in the storming."
    )
    events = drafted_events(tmp_path, text, "2005-06-18")
    assert events["event_date"].notna().all() and (events["event_date"] != "").all()
    assert events["event_type"].tolist().count("Battles") == 0


def test_a_region_holds_the_provinces_of_its_area(tmp_path):
    """darfur-jem-sla-ambush-2011-01-22: the clash told 'in Darfur' and then 'in South Darfur' is
    one clash, placed at the narrower unit; the region's point lies in another of its provinces
    (North Darfur), which made them two places."""
    text = (
        "Sudan's army on Friday said it clashed with rebels in Darfur in a four-hour fight that "
        "left 21 people dead.\n\n"
        "The fighting took place between the villages of Menawashi and Kidnir in South Darfur, "
        "the spokesman said."
    )
    events = kinetic(drafted_events(tmp_path, text, "2011-01-22"))
    assert events[["sub_event_type", "location", "fatalities"]].values.tolist() == [
        ["Armed clash", "Southern Darfur", 21]
    ]
