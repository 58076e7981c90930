"""Nested events: what a request asks for is coded as a requested event with the asked party as
its doer; what is refused is not coded as having happened (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wasit.doc import Doc
from wasit.events.coder import EventCoder

MentionSpec = tuple[str, str, str] | tuple[str, str, str, str]
MakeDoc = Callable[[str, list[MentionSpec]], Doc]
Row = tuple[str, tuple[str, ...], tuple[str, ...], str]


def _rows(doc: Doc) -> set[Row]:
    return {
        (e.type, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient), e.status)
        for e in doc.events
    }


@pytest.mark.parametrize(
    ("sentence", "mentions", "asker", "asked", "freed"),
    [
        # a long subject and object between the verb of asking and the masdar
        ("دعت منظمة العفو الدولية السلطات المصرية إلى الإفراج عن الصحفيين المعتقلين.",
         [("منظمة العفو الدولية", "NGO", "institution"), ("السلطات المصرية", "EGY:GOV", "institution"),
          ("الصحفيين", "EGY:JRN", "institution")],
         "NGO", "EGY:GOV", "EGY:JRN"),
        ("وطالبت لجنة حقوق الإنسان التابعة للأمم المتحدة الحكومة الإيرانية بإطلاق سراح الناشطين.",
         [("لجنة حقوق الإنسان التابعة للأمم المتحدة", "UNO", "institution"),
          ("الحكومة الإيرانية", "IRN:GOV", "institution"), ("الناشطين", "IRN:CVL", "institution")],
         "UNO", "IRN:GOV", "IRN:CVL"),
        ("وحث الاتحاد الأفريقي في بيانه أمس السلطات الإثيوبية على الإفراج عن المعارضين.",
         [("الاتحاد الأفريقي", "AFR", "institution"), ("السلطات الإثيوبية", "ETH:GOV", "institution"),
          ("المعارضين", "ETH:OPP", "institution")],
         "AFR", "ETH:GOV", "ETH:OPP"),
    ],
)
def test_the_masdar_a_request_governs_is_requested(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], asker: str, asked: str, freed: str
) -> None:
    rows = _rows(EventCoder(confirm=False)(make_doc(sentence, mentions)))
    assert ("REQUEST", (asker,), (asked,), "asserted") in rows, rows
    assert ("RETREAT", (asked,), (freed,), "requested") in rows, rows


@pytest.mark.parametrize(
    ("sentence", "mentions", "home"),
    [
        ("وطالبت المعارضة السودانية بإطلاق سراح المعتقلين السياسيين.",
         [("المعارضة السودانية", "SDN:OPP", "institution"), ("المعتقلين", "SDN:CVL", "institution")],
         "SDN"),
        ("وخرج المتظاهرون الجزائريون إلى الشوارع وطالبوا بالإفراج عن الطلاب.",
         [("المتظاهرون الجزائريون", "DZA:CVL", "institution"), ("الطلاب", "DZA:EDU", "institution")],
         "DZA"),
    ],
)
def test_a_demand_to_no_one_by_a_countrys_people_goes_to_its_government(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], home: str
) -> None:
    doc = EventCoder(confirm=False)(make_doc(sentence, mentions))
    req = [e for e in doc.events if e.type == "REQUEST"]
    rel = [e for e in doc.events if e.type == "RETREAT"]
    assert req and [r.code for r in req[0].recipient] == [home + ":GOV"], _rows(doc)
    assert rel and [a.code for a in rel[0].actor] == [home + ":GOV"], _rows(doc)
    assert rel[0].status == "requested"


def test_an_armed_group_asking_for_prisoners_is_not_sent_to_its_own_government(make_doc: MakeDoc) -> None:
    doc = EventCoder(confirm=False)(make_doc(
        "وطالبت حماس بالإفراج عن الأسرى الفلسطينيين.",
        [("حماس", "PSE:REB", "organization"), ("الأسرى الفلسطينيين", "PSE:CVL", "institution")],
    ))
    assert all(not any(r.code == "PSE:GOV" for r in e.recipient + e.actor) for e in doc.events), _rows(doc)


def test_an_event_after_a_request_but_outside_its_clause_is_not_asked(make_doc: MakeDoc) -> None:
    doc = EventCoder(confirm=False)(make_doc(
        "وطالب الأردن بعقد اجتماع طارئ. وأفرجت إسرائيل عن عشرة أسرى فلسطينيين.",
        [("الأردن", "JOR:GOV", "country"), ("إسرائيل", "ISR:GOV", "country"),
         ("فلسطينيين", "PSE:CVL", "nationality")],
    ))
    rel = [e for e in doc.events if e.type == "RETREAT"]
    assert rel and rel[0].status == "asserted", _rows(doc)


@pytest.mark.parametrize(
    "sentence",
    [
        "وحذرت الأمم المتحدة الأطراف الليبية من العزلة في حال رفضها لاتفاق السلام.",
        "ورفضت المعارضة السورية الاتفاق الذي أعلنته موسكو.",
        "وأعلن الحزب رفضه التام لاتفاقية الغاز مع إسرائيل.",
    ],
)
def test_an_agreement_that_is_refused_is_not_coded_as_reached(make_doc: MakeDoc, sentence: str) -> None:
    doc = EventCoder(confirm=False, keep_actorless=True)(make_doc(sentence, []))
    assert not [e for e in doc.events if e.type == "AGREE"], _rows(doc)


def test_what_one_asks_another_to_do_is_done_by_the_other(make_doc: MakeDoc) -> None:
    doc = EventCoder(confirm=False)(make_doc(
        "واتصلت فرنسا بالجزائر لطلب من السلطات الجزائرية التوسط لدى حركة حماس.",
        [("فرنسا", "FRA:GOV", "country"), ("الجزائر", "DZA:GOV", "country"),
         ("السلطات الجزائرية", "DZA:GOV", "institution"), ("حركة حماس", "PSE:REB", "group")],
    ))
    asked = [(a, r) for t, a, r, s in _rows(doc) if t == "CONSULT" and s == "requested"]
    assert asked and all(a == ("DZA:GOV",) for a, _ in asked), _rows(doc)
