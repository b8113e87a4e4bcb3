"""Stage 1: reading an article and its YAML front matter, and refusing what is not one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventreport import article, config
from eventreport.errors import InputError

SEED_ARTICLE = config.ARTICLES_DIR / "soleimani-baghdad-airport-2020-01-03.txt"
GOOD = "---\ntitle: A headline\npublished: 2020-01-03\n---\nThe article text.\n"


def write(tmp_path: Path, content: str | bytes, name: str = "sample-article.txt") -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def load_error(path: Path) -> str:
    """Load `path`, expect an InputError naming that file, return its message."""
    with pytest.raises(InputError) as info:
        article.load_article(path)
    assert info.value.path == path
    assert str(path) in str(info.value)
    return str(info.value)


# --------------------------------------------------------------------------- good articles


def test_seed_article_loads():
    art = article.load_article(SEED_ARTICLE)
    assert art.article_id == "soleimani-baghdad-airport-2020-01-03"
    assert art.published == dt.date(2020, 1, 3)
    assert art.outlet is None
    assert art.url is None
    assert art.truncated is False
    assert art.title == "Qasem Soleimani killed in US strike at Baghdad airport"
    assert "Katyusha" in art.text
    assert art.text.startswith("In a shocking development")
    assert "---" not in art.text.splitlines()[0]
    assert "title:" not in art.text


def test_default_article_is_the_seed():
    assert config.DEFAULT_ARTICLE == SEED_ARTICLE


@pytest.mark.parametrize("path", sorted(config.ARTICLES_DIR.glob("*.txt")), ids=lambda p: p.stem)
def test_every_curated_article_loads(path):
    art = article.load_article(path)
    assert art.article_id == path.stem
    assert art.published <= dt.date.today()
    assert art.title and art.text.strip()
    assert config.events_path_for(path).is_file()


def test_minimal_article(tmp_path):
    art = article.load_article(write(tmp_path, GOOD))
    assert art.article_id == "sample-article"
    assert art.title == "A headline"
    assert art.published == dt.date(2020, 1, 3)
    assert art.text == "The article text.\n"
    assert (art.outlet, art.url, art.truncated, art.note) == (None, None, False, None)


def test_optional_front_matter_keys(tmp_path):
    text = (
        "---\ntitle: A headline\noutlet: The Outlet\nurl: https://example.org/a\n"
        "published: 2019-04-12\ntruncated: true\nnote: only the start\n---\nText.\n"
    )
    art = article.load_article(write(tmp_path, text))
    assert art.outlet == "The Outlet"
    assert art.url == "https://example.org/a"
    assert art.truncated is True
    assert art.note == "only the start"
    assert art.published == dt.date(2019, 4, 12)


def test_crlf_and_bom_are_tolerated(tmp_path):
    path = write(tmp_path, b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode("utf-8"))
    art = article.load_article(path)
    assert art.title == "A headline"
    assert art.text == "The article text.\n"


def test_published_today_is_allowed(tmp_path):
    today = dt.date.today()
    art = article.load_article(write(tmp_path, GOOD.replace("2020-01-03", today.isoformat())))
    assert art.published == today


def test_quoted_published_date_is_read(tmp_path):
    art = article.load_article(write(tmp_path, GOOD.replace("2020-01-03", "'2020-01-03'")))
    assert art.published == dt.date(2020, 1, 3)


def test_file_sha256_of_the_bytes(tmp_path):
    path = write(tmp_path, b"abc")
    assert (
        article.file_sha256(path)
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    )


# --------------------------------------------------------------------------- bad files


def test_missing_file(tmp_path):
    assert "no such file" in load_error(tmp_path / "absent.txt")


def test_directory(tmp_path):
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert "directory" in load_error(folder)


def test_empty_file(tmp_path):
    message = load_error(write(tmp_path, ""))
    assert "line 1" in message and "front matter" in message


def test_no_front_matter(tmp_path):
    message = load_error(write(tmp_path, "Just the article text, no metadata.\n"))
    assert "line 1" in message and "no YAML front matter" in message


def test_unclosed_front_matter(tmp_path):
    message = load_error(write(tmp_path, "---\ntitle: T\npublished: 2020-01-03\nThe text.\n"))
    assert "never closed" in message


def test_front_matter_that_is_not_yaml(tmp_path):
    message = load_error(
        write(tmp_path, "---\ntitle: [unclosed\npublished: 2020-01-03\n---\nText.\n")
    )
    assert "not valid YAML" in message
    assert "line 3" in message  # the file line of the YAML error


def test_front_matter_that_is_a_list(tmp_path):
    message = load_error(write(tmp_path, "---\n- a\n- b\n---\nText.\n"))
    assert "key: value" in message


def test_missing_title(tmp_path):
    message = load_error(write(tmp_path, "---\npublished: 2020-01-03\n---\nText.\n"))
    assert "'title' is missing" in message


def test_missing_published(tmp_path):
    message = load_error(write(tmp_path, "---\ntitle: T\n---\nText.\n"))
    assert "'published' is missing" in message


def test_published_not_a_date(tmp_path):
    message = load_error(write(tmp_path, GOOD.replace("2020-01-03", "not-a-date")))
    assert "'not-a-date'" in message and "YYYY-MM-DD" in message


def test_published_in_the_future(tmp_path):
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    message = load_error(write(tmp_path, GOOD.replace("2020-01-03", tomorrow.isoformat())))
    assert tomorrow.isoformat() in message and "future" in message


def test_published_impossible_calendar_date(tmp_path):
    message = load_error(write(tmp_path, GOOD.replace("2020-01-03", "2020-02-30")))
    assert "2020-02-30" in message


def test_no_text_after_front_matter(tmp_path):
    message = load_error(write(tmp_path, "---\ntitle: T\npublished: 2020-01-03\n---\n\n  \n"))
    assert "line 5" in message and "no text" in message


def test_latin1_bytes(tmp_path):
    message = load_error(write(tmp_path, GOOD.replace("article", "café").encode("latin-1")))
    assert "not UTF-8" in message


def test_nul_bytes(tmp_path):
    message = load_error(write(tmp_path, GOOD.encode("utf-8") + b"\x00\x01\x02binary"))
    assert "NUL" in message


@pytest.mark.parametrize(
    "name", ["Bad Name!.txt", "Upper-Case.txt", "with space.txt", "-leading-dash.txt"]
)
def test_file_name_that_cannot_be_a_report_folder(tmp_path, name):
    message = load_error(write(tmp_path, GOOD, name))
    assert repr(Path(name).stem) in message and "report folder" in message


def test_article_id_pattern_allows_dots_and_underscores(tmp_path):
    art = article.load_article(write(tmp_path, GOOD, "a_b.c-2020.txt"))
    assert art.article_id == "a_b.c-2020"


def test_quoted_false_truncated_is_not_true(tmp_path):
    path = write(tmp_path, GOOD.replace("published:", 'truncated: "false"\npublished:'))
    try:
        art = article.load_article(path)
    except InputError:
        return  # rejecting a non-boolean is fine too
    assert art.truncated is False


def test_whitespace_only_file(tmp_path):
    assert "no YAML front matter" in load_error(write(tmp_path, "   \n\t\n  "))


def test_utf16_with_bom_is_named_as_not_utf8(tmp_path):
    message = load_error(write(tmp_path, GOOD.encode("utf-16")))
    assert "byte 0 is not UTF-8" in message and "save the article as UTF-8" in message


def test_binary_file(tmp_path):
    assert "not UTF-8" in load_error(write(tmp_path, bytes(range(128, 256)) * 4))


def test_fifty_megabyte_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge-article.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    assert "larger than the" in load_error(path)
