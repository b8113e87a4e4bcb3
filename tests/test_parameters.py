"""The report's parameters: the notebook's `parameters` cell is the one definition."""

from __future__ import annotations

import ast
import json
import os
import types

import pytest

from eventreport import config, parameters
from eventreport.errors import EventReportError


def notebook_parameters_cell() -> dict[str, tuple[str, object]]:
    """name -> (annotation, default) as written in the notebook's cell tagged 'parameters'."""
    notebook = json.loads(config.REPORT_NOTEBOOK.read_text(encoding="utf-8"))
    cells = [c for c in notebook["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(cells) == 1, "exactly one cell is tagged 'parameters'"
    tree = ast.parse("".join(cells[0]["source"]))
    return {
        node.target.id: (ast.unparse(node.annotation), ast.literal_eval(node.value))
        for node in tree.body
        if isinstance(node, ast.AnnAssign)
    }


def test_defaults_come_from_the_notebook_parameters_cell():
    cell = notebook_parameters_cell()
    assert cell, "the parameters cell declares parameters"
    assert parameters.defaults() == {name: default for name, (_, default) in cell.items()}
    assert {p.name: p.type.__name__ for p in parameters.parameters()} == {
        n: t for n, (t, _) in cell.items()
    }


def test_expected_parameters_with_help():
    by_name = {p.name: p for p in parameters.parameters()}
    assert list(by_name) == [
        "article",
        "events",
        "output_dir",
        "title",
        "country",
        "start",
        "end",
        "acled",
    ]
    assert all(p.type is str for p in by_name.values())
    assert "front matter" in by_name["article"].help
    assert "data/events/<article_id>.events.csv" in by_name["events"].help
    assert (
        by_name["events"].default == ""
        and by_name["output_dir"].default == ""
        and by_name["title"].default == ""
    )


def test_article_default_points_to_the_seed_article():
    article = parameters.defaults()["article"]
    assert article == "data/articles/soleimani-baghdad-airport-2020-01-03.txt"
    assert config.resolve(article) == config.DEFAULT_ARTICLE
    assert config.resolve(article).is_file()


def test_validate_fills_defaults():
    values = parameters.validate({"title": "My report"})
    assert values == {**parameters.defaults(), "title": "My report"}
    assert parameters.validate({}) == parameters.defaults()


def test_unknown_name_is_rejected_listing_allowed_names():
    with pytest.raises(EventReportError) as info:
        parameters.validate({"titel": "typo"})
    message = str(info.value)
    assert "unknown parameter 'titel'" in message
    for name in ("article", "events", "output_dir", "title"):
        assert name in message.split("takes:")[1]


def test_several_unknown_names_are_all_listed():
    with pytest.raises(EventReportError) as info:
        parameters.validate({"zeta": 1, "alpha": 2, "title": "ok"})
    message = str(info.value)
    assert "unknown parameters 'alpha', 'zeta'" in message


@pytest.mark.parametrize("value", [5, None, True, 2.5, ["a"]])
def test_wrong_type_is_rejected(value):
    with pytest.raises(EventReportError) as info:
        parameters.validate({"title": value})
    message = str(info.value)
    assert "'title' must be str" in message
    assert type(value).__name__ in message


def test_all_wrong_types_are_listed():
    with pytest.raises(EventReportError) as info:
        parameters.validate({"title": 1, "events": 2})
    message = str(info.value)
    assert "'title' must be str, got int 1" in message
    assert "'events' must be str, got int 2" in message


def test_from_namespace_ignores_modules_and_ipython_names():
    namespace = {
        # what an IPython kernel and the notebook's own imports put into globals()
        "__name__": "__main__",
        "__builtins__": __builtins__,
        "_": None,
        "_i1": "code",
        "_oh": {},
        "In": ["", "code"],
        "Out": {},
        "get_ipython": lambda: None,
        "exit": object(),
        "quit": object(),
        "open": open,
        "os": os,
        "parameters": parameters,
        "json": json,
        # the parameters themselves
        "article": "data/articles/soleimani-baghdad-airport-2020-01-03.txt",
        "events": "",
        "output_dir": "",
        "title": "From the notebook",
    }
    values = parameters.from_namespace(namespace)
    assert values == {**parameters.defaults(), "title": "From the notebook"}


def test_from_namespace_still_rejects_unknown_public_names():
    namespace = {"title": "x", "In": [], "stray_variable": 3, "mod": types.ModuleType("m")}
    with pytest.raises(EventReportError, match="unknown parameter 'stray_variable'"):
        parameters.from_namespace(namespace)


def test_from_namespace_checks_types():
    with pytest.raises(EventReportError, match="'output_dir' must be str"):
        parameters.from_namespace({"output_dir": 42, "os": os})


def test_cli_rejects_an_unknown_option_before_any_work(capsys):
    from eventreport.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["render", "--artcle", "data/articles/x.txt"])
    assert stop.value.code == 2
    assert "unrecognized arguments: --artcle" in capsys.readouterr().err


def test_cli_rejects_an_unknown_output_format(capsys):
    from eventreport.cli import main

    assert (
        main(
            ["render", "--formats", "html,docx", "--output-dir", "/tmp/eventreport-never-written"]
        )
        == 1
    )
    err = capsys.readouterr().err
    assert err.startswith("eventreport: error: unknown format docx") and err.count("\n") == 1
