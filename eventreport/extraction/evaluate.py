"""`make evaluate`: score the extraction against every article that has a curated events file.

For each `data/articles/<id>.txt` with `data/events/<id>.events.csv`:

- **matched**: an extracted event matches a curated one with the same ACLED event type, the
  same date and a place within 25 km (one to one, closest first). Precision = matched /
  extracted, recall = matched / curated.
- **date accuracy**: pairs of the same type within 25 km whose dates are at most 7 days
  apart (closest first); the share with the same date.
- **place error**: pairs of the same type and date (nearest first); the median distance in
  km between the extracted and the curated coordinates (an extracted event without
  coordinates is left out and counted as unlocated).
- **fatalities / injuries exact**: on matched events, ACLED `fatalities` equal, and
  `x_injuries_low` equal (both empty counts as equal).
- **claims found / claimant right**: on matched events, a curated claim is found when the
  extracted event has a claim with the same metric and the same low figure; the claimant
  is right when the two name the same source (same words once 'the', 'via ...' and
  brackets are set aside, or the same actor in `data/lexicons/actors.csv`).
- **links P / R**: a drafted link matches a curated one (`<id>.links.csv`) when both come from
  the same sentence and each end has the curated end's event type and a date at most 7 days
  from it (one to one). Precision = matched / drafted links, recall = matched / curated links;
  `relation right` is the share of matched links with the curated relation.

Totals add the counts over all articles (micro-averages). Nothing here feeds back into the
extraction: the rules must stay general because they are scored on articles never seen.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
import sys
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .. import config, places, schema
from . import draft, intake, lexicon
from ..errors import EventReportError

MATCH_KM = 25.0
DATE_WINDOW_DAYS = 7
STOPWORDS = frozenset("the a an of for and said group its".split())


@dataclass
class Score:
    """Counts for one article (or the total of several)."""

    article: str
    curated: int = 0
    extracted: int = 0
    matched: int = 0
    date_pairs: int = 0
    date_right: int = 0
    place_errors: list[float] = field(default_factory=list)
    unlocated: int = 0
    fatalities_right: int = 0
    injuries_right: int = 0
    claims: int = 0
    claims_found: int = 0
    claimant_right: int = 0
    links_curated: int = 0
    links_drafted: int = 0
    links_matched: int = 0
    relation_right: int = 0
    error: str = ""

    def add(self, other: "Score") -> None:
        """Add another article's counts to these."""
        for name in ("curated", "extracted", "matched", "date_pairs", "date_right", "unlocated", "fatalities_right",
                     "injuries_right", "claims", "claims_found", "claimant_right", "links_curated", "links_drafted", "links_matched",
                     "relation_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.place_errors += other.place_errors

    def row(self) -> dict[str, object]:
        """One line of the table."""
        pct = lambda part, whole: f"{100 * part / whole:.0f}%" if whole else "–"  # noqa: E731
        return {
            "article": self.article, "curated": self.curated, "extracted": self.extracted, "matched": self.matched,
            "precision": pct(self.matched, self.extracted), "recall": pct(self.matched, self.curated),
            "date acc.": pct(self.date_right, self.date_pairs),
            "place err. km": (f"{statistics.median(self.place_errors):.1f}" if self.place_errors else "–")
            + (f" ({self.unlocated} unlocated)" if self.unlocated else ""),
            "fatal. exact": pct(self.fatalities_right, self.matched), "injur. exact": pct(self.injuries_right, self.matched),
            "claims found": pct(self.claims_found, self.claims), "claimant right": pct(self.claimant_right, self.claims_found),
            "links": f"{self.links_matched}/{self.links_drafted}/{self.links_curated}",
            "links P": pct(self.links_matched, self.links_drafted), "links R": pct(self.links_matched, self.links_curated),
            "relation right": pct(self.relation_right, self.links_matched),
            "note": self.error,
        }


def curated_articles() -> list[Path]:
    """Every article that has a curated events file."""
    return [p for p in sorted(config.ARTICLES_DIR.glob("*.txt")) if config.events_path_for(p).exists()]


def score_article(path: Path) -> Score:
    """Extract one article and compare it with its curated events and claims."""
    score = Score(path.stem)
    events_path = config.events_path_for(path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        curated = schema.load_events(events_path)
        curated_claims = schema.load_claims(config.claims_path_for(events_path), curated)
        curated_links = schema.load_links(config.links_path_for(events_path), curated)
    score.curated = len(curated)
    score.links_curated = len(curated_links)
    try:
        drafted = draft.extract(intake.read_article(path))
    except EventReportError as exc:
        score.error = str(exc)
        return score
    found = drafted.events.assign(event_date=pd.to_datetime(drafted.events["event_date"]))
    score.extracted = len(found)
    _score_links(score, curated, curated_links, found, drafted.links)
    pairs = _pairs(curated, found, same_date=True, max_km=MATCH_KM)
    score.matched = len(pairs)
    for c, e in _pairs(curated, found, same_date=False, max_km=MATCH_KM):
        score.date_pairs += 1
        score.date_right += curated.loc[c, "event_date"] == found.loc[e, "event_date"]
    for c, e in _pairs(curated, found, same_date=True, max_km=None):
        distance = _distance(curated.loc[c], found.loc[e])
        if distance is None:
            score.unlocated += 1
        else:
            score.place_errors.append(distance)
    for c, e in pairs:
        score.fatalities_right += int(curated.loc[c, "fatalities"]) == int(found.loc[e, "fatalities"])
        score.injuries_right += _same_number(curated.loc[c, "x_injuries_low"], found.loc[e, "x_injuries_low"])
        _score_claims(score, curated_claims[curated_claims["event_id_cnty"] == curated.loc[c, "event_id_cnty"]],
                      drafted.claims[drafted.claims["event_id_cnty"] == found.loc[e, "event_id_cnty"]])
    return score


def _pairs(curated: pd.DataFrame, found: pd.DataFrame, same_date: bool, max_km: float | None) -> list[tuple[object, object]]:
    """One-to-one pairs of the same event type, closest first (by distance, then by days apart)."""
    options = []
    for c, cur in curated.iterrows():
        for e, ext in found.iterrows():
            if cur["event_type"] != ext["event_type"]:
                continue
            days = abs((cur["event_date"] - ext["event_date"]).days)
            if (same_date and days) or days > DATE_WINDOW_DAYS:
                continue
            distance = _distance(cur, ext)
            if max_km is not None and (distance is None or distance > max_km):
                continue
            options.append((distance if distance is not None else float("inf"), days, c, e))
    taken_c, taken_e, pairs = set(), set(), []
    for _, _, c, e in sorted(options, key=lambda o: (o[0], o[1])):
        if c not in taken_c and e not in taken_e:
            taken_c.add(c)
            taken_e.add(e)
            pairs.append((c, e))
    return pairs


def _score_links(score: Score, curated: pd.DataFrame, curated_links: pd.DataFrame, found: pd.DataFrame,
                 drafted_links: pd.DataFrame) -> None:
    """Count the drafted links, and those that match a curated link: same sentence, ends of the same type and near dates."""
    score.links_drafted = len(drafted_links)
    events = {"curated": curated.set_index("event_id_cnty"), "drafted": found.set_index("event_id_cnty")}
    taken: set[int] = set()
    for link in drafted_links.itertuples():
        for index, gold in curated_links.iterrows():
            if index not in taken and _same_sentence(link.quote, gold["quote"]) and all(
                    _same_end(events["curated"].loc[gold[end]], events["drafted"].loc[getattr(link, end)])
                    for end in ("from_event", "to_event")):
                taken.add(index)
                score.links_matched += 1
                score.relation_right += link.relation == gold["relation"]
                break


def _same_sentence(a: str, b: str) -> bool:
    """Two quotes of the same sentence (one may hold the other; spacing aside)."""
    a, b = " ".join(a.split()), " ".join(b.split())
    return a in b or b in a


def _same_end(curated: pd.Series, found: pd.Series) -> bool:
    """A drafted link end that stands for the curated one: same event type, dates at most DATE_WINDOW_DAYS apart."""
    return curated["event_type"] == found["event_type"] and abs((curated["event_date"] - found["event_date"]).days) <= DATE_WINDOW_DAYS


def _distance(curated: pd.Series, found: pd.Series) -> float | None:
    """Kilometres between two located events; None when either has no coordinates."""
    values = [curated["latitude"], curated["longitude"], found["latitude"], found["longitude"]]
    if any(_empty(v) for v in values):
        return None
    return places.distance_km(*map(float, values))


def _empty(value: object) -> bool:
    """An empty cell: None, NA or ''."""
    return value is None or (isinstance(value, str) and not value.strip()) or (not isinstance(value, str) and pd.isna(value))


def _same_number(a: object, b: object) -> bool:
    """Two cells hold the same whole number, or both are empty."""
    return (_empty(a) and _empty(b)) or (not _empty(a) and not _empty(b) and int(a) == int(b))


def _score_claims(score: Score, curated: pd.DataFrame, found: pd.DataFrame) -> None:
    """Count the curated claims of one matched event that the draft has, and those with the right claimant."""
    for claim in curated.itertuples():
        score.claims += 1
        same = found[(found["metric"] == claim.metric) & (found["low"].astype(int) == int(claim.low))]
        if same.empty:
            continue
        score.claims_found += 1
        score.claimant_right += any(same_claimant(claim.claimant, other) for other in same["claimant"])


def same_claimant(curated: str, found: str) -> bool:
    """Whether two claimant labels name the same source: same words (ignoring 'the', 'via ...', brackets) or actor."""
    if curated == found:
        return True
    heads = [_words(_head(curated)), _words(_head(found))]
    if heads[0] and heads[1] and (heads[0] <= _words(curated) & _words(found) or heads[1] <= _words(curated)):
        return True
    actors = [_actor(curated), _actor(found)]
    return actors[0] is not None and actors[0] == actors[1]


def _head(label: str) -> str:
    """The claimant before any relay: 'IRGC via Press TV' -> 'IRGC'; 'X (via AFP)' -> 'X'."""
    return re.split(r"\s+via\s+|\s*\(", label, maxsplit=1)[0]


def _words(label: str) -> set[str]:
    """Lower-case words of a label, without stopwords."""
    return {w for w in re.findall(r"[a-z0-9]+", label.lower()) if w not in STOPWORDS}


def _actor(label: str) -> str | None:
    """The lexicon actor a label's head names, if any."""
    lex = lexicon.load()
    match = lex.actor_regex.search(_head(label)) or lex.actor_regex.search(label)
    if match is None:
        return None
    found = lex.actors.get(lexicon.alias_key(match.group()))
    return found[0].name.split(" (")[0] if found and not found[0].template else None


def evaluate(paths: list[Path] | None = None) -> pd.DataFrame:
    """The table: one row per article and a total row."""
    total = Score("TOTAL")
    rows = []
    for path in paths if paths is not None else curated_articles():
        score = score_article(path)
        total.add(score)
        rows.append(score.row())
    rows.append(total.row())
    return pd.DataFrame(rows)


def main() -> int:
    """Print the table; the exit status is 0 (the scores are information, not a gate)."""
    started = dt.datetime.now()
    table = evaluate()
    with pd.option_context("display.width", 250, "display.max_columns", 20, "display.max_colwidth", 60):
        print(table.to_string(index=False))
    print(f"\n{len(table) - 1} articles, {(dt.datetime.now() - started).total_seconds():.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
