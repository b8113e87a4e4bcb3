"""The `eventreport` command: render a report, or validate an events file.

Failures print one line on stderr and exit 1 (2 for a wrong command line); `--debug` shows
the traceback instead.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

from . import config, parameters
from .errors import EventReportError


def build_parser() -> argparse.ArgumentParser:
    """The command line, with options named after the notebook's parameters."""
    defaults = parameters.defaults()
    helps = {p.name: p.help for p in parameters.parameters()}
    parser = argparse.ArgumentParser(prog="eventreport", description=__doc__.splitlines()[0])
    parser.add_argument("--debug", action="store_true", help="show the full traceback on failure")
    commands = parser.add_subparsers(dest="command", required=True)

    render = commands.add_parser("render", help="render the HTML and PDF report of an article")
    render.add_argument("article", nargs="?", default=defaults["article"], help=helps["article"])
    render.add_argument("--events", default=defaults["events"], help=helps["events"])
    render.add_argument("--output-dir", dest="output_dir", default=defaults["output_dir"], help=helps["output_dir"])
    render.add_argument("--title", default=defaults["title"], help=helps["title"])
    render.add_argument("--formats", default="html,pdf", help="comma-separated output formats: html, pdf (default: both)")

    validate = commands.add_parser("validate", help="check an events file (ours or an ACLED export) and its claims file")
    validate.add_argument("events", help="events CSV")
    return parser


def run(args: argparse.Namespace) -> str:
    """Carry out one command; return what to print on success."""
    if args.command == "render":
        from .render import render

        values = {name: getattr(args, name) for name in parameters.defaults()}
        formats = tuple(f.strip() for f in args.formats.split(",") if f.strip())
        folder = render(values, formats)
        return f"report written to {folder}"
    from . import schema

    path = config.resolve(args.events)
    events = schema.load_events(path)
    claims = schema.load_claims(config.claims_path_for(path), events)
    return f"{path}: {len(events)} events and {len(claims)} casualty claims are valid"


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    args = build_parser().parse_args(argv)
    warnings.showwarning = lambda message, *rest: print(f"warning: {message}", file=sys.stderr)
    try:
        print(run(args))
    except EventReportError as exc:
        if args.debug:
            raise
        print(f"eventreport: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("eventreport: interrupted; the last good report is unchanged", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
