from __future__ import annotations

import pytest

from wasit.ar.normalize import arabic_ratio, normalize, normalize_keep_length
from wasit.ar.tokens import clitic_splits, tokenize


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("أحمد", "احمد"),
        ("إسرائيل", "اسرائيل"),
        ("آلاف", "الاف"),
        ("مستشفى", "مستشفي"),
        ("الحكومة", "الحكومه"),
        ("مُحادثاتٌ", "محادثات"),
        ("الـمفاوضات", "المفاوضات"),
        ("٧ أكتوبر", "7 اكتوبر"),
        ("۱۲", "12"),
    ],
)
def test_normalize(text: str, key: str) -> None:
    assert normalize(text) == key


def test_keep_length_keeps_offsets() -> None:
    text = "وَزِيرُ الخارجيـة"
    assert len(normalize_keep_length(text)) == len(text)
    assert normalize_keep_length(text).replace("\u200c", "") == normalize(text)


def test_arabic_ratio() -> None:
    assert arabic_ratio("Hello world") == 0.0
    assert arabic_ratio("مرحبا") == 1.0
    assert 0.4 < arabic_ratio("مرحبا hello") < 0.6


def test_tokens_have_offsets() -> None:
    text = "التقى بلينكن، أمس، بوزير الخارجية."
    for t in tokenize(text):
        assert text[t.start : t.end] == t.text
    assert [t.text for t in tokenize(text)][:2] == ["التقى", "بلينكن"]


def test_clitic_splits_keep_unsplit_first() -> None:
    splits = clitic_splits("بلينكن")
    assert splits[0] == ("", "بلينكن")
    assert ("ب", "لينكن") in splits
    assert ("لل", "دوحه") in clitic_splits("للدوحه")
