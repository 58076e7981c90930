"""The actors stage on sentences written for these tests."""

from __future__ import annotations

import itertools
import pickle

import pytest

from wasit.actors.recognizer import ActorRecognizer
from wasit.doc import Doc, Mention
from wasit.pipeline import build_pipeline


@pytest.fixture(scope="module")
def rec() -> ActorRecognizer:
    return ActorRecognizer()


def _find(rec: ActorRecognizer, text: str, date: str | None = "2023-11-01") -> list[Mention]:
    return rec.find(text, date)


def _codes(ms: list[Mention]) -> dict[str, str]:
    return {m.text: m.code for m in ms}


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        # countries, with clitics
        ("وصل الوفد إلى الجزائر أمس", "الجزائر", "DZA:GOV"),
        ("وأعلنت والجزائر موقفها", "الجزائر", "DZA:GOV"),
        ("قدمت بلبنان مساعدات", "لبنان", "LBN:GOV"),
        ("زار لبنان وفد رسمي", "لبنان", "LBN:GOV"),
        ("رحبت للولايات المتحدة بالقرار", "ولايات المتحدة", "USA:GOV"),
        # capitals and seats for the government
        ("وقالت واشنطن إنها ترحب", "واشنطن", "USA:GOV"),
        ("وصل الوفد للدوحة صباحا", "دوحة", "QAT:GOV"),
        ("رد الكرملين على البيان", "الكرملين", "RUS:GOV"),
        # organisations and movements with the fixed codes
        ("أعلنت حركة حماس موافقتها", "حركة حماس", "PSE:REB"),
        ("قدمت قطر دعما لحماس", "حماس", "PSE:REB"),
        ("قال متحدث إن حزب الله أطلق صواريخ", "حزب الله", "LBN:REB"),
        ("هاجم الحوثيون سفينة", "الحوثيون", "YEM:REB"),
        ("تبنى تنظيم داعش الهجوم", "تنظيم داعش", "IMG:REB"),
        ("اجتمع مجلس الأمن الدولي", "مجلس الأمن الدولي", "UNO"),
        ("دعت جامعة الدول العربية إلى التهدئة", "جامعة الدول العربية", "IGO"),
        ("أعلنت حركة فتح رفضها", "حركة فتح", "PSE:PTY"),
        ("رحبت السلطة الفلسطينية بالقرار", "السلطة الفلسطينية", "PSE:GOV"),
        # institutions with a nationality adjective, a genitive country or «في»
        ("قالت وزارة الخارجية الفرنسية في بيان", "وزارة الخارجية الفرنسية", "FRA:GOV"),
        ("وقصف الجيش الإسرائيلي مواقع", "الجيش الإسرائيلي", "ISR:MIL"),
        ("اعتقلت الشرطة التونسية ثلاثة", "الشرطة التونسية", "TUN:COP"),
        ("اعتقلت الشرطة في مصر ثلاثة", "الشرطة في مصر", "EGY:COP"),
        ("قال سفير الجزائر بواشنطن إن", "سفير الجزائر بواشنطن", "DZA:GOV"),
        ("أصدرت المحكمة المصرية حكما", "المحكمة المصرية", "EGY:JUD"),
        ("صوت البرلمان العراقي على القانون", "البرلمان العراقي", "IRQ:LEG"),
        ("قال المتحدث باسم الجيش الإسرائيلي إن", "المتحدث باسم الجيش الإسرائيلي", "ISR:MIL"),
        ("أعلنت المخابرات التركية", "المخابرات التركية", "TUR:SPY"),
        ("قتل ثلاثة فلسطينيين برصاص", "فلسطينيين", "PSE:CVL"),
        ("التقى وزير خارجية قطر نظيره", "وزير خارجية قطر", "QAT:GOV"),
        ("أودعت السعودية ملياري دولار لدى البنك المركزي اليمني", "البنك المركزي اليمني", "YEM:GOV"),
        # armed factions; a broken plural takes a feminine adjective
        ("وقالت الفصائل الفلسطينية في بيان", "الفصائل الفلسطينية", "PSE:REB"),
        ("هاجمت فصائل عراقية القاعدة", "فصائل عراقية", "IRQ:REB"),
    ],
)
def test_finds_and_codes(rec: ActorRecognizer, text: str, surface: str, code: str) -> None:
    found = _codes(_find(rec, text))
    assert found.get(surface) == code, found


