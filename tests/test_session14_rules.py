"""Rules written in the fourteenth session (issue 7; see `data/events/CURATION.md`): each is a
mechanism of news copy, tested with the sentences of a dev article that the drafts got wrong."""

from __future__ import annotations

from eventreport import config
from eventreport.article import load_article
from eventreport.extraction.draft import extract


def _dev_events(article_id: str):
    """The drafted events of one dev article."""
    return extract(load_article(config.DATA_DIR / "articles" / f"{article_id}.txt")).events


def test_deaths_told_on_a_riots_day_died_in_the_unrest():
    """'Two people were reported killed in Mardin, two in Siirt, and one in Batman and another in
    Mus', after the night's rioting in Diyarbakir: deaths told with no act or doer of their own on
    a day of rioting are that unrest's, as the gold codes them, not attacks on civilians by an
    unidentified armed group; the dead are no side of the riot."""
    events = _dev_events("diyarbakir-kobane-protest-riots-2014-10-08").set_index("location")
    towns = events.loc[["Mardin", "Siirt", "Batman", "Muş"]]
    assert set(towns["sub_event_type"]) == {"Violent demonstration"}
    assert set(towns["actor1"]) == {"Rioters (Turkey)"}
    assert towns["actor2"].fillna("").eq("").all()
    assert towns["fatalities"].tolist() == [2, 2, 1, 1]
