"""Rules written after the first contact of the four fresh dev articles (issue 7, "fresh"; see
`data/events/CURATION.md`): each is a mechanism of news copy, tested with the real sentence of a
dev article that the first contact got wrong."""

from __future__ import annotations

import datetime as dt

import pytest
from drafting import extracted, kinetic

from eventreport.extraction import dates, mentions, numbers, sentences

FREETOWN = (
    "At least two police officers and one civilian were killed during a day of anti-government "
    "rallies in Sierra Leone’s capital, Freetown, on Wednesday, according to employees at the "
    "city’s major mortuary.\n"
    "This was because protesters threw rocks and set fire to tires in the streets in response to "
    "rising economic problems and other problems."
)
KAMWENGE_LEAD = (
    "Kamwenge, (UG): Suspected rebels of the Allied Democratic Forces-ADF have killed three "
    "people in western Uganda’s Kamwenge District."
)
KAMWENGE_RAID = (
    "According to the RDC Kamwenge, Mr Isiah Kanyamahane Byarugaba, the suspected rebels raided "
    "Nyabitutsi village in Businge parish, Kamwenge sub-county on Christmas night and torched a "
    "house in which, three people died."
)
KIBAALE = (
    "The attack comes almost a week after suspected ADF rebels killed 10 people around the "
    "Kibaale forest."
)
PRETORIA = (
    "The Ethiopian federal government and the rebel authorities in Tigray reached an agreement on "
    "Wednesday in Pretoria on a “cessation of hostilities,” less than 48 hours before the second "
    "anniversary of the deadly conflict between them in northern Ethiopia."
)


def test_a_cause_that_is_no_act_links_nothing_and_leaves_the_riot_one_event(tmp_path):
    """'in response to rising economic problems' names a cause, not an act: it links nothing, so
    the stone-throwing told after the lead is the lead's protest, not an undated event apart."""
    found = extracted(tmp_path, FREETOWN, "2022-08-10")
    events = kinetic(found.events)
    assert found.links.empty
    assert len(events) == 1
    event = events.iloc[0]
    assert (event["event_date"], event["sub_event_type"]) == (
        "2022-08-10",
        "Violent demonstration",
    )
    assert event["location"] == "Freetown"


def test_bare_attack_words_either_side_of_a_sequence_cue_are_two_acts(tmp_path):
    """'The attack comes almost a week after suspected ADF rebels killed 10 people': the bare
    'attack' and 'killed' are two acts, the earlier one six days before ('almost a week'), linked
    by 'after'; its 10 dead are not the three of the attack the article leads with."""
    found = extracted(tmp_path, f"{KAMWENGE_LEAD}\n{KIBAALE}", "2023-12-26")
    events = kinetic(found.events).set_index("event_date")
    assert sorted(events.index) == ["2023-12-20", "2023-12-26"]
    assert events.loc["2023-12-20", "fatalities"] == 10
    assert events.loc["2023-12-26", "fatalities"] == 3
    (link,) = found.links.itertuples()
    ids = found.events.set_index("event_id_cnty")["event_date"]
    assert (ids[link.from_event], ids[link.to_event], link.relation) == (
        "2023-12-20",
        "2023-12-26",
        "after",
    )


def test_a_holiday_dates_the_act_and_is_no_place(tmp_path):
    """'on Christmas night' is 25 December (the year's before publication), and 'Christmas' is no
    place name: the raid is dated and placed by the text's own words."""
    (phrase,) = dates.find(KAMWENGE_RAID, 0, dt.date(2023, 12, 26))
    assert (phrase.text, phrase.date, phrase.precision) == (
        "on Christmas night",
        dt.date(2023, 12, 25),
        1,
    )
    (new_year,) = dates.find("Gunmen opened fire on New Year’s Eve.", 0, dt.date(2024, 1, 2))
    assert new_year.date == dt.date(2023, 12, 31)
    events = kinetic(extracted(tmp_path, KAMWENGE_RAID, "2023-12-26").events)
    assert list(events["event_date"]) == ["2023-12-25"]
    assert "Christmas" not in set(events["location"].astype(str))


