"""Rules written in the session of the fresh40 to fresh43 dev articles (issue 7; see
`data/events/CURATION.md`): each is a mechanism of news copy, tested with the real sentences of a
dev article that the drafts got wrong."""

from __future__ import annotations

import datetime as dt

from drafting import extracted, sentence_figures

from eventreport import places
from eventreport.extraction import dates, lexicon


def figures(text: str) -> list[tuple[str, int, bool]]:
    """(metric, low, partial) of the figures of the first sentence of `text`."""
    return [(f.metric, f.low, f.partial) for f in sentence_figures(text)]


PULWAMA = (
    "SRINAGAR — Four police officials, two paramilitary soldiers and two suspected militants were "
    "killed yesterday after anti-India rebels in Kashmir stormed a heavily guarded police camp in "
    "Pulwama, triggering daylong fighting, police said."
)


def test_no_named_kind_of_group_claiming_is_nobodys_claim(tmp_path):
    """pulwama-police-camp-attack-2017-08-26: 'No rebel group immediately claimed responsibility'
    drafted a claim of responsibility; like 'No one' and 'No group', nobody spoke."""
    text = f"{PULWAMA} No rebel group immediately claimed responsibility for the attack."
    events = extracted(tmp_path, text, "2017-08-27").events
    assert events["event_type"].tolist() == ["Battles"]


def test_a_crowd_that_hit_the_streets_protests_and_its_demand_is_no_statement(tmp_path):
    """The same article: 'hundreds of residents ... hit the streets in Pulwama in solidarity with
    rebels while demanding the end of Indian rule' drafted only the crowd's demand, as a
    statement; hitting the streets is a protest, and a participle after it says what the protest
    demands."""
    text = (
        f"{PULWAMA} As the fighting raged, hundreds of residents, mostly young men, hit the "
        "streets in Pulwama in solidarity with rebels while demanding the end of Indian rule over "
        "Kashmir and chanting pro-militant slogans."
    )
    events = extracted(tmp_path, text, "2017-08-27").events
    assert events["event_type"].tolist() == ["Battles", "Protests"]


def test_a_dateline_of_a_town_and_day_before_the_agency_dates_the_report():
    """tamara-womens-prison-massacre-2023-06-20 and rotterdam-curfew-riots-2021-01-25 (fresh40):
    'Tegucigalpa (Honduras), Jun 21 (AP)' and 'Amsterdam, Jan. 27, (dpa/GNA) –' dated the acts
    their sentences tell ('on Tuesday evening'); a town, a day and the agency in brackets make a
    wire dateline, which dates the report."""
    for text in (
        "Tegucigalpa (Honduras), Jun 21 (AP) Gang members in a women's prison in Honduras "
        "slaughtered 46 other women inmates, an official said Wednesday.",
        "Amsterdam, Jan. 27, (dpa/GNA) – The situation remained calm but tense in the "
        "Netherlands on Tuesday evening after three consecutive nights of violent riots.",
    ):
        first = dates.find(text, 0, dt.date(2023, 6, 21))[0]
        assert first.reporting


def test_inmates_slaughtered_with_gunfire_and_machetes_is_an_attack(tmp_path):
    """tamara-womens-prison-massacre-2023-06-20 (fresh40): 'slaughtered 46 other women inmates by
    spraying them with gunfire, hacking them with machetes' drafted no act of its own; the prison
    'riot' a later sentence names became the only event."""
    text = (
        "Gang members in a women's prison in Tamara, Honduras, slaughtered 46 other women inmates "
        "on Tuesday by spraying them with gunfire, hacking them with machetes and then locking "
        "survivors in their cells."
    )
    events = extracted(tmp_path, text, "2023-06-21").events
    assert events[["sub_event_type", "fatalities"]].values.tolist() == [["Attack", 46]]


def test_an_armed_groups_claim_of_an_act_abroad_is_coded_where_the_act_was(tmp_path):
    """inates-army-camp-attack-2019-07-01 (fresh41): the claim of 'Boko Haram's Islamic
    State-backed faction' for an attack in western Niger was coded in Abuja, the capital of the
    group's country; an armed group has no seat, and its claim of an act is made where the act
    was. A state's words stay at its capital."""
    text = (
        "Boko Haram’s Islamic State-backed faction on Wednesday claimed responsibility for an "
        "attack on an army camp in Inates in western Niger earlier in the week that killed 18 "
        "soldiers."
    )
    events = extracted(tmp_path, text, "2019-07-04").events
    claim = events[events["sub_event_type"].eq("Other")]
    assert claim["country"].tolist() == ["Niger"]


def test_a_war_between_two_years_and_a_people_that_clash_repeatedly_are_background(tmp_path):
    """lenga-codeco-village-attack-2020-06-09 (fresh41): 'Tens of thousands of people were killed
    in Hema-Lendu fighting between 1999 and 2003' and '... farmers and clash repeatedly with the
    Hema community' drafted a clash with a toll of thousands; the first is history, the second
    tells what happens as a rule."""
    text = (
        "Nine civilians were killed late Tuesday in the village of Lenga in Ituri, local sources "
        "said. CODECO claims to defend the interests of the Lendu ethnic group, who are "
        "predominantly farmers and clash repeatedly with the Hema community of traders and "
        "herders. Tens of thousands of people were killed in Hema-Lendu fighting between 1999 and "
        "2003 and violence resumed for unclear reasons at the end of 2017."
    )
    events = extracted(tmp_path, text, "2020-06-10").events
    assert events["fatalities"].tolist() == [9]
    found = dates.find("fighting between 1999 and 2003", 0, dt.date(2020, 6, 10))
    assert [d.kind for d in found] == ["background"]


