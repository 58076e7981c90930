"""wasit (وسيط): Arabic news to political event data, with the Arabic evidence.

Two levels of public API: `code_text()` returns a coded `Doc`; `open()` gives query access
to a database written by `wasit code`. The CLI (`wasit ...`) sits on top of these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wasit.doc import Claim, Doc, Event, Mention, Sentence, Timex

if TYPE_CHECKING:
    from wasit.store.db import Database

__version__ = "0.1.0"
__all__ = ["Claim", "Doc", "Event", "Mention", "Sentence", "Timex", "__version__", "code_text", "open"]


def code_text(text: str, pub_date: str | None = None, doc_id: str = "text") -> Doc:
    """Run the default pipeline on one article's text and return the coded document."""
    from wasit.pipeline import default_pipeline

    doc = Doc(raw_text=text, doc_id=doc_id, pub_date=pub_date)
    return default_pipeline()(doc)


def open(path: str = "wasit.db") -> Database:
    """Open a wasit database for queries (read and write)."""
    from wasit.store.db import Database

    return Database(path)