def test_an_agreement_is_placed_where_it_was_reached_not_where_a_party_is(tmp_path):
    """'the rebel authorities in Tigray reached an agreement on Wednesday in Pretoria': the
    agreement is in Pretoria, South Africa; Tigray says where one party is."""
    events = extracted(tmp_path, PRETORIA, "2022-11-02").events
    agreement = events[events["sub_event_type"] == "Agreement"].iloc[0]
    assert (agreement["location"], agreement["country"]) == ("Pretoria", "South Africa")
    assert agreement["event_date"] == "2022-11-02"


ADF_BACKGROUND = (
    "The Allied Democratic Forces (ADF) was originally an anti-Kampala rebel group that fought "
    "the government of President Yoweri Museveni from its bases in the Rwenzori mountains."
)


def test_a_clause_that_defines_a_group_is_no_act_of_the_story(tmp_path):
    """'The ADF was originally an anti-Kampala rebel group that fought the government' says what
    the group is: its 'fought' neither joins the raid (which then is told only as one side's
    assault on people, an attack on civilians) nor makes the government its other side."""
    text = f"{KAMWENGE_LEAD}\n{KAMWENGE_RAID}\n{ADF_BACKGROUND}"
    events = kinetic(extracted(tmp_path, text, "2023-12-26").events)
    assert len(events) == 1
    raid = events.iloc[0]
    assert (raid["event_date"], raid["event_type"], raid["sub_event_type"]) == (
        "2023-12-25",
        "Violence against civilians",
        "Attack",
    )
    assert raid["fatalities"] == 3


# ---------- fresh4 (kandahar-nato-helicopter-strike-2009-08-04, a Reuters story): the wire's
# furniture after the headline is no event and dates no act

KANDAHAR_NATO = (
    "NATO denies killing civilians in Afghan strike\n\n"
    "(Adds further account of strike from U.S. spokeswoman)\n\n"
    "KANDAHAR, Afghanistan, Aug 5 (Reuters) - NATO and U.S. forces said they had carried out an "
    "air strike in southern Afghanistan, but denied allegations by villagers on Wednesday that "
    "the four dead were civilians killed in their sleep.\n\n"
    "Villagers identified the dead as civilians -- three boys and a man from one family killed "
    "late on Tuesday."
)


def test_an_editors_note_is_no_sentence():
    """'(Adds further account of strike from U.S. spokeswoman)' tells how the story changed."""
    texts = [s.text for s in sentences.split(KANDAHAR_NATO)]
    assert len(texts) == 3
    assert not any(t.startswith("(Adds") for t in texts)


def test_a_dateline_after_the_headline_dates_the_report_not_the_strike(tmp_path):
    """'KANDAHAR, Afghanistan, Aug 5 (Reuters) -' dates the telling: the strike is the one of
    late Tuesday the villagers tell, one event."""
    strikes = kinetic(extracted(tmp_path, KANDAHAR_NATO, "2009-08-05").events)
    assert list(zip(strikes["sub_event_type"], strikes["event_date"], strict=True)) == [
        ("Air/drone strike", "2009-08-04")
    ]


# ---------- fresh4 (madamai-village-attack-2021-08-15): the lead and the official's account of
# one attack are one event

MADAMAI = (
    "Five people have been killed in a gunmen attack on a village in northwest Nigeria’s Kaduna "
    "state, an official said on Sunday.\n\n"
    "Samuel Aruwan, the state commissioner of internal security and home affairs, said in a "
    "statement on Sunday a group of unidentified gunmen have attacked the Madamai village of "
    "Kaura local government area of the state, killing five residents and razing nine houses."
)


