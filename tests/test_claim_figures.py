"""Casualty figures and claimants of issue 7 (claims), each class tested with sentences of our own
dev articles: a lone victim counted by 'a' or 'an', groups of one list added up after a casualty
verb, an abbreviation's full stop inside a figure's clause or a claimant's name, and what is no
further group of a list (a time, a verb of its own)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pandas as pd
import pytest
from drafting import drafted_events, extracted

from eventreport import config
from eventreport.article import load_article
from eventreport.extraction import draft, mentions, numbers, sentences


def summary(text: str) -> list[tuple]:
    """(metric, low, high, partial, claimant) of each figure of a one-sentence text."""
    sentence = sentences.split(text)[0]
    found = numbers.attributions(sentence, numbers.Speakers())
    return [
        (f.metric, f.low, f.high, f.partial, numbers.claimant(f, found))
        for f in numbers.figures(sentence, [])
    ]


def wholes(text: str) -> list[tuple]:
    """(metric, low, claimant) of the figures that count a whole, not a part."""
    return [(m, low, who) for m, low, _, partial, who in summary(text) if not partial]


@pytest.mark.parametrize(
    "text, expected",
    [
        # chong-bok-border-clash-2025-05-28
        (
            "BANGKOK (AP) — A Cambodian soldier was killed when Thai and Cambodian troops briefly "
            "fired at each other in their disputed border area Wednesday, officials said.",
            [("killed", 1, "officials")],
        ),
        # panamao-misuari-followers-clashes-2005-02-07
        (
            "While a clash was underway in Panamao, about 80 suspected followers of Misuari "
            "attacked army troops involved in a civic project in nearby Parang town, killing a "
            "soldier and wounding two others.",
            [("killed", 1, "unattributed"), ("injured", 2, "unattributed")],
        ),
        # mannar-navy-convoy-ambush-2005-12-23: four words before the victim, and a noun the
        # person nouns lacked
        (
            "Also Friday, suspected rebels fatally shot a Sri Lankan army intelligence agent in "
            "the central Sri Lankan town of Nuwara Eliya.",
            [("killed", 1, "unattributed")],
        ),
        # equatorial-guinea-border-mercenary-clash-2018-01-03: the victim in quotation marks
        (
            "Troops in Equatorial Guinea shot dead a “mercenary” during clashes Wednesday near "
            "the border with Cameroon, state television reported.",
            [("killed", 1, "state television")],
        ),
    ],
)
def test_a_lone_victim_counted_by_a_or_an_is_one(text, expected):
    assert wholes(text) == expected


def test_an_attacker_counted_by_a_is_no_victim():
    # kandahar-checkpoint-car-bomb-2008-12-28: 'A suicide attacker' detonated the bomb
    text = (
        "A suicide attacker detonated a car bomb at a police checkpoint in southern Afghanistan "
        "Saturday, killing three policemen and two civilian men on a motorbike, police said."
    )
    assert wholes(text) == [("killed", 5, "police")]


@pytest.mark.parametrize(
    "text, parts, whole",
    [
        # guasave-convoy-ambush-2011-03-07
        (
            "CULIACAN, Mexico (AP) — Gunmen staged a massive ambush of a police convoy "
            "transporting two prisoners in northern Mexico, killing seven officers and one of the "
            "inmates, prosecutors said Monday.",
            [7, 1],
            ("killed", 8, "prosecutors"),
        ),
        (
            "Six other officers and a second prisoner were wounded.",
            [6, 1],
            ("injured", 7, "unattributed"),
        ),
        # deir-al-balah-rocket-squad-strike-2012-10-14
        (
            "On Saturday night, the air force targeted a motorcycle in the northern town of "
            "Jabaliya, killing a top Salafist leader and a fellow militant.",
            [1, 1],
            ("killed", 2, "unattributed"),
        ),
    ],
)
def test_groups_of_one_list_add_up(text, parts, whole):
    found = summary(text)
    assert [low for _, low, _, partial, _ in found if partial] == parts
    assert wholes(text) == [whole]


@pytest.mark.parametrize(
    "text, expected",
    [
        # panamao-misuari-followers-clashes-2005-02-07: the speaker after a comma is no group
        (
            "In Patikul, also near Panamao, attackers opened fire on military reinforcements, "
            "killing 11 marines and wounding 13 others, a military officer said.",
            [("killed", 11, "military officer"), ("injured", 13, "military officer")],
        ),
        # a number that counts time is no group (a sentence written for this test)
        (
            "The army killed three soldiers and two days later withdrew.",
            [("killed", 3, "unattributed")],
        ),
    ],
)
def test_what_is_no_further_group_of_a_list(text, expected):
    assert wholes(text) == expected


def test_an_abbreviation_stops_neither_a_figure_nor_its_claimant():
    # kirkuk-k1-rocket-attack-2019-12-27
    text = (
        "One U.S. civilian contractor was killed and several service members were wounded in a "
        "rocket attack targeting a military base in northern Iraq on Friday, according to the "
        "U.S. military."
    )
    assert wholes(text) == [("killed", 1, "U.S. military")]


def test_a_participle_after_the_speaker_leaves_the_quotation_theirs():
    # darfur-jem-sla-ambush-2011-01-22: 'adding' names no speaker after it
    text = (
        '"We killed 13 JEM and SLA ... and also we lost eight men from the Sudanese army," '
        "Sudanese army spokesman Al-Sawarmi Khaled told Reuters on Friday, adding his men routed "
        "the insurgents."
    )
    assert wholes(text) == [
        ("killed", 13, "Sudanese army spokesman Al-Sawarmi Khaled via Reuters")
    ]


def test_a_quotation_after_a_sentence_that_names_its_speaker_is_theirs():
    # sourou-army-ambush-2021-08-09 (the paragraph of the minister's statement)
    text = (
        "“Members of the ground forces and the rapid intervention force GARSI were ambushed” in "
        "the northwest Boucle du Mouhoun region, Tamboura said in a statement on Monday. “The "
        "provisional toll indicates 12 soldiers fallen and eight wounded.”"
    )
    state = mentions.ArticleState(dt.date(2021, 8, 9), "BFA")
    read = [mentions.read(s, state) for s in sentences.split(text)]
    assert {f.claimant for f in read[1].figures} == {"Tamboura"}


def test_a_sentence_that_is_no_quotation_does_not_take_the_speaker_before():
    # sourou-army-ambush-2021-08-09, the sentence after the statement's, in the article's voice
    text = (
        "Tamboura said in a statement on Monday that the troops were ambushed. Six soldiers were "
        "wounded in a separate attack last week."
    )
    state = mentions.ArticleState(dt.date(2021, 8, 9), "BFA")
    read = [mentions.read(s, state) for s in sentences.split(text)]
    assert {f.claimant for f in read[1].figures} == {"unattributed"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # azerbaijan-armenia-border-clashes-2021-11-16
        (
            "Meanwhile, the Armenian Defence Ministry said one soldier was killed, and 24 others "
            "were reportedly missing in the clashes, adding that troops were captured by "
            "Azerbaijani forces.",
            [("killed", 1), ("missing", 24)],
        ),
        # mannar-jaffna-ltte-clashes-2008-05-05: the missing are not added to the wounded
        (
            "It said one solder was missing and one solder was wounded when the rebels launched "
            "an attack in Mannar.",
            [("missing", 1), ("injured", 1)],
        ),
        # kankara-school-kidnapping-2020-12-11
        (
            "Hundreds of students are missing after gunmen attacked a school in the northern "
            "Nigerian state of Katsina, police said on Saturday.",
            [("missing", 100)],
        ),
    ],
)
def test_the_missing_are_counted_apart_from_the_killed_and_injured(text, expected):
    assert [(metric, low) for metric, low, _ in wholes(text)] == expected


def drafted_claims(article_id: str) -> pd.DataFrame:
    """The drafted claims of one dev article."""
    path = config.ARTICLES_DIR / f"{article_id}.txt"
    return draft.extract(load_article(path, draft=True)).claims


def test_a_round_ups_total_is_no_figure_of_the_event_it_is_told_with():
    # panamao-misuari-followers-clashes-2005-02-07: the lead's 'at least 12 soldiers' adds up
    # Parang's one soldier and Patikul's 11 marines, told later as events of their own
    claims = drafted_claims("panamao-misuari-followers-clashes-2005-02-07")
    killed = claims[claims["metric"] == "killed"]
    assert 12 not in set(killed["low"].astype(int))
    assert {1, 11} <= set(killed["low"].astype(int))


def test_one_events_breakdown_by_side_keeps_its_total():
    # birao-sissikebe-clash-2011-04-11: '27 dead on both sides' is 22 and 5 of the same battle
    claims = drafted_claims("birao-sissikebe-clash-2011-04-11")
    assert 27 in set(claims.loc[claims["metric"] == "killed", "low"].astype(int))


def claimants_by_sentence(text: str, published: dt.date) -> list[set[str]]:
    """The claimants of each sentence's figures, read in order as the extractor reads them."""
    state = mentions.ArticleState(published, None)
    return [{f.claimant for f in mentions.read(s, state).figures} for s in sentences.split(text)]


