"""Reporting: events -> derived figures (analysis) -> charts -> report sections -> HTML/PDF (render)."""