def test_a_countrys_province_its_unit_words_and_the_attackers_make_one_attack(tmp_path):
    """'Nigeria's Kaduna state' is the province (not Kaduna city, far from Kaura), the
    'government' of 'Kaura local government area' is no target, and 'a gunmen attack' has the
    gunmen as its agent only: the lead and the account are one attack on civilians."""
    events = kinetic(extracted(tmp_path, MADAMAI, "2021-08-15").events)
    assert list(zip(events["sub_event_type"], events["admin1"], strict=True)) == [
        ("Attack", "Kaduna")
    ]
    assert list(events["actor2"]) == ["Civilians (Nigeria)"]


# ---------- fresh4 (magami-birnin-magaji-attacks-2018-12-22): a police vow to arrest the attackers
# is a threat, a statement event of the police

MAGAMI_VOW = (
    "Gunmen on motorcycles shot indiscriminately at residents of Magami village in Zamfara state "
    "on Saturday, killing 17 people.\n\n"
    "Zamfara state police spokesperson Mohammed Shehu said his operatives would arrest and "
    "“bring to justice the perpetrators of this dastardly act”."
)


def test_a_vow_to_arrest_the_attackers_is_a_threat_of_the_police(tmp_path):
    """'said his operatives would arrest and bring to justice the perpetrators' drafts no arrest:
    it is the police's threat (CAMEO 130), a statement event beside the attack."""
    events = extracted(tmp_path, MAGAMI_VOW, "2018-12-25").events
    statements = events[events["event_type"] == "Strategic developments"]
    assert list(statements["sub_event_type"]) == ["Other"]
    assert "Police" in statements["actor1"].iloc[0]
    assert "Arrests" not in set(events["sub_event_type"])


# ---------- fresh4 (madamai-village-attack-2021-08-15): an office holder's condemnation relayed in
# a quote is the office holder's statement

MADAMAI_QUOTE = (
    "Five people have been killed in a gunmen attack on a village in Kaduna state, an official "
    "said on Sunday.\n\n"
    "“Acting Governor Hadiza Balarabe has condemned (the attack) as shocking and inhuman,” Aruwan "
    "said."
)


def test_a_quoted_office_holders_condemnation_is_theirs(tmp_path):
    """The quote names the governor as the one who condemned: a statement of the government,
    though Aruwan (whom no actor list knows) relays it."""
    events = extracted(tmp_path, MADAMAI_QUOTE, "2021-08-16").events
    statements = events[events["event_type"] == "Strategic developments"]
    assert list(statements["actor1"].str.startswith("Government of Nigeria")) == [True]


def test_the_accused_subject_of_a_quote_is_no_speaker(tmp_path):
    """Control (dev: the Reuters story of the Baghdad airport strike): '“The American and Israeli
    enemy is responsible ...,” said a PMF spokesman' is the PMF's accusation, not a statement of
    the United States or Israel."""
    text = (
        '"The American and Israeli enemy is responsible for killing the mujahideen Abu Mahdi '
        'al-Muhandis and Qassem Soleimani," said Ahmed al-Assadi, a spokesman for Iraq’s Popular '
        "Mobilization Forces."
    )
    events = extracted(tmp_path, text, "2020-01-03").events
    statements = events[events["event_type"] == "Strategic developments"]
    assert not statements["actor1"].str.contains("United States|Israel").any()


# ---------- fresh4 (udawa-village-attack-2019-09-14): what the shooting 'led to' is its own toll

UDAWA = (
    "At least six people were killed and one person injured when gunmen attacked Udawa village "
    "in Kaduna state in the early hours of Saturday morning.\n\n"
    "Eyewitnesses told Channels Television that the gunmen invaded the community at about 4am on "
    "Saturday morning, and started shooting sporadically, which led to the death of the six "
    "villagers."
)


