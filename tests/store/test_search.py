"""Free-text query building: safe FTS5 phrases, spelling variants of Arabic words."""

from __future__ import annotations

import pytest

from wasit.store.search import fts_query, spelling_variants


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قطر", '"قطر"'),
        ("  وساطة   قطرية ", '("وساطة" OR "وساطه") AND ("قطرية" OR "قطريه")'),
        ('قطر" OR 1', '"قطر"'),  # quotes cannot break out; short words are dropped
        ("في من", None),
        ("NEAR(a b)", '"NEAR(a"'),
        ("مُفاوَضات", '"مفاوضات"'),  # diacritics are dropped from the query
    ],
)
def test_fts_query(text: str, expected: str | None) -> None:
    assert fts_query(text) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("اسرائيل", {"اسرائيل", "أسرائيل", "إسرائيل", "آسرائيل"}),
        ("والامارات", {"والامارات", "والأمارات", "والإمارات", "والآمارات"}),
        ("مصطفى", {"مصطفى", "مصطفي"}),
        ("القاهرة", {"القاهرة", "القاهره"}),
        ("بحث", {"بحث"}),
    ],
)
def test_spelling_variants(word: str, expected: set[str]) -> None:
    assert set(spelling_variants(word)) == expected
    assert spelling_variants(word)[0] == word
