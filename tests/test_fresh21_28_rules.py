"""Rules written after the first contact of the fresh21 to fresh28 dev articles (issue 7; see
`data/events/CURATION.md`): each is a mechanism of news copy, tested with the real sentences of a
dev article that the first contact got wrong."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from drafting import extracted

from eventreport import config
from eventreport.article import load_article
from eventreport.extraction import dates, draft, geoparse, numbers

STRIKE_LEAD = (
    "SANTO DOMINGO, Dominican Republic (AP) -- Three protesters died Thursday from gunshot wounds "
    "suffered in clashes with security forces, officials said on the second day of a national "
    "strike that shut down business across the Dominican Republic."
)
STRIKE_REFUSAL = (
    "Mejia refused to meet strike leaders Thursday and condemned the 48-hour shutdown, saying it "
    "would cost the beleaguered economy 3 billion Dominican pesos ($60 million)."
)


def test_a_national_strike_is_a_protest_not_an_air_strike(tmp_path):
    """'on the second day of a national strike that shut down business': a labour strike, and a
    bare 'strike' beside words of one ('strike leaders', 'the 48-hour shutdown') is that strike,
    never an air or drone strike."""
    events = extracted(tmp_path, f"{STRIKE_LEAD}\n{STRIKE_REFUSAL}", "2004-01-30").events
    assert "Explosions/Remote violence" not in set(events["event_type"])
    assert "Air/drone strike" not in set(events["sub_event_type"])
    assert set(events["event_date"]) == {"2004-01-29"}
    assert "Violent demonstration" in set(events["sub_event_type"])


def test_a_vigil_is_a_peaceful_protest(tmp_path):
    """'A vigil was held in Dublin city centre on Tuesday evening in memory of Ms McKee': a
    public gathering in memory of the dead is a peaceful protest (ACLED), dated and placed."""
    text = (
        "A vigil was held in Dublin city centre on Tuesday evening in memory of Ms McKee, which "
        "was organised by the National Union of Journalists."
    )
    events = extracted(tmp_path, text, "2019-04-24").events
    assert list(events["sub_event_type"]) == ["Peaceful protest"]
    assert (events.iloc[0]["event_date"], events.iloc[0]["location"]) == ("2019-04-23", "Dublin")


def test_a_crowd_that_confronted_police_riots(tmp_path):
    """'hundreds of protesters confronted police in Cetinje': a crowd's confrontation with the
    police is a violent demonstration, as a crowd's clash is."""
    text = (
        "On Saturday, hundreds of protesters confronted police in Cetinje around a monastery "
        "where the inauguration of Metropolitan Joanikije is supposed to take place."
    )
    events = extracted(tmp_path, text, "2021-09-05").events
    assert list(events["sub_event_type"]) == ["Violent demonstration"]
    assert events.iloc[0]["event_date"] == "2021-09-04"


def test_months_ago_is_history_not_an_event_of_the_story(tmp_path):
    """'Less than two months ago the government of neighboring Kyrgyzstan was toppled by
    protests': an act two months or more before publication is background, no event."""
    text = (
        "Soldiers unleashed heavy gunfire into thousands of demonstrators yesterday in Andijan.\n"
        "Less than two months ago the government of neighboring Kyrgyzstan was toppled by "
        "protests that began in a provincial area."
    )
    events = extracted(tmp_path, text, "2005-05-14").events
    assert set(events["event_date"]) == {"2005-05-13"}
    assert len(events) == 1


def test_earlier_in_the_day_dates_every_act_of_its_sentence_on_the_story_s_day(tmp_path):
    """'security forces had regained control of the city administration building seized earlier
    in the day by armed protesters': the story's day holds both acts, so the retaking is dated
    that day, not left undated."""
    text = (
        "ANDIJAN, Uzbekistan -- Soldiers unleashed heavy gunfire into thousands of demonstrators "
        "yesterday to put down an uprising.\n"
        "Authorities said security forces had regained control of the city administration "
        "building seized earlier in the day by armed protesters."
    )
    events = extracted(tmp_path, text, "2005-05-14").events
    retaken = events[events["sub_event_type"] == "Government regains territory"]
    assert list(retaken["event_date"]) == ["2005-05-13"]


SUNJUWAN = (
    "SRINAGAR, India (AP) - India’s defense minister said Monday that gunmen belonging to the "
    "Pakistan-based militant group Jaish-e-Mohammed were behind a weekend attack on an army camp "
    "in Indian-controlled Kashmir, and warned Islamabad that it “would pay for this misadventure.”"
    "\nDefense Minister Nirmala Sitharaman told reporters in Jammu, the site of the attack, that "
    "New Delhi would present Pakistan with evidence of the involvement of the outlawed militant "
    "group.\n"
    "At least three armed men attacked the Sunjuwan army camp at dawn Saturday and fought Indian "
    "troops for over 48 hours while holed up in the residential area of the camp."
)


