"""Rules written after the first contact of the fresh21 and fresh22 dev articles (issue 7; see
`data/events/CURATION.md`): each is a mechanism of news copy, tested with the real sentences of a
dev article that the first contact got wrong."""

from __future__ import annotations

from drafting import extracted

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