def test_an_act_that_led_to_deaths_is_one_event_with_its_toll(tmp_path):
    """'which led to the death of the six villagers' names the attack's toll, no act it caused:
    no link, and the eyewitnesses' account is the attack of the lead."""
    found = extracted(tmp_path, UDAWA, "2019-09-14")
    assert found.links.empty
    events = kinetic(found.events)
    assert list(zip(events["sub_event_type"], events["fatalities"], strict=True)) == [
        ("Attack", 6)
    ]


def test_retaliation_for_a_killing_still_links(tmp_path):
    """Control: 'in retaliation for the killing of' names the earlier act after the cue."""
    text = (
        "US jets struck militia bases in western Iraq on Sunday in retaliation for the killing of "
        "an American contractor in a rocket attack on Friday."
    )
    assert set(extracted(tmp_path, text, "2019-12-30").links["relation"]) == {"retaliation_for"}


# ---------- fresh5 (waeng-rueso-roadside-bombs-2015-05-04): a headline set in title case

WAENG = (
    "Roadside Bomb Kills Army Ranger, Injures 4 in Deep South\n\n"
    "NARATHIWAT — A roadside bomb killed one army ranger and wounded four others in the "
    "southern border province of Narathiwat today.\n\n"
    "The bomb was planted on a road in Waeng district and detonated when a group of rangers "
    "passed by in a military truck around noon, police say."
)


def test_a_title_case_headline_names_no_place_and_the_bomb_is_one_event(tmp_path):
    """'Kills Army Ranger' after 'Roadside Bomb' is no place (every word of the headline is
    capitalised): the headline, the lead and 'The bomb was planted ... in Waeng district' are one
    bombing at Waeng."""
    assert sentences.title_case("Roadside Bomb Kills Army Ranger, Injures 4 in Deep South")
    assert not sentences.title_case("Gunmen kill 17 in weekend attack in Nigerian village")
    events = kinetic(extracted(tmp_path, WAENG, "2015-05-04").events)
    assert list(zip(events["location"], events["admin1"], strict=True)) == [
        ("Waeng", "Narathiwat")
    ]


# ---------- fresh5 (bogota-eln-police-bomb-2016-12-28): the day and the voice of an accusation

BOGOTA = (
    "Colombia accused the ELN rebels Thursday of killing a Bogota policeman, then hiding "
    "explosives by his body and detonating them when colleagues rushed to his side, wounding "
    "five.\n\n"
    "When police rushed to the scene on Wednesday night, the attackers remotely detonated a "
    "charge of explosive, Bogota police chief Hoover Penilla told a press conference."
)


def test_an_accusation_dates_itself_and_claims_the_toll_it_charges(tmp_path):
    """'accused the ELN rebels Thursday of killing ...': Thursday is the accusation's day, the
    bombing is Wednesday's, and its dead and wounded are Colombia's claims."""
    found = extracted(tmp_path, BOGOTA, "2016-12-29")
    events = found.events.set_index("sub_event_type")
    assert events.loc["Other", "event_date"] == "2016-12-29"
    assert events.loc["Remote explosive/landmine/IED", "event_date"] == "2016-12-28"
    claims = found.claims
    assert set(zip(claims["metric"], claims["claimant"], strict=True)) >= {
        ("killed", "Colombia"),
        ("injured", "Colombia"),
    }


# ---------- fresh6 (jolo-motorcycle-bomb-2009-07-07, khorugh-protest-shooting-2021-11-25)

JOLO = (
    "A bomb hidden in a parked motorcycle exploded outside a store in Jolo town on Tuesday, "
    "killing the store owner and wounding 24 people, officials said.\n\n"
    "Another homemade bomb found nearby was detonated by authorities, said Jolo Mayor Hussin "
    "Amin."
)


def test_a_bomb_the_authorities_made_safe_is_no_attack(tmp_path):
    """'Another homemade bomb found nearby was detonated by authorities' tells a bomb made safe:
    one bombing, no second."""
    events = kinetic(extracted(tmp_path, JOLO, "2009-07-07").events)
    assert list(events["sub_event_type"]) == ["Remote explosive/landmine/IED"]


