"""Rules written in the session of the fresh40 and fresh41 dev articles (issue 7; see
`data/events/CURATION.md`): each is a mechanism of news copy, tested with the real sentences of a
dev article that the drafts got wrong."""

from __future__ import annotations

from drafting import extracted

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
