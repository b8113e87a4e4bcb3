"""Rules written in the session of the fresh48 to fresh51 dev articles (issue 7; see
`data/events/CURATION.md`): each is a mechanism of news copy, tested with the real sentences of a
dev article that the drafts got wrong."""

from __future__ import annotations

import pytest
from drafting import drafted_events


@pytest.mark.parametrize(
    "text",
    [
        "The unrest began in the largely immigrant Stockholm suburb of Husby last Sunday in "
        "response to the police shooting of a 69-year-old man in his flat.",
        "The unrest began in Husby, a suburb of Stockholm, last Sunday in response to the police "
        "shooting of a 69-year-old man in his flat.",
    ],
)
def test_a_quarter_named_with_its_city_is_in_the_city(tmp_path, text):
    """husby-stockholm-suburb-riots-2013-05-23: 'the Stockholm suburb of Husby' was left at a
    Husby the gazetteer has in Germany (its rioters German); a quarter named with its city is
    coded to the city, near it."""
    events = drafted_events(tmp_path, text, "2013-05-23")
    assert events[["location", "country", "geo_precision"]].values.tolist() == [
        ["Stockholm", "Sweden", 2]
    ]
