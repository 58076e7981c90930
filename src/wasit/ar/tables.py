"""Reading the small TSV tables of `wasit/data/ar/` (month names, number words, qualifiers …).

A table has `#` comment lines, one header line, then tab-separated rows. Keys are normalised
with `wasit.ar.normalize.normalize` when they are read, so the files keep ordinary spelling.
Malformed rows raise `LexiconError` naming the file and line.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from wasit.errors import LexiconError

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@cache
def read_table(name: str, columns: int, area: str = "ar") -> tuple[tuple[str, ...], ...]:
    """Rows of `data/AREA/NAME` (without the header), each with exactly `columns` fields."""
    path = DATA_DIR / area / name
    rows: list[tuple[str, ...]] = []
    header_seen = False
    text = path.read_text(encoding="utf-8")
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        fields = tuple(f.strip() for f in line.split("\t"))
        if len(fields) != columns or not all(fields):
            raise LexiconError(
                f"{path}:{lineno}: expected {columns} tab-separated fields, got {len(fields)}: {line!r}"
            )
        rows.append(fields)
    return tuple(rows)
