"""The statement rule (data/events/CURATION.md, "Which statements are events") in the extractor.

Each test is a sentence of a dev article of the corpus (`split: dev`), never of a test-split
article: an unnamed voice claims no act of its side (jilib-drone-strike-2013-10-29,
rann-camp-airstrike-2017-01-17); a party that "claimed to have" done an act claims it, also from a
relative clause after a comma (goma-m23-advance-2025-01-27,
barire-awdhegle-base-attacks-2021-04-03), while a reporting verb inside a relative clause
('depots that the U.S. said were linked') or a standing position ('which it blames') is no
statement (baghdad-us-embassy-storming-2019-12-31); "Both sides have accused each other" is one
accusation per party of the pair the text named last
(azerbaijan-armenia-border-clashes-2021-11-16).
"""

from __future__ import annotations

import pandas as pd
import pytest
from drafting import extracted

from eventreport import config
from eventreport.article import load_article
from eventreport.extraction import draft as extract


def _statements(article_id: str) -> pd.DataFrame:
    """The drafted Strategic developments of a dev article of the corpus."""
    article = load_article(config.ARTICLES_DIR / f"{article_id}.txt", draft=True)
    assert article.split == "dev"
    events = extract.extract(article).events
    return events[events["event_type"].eq("Strategic developments")]


@pytest.mark.parametrize(
    ("article_id", "words"),
    [
        # 'At least two Islamist Al Shabaab insurgents have been killed by a United States drone
        # strike in Somalia, a US source says.'
        ("jilib-drone-strike-2013-10-29", "a US source says"),
        # 'A senior military source in the Borno state capital, Maiduguri, said the casualties were
        # "huge", adding: "A fighter jet hit the wrong target."'
        ("rann-camp-airstrike-2017-01-17", "A senior military source"),
    ],
)
def test_an_unnamed_voice_telling_its_sides_strike_claims_nothing(article_id, words):
    found = _statements(article_id)
    assert not found["x_evidence"].str.contains(words, regex=False).any()


def test_a_party_that_claimed_to_have_captured_a_city_claims_its_act():
    # '... fighting raged between Congolese forces and rebels backed by neighboring Rwanda, who
    # claimed to have captured eastern Congo's largest regional hub.'
    found = _statements("goma-m23-advance-2025-01-27")
    claim = found[found["x_evidence"].str.contains("claimed to have captured", regex=False)]
    assert list(claim["x_cameo_code"]) == ["015"]
    assert claim.iloc[0]["actor1"].startswith("Unidentified Rebel Group")
    assert claim.iloc[0]["location"] == "Goma"
    assert claim.iloc[0]["event_date"] == "2025-01-27"


def test_a_claim_to_have_overrun_a_base_is_the_same_claim_as_the_responsibility():
    # 'Al-Shabab claimed responsibility for the attacks.' ... 'Al-Shabab claimed to have
    # "overrun" the Barire military base.': one speaker, one day, one claim.
    found = _statements("barire-awdhegle-base-attacks-2021-04-03")
    claims = found[found["x_cameo_code"].eq("015")]
    assert len(claims) == 1
    assert "claimed to have “overrun”" in claims.iloc[0]["x_evidence"]


def test_a_relative_clause_is_no_statement_of_its_speaker():
    # 'American fighter jets on Sunday bombed weapons depots in Iraq and Syria that the U.S. said
    # were linked with a group called Kataeb Hezbollah, which it blames for attacks on coalition
    # bases in recent months.': the strike is told, the U.S. makes no statement in it.
    found = _statements("baghdad-us-embassy-storming-2019-12-31")
    assert not found["x_evidence"].str.contains("which it blames", regex=False).any()
    assert list(found["x_cameo_code"]) == ["112"]  # Trump's accusation only


def test_both_sides_accusing_each_other_are_two_accusations_each_about_the_other():
    # 'Azerbaijan and Armenia have separately announced that soldiers have died in clashes ...'
    # ... 'Both sides have accused each other of launching provocative attacks.'
    found = _statements("azerbaijan-armenia-border-clashes-2021-11-16")
    accusations = found[found["x_evidence"].str.contains("accused each other", regex=False)]
    assert list(accusations["x_cameo_code"]) == ["112", "112"]
    assert set(accusations["actor1"]) == {"Government of Azerbaijan", "Government of Armenia"}
    assert set(zip(accusations["actor1"], accusations["actor2"], strict=True)) == {
        ("Government of Azerbaijan", "Government of Armenia"),
        ("Government of Armenia", "Government of Azerbaijan"),
    }
    assert set(accusations["location"]) == {"Baku", "Yerevan"}


