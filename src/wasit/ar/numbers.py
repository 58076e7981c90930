"""Arabic numbers: digits (ASCII, Arabic-Indic, Persian) with separators, number words and
their compounds (مائتان وتسعة وعشرون، سبعة آلاف، نصف مليون), the dual of counted nouns
(جنديين، رهينتين = 2), vague quantities kept as ranges (عشرات = [20, 99]) and ordinals.

The words live in `wasit/data/ar/` (numbers.tsv, vague.tsv, ordinals.tsv, dual_nouns.tsv).
`find_numbers` returns every number of a text with its character offsets; `parse_number`
reads a whole string as one number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from wasit.ar.normalize import normalize
from wasit.ar.tables import read_table
from wasit.ar.tokens import clitic_splits

_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
_DIGITS = re.compile(
    rf"(?<![{_DIGIT}])[{_DIGIT}]+(?:[,\u066c][{_DIGIT}]{{3}})*(?:[.\u066b][{_DIGIT}]+)?(?![{_DIGIT}])"
)
_WORD = re.compile(r"(?:[^\W\d_]|[\u0610-\u061a\u064b-\u065f\u0670\u0640])+")
_SEPARATORS = str.maketrans({",": "", "\u066c": "", "\u066b": "."})

#: Magnitude classes used to check that «و» joins the parts of one number.
_CLASS = {"unit": 1, "teen": 1, "ten": 2, "teen_ten": 2, "hundred": 3}
#: Units that are numbers only inside a compound teen (أحد عشر، اثنا عشر).
_TEEN_ONLY = {"احد", "احدي", "اثنا", "اثني", "اثنتا", "اثنتي"}
#: Stems before «يان» that are not nisba duals (بيان، كيان …) are shorter than this.
_MIN_NISBA_STEM = 3


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A number found in a text. `value` is None for a vague quantity, which has a `range`.

    kind: digits, words, mixed (digits + scale word), dual, vague.
    """

    start: int
    end: int
    text: str
    value: int | None
    range: tuple[int, int] | None
    kind: str
    decimal: bool = False


@dataclass(frozen=True, slots=True)
class _Item:
    start: int
    end: int
    text: str
    prefix: str  # clitic before the number word ("و" joins parts of one number)
    kind: str  # digits, unit, teen_ten, ten, hundred, scale, scale_plural, dual_scale, fraction, vague, dual
    value: float
    low: int = 0
    high: int = 0
    stem: str = ""


@lru_cache(maxsize=1)
def number_words() -> dict[str, tuple[float, str]]:
    return {normalize(w): (float(v), k) for w, v, k in read_table("numbers.tsv", 3)}


@lru_cache(maxsize=1)
def vague_words() -> dict[str, tuple[int, int]]:
    return {normalize(w): (int(lo), int(hi)) for w, lo, hi in read_table("vague.tsv", 3)}


@lru_cache(maxsize=1)
def ordinal_words() -> dict[str, int]:
    return {normalize(w): int(v) for w, v in read_table("ordinals.tsv", 2)}


@lru_cache(maxsize=1)
def dual_forms() -> dict[str, str]:
    """Dual form (normalised) → the singular it counts two of."""
    out: dict[str, str] = {}
    for singular, _gloss in read_table("dual_nouns.tsv", 2):
        s = normalize(singular)
        stem = s[:-1] + "ت" if s.endswith("ه") else s
        for ending in ("ان", "ين", "ا", "ي"):
            if ending in ("ا", "ي") and not s.endswith("ه"):
                continue  # construct state only for -ة nouns (رهينتا)
            out[stem + ending] = s
    return out


def digits_value(text: str) -> tuple[float, bool]:
    """Value of a digit string with separators: «1,400» → 1400, «٧٠٠٠» → 7000, «164.7»."""
    t = normalize(text).translate(_SEPARATORS)
    if "." in t:
        whole, frac = t.split(".", 1)
        if len(frac) == 3 and len(whole) <= 3 and not whole.startswith("0"):
            return float(whole + frac), False  # «1.400»: a thousands dot
        return float(t), True
    return float(t), False


