"""Tokens with offsets, and clitic prefixes.

A token is a maximal run of letters and digits (Arabic or Latin); punctuation is not a token.
Offsets are into the string given, so tokens of `Doc.clean_text` are evidence offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wasit.ar.normalize import _KEYS, normalize

_TOKEN = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0640]+", re.UNICODE)

#: Proclitics that attach to a noun or verb, as they combine, longest first. Normalised forms.
CLITIC_PREFIXES: tuple[str, ...] = (
    "وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل",
    "وب", "وك", "ول", "وس", "فب", "فك", "فل", "فس",
    "ال", "و", "ف", "ب", "ك", "ل", "س",
)  # fmt: skip


if TYPE_CHECKING:

    @dataclass(frozen=True, slots=True)
    class Token:
        """A token: `text[start:end]` of the string tokenised, and its lookup key `norm`."""

        start: int
        end: int
        text: str
        norm: str

else:
    # Tokens are immutable (shared between the stages through the cache below); mypy holds
    # every caller to that through the frozen declaration above. At run time the class is a
    # plain slotted dataclass with the same fields, equality and hash: building a frozen
    # dataclass costs several times more, and a document's tokens are built by the thousand.
    @dataclass(slots=True, unsafe_hash=True)
    class Token:
        start: int
        end: int
        text: str
        norm: str


#: Tokens of the texts tokenised last: the stages of one document tokenise the same text and
#: the same sentences again (actors, dates, triggers, frames, claims). Keyed by (text, offset);
#: oldest entries go first once full. Callers get a list of their own. Kept small: the hits
#: come from stages that follow each other, and a large cache of live tokens slowed the whole
#: pipeline down (more objects for the garbage collector to walk) more than it saved.
_TOKENS: dict[tuple[str, int], tuple[Token, ...]] = {}
_TOKENS_MAX = 32

#: Clitic splits of words already split (bounded like the token cache).
_SPLITS: dict[tuple[str, int], tuple[tuple[str, str], ...]] = {}
_SPLITS_MAX = 100_000
_CLITIC_FIRST = frozenset(p[0] for p in CLITIC_PREFIXES)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split `text` into tokens; `offset` is added to every position (for sentence slices)."""
    key = (text, offset)
    toks = _TOKENS.get(key)
    if toks is not None:
        return list(toks)
    toks = _shifted(text, offset)
    if toks is None:
        keys = _KEYS  # normalize()'s cache, read here without a call per token
        toks = tuple(
            Token(m.start() + offset, m.end() + offset, word, keys.get(word) or normalize(word))
            for m in _TOKEN.finditer(text)
            for word in (m.group(),)
        )
    if len(_TOKENS) >= _TOKENS_MAX:
        del _TOKENS[next(iter(_TOKENS))]
    _TOKENS[key] = toks
    return list(toks)


def _shifted(text: str, offset: int) -> tuple[Token, ...] | None:
    """The tokens of `text` moved to `offset`, when the same text was tokenised at another
    offset lately (a sentence tokenised in place, then on its own)."""
    for (seen, at), toks in reversed(_TOKENS.items()):
        if seen == text:
            d = offset - at
            return tuple(Token(t.start + d, t.end + d, t.text, t.norm) for t in toks)
    return None


_SEP_KIND = ("\n", " ")  # indexed by str.isspace() of a gap


def separators(text: str) -> list[str]:
    """What lies between consecutive tokens of `tokenize(text)`: " " where only whitespace does,
    "\n" where anything else does (punctuation); one item fewer than the tokens."""
    gaps = _TOKEN.split(text)[1:-1]
    return list(map(_SEP_KIND.__getitem__, map(str.isspace, gaps)))


def clitic_splits(norm_word: str, min_stem: int = 2) -> list[tuple[str, str]]:
    """Every (prefix, stem) split of a normalised word by the proclitics above, the
    unsplit word first. Callers decide which stem is a known word: a name that merely
    begins with a clitic letter (بلينكن، لبنان) is found unsplit before any split is tried.
    """
    if norm_word[:1] not in _CLITIC_FIRST:
        return [("", norm_word)]
    key = (norm_word, min_stem)
    splits = _SPLITS.get(key)
    if splits is None:
        out = [("", norm_word)]
        for p in CLITIC_PREFIXES:
            if norm_word.startswith(p) and len(norm_word) - len(p) >= min_stem:
                out.append((p, norm_word[len(p) :]))
        splits = tuple(out)
        if len(_SPLITS) >= _SPLITS_MAX:
            _SPLITS.clear()
        _SPLITS[key] = splits
    return list(splits)
