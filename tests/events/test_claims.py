"""Numeric claims, on documents built by hand (sentences written for these tests)."""

from __future__ import annotations

import pytest

from wasit.ar.dates import TimexTagger
from wasit.ar.sentences import SentenceSplitter
from wasit.doc import Claim, Doc, Mention
from wasit.events.claims import ClaimExtractor


def make_doc(text: str, mentions: list[tuple[str, str]] = (), pub: str | None = None) -> Doc:  # type: ignore[assignment]
    doc = Doc(raw_text=text, pub_date=pub)
    doc.clean_text = text
    doc.layers.add("clean_text")
    doc = TimexTagger()(SentenceSplitter()(doc))
    for surface, code in mentions:
        start = text.index(surface)
        doc.mentions.append(Mention(start, start + len(surface), surface, code, "country"))
    doc.layers.add("mentions")
    return ClaimExtractor()(doc)


def one(text: str, **kw: object) -> Claim:
    claims = make_doc(text, **kw).claims  # type: ignore[arg-type]
    assert len(claims) == 1, [c.to_gold() for c in claims]
    return claims[0]


@pytest.mark.parametrize(
    ("text", "category", "value", "qualifier"),
    [
        ("أسفرت الغارة عن مقتل 12 شخصا في المدينة.", "killed", 12, "exact"),
        ("أدى الانفجار إلى مقتل أكثر من 40 مدنيا.", "killed", 40, "more_than"),
        ("أودى القصف بحياة 9 أطفال على الأقل.", "killed", 9, "at_least"),
        ("سقط 15 قتيلا في الاشتباكات.", "killed", 15, "exact"),
        ("قالت المصادر إن 8 جنود لقوا حتفهم.", "killed", 8, "exact"),
        ("أسفر الهجوم عن إصابة نحو 30 شخصا.", "injured", 30, "about"),
        ("نقل 22 جريحا إلى المستشفى.", "injured", 22, "exact"),
        ("لا تزال الحركة تحتجز قرابة 100 رهينة.", "held", 100, "about"),
        ("يقبع في السجون 5000 أسير.", "held", 5000, "exact"),
        ("أفرجت السلطات عن 60 سجينا.", "released", 60, "exact"),
        ("تم إطلاق سراح ما يزيد على 200 معتقل.", "released", 200, "more_than"),
        ("شنت القوات حملة اعتقال طالت 35 شابا.", "detained", 35, "exact"),
        ("اعتقلت الشرطة أقل من 10 متظاهرين.", "detained", 10, "less_than"),
        ("اختطف المسلحون 3 صحفيين.", "abducted", 3, "exact"),
        ("احتجز المهاجمون 7 رهائن في المبنى.", "abducted", 7, "exact"),
        ("أدى القتال إلى نزوح 4 آلاف عائلة.", "displaced", 4000, "exact"),
        ("يعيش في المخيم 1,500 نازح.", "displaced", 1500, "exact"),
        ("أعلن الجيش مقتل جنديين.", "killed", 2, "exact"),
        ("أطلق الخاطفون سراح رهينتين.", "released", 2, "exact"),
    ],
)
def test_category_value_qualifier(text: str, category: str, value: int, qualifier: str) -> None:
    c = one(text)
    assert (c.category, c.value, c.qualifier) == (category, value, qualifier)
    assert c.quote and c.quote in text


@pytest.mark.parametrize(
    ("text", "category", "rng"),
    [
        ("أسفر القصف عن إصابة العشرات.", "injured", (20, 99)),
        ("اعتقلت القوات مئات المحتجين.", "detained", (200, 999)),
        ("تسبب القتال في نزوح الآلاف.", "displaced", (2000, 9999)),
        ("أسفر الانفجار عن مقتل عدة أشخاص.", "killed", (3, 9)),
    ],
)
def test_vague_kept_as_range(text: str, category: str, rng: tuple[int, int]) -> None:
    c = one(text)
    assert (c.category, c.value, c.range, c.qualifier) == (category, None, rng, "exact")


