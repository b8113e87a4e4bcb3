"""Every path the package uses, derived from the project root and nothing else.

The working directory never matters: a notebook run by papermill, by pytest or by hand in
Jupyter resolves the same files.
"""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT: Path = Path(__file__).resolve().parent.parent

DATA_DIR: Path = PROJECT_ROOT / "data"
ARTICLES_DIR: Path = DATA_DIR / "articles"
EVENTS_DIR: Path = DATA_DIR / "events"
CURATION_MD: Path = EVENTS_DIR / "CURATION.md"
DEV_BASELINE_CSV: Path = EVENTS_DIR / "dev-baseline.csv"
"""Floors of the dev split's scores: a test fails when `make evaluate` scores drop below them."""
"""The curation notes; `make evaluate SPLIT=test` appends each look at the test split to its log.
"""
REFERENCE_DIR: Path = DATA_DIR / "reference"
LEXICON_DIR: Path = DATA_DIR / "lexicons"
GAZETTEER_CSV: Path = DATA_DIR / "gazetteer" / "landmarks.csv"
UNIT_COUNTRIES_CSV: Path = DATA_DIR / "gazetteer" / "unit_countries.csv"
BASEMAP_GPKG: Path = DATA_DIR / "basemap" / "natural_earth_middle_east.gpkg"

TAXONOMY_CSV: Path = REFERENCE_DIR / "acled_taxonomy.csv"
INTER_CODES_CSV: Path = REFERENCE_DIR / "acled_inter_codes.csv"
CAMEO_CSV: Path = REFERENCE_DIR / "cameo_codes.csv"
LINK_RELATIONS_CSV: Path = REFERENCE_DIR / "link_relations.csv"
SUB_EVENT_CAMEO_CSV: Path = REFERENCE_DIR / "acled_sub_event_cameo.csv"
"""ACLED sub-event type -> the nearest CAMEO code, for events that carry none (Goldstein marked as
derived)."""
OLD_EVENT_TYPES_CSV: Path = REFERENCE_DIR / "acled_old_event_types.csv"
"""ACLED's pre-2019 event types -> today's event type and sub-event type."""

NOTEBOOKS_DIR: Path = PROJECT_ROOT / "notebooks"
REPORT_NOTEBOOK: Path = NOTEBOOKS_DIR / "report.ipynb"
COLLECTION_NOTEBOOK: Path = NOTEBOOKS_DIR / "collection.ipynb"
COLLECTIONS_DIR: Path = DATA_DIR / "collections"
DEFAULT_COLLECTION: Path = COLLECTIONS_DIR / "iraq-us-escalation-2019-2020.yaml"
REPORTS_DIR: Path = PROJECT_ROOT / "reports"
EXTRACTED_DIR: Path = REPORTS_DIR / "_extracted"
"""Machine-drafted events files (`eventreport extract`); a name no article id can take, so no
report folder clashes."""
CACHE_DIR: Path = PROJECT_ROOT / ".cache"
"""Derived files rebuilt on demand (the geonames city index); safe to delete."""
TEMPLATE_DIR: Path = Path(__file__).resolve().parent / "reporting" / "templates"
TEMPLATE_NAME: str = "eventreport"
SECTION_TEMPLATE_DIR: Path = TEMPLATE_DIR / "sections"
"""The report sections' Jinja templates (autoescaped), beside the page template."""

DEFAULT_ARTICLE: Path = ARTICLES_DIR / "soleimani-baghdad-airport-2020-01-03.txt"

STAGING_ENV: str = "EVENTREPORT_STAGING_DIR"
"""Set by `render` for the kernel: write outputs to this temporary folder, not to `output_dir`."""

EVENTS_SUFFIX: str = ".events.csv"
CLAIMS_SUFFIX: str = ".claims.csv"
EVIDENCE_SUFFIX: str = ".evidence.csv"
LINKS_SUFFIX: str = ".links.csv"


def resolve(path: str | Path) -> Path:
    """Return `path` as an absolute path; a relative one is taken from the project root."""
    candidate = Path(path).expanduser()
    return candidate if candidate.is_absolute() else (PROJECT_ROOT / candidate).resolve()


def events_path_for(article_path: Path) -> Path:
    """The curated events file that belongs to an article (`data/events/<id>.events.csv`)."""
    return EVENTS_DIR / f"{article_path.stem}{EVENTS_SUFFIX}"


def claims_path_for(events_path: Path) -> Path:
    """The casualty-claims file that sits beside an events file."""
    name = events_path.name
    stem = name[: -len(EVENTS_SUFFIX)] if name.endswith(EVENTS_SUFFIX) else events_path.stem
    return events_path.with_name(f"{stem}{CLAIMS_SUFFIX}")


def evidence_path_for(events_path: Path) -> Path:
    """The evidence sidecar (every extracted value with its sentence and offsets) beside an events
    file."""
    return claims_path_for(events_path).with_name(
        claims_path_for(events_path).name[: -len(CLAIMS_SUFFIX)] + EVIDENCE_SUFFIX
    )


def links_path_for(events_path: Path) -> Path:
    """The links file (which event answers which) that sits beside an events file."""
    claims = claims_path_for(events_path)
    return claims.with_name(claims.name[: -len(CLAIMS_SUFFIX)] + LINKS_SUFFIX)


def extracted_events_path_for(article_id: str) -> Path:
    """Where `eventreport extract` writes an article's draft by default:
    `reports/_extracted/<article_id>.events.csv`."""
    return EXTRACTED_DIR / f"{article_id}{EVENTS_SUFFIX}"


def report_dir_for(article_id: str) -> Path:
    """Where the report of one article lands: `reports/<article_id>/`."""
    return REPORTS_DIR / article_id