def test_a_man_lethally_wounded_is_dead():
    """'security forces lethally wounded a local man' counts one dead, not one injured."""
    text = "Security forces lethally wounded a local man wanted on charges of kidnapping."
    sentence = sentences.split(text)[0]
    assert [(f.metric, f.low) for f in numbers.figures(sentence, [])] == [("killed", 1)]


def test_a_title_case_headline_keeps_only_places_the_gazetteer_knows():
    """khorugh-protest-shooting-2021-11-25 (dev): 'In Tajikistan For Third Straight Day' is no
    place name; only resolved places of a title-case line are read."""
    found = sentences.split("Protests Continue In Tajikistan For Third Straight Day")
    state = mentions.ArticleState(dt.date(2021, 11, 27), "TJK")
    facts = mentions.read(found[0], state)
    assert all(p.resolved for p in facts.places)


GARBOUGNA = (
    "Security sources reported on Thursday that militants from Jama'at Nusrat al-Islam "
    "wal-Muslimin, a group linked to al-Qaeda, killed at least ten soldiers during an attack in "
    "the western Niger.\n\n"
    "Three sources confirmed that the soldiers were attacked Wednesday near Garbougna, a village "
    "in the Tillaberi area near the border of Mali and Burkina Faso."
)


def test_a_group_named_with_arabic_particles_acts_and_is_no_place(tmp_path):
    """garbougna-jnim-attack-2025-11-19 (dev): 'militants from Jama'at Nusrat al-Islam
    wal-Muslimin, a group linked to al-Qaeda, killed at least ten soldiers during an attack': the
    whole name (particles 'wal-', 'wa al-' inside) is the group, not a place the militants came
    from; the group in the appositive describes it; 'killed at least ten' has its object, no
    passive; the verb, not the noun 'attack', says who acted. One attack, on Wednesday."""
    events = kinetic(extracted(tmp_path, GARBOUGNA, "2025-11-20").events)
    assert len(events) == 1
    event = events.iloc[0]
    assert (event["event_date"], event["admin1"]) == ("2025-11-19", "Tillabéri")
    assert event["actor1"] == "JNIM: Group for Support of Islam and Muslims"
    assert event["actor2"].startswith("Military Forces of Niger")


def test_an_allegedly_done_killing_is_an_act_in_the_state_the_text_names(tmp_path):
    """lilong-thoubal-shooting-2024-01-01 (dev): 'four people were allegedly shot dead' is the
    report's hedge on an act that happened, and 'Manipur's Thoubal district' is in the state of
    Manipur (not Mainpuri, a town whose spelling resembles it); a man 'wanted for allegedly beating
    a prosecutor' is still no act of the story."""
    text = (
        "On 1 January, four people were allegedly shot dead while five others suffered critical "
        "injuries in Manipur's Thoubal district.\n\n"
        "Police said the attackers are wanted for allegedly beating a prosecutor last year."
    )
    events = kinetic(extracted(tmp_path, text, "2024-01-02").events)
    assert len(events) == 1
    event = events.iloc[0]
    assert (event["event_date"], event["admin1"], event["fatalities"]) == (
        "2024-01-01",
        "Manipur",
        4,
    )


KAFOLO = (
    "Suspected jihadists attacked an army frontier post on Ivory Coast's border with Burkina Faso "
    "overnight, killing around 10 people, the military said on Thursday.\n\n"
    "Ivorian and Burkinabe sources earlier put the toll at 10 and 12 dead respectively.\n\n"
    "The army will conduct air raids in the coming days, he said."
)


def test_sources_of_a_toll_and_raids_to_come_shape_no_attack(tmp_path):
    """kafolo-border-post-attack-2020-06-11 (dev): 'Burkinabe sources ... put the toll at' are
    speakers, not Burkina Faso's army attacking; 'will conduct air raids in the coming days' is no
    act and does not make the attack an air strike; the jihadists attacked an army post: an armed
    clash of an armed group with Ivory Coast's army."""
    events = kinetic(extracted(tmp_path, KAFOLO, "2020-06-11").events)
    assert len(events) == 1
    event = events.iloc[0]
    assert event["sub_event_type"] == "Armed clash"
    assert event["actor1"].startswith("Unidentified Armed Group")
    assert event["actor2"].startswith("Military Forces of Ivory Coast")


