"""eventreport: news article about a conflict incident -> ACLED-style event data -> report."""

import logging
import sys

__version__ = "0.1.0"

logging.getLogger("eventreport").addHandler(logging.NullHandler())
# The package logs (merge decisions, render steps) but prints nothing unless the application
# configures logging, as `eventreport --verbose` does.


def _skip_iri_grammar() -> None:
    """Keep jsonschema from building its IRI grammar (1.5-3 s of CPU at import, its issue 1428).

    papermill and nbformat import jsonschema, whose format checker eagerly imports
    `rfc3987_syntax`, which compiles some 35 Earley parsers for the `iri` formats no notebook
    schema uses. Marking the module absent makes jsonschema skip that one checker, in the render
    process and in the kernel.
    """
    if "jsonschema" not in sys.modules:
        sys.modules.setdefault("rfc3987_syntax", None)


_skip_iri_grammar()
