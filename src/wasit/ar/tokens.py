"""Tokens with offsets, and clitic prefixes.

A token is a maximal run of letters and digits (Arabic or Latin); punctuation is not a token.
Offsets are into the string given, so tokens of `Doc.clean_text` are evidence offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wasit.ar.normalize import normalize

_TOKEN = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0640]+", re.UNICODE)

#: Proclitics that attach to a noun or verb, as they combine, longest first. Normalised forms.
CLITIC_PREFIXES: tuple[str, ...] = (
    "وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل",
    "وب", "وك", "ول", "وس", "فب", "فك", "فل", "فس",
    "ال", "و", "ف", "ب", "ك", "ل", "س",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    norm: str


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split `text` into tokens; `offset` is added to every position (for sentence slices)."""
    return [
        Token(m.start() + offset, m.end() + offset, m.group(), normalize(m.group()))
        for m in _TOKEN.finditer(text)
    ]


def clitic_splits(norm_word: str, min_stem: int = 2) -> list[tuple[str, str]]:
    """Every (prefix, stem) split of a normalised word by the proclitics above, the
    unsplit word first. Callers decide which stem is a known word: a name that merely
    begins with a clitic letter (بلينكن، لبنان) is found unsplit before any split is tried.
    """
    out = [("", norm_word)]
    for p in CLITIC_PREFIXES:
        if norm_word.startswith(p) and len(norm_word) - len(p) >= min_stem:
            out.append((p, norm_word[len(p) :]))
    return out
