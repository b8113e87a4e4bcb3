"""The `eventreport` command: render a report or a collection, validate or draft an events file.

Failures print one line on stderr and exit 1 (2 for a wrong command line); `--debug` shows
the traceback instead.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
import warnings
from collections.abc import Iterator

from . import config, parameters
from .errors import DataWarning, EventReportError, InputError, ValidationError


def build_parser() -> argparse.ArgumentParser:
    """The command line, with options named after the notebook's parameters."""
    defaults = parameters.defaults()
    helps = {p.name: p.help for p in parameters.parameters()}
    parser = argparse.ArgumentParser(prog="eventreport", description=__doc__.splitlines()[0])
    parser.add_argument("--debug", action="store_true", help="show the full traceback on failure")
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="show the debug log on stderr: the extractor's merge decisions, the render steps and "
        "their timings",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    render = commands.add_parser(
        "render", help="render the HTML and PDF report of an article, or of an events file alone"
    )
    render.add_argument(
        "article",
        nargs="?",
        default=None,
        help=f"{helps['article']} (default: {defaults['article']}, or none when --events is "
        "given)",
    )
    for name in defaults:
        if name != "article":
            render.add_argument(
                f"--{name.replace('_', '-')}", dest=name, default=defaults[name], help=helps[name]
            )
    render.add_argument(
        "--formats",
        default="html,pdf",
        help="comma-separated output formats: html, pdf (default: both)",
    )

    collection_defaults = parameters.defaults(config.COLLECTION_NOTEBOOK)
    collection_helps = {p.name: p.help for p in parameters.parameters(config.COLLECTION_NOTEBOOK)}
    collection = commands.add_parser(
        "collection",
        help="render every article of a collection and the collection report, in parallel on Dask",
    )
    collection.add_argument(
        "collection",
        nargs="?",
        default=collection_defaults["collection"],
        help=collection_helps["collection"],
    )
    collection.add_argument(
        "--output-dir",
        dest="output_dir",
        default=collection_defaults["output_dir"],
        help=collection_helps["output_dir"],
    )
    collection.add_argument(
        "--title", default=collection_defaults["title"], help=collection_helps["title"]
    )
    collection.add_argument(
        "--formats",
        default="html,pdf",
        help="comma-separated output formats: html, pdf (default: both)",
    )
    collection.add_argument(
        "--workers", type=_positive, help="local Dask worker processes (default: one per core)"
    )
    collection.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on the Dask cluster of this scheduler "
        "(e.g. tcp://10.0.0.5:8786) instead of a local one; its workers must see the same files",
    )
    collection.add_argument(
        "--force",
        action="store_true",
        help="render every report, even those whose inputs have not changed",
    )

    validate = commands.add_parser(
        "validate",
        help="check an events file (ours or an ACLED export) and its claims and links "
        "files, against the article and the map",
    )
    validate.add_argument("events", help="events CSV")
    validate.add_argument(
        "--article",
        help="the article the quotes and evidence must be in "
        "(default: data/articles/<x_article_id>.txt)",
    )

    extract = commands.add_parser(
        "extract", help="draft the events, claims and evidence of an article from its text"
    )
    extract.add_argument("article", help="article text, UTF-8; YAML front matter optional")
    extract.add_argument(
        "--published",
        type=_published,
        help="publication date YYYY-MM-DD; relative dates resolve "
        "against it (default: 'published' in the front matter)",
    )
    extract.add_argument(
        "--output",
        help="events CSV to write; the claims and evidence files go beside it "
        "(default: reports/_extracted/<article_id>.events.csv)",
    )
    return parser