def test_a_long_source_after_according_to_and_they_after_it():
    # khuafo-airstrike-2023-03-30
    text = (
        "Air strikes by Myanmar’s military on a village in the country’s northwest on Thursday "
        "killed at least eight civilians, including two children, according to members of a "
        "rebel ethnic minority group and independent media reports.\n\nThe attack on Khuafo "
        "village, just north of Thantlang, a major town in Chin state near the Indian border, "
        "also wounded 20 people, they said."
    )
    source = "members of a rebel ethnic minority group and independent media reports"
    assert claimants_by_sentence(text, dt.date(2023, 3, 30)) == [{source}, {source}]


def test_the_statement_speaks_for_the_speaker_named_last():
    # sourou-army-ambush-2021-08-09
    text = (
        "“Members of the ground forces and the rapid intervention force GARSI were ambushed” in "
        "the northwest Boucle du Mouhoun region, Tamboura said in a statement on Monday. The "
        "statement added seven soldiers went missing after the ambush but were found at dawn on "
        "Monday, including one who had been wounded in the thigh, though he was in stable "
        "condition."
    )
    assert claimants_by_sentence(text, dt.date(2021, 8, 9))[1] == {"Tamboura"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # ain-al-asad-erbil-missile-strikes-2020-01-09
        (
            "There were no victims among the Iraqi forces.",
            [("killed", 0, 0, True), ("injured", 0, 0, True)],
        ),
        # deir-al-balah-rocket-squad-strike-2012-10-14
        ("No-one was injured on the Israeli side.", [("injured", 0, 0, True)]),
        # a toll not given is no zero (a sentence written for this test)
        ("No death toll was given.", []),
    ],
)
def test_nobody_killed_or_injured_is_a_partial_zero(text, expected):
    assert [row[:4] for row in summary(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # baghdad-airport-strike-reuters-2020-01-02: two named dead joined by 'and'
        (
            "BAGHDAD (Reuters) - Iranian Major-General Qassem Soleimani, head of the elite Quds "
            "Force, and Iraqi militia commander Abu Mahdi al-Muhandis were killed late on "
            "Thursday in an air strike on their convoy in Baghdad airport, an Iraqi militia "
            "spokesman told Reuters.",
            [("killed", 2, 2, True)],
        ),
        # baghdad-soleimani-funeral-2020-01-04: the others counted with the named
        (
            "Soleimani and Mohandis were killed along with eight others in a precision drone "
            "strike early Friday.",
            [("killed", 10, 10, True)],
        ),
    ],
)
def test_named_dead_joined_by_and_count_each_name_and_the_others(text, expected):
    assert [row[:4] for row in summary(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # rostov-donetsk-cross-border-shell-2014-07-13: one victim in a noun phrase, a part
        (
            "The response came after local authorities confirmed the death of one Russian "
            "citizen after a Ukrainian shell hit Russia's Rostov region earlier Sunday.",
            [("killed", 1, 1, True, "local authorities")],
        ),
        # kataib-hezbollah-us-strikes-2019-12-29: 'was said' names nobody, 'claimed the life'
        # reports nothing
        (
            "The attack was said to have claimed the life of a US civilian contractor.",
            [("killed", 1, 1, True, "unattributed")],
        ),
        # tayacaja-shining-path-ambush-2008-10-09
        (
            "Lima - An ambush by alleged remnants of the leftist armed group Sendero Luminoso "
            "(Shining Path) claimed the lives of 12 soldiers and seven civilians in Peru's "
            "central mountains, the Peruvian Armed Forces said Friday.",
            [
                ("killed", 12, 12, True, "Peruvian Armed Forces"),
                ("killed", 7, 7, True, "Peruvian Armed Forces"),
                ("killed", 19, 19, False, "Peruvian Armed Forces"),
            ],
        ),
    ],
)
def test_a_death_told_as_a_noun_and_claimed_lives(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # dakar-sonko-protests-2023-06-03: a charge of a threat, nobody died
        "Clashes first erupted on Thursday after Sonko was convicted of corrupting young people, "
        "but acquitted of charges of raping and threatening to kill a woman working in a massage "
        "parlor.",
        # the same infinitive after a vow
        "The rebels vowed to kill two soldiers for every fighter they lost.",
        # enga-tribal-ambush-2024-02-18: killings in general, the subject of a negated verb
        "Lay down your arms. One killing or two killings doesn't solve the problem.",
    ],
)
def test_words_that_count_no_victims_give_no_figure(text):
    assert summary(sentences.split(text)[-1].text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # controls: the same words told as a death, a killing reported, a perfect infinitive
        (
            "Gunmen killed a woman working in a massage parlor, police said.",
            [("killed", 1, 1, False, "police")],
        ),
        (
            "One killing was reported in the village on Monday.",
            [("killed", 1, 1, False, "unattributed")],
        ),
        (
            "The attack was said to have killed three soldiers.",
            [("killed", 3, 3, False, "unattributed")],
        ),
        # burundi-fnl-ceasefire-2008-05-26: the weeks the clashes lasted count nobody, the toll
        # after them counts
        (
            "The deal comes after almost six weeks of fierce clashes which killed more than 100 "
            "people.",
            [("killed", 100, None, False, "unattributed")],
        ),
    ],
)
def test_a_death_told_next_to_those_words_is_still_counted(text, expected):
    assert summary(text) == expected


