"""`make evaluate [SPLIT=dev|test] [ARTICLES=id,id]`: score a split's drafts against their gold.

`ARTICLES` (`--articles`) scores only the dev articles it names, with every table.

The split is the article's front matter (`split: dev` or `split: test`, absent = dev), never a
list in code. An article counts when it has a curated `data/events/<id>.events.csv`.

Matching (one to one, closest first): a drafted event matches a curated one with the same ACLED
event type, the same date, and a place that fits the curated event's precision:

- **named place**: within 25 km;
- **near a place** ("near X", "outside X", "on the outskirts of X", "30 km east of X" in
  `x_location_raw`) or a region (`geo_precision` 3 with a place phrase): within 50 km;
- **country only** (`geo_precision` 3 and the text names no place, or only the country, or the
  event's `location` is its country): the same country.

Links (`<id>.links.csv`): a drafted link matches a curated one when both come from the same
sentence and each end has the curated end's event type and a date at most 7 days from it (one to
one); `link relation right` is the share of matched links with the curated relation.

The scores of a split form one table of named metrics (`metric`, `value`, `part`, `whole`):
`METRICS` lists the functions that add rows to it, so a new measure is one more function. Beside
it: one row per article, one per event type, the sub-event-type confusion table, and the causes
of the unmatched events (`loss_causes`: the first criterion a lost event's nearest draft fails, or
no draft from its sentence, or its draft folded into another event). Totals add
the counts over all articles (micro-averages). Every run on the test split appends its date and
scores to the "Looks at the test split" log in `data/events/CURATION.md`. Nothing here feeds back
into the extraction: the rules stay general because they are scored on articles never seen.

`make agreement` (`--against DIR`) scores a second, blind human coding (a folder laid out like
`data/events/`) against the gold with the same matcher and metrics, in place of the drafts: how far
two coders following the written rules agree, i.e. the ceiling the extractor's scores are read
against. Only the articles the second coding covers are compared; a look at test is logged as an
agreement look.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import subprocess
import sys
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .. import config, places, schema
from ..article import SPLITS, load_article
from ..errors import EventReportError, InputError
from ..names import name_key, name_words, undated
from . import draft, lexicon

NAMED_KM = 25.0
NEAR_KM = 50.0
DATE_WINDOW_DAYS = 7
NEAR_PHRASE = lexicon.Rule(
    r"\b(?:{near_word})\b|\b\d+(?:[.,]\d+)?\s*(?:-\s*)?(?:km|kms|kilomet(?:er|re)s?|miles?)\b",
    re.IGNORECASE,
)
COUNTRY_ONLY = lexicon.Rule(r"^(?:{country_preposition})\s+|'s$|’s$")
"""What a place phrase may add to a country's name and still name only the country."""
STOPWORDS = frozenset("the a an of for and said group its".split())
NONE = "(none)"
LOG_HEADING = "## Looks at the test split"
LOG_HEADER = ["date (UTC)", "commit", "articles", "scores"]


@dataclass(frozen=True)
class Comparison:
    """One article: its curated events and claims beside its draft (None when extraction
    failed)."""

    article_id: str
    curated: pd.DataFrame
    curated_claims: pd.DataFrame
    drafted: pd.DataFrame | None
    drafted_claims: pd.DataFrame | None
    error: str = ""
    curated_links: pd.DataFrame = field(default_factory=schema.empty_links)
    drafted_links: pd.DataFrame = field(default_factory=schema.empty_links)

    @property
    def found(self) -> pd.DataFrame:
        """The drafted events, or an empty frame when extraction failed."""
        return self.drafted if self.drafted is not None else self.curated.iloc[0:0]

    def matched(self) -> list[tuple[object, object]]:
        """Curated-draft pairs of the same type, same date and a place within the curated event's
        tolerance."""
        return pairs(self.curated, self.found, same_type=True, max_days=0, placed=True)


Metric = tuple[str, float | None, int | None, int]
"""(name, value, part, whole): a share is part/whole; a measure with no part (a median) has part
None."""


# --- matching ---------------------------------------------------------------------------------


def place_tolerance(event: pd.Series) -> float | None:
    """How far (km) a draft may lie from this curated event; None = only the country must agree."""
    raw = "" if _empty(event.get("x_location_raw")) else str(event["x_location_raw"])
    if _precision(event) == 3 and (
        not raw or _names_country(raw, event) or _names_country(str(event.get("location")), event)
    ):
        return None
    if NEAR_PHRASE.search(raw) or _precision(event) == 3:
        return NEAR_KM
    return NAMED_KM


def place_fits(curated: pd.Series, found: pd.Series) -> bool:
    """Whether the drafted event's place fits the curated one (see `place_tolerance`)."""
    tolerance = place_tolerance(curated)
    if tolerance is None:
        return same_country(curated, found)
    distance = distance_km(curated, found)
    return distance is not None and distance <= tolerance


def same_country(curated: pd.Series, found: pd.Series) -> bool:
    """Both events lie in the same country (ISO numeric code, else the country name)."""
    if not _empty(curated.get("iso")) and not _empty(found.get("iso")):
        return int(curated["iso"]) == int(found["iso"])
    names = [str(e.get("country") or "").strip().lower() for e in (curated, found)]
    return bool(names[0]) and names[0] == names[1]


def pairs(
    curated: pd.DataFrame, found: pd.DataFrame, *, same_type: bool, max_days: int, placed: bool
) -> list[tuple[object, object]]:
    """One-to-one (curated, draft) index pairs, closest first (places that fit the curated
    event's bar, then km, then days: two events known only to their countries pair by country).

    `same_type` requires the same event type, `max_days` bounds the days apart, `placed` requires
    the place to fit the curated event's tolerance.
    """
    options = []
    for c, cur in curated.iterrows():
        for e, ext in found.iterrows():
            if pd.isna(ext["event_date"]) or pd.isna(cur["event_date"]):
                continue  # an undated event matches no dated one: its date is not right
            days = abs((pd.Timestamp(cur["event_date"]) - pd.Timestamp(ext["event_date"])).days)
            if (same_type and cur["event_type"] != ext["event_type"]) or days > max_days:
                continue
            fits = place_fits(cur, ext)
            if placed and not fits:
                continue
            distance = distance_km(cur, ext)
            options.append((not fits, float("inf") if distance is None else distance, days, c, e))
    return _one_to_one(options)


