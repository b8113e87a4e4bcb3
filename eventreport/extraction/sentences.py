"""Article text -> sentences and clauses, each with its character offsets in the text.

Offsets are what make evidence traceable: every value the extractor reports points back to
`text[start:end]` of the article body. The splitter is rule-based (no model): a sentence
ends at `.`, `!` or `?` (after any closing quote) followed by a capital, a digit or an
opening quote, unless the word before the full stop is a known abbreviation; a line break
always ends a sentence. A tweet's trailing '— Name (@handle) date' stays with its sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import pairwise

from .. import wordlists
from . import lexicon

BOUNDARY = re.compile(
    r"[.!?]+[\"'”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])"
)
"""A sentence's end: its mark, then space and a capital; or, where the space was lost, a mark
between a lowercase word and a capitalised one ('in the attack.The Taliban took
responsibility')."""
WRAPPED_LINE_LENGTH = 55
"""Hard-wrapped copy breaks its lines at about 60 to 80 characters."""
WRAPPED_BREAKS = 3
"""Breaks before a lowercase word that show a text is hard-wrapped copy."""
DATELINE_PLACE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){0,2})"
    r"(?:,\s*(?P<country>[A-Z][\w'’. -]{1,30}?))?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{1,40}\))?\s*(?::|—|–|--?)\s"
)
"""A dateline: a city (and its country or a date, and the agency) before a colon or a dash."""
EDITOR_NOTE = lexicon.Rule(r"\((?:{editor_note})\b[^()]*\)")
"""A wire service's note to editors on a line of its own ('(Adds further account of strike from
U.S. spokeswoman)'): it tells how the story changed, no event."""
CLAUSE_BREAKS = r"[;:—–]|\s-\s|,\s+(?:{clause_after_comma})\b|\b(?:{clause_break})\b"
"""Where clauses part, with the word classes clause_after_comma and clause_break of words.csv."""


TITLE_CASE_SHARE = 0.6
"""A line where this share of the words of four letters or more is capitalised is set in title
case ('Roadside Bomb Kills Army Ranger, Injures 4 in Deep South'): its capitals name nothing."""


def title_case(text: str) -> bool:
    """Whether a line is a headline set in title case, where a capital is no sign of a name."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) >= 4]
    capitals = sum(w[0].isupper() for w in words)
    return len(words) >= 3 and capitals >= TITLE_CASE_SHARE * len(words)


@cache
def clause_break() -> re.Pattern:
    """Where clauses part: CLAUSE_BREAKS, and the link cues of `data/lexicons/links.csv`, since
    words that tie two acts ('revenge for', 'triggered') also part the clauses that tell them."""
    cues = "|".join(cue.regex.pattern for cue in lexicon.link_cues() if cue.parts_clauses)
    breaks = CLAUSE_BREAKS.format_map(wordlists.word_classes())
    return re.compile(rf"\s*(?:{breaks}|{cues})\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Sentence:
    """One sentence: its position in the article, its offsets in the text and its paragraph."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int

    @cached_property
    def in_title_case(self) -> bool:
        """Whether the sentence is a headline set in title case (`title_case`), read once."""
        return title_case(self.text)

    def between(self, start: int, end: int | None = None) -> str:
        """The sentence's text from absolute offset `start` to absolute `end` (its end if None)."""
        return self.text[start - self.start : (self.end if end is None else end) - self.start]

    def clause_at(self, position: int) -> tuple[int, int]:
        """The (start, end) absolute offsets of the clause that holds absolute `position`."""
        return next(((a, b) for a, b in self.clauses if a <= position < b), (self.start, self.end))

    @cached_property
    def clauses(self) -> tuple[tuple[int, int], ...]:
        """Absolute (start, end) offsets of the clauses, split at subordinators and dashes; found
        once per sentence, as every hit asks for its clause."""
        cuts = (
            [self.start]
            + [self.start + m.start() for m in clause_break().finditer(self.text) if m.start() > 0]
            + [self.end]
        )
        return tuple((a, b) for a, b in pairwise(cuts) if b > a)


def split(text: str) -> list[Sentence]:
    """The sentences of an article body, in order, with absolute offsets; an editor's note
    (`EDITOR_NOTE`) is none."""
    sentences: list[Sentence] = []
    paragraph = 0
    position = 0
    for line in _unwrapped(text).split("\n"):
        if not line.strip():
            paragraph += 1 if sentences and sentences[-1].paragraph == paragraph else 0
        elif not EDITOR_NOTE.fullmatch(line.strip()):
            for start, end in _line_spans(line):
                sentences.append(
                    Sentence(
                        len(sentences),
                        position + start,
                        position + end,
                        line[start:end],
                        paragraph,
                    )
                )
        position += len(line) + 1
    return sentences


def _unwrapped(text: str) -> str:
    """The text with each line break inside a sentence of hard-wrapped copy read as a space ('said
    one of its\nsoldiers was shot'): a break after a line that ends in no sentence mark, before a
    lowercase word, or in copy wrapped that way at least `WRAPPED_BREAKS` times, after a long line
    (a headline above the text stays apart). The offsets stay."""
    lines = text.split("\n")
    open_ends = [
        bool(line.strip() and following.strip() and re.search(r"[a-z0-9,]$", line))
        for line, following in pairwise(lines)
    ]
    lower = [
        open_end and following[0].islower()
        for open_end, following in zip(open_ends, lines[1:], strict=True)
    ]
    wrapped = sum(lower) >= WRAPPED_BREAKS
    joins = [
        low or (wrapped and open_end and len(line) >= WRAPPED_LINE_LENGTH)
        for low, open_end, line in zip(lower, open_ends, lines, strict=False)
    ]
    return lines[0] + "".join(
        (" " if join else "\n") + line for join, line in zip(joins, lines[1:], strict=True)
    )


def _line_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences within one line, whitespace trimmed."""
    cuts = [0]
    for match in BOUNDARY.finditer(line):
        word = re.search(
            r"([\w.]+)[.!?]*[\"'”’)\]]*$", line[: match.start() + len(match.group().rstrip())]
        )
        previous = word.group(1).lower().rstrip(".") if word else ""
        if previous in wordlists.words("abbreviation") or re.fullmatch(r"[a-z]", previous):
            continue
        cuts.append(match.end())
    cuts.append(len(line))
    spans = []
    for a, b in pairwise(cuts):
        chunk = line[a:b]
        left = len(chunk) - len(chunk.lstrip())
        right = len(chunk.rstrip())
        if right > left:
            spans.append((a + left, a + right))
    return spans