def _published(text: str):
    """argparse type of --published: a real date, not in the future."""
    from .article import parse_published

    try:
        return parse_published(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _positive(text: str) -> int:
    """argparse type of --workers: a whole number of at least 1."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return int(text)


def _formats(text: str) -> tuple[str, ...]:
    """The --formats list."""
    return tuple(f.strip() for f in text.split(",") if f.strip())


def run(args: argparse.Namespace) -> str:
    """Carry out one command; return what to print on success."""
    if args.command == "render":
        from .reporting import render

        values = {name: getattr(args, name) for name in parameters.defaults()}
        if (
            args.article is None
        ):  # no article named: a report on the events file alone, or the seed article
            values["article"] = "" if args.events else parameters.defaults()["article"]
        folder = render(values, _formats(args.formats))
        return f"report written to {folder}"
    if args.command == "collection":
        return _collection(args)
    if args.command == "extract":
        return _extract(args)
    from . import checks

    path = config.resolve(args.events)
    checked = checks.validate(path, config.resolve(args.article) if args.article else None)
    return (
        f"{path}: {len(checked.events)} events, {len(checked.claims)} casualty claims and "
        f"{len(checked.links)} links "
        "are valid"
    )


def _extract(args: argparse.Namespace) -> str:
    """Draft an article's events; every gap the draft has is printed as a warning."""
    from . import extraction
    from .article import load_article

    article = load_article(config.resolve(args.article), args.published, draft=True)
    drafted = extraction.extract(article)
    target = (
        config.resolve(args.output)
        if args.output
        else config.extracted_events_path_for(article.article_id)
    )
    path = extraction.write(drafted, target)
    for gap in drafted.warnings:
        warnings.warn(gap, DataWarning, stacklevel=1)
    return (
        f"{path}: {len(drafted.events)} events and {len(drafted.claims)} casualty claims drafted "
        f"(claims: {config.claims_path_for(path).name}, evidence: "
        f"{config.evidence_path_for(path).name})"
    )


def _collection(args: argparse.Namespace) -> str:
    """Render a collection; print each report's status; any failed render makes the command fail at
    the end."""
    from . import collection

    values = parameters.validate(
        {name: getattr(args, name) for name in parameters.defaults(config.COLLECTION_NOTEBOOK)},
        config.COLLECTION_NOTEBOOK,
    )
    folder, outcomes = collection.render_collection(
        config.resolve(values["collection"]),
        values["output_dir"] or None,
        _formats(args.formats),
        args.workers,
        args.scheduler,
        args.force,
        title=values["title"],
    )
    for outcome in outcomes:
        line = f"{outcome.kind} {outcome.name}: {outcome.status}" + (
            " (unchanged, skipped)" if outcome.skipped else ""
        )
        print(line + (f": {outcome.error}" if outcome.error else ""), file=sys.stderr)
    failed = [o.name for o in outcomes if o.status == collection.FAILED]
    if failed:
        raise EventReportError(
            f"{len(failed)} of {len(outcomes)} renders failed ({', '.join(failed)}); the others "
            "are "
            f"in {folder}, and {folder / 'index.html'} lists each failure with its error"
        )
    rendered = sum(not o.skipped for o in outcomes)
    return (
        f"collection written to {folder} ({rendered} rendered, {len(outcomes) - rendered} "
        f"unchanged): open {folder / 'index.html'}"
    )


@contextlib.contextmanager
def _log_shown(verbose: bool) -> Iterator[None]:
    """With `--verbose`, the package's log, debug records included, goes to stderr for the run."""
    if not verbose:
        yield
        return
    logger = logging.getLogger("eventreport")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    args = build_parser().parse_args(argv)
    with _log_shown(args.verbose):
        return _main(args)


def _main(args: argparse.Namespace) -> int:
    """Run the command; a failure is one line on stderr and a non-zero exit code."""
    warnings.showwarning = lambda message, *rest: print(f"warning: {message}", file=sys.stderr)
    try:
        print(run(args))
    except EventReportError as exc:
        if args.debug:
            raise
        lines = (
            exc.lines()
            if isinstance(exc, (InputError, ValidationError)) and len(exc.problems) > 1
            else [str(exc)]
        )
        print(f"eventreport: error: {lines[0]}", *lines[1:], sep="\n", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("eventreport: interrupted; the last good report is unchanged", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug, not bad input: one line, and the way to the traceback
        if args.debug:
            raise
        print(
            f"eventreport: internal error: {type(exc).__name__}: {exc} (rerun with --debug for "
            "the traceback; "
            "the last good report is unchanged)",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