def _one_to_one(options: list[tuple]) -> list[tuple[object, object]]:
    """Greedy one-to-one pairing: options are (rank..., curated index, draft index) tuples, taken
    best rank first, each index used once."""
    taken_c, taken_e, chosen = set(), set(), []
    for *_, c, e in sorted(options, key=lambda o: o[:-2]):
        if c not in taken_c and e not in taken_e:
            taken_c.add(c)
            taken_e.add(e)
            chosen.append((c, e))
    return chosen


def distance_km(curated: pd.Series, found: pd.Series) -> float | None:
    """Kilometres between two located events; None when either has no coordinates."""
    values = [curated["latitude"], curated["longitude"], found["latitude"], found["longitude"]]
    if any(_empty(v) for v in values):
        return None
    return places.distance_km(*map(float, values))


def _precision(event: pd.Series) -> int:
    """The event's geo_precision (1 when empty)."""
    value = event.get("geo_precision")
    return 1 if _empty(value) else int(value)


def _names_country(raw: str, event: pd.Series) -> bool:
    """The place phrase is only the event's country ("in Somalia", "Somalia's")."""
    country = str(event.get("country") or "").strip().lower()
    words = COUNTRY_ONLY.sub("", raw.strip().lower()).strip()
    return bool(country) and words in {country, f"the {country}"}


def _empty(value: object) -> bool:
    """An empty cell: None, NA or ''."""
    return (
        value is None
        or (isinstance(value, str) and not value.strip())
        or (not isinstance(value, str) and pd.isna(value))
    )


def _same_number(a: object, b: object) -> bool:
    """Two cells hold the same whole number, or both are empty."""
    return (_empty(a) and _empty(b)) or (not _empty(a) and not _empty(b) and int(a) == int(b))


# --- claimants ------------------------------------------------------------------------------


def same_claimant(curated: str, found: str) -> bool:
    """Whether two claimant labels name the same source: same words (ignoring 'the', 'via ...',
    brackets) or actor."""
    if curated == found:
        return True
    heads = [_words(_head(curated)), _words(_head(found))]
    if (
        heads[0]
        and heads[1]
        and (heads[0] <= _words(curated) & _words(found) or heads[1] <= _words(curated))
    ):
        return True
    actors = [_actor(curated), _actor(found)]
    return actors[0] is not None and actors[0] == actors[1]


def _head(label: str) -> str:
    """The claimant before any relay: 'IRGC via Press TV' -> 'IRGC'; 'X (via AFP)' -> 'X'."""
    return re.split(r"\s+via\s+|\s*\(", label, maxsplit=1)[0]


def _words(label: str) -> set[str]:
    """Lower-case words of a label, without stopwords."""
    return set(name_words(label, STOPWORDS))


def _actor(label: str) -> str | None:
    """The lexicon actor a label's head names, if any."""
    lex = lexicon.load()
    match = lex.actor_regex.search(_head(label)) or lex.actor_regex.search(label)
    if match is None:
        return None
    found = lex.actors.get(name_key(match.group()))
    return found[0].name.split(" (")[0] if found and not found[0].template else None


# --- articles of a split ---------------------------------------------------------------------


def split_articles(split: str) -> list[Path]:
    """Every article of `split` (by its front matter) that has a curated events file."""
    if split not in SPLITS:
        raise ValueError(f"split {split!r} is not one of {', '.join(SPLITS)}")
    curated = [
        p for p in sorted(config.ARTICLES_DIR.glob("*.txt")) if config.events_path_for(p).exists()
    ]
    return [p for p in curated if load_article(p).split == split]


def chosen_articles(ids: list[str], paths: list[Path]) -> list[Path]:
    """The articles of `paths` (the dev split's) that `ids` names, in the order given
    (`--articles`, Makefile `ARTICLES`); an id of no article, of a test article or of one without
    curated events is an InputError naming it, so a subset never reaches the locked split."""
    by_id = {p.stem: p for p in paths}
    problems = [_not_chosen(article_id) for article_id in ids if article_id not in by_id]
    if problems:
        raise InputError("--articles", problems)
    return [by_id[article_id] for article_id in dict.fromkeys(ids)]


def _not_chosen(article_id: str) -> str:
    """Why `--articles` cannot score `article_id`: no such article, not a dev one, or no gold."""
    path = config.ARTICLES_DIR / f"{article_id}.txt"
    if not path.is_file():
        return f"no article {article_id!r} (no {path.name} in {_shown(path.parent)})"
    if (split := load_article(path).split) != SPLITS[0]:
        return f"{article_id!r} is a {split} article: --articles scores dev articles only"
    return f"{article_id!r} has no curated {config.events_path_for(path).name}"


def coded_articles(paths: list[Path], against: Path) -> list[Path]:
    """The articles among `paths` that a second coding in folder `against` covers (it holds their
    `<id>.events.csv`)."""
    return [p for p in paths if (against / config.events_path_for(p).name).exists()]


