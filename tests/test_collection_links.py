"""Links in a collection (issue 12, item 5): every article's links moved onto the merged incidents,
merged with their sources, drawn and told in the collection report, written to links.csv; a denial
shown beside the link it denies. On the default collection's real articles."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from eventreport import config, schema
from eventreport.collection import load_collection
from eventreport.collection import report as collection_report
from eventreport.collection.merge import LINK_EXTRA, merge_collection

DEFAULT = config.DEFAULT_COLLECTION
SEED = config.DEFAULT_ARTICLE.stem
EMBASSY = "baghdad-us-embassy-storming-2019-12-31"
FIXTURES = Path(__file__).parent / "fixtures"
FOLLOWUP = FIXTURES / "articles" / "fixture-baghdad-followup-2020-01-05.txt"
FOLLOWUP_EVENTS = FIXTURES / "events" / "fixture-baghdad-followup-2020-01-05.events.csv"


@pytest.fixture(scope="module")
def merged():
    return merge_collection(load_collection(DEFAULT))


def _incident(merged, source: str) -> str:
    """The merged incident that holds the article event `article_id:event_id`."""
    return merged.events.loc[
        merged.events["x_source_events"].str.split("; ").map(lambda s: source in s),
        "event_id_cnty",
    ].item()


def _links_between(merged, earlier: str, later: str):
    """The merged links rows from incident `earlier` to incident `later`."""
    links = merged.event_links
    return links[(links["from_event"] == earlier) & (links["to_event"] == later)]


@pytest.mark.slow  # merges the whole default collection
def test_links_of_every_article_end_on_merged_incidents(merged):
    links = merged.event_links
    assert list(links.columns) == [*schema.LINK_COLUMNS, *LINK_EXTRA]
    ids = set(merged.events["event_id_cnty"])
    assert set(links["from_event"]) <= ids and set(links["to_event"]) <= ids
    assert links["from_event"].str.fullmatch(r"[A-Z]{3}-\d{8}-M\d\d").all()
    curated = sum(len(s.links) for s in merged.sources)
    assert curated == 17 and len(links) == 15  # 17 article links, 15 once merged
    articles = set(";".join(links["x_article_id"]).replace(" ", "").split(";"))
    assert {SEED, EMBASSY, "kataib-hezbollah-us-strikes-2019-12-29"} <= articles


@pytest.mark.slow  # merges the whole default collection
def test_the_same_link_from_two_articles_is_one_row_with_both_sources(merged):
    strikes = _incident(merged, f"{SEED}:IRQ-20191229-01")
    embassy = _incident(merged, f"{EMBASSY}:IRQ-20191231-01")
    row = _links_between(merged, strikes, embassy).iloc[0]
    assert (row["relation"], row["asserted_by"], row["stance"]) == (
        "in_response_to",
        "article",
        "asserted",
    )
    assert row["x_n_sources"] == 2 and row["cue"] == "in response to; was in response to"
    assert f"[{EMBASSY}] Dozens of people stormed the compound" in row["quote"]
    assert f"[{SEED}] The siege was in response to an American attack" in row["quote"]
    assert "NBC News (republished by AOL), 2019-12-31" in row["sources"]
    assert row["x_source_links"] == (
        f"{EMBASSY}:IRQ-20191229-01>IRQ-20191231-01; {SEED}:IRQ-20191229-01>IRQ-20191231-01"
    )


@pytest.mark.slow  # merges the whole default collection
def test_one_articles_two_sentences_for_a_link_are_one_row_and_parties_stay_apart(merged):
    embassy = _incident(merged, f"{SEED}:IRQ-20191231-01")
    airport = _incident(merged, f"{SEED}:IRQ-20200103-01")
    after = _links_between(merged, embassy, airport)
    assert len(after) == 1 and after["cue"].item() == "comes days after; after"
    assert after["quote"].item().count(f"[{SEED}]") == 2
    rockets = _incident(merged, "kataib-hezbollah-us-strikes-2019-12-29:IRQ-20191227-01")
    strikes = _incident(merged, f"{SEED}:IRQ-20191229-01")
    pair = _links_between(merged, rockets, strikes)
    assert sorted(zip(pair["relation"], pair["asserted_by"], strict=True)) == [
        ("after", "article"),
        ("in_response_to", "US officials"),
    ]


# ----------------------------------------------------------------------------- the rendered report


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """The default collection's report (HTML and PDF) rendered through its notebook."""
    folder = tmp_path_factory.mktemp("collection-links")
    collection_report.render_report(load_collection(DEFAULT), folder, ("html", "pdf"))
    out = folder / "collection"
    html = (out / "report.html").read_text(encoding="utf-8")
    pdf = " ".join(" ".join(p.extract_text() for p in PdfReader(out / "report.pdf").pages).split())
    return out, BeautifulSoup(html, "html.parser"), pdf


