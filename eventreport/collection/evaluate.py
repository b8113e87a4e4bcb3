"""`make evaluate`, the merge: pairwise precision and recall of the collection merge against gold
clusters.

The gold file `data/collections/<collection_id>.gold.csv` (columns
`cluster,article_id,event_id_cnty`, one row per article event) says which article events are the
same incident. A pair is two article events in one cluster. Precision = pairs the merge joins that
gold joins too / pairs the merge joins; recall = the same / pairs gold joins. Only events both the
gold file and the collection's events files hold are scored; the others are counted and named.
"""

from __future__ import annotations

import sys
from itertools import combinations
from pathlib import Path

import pandas as pd

from .. import config, schema
from ..errors import EventReportError, InputError
from .merge import merge_collection
from .spec import load_collection

GOLD_COLUMNS = ["cluster", "article_id", "event_id_cnty"]
GOAL = 0.95


def gold_path_for(collection_path: Path) -> Path:
    """The gold clusters file beside a collection file."""
    return collection_path.with_name(f"{collection_path.stem}.gold.csv")


def read_gold(path: Path) -> pd.DataFrame:
    """The gold clusters, every row complete and no article event twice; errors name the line."""
    frame = schema.read_csv_text(path)
    missing = [c for c in GOLD_COLUMNS if c not in frame.columns]
    if missing:
        raise InputError(
            path,
            f"line 1: the header lacks {', '.join(missing)} (expected {','.join(GOLD_COLUMNS)})",
        )
    empty = frame[(frame[GOLD_COLUMNS] == "").any(axis=1)]
    if not empty.empty:
        raise InputError(
            path,
            f"line {empty.index[0]}: every row needs a cluster, an article_id and an "
            "event_id_cnty",
        )
    twice = frame[frame.duplicated(["article_id", "event_id_cnty"])]
    if not twice.empty:
        raise InputError(
            path,
            f"line {twice.index[0]}: {twice.iloc[0]['article_id']} "
            f"{twice.iloc[0]['event_id_cnty']} "
            "is listed twice",
        )
    return frame[GOLD_COLUMNS]


def same_pairs(frame: pd.DataFrame, key: str) -> set[frozenset]:
    """Every pair of article events that share `key`."""
    pairs = set()
    for _, group in frame.groupby(key):
        events = list(zip(group["article_id"], group["event_id_cnty"], strict=True))
        pairs |= {frozenset(p) for p in combinations(events, 2)}
    return pairs


def score(predicted: pd.DataFrame, gold: pd.DataFrame) -> dict[str, object]:
    """Pairwise precision and recall on the events both frames hold (article_id, event_id_cnty, and
    a cluster column)."""
    both = predicted.merge(gold, on=["article_id", "event_id_cnty"])
    p, g = same_pairs(both, "merged"), same_pairs(both, "cluster")
    hits = len(p & g)

    def keys(f: pd.DataFrame) -> set[tuple[str, str]]:
        return set(zip(f["article_id"], f["event_id_cnty"], strict=True))

    return {
        "events": len(both),
        "predicted_pairs": len(p),
        "gold_pairs": len(g),
        "pairs_right": hits,
        "precision": hits / len(p) if p else None,
        "recall": hits / len(g) if g else None,
        "not_in_gold": sorted(keys(predicted) - keys(gold)),
        "not_merged": sorted(keys(gold) - keys(predicted)),
        "wrongly_joined": sorted(tuple(sorted(x)) for x in p - g),
        "missed": sorted(tuple(sorted(x)) for x in g - p),
    }


def evaluate(collection_path: Path) -> dict[str, object]:
    """Merge the collection and score it against its gold file."""
    collection = load_collection(collection_path)
    links = merge_collection(collection).links
    predicted = links.rename(
        columns={"event_id_cnty": "merged", "source_event_id": "event_id_cnty"}
    )
    return score(predicted, read_gold(gold_path_for(collection_path)))


def _pct(value: float | None) -> str:
    """A share as a percentage, or a dash when nothing was there to count."""
    return "–" if value is None else f"{100 * value:.1f}%"


def main(argv: list[str] | None = None) -> int:
    """Print the scores of the default collection (or the collection files given); exit 0: the
    scores inform."""
    paths = [config.resolve(a) for a in (argv if argv is not None else sys.argv[1:])] or [
        config.DEFAULT_COLLECTION
    ]
    for path in paths:
        if not gold_path_for(path).exists():
            print(
                f"merge evaluation: {path.name}: no gold clusters file "
                f"{gold_path_for(path).name} yet"
            )
            continue
        try:
            result = evaluate(path)
        except EventReportError as exc:
            print(f"merge evaluation: error: {exc}", file=sys.stderr)
            return 1
        print(
            f"merge evaluation, {path.stem}: {result['events']} article events scored; pairs "
            "merged "
            f"{result['predicted_pairs']}, gold {result['gold_pairs']}, right "
            f"{result['pairs_right']}; "
            f"precision {_pct(result['precision'])}, recall {_pct(result['recall'])} (goal "
            f"{GOAL:.0%} each)"
        )
        for label in ("wrongly_joined", "missed", "not_in_gold", "not_merged"):
            if result[label]:
                print(f"  {label.replace('_', ' ')}: " + "; ".join(map(str, result[label])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