@pytest.mark.parametrize(
    "text",
    [
        "بلينكن يصل إلى المنطقة",  # a name that begins with ب
        "لبنان يرحب",  # a name that begins with ل
    ],
)
def test_names_beginning_with_clitic_letters_are_whole(rec: ActorRecognizer, text: str) -> None:
    first = _find(rec, text)[0]
    assert first.start == 0 and first.text == text.split()[0]


@pytest.mark.parametrize(
    "text",
    [
        "شعر الجمهور بالحماس الشديد",  # حماس with the article is enthusiasm, not Hamas
        "تم فتح الطريق أمام السيارات",  # فتح (opened) alone is not Fatah
        "انطلقت الطائرة من القاعدة العسكرية",  # القاعدة (the base) alone is not al-Qaeda
    ],
)
def test_no_false_actor(rec: ActorRecognizer, text: str) -> None:
    codes = [m.code for m in _find(rec, text)]
    assert not any(c.startswith(("PSE:REB", "PSE:PTY", "IMG")) for c in codes), codes


@pytest.mark.parametrize(
    ("text", "surface", "code", "name"),
    [
        (
            "اتصل وزير الخارجية الأمريكي أنتوني بلينكن بنظيره",
            "وزير الخارجية الأمريكي أنتوني بلينكن",
            "USA:GOV",
            "Antony Blinken",
        ),
        (
            "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني الوفد",
            "أمير قطر الشيخ تميم بن حمد آل ثاني",
            "QAT:GOV",
            "Tamim bin Hamad Al Thani",
        ),
        (
            "وقال القيادي في حماس حماد الرقب إن الحركة مستعدة",
            "القيادي في حماس حماد الرقب",
            "PSE:REB",
            "حماد الرقب",
        ),
        (
            "زار نائب مساعد وزير الخارجية الأمريكي جون ماكدونالد الجزائر",
            "نائب مساعد وزير الخارجية الأمريكي جون ماكدونالد",
            "USA:GOV",
            "جون ماكدونالد",
        ),
    ],
)
def test_title_and_name_are_one_mention(
    rec: ActorRecognizer, text: str, surface: str, code: str, name: str
) -> None:
    ms = [m for m in _find(rec, text) if m.kind == "person"]
    assert ms and ms[0].text == surface and ms[0].code == code and ms[0].name == name, ms


def test_coreference_surname_and_movement(rec: ActorRecognizer) -> None:
    text = (
        "وقال القيادي في حماس حماد الرقب إن الحركة مستعدة للتفاوض. وأضاف الرقب أن الوسطاء يعملون."
    )
    ms = _find(rec, text)
    by_text = {m.text: m for m in ms}
    assert by_text["الحركة"].resolved_by == "coref" and by_text["الحركة"].code == "PSE:REB"
    rq = by_text["الرقب"]
    assert rq.resolved_by == "coref" and rq.name == "حماد الرقب" and rq.antecedent is not None
    assert ms[rq.antecedent].kind == "person"


def test_mentions_sorted_and_disjoint(rec: ActorRecognizer) -> None:
    text = "قالت الخارجية الأمريكية إن واشنطن وبلينكن والجيش الإسرائيلي وحماس والدوحة يتفاوضون في القاهرة."
    ms = _find(rec, text)
    assert len(ms) >= 5
    for a, b in itertools.pairwise(ms):
        assert a.end <= b.start
    for m in ms:
        assert text[m.start : m.end] == m.text


