from __future__ import annotations

from wasit.ar.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_splits_on_arabic_and_latin_marks() -> None:
    text = "وصل الوزير إلى الدوحة. هل ستنجح المحادثات؟ نعم! ثم عاد"
    assert _split(text) == ["وصل الوزير إلى الدوحة.", "هل ستنجح المحادثات؟", "نعم!", "ثم عاد"]


def test_not_at_commas_or_inside_numbers() -> None:
    text = "قال الوزير، في بيان، إن المساعدات بلغت 3.5 مليون دولار، وإنها ستصل غدا."
    assert _split(text) == [text]


def test_newline_ends_a_sentence_and_quote_stays() -> None:
    text = "قال: «انتهى الاجتماع.» ثم غادر\nعنوان آخر"
    assert _split(text) == ["قال: «انتهى الاجتماع.»", "ثم غادر", "عنوان آخر"]


def test_offsets_are_into_the_text() -> None:
    text = "  جملة أولى.   جملة ثانية  "
    for s, e in split_sentences(text):
        assert text[s:e].strip() == text[s:e]
