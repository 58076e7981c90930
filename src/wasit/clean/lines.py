"""Keep or drop whole lines of a raw text, recording what was dropped and the offset map."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from wasit.doc import Doc, Removed

_LINE = re.compile(r"[^\n]*(?:\n|$)")


def iter_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, line) for each line, without its line break; the empty tail is skipped."""
    for m in _LINE.finditer(text):
        if m.start() == len(text):
            break
        line = m.group().rstrip("\n").rstrip("\r")
        yield m.start(), m.start() + len(line), line


def apply_line_decisions(doc: Doc, decide: Callable[[list[str]], list[str | None]]) -> Doc:
    """Build `doc.clean_text` from the raw lines `decide` keeps.

    `decide` gets all lines and returns, for each, None to keep it or the reason for
    dropping it. Kept non-blank lines are joined by a blank line (a paragraph break), so
    sentences never run across them; `clean_map` maps each kept line back to the raw text.
    """
    lines = list(iter_lines(doc.raw_text))
    reasons = decide([ln for _, _, ln in lines])
    parts: list[str] = []
    cmap: list[tuple[int, int, int]] = []
    removed: list[Removed] = []
    pos = 0
    for (start, end, line), reason in zip(lines, reasons, strict=True):
        if not line.strip():
            continue
        if reason is not None:
            removed.append(Removed(start, end, reason, line))
            continue
        lead = len(line) - len(line.lstrip())
        body = line.strip()
        if parts:
            parts.append("\n\n")
            pos += 2
        cmap.append((pos, start + lead, len(body)))
        parts.append(body)
        pos += len(body)
    doc.clean_text = "".join(parts)
    doc.clean_map = cmap
    doc.removed = removed
    return doc


def raw_segments(doc: Doc) -> list[tuple[str, str | None]]:
    """The raw text cut into (text, None) kept stretches and (text, reason) removed lines,
    in order — what `wasit show` prints to let a user audit the cleaning."""
    out: list[tuple[str, str | None]] = []
    pos = 0
    for r in sorted(doc.removed, key=lambda r: r.start):
        if r.start > pos:
            out.append((doc.raw_text[pos : r.start], None))
        out.append((doc.raw_text[r.start : r.end], r.reason))
        pos = max(pos, r.end)
    if pos < len(doc.raw_text):
        out.append((doc.raw_text[pos:], None))
    return out