def test_a_phrase_of_the_lexicon_matches_across_an_opening_quote(tmp_path):
    """tamara-womens-prison-massacre-2023-06-20 (fresh40): 'something President Xiomara Castro
    called “monstrous.”' drafted no condemnation, nor 'it was “totally unacceptable”' one
    (newtownabbey-cloughfern-riot-2021-04-03): a word of a phrase may open a quotation."""
    condemn = next(t for t in lexicon.load().triggers if t.cameo_code == "111")
    assert condemn.regex.search("something President Xiomara Castro called “monstrous.”")
    assert condemn.regex.search("He said it was “totally unacceptable” that Friday was")
    text = (
        "Gang members in a women's prison in Tamara, Honduras, killed 46 inmates on Tuesday. "
        "The carnage was the worst atrocity at a women's prison in recent memory, something "
        "President Xiomara Castro called “monstrous.”"
    )
    events = extracted(tmp_path, text, "2023-06-21").events
    assert "Other" in set(events["sub_event_type"])


def test_another_with_no_noun_after_a_casualty_verb_is_one_more_victim():
    """lenga-codeco-village-attack-2020-06-09 (fresh41): 'killed nine civilians and wounded
    another' lost its wounded; 'another' with a noun after it ('Another attack') counts nothing."""
    assert figures(
        'They raided the village of Lenga where they "killed nine civilians and wounded '
        'another," Charite Banza told AFP.'
    ) == [("killed", 9, False), ("injured", 1, False)]
    assert figures("Another attack killed three people on Monday.") == [("killed", 3, False)]


def test_people_admitted_to_hospital_are_injured_and_a_group_of_phrase_counts_no_words():
    """al-hoceima-eid-clashes-arrests-2017-06-26 and kaedi-election-riots-2024-07-01 (dev): '39
    police were admitted to hospital after being injured' and 'Two members of the security forces
    were seriously injured' gave no figure; after another count of the injured, a hospital count
    is a part of it (kyiv-hrushevskoho-riots-2014-01-19: '24 people were injured and three were
    admitted to hospital')."""
    assert figures("39 police were admitted to hospital after being injured, MAP said.") == [
        ("injured", 39, False)
    ]
    assert figures("Two members of the security forces were seriously injured, it said.") == [
        ("injured", 2, False)
    ]
    assert figures(
        "Officials said 24 people were injured and three were admitted to hospital."
    ) == [
        ("injured", 24, False),
        ("injured", 3, True),
    ]


def test_a_standing_position_in_the_present_or_a_habit_is_no_statement(tmp_path):
    """pulwama-police-camp-attack-2017-08-26 and
    kashmir-police-station-army-camp-attacks-2013-09-26 (fresh41): 'Rebel groups demand that
    Kashmir be united ...' and 'India accuses Pakistan of training and arming Kashmiri militants'
    drafted statements of the story's day; told in the present, in the text's own voice and with
    no date, they are standing positions. A statement told as a habit ('has often denied',
    atures-national-guard-ambush-2018-11-04) is none either; the same words told in the past stay
    a statement."""
    background = (
        " One more militant was cornered inside a building in the camp, he said."
        " Rebel groups demand that Kashmir be united either under Pakistani rule or as an "
        "independent country. India accuses Pakistan of training and arming Kashmiri militants. "
        "Venezuela's government has often denied the ELN is active on its side of the border."
    )
    events = extracted(tmp_path, PULWAMA + background, "2017-08-27").events
    assert events["event_type"].tolist() == ["Battles"]
    told = PULWAMA + " On Sunday, India accused Pakistan of training and arming the militants."
    events = extracted(tmp_path, told, "2017-08-27").events
    assert events["sub_event_type"].tolist() == ["Armed clash", "Other"]


def test_a_province_outranks_another_towns_other_name_and_arson_is_property_destruction(tmp_path):
    """bannang-sata-ranger-bomb-2023-05-12 (fresh43): 'YALA: An army ranger was killed ... in
    Bannang Sata district of this southern border province' was drawn at Pātan in Nepal, 2,891 km
    away, whose Newari name is Yala; Thailand's province of that name, and its town, come first.
    'a string of arson attacks ... late on Thursday night' was a second bomb; arson is property
    destruction."""
    assert places.named_country("Yala") == "THA"
    text = (
        "Security officers inspect the scene of a bomb blast in Bannang Sata district of Yala "
        "province.\n"
        "YALA: An army ranger was killed and three other ranger volunteers wounded in a roadside "
        "bomb attack in Bannang Sata district of this southern border province on Friday. The "
        "bomb blast followed a string of arson attacks in three southernmost border provinces "
        "late on Thursday night."
    )
    events = extracted(tmp_path, text, "2023-05-13").events
    assert set(events["country"]) == {"Thailand"}
    assert set(events["sub_event_type"]) == {
        "Remote explosive/landmine/IED",
        "Looting/property destruction",
    }


def test_a_weekday_that_opens_a_papers_name_is_no_date():
    """algiers-reform-protest-arrests-2011-02-12 (fresh42): "Britain's Sunday Mirror reported more
    than 400 protesters were taken into custody" dated the arrests Sunday, a second event of the
    Saturday protest; 'the Sunday Times' is no day either, 'On Sunday President Biden said' is."""
    published = dt.date(2011, 2, 14)
    assert (
        dates.find("Britain's Sunday Mirror reported more than 400 arrests.", 0, published) == []
    )
    assert dates.find("The protest, the Sunday Times said, was large.", 0, published) == []
    found = dates.find("On Sunday President Bouteflika said the protest was banned.", 0, published)
    assert [d.date for d in found] == [dt.date(2011, 2, 13)]
