"""Arabic numbers: the number rows of tests/ar/expressions.tsv, plus offsets and ordinals."""

from __future__ import annotations

from pathlib import Path

import pytest

from wasit.ar.normalize import normalize
from wasit.ar.numbers import digits_value, find_numbers, parse_number, parse_ordinal

TABLE = Path(__file__).with_name("expressions.tsv")


def rows(kind: str) -> list[tuple[str, str]]:
    out = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        k, text, _pub, expected = line.split("\t")
        if k == kind:
            out.append((text, expected))
    return out


@pytest.mark.parametrize(("text", "expected"), rows("number"))
def test_number_table(text: str, expected: str) -> None:
    found = find_numbers(text)
    if expected == "none":
        assert found == []
        return
    assert found, f"no number in {text!r}"
    first = found[0]
    if "-" in expected:
        lo, hi = (int(x) for x in expected.split("-"))
        assert first.value is None and first.range == (lo, hi)
    else:
        assert first.value == int(expected) and first.range is None


@pytest.mark.parametrize(("text", "expected"), rows("ordinal"))
def test_ordinal_table(text: str, expected: str) -> None:
    found = parse_ordinal([normalize(w) for w in text.split()])
    assert found is not None and found[0] == int(expected)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("قتل 5 وأصيب 12", ["5", "12"]),
        ("مقتل نحو مائتي شخص وإصابة العشرات", ["مائتي", "العشرات"]),
        ("يومي 1 و 2 نوفمبر", ["1", "2"]),  # digits joined by «و» stay two numbers
        ("أربعة رهائن: أمريكيان وإسرائيليان", ["أربعة", "أمريكيان", "وإسرائيليان"]),
        ("سبعة كويتيين وخمسة سعوديين", ["سبعة", "وخمسة"]),
    ],
)
def test_offsets(text: str, spans: list[str]) -> None:
    found = find_numbers(text)
    assert [m.text for m in found] == spans
    for m in found:
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "value", "decimal"),
    [("1,400", 1400.0, False), ("٧٠٠٠", 7000.0, False), ("164.7", 164.7, True), ("1.400", 1400.0, False)],
)
def test_digits_value(text: str, value: float, decimal: bool) -> None:
    assert digits_value(text) == (value, decimal)


def test_parse_number_whole_string_only() -> None:
    assert parse_number(" سبعة آلاف ") is not None
    assert parse_number("سبعة آلاف جندي") is None