ENGA_TOLLS = (
    "A tribe was ambushed on Sunday, Royal Papua New Guinea Constabulary Acting Superintendent "
    "George Kakas said.\n\nKakas initially said 53 combatants had died but security forces later "
    "revised the death toll down to 26. The number increased to 49 after more bodies were "
    "recovered."
)
"""enga-tribal-ambush-2024-02-18: a toll revised twice, by a named speaker and in the article's
voice."""


def test_a_revised_toll_is_claimed_by_whoever_revised_it():
    state = mentions.ArticleState(dt.date(2024, 2, 20), "PNG")
    figures = [f for s in sentences.split(ENGA_TOLLS) for f in mentions.read(s, state).figures]
    assert [(f.low, f.high, f.partial, f.revised, f.claimant) for f in figures] == [
        (
            53,
            53,
            False,
            False,
            "Royal Papua New Guinea Constabulary Acting Superintendent George Kakas",
        ),
        (26, 26, False, True, "security forces"),
        (49, 49, False, True, "unattributed"),
    ]


def test_a_bare_number_is_no_toll_without_a_toll_before_it_in_its_paragraph():
    # control: the same sentence alone has no toll to revise; it counts only bodies, a part
    state = mentions.ArticleState(dt.date(2024, 2, 20), "PNG")
    text = "The number increased to 49 after more bodies were recovered."
    figures = mentions.read(sentences.split(text)[0], state).figures
    assert [(f.low, f.partial, f.quote) for f in figures] == [(49, True, "49 after more bodies")]


