"""Rules written in the session of the fresh119 to fresh124 dev articles (issue 7; see
`data/events/CURATION.md`): each is a mechanism of news copy, tested with the sentences of a dev
article that the drafts got wrong."""

from __future__ import annotations

import datetime as dt

from drafting import drafted_events, extracted

from eventreport.extraction import actors, dates, numbers

SUNJUWAN = "\n\n".join(
    [
        "SRINAGAR, India (AP) - India’s defense minister said Monday that gunmen belonging to the "
        "Pakistan-based militant group Jaish-e-Mohammed were behind a weekend attack on an army "
        "camp in Indian-controlled Kashmir, and warned Islamabad that it “would pay for this "
        "misadventure.”",
        "Pakistan’s foreign ministry said in a statement that it rejected all “insinuations” from "
        "Indian officials and media.",
        "At least three armed men attacked the Sunjuwan army camp at dawn Saturday and fought "
        "Indian troops for over 48 hours.",
        "Kashmir is divided between India and archrival Pakistan. Both claim the region in its "
        "entirety.",
        "India accuses Pakistan of arming and training the militants, a charge it denies.",
    ]
)
"""Sentences of sunjuwan-srinagar-camp-attacks-2018-02-10 (Higher Ground Times / AP, dev split)."""


def statements(events):
    """The drafted statements' speakers (actor1) and places, in order."""
    told = events[events["sub_event_type"] == "Other"]
    return told[["actor1", "location"]].values.tolist()


def test_a_standing_accusation_and_its_standing_denial_are_no_events(tmp_path):
    """'India accuses Pakistan of arming and training the militants, a charge it denies': the
    denial is as much a standing position as the accusation; 'accuses' is not a reporting verb
    that makes 'denies' news of a day. It had been drafted twice, as India's and the militants'."""
    events = drafted_events(tmp_path, SUNJUWAN, "2018-02-12")
    assert statements(events) == [
        ["Government of India", "New Delhi"],
        ["Government of Pakistan", "Islamabad"],
    ]


def test_a_pronoun_after_said_that_is_the_speaker_itself(tmp_path):
    """'Pakistan’s foreign ministry said in a statement that it rejected all “insinuations”': the
    denial is the ministry's (the pronoun is the reporting verb's own subject), not the Indian
    minister's of the sentence before; rejecting insinuations is a denial (CAMEO 016)."""
    events = drafted_events(tmp_path, SUNJUWAN, "2018-02-12")
    (denial,) = events[events["actor1"] == "Government of Pakistan"].itertuples()
    assert (denial.actor2, str(denial.event_date), denial.x_cameo_code) == (
        "Government of India",
        "2018-02-12",
        "016",
    )


def test_protesters_taking_over_a_building_is_a_violent_demonstration(tmp_path):
    """bishkek-naryn-talas-unrest-2010-04-07 (VOA): 'at least 1,000 protesters took over the local
    government building' in Naryn had no draft; a crowd seizing a building is a riot, as storming
    one is."""
    events = drafted_events(
        tmp_path,
        "The unrest spread to the town of Naryn, where at least 1,000 protesters took over the "
        "local government building.",
        "2010-04-07",
    )
    assert events[["sub_event_type", "location"]].values.tolist() == [
        ["Violent demonstration", "Naryn"]
    ]


def test_two_dozens_is_twenty_four(tmp_path):
    """fayzabad-governor-office-protest-2021-06-08 (Afghanistan Times, fresh119): 'two dozens
    injured' had been read as the vague 'dozens' (12); a plural multiplier after a count
    multiplies it, as 'two dozen' does. A bare 'dozens' stays ACLED's 12."""
    assert [numbers.parse_number(words) for words in ("two dozens", "dozens", "two dozen")] == [
        24,
        12,
        24,
    ]
    found = extracted(
        tmp_path,
        "KABUL: A protest against insecurity and lack of water and electricity in Fayzabad city "
        "of Badakhshan province turned violent on Tuesday as three demonstrators were killed and "
        "two dozens injured after security guards of provincial governor allegedly opened fire at "
        "them.",
        "2021-06-08",
    )
    injured = found.claims[found.claims["metric"] == "injured"]
    assert injured[["low", "high", "quote"]].values.tolist() == [[24, 24, "two dozens injured"]]


KUMBA = "\n\n".join(
    [
        "Unidentified gunmen stormed a school in Kumba in the restive Southwest region on "
        "Saturday, October 24, killing at least six children and injuring about a dozen others.",
        "It is not clear who perpetrated the killings as the country is in a civil war with "
        "Cameroun military battling Separatist fighters from the two English speaking regions of "
        "the country.",
    ]
)
"""Sentences of kumba-school-attack-2020-10-24 (fresh120, dev split)."""


