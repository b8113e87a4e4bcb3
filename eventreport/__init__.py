"""eventreport: news article about a conflict incident -> ACLED-style event data -> report."""

__version__ = "0.1.0"