@lru_cache(maxsize=65536)
def _lookup(norm: str) -> tuple[str, str, float, str, int, int] | None:
    """(prefix, stem, value, kind, low, high) of a number word, trying clitic splits."""
    words = number_words()
    vague = vague_words()
    duals = dual_forms()
    for prefix, stem in clitic_splits(norm):
        if prefix and prefix not in {"و", "ب", "ل", "ف", "ك", "ال", "وال", "بال", "لل", "وب", "ول", "فال", "ولل", "وبال"}:
            continue
        if "ال" in prefix and stem in {"احد", "اثنين"}:
            continue  # الأحد، الاثنين: weekdays
        if stem in vague and stem not in words:
            lo, hi = vague[stem]
            return prefix, stem, 0.0, "vague", lo, hi
        if stem in words:
            value, kind = words[stem]
            if kind == "scale_plural":  # آلاف alone is vague: [2000, 9999]
                lo, hi = vague.get(stem, (2 * int(value), 10 * int(value) - 1))
                return prefix, stem, value, kind, lo, hi
            return prefix, stem, value, kind, 0, 0
        if stem in duals:
            return prefix, stem, 2.0, "dual", 0, 0
        if (
            stem.endswith("يان")
            and len(stem) - 3 >= _MIN_NISBA_STEM
            and not prefix.endswith("ال")
        ):
            return prefix, stem, 2.0, "dual", 0, 0  # أمريكيان، إسرائيليان (nominative dual)
    return None


Reading = tuple[str, str, float, str, int, int] | None
#: Words already read: word as written → (its key, its number reading or None). Bounded.
_WORDS: dict[str, tuple[str, Reading]] = {}
_WORDS_MAX = 200_000


def _word_reading(word: str) -> tuple[str, Reading]:
    norm = normalize(word)
    known = (norm, _lookup(norm))
    if len(_WORDS) >= _WORDS_MAX:
        _WORDS.clear()
    _WORDS[word] = known
    return known


def _items(text: str) -> list[_Item]:
    items: list[_Item] = []
    for m in _DIGITS.finditer(text):
        value, _ = digits_value(m.group())
        items.append(_Item(m.start(), m.end(), m.group(), "", "digits", value))
    previous = ""
    ordinals = ordinal_words()
    seen = _WORDS
    for m in _WORD.finditer(text):
        word = m.group()
        known = seen.get(word)
        if known is None:
            known = _word_reading(word)
        norm, found = known
        if found is None:
            previous = norm
            continue
        stem = previous.removeprefix("ال")
        after_ordinal = stem in ordinals and stem not in ("اول", "اولي")  # «أول عشرة»
        previous = norm
        if after_ordinal and found[3] == "teen_ten":
            continue  # «الحادية عشرة» is an ordinal
        prefix, stem, value, kind, lo, hi = found
        items.append(_Item(m.start(), m.end(), word, prefix, kind, value, lo, hi, stem))
    items.sort(key=lambda it: it.start)
    return items


def _adjacent(text: str, a: _Item, b: _Item) -> bool:
    """Nothing but spaces (or a tatweel/ZWNJ) between two items."""
    gap = text[a.end : b.start]
    return gap.strip(" \u00a0\u0640\u200c") == ""