def test_a_war_the_country_is_in_is_background_not_a_battle_of_the_day(tmp_path):
    """'as the country is in a civil war with Cameroun military battling Separatist fighters',
    with no date of its own, tells the standing state of the country, not a fight: it had made
    the gunmen's storming of a school (an attack on children) an armed clash."""
    events = drafted_events(tmp_path, KUMBA, "2020-10-26")
    assert events[["event_type", "sub_event_type", "actor2", "fatalities"]].values.tolist() == [
        ["Violence against civilians", "Attack", "Civilians (Cameroon)", 6]
    ]


ZANGON_KATAF = "\n\n".join(
    [
        "ABUJA, March 12 (AP) — Gunmen killed at least 16 people in an attack in northwest "
        "Nigeria, the government said Sunday.",
        "On Sunday, young people in the Ungwan Wakili neighborhood where Saturday’s attack took "
        "place protested the killing and accused Nigerian soldiers of failing to stop the "
        "violence despite being in the area at the time.",
    ]
)
"""Sentences of zangon-kataf-ungwan-wakili-attack-2023-03-11 (AP, fresh120, dev split)."""


def test_the_month_of_march_is_no_crowd(tmp_path):
    """'ABUJA, March 12 (AP) — Gunmen killed at least 16 people in an attack': the dateline's month
    had cued a crowd, and the attack was read as a riot beside the gunmen's killing."""
    events = drafted_events(tmp_path, ZANGON_KATAF.split("\n\n")[0], "2023-03-12")
    assert events[["sub_event_type", "actor1", "fatalities"]].values.tolist() == [
        ["Attack", "Unidentified Armed Group (Nigeria)", 16]
    ]


def test_an_attack_told_by_its_day_is_not_the_crowds_act(tmp_path):
    """'young people in the neighborhood where Saturday’s attack took place protested the
    killing': the attack named by its day is the gunmen's, told before; the youths' protest had
    been drafted as a riot because of it."""
    events = drafted_events(tmp_path, ZANGON_KATAF, "2023-03-12")
    protest = events[events["event_type"].isin(["Protests", "Riots"])]
    assert protest[["sub_event_type", "event_date"]].astype(str).values.tolist() == [
        ["Peaceful protest", "2023-03-12"]
    ]


def test_a_tally_over_weeks_is_no_event_of_its_first_day(tmp_path):
    """mandalay-monywa-myingyan-protest-shootings-2021-03-03 (The Irrawaddy, fresh121): 'At least
    21 protesters were reported killed ... from Feb. 1 to March 2' had been drafted as a riot on
    1 February with 21 dead; a span of days longer than a week dates a running count, background.
    A span of a few days ('from Sunday to Tuesday') stays a day of the story."""
    tally = (
        "At least 21 protesters were reported killed in shootings by police and soldiers from "
        "Feb. 1 to March 2."
    )
    assert [d.kind for d in dates.find(tally, 500, dt.date(2021, 3, 3))] == [
        "background",
        "background",
    ]
    assert [
        d.kind for d in dates.find("clashes from Sunday to Tuesday", 0, dt.date(2021, 3, 3))
    ] == ["day"]
    events = drafted_events(
        tmp_path,
        "YANGON—At least nine protesters were killed in Monywa as police fired live rounds at "
        "anti-coup protesters on Wednesday morning.\n\nThe military regime has ramped up the "
        "crackdown on mass protests nationwide. " + tally,
        "2021-03-03",
    )
    assert events[["event_date", "fatalities"]].astype(str).values.tolist() == [
        ["2021-03-03", "9"]
    ]


def test_two_demonyms_sharing_one_head_are_two_sides(tmp_path):
    """kurram-border-clash-ceasefire-2025-10-15 (The Chenab Times, fresh119): 'Pakistani and Afghan
    security forces engaged in overnight clashes' had been drafted as an unidentified group's
    clash; the two demonyms share the head 'security forces', and the two forces are the battle's
    two sides."""
    found = actors.find("Thai and Cambodian troops clashed", 0)
    assert [(m.text, m.country_iso3, m.country_only) for m in found] == [
        ("Thai", "THA", False),
        ("Cambodian troops", "KHM", False),
    ]
    events = drafted_events(
        tmp_path,
        "October 15 — Pakistani and Afghan security forces engaged in overnight clashes in a "
        "northwestern border region, resulting in at least one fighter killed and several others "
        "injured.",
        "2025-10-15",
    )
    assert events[["sub_event_type", "actor1", "actor2"]].values.tolist() == [
        ["Armed clash", "Military Forces of Pakistan", "Military Forces of Afghanistan"]
    ]


