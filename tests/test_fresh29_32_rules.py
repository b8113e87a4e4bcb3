"""Rules written in the session of the fresh29 to fresh32 dev articles (issue 7; see
`data/events/CURATION.md`): each is a mechanism of news copy, tested with the real sentences of a
dev article that the drafts got wrong."""

from __future__ import annotations

import datetime as dt

from drafting import extracted

from eventreport import config
from eventreport.article import load_article
from eventreport.extraction import actors, dates, draft, geoparse, mentions

MAAN_RIOT = (
    "The following day, angry residents blocked roads while others torched three banks and a tax "
    "office, and gunmen fired on police and other government buildings, local reports added."
)


def test_fire_aimed_at_the_police_is_a_fight_not_force_on_the_crowd(tmp_path):
    """'angry residents blocked roads ... and gunmen fired on police': fire whose object is the
    police is no excessive force against the crowd the sentence names, but an armed clash of its
    own beside the riot."""
    events = extracted(tmp_path, MAAN_RIOT, "2014-04-26").events
    assert sorted(events["sub_event_type"]) == ["Armed clash", "Violent demonstration"]


def test_the_following_day_is_an_exact_day(tmp_path):
    """'... on Monday. The following day, angry residents blocked roads': one day after a named
    day is a day as exact as that one (time precision 1), so the riot does not fold into an act
    told days apart."""
    text = (
        "Police said Tuesday that a 20-year-old man was killed in clashes with policemen in Ma'an "
        "on Monday. The following day, angry residents blocked roads in Ma'an while others "
        "torched three banks."
    )
    events = extracted(tmp_path, text, "2014-04-26").events.set_index("sub_event_type")
    assert events.loc["Violent demonstration", ["event_date", "time_precision"]].tolist() == [
        "2014-04-22",
        1,
    ]


def test_a_missile_shot_down_is_disrupted_weapons_use(tmp_path):
    """'the kingdom's air defense forces shot down a ballistic missile fired from Yemen toward
    Najran': a missile stopped in flight is ACLED's disrupted weapons use by the air defences,
    not a missile attack, dated by 'a day earlier'."""
    text = (
        "Saudi forces clashed with Yemeni rebels near Najran on Monday, killing seven rebels. A "
        "day earlier, the kingdom’s air defense forces shot down a ballistic missile fired from "
        "Yemen toward Najran."
    )
    events = extracted(tmp_path, text, "2016-07-25").events.set_index("sub_event_type")
    assert "Shelling/artillery/missile attack" not in events.index
    disrupted = events.loc["Disrupted weapons use"]
    assert (disrupted["event_type"], disrupted["event_date"]) == (
        "Strategic developments",
        "2016-07-24",
    )
    assert disrupted["actor1"].startswith("Military Forces of Saudi Arabia")


def test_a_province_named_without_its_accents_is_found(tmp_path):
    """'on the banks of Chucunaque river in the Darien, near the border with Colombia': English
    copy drops the accent of Darién; the province is still Panama's, not a US town spelt Darien."""
    text = (
        "PANAMA CITY - Two members of the State Border Service (SENAFRONT) were injured yesterday "
        "during an armed battle with suspected members of a Colombian narco-terrorist group in "
        "the Viejo Mijagual Indian village, on the banks of Chucunaque river in the Darien, near "
        "the border with Colombia."
    )
    event = extracted(tmp_path, text, "2014-03-19").events.iloc[0]
    assert (event["country"], event["admin1"]) == ("Panama", "Darién")


def test_the_country_a_land_parted_from_and_a_bare_strait_are_no_places():
    """'celebrating the 20th anniversary of its independence from the Soviet Union': the country
    left is no place of an act (as 'crossed the border from'); 'near the Strait of Bab el Mandeb'
    cut to 'Strait' is water, no town."""
    independence = (
        "The clashes shattered Kazakhstan’s image of stability on the same day Central Asia’s "
        "largest economy was celebrating the 20th anniversary of its independence from the "
        "Soviet Union."
    )
    strait = (
        "The fighting broke out on June 10 in the Monte Gabla area, known as “Ras Doumeira,” near "
        "the Strait of Bab el Mandeb, after nearly two months of tensions."
    )
    found = geoparse.find(independence, 0, "KAZ", geoparse.Memory())
    found += geoparse.find(strait, 0, "DJI", geoparse.Memory())
    assert [m.text for m in found if m.kind != geoparse.RESERVED] == ["Monte Gabla"]