def test_troops_that_exchanged_heavy_fire_fought_whatever_weapon_killed(tmp_path):
    """preah-vihear-border-clash-2011-02-04 (dev): 'Thai and Cambodian troops exchanged heavy
    fire' (an adjective inside the exchange) is a battle; the villager 'killed by artillery
    shelling' in it does not make it one side's shelling."""
    text = (
        "A Thai civilian and a Cambodian soldier were killed Friday after Thai and Cambodian "
        "troops exchanged heavy fire near the border.\n\n"
        "The villager was killed by artillery shelling and five Thai soldiers had been injured "
        "during the attacks, according to Thai Public Health Minister Jurin Laksanawisit."
    )
    events = kinetic(extracted(tmp_path, text, "2011-02-04").events)
    assert list(events["sub_event_type"]) == ["Armed clash"]


def test_an_act_told_only_in_its_country_is_at_the_town_of_the_story(tmp_path):
    """almaty-fuel-protests-crackdown-2022-01-06 and dakar-sonko-protests-2023-06-03 (dev): a riot
    told only 'in Kazakhstan' in a story whose acts are placed in Almaty is coded at Almaty
    (precision 3, the town is inferred), not at the country; a word like 'Twitter' is no place."""
    text = (
        "Protesters clashed with police in Kazakhstan on Tuesday, officials wrote on Twitter.\n\n"
        "On Wednesday police fired tear gas at protesters who stormed the mayor's office in "
        "Almaty."
    )
    events = kinetic(extracted(tmp_path, text, "2022-01-06").events).set_index("event_date")
    assert list(events.index) == ["2022-01-04", "2022-01-05"]
    assert (events.loc["2022-01-04", "location"], events.loc["2022-01-04", "geo_precision"]) == (
        "Almaty",
        3,
    )


def test_police_arresting_or_breaking_up_marchers_is_a_protest_with_intervention(tmp_path):
    """managua-protest-arrests-2018-10-14 and harare-nca-constitution-marches-2006-07-12 (dev):
    'Some 20 protesters were arrested Sunday when Nicaraguan police swooped in to break up a
    meeting of demonstrators' and 'police arrested more than 200 activists ... on Wednesday as they
    marched' are protests the police intervened in (one event each, on their day), not arrests
    apart from a peaceful protest; the arrest of two guardsmen 'when thousands of protesters
    flooded the streets' stays an arrest."""
    managua = (
        "Some 20 protesters were arrested Sunday in Managua when Nicaraguan police swooped in to "
        "break up a meeting of demonstrators gathering for a march against the government."
    )
    harare = (
        "Zimbabwean police arrested more than 200 activists in Harare on Wednesday as they "
        "marched to demand a new Constitution, a lobby group said."
    )
    for text, published, day in (
        (managua, "2018-10-15", "2018-10-14"),
        (harare, "2006-07-13", "2006-07-12"),
    ):
        events = extracted(tmp_path, text, published).events
        assert list(zip(events["event_date"], events["sub_event_type"], strict=True)) == [
            (day, "Protest with intervention")
        ]
    guards = (
        "Authorities said two National Guard members had been detained on Monday in Caracas when "
        "thousands of protesters flooded the streets."
    )
    events = extracted(tmp_path, guards, "2017-06-20").events
    assert "Arrests" in set(events["sub_event_type"])