def test_stage_in_default_pipeline_and_picklable() -> None:
    pipe = build_pipeline(["clean", "segment", "actors"])
    doc = pipe(
        Doc(
            raw_text="قال وزير الخارجية الجزائري أحمد عطاف إن الجزائر ستستضيف المحادثات.\nوأضاف عطاف أن الحوار مستمر.",
            pub_date="2024-02-01",
        )
    )
    assert "mentions" in doc.layers
    assert any(m.name == "Ahmed Attaf" and m.code == "DZA:GOV" for m in doc.mentions)
    assert all(m.sentence >= 0 for m in doc.mentions)
    stage = pickle.loads(pickle.dumps(ActorRecognizer()))
    assert stage.find("وقالت واشنطن")[0].code == "USA:GOV"


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("قصفت الطائرات بلدة خان يونس", "خان يونس", "PSE"),
        ("اندلعت اشتباكات في حلب", "حلب", "SYR"),
        ("انفجرت سيارة مفخخة في الموصل", "الموصل", "IRQ"),
    ],
)
def test_places_are_country_coded_mentions(
    rec: ActorRecognizer, text: str, surface: str, code: str
) -> None:
    ms = {m.text: m for m in _find(rec, text)}
    assert ms[surface].code == code and ms[surface].kind == "place"
    assert all(m.kind != "place" for m in ActorRecognizer(places=False).find(text))


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("وصل الوفد إلى الأردن. وأعلنت الحكومة ترحيبها بالزيارة.", "الحكومة", "JOR:GOV"),
        ("قصفت إسرائيل مواقع. وقال الجيش إن العملية مستمرة.", "الجيش", "ISR:MIL"),
        ("زار الوفد لبنان. وقال وزير الدفاع إلياس المر إن", "وزير الدفاع إلياس المر", "LBN:GOV"),
    ],
)
def test_state_institution_alone_takes_the_context_country(
    rec: ActorRecognizer, text: str, surface: str, code: str
) -> None:
    ms = _find(rec, text)
    by_text = {m.text: m for m in ms}
    m = by_text[surface]
    assert m.code == code and m.resolved_by == "coref"
    assert m.antecedent is not None and ms[m.antecedent].country == code.split(":")[0]


def test_institution_alone_without_context_is_not_a_mention(rec: ActorRecognizer) -> None:
    assert _find(rec, "وأعلنت الحكومة ترحيبها بالقرار") == []


@pytest.mark.parametrize(
    ("text", "surface", "code", "actor_id"),
    [
        ("قال الرئيس الأمريكي إن", "الرئيس الأمريكي", "USA:GOV", "usa_head_of_state"),
        ("زار وزير خارجية قطر الجزائر", "وزير خارجية قطر", "QAT:GOV", "qat_foreign_minister"),
        ("أعلنت الخارجية الأميركية", "الخارجية الأميركية", "USA:GOV", "state_dept"),
        (
            "أعلنت السفارة الأمريكية في القاهرة",
            "السفارة الأمريكية في القاهرة",
            "USA:GOV",
            "usa_embassy",
        ),
    ],
)
def test_offices_and_institutions_of_the_kb(
    rec: ActorRecognizer, text: str, surface: str, code: str, actor_id: str
) -> None:
    ms = {m.text: m for m in _find(rec, text)}
    assert ms[surface].code == code and ms[surface].actor_id == actor_id, ms


@pytest.mark.parametrize(
    ("text", "expect_mali"),
    [
        ("قدمت الحكومة دعم مالي للمزارعين", False),  # «مالي» financial
        ("أرسلت فرنسا قوات إلى مالي", True),
        ("وقعت الجزائر ومالي اتفاقا", True),
    ],
)
def test_ambiguous_country_names_need_a_cue(
    rec: ActorRecognizer, text: str, expect_mali: bool
) -> None:
    assert any(m.country == "MLI" for m in _find(rec, text)) == expect_mali