def test_an_embassy_named_without_its_town_stands_in_the_story_s_capital(tmp_path):
    """'BELGRADE, Serbia — Serb rioters set fire to an office inside the U.S. Embassy': the
    embassy is the one in the story country's capital (precision 2), and the 'U.S.' of its name
    does not make the story American."""
    text = (
        "BELGRADE, Serbia — Serb rioters set fire to an office inside the U.S. Embassy on "
        "Thursday and police clashed with protesters outside other embassy buildings after a "
        "large demonstration against Kosovo's declaration of independence."
    )
    event = extracted(tmp_path, text, "2008-02-22").events.iloc[0]
    assert (event["country"], event["location"], event["geo_precision"]) == (
        "Serbia",
        "Belgrade",
        2,
    )
    assert event["event_id_cnty"].startswith("SRB-")


MANNAR_LEAD = (
    "By KRISHAN FRANCIS\nAP\nCOLOMBO, Sri Lanka (AP) - The navy said suspected Tamil Tiger rebels "
    "killed 13 Sri Lankan navy sailors and wounded two more in an ambush Friday, and a European "
    "peace monitor said the government-rebel cease-fire is in jeopardy."
)


def test_a_dateline_under_a_byline_dates_the_story_and_is_no_speaker(tmp_path):
    """'By KRISHAN FRANCIS / AP / COLOMBO, Sri Lanka (AP) - The navy said ...': the byline and
    the agency's line are credits, so the dateline is Colombo's; its comma parts no clause, so
    the navy, not 'COLOMBO', claims the toll."""
    extraction = extracted(tmp_path, MANNAR_LEAD, "2005-12-24")
    assert mentions.dateline_place(MANNAR_LEAD).name == "Colombo"
    claims = extraction.claims.set_index("metric")
    assert claims.loc["killed", ["claimant", "low"]].tolist() == ["navy", 13]
    assert claims.loc["injured", "claimant"] == "navy"


def test_a_country_that_is_a_person_s_surname_names_no_country():
    """'The local GAM spokesman, Tengku Jamaica, denied ...': a country's name after a first name
    that follows a title or an apposition's comma is the person's surname, no actor of Jamaica."""
    text = (
        "The local GAM spokesman, Tengku Jamaica, denied that the ambush was carried out by his "
        "men."
    )
    assert [m.text for m in actors.find(text, 0)] == ["GAM"]
    assert [m.country_iso3 for m in actors.find("In northern Mali, the army said", 0)][0] == "MLI"


def test_a_group_whose_part_is_counted_after_the_verb_is_no_toll(tmp_path):
    """'ambushed a patrol of six soldiers on Sunday and wounded one of them': the six are the
    patrol, the one is the wounded."""
    text = (
        "About five rebels ambushed a patrol of six soldiers on Sunday and wounded one of them at "
        "Bandar Masin, on the outskirts of Lhokseumawe town, he said."
    )
    claims = extracted(tmp_path, text, "2002-11-25").claims
    assert claims[["metric", "low", "high"]].values.tolist() == [["injured", 1, 1]]


def test_also_on_a_day_tells_another_incident_and_fatally_shot_is_an_act(tmp_path):
    """'Also Friday, suspected rebels fatally shot a Sri Lankan army intelligence agent in ...
    Nuwara Eliya': 'fatally shot' tells a killing, and a sentence opening 'Also Friday' tells
    another incident than the ambush told before, an event of its own at its own town."""
    text = (
        f"{MANNAR_LEAD}\nAlso Friday, suspected rebels fatally shot a Sri Lankan army "
        "intelligence agent in the central Sri Lankan town of Nuwara Eliya, 180 kilometers (110 "
        "miles) east of Colombo."
    )
    events = extracted(tmp_path, text, "2005-12-24").events
    assert "Nuwara Eliya" in set(events["location"])
    assert len(events[events["event_type"] == "Battles"]) == 2


KARIDA_LEAD = (
    "Gunmen have massacred as many as 18 people including women and children in a remote "
    "village in Papua New Guinea, apparently the latest victims of a tribal feud, and Prime "
    "Minister James Marape vowed on Wednesday to hunt down the killers."
)