def test_tear_gas_shells_are_no_shelling(tmp_path):
    """kwun-tong-tsuen-wan-protests-2019-08-25 (dev): 'The police fired tear-gas shells to
    disperse the demonstrators' is crowd control at a protest, no artillery."""
    text = "On Sunday the police fired tear-gas shells to disperse the demonstrators in Kwun Tong."
    events = extracted(tmp_path, text, "2019-08-26").events
    assert "Shelling/artillery/missile attack" not in set(events["sub_event_type"])


def test_where_a_speaker_was_speaking_is_no_place_of_an_act():
    """nukualofa-riots-anzac-deployment-2006-11-16 (dev): in 'Mr Howard, who was speaking in
    Hanoi, said ...' Hanoi is where the speaker was (the story's riots are in Nuku'alofa); a
    passive 'were reported in Esmeraldas province' still places an act."""
    state = mentions.ArticleState(dt.date(2006, 11, 18), "TON")
    for text, speaking in (
        ("Mr Howard, who was speaking in Hanoi, said the operation would go ahead.", True),
        ("Three blasts were reported in Esmeraldas province.", False),
    ):
        facts = mentions.read(sentences.split(text)[0], state)
        assert [mentions.speaking_place(p, facts) for p in facts.places] == [speaking]


def test_other_violence_told_after_the_lead_is_an_event_of_its_own(tmp_path):
    """tsentoroi-militant-raid-2010-08-29 (dev): 'In other violence in the North Caucasus, four
    militants were killed in Dagestan early Sunday after a gunfight with police' opens another
    story: it does not join the Sunday raid on Kadyrov's village told first."""
    text = (
        "A daring militant raid on Chechen President Ramzan Kadyrov's home village on Sunday "
        "erupted in a gunbattle that killed at least 14 people, officials said.\n\n"
        "In other violence in the North Caucasus, four militants were killed in Dagestan early "
        "Sunday after a gunfight with police."
    )
    events = kinetic(extracted(tmp_path, text, "2010-08-30").events)
    assert len(events) == 2


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "About 400 black-clad people marched from the University of Athens administration "
            "building to the Greek parliament around 7:15 pm to demonstrate against maximum "
            "security prisons and demand the release of imprisoned terrorists.",
            "2015-04-08",
            [("2015-04-08", "Peaceful protest")],
            id="athens: what marchers went to demand is no statement",
        ),
        pytest.param(
            "Jordanian anti-riot forces stormed a protest in the southern city of Tafileh on "
            "early Saturday after participants began chanting slogans.",
            "2012-09-08",
            [("2012-09-08", "Protest with intervention")],
            id="tafileh: forces that stormed a protest intervened in it",
        ),
        pytest.param(
            "Mohammed Abdulsalam, a Houthi spokesman, said the ceasefire was reached after the "
            "mediation of tribal chieftains.",
            "2010-07-25",
            [("2010-07-25", "Agreement")],
            id="harf-sufyan: a ceasefire that was reached is an agreement",
        ),
        pytest.param(
            "A protest on Wednesday calling for the Prime Minister Manasseh Sogavare to stand "
            "down has lapsed into major unrest which local police have been unable to contain.",
            "2021-11-26",
            [("2021-11-24", "Violent demonstration")],
            id="honiara: a protest that lapsed into unrest is a riot on its day",
        ),
    ],
)
def test_a_sentence_drafts_the_one_event_its_words_tell(tmp_path, text, published, expected):
    """Dev sentences (athens-anarchist-riot-2015-04-07, tafileh-protest-dispersal-2012-09-08,
    harf-sufyan-ceasefire-2010-07-24, honiara-riots-2021-11-26) that the first contact drafted as
    another kind of event: a march 'to demand' something is a protest (its demand no statement of
    another party), forces that 'stormed a protest' intervened in it (no crowd storming a
    building), a ceasefire that 'was reached' is an agreement, and a protest 'calling for' a
    resignation (its demand) that 'lapsed into major unrest' is a riot on Wednesday."""
    events = extracted(tmp_path, text, published).events
    assert list(zip(events["event_date"], events["sub_event_type"], strict=True)) == expected
