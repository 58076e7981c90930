"""Multi-pattern matching of KB keys over tokens, with clitic prefixes (Aho-Corasick).

The text's tokens are joined, normalised, into one string: one space between tokens that only
whitespace separates, a newline where punctuation does (so no key spans a comma). Keys are
found anywhere in it; a hit is kept when it ends at a token end and begins either at a token
start or after a clitic prefix of that token (و ف ب ل ك ال and their combinations). A key that
begins with the article (الدوحة) is also stored without it, to be found after «لل»
(«للدوحة»). A name that merely begins with a clitic letter (بلينكن، لبنان) is found as a
whole token, since its key is the whole token.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate, chain
from operator import add
from typing import Any

import ahocorasick

from wasit.actors.kb import ACTOR, ADJ, HEAD, KB, Entry
from wasit.ar.tokens import Token

#: Clitic prefixes allowed before a key that carries no article.
PLAIN_PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})
#: Prefixes that include the article, allowed before a key that needs one.
AL_PREFIXES = frozenset(
    {"ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "فبال", "وكال", "فكال"}
)

_PLUS_ONE = (1).__add__
_MINUS_ONE = (-1).__add__


@dataclass(frozen=True, slots=True)
class Hit:
    """A key found on tokens [first, last] (inclusive), after `prefix` in the first token."""

    first: int
    last: int
    prefix: str
    entries: tuple[Entry, ...]
    length: int  # characters of the key (for longest-match ordering)


class Matcher:
    """An Aho-Corasick automaton over the KB's keys, built lazily and dropped on pickling."""

    def __init__(self, kb: KB) -> None:
        self.kb = kb
        self._auto: Any = None

    def __getstate__(self) -> dict[str, Any]:
        return {"kb": self.kb, "_auto": None}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.kb = state["kb"]
        self._auto = None

    def _build(self) -> Any:
        auto = ahocorasick.Automaton()
        # value: (key length, entries, needs_article, article_allowed)
        table: dict[str, list[tuple[tuple[Entry, ...], bool]]] = {}
        for key, entries in self.kb.entries.items():
            ents = tuple(entries)
            table.setdefault(key, []).append((ents, False))
            if key.startswith("ال") and len(key) > 4:
                table.setdefault(key[2:], []).append((ents, True))
        for key, variants in table.items():
            auto.add_word(key, (len(key), tuple(variants)))
        auto.make_automaton()
        return auto

    @property
    def automaton(self) -> Any:
        if self._auto is None:
            self._auto = self._build()
        return self._auto

    def find(self, tokens: list[Token], seps: list[str] | None = None) -> list[Hit]:
        """Every acceptable hit of a key on `tokens` (overlapping; the caller selects).

        `seps[i]` is the separator placed before token i+1 (" " or "\\n"); by default a space.
        """
        if not tokens:
            return []
        norms = [t.norm for t in tokens]
        gaps = seps[: len(norms) - 1] if seps is not None else [" "] * (len(norms) - 1)
        if len(gaps) < len(norms) - 1:
            raise IndexError("seps has fewer separators than the tokens need")
        # every separator is one character: token i starts after the norms and separators before it
        lens = list(map(len, norms))
        starts = list(accumulate(map(_PLUS_ONE, lens[:-1]), initial=0))
        text = "".join(chain.from_iterable(zip(norms, gaps, strict=False))) + norms[-1]
        # position of each token's last character → token index (a later token wins a tie)
        ends = dict(zip(map(add, starts, map(_MINUS_ONE, lens)), range(len(lens)), strict=True))
        hits: list[Hit] = []
        for end, (klen, variants) in self.automaton.iter(text):
            last = ends.get(end)
            if last is None:
                continue
            begin = end - klen + 1
            first = bisect_right(starts, begin) - 1
            prefix = text[starts[first] : begin]
            if " " in prefix or "\n" in prefix:
                continue
            for entries, needs_al in variants:
                ok = self._accept(prefix, needs_al, entries)
                if ok:
                    # the article belongs to the name: «والحرس الثوري» → «الحرس الثوري»
                    shown = prefix[:-2] if prefix.endswith("ال") else prefix
                    hits.append(Hit(first, last, shown, ok, klen + len(prefix)))
        return hits

    @staticmethod
    def _accept(prefix: str, needs_al: bool, entries: tuple[Entry, ...]) -> tuple[Entry, ...]:
        if needs_al:
            return entries if prefix in AL_PREFIXES else ()
        if prefix in PLAIN_PREFIXES:
            return entries
        if prefix in AL_PREFIXES:
            # only adjectives and heads take the article («الأمريكي», «الوزارة»), not names
            return tuple(e for e in entries if e.type in (ADJ, HEAD))
        return ()


__all__ = ["ACTOR", "ADJ", "HEAD", "Hit", "Matcher"]