def figure(low: int, high: int | None, start: int, revised: bool = False) -> numbers.Figure:
    """A whole figure of the killed told at `start`."""
    qualifier = "" if high is not None else "at least"
    return numbers.Figure(
        "killed", low, high, qualifier, "", start, start + 1, False, revised=revised
    )


def test_the_last_revision_of_a_toll_is_the_events_count():
    # enga-tribal-ambush-2024-02-18: 'at least 49' (lead), 53, revised to 26, then to 49
    told = [
        figure(49, None, 0),
        figure(53, 53, 10),
        figure(26, 26, 20, True),
        figure(49, 49, 30, True),
    ]
    assert draft._range(told) == (49, 26, 53)


def test_without_a_revision_the_lowest_exact_count_stays_the_events_count():
    # control: two claimants' exact counts, neither told as a change of the toll
    told = [figure(49, None, 0), figure(53, 53, 10), figure(26, 26, 20)]
    assert draft._range(told) == (26, 26, 53)


def test_the_enga_draft_takes_the_latest_count():
    article = load_article(config.ARTICLES_DIR / "enga-tribal-ambush-2024-02-18.txt", draft=True)
    events = draft.extract(article).events
    assert events.loc[events["sub_event_type"] == "Armed clash", "fatalities"].tolist() == [49]


