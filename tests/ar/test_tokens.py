"""Tokens with offsets and clitic splits, including what the caches behind them must keep."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest

from wasit.ar.normalize import normalize
from wasit.ar.tokens import clitic_splits, separators, tokenize


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [
        ("وصل الوزيرُ إلى الرياض.", 0, [(0, 3, "وصل", "وصل"), (4, 11, "الوزيرُ", "الوزير"), (12, 15, "إلى", "الي"), (16, 22, "الرياض", "الرياض")]),
        ("قال الرئيس", 40, [(40, 43, "قال", "قال"), (44, 50, "الرئيس", "الرئيس")]),
        ("...", 0, []),
    ],
)  # fmt: skip
def test_tokenize_offsets_and_keys(text: str, offset: int, expected: list[tuple[int, int, str, str]]) -> None:
    for _ in range(2):  # the second call is answered from the cache: same tokens
        assert [(t.start, t.end, t.text, t.norm) for t in tokenize(text, offset)] == expected


@pytest.mark.parametrize("offset", [0, 7])
def test_tokenize_gives_each_caller_its_own_list(offset: int) -> None:
    first = tokenize("اجتمع الوفدان في القاهرة", offset)
    first.pop()
    first.append(first[0])
    again = tokenize("اجتمع الوفدان في القاهرة", offset)
    assert [t.text for t in again] == ["اجتمع", "الوفدان", "في", "القاهرة"]
    assert again[0].start == offset


@pytest.mark.parametrize(
    ("word", "min_stem", "expected"),
    [
        ("والرياض", 2, [("", "والرياض"), ("وال", "رياض"), ("و", "الرياض")]),
        ("لبنان", 2, [("", "لبنان"), ("ل", "بنان")]),
        ("مصر", 2, [("", "مصر")]),
        ("بها", 2, [("", "بها"), ("ب", "ها")]),
        ("بها", 3, [("", "بها")]),
    ],
)
def test_clitic_splits(word: str, min_stem: int, expected: list[tuple[str, str]]) -> None:
    for _ in range(2):
        got = clitic_splits(word, min_stem)
        assert got == expected
        got.append(("x", "y"))  # a caller's list is its own


@pytest.mark.parametrize(
    "text",
    ["قال الوزير، في بيان: إن الوفد وصل", "  بداية\nنهاية  ", "كلمة", "", "...!", "أ - ب\tج (د) هـ"],
)
def test_separators_match_the_gaps_between_tokens(text: str) -> None:
    toks = tokenize(text)
    gaps = [text[a.end : b.start] for a, b in pairwise(toks)]
    assert separators(text) == [" " if g.isspace() else "\n" for g in gaps]


@pytest.mark.parametrize(("first", "then"), [(0, 25), (25, 0), (7, 7), (3, 100)])
def test_tokens_of_a_text_seen_at_another_offset(first: int, then: int) -> None:
    text = "وأعلنت الحكومة الأردنية، أمس، عن خطة جديدة"
    tokenize(text, first)
    moved = [(t.start, t.end, t.text, t.norm) for t in tokenize(text, then)]
    fresh = [(m.start() + then, m.end() + then, m.group()) for m in re.finditer(r"\w+", text)]
    assert [m[:3] for m in moved] == fresh
    assert [m[3] for m in moved] == [normalize(m[2]) for m in fresh]
