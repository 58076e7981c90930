"""Sentence splitting with offsets: Arabic and Latin end punctuation, «؟», newlines.

Never at a comma («،» or ","), never inside a number (3.5), and a closing quote or bracket
after the end mark stays with its sentence.
"""

from __future__ import annotations

import re
from typing import ClassVar

from wasit.doc import Doc, Sentence

# An end mark (. ! ? ؟ … ۔) not between two digits, with the closing quotes/brackets after it,
# or a line break. The match's end is where the next sentence may begin.
_BOUNDARY = re.compile(
    r"(?:(?<!\d)[.!?\u061f\u2026\u06d4]+|(?<=\d)[!?\u061f\u2026\u06d4]+|\.(?!\d))"
    r"[\"'\u201d\u201c\u00bb)\]\u2019]*(?=\s|$)"
    r"|\n+"
)
_MIN_CHARS = 2


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of `text`, leading/trailing spaces trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end() if m.group()[0] != "\n" else m.start()
        _add(text, start, end, offset, spans)
        start = m.end()
    _add(text, start, len(text), offset, spans)
    return spans


def _add(text: str, start: int, end: int, offset: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start >= _MIN_CHARS:
        spans.append((start + offset, end + offset))


class SentenceSplitter:
    """Stage: fills `Doc.sentences` from the cleaned text."""

    name: ClassVar[str] = "segment"
    requires: ClassVar[tuple[str, ...]] = ("clean_text",)
    assigns: ClassVar[tuple[str, ...]] = ("sentences",)

    def __call__(self, doc: Doc) -> Doc:
        text = doc.clean_text
        doc.sentences = [
            Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(split_sentences(text))
        ]
        return doc