def test_claims_that_disagree_widely_make_the_figure_weak():
    # enga-tribal-ambush-2024-02-18 before the irrealis rule: 'One killing' against 'at least 49'
    told = [figure(1, 1, 0), figure(49, None, 10)]
    assert draft._disputed(told) == {
        "killed": "figures disagree widely: killed 1 to 49 in the claims, a weak figure"
    }


def test_claims_within_a_factor_of_three_or_told_as_parts_are_no_dispute():
    # controls: the Enga claims of today (26 to 53), and a part (one named dead) beside a toll
    assert draft._disputed([figure(26, 26, 0), figure(53, 53, 10), figure(49, None, 20)]) == {}
    part = replace(figure(1, 1, 0), partial=True)
    assert draft._disputed([part, figure(49, None, 10)]) == {}


def test_a_disputed_toll_is_flagged_in_the_notes_warnings_and_evidence():
    # birao-sissikebe-clash-2011-04-11: the rebel leader's 27 dead on both sides against the lower
    # count of the same leader's sentences (the military source's three dead 'in February' are
    # another month's, no figure of this clash)
    article = load_article(
        config.ARTICLES_DIR / "birao-sissikebe-clash-2011-04-11.txt", draft=True
    )
    drafted = draft.extract(article)
    flagged = drafted.events[drafted.events["notes"].str.contains(draft.DISPUTED)]
    assert flagged["x_fatalities_high"].astype(int).tolist() == [27]
    assert (flagged["fatalities"] < 27).all()
    event_id = flagged["event_id_cnty"].iloc[0]
    assert any(w.startswith(f"{event_id}: {draft.DISPUTED}") for w in drafted.warnings)
    evidence = drafted.evidence
    killed = evidence[(evidence["event_id_cnty"] == event_id) & (evidence["field"] == "killed")]
    assert set(killed["confidence"]) == {"low"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # dinas-ambush-patikul-tuburan-2016-11-21: one of the two soldiers the lead counts
        (
            "Other reports said one of the slain soldiers who led the troops was a lieutenant.",
            [("killed", 1, True)],
        ),
        # rambukkana-fuel-protest-shooting-2022-04-19
        (
            "Hospital sources said that four of the injured admitted to the two hospitals were in "
            "critical condition.",
            [("injured", 4, True)],
        ),
        # control: a group 'of the' security forces is no part of a toll told before
        (
            "Five members of the security forces were killed in the attack, police said.",
            [("killed", 5, False)],
        ),
    ],
)
def test_some_of_the_dead_or_wounded_count_a_part_of_them(text, expected):
    assert [(metric, low, partial) for metric, low, _, partial, _ in summary(text)] == expected


