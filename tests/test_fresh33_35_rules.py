"""Rules written in the session of the fresh33 and fresh35 dev articles (issue 7; see
`data/events/CURATION.md`): each is a mechanism of news copy, tested with the real sentences of a
dev article that the drafts got wrong."""

from __future__ import annotations

from drafting import extracted


def test_what_happens_as_a_rule_is_no_event(tmp_path):
    """'Israel launched dozens of strikes ..., the Syrian army usually reported', 'make inmate
    riots and protests a common occurrence': a sentence with no date of its own that tells what
    happens as a rule drafts nothing, in one place or two (the strikes named Syria and Israel)."""
    text = (
        "Israeli aircraft struck a Hamas post in Gaza on Sunday, killing two militants. In Syria, "
        "Israel launched dozens of strikes against Iranian and Hezbollah weapons depots, the "
        "Syrian army usually reported. The miserable conditions make inmate riots and protests a "
        "common occurrence."
    )
    events = extracted(tmp_path, text, "2019-01-07").events
    assert events["sub_event_type"].tolist() == ["Air/drone strike"]
    assert events["location"].tolist() == ["Gaza"]
