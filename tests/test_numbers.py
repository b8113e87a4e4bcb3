"""Casualty figures and their claimants (sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventreport.extraction import numbers, sentences


def figures(text: str, speakers: numbers.Speakers | None = None) -> list[numbers.Figure]:
    """The figures of a one-sentence text, with claimants filled in."""
    sentence = sentences.split(text)[0]
    found = numbers.attributions(sentence, speakers or numbers.Speakers())
    return [
        numbers.Figure(**{**f.__dict__, "claimant": numbers.claimant(f, found)})
        for f in numbers.figures(sentence, [])
    ]


def summary(text: str) -> list[tuple]:
    """(metric, low, high, qualifier, partial, claimant) of each figure."""
    return [(f.metric, f.low, f.high, f.qualifier, f.partial, f.claimant) for f in figures(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Seven soldiers were killed when the convoy hit a mine.",
            [("killed", 7, 7, "", False, "unattributed")],
        ),
        (
            "Shells hit the market, killing 14 people and wounding 31.",
            [
                ("killed", 14, 14, "", False, "unattributed"),
                ("injured", 31, 31, "", False, "unattributed"),
            ],
        ),
        (
            "Twenty-three civilians died in the fire.",
            [("killed", 23, 23, "", False, "unattributed")],
        ),
        (
            "The raid left two hundred people injured.",
            [("injured", 200, 200, "", False, "unattributed")],
        ),
        (
            "More than 50 were injured in the stampede.",
            [("injured", 50, None, "more than", False, "unattributed")],
        ),
        (
            "At least nine guards were killed at the gate.",
            [("killed", 9, None, "at least", False, "unattributed")],
        ),
        (
            "Dozens of villagers were killed in the raid.",
            [("killed", 12, None, "dozens", False, "unattributed")],
        ),
        (
            "The strike killed about 40 fighters.",
            [("killed", 40, 40, "about", False, "unattributed")],
        ),
    ],
)
def test_figures_in_digits_and_words_with_their_hedges(text, expected):
    assert summary(text) == expected


def test_of_between_the_number_and_its_noun():
    assert summary("18 of the recruits died at the camp.") == [
        ("killed", 18, 18, "", False, "unattributed")
    ]


def test_named_person_and_n_other_members_count_together_as_a_partial_count():
    (figure,) = figures(
        "Its spokesman Karim al-Dulaimi and three other members were also killed in the blast."
    )
    assert (figure.metric, figure.low, figure.high, figure.partial) == ("killed", 4, 4, True)


def test_named_dead_count_their_names():
    (figure,) = figures("Colonel Hadi Sabri was also killed along with Nasser in the ambush.")
    assert (figure.qualifier, figure.low, figure.high, figure.partial) == (
        numbers.NAMED,
        2,
        None,
        True,
    )
    assert figure.names == ("Colonel Hadi Sabri", "Nasser")


def test_including_marks_a_subgroup_as_partial():
    found = summary("The clashes killed 21 people, including four children, officials said.")
    assert found == [
        ("killed", 21, 21, "", False, "officials"),
        ("killed", 4, 4, "", True, "officials"),
    ]


def test_numbers_that_count_no_casualties_are_not_figures():
    assert figures("Rebels captured 12 tanks and four villages at 6:30 am.") == []
    assert figures("A 9-year-old boy watched the convoy pass.") == []


@pytest.mark.parametrize(
    "text, claimant",
    [
        ("Eleven fighters died, according to the Hashd al-Shaabi.", "Hashd al-Shaabi"),
        ("Four soldiers were killed, the Pentagon said.", "Pentagon"),
        ("The Pentagon said that four soldiers were killed.", "Pentagon"),
        ("“Four soldiers were killed,” said the army spokesman.", "army spokesman"),
        ("Four soldiers were killed, a medic told Reuters.", "medic via Reuters"),
        (
            "The IRGC said that four soldiers were killed at the base, state television reported.",
            "IRGC via state television",
        ),
        # kataib-hezbollah-us-strikes-2019-12-29: a statement and its day after the speaker
        ("Four soldiers were killed, the Pentagon said in a statement Sunday.", "Pentagon"),
        # baghdad-us-embassy-storming-2019-12-31: the speaker is the subject of the relative clause
        ("Jets bombed depots that the U.S. said had killed four soldiers.", "U.S."),
    ],
)
def test_claimants(text, claimant):
    assert figures(text)[0].claimant == claimant


def test_pronoun_and_short_names_resolve_to_the_earlier_full_name():
    speakers = numbers.Speakers()
    figures("Provincial governor Amal Haddad said the attack was over.", speakers)
    assert (
        figures("She said six people were wounded.", speakers)[0].claimant
        == "Provincial governor Amal Haddad"
    )
    assert (
        figures("Haddad added that six people were wounded.", speakers)[0].claimant
        == "Provincial governor Amal Haddad"
    )


def test_the_toll_confirmed_by_a_named_official():
    sentence = sentences.split("The toll was confirmed by the district police chief.")[0]
    found = numbers.attributions(sentence, numbers.Speakers())
    assert numbers.passive_attribution(sentence, found) == "district police chief"


@pytest.mark.parametrize(
    "text, value",
    [
        ("25", 25),
        ("1,200", 1200),
        ("twenty-five", 25),
        ("a dozen", 12),
        ("two hundred", 200),
        ("three thousand", 3000),
    ],
)
def test_parse_number(text, value):
    assert numbers.parse_number(text) == value


def test_a_speaker_label_drops_the_reporting_verb():
    assert numbers.clean_speaker("said Jane Okafor") == "Jane Okafor"
    assert numbers.clean_speaker("told Jane Okafor") == "Jane Okafor"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # chong-bok-border-clash-2025-05-28 (dev): 'adding' goes on with the army that said
        (
            "The clash lasted about 10 minutes until local commanders spoke to each other and "
            "ordered a ceasefire, the Thai army said, adding that the two were negotiating.",
            "Thai army",
        ),
        # douma-market-airstrike-2015-08-16 (dev): the subject of 'said' speaks on after 'adding'
        (
            "The Local Coordination Committees, another activist group, said the air raids killed "
            "at least 100 and wounded about 300, adding that rescue workers are digging.",
            "Local Coordination Committees",
        ),
    ],
)
def test_a_participle_after_a_reporting_verb_goes_on_with_its_speaker(text, speaker):
    """One speaker covers the whole sentence: the participle 'adding' has no subject of its own."""
    sentence = sentences.split(text)[0]
    found = numbers.attributions(sentence, numbers.Speakers())
    assert [(a.speaker, a.covers_from, a.covers_to) for a in found] == [(speaker, 0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        # narayanpur-dantewada-ied-blasts-2021-03-05 (dev)
        "A police personnel was killed in an improvised explosive device blast.",
        "On Thursday, a constable of the armed force was killed in an IED blast.",
        "A roadside bomb killed a ranger on patrol.",
    ],
)
def test_one_victim_counted_by_a(text):
    """'a constable', 'a police personnel': one dead, though no number is written."""
    assert [(f.metric, f.low) for f in figures(text)] == [("killed", 1)]


def test_an_adverb_between_subject_and_verb_leaves_the_subject_the_speaker():
    """llallagua-roadblock-clashes-2025-06-11 (dev): in 'President Arce directly blamed Morales
    for ..., which he said are worsening ...' the speaker is the president, not the whole clause
    (whose 'Morales' would then make Morales's later statement the president's)."""
    text = (
        "President Arce directly blamed Morales for orchestrating the demonstrations, which he "
        "said are worsening the country's political and economic instability."
    )
    sentence = sentences.split(text)[0]
    found = numbers.attributions(sentence, numbers.Speakers())
    assert [a.speaker for a in found] == ["President Arce"]


def test_the_minutes_of_a_time_are_no_toll():
    """sadad-police-patrol-clash-2012-09-28 (dev): 'at 11:20 PM on Friday that targeted the lives
    of policemen' counts nobody (the 20 is minutes)."""
    text = (
        "“A police patrol was attacked with Molotov cocktails at 11:20 PM on Friday that "
        "targeted the lives of policemen in the jeep,” it said on its website."
    )
    assert figures(text) == []


