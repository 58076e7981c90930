"""Main text of a web page (trafilatura, comments excluded) and its publication date (htmldate)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Extracted:
    """What `extract_html` found in a page: its main text, title and publication date."""
    text: str
    title: str | None
    pub_date: str | None


def extract_html(html: str) -> Extracted:
    """The article body of `html` (paragraphs separated by line breaks), its title and date."""
    import htmldate
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True
    )
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not text.strip():
        # Pages trafilatura finds no article in (very short ones, odd markup): all paragraphs.
        text = trafilatura.baseline(html)[1] or ""
    title = getattr(doc, "title", None) if doc is not None else None
    try:
        date = htmldate.find_date(html, original_date=True, extensive_search=False)
    except Exception:  # htmldate raises assorted errors on odd pages; a date is optional
        date = None
    return Extracted(text, title or None, date or None)
