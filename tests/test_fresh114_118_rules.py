"""Rules written in the session of the fresh114 to fresh118 dev articles (issue 7; see
`data/events/CURATION.md`): each is a mechanism of news copy, tested with the sentences of a dev
article that the drafts got wrong."""

from __future__ import annotations

import pytest
from drafting import drafted_events

from eventreport.extraction import geoparse

KOYA = (
    "SULAIMANI, Kurdistan Region – The Islamic Revolutionary Guard Corps (IRGC) of Iran on "
    "Monday carried out a series of missile and ‘suicide’ drone attacks on the headquarters of "
    "the Kurdish opposition groups based in the Kurdistan Region, resulting in one death and "
    "multiple injuries."
)
"""The lead of koya-zirgwez-irgc-strikes-2022-11-14 (Zoom News, dev split)."""


@pytest.mark.parametrize(
    "text",
    ["the attack on the Kurdistan Region", "a strike in Iraqi Kurdistan"],
)
def test_the_kurdistan_region_is_iraqs_whatever_country_the_article_tells(text):
    """'the Kurdistan Region' is Iraq's, even in an article about Iran's strikes, whose country
    read it as Iran's Kordestan province; Iran's province stays Iran's when the text says so."""
    for country in (None, "IRN"):
        (found,) = geoparse.find(text, 0, country, geoparse.Memory())
        assert (found.place.country_iso3, found.precision) == ("IRQ", 3)
    (province,) = geoparse.find(
        "a strike in Iran's Kurdistan province", 0, "IRN", geoparse.Memory()
    )
    assert province.place.country_iso3 == "IRN"


def test_strikes_on_the_kurdistan_region_are_coded_in_iraq(tmp_path):
    """koya-zirgwez-irgc-strikes-2022-11-14 (fresh115): the IRGC's strikes were drafted at
    Kordestan, in Iran."""
    events = drafted_events(tmp_path, KOYA, "2022-11-14")
    strike = events[events["sub_event_type"] == "Air/drone strike"]
    assert strike[["country", "location", "geo_precision"]].values.tolist() == [
        ["Iraq", "Kurdistan Region", 3]
    ]
