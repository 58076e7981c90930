"""What readers yield: an input document to code, or a record of an input that was skipped."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(slots=True)
class InputDoc:
    """One input document as read, before extraction and coding.

    Exactly one of `text` (plain text) and `html` (a web page, whose main text is extracted
    when the document is coded) is set. `origin` is "file" or "file:line". `pos` is how far
    the reader has got through all inputs, in bytes (for progress bars).
    """

    seq: int
    doc_id: str
    origin: str
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    pub_date: str | None = None
    pos: int = 0


@dataclass(slots=True)
class Skipped:
    """An input (a file, or a line of a file) that could not be read or had nothing to code."""

    seq: int
    origin: str
    reason: str
    kind: str  # short stable key for counting: empty, binary, invalid-json, no-arabic …
    pos: int = 0
    doc_id: str = ""  # the input's id when it could be read (a record without text has one)

    @property
    def message(self) -> str:
        """What `wasit code` prints: `FILE[:LINE]: reason`."""
        return f"{self.origin}: {self.reason}"


def iso_date(value: object) -> str | None:
    """The YYYY-MM-DD date at the start of a date or timestamp string, else None."""
    if not isinstance(value, str):
        return None
    m = _ISO_DATE.match(value.strip())
    if not m:
        return None
    try:
        return date(*(int(x) for x in m.groups())).isoformat()
    except ValueError:
        return None
