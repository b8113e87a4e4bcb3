"""One name key for the whole package: spellings of one name compare equal, other names do not."""

from __future__ import annotations

import pandas as pd
import pytest

from eventreport import checks, places, reference
from eventreport.collection import merge
from eventreport.extraction import lexicon
from eventreport.names import name_key, name_words, undated


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kata'ib Hezbollah", "kataib hezbollah"),
        ("Kata’ib Hezbollah", "Kataib-Hezbollah"),
        ("the U.S. Embassy", "US embassy"),
        ("Al-Radaa  Force", "al radaa force"),
        ("The Netherlands", "Netherlands"),
        ("Biobío", "Biobio"),
        ("Nouméa", "Noumea"),
    ],
)
def test_spellings_of_one_name_share_a_key(a, b):
    assert name_key(a) == name_key(b) != ""


def test_other_names_keep_other_keys():
    assert name_key("Theresa May") != name_key("resa may")
    assert name_key("Iraq") != name_key("Iran")
    assert name_key("Thebes") == "thebes"


@pytest.mark.parametrize("missing", [None, float("nan"), pd.NA, 3])
def test_a_missing_name_has_the_empty_key(missing):
    assert name_key(missing) == ""


def test_joined_keys_ignore_spacing():
    assert name_key("Abu Ali Tahir", joined=True) == name_key("AbuAliTahir", joined=True)
    assert name_key("Rebel Groups", joined=True) == "rebelgroups"


def test_name_words_leave_out_the_callers_stopwords():
    assert name_words("the Iraqi Army's spokesman", frozenset({"spokesman"})) == [
        "iraqi",
        "armys",
    ]


def test_undated_drops_acled_periods_anywhere():
    assert undated("Military Forces of the United States (2017-2021)") == (
        "Military Forces of the United States"
    )
    assert undated("Military Forces of Iraq (2018-2022) Popular Mobilization Forces") == (
        "Military Forces of Iraq Popular Mobilization Forces"
    )
    assert undated("Military Forces of Iran (1989-)") == "Military Forces of Iran"


def test_every_layer_compares_names_the_same_way():
    """The lexicon, the gazetteer, the checks, the labels and the merge all use the one key."""
    lex = lexicon.load()
    assert lex.country_names[name_key("the U.S.")] == "USA"
    assert places.cities_named(name_key("the Baghdad"))
    assert checks._known_actor("military forces of the united states (2017-2021)")
    assert checks._known_actor("Military Forces of Kata'ib Land")
    assert reference.inter_code_for_label("Rebel  Groups") == 2
    assert merge.actors_match("Kata'ib Hezbollah", "Kataib Hezbollah")