class _Builder:
    """Accumulates the parts of one number word sequence."""

    def __init__(self, first: _Item) -> None:
        self.items = [first]
        self.total = 0.0
        self.current = 0.0
        self.decimal = False
        self.low = self.high = 0
        self.kind = first.kind
        self.last_class = 0
        self.has_ten = False
        self.vague = False
        if first.kind == "digits":
            self.current, self.decimal = digits_value(first.text)
            self.last_class = 9  # digits do not take «و» continuations
        elif first.kind == "vague":
            self.vague = True
            self.low, self.high = first.low, first.high
            self.last_class = 9
        elif first.kind in ("scale", "dual_scale"):
            self.total = first.value
            self.last_class = 4
        elif first.kind == "scale_plural":
            self.vague = True
            self.low, self.high = first.low, first.high
            self.last_class = 9
        elif first.kind == "fraction":
            self.current = first.value
            self.last_class = 9
        elif first.kind == "dual":
            self.current = 2
            self.last_class = 9
        else:
            self.current = first.value
            self.last_class = _CLASS.get(first.kind, 1)
            self.has_ten = first.kind in ("ten", "teen_ten")

    def extend(self, text: str, nxt: _Item) -> bool:
        prev = self.items[-1]
        if not _adjacent(text, prev, nxt):
            return False
        joined = nxt.prefix == "و"
        if nxt.prefix not in ("", "و", "ال"):
            return False
        k = nxt.kind
        if k in ("scale", "scale_plural") and not joined and prev.kind not in ("scale", "dual_scale"):
            if self.vague:  # عشرات الآلاف
                self.low, self.high = self.low * int(nxt.value), (self.high + 1) * int(nxt.value) - 1
            elif nxt.prefix == "ال":
                return False
            else:
                base = self.current or 1.0
                self.total += base * nxt.value
                self.current = 0.0
            self.items.append(nxt)
            self.last_class = 4
            return True
        if joined and k == "fraction" and prev.kind in ("scale", "dual_scale"):
            self.total += nxt.value * (prev.value if prev.kind == "scale" else prev.value / 2)
            self.items.append(nxt)  # «مليون ونصف» = 1,500,000
            self.last_class = 9
            return True
        if self.vague or prev.kind in ("digits", "fraction", "dual") or nxt.prefix == "ال":
            return False
        if not joined:
            if prev.kind == "unit" and k == "teen_ten":
                self.current += 10
                self.last_class = 2
                self.has_ten = True
            elif prev.kind == "unit" and k == "hundred" and nxt.value == 100:
                self.current *= 100
                self.last_class = 3
            else:
                return False
            self.items.append(nxt)
            return True
        # joined with «و»
        new_class = _CLASS.get(k)
        if new_class is None:
            return False
        ok = new_class < self.last_class or (
            self.last_class == 1 and new_class == 2 and not self.has_ten and k == "ten"
        )
        if not ok:
            return False
        self.current += nxt.value
        self.last_class = min(self.last_class, new_class) if new_class == 2 else new_class
        self.has_ten = self.has_ten or k == "ten"
        self.items.append(nxt)
        return True

    def result(self, text: str) -> NumberMatch | None:
        first, last = self.items[0], self.items[-1]
        span = text[first.start : last.end]
        if first.kind == "fraction" and len(self.items) == 1:
            return None  # «نصف» alone is a half of something, not a count
        if first.kind == "unit" and len(self.items) == 1 and first.stem in _TEEN_ONLY:
            return None
        if self.vague:
            return NumberMatch(first.start, last.end, span, None, (self.low, self.high), "vague")
        value = self.total + self.current
        kinds = {it.kind for it in self.items}
        if "digits" in kinds:
            kind = "digits" if len(self.items) == 1 else "mixed"
        elif kinds == {"dual"}:
            kind = "dual"
        else:
            kind = "words"
        return NumberMatch(
            first.start, last.end, span, round(value), None, kind, self.decimal and len(self.items) == 1
        )


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number of `text`, left to right, with offsets into `text`."""
    items = _items(text)
    out: list[NumberMatch] = []
    i = 0
    while i < len(items):
        builder = _Builder(items[i])
        j = i + 1
        while j < len(items) and builder.extend(text, items[j]):
            j += 1
        match = builder.result(text)
        if match is not None:
            out.append(match)
        i = j
    return out


def parse_number(text: str) -> NumberMatch | None:
    """`text` read as one number (surrounding spaces allowed), else None."""
    found = find_numbers(text)
    stripped = text.strip()
    if len(found) == 1 and found[0].text == stripped:
        return found[0]
    return None


def parse_ordinal(words: list[str]) -> tuple[int, int] | None:
    """(value, words used) of an ordinal at the start of `words` (normalised tokens):
    «السابع» → 7, «الحادي عشر» → 11, «الحادي والعشرين» → 21, «الثلاثين» → 30."""
    if not words:
        return None
    ords = ordinal_words()
    first = words[0]
    stem = first[2:] if first.startswith("ال") else first
    if stem not in ords:
        return None
    value = ords[stem]
    if value >= 20:
        return value, 1
    if len(words) > 1 and words[1] in ("عشر", "عشره"):
        return value + 10, 2
    if len(words) > 1 and words[1].startswith("وال") and words[1][1:] in ("العشرين", "العشرون", "الثلاثين", "الثلاثون"):
        tens = 20 if "عشر" in words[1] else 30
        return value + tens, 2
    if first in ("حادي", "الحادي", "حاديه", "الحاديه"):
        return None  # «الحادي» alone is not an ordinal of its own
    return value, 1