@pytest.mark.parametrize(
    "text",
    [
        "تبرعت الدولة بمبلغ 5 ملايين دولار للمستشفى.",
        "استمرت المفاوضات 12 ساعة دون نتيجة.",
        "أطلقت الفصائل 20 صاروخا على المدينة.",
        "يحاكم 29 متهما أمام المحكمة.",
        "وقع الهجوم في 7 أكتوبر 2023 على البلدة.",
        "شارك في الاجتماع ممثلو 14 فصيلا.",
        "زار الوزير المدينة عام 2019.",
    ],
)
def test_no_claim(text: str) -> None:
    assert make_doc(text).claims == []


def test_breakdown_is_one_claim_of_the_total() -> None:
    doc = make_doc("نجحت الوساطة في إطلاق سراح أربعة رهائن: أمريكيان وإسرائيليان.")
    assert [(c.category, c.value) for c in doc.claims] == [("released", 4)]


def test_part_of_a_figure_is_not_a_claim() -> None:
    doc = make_doc("ضم المعسكر 900 أسير، كان أكثر من 300 منهم من النساء.")
    assert [(c.category, c.value) for c in doc.claims] == [("held", 900)]


def test_others_takes_the_category_before() -> None:
    doc = make_doc("ما زالت الجماعة تحتجز 12 رهينة أحياء، إضافة إلى جثث 5 آخرين.")
    assert [(c.category, c.value) for c in doc.claims] == [("held", 12), ("held", 5)]


def test_two_figures_two_categories() -> None:
    doc = make_doc("أسفر التفجير عن مقتل 6 أشخاص وإصابة 40 آخرين.")
    assert [(c.category, c.value) for c in doc.claims] == [("killed", 6), ("injured", 40)]


def test_repeated_figure_is_one_claim_and_keeps_attribution() -> None:
    text = "قتل 3 جنود في الهجوم. وأكد الجيش الأردني مقتل 3 جنود."
    doc = make_doc(text, mentions=[("الجيش الأردني", "JOR:MIL")])
    assert [(c.category, c.value, c.attributed_to) for c in doc.claims] == [
        ("killed", 3, "JOR:MIL")
    ]


@pytest.mark.parametrize(
    ("text", "mentions", "code"),
    [
        (
            "قتل 50 شخصا وفقا لوزارة الصحة اللبنانية.",
            [("وزارة الصحة اللبنانية", "LBN:GOV")],
            "LBN:GOV",
        ),
        ("بحسب الأمم المتحدة، نزح 3000 شخص.", [("الأمم المتحدة", "UNO")], "UNO"),
        ("قالت الشرطة العراقية إن 4 أشخاص قتلوا.", [("الشرطة العراقية", "IRQ:COP")], "IRQ:COP"),
        (
            "وكان الرئيس الفرنسي قد أعلن مقتل جنديين فرنسيين.",
            [("الرئيس الفرنسي", "FRA:GOV")],
            "FRA:GOV",
        ),
        ("أسفر القصف عن مقتل 10 أشخاص في غزة.", [("غزة", "PSE")], None),
    ],
)
def test_attribution(text: str, mentions: list[tuple[str, str]], code: str | None) -> None:
    assert one(text, mentions=mentions).attributed_to == code


