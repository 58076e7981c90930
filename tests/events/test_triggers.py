"""Trigger lookup: verb inflections, clitics, pronoun suffixes, nouns, multi-word forms."""

from __future__ import annotations

import pytest

from wasit.errors import LexiconError
from wasit.events.lexicon import TriggerLexicon, inflect_verb, load_lexicon
from wasit.events.triggers import find_triggers


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("وأجرى الوزير اتصالا هاتفيا مع نظيره", ("CONSULT", "phone")),
        ("وهاجمت القوات المتمركزة القرية", ("ASSAULT", None)),
        ("ويتهمون الحكومة بالفساد", ("ACCUSE", "allege")),
        ("وخلال زيارته الأخيرة للعاصمة", ("CONSULT", "visit")),
        ("وستطلق الحركة سراح الجنود", ("RETREAT", "release")),  # the subject splits the idiom
        ("وطالبوا بإطلاق سراحهم فورا", ("REQUEST", None)),
        ("شنت الطائرات غارات جوية على المدينة", ("ASSAULT", "aerial")),
        ("خرج آلاف المتظاهرين في الشوارع", ("PROTEST", "demo")),
        ("أعلن المعتقلون إضرابا عن الطعام", ("PROTEST", "hunger")),
        ("بعد الإفراج عن الأسرى", ("RETREAT", "release")),
        ("ودخل وقف إطلاق النار حيز التنفيذ", ("RETREAT", "ceasefire")),
        ("فرضت الحكومة عقوبات اقتصادية جديدة", ("SANCTION", "discontinue")),
        ("وأدانت الوزارة التفجير", ("ACCUSE", "disapprove")),
        ("ورحبت الوزارة بالقرار", ("SUPPORT", None)),
        ("التقت الوزيرة بنظيرها", ("CONSULT", None)),
        ("وخرج نحو ألف متظاهر إلى الساحة", ("PROTEST", "demo")),
        ("وقال إن العمل الاحتجاجي سيستمر", ("PROTEST", "demo")),
        ("وقال المزارعون إن مسلحين اعتدوا على القرية", ("ASSAULT", None)),
        ("وأسقطت الدفاعات الجوية طائرة استطلاع", ("ASSAULT", None)),
    ],
)
def test_first_trigger(sentence: str, expected: tuple[str, str | None] | None) -> None:
    found = find_triggers(sentence, load_lexicon())
    if expected is None:
        assert all(m.spec.mode != "release" for m in found)
        return
    assert found, sentence
    assert (found[0].spec.type, found[0].spec.mode) == expected


@pytest.mark.parametrize("word", ["بحث", "لبنان", "بلينكن", "الطقس", "حديقة"])
def test_plain_words_are_not_triggers(word: str) -> None:
    assert find_triggers(f"قال {word} شيئا", load_lexicon()) == []


def test_offsets_point_into_the_text() -> None:
    text = "في الصباح، شنت القوات هجوما واسعا"
    m = find_triggers(text[11:], load_lexicon(), offset=11)[0]
    # «شنت القوات هجوما»: a verb idiom split by its subject; the span is the verb
    assert text[m.start : m.end] == "شنت" and m.text == "شنت … هجوما"
    assert (m.spec.type, m.first, m.last) == ("ASSAULT", 0, 0)


@pytest.mark.parametrize(
    ("past", "present", "form"),
    [("هاجم", "هاجم", "هاجموا"), ("هاجم", "هاجم", "تهاجمان"), ("التقي", "لتقي", "التقت"),
     ("التقي", "لتقي", "يلتقون"), ("اتهم", "تهم", "يتهم")],
)  # fmt: skip
def test_inflections(past: str, present: str, form: str) -> None:
    assert form in inflect_verb(past, present)