def test_a_massacre_counts_its_dead_and_the_clause_before_and_is_no_list_of_speakers(tmp_path):
    """'Gunmen have massacred as many as 18 people ..., and Prime Minister James Marape vowed':
    'massacred' counts the dead (18), and a comma chunk that tells an act is a clause, not a
    member of a list of speakers, so the vow is the prime minister's alone, not also the gunmen's
    and the children's."""
    extraction = extracted(tmp_path, KARIDA_LEAD, "2019-07-10")
    events = extraction.events
    assert events.loc[events["sub_event_type"] == "Attack", "fatalities"].tolist() == [18]
    statements = events[events["sub_event_type"] == "Other"]
    assert statements["actor1"].tolist() == ["Government of Papua New Guinea"]


def test_an_organisation_the_lexicon_lacks_speaks_by_its_name_and_acronym(tmp_path):
    """'The protest was organized by the opposition Maldivian Democratic Party (MDP) ... In a
    statement issued Saturday, the MDP condemned what it called excessive force': a capitalised
    organisation's name is an actor the text defines, and its acronym speaks for it later."""
    text = (
        "The protest was organized by the opposition Maldivian Democratic Party (MDP), which is "
        "demanding a reversal of recent constitutional amendments.\nIn a statement issued "
        "Saturday, the MDP condemned what it called excessive force used by police, including "
        "pepper spray and riot control measures."
    )
    events = extracted(tmp_path, text, "2025-10-05").events
    statement = events[events["sub_event_type"] == "Other"].iloc[0]
    assert (statement["actor1"], statement["event_date"]) == (
        "MDP: Maldivian Democratic Party",
        "2025-10-04",
    )


def test_a_former_office_holder_does_not_speak_for_the_office():
    """'a respected former army chief demanded the government withdraw troops': a former chief
    is no longer the army's voice, so the army makes no statement."""
    text = (
        "In a hugely symbolic rebuke of Hasina, a respected former army chief demanded the "
        "government withdraw troops and allow protests."
    )
    assert [m.text for m in actors.find(text, 0)] == ["government", "troops"]


def test_it_or_they_right_after_the_speaker_s_verb_is_the_speaker_acting(tmp_path):
    """'The army said it killed 10 militants in Kunduz': the pronoun right after the speaker's
    verb is the speaker, so the army is the actor of the fight it reports."""
    event = extracted(
        tmp_path, "The army said it killed 10 militants in Kunduz on Monday.", "2010-06-28"
    ).events.iloc[0]
    assert event["actor1"].startswith("Military Forces of Afghanistan")


def test_the_town_before_a_name_places_the_name():
    """'in the town Siazan (90 km north of Baku)': 'the town' right before a name (no 'of', as
    copy translated from Azerbaijani writes it) places the name, Siyazan, not Baku."""
    text = (
        "The protests with social demands in the town Siazan (90 km north of Baku), which started "
        "yesterday, turned into clashes with police."
    )
    found = geoparse.find(text, 0, "AZE", geoparse.Memory())
    assert (found[0].text, found[0].place.name, found[0].precision) == ("Siazan", "Siyazan", 1)


def test_a_grenade_seized_on_a_day_of_its_own_is_disrupted_weapons_use(tmp_path):
    """'Friday afternoon a search of the Comcar prison ... led to the seizure of a grenade': a
    weapon seized before use is ACLED's disrupted weapons use, not a grenade attack; weapons
    recovered at the scene of a fight told before, with no day of their own, are part of it."""
    search = (
        "Friday afternoon a search of the Comcar prison on the outskirts of Montevideo led to the "
        "seizure of a grenade, almost 500 gram of marijuana, 35 knives and 30 liters of homemade "
        "alcohol."
    )
    events = extracted(tmp_path, search, "2009-02-07").events
    assert events[["sub_event_type", "event_date"]].values.tolist() == [
        ["Disrupted weapons use", "2009-02-06"]
    ]
    shootout = (
        "Gunmen and police fought a shootout at a water park in Teculutan on Tuesday, killing 11 "
        "people. He said investigators recovered 10 automatic rifles, 10 handguns and two "
        "grenades from the crime scene."
    )
    events = extracted(tmp_path, shootout, "2008-03-26").events
    assert "Disrupted weapons use" not in set(events["sub_event_type"])
    assert "Grenade" not in set(events["sub_event_type"])