@pytest.mark.parametrize(
    "text",
    [
        "قال مسؤول يمني بمحافظة عدن إن",  # a place, not a name
        "أكد وزير الخارجية الإيراني ضرورة التوصل إلى اتفاق",  # a noun, not a name
    ],
)
def test_no_unknown_person_from_common_words(rec: ActorRecognizer, text: str) -> None:
    assert not [m for m in _find(rec, text) if m.resolved_by == "title"]


def test_adjective_after_and_is_not_the_title_country(rec: ActorRecognizer) -> None:
    ms = _find(rec, "استقبل الأمير والجزائري فريد ملولي")
    assert not any(m.code == "DZA:GOV" and m.text.startswith("الأمير") for m in ms)


def test_title_alone_refers_to_the_titled_person(rec: ActorRecognizer) -> None:
    text = "استقبل الرئيس الجزائري عبد المجيد تبون الوفد. وأكد الرئيس الجزائري دعمه للحوار."
    ms = _find(rec, text, "2024-05-01")
    later = [m for m in ms if m.text == "الرئيس الجزائري"]
    assert later and later[0].resolved_by == "coref" and later[0].name == "Abdelmadjid Tebboune"
    assert later[0].antecedent is not None and ms[later[0].antecedent].start == text.index("الرئيس")


def test_movement_word_after_a_leader_names_the_movement(rec: ActorRecognizer) -> None:
    text = "وقال القيادي في حركة حماس صالح العاروري إن الحركة لن تتراجع"
    ms = {m.text: m for m in _find(rec, text, "2023-06-01")}
    assert ms["الحركة"].name == "Hamas" and ms["الحركة"].code == "PSE:REB"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("استقبل الأمير تركي بن محمد بن فهد الوفد", None),  # Turki is a name here
        ("قال الأمير التركي إن", "TUR:GOV"),
        ("قال مسؤولون إسرائيليون إن", "ISR:GOV"),
        ("قال وزير الخارجية الأمريكي إن", "USA:GOV"),
    ],
)
def test_title_and_adjective_agree_in_definiteness(
    rec: ActorRecognizer, text: str, code: str | None
) -> None:
    ms = _find(rec, text)
    if code is None:
        assert not any(m.country == "TUR" for m in ms), ms
    else:
        assert ms and ms[0].code == code, ms


@pytest.mark.parametrize(
    ("text", "hamas"),
    [
        ("شارك الطلاب بحماس في الحفل", False),  # «بحماس»: with enthusiasm
        ("أجرت قطر اتصالات بحماس، وقالت حركة حماس إنها", True),
    ],
)
def test_clitic_forms_that_are_common_words_need_support(
    rec: ActorRecognizer, text: str, hamas: bool
) -> None:
    ms = _find(rec, text)
    assert any(m.name == "Hamas" and m.start == text.index("حماس") for m in ms) == hamas


@pytest.mark.parametrize("text", ["وقعت لصالح الشركة", "أربعة مصانع كبرى في المدينة"])
def test_clitic_before_ambiguous_name_is_no_cue(rec: ActorRecognizer, text: str) -> None:
    assert not [m for m in _find(rec, text) if m.kind == "person"]


@pytest.mark.parametrize(
    "text",
    [
        "تحدث عن السياسة الخارجية في البرلمان الإيراني",  # foreign policy, not the ministry
        "فازت شركة الطيران المصرية بجائزة",  # an airline, not the air force
        "عبر الطيار القناة الإنجليزية",  # the Channel, not a TV channel
    ],
)
def test_adjectives_and_homonyms_are_not_institutions(rec: ActorRecognizer, text: str) -> None:
    ms = _find(rec, text)
    assert not [m for m in ms if m.kind == "institution" and m.resolved_by == "pattern"], ms


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("قال مسؤول أممي إن", "مسؤول أممي", "UNO"),
        ("قتل مسلحون حوثيون ثلاثة", "حوثيون", "YEM:REB"),
        ("قال سفير الجزائر لدى واشنطن إن", "سفير الجزائر لدى واشنطن", "DZA:GOV"),
        (
            "حذر المبعوث الأممي إلى ليبيا برناردينو ليون الأطراف",
            "المبعوث الأممي إلى ليبيا برناردينو ليون",
            "UNO",
        ),
    ],
)
def test_adjectives_with_their_own_code_and_place_tails(
    rec: ActorRecognizer, text: str, surface: str, code: str
) -> None:
    ms = {m.text: m.code for m in _find(rec, text)}
    assert ms.get(surface) == code, ms


