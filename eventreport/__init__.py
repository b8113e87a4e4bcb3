"""eventreport: news article about a conflict incident -> ACLED-style event data -> report."""

import logging

__version__ = "0.1.0"

logging.getLogger("eventreport").addHandler(logging.NullHandler())
# The package logs (merge decisions, render steps) but prints nothing unless the application
# configures logging, as `eventreport --verbose` does.