def test_a_month_written_close_to_its_day_is_a_date_and_no_place():
    """'The raid that took place on Jan.8 was the deadliest ...': 'Jan.8' is the 8th of January,
    written without a space, and no place named after 'on'."""
    text = "The raid that took place on Jan.8 was the deadliest the Beninese army has suffered."
    found = dates.find(text, 0, dt.date(2025, 1, 10))
    assert [(d.text, d.date) for d in found] == [("on Jan.8", dt.date(2025, 1, 8))]
    assert geoparse.find(text, 0, "BEN", geoparse.Memory()) == []


def test_where_protesters_had_come_from_is_no_place_but_come_under_attack_is_no_origin():
    """'Protesters who had come from Imzouren were pushed back': the town they came from is no
    place of the act; 'had come under attack twice around 100km from Birao' tells a distance,
    and Birao places the attack."""
    came = "Protesters who had come from Imzouren were pushed back by the security forces."
    assert geoparse.find(came, 0, "MAR", geoparse.Memory()) == []
    attacked = "FACA had come under attack twice around 100km from Birao on Sunday."
    found = geoparse.find(attacked, 0, "CAF", geoparse.Memory())
    assert [(m.place.name, m.kind) for m in found] == [("Birao", "distance")]


def test_a_paramilitary_group_is_an_armed_group_of_its_country():
    """'Fighters from Sudan's paramilitary group rampaged through a central village': the group is
    a non-state armed group of Sudan, not Sudan's state."""
    text = "Fighters from Sudan’s paramilitary group rampaged through a central village."
    named = [(a.name, m.country_iso3) for m in actors.find(text, 0) for a in m.actors]
    assert ("Unidentified Armed Group ({country})", "SDN") in named


def test_a_crowd_blocked_in_another_neighbourhood_is_a_protest_of_its_own(tmp_path):
    """'In another neighborhood in central Tunis, hundreds of protesters tried to reach the
    regional governor's office but were blocked by riot police': a crowd the police block is a
    protest with intervention, and 'another neighborhood' is not the place of the clash told
    before, so it is an event of its own."""
    text = (
        "TUNIS: Police and protesters clashed in the center of the Tunisian capital Wednesday. "
        "In another neighborhood in central Tunis, hundreds of protesters tried to reach the "
        "regional governor's office but were blocked by riot police."
    )
    events = extracted(tmp_path, text, "2011-01-12").events
    assert sorted(events["sub_event_type"]) == [
        "Protest with intervention",
        "Violent demonstration",
    ]


def test_police_dispersing_a_crowd_is_an_intervention(tmp_path):
    """'Police dispersed the demonstrators in Luanda on Thursday': the police's intervention in a
    protest."""
    text = "Police dispersed about 30 demonstrators in Luanda on Thursday."
    events = extracted(tmp_path, text, "2021-02-05").events
    assert list(events["sub_event_type"]) == ["Protest with intervention"]


def test_neutralized_counts_the_dead(tmp_path):
    """'“40 assailants have been neutralized so far,” the military source added': in a military
    source's words, the neutralized are killed."""
    text = (
        "Soldiers fought jihadists near Kandi on Friday. “40 assailants have been neutralized so "
        "far,” the military source added."
    )
    claims = extracted(tmp_path, text, "2025-01-10").claims
    assert claims[["metric", "low"]].values.tolist() == [["killed", 40]]


def test_a_lone_youth_shot_and_killed_is_one_dead_and_a_comma_s_today_dates_the_telling(
    tmp_path,
):
    """'The Guyana Police Force (GPF) confirmed, today, that an 18-year-old youth had been shot
    and killed': 'an ... youth' is one dead, and 'today' between the reporting verb's commas
    dates the confirmation, not the killing."""
    text = (
        "The Guyana Police Force (GPF) confirmed, today, that an 18-year-old youth had been shot "
        "and killed, last night, after he reportedly attacked two police officers with a cutlass."
    )
    found = dates.find(text, 0, dt.date(2020, 3, 7))
    assert [d.reporting for d in found if d.text == "today"] == [True]
    claims = extracted(tmp_path, text, "2020-03-07").claims
    assert claims[["metric", "low"]].values.tolist() == [["killed", 1]]


