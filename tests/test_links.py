"""Links between events (issue 12): the links table, its checks, the chain on the escalation chart
and in the report, links.csv and the GeoPackage export."""

from __future__ import annotations

import csv
import shutil
import subprocess

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest

from eventreport import config, schema
from eventreport.cli import main
from eventreport.errors import InputError
from eventreport.reporting import analysis

SEED_ID = "soleimani-baghdad-airport-2020-01-03"
SEED_EVENTS = config.EVENTS_DIR / f"{SEED_ID}.events.csv"
SEED_LINKS = config.EVENTS_DIR / f"{SEED_ID}.links.csv"
HEADER = ",".join(schema.LINK_COLUMNS)
GOOD = (
    'IRQ-20191229-01,IRQ-20191231-01,in_response_to,in response to,"The siege was in '
    'response to an attack.",article'
)


@pytest.fixture(scope="module")
def seed_events() -> pd.DataFrame:
    return schema.load_events(SEED_EVENTS)


def links_error(tmp_path, events: pd.DataFrame, *rows: str) -> str:
    """Write a links file with a good first row and `rows`, load it, return the InputError's
    message."""
    path = tmp_path / "bad.links.csv"
    path.write_text("\n".join([HEADER, GOOD, *rows]) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        schema.load_links(path, events)
    assert info.value.path == path and str(path) in str(info.value)
    return str(info.value)


# ---------- the table and its checks


def test_seed_links_hold_the_three_links_the_article_states(seed_events):
    links = schema.load_links(SEED_LINKS, seed_events)
    pairs = set(zip(links["from_event"], links["to_event"], links["relation"], strict=True))
    assert (
        "IRQ-20191229-01",
        "IRQ-20191231-01",
        "in_response_to",
    ) in pairs  # strikes in western Iraq -> embassy siege
    assert (
        "IRQ-20191231-01",
        "IRQ-20200103-01",
        "after",
    ) in pairs  # siege -> airport strike, "comes days after"
    assert (
        "IRQ-20200103-01",
        "USA-20200103-03",
        "after",
    ) in pairs  # airport strike -> the flag post, "Following"
    assert set(links["asserted_by"]) == {schema.ARTICLE_VOICE}
    text = config.DEFAULT_ARTICLE.read_text(encoding="utf-8")
    assert all(
        quote in text and cue in quote
        for quote, cue in zip(links["quote"], links["cue"], strict=True)
    )


@pytest.mark.slow  # a second sweep of every curated file: test_checks validates each, fast
@pytest.mark.parametrize(
    "links_path", sorted(config.EVENTS_DIR.glob("*.links.csv")), ids=lambda p: p.name
)
def test_every_curated_links_file_is_valid_and_quotes_its_article(links_path):
    article_id = links_path.name.removesuffix(config.LINKS_SUFFIX)
    events = schema.load_events(config.EVENTS_DIR / f"{article_id}.events.csv")
    links = schema.load_links(links_path, events)
    text = (config.ARTICLES_DIR / f"{article_id}.txt").read_text(encoding="utf-8")
    assert not links.empty
    for row in links.itertuples():  # verbatim, whitespace aside (a stored copy may wrap lines)
        assert " ".join(row.quote.split()) in " ".join(text.split()), row.quote
        assert row.cue.lower() in row.quote.lower(), row.cue


def test_no_links_file_means_no_links(seed_events, tmp_path):
    links = schema.load_links(tmp_path / "absent.links.csv", seed_events)
    assert links.empty and list(links.columns) == schema.LINK_COLUMNS


@pytest.mark.parametrize(
    "row, fragments",
    [
        (
            'IRQ-20991231-99,IRQ-20191231-01,after,after,"A sentence.",article',
            ["line 3", "'from_event'", "IRQ-20991231-99", "event ids"],
        ),
        (
            'IRQ-20191231-01,IRQ-20191231-01,after,after,"A sentence.",article',
            ["line 3", "'to_event'", "other than from_event"],
        ),
        (
            'IRQ-20200103-01,IRQ-20191229-01,after,after,"A sentence.",article',
            ["line 3", "'to_event'", "no earlier than from_event", "2020-01-03", "2019-12-29"],
        ),
        (
            'IRQ-20191229-01,IRQ-20191231-01,caused_by,after,"A sentence.",article',
            ["line 3", "'relation'", "caused_by", "in_response_to", "retaliation_for"],
        ),
        (
            "IRQ-20191229-01,IRQ-20191231-01,after,after,,article",
            ["line 3", "'quote'", "the sentence that states the link"],
        ),
        ('IRQ-20191229-01,IRQ-20191231-01,after,,"A sentence.",article', ["line 3", "'cue'"]),
        (
            'IRQ-20191229-01,IRQ-20191231-01,after,after,"A sentence.",',
            ["line 3", "'asserted_by'"],
        ),
        (GOOD, ["line 3", "stated once"]),
        (
            'IRQ-20191229-01,IRQ-20191231-01,after,after,"A sentence.",Iran,rejected',
            ["line 3", "'stance'", "rejected", "asserted, denied"],
        ),
    ],
    ids=[
        "unknown event",
        "self-link",
        "backwards in time",
        "unknown relation",
        "empty quote",
        "empty cue",
        "no asserter",
        "repeated",
        "unknown stance",
    ],
)
def test_a_bad_link_is_an_error_naming_file_line_and_column(seed_events, tmp_path, row, fragments):
    message = links_error(tmp_path, seed_events, row)
    for fragment in fragments:
        assert fragment in message, (fragment, message)
    assert "line 2" not in message  # the good row is not blamed


def test_stance_is_optional_blank_asserts_and_a_denial_is_kept(seed_events, tmp_path):
    path = tmp_path / "stance.links.csv"
    path.write_text(
        HEADER
        + "\n"
        + GOOD
        + ",\n"
        + 'IRQ-20191229-01,IRQ-20191231-01,in_response_to,denied,"Iran denied it.",Iran,denied\n',
        encoding="utf-8",
    )
    links = schema.load_links(path, seed_events)
    assert list(links["stance"]) == ["asserted", "denied"]
    without = tmp_path / "six.links.csv"
    without.write_text(",".join(schema.REQUIRED_LINK_COLUMNS) + "\n" + GOOD + "\n")
    assert list(schema.load_links(without, seed_events)["stance"]) == ["asserted"]


def test_a_links_file_without_a_column_is_refused(seed_events, tmp_path):
    path = tmp_path / "short.links.csv"
    path.write_text(
        "from_event,to_event,relation,cue,quote\nIRQ-20191229-01,IRQ-20191231-01,after,after,x\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"line 1, column 'asserted_by'"):
        schema.load_links(path, seed_events)


def test_validate_checks_the_links_file_beside_the_events(tmp_path, capsys):
    events = shutil.copy(SEED_EVENTS, tmp_path / "copy.events.csv")
    shutil.copy(config.claims_path_for(SEED_EVENTS), tmp_path / "copy.claims.csv")
    links = tmp_path / "copy.links.csv"
    links.write_text(
        SEED_LINKS.read_text(encoding="utf-8").replace(",in_response_to,", ",because_of,"),
        encoding="utf-8",
    )
    assert main(["validate", str(events)]) == 1
    _, err = capsys.readouterr()
    assert str(links) in err and "line 2" in err and "'relation'" in err and "because_of" in err


@pytest.mark.render  # starts the report kernel, which refuses the file
def test_render_refuses_a_bad_links_file_before_running_the_notebook(tmp_path):
    from eventreport.errors import EventReportError
    from eventreport.reporting.render import render

    events = shutil.copy(SEED_EVENTS, tmp_path / "copy.events.csv")
    (tmp_path / "copy.links.csv").write_text(
        f"{HEADER}\nIRQ-20200103-01,IRQ-20191229-01,after,after,x,article\n", encoding="utf-8"
    )
    with pytest.raises(EventReportError, match=r"copy\.links\.csv: line 2, column 'to_event'"):
        render(
            {
                "article": str(config.DEFAULT_ARTICLE),
                "events": str(events),
                "output_dir": str(tmp_path / "report"),
            }
        )
    assert not (tmp_path / "report").exists()


# --------------------------------------------------------------------------- the chain


def test_chain_follows_the_links_from_the_first_act(seed_events):
    prepared = analysis.prepare(seed_events)
    links = analysis.links_with_refs(schema.load_links(SEED_LINKS, seed_events), prepared)
    assert analysis.chains(links) == [
        ["IRQ-20191229-01", "IRQ-20191231-01", "IRQ-20200103-01", "IRN-20200103-01"],
        ["IRQ-20200103-01", "IRQ-20200103-02"],
        ["IRQ-20200103-01", "USA-20200103-03"],
    ]
    assert (
        len(analysis.strongest_links(links)) == 5
    )  # two sentences link the siege to the strike: one arrow


def test_chain_branches_and_prefers_the_most_specific_relation(seed_events):
    prepared = analysis.prepare(seed_events)
    links = pd.DataFrame(
        [
            ["IRQ-20191229-01", "IRQ-20191231-01", "after", "after", "q1", "article", "asserted"],
            [
                "IRQ-20191229-01",
                "IRQ-20191231-01",
                "retaliation_for",
                "to avenge",
                "q2",
                "Kataib Hezbollah",
                "asserted",
            ],
            [
                "IRQ-20191229-01",
                "USA-20191229-01",
                "reaction_to",
                "prompted",
                "q3",
                "article",
                "asserted",
            ],
        ],
        columns=schema.LINK_COLUMNS,
    ).astype("string")
    joined = analysis.links_with_refs(links, prepared)
    strongest = analysis.strongest_links(joined)
    assert (
        strongest.loc[strongest["to_event"] == "IRQ-20191231-01", "relation"].item()
        == "retaliation_for"
    )
    assert sorted(analysis.chains(joined)) == [
        ["IRQ-20191229-01", "IRQ-20191231-01"],
        ["IRQ-20191229-01", "USA-20191229-01"],
    ]


# --------------------------------------------------------------------------- the rendered report


@pytest.mark.render
def test_seed_report_spells_out_the_chain_beneath_the_chart(seed_report):
    chains = [" ".join(li.get_text(" ").split()) for li in seed_report.soup.select("ul.chain li")]
    assert chains[0].startswith(
        "E1 29 Dec 2019 Air/drone strike – western Iraq → E3 31 Dec 2019 Violent demonstration "
        "– US Embassy in "
        "Baghdad, in response (“was in response to”, the article) → E5 3 Jan 2020 Air/drone "
        "strike – Baghdad "
        "International Airport, after (“comes days after”, the article) → E6 "
    )
    assert chains[-1] == (
        "E5 3 Jan 2020 Air/drone strike – Baghdad International Airport → E10 3 Jan 2020 Engage "
        "in symbolic act – "
        "Washington, after (“Following”, the article)"
    )
    assert len(chains) == 3
    caption = seed_report.soup.select("figure.chart figcaption")[1].get_text(" ")
    assert "Arrows run from an act to the event that answers it" in caption


def test_seed_report_lists_each_link_with_its_sentence(seed_report):
    table = seed_report.soup.select_one("table.links")
    rows = [
        [td.get_text(" ", strip=True) for td in tr.find_all("td")]
        for tr in table.find_all("tr")[1:]
    ]
    assert rows[0][:5] == ["E1", "E3", "in response", "the article", "was in response to"]
    assert rows[0][5].startswith(
        "The siege was in response to an American attack on the positions"
    )
    assert [
        "E3",
        "E5",
        "after",
        "the article",
        "comes days after",
        "The rocket attack comes days after a pro-Iran mob laid siege to the American embassy.",
    ] in rows
    assert rows[-1][:5] == ["E5", "E10", "after", "the article", "Following"]
    pdf = seed_report.pdf_text
    for fact in (
        "in response (“was in response to”, the article)",
        "comes days after a pro-Iran mob laid siege",
        "Links between events: which event answers which",
    ):
        assert fact in pdf, fact


def test_seed_report_folder_holds_links_csv(seed_report):
    with (seed_report.folder / "links.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == schema.LINK_COLUMNS
    assert [(r["from_event"], r["to_event"], r["relation"]) for r in rows][:2] == [
        ("IRQ-20191229-01", "IRQ-20191231-01", "in_response_to"),
        ("IRQ-20191231-01", "IRQ-20200103-01", "after"),
    ]
    assert any(
        r["cue"] == "Following"
        and r["quote"].startswith("Following the killing of the top Iran and Iraq commanders")
        for r in rows
    )


@pytest.mark.render
def test_a_report_whose_article_links_nothing_says_so_in_one_line(second_report):
    notes = [p.get_text(" ", strip=True) for p in second_report.soup.select("p.note")]
    assert any(n.startswith("The article states no link between its events") for n in notes)
    assert (
        second_report.soup.select_one("ul.chain") is None
        and second_report.soup.select_one("table.links") is None
    )
    assert "Arrows run" not in second_report.text
    assert (second_report.folder / "links.csv").read_text(encoding="utf-8") == HEADER + "\n"


# --------------------------------------------------------------------------- the GeoPackage


def test_every_report_folder_holds_a_geopackage_with_three_layers(seed_report, second_report):
    for report in (seed_report, second_report):
        layers = dict(pyogrio.list_layers(report.folder / "events.gpkg"))
        assert layers == {"events": "Point", "areas": "MultiPolygon", "links": "LineString"}


def test_geopackage_layers_hold_events_areas_and_links(seed_report):
    path = seed_report.folder / "events.gpkg"
    events = gpd.read_file(path, layer="events")
    assert events.crs.to_epsg() == 4326 and len(events) == 10
    airport = events[events["event_id_cnty"] == "IRQ-20200103-01"].iloc[0]
    assert (airport.geometry.x, airport.geometry.y) == (44.2346, 33.2625) and airport[
        "fatalities"
    ] == 8
    assert airport["event_date"] == "2020-01-03" and airport["ref"] == "E5"
    areas = gpd.read_file(path, layer="areas")
    assert list(areas["event_id_cnty"]) == ["IRQ-20191229-01"] and areas.crs.to_epsg() == 4326
    assert areas.geometry.iloc[0].contains(
        events[events["event_id_cnty"] == "IRQ-20191229-01"].geometry.iloc[0]
    )
    links = gpd.read_file(path, layer="links")
    assert links.crs.to_epsg() == 4326 and len(links) == 6
    first = links[links["relation"] == "in_response_to"].iloc[0]
    assert list(first.geometry.coords) == [(41.81, 33.37), (44.3953, 33.2986)]
    assert (first["from_ref"], first["to_ref"]) == ("E1", "E3")


def test_second_report_geopackage_has_an_empty_links_layer(second_report):
    links = gpd.read_file(second_report.folder / "events.gpkg", layer="links")
    assert links.empty and "relation" in links.columns


@pytest.mark.skipif(
    shutil.which("ogrinfo") is None,
    reason="GDAL's ogrinfo is not installed (CI installs gdal-bin)",
)
def test_ogrinfo_opens_the_geopackage(seed_report):
    out = subprocess.run(
        ["ogrinfo", "-ro", "-so", "-al", str(seed_report.folder / "events.gpkg")],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    for layer in ("Layer name: events", "Layer name: areas", "Layer name: links"):
        assert layer in out
    assert 'EPSG",4326' in out or "WGS 84" in out


def test_link_text_from_a_file_is_escaped_in_the_chain_and_the_table(tmp_path):
    from bs4 import BeautifulSoup

    from eventreport import parameters
    from eventreport.reporting import sections

    events = shutil.copy(SEED_EVENTS, tmp_path / "hostile.events.csv")
    hostile = '<img src=x onerror="alert(1)">'
    (tmp_path / "hostile.links.csv").write_text(
        f"{HEADER}\n"
        "IRQ-20191229-01,IRQ-20191231-01,in_response_to,"
        '"<b>cue</b>","<script>alert(1)</script> quote",'
        f'"{hostile.replace(chr(34), chr(34) * 2)}"\n',
        encoding="utf-8",
    )
    article = (
        tmp_path / "hostile-article.txt"
    )  # a link's quote must be in the article: the hostile one is put there
    article.write_text(
        config.DEFAULT_ARTICLE.read_text(encoding="utf-8") + "\n<script>alert(1)</script> quote\n",
        encoding="utf-8",
    )
    run = sections.load(
        parameters.validate(
            {"article": str(article), "events": str(events), "output_dir": str(tmp_path / "out")}
        )
    )
    soup = BeautifulSoup(sections.timeline_section(run).data, "html.parser")
    assert (
        soup.find("script") is None
        and soup.find("img", src="x") is None
        and soup.find("b", string="cue") is None
    )
    text = soup.get_text(" ")
    assert "<script>alert(1)</script> quote" in text and hostile in text and "“<b>cue</b>”" in text