def test_a_chunk_that_opens_with_a_preposition_is_no_speaker():
    # tayacaja-shining-path-ambush-2008-10-09: 'Before the ambush' is when, the Armed Forces speak
    text = (
        "Before the ambush, the Armed Forces had said five alleged rebels and one soldier had "
        "died in clashes, which also left 18 soldiers injured."
    )
    assert {claimant for _, _, claimant in wholes(text)} == {"Armed Forces"}
    # control: a subordinate clause inside the subject's chunk still gives its own subject
    text = "It comes after the militant group claimed it had killed four soldiers."
    assert wholes(text) == [("killed", 4, "militant group")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # hodeida-bus-airstrike-2018-10-13: the spokesman's earlier count, before his 19
        (
            "Earlier Saturday, he said at least 17 civilians were killed and more than 20 others "
            "injured in the attack.",
            [(17, True), (20, True)],
        ),
        # conakry-anti-conde-protest-2019-11-14: only the clause before 'but' is earlier
        (
            "Doctors initially said police had shot dead one teen, but on Friday, the opposition "
            "and hospital sources said three people died.",
            [(1, True), (3, False)],
        ),
        # control: mannar-jaffna-ltte-clashes-2008-05-05, 'earlier' dates the fighting
        (
            "The military said fighting in the far north a day earlier killed six Tamil Tiger "
            "rebels and injured 32, while two solders died and 11 were injured.",
            [(6, False), (32, False), (2, False), (11, False)],
        ),
    ],
)
def test_a_count_told_as_an_earlier_one_is_superseded(text, expected):
    sentence = sentences.split(text)[0]
    assert [(f.low, f.superseded) for f in numbers.figures(sentence, [])] == expected


def test_an_earlier_count_decides_only_when_no_current_one_does():
    # hodeida-bus-airstrike-2018-10-13: 'at least 19' now, 'at least 17' earlier
    earlier = replace(figure(17, None, 30), superseded=True)
    assert draft._range([figure(19, None, 0), earlier])[0] == 19
    # control: an earlier count alone is still the event's figure
    assert draft._range([earlier])[0] == 17


def test_severed_heads_found_count_the_dead_and_their_finder_speaks():
    # guasave-convoy-ambush-2011-03-07: 'Also Monday' opens no speaker; three heads are three dead
    text = (
        "Also Monday, police in the Pacific coast resort city of Acapulco reported finding three "
        "severed heads in plastic bags outside a tunnel."
    )
    assert wholes(text) == [("killed", 3, "police in the Pacific coast resort city of Acapulco")]


def test_a_lone_severed_head_is_no_count_of_the_dead():
    # control, quetta-parachinar-karachi-attacks-2017-06-23: one head found at a blast (a bomber's)
    text = "Hussain said a severed head of a man was found near the scene of blasts."
    assert wholes(text) == []


def test_a_reporting_word_after_a_preposition_is_a_noun_no_speaker():
    """port-vila-tanna-ambrym-clashes-2007-03-03 (fresh16, dev): 'after clashes between islanders
    over claims of witchcraft killed two men ..., police said' named 'clashes between islanders
    over' as a speaker relaying the police: 'claims' after 'over' is a noun."""
    text = (
        "A state of emergency has been declared in the capital of Vanuatu after clashes between "
        "islanders over claims of witchcraft killed two men and wounded 10 people, police said."
    )
    assert {claimant for *_, claimant in summary(text)} == {"police"}


def test_two_counted_groups_named_at_length_are_one_list():
    """claw-sword-strikes-syria-iraq-2022-11-20 (dev): 'killed 18 members of the Kurdish-led
    Syrian Democratic Forces (SDF) and 12 members of Syria's military' read only the 18, the
    conservative figure of the event; the two groups are one list of 30."""
    text = (
        "The Syrian Observatory for Human Rights said the strikes had killed 18 members of the "
        "Kurdish-led Syrian Democratic Forces (SDF) and 12 members of Syria's military."
    )
    assert wholes(text) == [("killed", 30, "Syrian Observatory for Human Rights")]


