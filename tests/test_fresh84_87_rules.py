"""Rules written in the session of the fresh84 to fresh87 dev articles (issue 7; see
`data/events/CURATION.md`): each is a mechanism of news copy, tested with the real sentences of a
dev article that the drafts got wrong."""

from __future__ import annotations

from drafting import drafted_events

NABATIEH = (
    "An Israeli strike on the southern Lebanese city of Nabatiyeh killed ten civilians on "
    "Wednesday, a security source said on Thursday. On Wednesday, Israeli military said in a "
    "statement it had killed Hezbollah commander Ali al-Debs, his deputy, and another fighter in "
    "Nabatiyeh."
)


def test_a_day_that_opens_the_sentence_dates_its_statement(tmp_path):
    """nabatieh-israeli-strike-2024-02-14: 'On Wednesday, Israeli military said in a statement
    ...' was dated the day of publication, as the day was given to the killing only."""
    events = drafted_events(tmp_path, NABATIEH, "2024-02-15")
    statements = events[events["sub_event_type"] == "Other"]
    assert list(statements["actor1"]) == ["Military Forces of Israel"]
    assert list(statements["event_date"].astype(str)) == ["2024-02-14"]


def test_a_vague_period_that_opens_the_sentence_does_not_date_a_statement(tmp_path):
    """kataib-hezbollah-us-strikes-2019-12-29: 'This week, the US accused Kata'ib Hezbollah ...'
    names no day; the statement keeps the day of publication."""
    events = drafted_events(
        tmp_path,
        "US aircraft struck five Kata'ib Hezbollah sites in Iraq and Syria on Sunday. This week, "
        "the US accused Kata'ib Hezbollah of involvement in a deadly rocket attack on the K1 "
        "military base outside Kirkuk, northern Iraq.",
        "2019-12-29",
    )
    statements = events[events["sub_event_type"] == "Other"]
    assert list(statements["event_date"].astype(str)) == ["2019-12-29"]
