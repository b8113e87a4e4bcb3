"""Reference tables shipped in `data/reference/`: ACLED taxonomy, inter codes, CAMEO codes, link
relations."""

from __future__ import annotations

from functools import cache

import pandas as pd

from . import config
from .names import name_key


@cache
def taxonomy() -> pd.DataFrame:
    """ACLED's event types and sub-event types with the disorder type each belongs to."""
    return pd.read_csv(config.TAXONOMY_CSV, dtype="string")


@cache
def inter_labels() -> dict[int, str]:
    """ACLED actor-type code -> label (0 means no actor)."""
    table = pd.read_csv(
        config.INTER_CODES_CSV, dtype={"code": "int64", "label": "string"}, keep_default_na=False
    )
    return dict(zip(table["code"], table["label"], strict=True))


@cache
def cameo_codes() -> pd.DataFrame:
    """CAMEO event codes with a short label and the Goldstein score, indexed by code."""
    return pd.read_csv(
        config.CAMEO_CSV, dtype={"cameo_code": "string", "label": "string", "goldstein": "float64"}
    ).set_index("cameo_code")


@cache
def link_relations() -> pd.DataFrame:
    """The relations a link may have (`in_response_to`, ..., `after`), with the words the report
    uses, indexed by relation."""
    return pd.read_csv(config.LINK_RELATIONS_CSV, dtype="string").set_index("relation")


@cache
def sub_event_cameo() -> pd.Series:
    """ACLED sub-event type -> nearest CAMEO code (absent where no CAMEO act fits), for events
    coded without one."""
    table = pd.read_csv(config.SUB_EVENT_CAMEO_CSV, dtype="string", keep_default_na=False)
    table = table[table["cameo_code"] != ""]
    return table.set_index("sub_event_type")["cameo_code"]


@cache
def old_event_types() -> pd.DataFrame:
    """ACLED's pre-2019 event types with today's event type and sub-event type, indexed by the old
    name."""
    return pd.read_csv(
        config.OLD_EVENT_TYPES_CSV, dtype="string", keep_default_na=False
    ).set_index("old_event_type")


def inter_code_for_label(label: str) -> int | None:
    """Map an ACLED actor-type label ('State forces', 'Political militias') to its code."""
    wanted = _label_key(label)
    by_key = {_label_key(text): code for code, text in inter_labels().items() if text}
    by_key["otherforce"] = 8
    return by_key.get(wanted)


def _label_key(label: str) -> str:
    """Compare labels by their letters only, singular: 'Rebel Groups' == 'rebel group'."""
    return name_key(label, joined=True).rstrip("s")