@pytest.mark.parametrize(
    ("text", "bad_code"),
    [
        ("أفرجت عن الرهائن لدى حركة حماس", "PSE:REB"),  # hostages held by Hamas are not Hamas
        ("عرضت قناة الجزيرة التقرير", "DZA"),  # Al Jazeera, not Algeria
    ],
)
def test_no_wrong_code(rec: ActorRecognizer, text: str, bad_code: str) -> None:
    ms = _find(rec, text)
    assert not [m for m in ms if m.code == bad_code and m.kind != "group"], ms


def test_a_definite_head_has_no_genitive_country(rec: ActorRecognizer) -> None:
    ms = {m.text: m for m in _find(rec, "زار الوفد فنزويلا أمس")}
    assert "فنزويلا" in ms and ms["فنزويلا"].kind == "country"


def test_unknown_titled_person_takes_the_context_country(rec: ActorRecognizer) -> None:
    text = "وصل الوفد إلى كاراكاس عاصمة فنزويلا. واستقبل الرئيس نيكولاس مادورو الوفد"
    ms = {m.text: m for m in _find(rec, text)}
    m = ms["الرئيس نيكولاس مادورو"]
    assert m.code == "VEN:GOV" and m.kind == "person" and m.resolved_by == "title"


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("أصبح اليد اليمنى للعمدة", "YEM"),  # «اليمنى»: right, not Yemeni
        ("قال المبعوث كريستوفر روس إن", "RUS"),  # Ross, a surname
        ("حاول تحطيم الباب قبل أن يهرب", "SYR"),  # the door, not the town of al-Bab
    ],
)
def test_homographs_of_countries(rec: ActorRecognizer, text: str, iso3: str) -> None:
    assert not [m for m in _find(rec, text) if m.country == iso3]


@pytest.mark.parametrize(
    "text",
    [
        "زار الوفد الهند. ونقل المريض إلى مستشفى الملك فهد بالهفوف",  # a hospital's name
        "زار الوفد الهند. واستقبله الأمير خالد الفيصل",  # a Saudi prince, not Indian
    ],
)
def test_no_context_country_for_honorifics_and_named_places(
    rec: ActorRecognizer, text: str
) -> None:
    assert not [m for m in _find(rec, text) if m.kind == "person" and m.country == "IND"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a preposition before the second noun: who was met, not the first noun's genitive
        ("التقى الوزير بالسفير الأسترالي أمس", "السفير الأسترالي"),
        ("ورحبت السفيرة المصرية بالسفير الأسترالي", "السفير الأسترالي"),
    ],
)
def test_no_genitive_across_a_preposition(rec: ActorRecognizer, text: str, surface: str) -> None:
    found = _codes(_find(rec, text))
    assert found.get(surface) == "AUS:GOV", found


def test_a_bulletin_item_takes_no_country_from_the_item_before(rec: ActorRecognizer) -> None:
    text = "في نشرة اليوم: ◀ إسرائيل تقصف مواقع في جنوب لبنان. ◀ وزارة الخارجية تدين القصف الإسرائيلي."
    found = _codes(_find(rec, text))
    assert not any(code.startswith(("ISR", "LBN")) for surface, code in found.items() if "الخارجية" in surface), found
    # (within one item, it takes the country the text is about, as before)
    same_item = _codes(_find(rec, "قالت إسرائيل إنها قصفت مواقع، وقالت وزارة الخارجية إن العملية مستمرة."))
    assert same_item.get("وزارة الخارجية") == "ISR:GOV", same_item
