"""People named by a plain noun («مدنيين»، «المتظاهرون»، «الصحفيين») take a country."""

from __future__ import annotations

import pytest

from wasit.actors.recognizer import ActorRecognizer
from wasit.doc import Doc
from wasit.pipeline import default_pipeline


@pytest.fixture(scope="module")
def rec() -> ActorRecognizer:
    return ActorRecognizer()


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        # the place the sentence names wins over the state named before
        ("قصفت الطائرات الإسرائيلية منزلا في خان يونس وقتلت خمسة مدنيين.", "مدنيين", "PSE:CVL"),
        ("وقالت الحكومة التركية إن الجيش قتل مدنيين في حلب.", "مدنيين", "SYR:CVL"),
        ("أعلنت فرنسا أن قواتها أجلت المدنيين في السودان.", "المدنيين", "SDN:CVL"),
        # no place in the sentence: the country the text is about
        ("فرقت الشرطة الأردنية المتظاهرين بالقوة.", "المتظاهرين", "JOR:CVL"),
        ("اعتقلت السلطات المصرية ثلاثة صحفيين.", "صحفيين", "EGY:JRN"),
        ("وقالت منظمة حقوقية إن قوات الأمن العراقية اعتدت على المصلين.", "المصلين", "IRQ:CVL"),
    ],
)
def test_plain_people_nouns(rec: ActorRecognizer, text: str, surface: str, code: str) -> None:
    found = {m.text: m.code for m in rec.find(text, "2024-01-10")}
    # («مدنيين في حلب» may be one mention with its place)
    assert [c for t, c in found.items() if t.startswith(surface)] == [code], found


def test_people_noun_alone_with_no_state_is_not_a_mention(rec: ActorRecognizer) -> None:
    found = {m.text for m in rec.find("خرج المتظاهرون إلى الشوارع.", "2024-01-10")}
    assert "المتظاهرون" not in found


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # an object right after its verb's subject stays a separate group, though of one country
        ("اعتقلت السلطات المصرية صحفيين.", "EGY:GOV", "EGY:JRN"),
        ("واعتقلت الشرطة الأردنية متظاهرين في عمان.", "JOR:COP", "JOR:CVL"),
    ],
)
def test_people_object_after_subject(text: str, actor: str, recipient: str) -> None:
    doc = default_pipeline()(Doc(raw_text=text, doc_id="t"))
    sides = [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in doc.events]
    assert ([actor], [recipient]) in sides, sides


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("زار الوزير سلطنة عمان والتقى نظيره العماني في مسقط.", "OMN"),
        ("وقعت عمان والإمارات اتفاقا للتعاون البحري.", "OMN"),
        # a Jordanian context: Amman, the capital
        ("عاد وزير الخارجية الأردني إلى عمان بعد زيارة القاهرة.", "JOR"),
        ("واعتقلت الشرطة الأردنية متظاهرين في عمان.", "JOR"),
    ],
)
def test_oman_or_amman(rec: ActorRecognizer, text: str, code: str) -> None:
    found = [m for m in rec.find(text, "2024-01-10") if m.text.endswith("عمان")]
    assert found and found[0].country == code, [(m.text, m.code) for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "وأصبحت ثاني دولة في أمريكا اللاتينية تقطع علاقاتها مع إسرائيل.",
        "وقالت دول أمريكا الجنوبية إنها ترفض القرار.",
    ],
)
def test_a_region_named_after_a_country_is_no_actor(rec: ActorRecognizer, text: str) -> None:
    assert not [m for m in rec.find(text, "2024-01-10") if m.country == "USA"]


def test_the_country_itself_stays(rec: ActorRecognizer) -> None:
    assert [m.country for m in rec.find("زار الوزير أمريكا وكندا.", "2024-01-10")] == ["USA", "CAN"]


def test_soldiers_named_alone_are_the_army_of_the_text() -> None:
    doc = default_pipeline()(Doc(raw_text="أعلنت الحكومة السودانية أن الجنود انسحبوا من المدينة.", doc_id="t"))
    assert "SDN:MIL" in {m.code for m in doc.mentions}, [(m.text, m.code) for m in doc.mentions]


@pytest.mark.parametrize(
    ("text", "fatah"),
    [
        ("وقال القيادي في فتح محمد أحمد إن الحركة سترد.", True),
        ("ووقعت حماس اتفاقا مع خصومها في فتح.", True),
        ("ونجحت مصر في فتح المعبر أمام المساعدات.", False),
    ],
)
def test_fatah_after_a_member_noun(text: str, fatah: bool) -> None:
    doc = default_pipeline()(Doc(raw_text=text, doc_id="t"))
    assert ("PSE:PTY" in {m.code for m in doc.mentions}) is fatah, [(m.text, m.code) for m in doc.mentions]


@pytest.mark.parametrize(
    ("text", "judiciary"),
    [
        ("وطالبت الحكومة السودانية بمحاصرة التنظيمات والقضاء عليها.", False),
        ("وقال الرئيس السوداني إن القضاء مستقل.", True),
    ],
)
def test_eliminating_is_not_the_judiciary(text: str, judiciary: bool) -> None:
    doc = default_pipeline()(Doc(raw_text=text, doc_id="t"))
    assert ("SDN:JUD" in {m.code for m in doc.mentions}) is judiciary, [(m.text, m.code) for m in doc.mentions]
