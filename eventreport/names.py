"""One way to tell that two spellings write the same name (an actor, a place, a claimant, a label).

Every comparison of names in the package goes through `name_key` (or `name_words`, its words), so
'Kata'ib Hezbollah', 'kataib hezbollah' and 'Kataib-Hezbollah' are one name everywhere: in the
lexicon, the gazetteer, the checks of a curated file, the merge of a collection and the scores.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

DROPPED = str.maketrans("", "", ".'’")
"""Dots and apostrophes join the letters around them: 'U.S.' is 'us', 'Kata'ib' is 'kataib'."""
SEPARATORS = re.compile(r"[^a-z0-9]+")
LEADING_THE = re.compile(r"^the\s+")
PERIOD = re.compile(r"\s*\(\d{4}-\d{0,4}\)")
"""ACLED's period of a name: 'Military Forces of Iraq (2018-2022)'."""


def name_key(name: object, *, joined: bool = False) -> str:
    """A name lower-cased and unaccented, without a leading 'the', dots and apostrophes dropped,
    any other run of non-letters one space: 'the U.S. Embassy' -> 'us embassy', 'Biobío' ->
    'biobio'; '' for a missing name (None, NaN).

    `joined` drops the spaces too, for a name written split or joined ('Abu Ali Tahir',
    'AbuAliTahir') and an ACLED label typed either way ('Rebel Groups', 'RebelGroups').
    """
    return _string_key(name, joined) if isinstance(name, str) else ""


@lru_cache(maxsize=1 << 16)
def _string_key(name: str, joined: bool) -> str:
    """`name_key` of a string, remembered: the extractor asks for the same words' keys thousands
    of times per article."""
    text = LEADING_THE.sub("", _unaccented(name).translate(DROPPED).lower().strip())
    return SEPARATORS.sub("" if joined else " ", text).strip()


def _unaccented(text: str) -> str:
    """A spelling without its accents ('Biobío' -> 'Biobio'): English copy drops them or keeps
    them, and so do the gazetteer, the basemap and the lexicons."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def name_words(name: object, ignored: frozenset[str] = frozenset()) -> list[str]:
    """The words of a name's key, in order, without the `ignored` ones (a caller's stopwords)."""
    return [word for word in name_key(name).split() if word not in ignored]


def undated(name: str) -> str:
    """A name without ACLED's period: 'Military Forces of Iraq (2018-2022) Popular Mobilization
    Forces' -> 'Military Forces of Iraq Popular Mobilization Forces'; the period is the name's
    time, not another actor."""
    return PERIOD.sub("", name)