def test_links_csv_sits_beside_the_merged_events(rendered):
    out, _, _ = rendered
    with (out / "links.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == [*schema.LINK_COLUMNS, *LINK_EXTRA]
    with (out / "events.csv").open(encoding="utf-8", newline="") as handle:
        ids = {r["event_id_cnty"] for r in csv.DictReader(handle)}
    assert (
        len(rows) == 15 and {r["from_event"] for r in rows} | {r["to_event"] for r in rows} <= ids
    )
    shared = [r for r in rows if r["x_n_sources"] == "2"]
    assert len(shared) == 1 and "was in response to" in shared[0]["cue"]


def test_the_chain_and_the_links_table_come_after_the_escalation_chart(rendered):
    _, soup, _ = rendered
    section = next(h for h in soup("h2") if h.get_text().startswith("3. Escalation sequence"))
    chart = section.find_next("figure", class_="chart")
    assert "Arrows run from an act to the incident that answers it" in chart.get_text()
    chain = [" ".join(li.get_text(" ").split()) for li in soup.select("ul.chain li")]
    assert any(
        re.search(
            r"E\d+ 29 Dec 2019 Air/drone strike – Al Qa'im → E\d+ 31 Dec 2019 Violent "
            r"demonstration – US Embassy in Baghdad, in response \(“in response to; was in "
            r"response to”, the article\)",
            line,
        )
        for line in chain
    ), chain
    table = soup.select_one("table.links")
    assert table.find_previous("h2") is section
    rows = [[td.get_text(" ", strip=True) for td in tr.find_all("td")] for tr in table.tbody("tr")]
    assert len(rows) == 15
    shared = next(r for r in rows if "was in response to" in r[4])
    assert re.search(r"\[A\d+\] Dozens of people stormed the compound", shared[5])
    assert re.search(r"\[A\d+\] The siege was in response to", shared[5])
    assert re.fullmatch(
        r"A\d+ \(NBC News \(republished by AOL\), 2019-12-31\); A\d+ \(outlet not stated, "
        r"2020-01-03\)",
        shared[6],
    )
    assert any(r[3] == "US officials" for r in rows)


def test_the_pdf_carries_the_chain_and_the_links_with_their_sentences(rendered):
    _, _, pdf = rendered
    for fact in (
        "Links between incidents from every article",
        "in response (“in response to; was in response to”, the article)",
        "The strikes follow a rocket attack on a base in northern Iraq",
        "accused Iran of orchestrating the attack",
    ):
        assert fact in pdf, fact


# ----------------------------------------------------------------------------- a denial


DENIAL = "Kataib Hezbollah denied that the storming of the embassy was a response to the strikes."


@pytest.fixture(scope="module")
def denied(tmp_path_factory):
    """The seed (the storming was 'in response to' the strikes) and a copy of the fictional
    follow-up fixture with one more fictional sentence, in which a party denies that link."""
    folder = tmp_path_factory.mktemp("denial")
    article = folder / FOLLOWUP.name
    article.write_text(FOLLOWUP.read_text(encoding="utf-8") + f"\n{DENIAL}\n", encoding="utf-8")
    events = folder / FOLLOWUP_EVENTS.name
    events.write_text(FOLLOWUP_EVENTS.read_text(encoding="utf-8"), encoding="utf-8")
    claims = config.claims_path_for(FOLLOWUP_EVENTS)
    config.claims_path_for(events).write_text(claims.read_text(encoding="utf-8"))
    config.links_path_for(events).write_text(
        ",".join(schema.LINK_COLUMNS)
        + f'\nIRQ-20191229-01,IRQ-20191231-01,in_response_to,denied,"{DENIAL}",'
        "Kataib Hezbollah,denied\n",
        encoding="utf-8",
    )
    path = folder / "denial.yaml"
    path.write_text(
        f"title: Denial\narticles:\n  - {config.DEFAULT_ARTICLE}\n"
        f"  - article: {article}\n    events: {events}\n",
        encoding="utf-8",
    )
    params = {"collection": str(path), "output_dir": str(folder / "out"), "title": ""}
    return collection_report.load(params)


def test_a_denied_link_is_a_row_of_its_own_beside_the_link_it_denies(denied):
    links = denied.merged.event_links
    pair = links[links["cue"].isin(["was in response to", "denied"])]
    assert len(pair) == 2 and pair["from_event"].nunique() == 1 and pair["to_event"].nunique() == 1
    assert sorted(zip(pair["asserted_by"], pair["stance"], strict=True)) == [
        ("Kataib Hezbollah", "denied"),
        ("article", "asserted"),
    ]


def test_the_report_shows_both_the_assertion_and_the_denial(denied):
    html = collection_report.timeline_section(denied).data
    soup = BeautifulSoup(html, "html.parser")
    chain = " ".join(" ".join(li.get_text(" ").split()) for li in soup.select("ul.chain li"))
    assert (
        "in response (“was in response to”, the article); "
        "in response (“denied”, denied by Kataib Hezbollah)" in chain
    )
    assert "1 of the links is denied by a party" in " ".join(soup.get_text(" ").split())
    who = [tr("td")[3].get_text(strip=True) for tr in soup.select_one("table.links").tbody("tr")]
    assert "denied by Kataib Hezbollah" in who and "the article" in who