def test_a_list_of_regions_of_the_country_is_a_list_of_places(tmp_path):
    """'similar protests ... were held in four regions of the country, Lenkoran, Fizuli, Agjabedi
    and Siyazan, on January 12': one protest in each named town."""
    text = (
        "Recall that similar protests demanding not to allow price increases were held in four "
        "regions of the country, Lenkoran, Fizuli, Agjabedi and Siyazan, on January 12."
    )
    events = extracted(tmp_path, text, "2016-01-13").events
    assert sorted(events["location"]) == ["Aghjabadi", "Fuzuli", "Lankaran", "Siyazan"]
    assert set(events["sub_event_type"]) == {"Peaceful protest"}


def test_what_a_video_shows_is_a_telling_not_an_act_of_its_own():
    """mingachevir-custody-death-protest-2015-08-22 (fresh29, dev): 'Video footage on the website
    of Radio Liberty showed heavily armed policemen breaking up what looked like a peaceful
    gathering' tells the clashes the article reported before, no second protest of its own. (Three
    events until the crowd's 'accusing the police' stopped being a statement: civilians never
    speak one.)"""
    article = load_article(
        config.ARTICLES_DIR / "mingachevir-custody-death-protest-2015-08-22.txt"
    )
    events = draft.extract(article).events
    shown = events[events["notes"].str.contains("Video footage", na=False)]
    assert len(events) == 2
    assert shown.empty


def test_no_one_claiming_responsibility_is_no_claim_and_a_gasoline_bomb_is_a_riot(tmp_path):
    """'No one immediately claimed responsibility for the attack': nobody spoke, so no claim is
    drafted; 'One demonstrator tossed a gasoline bomb' is a crowd's fuel bottle, a riot, never an
    explosive device."""
    text = (
        "Gunmen opened fire at a bus near Luang Prabang on Sunday, killing 12 people. No one "
        "immediately claimed responsibility for the attack."
    )
    events = extracted(tmp_path, text, "2003-04-21").events
    assert "Other" not in set(events["sub_event_type"])
    riot = "One demonstrator tossed a gasoline bomb in Taipei on Saturday, but no one was injured."
    events = extracted(tmp_path, riot, "2004-04-11").events
    assert events["sub_event_type"].tolist() == ["Violent demonstration"]


def test_a_name_before_a_group_s_noun_names_the_group_not_a_place():
    """'an attack officials ... blamed on Hmong rebels': Hmong names the rebels (a people), not a
    place, though 'on' stands before it and a town's name looks like it (Huameung)."""
    text = (
        "Gunmen opened fire at a bus in northern Laos, killing at least 12 people in an attack "
        "officials blamed on Hmong rebels, officials said Monday."
    )
    found = geoparse.find(text, 0, "LAO", geoparse.Memory())
    assert [m.text for m in found] == ["northern Laos"]


def test_a_day_inside_a_since_clause_is_history():
    """'The rowdy protests have become a weekend tradition since Chen won the March 10 vote': the
    day in the clause that 'since' opens dates the past the story counts from, no act of it."""
    text = (
        "The rowdy protests have become a weekend tradition since Chen won the March 10 vote and "
        "opposition candidate Lien Chan challenged the results."
    )
    found = dates.find(text, 0, dt.date(2004, 4, 11))
    assert [d.kind for d in found] == ["background"]


def test_a_dateline_country_the_text_never_names_is_not_the_story_s_country(tmp_path):
    """'BANGKOK: A Myanmar military airstrike on a village killed ten civilians, locals and media
    reports said on Wednesday': a story filed from a neighbouring capital is about the country it
    names, so its unplaced act is Myanmar's, not at Bangkok; 'media reports' before 'said' is a
    noun, so the strike keeps its agent and victims."""
    text = (
        "BANGKOK: A Myanmar military airstrike on a village killed ten civilians, locals and "
        "media reports said on Wednesday.\nFighting has ravaged swathes of Myanmar since a "
        "coup in 2021."
    )
    event = extracted(tmp_path, text, "2023-06-28").events.iloc[0]
    assert (event["country"], event["location"]) == ("Myanmar", "Myanmar")
    assert (event["actor1"], event["actor2"]) == (
        "Military Forces of Myanmar",
        "Civilians (Myanmar)",
    )