def test_the_acts_own_day_outranks_the_day_of_its_report(tmp_path):
    """uganda-kyagulanyi-arrest-protests-2020-11-18 (The Herald / Xinhua, fresh124): the riot was
    dated to the Friday the police announced its toll; 'the Wednesday and Thursday protests' are
    the act's own days, as precise as the report's 'on or before Friday', and win."""
    events = drafted_events(
        tmp_path,
        "Death Toll in Ugandan Violent Protests Rises to 28\n\n"
        "Police spokesperson on Friday announced that the death toll from violent protests in "
        "parts of Uganda after the arrest of opposition presidential candidate Robert Kyagulanyi "
        "has risen to 28.\n\nPolice spokesman Fred Enanga said 12 more people succumbed to their "
        "injuries sustained in the Wednesday and Thursday protests.",
        "2020-11-20",
    )
    riot = events[events["event_type"] == "Riots"]
    assert riot["event_date"].astype(str).tolist() == ["2020-11-18"]


ORELLANA = (
    "QUITO, May 10, 2025 (BSS/AFP) - Ecuador said on Friday that at least 11 military personnel "
    "who were carrying out an operation to combat illegal mining in a region near the border with "
    "Colombia were killed by dissident FARC guerrillas."
)
"""The lead of orellana-comandos-frontera-ambush-2025-05-09 (BSS / AFP, fresh123, dev split)."""


def test_the_report_day_nearest_the_act_dates_it_not_the_datelines(tmp_path):
    """orellana-comandos-frontera-ambush-2025-05-09 (BSS / AFP, fresh123): 'QUITO, May 10, 2025
    (BSS/AFP) - Ecuador said on Friday that at least 11 military personnel ... were killed' had the
    dateline's day; the act took place on or before the Friday the text says it was reported."""
    events = drafted_events(tmp_path, ORELLANA, "2025-05-10")
    assert events["event_date"].astype(str).tolist() == ["2025-05-09"]


def test_a_country_before_were_killed_is_nobody_killed(tmp_path):
    """The same lead drafted a claim of one named dead, 'Colombia were killed': the name before
    'were killed' in 'near the border with Colombia were killed' is a country, no victim."""
    found = extracted(tmp_path, ORELLANA, "2025-05-10")
    assert "Colombia were killed" not in found.claims["quote"].tolist()
    assert "named" not in found.claims["qualifier"].tolist()


def test_people_displaced_by_clashes_are_no_crowd(tmp_path):
    """ta-moan-ta-krabey-truce-clash-2011-04-29 (BBC via Press Panorama, fresh122): 'The clashes
    have displaced tens of thousands of people' read the border fighting as a riot, its
    'thousands of people' as a crowd; people counted after a word of displacement are victims."""
    events = drafted_events(
        tmp_path,
        "\n\n".join(
            [
                "One Thai soldier has died in a fresh border clash between Thailand and Cambodia, "
                "Thai officials say, despite a truce struck hours before.",
                "Thai military spokesmen said four Thai soldiers were also wounded in the "
                "skirmishes.",
                "Fighting began a week ago and has been mainly around two ancient temples in "
                "jungle areas claimed by both countries.",
                "The clashes have displaced tens of thousands of people, and at least 15 troops "
                "have been killed.",
                "Thailand says that one Thai civilian has also died.",
                "Thai officials suggested that Friday's clash was less serious than before and "
                "there might yet be a chance to salvage the truce.",
            ]
        ),
        "2011-04-29",
    )
    assert "Riots" not in events["event_type"].tolist()
    assert "Armed clash" in events["sub_event_type"].tolist()


def test_as_before_orders_no_two_acts(tmp_path):
    """ta-moan-ta-krabey-truce-clash-2011-04-29 (fresh122): 'As before, both sides accused the
    other of starting the violence' drafted two links ('before') from the accusations to the
    clash; 'as before' says 'as previously', with no act after the cue."""
    found = extracted(
        tmp_path,
        "One Thai soldier has died in a fresh border clash between Thailand and Cambodia on "
        "Friday, Thai officials say.\n\nAs before, both sides accused the other of starting the "
        "violence.",
        "2011-04-29",
    )
    assert len(found.events) == 3
    assert found.links.empty