def test_a_place_the_text_calls_the_site_of_the_attack_is_the_attack_s(tmp_path):
    """'told reporters in Jammu, the site of the attack': the speaker's town is also where the
    attack was, so the camp attack is placed at Jammu, not at the country named as the object of
    'present Pakistan with evidence'."""
    events = extracted(tmp_path, SUNJUWAN, "2018-02-13").events
    clash = events[events["sub_event_type"] == "Armed clash"].iloc[0]
    assert (clash["location"], clash["country"], clash["event_date"]) == (
        "Jammu",
        "India",
        "2018-02-10",
    )


def test_a_second_verb_after_said_that_is_the_speaker_s(tmp_path):
    """'the minister said Monday that gunmen ... were behind a weekend attack ..., and warned
    Islamabad': the warning is the minister's, not the gunmen's (whose speaker string keeps no
    dash of the dateline), and a defence minister speaks for the government, as the gold codes
    it."""
    events = extracted(tmp_path, SUNJUWAN, "2018-02-13").events
    warning = events[events["sub_event_type"] == "Other"].iloc[0]
    assert warning["actor1"].startswith("Government of India")
    assert numbers.clean_speaker("- India’s defense minister") == "India’s defense minister"


MONROVIA = (
    "The grounds of the Liberian Legislature turned chaotic here on Tuesday, December 17, 2024, "
    "with protesters clashing with riot police, leaving several persons arrested and detained.\n\n"
    "Monrovia, Liberia, December 18, 2024 – Riot forces of the Liberia National Police have "
    "clashed with several lawmakers and protesters here under the banner Concern Citizens for "
    "the Protection of the Constitution and the Rule of Law.\n\n"
    "The early dawn protest led by former Superintendent Janjay Gbarpbea of Grand Bassa County "
    "was staged Tuesday, December 17, 2024, characterized by clashes with police.\n\n"
    "Monsterrado County District #9 Representative Frank Saah Foko and Gbarpolu County "
    "Representative Eugene J.M Kollie attended the early morning clash."
)


def test_a_dateline_after_a_summary_line_dates_the_report_and_places_the_story(tmp_path):
    """'Monrovia, Liberia, December 18, 2024 – Riot forces ... have clashed': a title-case
    dateline on the second line dates the report, not a second clash, and its city is where the
    story's 'here' is."""
    events = extracted(tmp_path, MONROVIA, "2024-12-18").events
    assert list(events["event_date"]) == ["2024-12-17"]
    assert events.iloc[0]["location"] == "Monrovia"


def test_the_place_of_an_office_is_no_place_of_the_act(tmp_path):
    """'former Superintendent Janjay Gbarpbea of Grand Bassa County', 'Gbarpolu County
    Representative Eugene J.M Kollie': counties that only say whose office it is never place the
    clash."""
    events = extracted(tmp_path, MONROVIA, "2024-12-18").events
    assert not events["location"].str.contains("Bassa|Gbarpolu|Gbapolu|Montserrado").any()


def test_a_lone_named_victim_counted_by_a_is_one_dead(tmp_path):
    """'A 22-year-old indigenous man Rafael Nahuel died of bullet wounds on Saturday': 'a' before
    a person noun counts one victim, with the name between the noun and its verb."""
    text = (
        "A 22-year-old indigenous man Rafael Nahuel died of bullet wounds on Saturday in the wake "
        "of a clash between the Police and a group of Mapuches near the southern city of "
        "Bariloche, the judge investigating the case reported Sunday."
    )
    events = extracted(tmp_path, text, "2017-11-27").events
    assert list(events["fatalities"]) == [1]
    assert events.iloc[0]["event_date"] == "2017-11-25"


def hakkari() -> pd.DataFrame:
    """The drafted events of the dev article on the Dağlıca mine attack (Hürriyet Daily News)."""
    path = config.ARTICLES_DIR / "hakkari-daglica-pkk-mine-attack-2015-09-06.txt"
    return draft.extract(load_article(path)).events


def test_a_district_of_a_town_is_placed_at_the_district_s_town():
    """'in the Dağlıca district of Hakkari, ..., security sources told daily Hürriyet': the
    unit's 'of' names the larger place that holds it, so the attack is at Dağlıca; and 'security
    sources' are the speakers of the closing 'told daily Hürriyet', whose outlet may have a word
    before its name (not 'Militants', which would make the whole sentence a speaker's words)."""
    events = hakkari()
    mine = events[events["sub_event_type"] == "Remote explosive/landmine/IED"].iloc[0]
    assert mine["location"] == "Dağlıca"
    assert mine["geo_precision"] == 2


def test_fighter_jets_by_their_model_make_a_strike_an_air_strike():
    """'Two F-4s and two F-16s carried out strikes': the aircraft's model names are words of the
    air cue."""
    events = hakkari()
    assert "Air/drone strike" in set(events["sub_event_type"])