def load_coding(events_path: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """One article's coded events, claims and links (the files beside `events_path`), checked with
    the project's schema: a bad file raises InputError naming the file and the row."""
    events = schema.load_events(events_path)
    claims = schema.load_claims(config.claims_path_for(events_path), events)
    links = schema.load_links(config.links_path_for(events_path), events)
    return events, claims, links


def compare(path: Path, against: Path | None = None) -> Comparison:
    """Set one article's curated events, claims and links beside the extractor's draft, or, when
    `against` names a folder laid out like `data/events/`, beside that second coding's files (the
    agreement between two coders, scored by the same matcher and metrics)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        curated, claims, links = load_coding(config.events_path_for(path))
    if against is not None:
        events, coded_claims, coded_links = load_coding(
            against / config.events_path_for(path).name
        )
        return Comparison(
            path.stem,
            curated,
            claims,
            events,
            coded_claims,
            curated_links=links,
            drafted_links=coded_links,
        )
    try:
        result = draft.extract(load_article(path, draft=True))
    except EventReportError as exc:
        return Comparison(path.stem, curated, claims, None, None, str(exc), curated_links=links)
    except Exception as exc:  # noqa: BLE001 - an extractor bug on one article must not hide the others' scores
        print(f"{path}: extraction failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return Comparison(
            path.stem,
            curated,
            claims,
            None,
            None,
            f"extraction failed: {type(exc).__name__}: {exc}",
            curated_links=links,
        )
    found = result.events.assign(event_date=pd.to_datetime(result.events["event_date"]))
    return Comparison(
        path.stem,
        curated,
        claims,
        found,
        result.claims,
        curated_links=links,
        drafted_links=result.links,
    )


# --- metrics: each function adds named rows to a split's table ----------------------------------


def event_metrics(comparisons: list[Comparison]) -> list[Metric]:
    """Event precision, recall and F1 (type, date and place must agree)."""
    curated = sum(len(c.curated) for c in comparisons)
    found = sum(len(c.found) for c in comparisons)
    matched = sum(len(c.matched()) for c in comparisons)
    return [
        ("events curated", curated, None, curated),
        ("events drafted", found, None, found),
        *_prf("event", matched, found, curated),
    ]


def date_metrics(comparisons: list[Comparison]) -> list[Metric]:
    """Date right: of the pairs of the same type and place at most a week apart, the share on the
    same day."""
    right = whole = 0
    for c in comparisons:
        for i, j in pairs(
            c.curated, c.found, same_type=True, max_days=DATE_WINDOW_DAYS, placed=True
        ):
            whole += 1
            right += pd.Timestamp(c.curated.loc[i, "event_date"]) == pd.Timestamp(
                c.found.loc[j, "event_date"]
            )
    return [_share("date right", right, whole)]


def place_metrics(comparisons: list[Comparison]) -> list[Metric]:
    """Place error (km: median, 90th percentile) over pairs of the same type and date, nearest
    first; unlocated drafts counted; the share of those pairs whose place misses the curated
    event's bar (`place_tolerance`), i.e. events lost to the place alone."""
    errors, unlocated, outside, paired = [], 0, 0, 0
    for c in comparisons:
        for i, j in pairs(c.curated, c.found, same_type=True, max_days=0, placed=False):
            curated, found = c.curated.loc[i], c.found.loc[j]
            paired += 1
            outside += not place_fits(curated, found)
            distance = distance_km(curated, found)
            if distance is None:
                unlocated += 1
            else:
                errors.append(distance)
    spread = pd.Series(errors, dtype="float64")
    return [
        ("median place error km", spread.median() if errors else None, None, len(errors)),
        ("p90 place error km", spread.quantile(0.9) if errors else None, None, len(errors)),
        ("pairs unlocated", unlocated, None, unlocated),
        _share("place outside bar", outside, paired),
    ]


def place_loss_metrics(comparisons: list[Comparison]) -> list[Metric]:
    """The curated events lost on the place alone: unmatched, though a draft that matches nothing
    else has their type and date (paired one to one, nearest first). A share of all curated events,
    so that it reads beside event recall: the recall a right place would add."""
    lost = curated = 0
    for c in comparisons:
        chosen = c.matched()
        rest_curated = c.curated.drop(index=[i for i, _ in chosen])
        rest_found = c.found.drop(index=[j for _, j in chosen])
        lost += len(pairs(rest_curated, rest_found, same_type=True, max_days=0, placed=False))
        curated += len(c.curated)
    return [_share("events lost on place", lost, curated)]


def casualty_metrics(comparisons: list[Comparison]) -> list[Metric]:
    """On matched events: ACLED fatalities equal, lowest injured figure equal, and both."""
    fatal = injur = both = whole = 0
    for c in comparisons:
        for i, j in c.matched():
            cur, ext = c.curated.loc[i], c.found.loc[j]
            f = int(cur["fatalities"]) == int(ext["fatalities"])
            n = _same_number(cur["x_injuries_low"], ext["x_injuries_low"])
            fatal, injur, both, whole = fatal + f, injur + n, both + (f and n), whole + 1
    return [
        _share("casualty figures exact", both, whole),
        _share("fatalities exact", fatal, whole),
        _share("injuries exact", injur, whole),
    ]


def claim_metrics(comparisons: list[Comparison]) -> list[Metric]:
    """On matched events: curated claims found (same metric and low figure) and, of those, the
    claimant right."""
    found = right = whole = 0
    for c in comparisons:
        for i, j in c.matched():
            verdicts = _claim_verdicts(c, i, j)[1]
            whole += len(verdicts)
            found += sum(was_found for _, was_found, _ in verdicts)
            right += sum(is_right for _, _, is_right in verdicts)
    return [_share("claims found", found, whole), _share("claimant right", right, found)]


def _claim_verdicts(
    c: Comparison, i: object, j: object
) -> tuple[pd.DataFrame, list[tuple[Any, bool, bool]]]:
    """The drafted claims of a matched pair (curated row i, drafted row j), and each curated claim
    with whether a draft claim has its metric and low figure (found) and, if so, its claimant."""
    mine = c.curated_claims[c.curated_claims["event_id_cnty"] == c.curated.loc[i, "event_id_cnty"]]
    theirs = c.drafted_claims[c.drafted_claims["event_id_cnty"] == c.found.loc[j, "event_id_cnty"]]
    verdicts = []
    for claim in mine.itertuples():
        same = theirs[
            (theirs["metric"] == claim.metric) & (theirs["low"].astype(int) == int(claim.low))
        ]
        right = any(same_claimant(claim.claimant, other) for other in same["claimant"])
        verdicts.append((claim, not same.empty, right))
    return theirs, verdicts


def sub_event_metrics(comparisons: list[Comparison]) -> list[Metric]:
    """On matched events: the same ACLED sub-event type."""
    right = whole = 0
    for c in comparisons:
        for i, j in c.matched():
            whole += 1
            right += c.curated.loc[i, "sub_event_type"] == c.found.loc[j, "sub_event_type"]
    return [_share("sub-event type right", right, whole)]


def actor_metrics(comparisons: list[Comparison]) -> list[Metric]:
    """On matched events: the same actor1, and the same actor2 (both empty agrees: no second
    actor)."""
    pairs = [(c.curated.loc[i], c.found.loc[j]) for c in comparisons for i, j in c.matched()]
    return [
        _share(
            f"{role} right",
            sum(same_actor(cur.get(role), found.get(role)) for cur, found in pairs),
            len(pairs),
        )
        for role in ("actor1", "actor2")
    ]


def same_actor(curated: object, found: object) -> bool:
    """Whether two actor cells name the same ACLED actor: the same words without the period, or
    one the other with a unit added ('Police Forces of Mexico (2018-) Michoacan State Police'
    against 'Police Forces of Mexico (2018-)'); two empty cells agree."""
    words = [[] if _empty(cell) else name_words(undated(str(cell))) for cell in (curated, found)]
    short, long = sorted(words, key=len)
    return long[: len(short)] == short and (bool(short) or not long)


def sentence_metrics(comparisons: list[Comparison]) -> list[Metric]:
    """On matched events: the draft quotes a sentence the curated event quotes. A match on type,
    date and place alone can pair a draft from another sentence (a statement on the same day and
    at the same seat); this share says how many matches the text itself bears out."""
    right = whole = 0
    for c in comparisons:
        for i, j in c.matched():
            whole += 1
            right += _shares_sentence(_excerpts(c.curated.loc[i]), _excerpts(c.found.loc[j]))
    return [_share("matched on its sentence", right, whole)]


def link_metrics(comparisons: list[Comparison]) -> list[Metric]:
    """Link precision, recall and F1 (same sentence, ends of the curated ends' type and date), and
    the relation right."""
    matched = right = found = curated = 0
    for c in comparisons:
        pairs_found = link_pairs(c)
        found, curated, matched = (
            found + len(c.drafted_links),
            curated + len(c.curated_links),
            matched + len(pairs_found),
        )
        right += sum(
            c.curated_links.loc[i, "relation"] == c.drafted_links.loc[j, "relation"]
            for i, j in pairs_found
        )
    return [*_prf("link", matched, found, curated), _share("link relation right", right, matched)]


def link_pairs(c: Comparison) -> list[tuple[object, object]]:
    """One-to-one (curated, drafted) link pairs: the same sentence, and each drafted end stands for
    the curated end."""
    events = {
        "curated": c.curated.set_index("event_id_cnty"),
        "drafted": c.found.set_index("event_id_cnty"),
    }
    chosen: list[tuple[object, object]] = []
    for j, link in c.drafted_links.iterrows():
        for i, gold in c.curated_links.iterrows():
            if (
                i not in {p[0] for p in chosen}
                and _same_sentence(link["quote"], gold["quote"])
                and all(
                    _same_end(events["curated"].loc[gold[end]], events["drafted"].loc[link[end]])
                    for end in ("from_event", "to_event")
                )
            ):
                chosen.append((i, j))
                break
    return chosen


def _same_sentence(a: str, b: str) -> bool:
    """Two quotes of the same sentence (one may hold the other; spacing aside)."""
    a, b = " ".join(a.split()), " ".join(b.split())
    return a in b or b in a


def _same_end(curated: pd.Series, found: pd.Series) -> bool:
    """A drafted link end that stands for the curated one: the same event type, at most
    DATE_WINDOW_DAYS apart."""
    days = abs((pd.Timestamp(curated["event_date"]) - pd.Timestamp(found["event_date"])).days)
    return curated["event_type"] == found["event_type"] and days <= DATE_WINDOW_DAYS


METRICS: list[Callable[[list[Comparison]], list[Metric]]] = [
    event_metrics,
    date_metrics,
    place_metrics,
    place_loss_metrics,
    casualty_metrics,
    claim_metrics,
    sub_event_metrics,
    actor_metrics,
    sentence_metrics,
    link_metrics,
]
"""The named metrics of a split, in table order; a new measure is one more function here."""


def _share(name: str, part: int, whole: int) -> Metric:
    """A share part/whole (value None when nothing was counted)."""
    return name, (part / whole if whole else None), int(part), int(whole)


def _prf(prefix: str, matched: int, found: int, curated: int) -> list[Metric]:
    """Precision, recall and F1 of `matched` among `found` drafts and `curated` gold items."""
    f1 = 2 * matched / (found + curated) if found + curated else None
    return [
        _share(f"{prefix} precision", matched, found),
        _share(f"{prefix} recall", matched, curated),
        (f"{prefix} F1", f1, 2 * matched, found + curated),
    ]


# --- tables ----------------------------------------------------------------------------------


def metrics_table(comparisons: list[Comparison]) -> pd.DataFrame:
    """The named metrics of a split: one row each (`metric`, `value`, `part`, `whole`)."""
    rows = [row for function in METRICS for row in function(comparisons)]
    return pd.DataFrame(rows, columns=["metric", "value", "part", "whole"]).astype(
        {"metric": "string", "value": "Float64", "part": "Int64", "whole": "Int64"}
    )


def article_table(comparisons: list[Comparison]) -> pd.DataFrame:
    """Per article: curated, drafted and matched events, precision and recall, and any extraction
    error."""
    rows = []
    for c in comparisons:
        matched = len(c.matched())
        rows.append(
            {
                "article": c.article_id,
                "curated": len(c.curated),
                "drafted": len(c.found),
                "matched": matched,
                "precision": _ratio(matched, len(c.found)),
                "recall": _ratio(matched, len(c.curated)),
                "note": c.error,
            }
        )
    return pd.DataFrame(
        rows, columns=["article", "curated", "drafted", "matched", "precision", "recall", "note"]
    )


def event_type_table(comparisons: list[Comparison]) -> pd.DataFrame:
    """Per ACLED event type (of the curated or the drafted event): counts, precision, recall and
    F1."""
    counts: dict[str, list[int]] = {}
    for c in comparisons:
        for frame, slot in ((c.curated, 0), (c.found, 1)):
            for event_type in frame["event_type"]:
                counts.setdefault(event_type, [0, 0, 0])[slot] += 1
        for i, _ in c.matched():
            counts[c.curated.loc[i, "event_type"]][2] += 1
    rows = [
        {
            "event type": t,
            "curated": n[0],
            "drafted": n[1],
            "matched": n[2],
            "precision": _ratio(n[2], n[1]),
            "recall": _ratio(n[2], n[0]),
            "F1": _ratio(2 * n[2], n[0] + n[1]),
        }
        for t, n in sorted(counts.items())
    ]
    return pd.DataFrame(
        rows, columns=["event type", "curated", "drafted", "matched", "precision", "recall", "F1"]
    )


def confusion_table(comparisons: list[Comparison]) -> pd.DataFrame:
    """Curated sub-event type (rows) against drafted (columns): the matched events, then the rest
    paired on date and place.

    Pairing the rest whatever their type shows e.g. a riot drafted as a peaceful protest. A curated
    event no draft pairs with is counted under the column `(none)`; a draft with no partner under
    the row `(none)`.
    """
    cells = []
    for c in comparisons:
        chosen = c.matched()
        rest = pairs(
            c.curated.drop(index=[i for i, _ in chosen]),
            c.found.drop(index=[j for _, j in chosen]),
            same_type=False,
            max_days=0,
            placed=True,
        )
        chosen += rest
        cells += [
            (c.curated.loc[i, "sub_event_type"], c.found.loc[j, "sub_event_type"])
            for i, j in chosen
        ]
        cells += [
            (s, NONE)
            for i, s in c.curated["sub_event_type"].items()
            if i not in {p[0] for p in chosen}
        ]
        cells += [
            (NONE, s)
            for j, s in c.found["sub_event_type"].items()
            if j not in {p[1] for p in chosen}
        ]
    frame = pd.DataFrame(cells, columns=["curated", "drafted"])
    return pd.crosstab(frame["curated"], frame["drafted"]) if cells else frame


# --- why an event is unmatched ----------------------------------------------------------------

NO_DRAFT = "no draft from its sentence"
FOLDED = "its draft went to another curated event"
TYPE_DIFFERS = "event type differs"
DATE_DIFFERS = "date differs"
UNDATED = "draft undated"
PLACE_BEYOND = "place beyond the bar"
EXTRA = "no curated event from its sentence"
SECOND = "second draft of a curated event"
FAILED = "extraction failed"
CAUSE_COLUMNS = ["side", "cause", "events", "share"]
"""The columns of `cause_table`: `side` is `curated` (lost: no draft matched it) or `drafted` (an
unmatched draft), `events` how many of that side the cause explains, `share` their part of that
side's unmatched events."""


@dataclass(frozen=True)
class Loss:
    """Why one unmatched event is unmatched: the cause, and for a place the distance."""

    cause: str
    detail: str = ""


def loss_causes(c: Comparison) -> dict[str, dict[object, Loss]]:
    """Why each unmatched event of one article is unmatched, by side (`curated`, `drafted`) and
    row index.

    The lost curated events and the unmatched drafts are paired one to one, nearest first (a
    draft quoting one of the curated event's sentences before one that only shares its type and
    its date or place, then by the criteria they meet in the matcher's order): a pair is named by
    the first criterion it fails. An event left without a partner is lost because no draft quotes
    its sentences, or because the drafts of its sentence stand for other curated events (two
    events folded into one: the detail names that event and what tells the two apart); a draft
    left alone quotes no curated event's sentence (an extra), or is a second draft of a curated
    event that has one already (a split or a duplicate: the detail names it).
    """
    if c.drafted is None:
        return {"curated": {i: Loss(FAILED) for i in c.curated.index}, "drafted": {}}
    chosen = c.matched()
    lost = c.curated.drop(index=[i for i, _ in chosen])
    unmatched = c.found.drop(index=[j for _, j in chosen])
    causes: dict[str, dict[object, Loss]] = {"curated": {}, "drafted": {}}
    paired = _loss_pairs(lost, unmatched)
    for i, j in paired:
        loss = _pair_loss(c.curated.loc[i], c.found.loc[j])
        assert loss is not None, "two free events that meet every criterion would have matched"
        causes["curated"][i], causes["drafted"][j] = loss, loss
    stands_for = {j: i for i, j in chosen + paired}
    for i, row in lost.drop(index=list(causes["curated"])).iterrows():
        others = [
            c.curated.loc[stands_for[j]]
            for j, e in c.found.iterrows()
            if j in stands_for and _shares_sentence(_excerpts(row), _excerpts(e))
        ]
        causes["curated"][i] = (
            _folded(row, min(others, key=lambda o: _criteria_failed(row, o)))
            if others
            else Loss(NO_DRAFT)
        )
    for j, row in unmatched.drop(index=list(causes["drafted"])).iterrows():
        told = [
            str(e["event_id_cnty"])
            for _, e in c.curated.iterrows()
            if _shares_sentence(_excerpts(row), _excerpts(e))
        ]
        causes["drafted"][j] = Loss(SECOND, told[0]) if told else Loss(EXTRA)
    return causes


def _criteria_failed(curated: pd.Series, other: pd.Series) -> tuple[bool, bool, bool]:
    """Which matching criteria an event fails against a curated one (type, day, place): sorting
    by it puts the nearest first."""
    return (
        curated["event_type"] != other["event_type"],
        _days_apart(curated, other) != 0,
        not place_fits(curated, other),
    )


def _folded(lost: pd.Series, other: pd.Series) -> Loss:
    """A lost event whose sentence's draft stands for `other` (the nearest such event): what tells
    the two apart (the first matching criterion `other` fails against it, or 'same type, day and
    place')."""
    apart = _pair_loss(lost, other)
    told = "same type, day and place" if apart is None else apart.cause
    extra = f" ({apart.detail})" if apart is not None and apart.detail else ""
    return Loss(FOLDED, f"{other['event_id_cnty']}: {told}{extra}")


def _loss_pairs(lost: pd.DataFrame, unmatched: pd.DataFrame) -> list[tuple[object, object]]:
    """Lost curated events and unmatched drafts paired one to one, nearest first: the same
    sentence, else the same type and either the same day or a fitting place within a week."""
    options = []
    for i, cur in lost.iterrows():
        for j, ext in unmatched.iterrows():
            shared = _shares_sentence(_excerpts(cur), _excerpts(ext))
            days = _days_apart(cur, ext)
            fails = _criteria_failed(cur, ext)
            if not shared and (fails[0] or days > DATE_WINDOW_DAYS or (fails[1] and fails[2])):
                continue
            distance = distance_km(cur, ext)
            km = float("inf") if distance is None else distance
            options.append((not shared, *fails, km, days, i, j))
    return _one_to_one(options)


def _pair_loss(curated: pd.Series, found: pd.Series) -> Loss | None:
    """The first matching criterion an event fails against a curated one, in the matcher's order:
    event type, date, place (with the distance, 'unlocated', or 'another country' where only the
    country had to agree); None when all hold."""
    if curated["event_type"] != found["event_type"]:
        return Loss(TYPE_DIFFERS)
    if pd.isna(found["event_date"]):
        return Loss(UNDATED)
    if _days_apart(curated, found) != 0:
        return Loss(DATE_DIFFERS)
    if place_fits(curated, found):
        return None
    if place_tolerance(curated) is None:
        return Loss(PLACE_BEYOND, "another country")
    distance = distance_km(curated, found)
    return Loss(PLACE_BEYOND, "unlocated" if distance is None else f"{distance:.0f} km")


def _days_apart(curated: pd.Series, found: pd.Series) -> float:
    """Days between two events' dates; infinite when either is undated."""
    if pd.isna(curated["event_date"]) or pd.isna(found["event_date"]):
        return float("inf")
    return abs((pd.Timestamp(curated["event_date"]) - pd.Timestamp(found["event_date"])).days)


def _excerpts(event: pd.Series) -> list[str]:
    """The sentences an event quotes: its evidence, split at ' | '."""
    evidence = "" if _empty(event.get("x_evidence")) else str(event["x_evidence"])
    return [part for part in evidence.split(" | ") if part.strip()]


def _shares_sentence(a: list[str], b: list[str]) -> bool:
    """Two events quote the same sentence (one quote may hold the other)."""
    return any(_same_sentence(x, y) for x in a for y in b)


def cause_table(comparisons: list[Comparison]) -> pd.DataFrame:
    """Why events are unmatched, per side (`curated`: lost; `drafted`: unmatched drafts): one row
    per cause, most frequent first, with its count and its share of that side's unmatched
    events."""
    rows = [
        (side, loss.cause)
        for c in comparisons
        for side, losses in loss_causes(c).items()
        for loss in losses.values()
    ]
    frame = pd.DataFrame(rows, columns=["side", "cause"], dtype="string")
    counts = frame.value_counts(["side", "cause"]).rename("events").reset_index()
    counts = counts.sort_values(["side", "events", "cause"], ascending=[True, False, True])
    share = counts["events"] / counts.groupby("side")["events"].transform("sum")
    return counts.assign(share=share.astype("Float64"), events=counts["events"].astype("Int64"))[
        CAUSE_COLUMNS
    ].reset_index(drop=True)


MISS_COLUMNS = [
    "article",
    "side",
    "event_date",
    "sub_event_type",
    "location",
    "cause",
    "detail",
    "quote",
]
"""The columns of `misses_table`: `side` is `curated` (no draft matched it) or `drafted` (it
matches no curated event); `cause` says why (`loss_causes`), `detail` the distance of a place
beyond the bar."""


def misses_table(comparisons: list[Comparison]) -> pd.DataFrame:
    """Per article, the curated events no draft matched and the drafts that match none, with the
    date, sub-event type, place, cause and first sentence of each: what the split misses and
    invents, and why."""
    frames = []
    for c in comparisons:
        chosen = c.matched()
        causes = loss_causes(c)
        for side, frame, taken in (
            ("curated", c.curated, [i for i, _ in chosen]),
            ("drafted", c.found, [j for _, j in chosen]),
        ):
            rest = frame.drop(index=taken).reindex(
                columns=["event_date", "sub_event_type", "location", "x_evidence"]
            )
            frames.append(
                pd.DataFrame(
                    {
                        "article": c.article_id,
                        "side": side,
                        "event_date": pd.to_datetime(rest["event_date"])
                        .dt.strftime("%Y-%m-%d")
                        .fillna("undated"),
                        "sub_event_type": rest["sub_event_type"],
                        "location": rest["location"].fillna(""),
                        "cause": [causes[side][i].cause for i in rest.index],
                        "detail": [causes[side][i].detail for i in rest.index],
                        "quote": rest["x_evidence"]
                        .fillna("")
                        .str.split(" | ", regex=False)
                        .str[0],
                    },
                    columns=MISS_COLUMNS,
                )
            )
    if not frames:
        return pd.DataFrame(columns=MISS_COLUMNS, dtype="string")
    return pd.concat(frames, ignore_index=True).astype("string")


FIGURE_MISS_COLUMNS = ["article", "event", "what", "curated", "drafted", "quote"]
"""The columns of `figure_misses_table`: `what` is `fatalities`, `injuries`, `claim not found` or
`claimant wrong`; `curated` and `drafted` are the two values as text; `quote` the curated words."""


def figure_misses_table(comparisons: list[Comparison]) -> pd.DataFrame:
    """On matched events, every figure that differs from the curated one and every curated claim
    not found or with another claimant, beside the draft's values: what the casualty, claims-found
    and claimant metrics count as wrong, so that misses can be sorted into classes."""
    rows = [row for c in comparisons for i, j in c.matched() for row in _figure_misses(c, i, j)]
    return pd.DataFrame(rows, columns=FIGURE_MISS_COLUMNS, dtype="string")


def actor_misses_table(comparisons: list[Comparison]) -> pd.DataFrame:
    """On matched events, every actor that is not the curated one (what `actor1 right` and `actor2
    right` count as wrong), in `figure_misses_table`'s columns: `what` is the role."""
    rows = [
        [
            c.article_id,
            cur["event_id_cnty"],
            role,
            _name(cur.get(role)),
            _name(ext.get(role)),
            _first(cur),
        ]
        for c in comparisons
        for cur, ext in ((c.curated.loc[i], c.found.loc[j]) for i, j in c.matched())
        for role in ("actor1", "actor2")
        if not same_actor(cur.get(role), ext.get(role))
    ]
    return pd.DataFrame(rows, columns=FIGURE_MISS_COLUMNS, dtype="string")


LINK_MISS_COLUMNS = ["article", "side", "relation", "cue", "ends", "cause", "quote"]
"""The columns of `link_misses_table`: `side` is `curated` (no drafted link matched it) or
`drafted` (it matches no curated one); `ends` the two event ids; `cause` why (`LINK_CAUSES`)."""
END_UNDRAFTED, LINK_ENDS_DIFFER, NO_LINK_FROM_SENTENCE = (
    "an end has no draft",
    "its ends differ",
    "no link from its sentence",
)
LINK_CAUSES = (END_UNDRAFTED, LINK_ENDS_DIFFER, NO_LINK_FROM_SENTENCE)
"""Why a link is unmatched, the first that holds: a curated end no draft could stand for (the
events' fault, not the link's), a link of the other side from the same sentence with other ends,
or none from its sentence."""


def link_misses_table(comparisons: list[Comparison]) -> pd.DataFrame:
    """Every curated link no drafted one matched and every drafted link that matches none, with its
    cause: what `link recall` and `link precision` count as lost, sorted into classes."""
    rows = [row for c in comparisons for row in _link_misses(c)]
    return pd.DataFrame(rows, columns=LINK_MISS_COLUMNS, dtype="string")


def _link_misses(c: Comparison) -> list[list[str]]:
    """The unmatched links of one article, curated ones first."""
    pairs_found = link_pairs(c)
    undrafted = _undrafted_events(c)
    sides = (
        ("curated", c.curated_links, c.drafted_links, {i for i, _ in pairs_found}, undrafted),
        ("drafted", c.drafted_links, c.curated_links, {j for _, j in pairs_found}, set()),
    )
    return [
        [
            c.article_id,
            side,
            str(link["relation"]),
            str(link["cue"]),
            f"{link['from_event']} -> {link['to_event']}",
            _link_cause(link, others, undrafted_ends),
            str(link["quote"]),
        ]
        for side, links, others, matched, undrafted_ends in sides
        for k, link in links.iterrows()
        if k not in matched
    ]


def _undrafted_events(c: Comparison) -> set[str]:
    """The curated events no drafted event could stand for as a link's end (`_same_end`)."""
    if c.found is None:
        return set()
    drafted = [row for _, row in c.found.iterrows()]
    return {
        str(event["event_id_cnty"])
        for _, event in c.curated.iterrows()
        if not any(_same_end(event, row) for row in drafted)
    }


def _link_cause(link: pd.Series, others: pd.DataFrame, undrafted: set[str]) -> str:
    """Why one link is unmatched (`LINK_CAUSES`): `undrafted` holds the ends that no draft could
    stand for (empty for a drafted link)."""
    if {str(link["from_event"]), str(link["to_event"])} & undrafted:
        return END_UNDRAFTED
    same = any(_same_sentence(str(o["quote"]), str(link["quote"])) for _, o in others.iterrows())
    return LINK_ENDS_DIFFER if same else NO_LINK_FROM_SENTENCE


def _name(value: object) -> str:
    """An actor cell as text ('(none)' when empty)."""
    return "(none)" if _empty(value) else str(value)


def _figure_misses(c: Comparison, i: object, j: object) -> list[list[str]]:
    """The figure misses of one matched pair (curated row i, drafted row j)."""
    cur, ext = c.curated.loc[i], c.found.loc[j]
    event = str(cur["event_id_cnty"])
    theirs, verdicts = _claim_verdicts(c, i, j)
    drafted = (
        "; ".join(f"{r.metric} {r.low} ({r.claimant})" for r in theirs.itertuples())
        or "(no claims)"
    )
    rows = [
        [c.article_id, event, what, _cell(cur[column]), _cell(ext[column]), _first(cur)]
        for what, column in (("fatalities", "fatalities"), ("injuries", "x_injuries_low"))
        if not _same_number(cur[column], ext[column])
    ]
    for claim, found, right in verdicts:
        if not right:
            what = "claimant wrong" if found else "claim not found"
            curated = f"{claim.metric} {claim.low} ({claim.claimant})"
            rows.append([c.article_id, event, what, curated, drafted, str(claim.quote)])
    return rows


def _cell(value: object) -> str:
    """A figure cell as text ('' when empty)."""
    return "" if _empty(value) else str(int(value))


def _first(event: pd.Series) -> str:
    """The first excerpt of an event's evidence."""
    return str(event.get("x_evidence") or "").split(" | ")[0]


def _per_article(table: pd.DataFrame, line: Callable[[Any], str]) -> str:
    """A listing by article: the article's name, then one `line` per row of it."""
    lines = []
    for article, rows in table.groupby("article", sort=False):
        lines.append(article)
        lines += [line(r) for r in rows.itertuples()]
    return "\n".join(lines)


def figure_misses_text(misses: pd.DataFrame) -> str:
    """The figure misses as lines per article: event, what, curated -> drafted, and the quote."""
    return _per_article(
        misses,
        lambda r: (
            f"  {r.event} {r.what}: {r.curated or '(none)'} -> {r.drafted or '(none)'}\n"
            f"      {r.quote}"
        ),
    )


def link_misses_text(misses: pd.DataFrame) -> str:
    """The link misses as lines per article: `-` a curated link no draft matched, `+` a drafted
    link that matches none, with its relation, ends, cue and cause, then its sentence."""
    mark = {"curated": "-", "drafted": "+"}
    return _per_article(
        misses,
        lambda r: (
            f"  {mark[r.side]} {r.relation} {r.ends} ('{r.cue}') [{r.cause}]\n      {r.quote}"
        ),
    )


def misses_text(misses: pd.DataFrame) -> str:
    """The misses as lines per article: `-` a curated event no draft matched, `+` a draft that
    matches none, each with its cause in brackets."""
    mark = {"curated": "-", "drafted": "+"}
    return _per_article(
        misses,
        lambda r: (
            f"  {mark[r.side]} {r.event_date}  {r.sub_event_type} at"
            f" {r.location or '(no place)'} [{r.cause}{f': {r.detail}' if r.detail else ''}]:"
            f" {r.quote}"
        ),
    )


def _ratio(part: int, whole: int) -> float | None:
    """part/whole, None when nothing was counted."""
    return part / whole if whole else None


# --- the log of looks at the test split ------------------------------------------------------


def log_look(
    table: pd.DataFrame,
    articles: int,
    path: Path | None = None,
    when: dt.datetime | None = None,
    against: Path | None = None,
) -> str:
    """Append one row (date, commit, articles, scores) to the log of looks at the test split;
    return the row. A look at a second coding (`against`) is marked as an agreement look, so that
    no one reads it as the extractor's score."""
    path = path or config.CURATION_MD
    when = when or dt.datetime.now(dt.UTC)
    scores = "; ".join(f"{m} {v}" for m, v in zip(table["metric"], formatted(table), strict=True))
    if against is not None:
        scores = (
            f"agreement look, second coder vs gold ({_shown(against)}), not the extractor: "
            + scores
        )
    row = (
        "| "
        + " | ".join([when.strftime("%Y-%m-%d %H:%M"), _commit(), str(articles), scores])
        + " |"
    )
    lines = path.read_text(encoding="utf-8").rstrip("\n").split("\n") if path.exists() else []
    if LOG_HEADING not in (line.strip() for line in lines):
        lines += [
            "",
            LOG_HEADING,
            "",
            "Every `make evaluate SPLIT=test` appends a row here (written by "
            "`eventreport/extraction/evaluate.py`).",
            "",
        ]
    start = next(i for i, line in enumerate(lines) if line.strip() == LOG_HEADING)
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    table_lines = [i for i in range(start + 1, end) if lines[i].startswith("|")]
    if table_lines:
        lines.insert(table_lines[-1] + 1, row)
    else:
        at = end
        while at > start + 1 and not lines[at - 1].strip():
            at -= 1
        header = ["| " + " | ".join(LOG_HEADER) + " |", "|" + "---|" * len(LOG_HEADER)]
        lines[at:at] = ([""] if lines[at - 1].strip() else []) + header + [row]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return row


def _shown(folder: Path) -> str:
    """A folder as the log and the output name it: relative to the project root when inside it."""
    return str(
        folder.relative_to(config.PROJECT_ROOT)
        if folder.is_relative_to(config.PROJECT_ROOT)
        else folder
    )


def _commit() -> str:
    """The short commit of the code being scored ('+' when the work tree has changes), or '–'."""
    git = ["git", "-C", str(config.PROJECT_ROOT)]
    try:
        head = subprocess.run(
            git + ["rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        )
        dirty = subprocess.run(
            git + ["status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True
        )
    except (OSError, subprocess.CalledProcessError):
        return "–"
    return head.stdout.strip() + ("+" if dirty.stdout.strip() else "")


def _format(metric: str, value: object, part: object) -> str:
    """A metric's value for print: km to one decimal, counts (no part) whole, shares to two
    decimals, '–' for none."""
    if value is None or pd.isna(value):
        return "–"
    if metric.endswith(" km"):
        return f"{float(value):.1f}"
    return f"{int(value)}" if part is None or pd.isna(part) else f"{float(value):.2f}"


def formatted(table: pd.DataFrame) -> list[str]:
    """The metrics table's values as printed."""
    return [
        _format(m, v, p)
        for m, v, p in zip(table["metric"], table["value"], table["part"], strict=True)
    ]


# --- entry point -------------------------------------------------------------------------------


def evaluate(
    split: str = "dev", paths: list[Path] | None = None, against: Path | None = None
) -> dict[str, pd.DataFrame]:
    """Every table of one split: `metrics`, `articles`, `event types`, `confusion`, `causes`,
    `misses`, `figure misses`, `actor misses`, `link misses`; of the drafts, or of the second
    coding in folder `against` (only the articles it covers)."""
    if paths is None:
        paths = split_articles(split)
        paths = paths if against is None else coded_articles(paths, against)
    comparisons = [compare(p, against) for p in paths]
    return {
        "metrics": metrics_table(comparisons),
        "articles": article_table(comparisons),
        "event types": event_type_table(comparisons),
        "confusion": confusion_table(comparisons),
        "causes": cause_table(comparisons),
        "misses": misses_table(comparisons),
        "figure misses": figure_misses_table(comparisons),
        "actor misses": actor_misses_table(comparisons),
        "link misses": link_misses_table(comparisons),
    }


def article_ids(text: str) -> list[str]:
    """The ids `--articles` names: separated by commas or spaces, as a shell list is pasted."""
    return [part for part in re.split(r"[,\s]+", text) if part]


def build_parser() -> argparse.ArgumentParser:
    """`--split dev|test` (Makefile `SPLIT`), `--articles ID[,ID...]` (`ARTICLES`),
    `--against DIR`, `--misses` (`MISSES`)."""
    parser = argparse.ArgumentParser(
        prog="python -m eventreport.extraction.evaluate", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--split",
        choices=SPLITS,
        default=SPLITS[0],
        help="which split to score (default dev); every look at test is logged in CURATION.md",
    )
    parser.add_argument(
        "--against",
        type=config.resolve,
        default=None,
        metavar="DIR",
        help="score a second coding (a folder of <id>.events.csv, .claims.csv, .links.csv laid "
        "out like data/events/) against the gold instead of the drafts: the coders' agreement",
    )
    parser.add_argument(
        "--articles",
        type=article_ids,
        default=None,
        metavar="ID[,ID...]",
        help="score only these dev articles (ids as in data/articles/<id>.txt, separated by "
        "commas or spaces), every table",
    )
    parser.add_argument(
        "--misses",
        action="store_true",
        help="also list each article's unmatched curated and drafted events (dev split only)",
    )
    return parser


def _scored(split: str, paths: list[Path], against: Path | None) -> tuple[str, list[Path]]:
    """The articles to score (with a second coding: those it covers) and the heading that says how
    many of the split they are and what is scored."""
    if against is None:
        return f"== {split} split: {len(paths)} articles ==", paths
    coded = coded_articles(paths, against)
    return (
        f"== {split} split: second coding {_shown(against)} against the gold: {len(coded)} of "
        f"{len(paths)} articles compared (the second coding covers only these); 'drafted' "
        "below means the second coding ==",
        coded,
    )


def main(argv: list[str] | None = None) -> int:
    """Print the tables of the split; log a look at the test split. Exit 0: scores inform, they do
    not gate."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.misses and args.split == "test":
        parser.error(
            "--misses lists events of the dev split only: the locked test split's details are "
            "seen only by the lead, at a logged look"
        )
    started = dt.datetime.now()
    paths = split_articles(args.split)
    if not paths:
        print(
            f"no curated articles in the {args.split} split (front matter 'split: {args.split}')"
        )
        return 0
    if args.articles is not None:
        if args.split != SPLITS[0]:
            parser.error("--articles scores dev articles only: the test split is scored whole")
        try:
            paths = chosen_articles(args.articles, paths)
        except InputError as exc:
            parser.error("; ".join(exc.problems))
    if args.against is not None and not args.against.is_dir():
        parser.error(f"--against {args.against}: no such folder")
    heading, paths = _scored(args.split, paths, args.against)
    if not paths:
        print(heading)
        return 0
    try:
        tables = evaluate(args.split, paths, args.against)
    except EventReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    # the look is logged before anything is shown: output cut short (`| head`) still leaves its row
    row = (
        log_look(tables["metrics"], len(paths), against=args.against)
        if args.split == "test"
        else ""
    )
    shown = tables["metrics"].assign(value=formatted(tables["metrics"]))
    with pd.option_context(
        "display.width",
        250,
        "display.max_columns",
        40,
        "display.max_colwidth",
        60,
        "display.float_format",
        "{:.2f}".format,
    ):
        print(f"{heading}\n")
        print(shown.to_string(index=False))
        for name in ("event types", "articles", "confusion"):
            print(f"\n-- {name} --")
            print(tables[name].to_string(index=name == "confusion"))
        print("\n-- causes: why curated events are lost and drafts unmatched (misses: [cause]) --")
        print(tables["causes"].to_string(index=False))
        if args.misses:
            print(
                "\n-- misses: curated events no draft matched (-), drafts that match none (+) --"
            )
            print(misses_text(tables["misses"]))
            print("\n-- figure misses on matched events: curated -> drafted --")
            print(figure_misses_text(tables["figure misses"]))
            print("\n-- actor misses on matched events: curated -> drafted --")
            print(figure_misses_text(tables["actor misses"]))
            print(
                "\n-- link misses: curated links unmatched (-), drafted links matching none (+) --"
            )
            print(link_misses_text(tables["link misses"]))
    if row:
        print(f"\nlogged this look in {config.CURATION_MD}:\n{row}")
    print(f"\n{len(paths)} articles, {(dt.datetime.now() - started).total_seconds():.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