def test_every_party_of_a_list_joined_by_as_well_as_condemns():
    """kumanovo-police-gunmen-clash-2015-05-09 (fresh16, dev): 'Albania and Kosovo as well as the
    European Union (EU) condemned the clashes' drafted Albania's and Kosovo's condemnations but
    not the EU's."""
    statements = _statements("kumanovo-police-gunmen-clash-2015-05-09")
    condemned = statements[statements["x_evidence"].str.contains("as well as the European Union")]
    assert "EU: European Union" in condemned["actor1"].tolist()
    assert len(condemned) == 3


def test_what_a_crowds_slogans_say_is_no_statement(tmp_path):
    """tafileh-protest-dispersal-2012-09-08 (dev): 'participants began chanting slogans reportedly
    criticizing King Abdullah II' drafted a criticism spoken by the forces the sentence names; the
    participle tells what the slogans said. A statement that claims responsibility is one
    (villanueva-mass-kidnapping-2001-05-17, dev)."""
    slogans = extracted(
        tmp_path,
        "Jordanian anti-riot forces stormed a protest in the southern city of Tafileh on early "
        "Saturday after participants began chanting slogans reportedly criticizing King "
        "Abdullah II.",
        "2012-09-08",
    )
    assert "Strategic developments" not in slogans.events["event_type"].tolist()
    claim = extracted(
        tmp_path,
        "Colombian media reported late Wednesday that the paramilitary group United Self-Defense "
        "Forces of Colombia faxed a statement claiming responsibility.",
        "2001-05-17",
    )
    assert claim.events["sub_event_type"].tolist() == ["Other"]


def test_a_protest_that_criticises_is_no_statement(tmp_path):
    """kwun-tong-tsuen-wan-protests-2019-08-25 (dev): 'A second protest ..., attended by relatives
    of police personnel, criticised the government' drafted a criticism spoken by the police; the
    protest is the subject of the verb, which says what it demanded."""
    found = extracted(
        tmp_path,
        "A second protest on Sunday afternoon, attended by relatives of police personnel, "
        "criticised the government for leaving officers to handle the brunt of the crisis.",
        "2019-08-26",
    )
    assert found.events["sub_event_type"].tolist() == ["Peaceful protest"]


def test_a_past_told_in_a_relative_clause_leaves_the_sentence_in_the_story(tmp_path):
    """preah-vihear-border-clash-2011-02-04 (dev): 'in recent years' in the relative clause that
    describes the temple set the whole sentence in the past, so the two governments' accusations
    drafted nothing; it dates only the clause it describes."""
    found = extracted(
        tmp_path,
        "Thailand and Cambodia accuse one another of having started the fighting near the "
        "900-year-old Hindu temple, which lies near a dense jungle area that has been the scene "
        "of a number of disputes in recent years.",
        "2011-02-04",
    )
    assert sorted(found.events["location"]) == ["Bangkok", "Phnom Penh"]
    assert set(found.events["sub_event_type"]) == {"Other"}


def test_a_participle_after_a_degree_adverb_is_nobodys_statement(tmp_path):
    """harare-nca-constitution-marches-2006-07-12 (dev): 'a deepening economic crisis widely
    blamed on his 26-year rule' drafted a blame spoken by Mugabe, the man the sentence names."""
    found = extracted(
        tmp_path,
        "President Robert Mugabe said the marches were illegal. Critics say the security laws are "
        "aimed at stifling opposition to Mugabe in the face of a deepening economic crisis "
        "widely blamed on his 26-year rule.",
        "2006-07-13",
    )
    assert "112" not in found.events["x_cameo_code"].astype(str).tolist()


def test_words_said_on_a_named_occasion_are_news_though_told_in_the_present(tmp_path):
    """port-moresby-lae-pay-riots-2024-01-10 (dev): 'In an address to the nation, Prime Minister
    James Marape criticizes the police and warns ...' is the day's warning, told in the present
    as the whole story is; without the occasion the same words are a standing position
    (tests/test_fresh40_43_rules.py)."""
    lead = (
        "Riots broke out in Papua New Guinea's capital Port Moresby on Wednesday, leaving about "
        "fifteen dead. "
        "Angry crowds looted shops. Buildings burned late into the night. "
    )
    said = "Prime Minister James Marape criticizes the police and warns that no outbreak of " + (
        "anarchy will be tolerated."
    )
    occasion = extracted(tmp_path, lead + "In an address to the nation, " + said, "2024-01-11")
    assert occasion.events[["sub_event_type", "actor1", "x_cameo_code"]].values.tolist()[-1] == [
        "Other",
        "Government of Papua New Guinea",
        "130",
    ]
    standing = extracted(tmp_path, lead + said, "2024-01-11")
    assert "Other" not in standing.events["sub_event_type"].tolist()