def test_a_protestor_counted_by_a_is_one_dead(tmp_path):
    """'A protestor was killed': the spelling with -or counts a lone victim too."""
    text = "A protestor was killed in Genoa on Friday when police fired on demonstrators."
    events = extracted(tmp_path, text, "2001-07-21").events
    assert list(events["fatalities"]) == [1]


def test_a_text_whose_words_tell_no_standing_act_says_which_words_it_read(tmp_path):
    """'Soldiers were killed on Sunday in an attack in Baghdad': a bare attack with no figure and
    no doer drafts no event, and the warning names the words read instead of claiming the text
    has none."""
    found = extracted(
        tmp_path, "Soldiers were killed on Sunday in an attack in Baghdad.", "2015-09-07"
    )
    assert found.events.empty
    assert any("'killed', 'attack'" in w for w in found.warnings)


def test_a_demonym_is_no_town_its_spelling_resembles():
    """'The attack – the worst on Mexican law enforcement in years': 'Mexican' names the
    country's people, not Maxcanú, a Yucatán town whose spelling it resembles (1,354 km from the
    ambush)."""
    assert geoparse._place_name("Mexican", "MEX") is None
    assert geoparse._place_name("Aguililla", "MEX").name == "Aguililla"


def test_a_country_named_for_its_river_valley_places_nothing_there(tmp_path):
    """'in the town of Kaedi in the Senegal river valley': the valley is named for the river, so
    Kaedi is the Mauritanian town, the riot stays in Mauritania, and Senegal's forces are no
    actor."""
    text = (
        "Looting and vandalism broke out in the town of Kaedi in the Senegal river valley on "
        "Monday night, with security forces arresting a number of “rioters”, the interior "
        "ministry said in a statement."
    )
    events = extracted(tmp_path, text, "2024-07-02").events
    riot = events[events["sub_event_type"] == "Violent demonstration"].iloc[0]
    assert (riot["location"], riot["country"]) == ("Kaédi", "Mauritania")
    assert "Senegal" not in f"{riot['actor1']} {riot['actor2']}"


def test_live_shots_this_morning_are_the_police_s_excessive_force_dated_that_day(tmp_path):
    """'Two people are reportedly dead after riot police fired live shots to disperse UPND
    supporters ... this morning': live shots at a crowd are excessive force against protesters,
    'this morning' is the day of publication (a sentence with no other time word holds it too),
    and 'police riot vehicles' are no riot."""
    text = (
        "Two people are reportedly dead after riot police fired live shots to disperse UPND "
        "supporters who had gathered to show solidarity to party leader Hakainde Hichilema as he "
        "arrived at Police Headquarters in Lusaka for questioning this morning.\n"
        "Heavy police riot vehicles were patrolling the entire area near Police Headquarters."
    )
    events = extracted(tmp_path, text, "2020-12-23").events
    assert list(events["sub_event_type"]) == ["Excessive force against protesters"]
    assert list(events["event_date"]) == ["2020-12-23"]
    assert list(events["fatalities"]) == [2]


def test_the_detail_sentence_after_an_undated_lead_dates_it(tmp_path):
    """'... ambushed a police convoy, killing at least 13 officers and wounding 9. Some 42 state
    police officers had gone to the township of Aguililla in the western state of Michoacan on
    Monday ... when they were met with more than 30 suspected gunmen': the sentence after the lead
    tells no act of its own and places the lead's, so its day is the lead's day."""
    text = (
        "A group of armed gunmen believed to be part of a powerful drug cartel in Mexico ambushed "
        "a police convoy, killing at least 13 officers and wounding 9.\n\n"
        "Some 42 state police officers had gone to the township of Aguililla in the western "
        "state of Michoacan on Monday to enforce a judicial order when they were met with more "
        "than 30 suspected gunmen from the Jalisco New Generation."
    )
    events = extracted(tmp_path, text, "2019-10-15").events
    assert list(events["event_date"]) == ["2019-10-14"]
    assert list(events["location"]) == ["Aguililla"]
    assert list(events["fatalities"]) == [13]


def test_a_country_after_a_town_s_comma_holds_the_town(tmp_path):
    """'Two people were killed during a police operation in Saint-Louis, New Caledonia': the
    country named after the comma holds the town, so the act is in New Caledonia, never at the
    Saint-Louis of Senegal the gazetteer knows."""
    text = (
        "Two people were killed during a police operation in Saint-Louis, New Caledonia, on the "
        "night of Wednesday to Thursday."
    )
    events = extracted(tmp_path, text, "2024-09-19").events
    assert set(events["country"]) == {"New Caledonia"}