@pytest.mark.parametrize(
    ("text", "message"),
    [("- type: NOPE\n  forms: [x]\n", "unknown PLOVER type"),
     ("- type: AGREE\n  frame: odd\n", "unknown frame"),
     ("- type: AGREE\n  verbs: [اتفق]\n", "PAST|PRESENT-STEM"),
     ("{a: 1}", "expected a list")],
)  # fmt: skip
def test_bad_lexicon_is_reported(text: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        TriggerLexicon.from_yaml("mine.yaml", text)


@pytest.mark.parametrize(
    "sentence",
    ["وقال الوزير في مؤتمر صحفي عقده أمس",
     "وأصدر مجلس التعاون الخليجي بيانا",
     "وتعمل وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين في المخيم",
     "وهاجر الشبان بحثاً عن عمل",
     "ورفض المتحدث باسم الوزارة التعليق على التقرير",
     "بينما رفضت السفارة الأمريكية الإدلاء بأي تصريح",
     "وقال الوزير في مقابلة مع صحيفة الشرق الأوسط",
     "وأضاف في حوار تلفزيوني مساء أمس"],
)  # fmt: skip
def test_phrases_that_name_no_event(sentence: str) -> None:
    assert find_triggers(sentence, load_lexicon()) == []


def test_not_an_event_entries_need_no_plover_type() -> None:
    lex = TriggerLexicon.from_yaml("t.yaml", "- type: NONE\n  forms: [مؤتمر صحفي]\n"
                                   "- type: CONSULT\n  forms: [مؤتمر]\n")  # fmt: skip
    assert find_triggers("في مؤتمر صحفي", lex) == []
    assert [m.spec.type for m in find_triggers("في مؤتمر دولي", lex)] == ["CONSULT"]


@pytest.mark.parametrize(
    ("sentence", "strike"),
    [("وأضرب العمال أمس", True), ("والعمال يضربون عن العمل منذ أسبوع", True),
     ("وحولت القلاع إلى ثكنات تضرب من خلالها المدن", False)],
)  # fmt: skip
def test_each_tense_keeps_its_own_words(sentence: str, strike: bool) -> None:
    """«أضرب|ضرب عن»: the present is a strike only with «عن» («يضرب عن»), not «يضرب» alone."""
    found = [m for m in find_triggers(sentence, load_lexicon()) if m.spec.type == "PROTEST"]
    assert bool(found) is strike, found


@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        # «هنأ» normalises to «هنا» (here): only the written hamza makes it a congratulation
        ("وقال الشاهد إن الحادث وقع هنا قبل يومين.", []),
        ("وهنأ الملك الرئيس المنتخب بفوزه.", ["SUPPORT"]),
        # «رحلته»، «رحلتنا»: a trip, not a deportation
        ("وخلال رحلته إلى باريس التقى عددا من رجال الأعمال.", ["CONSULT"]),
        # a crowd and a possible alternative are nouns; the verbs are read where a verb stands
        ("وحضر الحفل حشد كبير من المواطنين.", []),
        ("وحشد الجيش قواته على الحدود الشمالية.", ["MOBILIZE"]),
        ("وهذا بديل قابل للتطبيق.", []),
        ("وقابل الرئيس نظيره الفرنسي أمس.", ["CONSULT"]),
        # «فجر أمس» at dawn; «طالب» a student; «اثنين» two (not «أثنين», they praised)
        ("واعتقلت الشرطة فجر أمس ثلاثة مطلوبين.", ["COERCE"]),
        ("وفجر انتحاري نفسه في السوق.", ["ASSAULT", "ASSAULT"]),
        ("وقال مسؤولون إن مسلحا فجر نفسه في السوق.", ["ASSAULT"]),
        ("وحضر الحفل طالب جامعي واحد.", []),
        ("وعاد مواطنان اثنين من سوريا.", []),
        # phrases that hold a verb of an event and name none
        ("وقال بيان صادر عن الوزارة إن الوضع هادئ.", []),
        ("وصور المشهد عبر هاتف ذكي.", []),
        ("ووصل اثني عشر زائرا.", ["CONSULT"]),
        ("وهاتف الرئيس نظيره الفرنسي.", ["CONSULT"]),
        ("وفاز فريق باريس سان جيرمان على ملعب حديقة الأمراء بارك.", []),
    ],
)
def test_homographs(sentence: str, types: list[str]) -> None:
    assert [m.spec.type for m in find_triggers(sentence, load_lexicon())] == types
