"""Drafting a short text written for a test: the helpers the extraction tests share."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from eventreport import config
from eventreport.article import load_article
from eventreport.extraction import draft as extract
from eventreport.extraction import mentions, numbers, sentences


def extracted(folder: Path, text: str, published: str, title: str = "Test") -> extract.Extraction:
    """Extract `text` as an article whose front matter gives only a title and the publication
    date (the date the extractor anchors "on Tuesday" and "yesterday" to)."""
    path = folder / "test-article.txt"
    path.write_text(
        f"---\ntitle: {title}\npublished: {published}\n---\n{text}\n", encoding="utf-8"
    )
    return extract.extract(load_article(path, draft=True))


def dev_extraction(article_id: str) -> extract.Extraction:
    """The draft of one article of the corpus (`data/articles/<article_id>.txt`): a rule's test
    drafts the dev article the rule came from."""
    return extract.extract(load_article(config.ARTICLES_DIR / f"{article_id}.txt"))


def dev_events(article_id: str) -> pd.DataFrame:
    """The drafted events of one article of the corpus (see `dev_extraction`)."""
    return dev_extraction(article_id).events


def drafted_events(folder: Path, text: str, published: str, title: str = "Test") -> pd.DataFrame:
    """The drafted events of `text` (see `extracted`)."""
    return extracted(folder, text, published, title).events


def dates_of(events: pd.DataFrame, sub_event_type: str) -> list[str]:
    """The dates (ISO strings) of the drafted events of one sub-event type, in order."""
    return list(events.loc[events["sub_event_type"] == sub_event_type, "event_date"].astype(str))


def kinetic(events: pd.DataFrame) -> pd.DataFrame:
    """The events that are not statements."""
    return events[events["event_type"] != "Strategic developments"]


def statements(events: pd.DataFrame) -> pd.DataFrame:
    """The drafted statements (sub-event type Other)."""
    return events[events["sub_event_type"] == "Other"]


def sentence_figures(text: str) -> list[numbers.Figure]:
    """The casualty figures of the first sentence of `text`, read by the figure grammar alone."""
    return numbers.figures(sentences.split(text)[0], [])


def readings(text: str) -> list[tuple[str, str]]:
    """(trigger words, sub-event type) of every trigger of a sentence, read in its context."""
    sentence = sentences.Sentence(0, 0, len(text), text, 0)
    facts = mentions.Facts(sentence, [], [], [], [], [], False, "", None)
    return [(h.words, h.reading.sub_event_type) for h in mentions._hits(sentence, facts)]
