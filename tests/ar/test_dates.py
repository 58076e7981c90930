"""Time expressions: the date rows of tests/ar/expressions.tsv, plus offsets and the stage."""

from __future__ import annotations

from pathlib import Path

import pytest

from wasit.ar.dates import TimexTagger, find_timexes
from wasit.ar.sentences import SentenceSplitter
from wasit.doc import Doc

TABLE = Path(__file__).with_name("expressions.tsv")


def rows() -> list[tuple[str, str | None, str]]:
    out = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        kind, text, pub, expected = line.split("\t")
        if kind == "date":
            out.append((text, None if pub == "-" else pub, expected))
    return out


@pytest.mark.parametrize(("text", "pub", "expected"), rows())
def test_date_table(text: str, pub: str | None, expected: str) -> None:
    found = find_timexes(text, pub)
    if expected == "none":
        assert found == [], [(t.text, t.value) for t in found]
        return
    assert found, f"no time expression in {text!r}"
    first = found[0]
    if expected == "null":
        assert first.value is None and first.note  # says why it stays unresolved
    else:
        assert first.value == expected, (first.text, first.value)


def test_relative_word_wins_over_weekday() -> None:
    # 2024-03-20 is a Wednesday: «غدا الثلاثاء» disagrees, and «غدا» wins.
    (t,) = find_timexes("الاجتماع غدا الثلاثاء", "2024-03-20")
    assert t.text == "غدا الثلاثاء" and t.value == "2024-03-21"


def test_year_from_the_last_full_date_without_pub_date() -> None:
    found = find_timexes("وقع الاتفاق في 13 أكتوبر 2022. ثم القمة يومي 1 و 2 نوفمبر.")
    assert [t.value for t in found] == ["2022-10-13", "2022-11-01/2022-11-02"]
    assert found[1].note


def test_offsets_and_urls() -> None:
    text = "قال أمس إن الرابط https://example.com/2024/01/30/x لا يحمل تاريخا"
    found = find_timexes(text, "2024-02-01")
    assert [(text[t.start : t.end], t.value) for t in found] == [("أمس", "2024-01-31")]


def test_stage_sets_sentences() -> None:
    doc = Doc(raw_text="", pub_date="2015-07-27")
    doc.clean_text = "وصل الوزير أمس. ويغادر يوم الخميس المقبل."
    doc.layers.add("clean_text")
    doc = TimexTagger()(SentenceSplitter()(doc))
    assert [(t.text, t.value, t.sentence) for t in doc.timexes] == [
        ("أمس", "2015-07-26", 0),
        ("يوم الخميس المقبل", "2015-07-30", 1),
    ]


def test_for_days_without_a_unit() -> None:
    # regression: «لمدة» followed by words that are no day unit raised KeyError
    found = find_timexes("بدأ الإضراب أمس لمدة ثلاثة على الأقل", "2024-03-20")
    assert [(t.text, t.value) for t in found] == [("أمس", "2024-03-19")]


@pytest.mark.parametrize(
    ("text", "pub", "values"),
    [
        (
            "بدأت صداقتهما منذ عام 48 أثناء الحرب.",
            "2015-08-03",
            [],
        ),  # a two-digit year, not «a year ago»
        ("وصل الوفد منذ عام إلى العاصمة.", "2015-08-03", ["2014"]),
        (
            "اجتمع الوزراء الأسبوع الماضي في الرياض.",
            "2024-05-15",
            ["2024-05"],
        ),  # only the certain unit
        ("اجتمع الوزراء الأسبوع الماضي في الرياض.", "2024-03-03", ["2024"]),
    ],
)
def test_ago_and_weeks(text: str, pub: str, values: list[str]) -> None:
    assert [t.value for t in find_timexes(text, pub)] == values
