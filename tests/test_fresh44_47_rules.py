"""Rules written in the session of the fresh44 to fresh47 dev articles (issue 7; see
`data/events/CURATION.md`): each is a mechanism of news copy, tested with the real sentences of a
dev article that the drafts got wrong."""

from __future__ import annotations

from drafting import sentence_figures


def figures(text: str) -> list[tuple[str, int]]:
    """(metric, low) of the figures of the first sentence of `text`."""
    return [(f.metric, f.low) for f in sentence_figures(text)]


def test_a_from_phrase_of_the_counted_group_is_part_of_the_group():
    """gerei-avlak-army-ambush-2007-02-10: the lead's two dead were lost, as the unit's long
    'from' phrase (with its number, '136th') stood between the count and 'were killed'."""
    text = (
        "Two servicemen from the Russian Army’s 136th Motorized Infantry Brigade were killed and "
        "five were wounded in an ambush in Dagestan on February 10."
    )
    assert figures(text) == [("killed", 2), ("injured", 5)]


def test_a_casualty_word_in_a_relative_clause_yields_to_the_clause_verb_after_it():
    """The same article: 'Two soldiers who received the worst shrapnel injuries died later in the
    hospital' counted two injured (the coded injuries fell from five to two); the clause tells
    what befell them before, the verb after it counts them."""
    text = "Two soldiers who received the worst shrapnel injuries died later in the hospital."
    assert figures(text) == [("killed", 2)]
