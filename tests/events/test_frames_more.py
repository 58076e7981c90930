"""Argument frames: a state doing a patient-genitive act, an owned noun's adjective as the
target, and the object of an asking verb (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wasit import code_text
from wasit.doc import Doc
from wasit.events.coder import EventCoder

MentionSpec = tuple[str, str, str] | tuple[str, str, str, str]
MakeDoc = Callable[[str, list[MentionSpec]], Doc]


def _unconfirmed(text: str) -> Doc:
    """`text` through the default pipeline, its events coded again without the sentence model."""
    return EventCoder(confirm=False)(code_text(text))


def _sides(doc: Doc, etype: str) -> list[tuple[list[str], list[str]]]:
    return [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in doc.events if e.type == etype]


@pytest.mark.parametrize(
    ("sentence", "mentions", "etype", "actor", "recipient"),
    [
        # a country in the genitive of an assassination, the person after it: the doer
        ("وتوعدت الحركة بالرد على اغتيال إسرائيل القيادي البارز أبو علي في دمشق.",
         [("إسرائيل", "ISR:GOV", "country"), ("أبو علي", "PSE:REB", "person"), ("دمشق", "SYR:GOV", "capital")],
         "ASSAULT", "ISR", "PSE:REB"),
        ("وأدانت المنظمة اختطاف إيران الصحفي جون سميث في طهران.",
         [("إيران", "IRN:GOV", "country"), ("جون سميث", "USA:JRN", "person"), ("طهران", "IRN:GOV", "capital")],
         "ASSAULT", "IRN", "USA:JRN"),
    ],
)
def test_state_in_genitive_is_the_doer(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], etype: str, actor: str, recipient: str
) -> None:
    doc = EventCoder(confirm=False)(make_doc(sentence, mentions))
    sides = _sides(doc, etype)
    assert any(a and a[0].startswith(actor) and r == [recipient] for a, r in sides), sides


def test_person_in_genitive_stays_the_target(make_doc: MakeDoc) -> None:
    doc = EventCoder(confirm=False)(make_doc(
        "وأدان الاتحاد الأوروبي اغتيال الصحفي جون سميث في بغداد.",
        [("الاتحاد الأوروبي", "EUR", "org"), ("جون سميث", "USA:JRN", "person"), ("بغداد", "IRQ:GOV", "capital")],
    ))
    assert all(a == [] for a, _ in _sides(doc, "ASSAULT")), _sides(doc, "ASSAULT")


@pytest.mark.parametrize(
    ("sentence", "mentions", "recipient"),
    [
        ("وتواصل القصف الروسي لمقر البعثة الأوكرانية في المدينة.",
         [("القصف الروسي", "RUS:MIL", "institution"), ("الأوكرانية", "UKR", "country")], "UKR"),
        ("واستمرت الغارات الأمريكية على مواقع الجماعة اليمنية قرب الساحل.",
         [("الغارات الأمريكية", "USA:MIL", "institution"), ("اليمنية", "YEM", "country")], "YEM"),
    ],
)
def test_adjective_of_an_owned_nouns_genitive_is_the_target(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], recipient: str
) -> None:
    doc = EventCoder(confirm=False)(make_doc(sentence, mentions))
    assert any(r and r[0].startswith(recipient) for _, r in _sides(doc, "ASSAULT")), _sides(doc, "ASSAULT")


def test_asked_event_keeps_its_own_argument(make_doc: MakeDoc) -> None:
    doc = EventCoder(confirm=False)(make_doc(
        "وطالبت حركة حماس بإطلاق سراح الأسرى الفلسطينيين.",
        [("حركة حماس", "PSE:REB", "group"), ("الأسرى الفلسطينيين", "PSE:CVL", "country")],
    ))
    # the prisoners are whom the release is for, not who is asked
    assert ([a for a, r in _sides(doc, "REQUEST")], [r for a, r in _sides(doc, "REQUEST")]) == (
        [["PSE:REB"]], [[]]
    ), _sides(doc, "REQUEST")


def test_asked_party_before_the_event_is_the_recipient(make_doc: MakeDoc) -> None:
    doc = EventCoder(confirm=False)(make_doc(
        "وطالبت مصر إسرائيل بوقف الهجمات على غزة.",
        [("مصر", "EGY:GOV", "country"), ("إسرائيل", "ISR:GOV", "country"), ("غزة", "PSE", "place")],
    ))
    assert (["EGY:GOV"], ["ISR:GOV"]) in _sides(doc, "REQUEST"), _sides(doc, "REQUEST")


def test_protesters_demand_a_release_from_the_government() -> None:
    doc = code_text("وطالب المتظاهرون في الجزائر الحكومة بالإفراج عن المعتقلين.")
    got = {(e.type, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient), e.status) for e in doc.events}
    # the asking, and the release asked for: the government would free the detainees
    assert ("REQUEST", ("DZA:CVL",), ("DZA:GOV",), "asserted") in got, got
    assert ("RETREAT", ("DZA:GOV",), ("DZA:CVL",), "requested") in got, got


def test_protesters_who_ask_are_not_a_requested_protest(make_doc: MakeDoc) -> None:
    doc = EventCoder(confirm=False)(make_doc(
        "وطالب المتظاهرون الحكومة التونسية بالاستقالة.",
        [("المتظاهرون", "TUN:CVL", "institution"), ("الحكومة التونسية", "TUN:GOV", "institution")],
    ))
    assert all(e.status != "requested" for e in doc.events if e.type == "PROTEST"), [
        (e.type, e.status) for e in doc.events
    ]


@pytest.mark.parametrize(
    ("sentence", "mentions", "recipient"),
    [
        ("ووجهت مصر دعوة إلى جميع الأطراف الليبية للحوار.",
         [("مصر", "EGY:GOV", "country"), ("الليبية", "LBY", "country")], "LBY"),
        ("ووجهت الحكومة المغربية الدعوة لجميع الفصائل الليبية للمشاركة.",
         [("الحكومة المغربية", "MAR:GOV", "institution"), ("الليبية", "LBY", "country")], "LBY"),
    ],
)
def test_preposition_before_a_quantifier_governs_the_parties(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], recipient: str
) -> None:
    doc = EventCoder(confirm=False)(make_doc(sentence, mentions))
    assert any(r and r[0].startswith(recipient) for _, r in _sides(doc, "REQUEST")), _sides(doc, "REQUEST")


def test_possessive_pronoun_on_an_attack_is_its_doer(make_doc: MakeDoc) -> None:
    doc = EventCoder(confirm=False)(make_doc(
        "وقطعت بوليفيا علاقاتها مع إسرائيل بسبب هجومها العسكري على غزة.",
        [("بوليفيا", "BOL:GOV", "country"), ("إسرائيل", "ISR:GOV", "country"), ("غزة", "PSE", "place")],
    ))
    assert (["ISR:MIL"], ["PSE"]) in _sides(doc, "ASSAULT"), _sides(doc, "ASSAULT")


def test_plain_people_are_not_carried_to_the_next_sentence() -> None:
    doc = code_text("وتجمع المواطنون في وسط القاهرة أمس. وطالب بوقف التصعيد فورا.")
    req = [[a.code for a in e.actor] for e in doc.events if e.type == "REQUEST"]
    assert all("EGY:CVL" not in a for a in req), req


@pytest.mark.parametrize(
    ("sentence", "mentions", "absent"),
    [
        ("ورفضت إسرائيل وقف إطلاق النار في غزة.",
         [("إسرائيل", "ISR:GOV", "country"), ("غزة", "PSE", "place")], "RETREAT"),
        ("وأكدت الحكومة اليمنية أنها ترفض التفاوض مع جماعة الحوثي.",
         [("الحكومة اليمنية", "YEM:GOV", "institution"), ("جماعة الحوثي", "YEM:REB", "group")], "CONSULT"),
    ],
)
def test_a_refused_event_did_not_happen(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], absent: str
) -> None:
    doc = EventCoder(confirm=False)(make_doc(sentence, mentions))
    types = [e.type for e in doc.events]
    assert "REJECT" in types and absent not in types, types


def test_a_request_refused_is_the_requesters() -> None:
    doc = code_text("وأعلنت الكويت رفضها لطلب الدوحة الوساطة.")
    req = [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in doc.events if e.type == "REQUEST"]
    assert req == [(["QAT:GOV"], ["KWT:GOV"])], req


def test_lam_before_a_past_form_is_a_noun() -> None:
    from wasit.events.lexicon import load_lexicon
    from wasit.events.triggers import find_triggers

    found = [(m.spec.type, m.spec.verb) for m in find_triggers("رفضت الحكومة لطلب المعارضة.", load_lexicon())]
    assert ("REQUEST", True) not in found and ("REQUEST", False) in found, found


def test_object_of_another_sector_right_after_the_subject(make_doc: MakeDoc) -> None:
    doc = EventCoder(confirm=False)(make_doc(
        "اتهمت الحكومة السودانية قوات الدعم السريع بارتكاب جرائم.",
        [("الحكومة السودانية", "SDN:GOV", "institution"), ("قوات الدعم السريع", "SDN:REB", "group")],
    ))
    assert (["SDN:GOV"], ["SDN:REB"]) in _sides(doc, "ACCUSE"), _sides(doc, "ACCUSE")


def test_no_recipient_across_a_new_clause(make_doc: MakeDoc) -> None:
    doc = EventCoder(confirm=False)(make_doc(
        "وأكد حزب الله أنه لا يمانع أي اتفاق للمصالحة إلا حين يتعلق الأمر بإيران.",
        [("حزب الله", "LBN:REB", "group"), ("إيران", "IRN:GOV", "country")],
    ))
    sides = _sides(doc, "AGREE")
    assert sides and all("IRN:GOV" not in r for _, r in sides), sides


@pytest.mark.parametrize(
    ("sentence", "mentions", "recipient"),
    [
        ("وقدمت تركيا مساعدات مالية لصالح الحكومة الصومالية.",
         [("تركيا", "TUR:GOV", "country"), ("الحكومة الصومالية", "SOM:GOV", "institution")], "SOM:GOV"),
        ("وتعتزم اليابان تقديم مساعدة مباشرة لسكان السودان.",
         [("اليابان", "JPN:GOV", "country"), ("سكان السودان", "SDN:CVL", "institution")], "SDN:CVL"),
    ],
)
def test_aid_for_the_benefit_of(make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], recipient: str) -> None:
    doc = EventCoder(confirm=False)(make_doc(sentence, mentions))
    assert any(r == [recipient] for _, r in _sides(doc, "AID")), _sides(doc, "AID")


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # in the town, not at the border it is near
        ("وقتل تفجير انتحاري عشرين شخصا في بلدة تركية قرب حلب.", "TUR"),
        # a place named only by what it is near is still the place
        ("ووقع انفجار قرب حلب أمس.", "SYR"),
    ],
)
def test_a_place_near_another_is_not_the_place(text: str, where: str) -> None:
    doc = _unconfirmed(text)
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert attacks and all(e.location == where for e in attacks), [(e.location, e.recipient) for e in attacks]


@pytest.mark.parametrize(
    ("sentence", "mentions", "recipient"),
    [
        # the reports' author is not the accused; who they are about is
        ("وأعلنت الحكومة السودانية أنها تحقق في تقارير للأمم المتحدة حول انتهاكات ارتكبتها قوات الدعم السريع.",
         [("الحكومة السودانية", "SDN:GOV", "institution"), ("أمم المتحدة", "UNO", "org"),
          ("قوات الدعم السريع", "SDN:REB", "group")],
         ["SDN:REB"]),
        # reports about no one named: no accused
        ("وقالت الحكومة السودانية إنها تحقق في تقارير للأمم المتحدة.",
         [("الحكومة السودانية", "SDN:GOV", "institution"), ("أمم المتحدة", "UNO", "org")],
         []),
    ],
)
def test_an_investigation_of_reports_targets_whom_they_are_about(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], recipient: list[str]
) -> None:
    doc = EventCoder(confirm=False)(make_doc(sentence, mentions))
    sides = _sides(doc, "ACCUSE")
    assert sides and all(a == ["SDN:GOV"] and r == recipient for a, r in sides), sides


def test_who_leads_a_side_does_what_it_does(make_doc: MakeDoc) -> None:
    doc = EventCoder(confirm=False)(make_doc(
        "وشن المعسكر الحكومي بقيادة الجيش الشعبي هجوما واسعا ضد القوات المتمردة.",
        [("قيادة الجيش الشعبي", "SSD:MIL", "institution"), ("القوات المتمردة", "SSD:REB", "institution")],
    ))
    assert (["SSD:MIL"], ["SSD:REB"]) in _sides(doc, "ASSAULT"), _sides(doc, "ASSAULT")


def test_a_preposition_after_another_event_is_that_events(make_doc: MakeDoc) -> None:
    doc = EventCoder(confirm=False)(make_doc(
        "وقالت الوزيرة إنها ستمثل أمام لجنة تحقيق لمناقشة الاعتداء على السفارة الأمريكية في طرابلس.",
        [("السفارة الأمريكية", "USA:GOV", "institution"), ("طرابلس", "LBY:GOV", "capital")],
    ))
    assert all("USA:GOV" not in r for _, r in _sides(doc, "ACCUSE")), _sides(doc, "ACCUSE")
    assert any(r == ["USA:GOV"] for _, r in _sides(doc, "ASSAULT")), _sides(doc, "ASSAULT")


def test_between_goes_with_the_nearest_event(make_doc: MakeDoc) -> None:
    doc = EventCoder(confirm=False, keep_actorless=True)(make_doc(
        "ويهدد ذلك بإغلاق ملف المصالحة بين الفصائل الفلسطينية.",
        [("الفصائل الفلسطينية", "PSE:REB", "group")],
    ))
    assert all("PSE:REB" not in r for _, r in _sides(doc, "COERCE")), _sides(doc, "COERCE")


def test_an_indefinite_genitive_only_says_what_kind(make_doc: MakeDoc) -> None:
    doc = EventCoder(confirm=False)(make_doc(
        "وأسفرت الجهود عن توقيع اتفاق مصالحة بين حماس وفتح.",
        [("حماس", "PSE:REB", "group"), ("فتح", "PSE:PTY", "group")],
    ))
    assert (["PSE:REB"], ["PSE:PTY"]) in _sides(doc, "AGREE"), _sides(doc, "AGREE")


@pytest.mark.parametrize(
    ("sentence", "mentions", "actor", "recipient"),
    [
        # the host in the genitive, the guest a pronoun after it
        ("وسلم وزير الخارجية التركي الرسالة خلال استقبال أمير قطر له أمس.",
         [("وزير الخارجية التركي", "TUR:GOV", "person"),
          ("أمير قطر", "QAT:GOV", "person")],
         "TUR:GOV", "QAT:GOV"),
    ],
)
def test_a_pronoun_after_the_genitive_doer_is_the_other_side(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], actor: str, recipient: str
) -> None:
    doc = EventCoder(confirm=False)(make_doc(sentence, mentions))
    sides = _sides(doc, "CONSULT")
    assert any(actor in a and recipient in r for a, r in sides), sides


@pytest.mark.parametrize(
    ("sentence", "mentions", "actor", "recipient"),
    [
        # people named by a plain noun before an unvocalised verb of force: it was done to them
        ("وقالت الحكومة المصرية إن مواطنين مصريين قتلوا في ليبيا.",
         [("الحكومة المصرية", "EGY:GOV", "institution"), ("مواطنين مصريين", "EGY:CVL", "country"),
          ("ليبيا", "LBY:GOV", "country")],
         [], ["EGY:CVL"]),
        # protesters do what they do
        ("وقال الجيش المصري إن المتظاهرين المصريين هاجموا مقر الشرطة.",
         [("الجيش المصري", "EGY:MIL", "institution"), ("المتظاهرين المصريين", "EGY:CVL", "country"),
          ("الشرطة", "EGY:COP", "institution")],
         ["EGY:CVL"], ["EGY:COP"]),
    ],
)
def test_people_before_a_verb_of_force_underwent_it(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], actor: list[str], recipient: list[str]
) -> None:
    doc = EventCoder(confirm=False)(make_doc(sentence, mentions))
    assert (actor, recipient) in _sides(doc, "ASSAULT"), _sides(doc, "ASSAULT")


def test_a_threat_named_by_a_noun_threatens_its_place() -> None:
    doc = code_text("وشهدت مدينة مصراتة في ليبيا استنفارا أمنيا بعد تهديدات أطلقها تنظيم داعش.")
    got = _sides(doc, "THREATEN")
    assert (["IMG:REB"], ["LBY"]) in got, got


@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        ("وتوعد تنظيم داعش الحكومة العراقية بشن هجمات جديدة.", "violence"),
        ("وهدد الرئيس الأمريكي إيران بعقوبات جديدة.", None),
    ],
)
def test_a_threat_beside_an_attack_threatens_violence(sentence: str, mode: str | None) -> None:
    doc = _unconfirmed(sentence)
    modes = [e.mode for e in doc.events if e.type == "THREATEN"]
    assert modes and all(m == mode for m in modes), modes


def test_talks_during_a_call_are_the_call() -> None:
    doc = code_text(
        "أجرى الملك الأردني اتصالا هاتفيا بالرئيس المصري أمس. "
        "وتلقى ولي العهد السعودي اتصالا هاتفيا من الرئيس اليمني، بحثا خلاله الأوضاع في الساحة اليمنية."
    )
    consults = [e for e in doc.events if e.type == "CONSULT"]
    assert len(consults) == 2 and all(e.mode == "phone" and not e.mediator for e in consults), [
        (e.mode, [a.code for a in e.actor], [a.code for a in e.recipient], [a.code for a in e.mediator]) for e in consults
    ]


def test_state_then_comma_then_person_is_doer_and_object(make_doc: MakeDoc) -> None:
    doc = EventCoder(confirm=False)(make_doc(
        "وبعد اغتيال إسرائيل، القيادي في الحركة أبو علي، في دمشق، دعت المنظمة إلى التهدئة.",
        [("إسرائيل", "ISR:GOV", "country"), ("القيادي في الحركة أبو علي", "PSE:REB", "person"),
         ("دمشق", "SYR:GOV", "capital"), ("المنظمة", "UNO", "org")],
    ))
    assert (["ISR:MIL"], ["PSE:REB"]) in _sides(doc, "ASSAULT"), _sides(doc, "ASSAULT")


@pytest.mark.parametrize(
    ("sentence", "mentions", "actor"),
    [
        # a country after a place and a comma, right before its verb: a new clause's subject
        ("وبعد الهجوم على السفارة في عمان، قطر تعلن تعليق الوساطة.",
         [("عمان", "JOR:GOV", "capital"), ("قطر", "QAT:GOV", "country")], "QAT:GOV"),
        # two clauses, each with its subject before its light verb
        ("قطر تعلن تعليق الوساطة، والحركة تعلن تجميد المفاوضات.",
         [("قطر", "QAT:GOV", "country"), ("الحركة", "PSE:REB", "group")], "PSE:REB"),
    ],
)
def test_subject_before_its_light_verb_starts_a_clause(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], actor: str
) -> None:
    doc = EventCoder(keep_actorless=True, confirm=False)(make_doc(sentence, mentions))
    sides = _sides(doc, "SANCTION")
    assert any(a == [actor] for a, _ in sides), sides
    assert all(actor not in r for _, r in sides), sides


def test_a_list_of_countries_after_a_place_stays_one_list(make_doc: MakeDoc) -> None:
    doc = EventCoder(confirm=False)(make_doc(
        "وشنت القوات الأمريكية غارات على مواقع في سوريا، العراق واليمن.",
        [("القوات الأمريكية", "USA:MIL", "institution"), ("سوريا", "SYR", "country"),
         ("العراق", "IRQ", "country"), ("اليمن", "YEM", "country")],
    ))
    assert all(a == ["USA:MIL"] for a, _ in _sides(doc, "ASSAULT")), _sides(doc, "ASSAULT")


def test_talks_broken_off_after_an_attack_are_broken_off_with_its_sides() -> None:
    doc = code_text(
        "اغتالت إسرائيل القيادي في حركة حماس أبو علي في بيروت. "
        "وأعلنت مصر تجميد الوساطة، وأعلنت حركة حماس تجميد المفاوضات."
    )
    sides = _sides(doc, "SANCTION")
    assert (["EGY:GOV"], ["ISR:MIL", "PSE:REB"]) in sides, sides
    assert (["PSE:REB"], ["ISR:MIL"]) in sides, sides


@pytest.mark.parametrize(
    "sentence",
    [
        "وتم توقيع اتفاق مصالحة في القاهرة أمس بين حماس وخصومها في فتح.",
        "واتفقت حماس وقياديون في فتح على تشكيل لجنة مشتركة.",
    ],
)
def test_members_in_a_group_are_listed_with_the_group_before(sentence: str) -> None:
    sides = _sides(code_text(sentence), "AGREE")
    assert any("PSE:REB" in a + r and "PSE:PTY" in a + r for a, r in sides), sides


def test_no_genitive_across_punctuation(make_doc: MakeDoc) -> None:
    doc = EventCoder(keep_actorless=True, confirm=False)(make_doc(
        "وقال القيادي: نستطيع فرض وقف إطلاق نار - الجانب الإسرائيلي يعاني من ضغط كبير.",
        [("الجانب الإسرائيلي", "ISR:GOV", "country")],
    ))
    sides = _sides(doc, "RETREAT")
    assert sides and all("ISR:GOV" not in a for a, _ in sides), sides


def test_at_someones_request_they_ask(make_doc: MakeDoc) -> None:
    doc = EventCoder(confirm=False)(make_doc(
        "وظل النصب في الساحة حتى عام 1990، وأزيل بطلب من الحكومة الفرنسية.",
        [("الحكومة الفرنسية", "FRA:GOV", "institution")],
    ))
    assert any(a == ["FRA:GOV"] for a, _ in _sides(doc, "REQUEST")), _sides(doc, "REQUEST")


def test_an_organisation_after_a_venue_noun_is_where(make_doc: MakeDoc) -> None:
    doc = EventCoder(confirm=False)(make_doc(
        "وندد وزير الخارجية الروسي أمس من على منبر الأمم المتحدة بالعقوبات الغربية.",
        [("وزير الخارجية الروسي", "RUS:GOV", "role"), ("الأمم المتحدة", "UNO", "org")],
    ))
    sides = _sides(doc, "ACCUSE")
    assert sides and all("UNO" not in r for _, r in sides), sides


def test_a_country_named_like_an_adjective_after_a_name_is_the_object(make_doc: MakeDoc) -> None:
    doc = EventCoder(confirm=False)(make_doc(
        "وتتهم إيران السعودية بدعم جماعات معارضة.",
        [("إيران", "IRN:GOV", "country"), ("السعودية", "SAU:GOV", "country")],
    ))
    assert (["IRN:GOV"], ["SAU:GOV"]) in _sides(doc, "ACCUSE"), _sides(doc, "ACCUSE")


def test_who_condemns_an_attack_did_not_attack(make_doc: MakeDoc) -> None:
    doc = EventCoder(keep_actorless=True, confirm=False)(make_doc(
        "وقال البيت الأبيض إن أوباما أدان التفجير الذي وقع في البلدة التركية.",
        [("البيت الأبيض", "USA:GOV", "institution"), ("أوباما", "USA:GOV", "person"), ("التركية", "TUR", "country")],
    ))
    sides = _sides(doc, "ASSAULT")
    assert sides and all("USA:GOV" not in a for a, _ in sides), sides