def test_no_one_killed_or_wounded_counts_nobody_twice():
    """galim-security-post-attack-2020-03-08 (dev): 'No one was killed or wounded' is a zero for
    the dead and for the wounded; its 'one' counts nobody, nor is 'No-one' a named dead."""
    found = figures("No one was killed or wounded, police said.")
    assert sorted((f.metric, f.low) for f in found) == [("injured", 0), ("killed", 0)]
    assert [(f.metric, f.low) for f in figures("No-one was killed.")] == [("killed", 0)]


@pytest.mark.parametrize(
    "text, quote",
    [
        (
            "The authorities issued a ban after a 16-year-old boy, said to be supporting the "
            "Opposition, was killed in clashes.",
            "a 16-year-old boy, said to be supporting the Opposition, was killed",
        ),
        (
            "A BNP youth leader died when a rival group attacked him.",
            "A BNP youth leader died",
        ),
    ],
)
def test_a_lone_victim_dies_across_an_aside_or_by_an_intransitive_verb(text, quote):
    """chandpur-satkania-hartal-clashes-2013-10-28 (dev): a victim counted by 'a' is one dead
    also when an aside on who they were stands before the verb, or when the verb is 'died'."""
    assert [(f.metric, f.low, f.quote) for f in figures(text)] == [("killed", 1, quote)]