def test_an_initial_estimate_is_superseded_by_the_later_count(tmp_path):
    """pont-sonde-gang-massacre-2024-10-03: 'Initial estimates put the number of dead at 20' is
    the earlier count; the IOM's 'at least 70' is the toll."""
    text = (
        "Nearly 6,300 people have fled their homes after an attack in central Haiti by armed gang "
        "members killed at least 70 people in Pont-Sonde on Thursday, the UN migration agency "
        "(IOM) said today. Initial estimates put the number of dead at 20."
    )
    events = drafted_events(tmp_path, text, "2024-10-04")
    assert events["fatalities"].tolist() == [70]


def test_one_source_giving_one_figure_twice_is_one_claim(tmp_path):
    """equatorial-guinea-border-mercenary-clash-2018-01-03: the page prints its lead twice, the
    second time with a clause added; the draft had two identical claims rows."""
    lead = (
        "Troops in Equatorial Guinea shot dead a “mercenary” during clashes Wednesday near the "
        "border with Cameroon, state television reported"
    )
    text = f"{lead}.\n\n{lead}, hours after an official spoke of a coup attempt."
    extraction = extracted(tmp_path, text, "2018-01-04")
    assert extraction.claims[["claimant", "metric", "low"]].values.tolist() == [
        ["state television", "killed", 1]
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # aktobe-gun-stores-base-attacks-2016-06-05 (fresh39): buildings counted after the dead
        # were a second group of them (6 + 2), and so were people told detained (4 + 7)
        (
            "Suspected militants on Sunday killed six people at a military facility and two gun "
            "stores in the city of Aktobe.",
            [("killed", 6, "unattributed")],
        ),
        (
            "Four of the assailants were killed and seven others detained in the "
            "ensuing operation.",
            [("killed", 4, "unattributed")],
        ),
        # the same article: a casualty verb that counts the number after it is not the count of
        # the number before it ('one of the gun stores'), and a clerk is a person
        (
            "The assailants killed a guard and a clerk at one of the gun stores and wounded three "
            "policemen who arrived at the scene.",
            [("killed", 2, "unattributed"), ("injured", 3, "unattributed")],
        ),
        # bawku-reprisal-shootings-2022-05-09 (fresh39): the injury is told in a relative clause
        (
            "One person, who sustained gunshot wounds in the second incident, is receiving "
            "treatment at the Vineyard Hospital in Bawku.",
            [("injured", 1, "unattributed")],
        ),
    ],
)
def test_what_a_count_counts_is_read_past_the_groups_it_lists(text, expected):
    assert wholes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # guayas-1-prison-riot-2023-07-22 (fresh38): 'the death toll has risen to 31 inmates' gave
        # no figure, as three words stood between the toll and its number
        (
            "In a violent clash between rival gangs at the prison, the death toll has risen to 31 "
            "inmates, with 14 others wounded.",
            [("killed", 31, "unattributed"), ("injured", 14, "unattributed")],
        ),
        # maybrat-military-post-raid-2021-09-02 (fresh38): a clause that ends on 'Thursday' is no
        # named person added to 'two others' (read as 3)
        (
            "Some 30 men attacked the post in the early hours of Thursday, causing the deaths of "
            "four soldiers and two others wounded with knives.",
            [("killed", 4, "unattributed"), ("injured", 2, "unattributed")],
        ),
    ],
)
def test_a_toll_that_has_risen_and_others_after_a_clause(text, expected):
    assert wholes(text) == expected


def test_a_toll_that_escalated_from_an_initial_count_is_no_dispute(tmp_path):
    """guayas-1-prison-riot-2023-07-22 (fresh38): 'The initial death toll of six inmates had
    escalated to 31' was read as six, disputed by the 31 of the lead."""
    text = (
        "In a violent clash between rival gangs at the Guayas 1 prison in Guayaquil, Ecuador, the "
        "death toll has risen to 31 inmates.\n\n"
        "The initial death toll of six inmates had escalated to 31, officials said on Tuesday."
    )
    events = drafted_events(tmp_path, text, "2023-07-26")
    assert events["fatalities"].tolist() == [31]
    assert not events["notes"].str.contains("disagree").any()
