"""Stances stated through a verb of telling («أبلغ X Y أنه …») or of receiving («حظي Y بإشادة X»)
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wasit.doc import Doc
from wasit.events.coder import EventCoder

MentionSpec = tuple[str, str, str] | tuple[str, str, str, str]
MakeDoc = Callable[[str, list[MentionSpec]], Doc]


def _sides(doc: Doc, etype: str) -> list[tuple[list[str], list[str]]]:
    return [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in doc.events if e.type == etype]


@pytest.mark.parametrize(
    ("sentence", "mentions", "etype", "sides"),
    [
        ("وأبلغت قطر الولايات المتحدة أنها منفتحة على إعادة النظر في وجود قادة حماس.",
         [("قطر", "QAT:GOV", "country"), ("الولايات المتحدة", "USA:GOV", "country"),
          ("قادة حماس", "PSE:REB", "organization")],
         "CONCEDE", (["QAT:GOV"], ["USA:GOV"])),
        ("وأبلغ الأردن إسرائيل بأنه يرفض أي تهجير للفلسطينيين.",
         [("الأردن", "JOR:GOV", "country"), ("إسرائيل", "ISR:GOV", "country"),
          ("للفلسطينيين", "PSE:CVL", "nationality")],
         "REJECT", (["JOR:GOV"], ["ISR:GOV"])),
        ("السودان أخبر مصر أنه مستعد لتقديم تنازلات في ملف السد.",
         [("السودان", "SDN:GOV", "country"), ("مصر", "EGY:GOV", "country")],
         "CONCEDE", (["SDN:GOV"], ["EGY:GOV"])),
    ],
)
def test_a_stance_told_to_someone_is_towards_them(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], etype: str,
    sides: tuple[list[str], list[str]],
) -> None:
    doc = EventCoder(confirm=False)(make_doc(sentence, mentions))
    assert sides in _sides(doc, etype), _sides(doc, etype)


@pytest.mark.parametrize(
    ("sentence", "mentions", "sides"),
    [
        ("وحظيت جهود مصر بإشادة الولايات المتحدة.",
         [("مصر", "EGY:GOV", "country"), ("الولايات المتحدة", "USA:GOV", "country")],
         [(["USA:GOV"], ["EGY:GOV"])]),
        ("ونالت مبادرة الكويت تأييد الجامعة العربية.",
         [("الكويت", "KWT:GOV", "country"), ("الجامعة العربية", "ARB", "organization")],
         [(["ARB"], ["KWT:GOV"])]),
        ("ويحظى الرئيس التونسي بتأييد فرنسا وإشادة من إيطاليا.",
         [("الرئيس التونسي", "TUN:GOV", "person"), ("فرنسا", "FRA:GOV", "country"),
          ("إيطاليا", "ITA:GOV", "country")],
         [(["FRA:GOV"], ["TUN:GOV"]), (["ITA:GOV"], ["TUN:GOV"])]),
    ],
)
def test_who_receives_praise_or_backing_is_the_recipient(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], sides: list[tuple[list[str], list[str]]]
) -> None:
    doc = EventCoder(confirm=False)(make_doc(sentence, mentions))
    got = _sides(doc, "SUPPORT")
    assert all(s in got for s in sides), got


def test_praise_received_by_unnamed_efforts_goes_to_the_previous_subject(make_doc: MakeDoc) -> None:
    doc = EventCoder(confirm=False)(make_doc(
        "وتوسطت قطر بين الطرفين. وقد حظيت الجهود الأخيرة بإشادة الأمم المتحدة.",
        [("قطر", "QAT:GOV", "country"), ("الأمم المتحدة", "UNO", "organization")],
    ))
    assert (["UNO"], ["QAT:GOV"]) in _sides(doc, "SUPPORT"), _sides(doc, "SUPPORT")


def test_without_a_verb_of_telling_the_stance_keeps_its_frame(make_doc: MakeDoc) -> None:
    doc = EventCoder(confirm=False)(make_doc(
        "وقالت قطر إنها منفتحة على الحوار مع إيران.",
        [("قطر", "QAT:GOV", "country"), ("إيران", "IRN:GOV", "country")],
    ))
    assert all("sides:told" not in e.evidence[0].rule for e in doc.events)


@pytest.mark.parametrize(
    ("sentence", "mentions", "accused"),
    [
        ("واتهمت القوات المتمردة كذلك بارتكاب انتهاكات ضد المدنيين.",
         [("القوات المتمردة", "SSD:REB", "institution")], "SSD:REB"),
        ("واتهم الجيش السوداني بقصف الأحياء السكنية في الخرطوم.",
         [("الجيش السوداني", "SDN:MIL", "institution")], "SDN:MIL"),
        ("واتُّهمت الشرطة الكينية باستخدام القوة المفرطة.",
         [("الشرطة الكينية", "KEN:COP", "institution")], "KEN:COP"),
    ],
)
def test_the_only_actor_between_accusing_verb_and_charge_is_the_accused(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], accused: str
) -> None:
    doc = EventCoder(confirm=False)(make_doc(sentence, mentions))
    assert ([], [accused]) in _sides(doc, "ACCUSE"), _sides(doc, "ACCUSE")


@pytest.mark.parametrize(
    ("sentence", "mentions", "sides"),
    [
        # two actors: subject and object
        ("واتهمت الحكومة السودانية قوات الدعم السريع بارتكاب انتهاكات.",
         [("الحكومة السودانية", "SDN:GOV", "institution"), ("قوات الدعم السريع", "SDN:REB", "institution")],
         None),
        # the accused is the pronoun, the noun accuses
        ("واتهمه الجيش السوداني بالخيانة.",
         [("الجيش السوداني", "SDN:MIL", "institution")], (["SDN:MIL"], [])),
    ],
)
def test_an_accuser_is_not_read_as_the_accused(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], sides: tuple[list[str], list[str]] | None
) -> None:
    doc = EventCoder(confirm=False)(make_doc(sentence, mentions))
    got = _sides(doc, "ACCUSE")
    assert got and all("accused-alone" not in e.evidence[0].rule for e in doc.events), got
    assert sides is None or sides in got, got


def test_threats_launched_by_a_group_are_its_own(make_doc: MakeDoc) -> None:
    doc = EventCoder(confirm=False, keep_actorless=True)(make_doc(
        "وحذر الوزير من تهديدات أطلقها تنظيم القاعدة ضد المصالح الأمريكية.",
        [("تنظيم القاعدة", "IMG:REB", "organization"), ("الأمريكية", "USA", "nationality")],
    ))
    assert any(a.code == "IMG:REB" for e in doc.events if e.type == "THREATEN" for a in e.actor), [
        (e.type, [a.code for a in e.actor]) for e in doc.events
    ]


@pytest.mark.parametrize(
    ("sentence", "mentions", "asker", "asked"),
    [
        ("وكشفت المصادر عن رفض الكويت لطلب الدوحة الأخير بالوساطة.",
         [("الكويت", "KWT:GOV", "country"), ("الدوحة", "QAT:GOV", "capital")], "QAT:GOV", "KWT:GOV"),
        ("وأعلن المتحدث قبول السودان لدعوة الاتحاد الأفريقي إلى الحوار.",
         [("السودان", "SDN:GOV", "country"), ("الاتحاد الأفريقي", "AFR", "organization")], "AFR", "SDN:GOV"),
        ("وأكدت الوزارة موافقة الأردن لطلب العراق بتزويده بالكهرباء.",
         [("الأردن", "JOR:GOV", "country"), ("العراق", "IRQ:GOV", "country")], "IRQ:GOV", "JOR:GOV"),
    ],
)
def test_a_request_refused_or_accepted_was_made_to_the_one_answering(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], asker: str, asked: str
) -> None:
    doc = EventCoder(confirm=False)(make_doc(sentence, mentions))
    assert ([asker], [asked]) in _sides(doc, "REQUEST"), _sides(doc, "REQUEST")


@pytest.mark.parametrize(
    ("sentence", "mentions", "expected"),
    [
        ("وقالت حماس إنها ستلتزم بالتهدئة، وستطلق سراح المحتجزين لديها إذا أطلقت إسرائيل سراح أسرانا.",
         [("حماس", "PSE:REB", "organization"), ("إسرائيل", "ISR:GOV", "country")],
         {(("PSE:REB",), ("ISR",)), (("ISR:GOV",), ("PSE",))}),
        ("وأكد الحوثيون أنهم سيطلقون سراح الأسرى السعوديين إذا أفرجت الرياض عن مقاتليهم.",
         [("الحوثيون", "YEM:REB", "organization"), ("الأسرى السعوديين", "SAU:CVL", "institution"),
          ("الرياض", "SAU:GOV", "capital")],
         {(("YEM:REB",), ("SAU:CVL",)), (("SAU:GOV",), ("YEM",))}),
    ],
)
def test_an_exchange_of_captives_frees_each_others_people(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], expected: set[tuple[tuple[str, ...], ...]]
) -> None:
    doc = EventCoder(confirm=False)(make_doc(sentence, mentions))
    got = {(tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient))
           for e in doc.events if e.type == "RETREAT" and e.mode == "release"}
    assert expected <= got, got
    assert all(e.status == "hypothetical" for e in doc.events if e.type == "RETREAT" and e.mode == "release")


def test_a_single_release_gets_no_invented_recipient(make_doc: MakeDoc) -> None:
    doc = EventCoder(confirm=False, keep_actorless=True)(make_doc(
        "وأطلقت إسرائيل سراح عدد من المعتقلين.", [("إسرائيل", "ISR:GOV", "country")],
    ))
    assert all("recipient:exchange" not in e.evidence[0].rule for e in doc.events)


def test_a_coordinated_verb_shares_the_subject_before_it(make_doc: MakeDoc) -> None:
    doc = EventCoder(confirm=False, keep_actorless=True)(make_doc(
        "الحركة تعلن أنها ستلتزم بأي قرار بوقف إطلاق النار يصدر عن مجلس الأمن، وستطلق سراح المحتجزين لديها.",
        [("الحركة", "PSE:REB", "group"), ("مجلس الأمن", "UNO", "organization")],
    ))
    rel = [e for e in doc.events if e.type == "RETREAT" and e.mode == "release"]
    assert rel and [a.code for a in rel[0].actor] == ["PSE:REB"], _sides(doc, "RETREAT")


@pytest.mark.parametrize(
    ("sentence", "mentions", "sides"),
    [
        ("وتعرضت وزيرة الخارجية الأمريكية لانتقادات حادة.",
         [("وزيرة الخارجية الأمريكية", "USA:GOV", "person")], ([], ["USA:GOV"])),
        ("وكانت الوزيرة في منصبها عندما وقع الهجوم، ووجهت لها انتقادات.",
         [("الوزيرة", "FRA:GOV", "person")], ([], ["FRA:GOV"])),
        ("ويواجه الرئيس التونسي اتهامات من المعارضة بتقويض الديمقراطية.",
         [("الرئيس التونسي", "TUN:GOV", "person"), ("المعارضة", "TUN:OPP", "institution")],
         (["TUN:OPP"], ["TUN:GOV"])),
    ],
)
def test_who_undergoes_criticism_is_its_target(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], sides: tuple[list[str], list[str]]
) -> None:
    doc = EventCoder(confirm=False, keep_actorless=True)(make_doc(sentence, mentions))
    assert sides in _sides(doc, "ACCUSE"), _sides(doc, "ACCUSE")


def test_who_voices_criticism_keeps_it(make_doc: MakeDoc) -> None:
    doc = EventCoder(confirm=False, keep_actorless=True)(make_doc(
        "ووجهت المعارضة انتقادات حادة للحكومة.",
        [("المعارضة", "TUN:OPP", "institution"), ("للحكومة", "TUN:GOV", "institution")],
    ))
    assert (["TUN:OPP"], ["TUN:GOV"]) in _sides(doc, "ACCUSE"), _sides(doc, "ACCUSE")