def test_claim_takes_the_date_of_its_sentence() -> None:
    c = one("قتل 4 أشخاص أمس في القصف.", pub="2024-03-20")
    assert c.date == "2024-03-19"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أقدم الجاني على إطلاق النار على شقيقين.", []),  # regression: «إطلاق النار» is no release
        ("طالبت الحكومة بإطلاق 10 محتجزين كل يوم.", [("released", 10)]),
        ("تم احتجاز 40 شخصا كرهائن خلال الهجوم.", [("abducted", 40)]),
        ("تم احتجاز 40 شخصا في مركز الشرطة.", [("detained", 40)]),
        ("قتل ما لايقل عن 14 شخصا.", [("killed", 14)]),
    ],
)
def test_release_and_seize_words(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.category, c.value) for c in make_doc(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أبلغ الجيش عائلات 90 من الجنود الذين قتلوا في المعارك.", [("killed", 90)]),
        ("يبلغ عدد النازحين في المخيمات 600 ألف.", [("displaced", 600000)]),
        ("ما زال هناك 130 مختطفا لدى الحركة، بينهم 20 أجنبيا.", [("held", 130)]),
    ],
)
def test_verb_far_after_and_counts(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.category, c.value) for c in make_doc(text).claims] == expected


def test_speaker_before_a_colon() -> None:
    text = "المتحدث باسم الجيش الإسرائيلي: لا يزال 130 رهينة في غزة."
    c = one(text, mentions=[("الجيش الإسرائيلي", "ISR:MIL")])
    assert (c.category, c.value, c.attributed_to) == ("held", 130, "ISR:MIL")


@pytest.mark.parametrize(
    "text",
    [
        "أوقفت الوزارة 8% من المكاتب المخالفة.",
        "أوقفت الوزارة 20 مكتبا مخالفا.",
        "قتل الجاني زوجته بعدة طعنات.",
        "سجلت الوزارة إصابة 12 بفيروس كورونا.",
        "ارتفعت الأسعار 5 في المئة.",
        "سجلت البلاد إصابات متصاعدة بكوفيد - 19 هذا الشهر.",
        "قتلت الطائرة إف-16 الهدف.",
        "ارتفعت الوفيات بفيروس كورونا ليبلغ إجمالي عدد المصابين 978 شخصا.",
        "لا يجوز القتل حتى يحقق مع الواحد منهم.",
    ],
)
def test_no_claim_things_and_infections(text: str) -> None:
    assert make_doc(text).claims == []


def test_claim_date_is_the_nearest_past_one() -> None:
    text = "ستمثل الوزيرة في 22 أكتوبر المقبل أمام لجنة تحقق في الهجوم الذي أدى إلى مقتل 4 أمريكيين عام 2012."
    c = one(text, pub="2015-07-27")
    assert (c.category, c.value, c.date) == ("killed", 4, "2012")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أسفر القصف عن مقتل 5 جنود و3 مدنيين.", [("killed", 5), ("killed", 3)]),
        ("قتل 4 جنود أمريكيين و2 عراقيين في الهجوم.", [("killed", 4), ("killed", 2)]),
        ("سقط 3 شهداء و10 جرحى.", [("killed", 3), ("injured", 10)]),
        ("قتل 3 أشخاص في الهجوم و5 في الغارة.", [("killed", 3)]),  # not a list: «في الهجوم» between
    ],
)
def test_figures_per_group(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.category, c.value) for c in make_doc(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "mentions", "code"),
    [
        # a figure far into a clause of its own is not what the speaker said
        (
            "وجاء إعلان رئيس الوزراء عن خطة جديدة بعد مراجعة الحصار الذي شهدته المدينة في العام الماضي حين عمد المسلح إلى احتجاز 18 شخصا كرهائن.",
            [("رئيس الوزراء", "AUS:GOV")],
            None,
        ),
        # who is told is not the source
        (
            "وقالت المتحدثة لوكالة رويترز إن 40 شخصا لقوا حتفهم.",
            [("وكالة رويترز", "GBR:JRN")],
            None,
        ),
        # the subject comes right after the verb
        (
            "أعلنت الهيئة العامة للطيران المدني عن تحطم طائرة سعودية نتج عنه وفاة 3 مسافرين.",
            [("طائرة سعودية", "SAU:MIL")],
            None,
        ),
    ],
)
def test_attribution_limits(text: str, mentions: list[tuple[str, str]], code: str | None) -> None:
    assert one(text, mentions=mentions).attributed_to == code