def test_a_generic_landmark_alias_stays_in_the_story_s_country(tmp_path):
    """'protesters ... broke into the U.S. Embassy' in a story on Belgrade: the landmark
    gazetteer's generic alias of the embassy in Baghdad never moves the riot to Iraq; a name that
    holds its town ('the US Embassy in Baghdad') or any other landmark ('western Iraq') still
    resolves abroad."""
    text = (
        "BELGRADE, Serbia - Protesters broke into the U.S. Embassy in Belgrade on Thursday and "
        "set part of it on fire after a large demonstration against Kosovo's independence."
    )
    events = extracted(tmp_path, text, "2008-02-22").events
    assert set(events["country"]) == {"Serbia"}
    gazetteer = geoparse._gazetteer()
    assert gazetteer.lookup("US Embassy in Baghdad", "SRB").country_iso3 == "IRQ"
    assert gazetteer.lookup("western Iraq", "USA").country_iso3 == "IRQ"
    assert gazetteer.lookup("U.S. Embassy", "SRB") is None or (
        gazetteer.lookup("U.S. Embassy", "SRB").country_iso3 != "IRQ"
    )


def test_a_country_that_is_an_officer_s_surname_is_the_officer(tmp_path):
    """'Brigadier-General Badrodin Haiti, the provincial police chief, told DPA ... Haiti said
    around 15 suspected militants ... escaped': the police chief named before his title is
    remembered, so the later 'Haiti' is him, never Haiti's forces."""
    text = (
        "Indonesian police raided a militant hideout in Poso on Monday, killing nine suspected "
        "militants.\n"
        "Brigadier-General Badrodin Haiti, the provincial police chief, told Deutsche "
        "Presse-Agentur DPA that the nine bodies were later identified as being suspected "
        "militants.\n"
        "Haiti said around 15 suspected militants, some carrying machine guns and rifles, escaped "
        "following the shootout."
    )
    events = extracted(tmp_path, text, "2007-01-23").events
    actors = " ".join(events["actor1"].astype(str)) + " " + " ".join(events["actor2"].astype(str))
    assert "Haiti" not in actors
    assert set(events["country"]) == {"Indonesia"}


def test_a_day_after_counts_from_the_day_told_before_it(tmp_path):
    """'Banjul ... remain calm on Tuesday, a day after students and city hoodlums fought pitched
    battles with police': the fight was on Monday, counted from the calm's Tuesday, though the
    calm is no event."""
    text = (
        "Gambia's capital, Banjul, and surrounding towns remain calm on Tuesday, a day after "
        "students and city hoodlums fought pitched battles with police which resulted in several "
        "deaths, Police Public Relations Officer Abdoulie Sanyang told IRIN."
    )
    events = extracted(tmp_path, text, "2000-04-12").events
    assert list(events["event_date"]) == ["2000-04-10"]


def test_the_day_of_cited_as_saying_dates_the_report_not_the_act(tmp_path):
    """'A security source was cited in local press as saying on Friday that “outlaws” also opened
    fire ... on Thursday': Friday is the day of the saying, Thursday the act's."""
    text = (
        "A security source was cited in local press as saying on Friday that “outlaws” also "
        "opened fire from rooftops on police and used burning tires to block off roads in the "
        "city center of Ma'an on Thursday."
    )
    events = extracted(tmp_path, text, "2014-04-26").events
    assert set(events["event_date"]) == {"2014-04-24"}


def test_a_sea_or_an_ocean_places_nothing_and_a_programme_s_today_dates_nothing():
    """'a weekend mission in the Indian Ocean archipelago': a name that holds a landform word is no
    town and its demonym no country; 'told the BBC's East Asia Today programme': a capitalised
    'Today' inside a name is no day."""
    text = (
        "MOHELI, Comoros: Comoros Islands troops clashed with loyalists of the renegade military "
        "ruler of Anjouan during a weekend mission in the Indian Ocean archipelago."
    )
    assert "IND" not in geoparse.placed_countries(text, ("COM", "IND"))
    found = geoparse.find(text, 0, "COM", geoparse.Memory())
    assert "Indian Ocean" not in [m.text for m in found]
    told = "New Zealand journalist Hannah Belcher told the BBC's East Asia Today programme."
    assert dates.find(told, 0, dt.date(2003, 2, 7)) == []


def test_an_ordinal_victim_after_a_count_is_one_more_dead(tmp_path):
    """'Three were killed instantly and a fourth died of his injuries later', 'Two of the rioters
    died in custody and the third died later in hospital': the ordinal that follows a count of the
    dead by one is the whole count."""
    text = (
        "A roadside bomb hit a police vehicle in Liboi on Wednesday. Three were killed instantly "
        "and a fourth died of his injuries later, according to a police report."
    )
    found = extracted(tmp_path, text, "2017-05-25")
    assert list(found.events["fatalities"]) == [4]
    assert "a fourth died" in " ".join(found.claims["quote"])
