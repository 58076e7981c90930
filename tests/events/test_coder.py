"""The event coder on hand-built documents: frames, status, mediators, merging."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wasit import code_text
from wasit.doc import Doc, Event
from wasit.events.coder import EventCoder, explain_lines
from wasit.pipeline import Pipeline

MentionSpec = tuple[str, str, str] | tuple[str, str, str, str]

MakeDoc = Callable[[str, list[MentionSpec]], Doc]


def codes(side: list) -> list[str]:  # type: ignore[type-arg]
    return [a.code for a in side]


def only(doc: Doc, etype: str) -> Event:
    evs = [e for e in doc.events if e.type == etype]
    assert len(evs) == 1, [(e.type, codes(e.actor), codes(e.recipient)) for e in doc.events]
    return evs[0]


def test_vso_phone_call(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "وأجرى وزير الخارجية الجزائري اتصالا هاتفيا مع نظيره الأمريكي مساء السبت.",
        [("وزير الخارجية الجزائري", "DZA:GOV", "person"), ("نظيره الأمريكي", "USA:GOV", "person")],
    )
    ev = only(EventCoder(confirm=False)(doc), "CONSULT")
    assert (ev.mode, codes(ev.actor), codes(ev.recipient), ev.status) == (
        "phone",
        ["DZA:GOV"],
        ["USA:GOV"],
        "asserted",
    )
    assert ev.evidence[0].trigger == "اتصالا هاتفيا"
    assert "rule" not in ev.evidence[0].rule or ev.evidence[0].rule.startswith(
        "trigger:CONSULT/phone"
    )


def test_verb_subject_after_verb_and_object(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "اتهمت مصر إسرائيل بعرقلة دخول المساعدات.",
        [("مصر", "EGY:GOV", "country"), ("إسرائيل", "ISR:GOV", "country")],
    )
    ev = only(EventCoder(confirm=False)(doc), "ACCUSE")
    assert (codes(ev.actor), codes(ev.recipient)) == (["EGY:GOV"], ["ISR:GOV"])


def test_host_country_is_mediator(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "أجرت واشنطن محادثات سرية مع قادة الحركة في قطر.",
        [
            ("واشنطن", "USA:GOV", "capital"),
            ("قادة الحركة", "PSE:REB", "group"),
            ("قطر", "QAT", "country"),
        ],
    )
    ev = only(EventCoder(confirm=False)(doc), "CONSULT")
    assert (ev.mode, codes(ev.mediator), ev.location) == ("third-party", ["QAT:GOV"], "QAT")
    assert sorted(codes(ev.actor) + codes(ev.recipient)) == ["PSE:REB", "USA:GOV"]


def test_mediation_between_two_parties(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "وتوسطت مصر بين إسرائيل وحماس منذ أسابيع.",
        [
            ("مصر", "EGY:GOV", "country"),
            ("إسرائيل", "ISR:GOV", "country"),
            ("حماس", "PSE:REB", "group"),
        ],
    )
    ev = only(EventCoder(confirm=False)(doc), "CONSULT")
    assert codes(ev.mediator) == ["EGY:GOV"]
    assert sorted(codes(ev.actor) + codes(ev.recipient)) == ["ISR:GOV", "PSE:REB"]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [("تعتزم تركيا فرض عقوبات على سوريا.", "planned"),
     ("لم تفرض تركيا عقوبات على سوريا.", "negated"),
     ("ونفت تركيا أنها فرضت عقوبات على سوريا.", "negated"),
     ("وقد تفرض تركيا عقوبات على سوريا.", "hypothetical"),
     ("وقد فرضت تركيا عقوبات على سوريا.", "asserted"),
     ("إذا فرضت تركيا عقوبات على سوريا فسترد.", "hypothetical"),
     ("ولم تتردد تركيا في فرض عقوبات على سوريا.", "asserted"),
     ("وطالب البرلمان بفرض عقوبات على سوريا.", "requested"),
     # first person in quoted speech: a wish or an intention is not a deed yet
     ("وقال وزير الخارجية التركي: نريد فرض عقوبات على سوريا.", "planned"),
     ("وقال وزير الخارجية التركي: نعتزم فرض عقوبات على سوريا.", "planned")],
)  # fmt: skip
def test_status(make_doc: MakeDoc, sentence: str, status: str) -> None:
    mentions: list[MentionSpec] = [("سوريا", "SYR:GOV", "country")]
    if "تركيا" in sentence:
        mentions.insert(0, ("تركيا", "TUR:GOV", "country"))
    if "وزير الخارجية التركي" in sentence:
        mentions.insert(0, ("وزير الخارجية التركي", "TUR:GOV", "role"))
    if "البرلمان" in sentence:
        mentions.insert(0, ("البرلمان", "TUR:LEG", "institution"))
    ev = only(EventCoder(confirm=False)(make_doc(sentence, mentions)), "SANCTION")
    assert ev.status == status


def test_repeats_merge_keeping_evidence(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "قصفت إسرائيل غزة صباح اليوم. وأسفر القصف عن دمار واسع. وأدانت قطر القصف الإسرائيلي على غزة.",
        [("إسرائيل", "ISR:GOV", "country"), ("غزة", "PSE", "place"), ("قطر", "QAT:GOV", "country"),
         ("الإسرائيلي", "ISR:GOV", "country"), ("غزة", "PSE", "place")],
    )  # fmt: skip
    EventCoder(confirm=False)(doc)
    assault = only(doc, "ASSAULT")
    assert codes(assault.actor) == ["ISR:MIL"]
    assert len(assault.evidence) >= 2
    accuse = only(doc, "ACCUSE")
    assert codes(accuse.actor) == ["QAT:GOV"]


def test_commentators_are_not_coded(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "وقال مراقبون إن مصر ستفرض عقوبات على إسرائيل.",
        [("مصر", "EGY:GOV", "country"), ("إسرائيل", "ISR:GOV", "country")],
    )
    assert EventCoder(confirm=False)(doc).events == []


def test_no_actor_no_event_unless_asked(make_doc: MakeDoc) -> None:
    doc = make_doc("وقع انفجار قوي في السوق.", [])
    assert EventCoder(confirm=False)(doc).events == []
    doc = make_doc("وقع انفجار قوي في السوق.", [])
    assert [e.type for e in EventCoder(keep_actorless=True, confirm=False)(doc).events] == [
        "ASSAULT"
    ]


def test_dropped_subject_from_previous_sentence(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "وصل وزير الخارجية الفرنسي إلى طهران أمس. واتهم إسرائيل بتقويض المحادثات.",
        [("وزير الخارجية الفرنسي", "FRA:GOV", "person"), ("طهران", "IRN:GOV", "capital"),
         ("إسرائيل", "ISR:GOV", "country")],
    )  # fmt: skip
    EventCoder(confirm=False)(doc)
    visit = next(e for e in doc.events if e.mode == "visit")
    assert (codes(visit.actor), codes(visit.recipient), visit.location) == (
        ["FRA:GOV"],
        ["IRN:GOV"],
        "IRN",
    )
    accuse = only(doc, "ACCUSE")
    assert (codes(accuse.actor), codes(accuse.recipient)) == (["FRA:GOV"], ["ISR:GOV"])


def test_attribution_and_explain(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "ووفقا لمصادر مطلعة، هاجمت قوات النظام بلدة في الشمال.",
        [("قوات النظام", "SYR:MIL", "group")],
    )
    ev = only(EventCoder(confirm=False)(doc), "ASSAULT")
    assert ev.attribution and "لمصادر" in ev.attribution[0]
    text = "\n".join(explain_lines(doc, 0))
    assert "هاجمت" in text and "SYR:MIL" in text


def test_stage_declares_its_layers() -> None:
    class Fake:
        name = "fake"
        requires: tuple[str, ...] = ()
        assigns = ("clean_text", "sentences", "mentions")

        def __call__(self, doc: Doc) -> Doc:
            return doc

    assert "events" in Pipeline([Fake(), EventCoder()]).layers


def test_confirmation_model_drops_unconfirmed_assaults(make_doc: MakeDoc) -> None:
    # A film title with «اغتيال»: the trigger fires, the sentence model should not confirm it.
    text = "وفاز الممثل بجائزة أحسن ممثل عن دوره في فيلم اغتيال الرئيس الأمريكي في مهرجان البندقية."
    mentions: list[MentionSpec] = [("الرئيس الأمريكي", "USA:GOV", "role")]
    raw = EventCoder(confirm=False)(make_doc(text, mentions))
    assert [e.type for e in raw.events] == ["ASSAULT"]
    assert EventCoder()(make_doc(text, mentions)).events == []


def test_condition_after_a_promise_is_hypothetical(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "وستفرض تركيا عقوبات على سوريا إذا واصلت دمشق القصف.",
        [
            ("تركيا", "TUR:GOV", "country"),
            ("سوريا", "SYR:GOV", "country"),
            ("دمشق", "SYR:GOV", "capital"),
        ],
    )
    assert only(EventCoder(confirm=False)(doc), "SANCTION").status == "hypothetical"


def test_passive_verb_takes_its_patient(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "اُعتقل الصحفي المعارض على يد قوات الأمن السورية أمس.",
        [("الصحفي المعارض", "SYR:JRN", "role"), ("قوات الأمن السورية", "SYR:COP", "institution")],
    )
    ev = only(EventCoder(confirm=False)(doc), "COERCE")
    assert (codes(ev.actor), codes(ev.recipient)) == (["SYR:COP"], ["SYR:JRN"])


def test_patient_noun_genitive_is_the_recipient(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "وأعلنت الحكومة مقتل جنود أمريكيين في الهجوم.",
        [("الحكومة", "IRQ:GOV", "institution"), ("جنود أمريكيين", "USA:MIL", "group")],
    )
    ev = next(e for e in EventCoder(confirm=False)(doc).events if e.type == "ASSAULT")
    assert codes(ev.recipient) == ["USA:MIL"]


def test_relative_clause_subject_is_the_antecedent(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "وكان إسماعيل هنية، الذي زار الجزائر العام الماضي، قد التقى الرئيس.",
        [
            ("إسماعيل هنية", "PSE:REB", "person", "Ismail Haniyeh"),
            ("الجزائر", "DZA:GOV", "country"),
        ],
    )
    ev = next(e for e in EventCoder(confirm=False)(doc).events if e.mode == "visit")
    assert (codes(ev.actor), codes(ev.recipient), ev.location) == (["PSE:REB"], ["DZA:GOV"], "DZA")
    assert ev.actor[0].name == "Ismail Haniyeh"


def test_truce_and_release_take_the_sides_of_the_fight(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "واختطفت الحركة جنودا من إسرائيل في هجومها. وبعد أسابيع دخلت هدنة قصيرة حيز التنفيذ. "
        "وتم إطلاق سراح عشرة منهم خلالها.",
        [("الحركة", "PSE:REB", "group"), ("إسرائيل", "ISR", "country")],
    )
    EventCoder(confirm=False)(doc)
    truce = next(e for e in doc.events if e.mode == "ceasefire")
    assert sorted(codes(truce.actor)) == ["ISR", "PSE:REB"] and truce.recipient == []
    release = next(e for e in doc.events if e.mode == "release")
    assert (codes(release.actor), codes(release.recipient)) == (["PSE:REB"], ["ISR"])


def test_stage_is_picklable_and_built_from_config() -> None:
    import pickle

    from wasit.pipeline import make_stage

    stage = make_stage("events")
    assert isinstance(stage, EventCoder)
    clone = pickle.loads(pickle.dumps(stage))
    assert clone.confirm and not clone.keep_actorless


def test_unnamed_protesters_are_civilians_of_the_place(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "وخرج آلاف المتظاهرين في شوارع الجزائر العاصمة مطالبين بالتغيير.",
        [("الجزائر", "DZA:GOV", "capital")],
    )
    ev = only(EventCoder(confirm=False)(doc), "PROTEST")
    assert codes(ev.actor) == ["DZA:CVL"] and ev.recipient == []


@pytest.mark.parametrize(
    ("sentence", "mentions"),
    [("وشكل المهاجم تهديدا هجوميا في الشوط الثاني بتسديدة من اللاعب البرازيلي.", [("البرازيلي", "BRA", "country")]),
     ("وتوصل اللاعب المصري إلى اتفاق مع النادي الإماراتي.", [("المصري", "EGY", "country"), ("الإماراتي", "ARE", "country")]),
     ("وقدم مواطن أردني شكوى ضد جاره فألقي القبض عليه.", [("مواطن أردني", "JOR:CVL", "role")])],
)  # fmt: skip
def test_sport_and_ordinary_crime_are_not_coded(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec]
) -> None:
    assert EventCoder(confirm=False)(make_doc(sentence, mentions)).events == []


def test_broker_phrase_gives_its_mediator_to_the_event(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "ووقعت إسرائيل وحماس اتفاقا لتبادل الأسرى بوساطة مصرية قطرية.",
        [("إسرائيل", "ISR:GOV", "country"), ("حماس", "PSE:REB", "group"),
         ("مصرية", "EGY", "country"), ("قطرية", "QAT", "country")],
    )  # fmt: skip
    ev = only(EventCoder(confirm=False)(doc), "AGREE")
    assert sorted(codes(ev.actor) + codes(ev.recipient)) == ["ISR:GOV", "PSE:REB"]
    assert sorted(codes(ev.mediator)) == ["EGY", "QAT"]


def test_agreement_signed_in_a_third_country_has_the_host_as_mediator(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "ووقعت حركتا فتح وحماس اتفاق مصالحة في الجزائر.",
        [
            ("فتح", "PSE:PTY", "group"),
            ("حماس", "PSE:REB", "group"),
            ("الجزائر", "DZA:GOV", "country"),
        ],
    )
    ev = only(EventCoder(confirm=False)(doc), "AGREE")
    assert (codes(ev.mediator), ev.location) == (["DZA:GOV"], "DZA")


def test_request_recipient_is_who_would_act(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "وقالت مصادر إن حماس لم تطلب وساطة روسية حتى الآن.",
        [("حماس", "PSE:REB", "group"), ("روسية", "RUS", "country")],
    )
    req = only(EventCoder(confirm=False)(doc), "REQUEST")
    assert (codes(req.actor), codes(req.recipient), req.status) == (["PSE:REB"], ["RUS"], "negated")


def test_truce_as_the_topic_of_talks_is_not_a_truce(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "وأعلنت الحركة تجميد مفاوضات وقف إطلاق النار مع إسرائيل.",
        [("الحركة", "PSE:REB", "group"), ("إسرائيل", "ISR:GOV", "country")],
    )
    types = {e.type for e in EventCoder(confirm=False)(doc).events}
    assert "RETREAT" not in types


def test_reported_pronoun_subject_is_the_speaker(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "وقالت الحكومة السودانية الثلاثاء إنها رفضت عرض إثيوبيا الأخير.",
        [("الحكومة السودانية", "SDN:GOV", "institution"), ("إثيوبيا", "ETH:GOV", "country")],
    )
    ev = only(EventCoder(confirm=False)(doc), "REJECT")
    assert (codes(ev.actor), codes(ev.recipient)) == (["SDN:GOV"], ["ETH:GOV"])


def test_object_after_a_long_coordinated_subject(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "حذر وزير الخارجية الإيطالي باولو جينتيلوني والمبعوث الأممي الخاص إلى المنطقة برناردينو ليون "
        "أمس في روما الأطراف الليبية من العزلة.",
        [("وزير الخارجية الإيطالي باولو جينتيلوني", "ITA:GOV", "person"),
         ("المبعوث الأممي الخاص إلى المنطقة برناردينو ليون", "UNO", "person"),
         ("روما", "ITA:GOV", "capital"), ("الليبية", "LBY", "country")],
    )  # fmt: skip
    ev = only(EventCoder(confirm=False)(doc), "THREATEN")
    assert (sorted(codes(ev.actor)), codes(ev.recipient)) == (["ITA:GOV", "UNO"], ["LBY"])


def test_object_pronoun_after_a_relative_is_the_antecedent(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "ونعت النقابة الصحفي المصري أحمد، الذي قتله قصف إسرائيلي في غزة.",
        [("النقابة", "EGY:JRN", "institution"), ("الصحفي المصري أحمد", "EGY:JRN", "person"),
         ("إسرائيلي", "ISR", "country"), ("غزة", "PSE", "place")],
    )  # fmt: skip
    ev = next(e for e in EventCoder(confirm=False)(doc).events if e.type == "ASSAULT")
    assert codes(ev.recipient) == ["EGY:JRN"] and codes(ev.actor) == ["ISR:MIL"]


def test_means_of_an_attack_give_its_mode(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "وشنت الفصائل هجمات بالطائرات المسيرة والصواريخ على قاعدة أمريكية.",
        [("الفصائل", "IRQ:REB", "group"), ("أمريكية", "USA", "country")],
    )
    ev = only(EventCoder(confirm=False)(doc), "ASSAULT")
    assert ev.mode == "drone" and codes(ev.actor) == ["IRQ:REB"]


def test_attack_with_no_named_attacker_hits_the_place(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "وقتل عشرة أشخاص في انفجار سيارة مفخخة في بغداد أمس.", [("بغداد", "IRQ:GOV", "capital")]
    )
    ev = next(e for e in EventCoder(confirm=False)(doc).events if e.type == "ASSAULT")
    assert (ev.actor, codes(ev.recipient), ev.location) == ([], ["IRQ"], "IRQ")


def test_trip_to_a_third_country_to_meet_a_party(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "وتعتزم الجزائر إرسال بعثة سرية إلى الدوحة للقاء قادة حركة حماس في قطر.",
        [("الجزائر", "DZA:GOV", "country"), ("الدوحة", "QAT:GOV", "capital"),
         ("قادة حركة حماس", "PSE:REB", "group"), ("قطر", "QAT:GOV", "country")],
    )  # fmt: skip
    events = EventCoder(confirm=False)(doc).events
    assert [e.mode for e in events if e.type == "CONSULT"] == ["third-party"]  # no visit to Qatar
    ev = events[0]
    assert (codes(ev.actor), codes(ev.recipient), codes(ev.mediator)) == (
        ["DZA:GOV"],
        ["PSE:REB"],
        ["QAT:GOV"],
    )
    assert (ev.status, ev.location) == ("planned", "QAT")


@pytest.mark.parametrize(
    "sentence",
    ["ووافقت الدول الكبرى على رفع العقوبات عن إيران.", "واتهمت إسرائيل حماس بخرق الهدنة مع إيران."],
)
def test_undone_events_are_not_coded(make_doc: MakeDoc, sentence: str) -> None:
    mentions: list[MentionSpec] = [("إيران", "IRN:GOV", "country")]
    if "إسرائيل" in sentence:
        mentions = [("إسرائيل", "ISR:GOV", "country"), ("حماس", "PSE:REB", "group"), *mentions]
    types = {e.type for e in EventCoder(confirm=False)(make_doc(sentence, mentions)).events}
    assert not types & {"SANCTION", "RETREAT"}


@pytest.mark.parametrize(
    ("sentence", "mentions"),
    [("وتم تقديم المساعدات الإنسانية للفلسطينيين.", [("للفلسطينيين", "PSE:CVL", "people")]),
     ("وجرت الإشادة بالموقف الأردني في الجلسة.", [("الأردني", "JOR:GOV", "country")]),
     ("وتقرر رفع العقوبات المفروضة على سوريا.", [("سوريا", "SYR:GOV", "country")])],
)  # fmt: skip
def test_events_done_by_someone_need_a_doer(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec]
) -> None:
    assert [e.type for e in EventCoder(confirm=False)(make_doc(sentence, mentions)).events
            if e.type not in {"ASSAULT", "ACCUSE", "COERCE", "AGREE"}] == []


def test_an_attack_with_no_attacker_named_keeps_its_target(make_doc: MakeDoc) -> None:
    doc = make_doc("وأدى الهجوم على القنصلية الأمريكية إلى مقتل ثلاثة موظفين.",
                   [("القنصلية الأمريكية", "USA:GOV", "org")])  # fmt: skip
    ev = only(EventCoder(confirm=False)(doc), "ASSAULT")
    assert ev.actor == [] and codes(ev.recipient) == ["USA:GOV"]


def test_one_country_read_as_both_sides_is_no_meeting(make_doc: MakeDoc) -> None:
    doc = make_doc("ويعد هذا أول لقاء للرئيس الفرنسي إيمانويل ماكرون منذ عامين.",
                   [("الفرنسي", "FRA", "country"), ("إيمانويل ماكرون", "FRA:GOV", "person")])  # fmt: skip
    assert [e.type for e in EventCoder(confirm=False)(doc).events] == []


@pytest.mark.parametrize(
    "sentence",
    ["واتهمت الأردن إسرائيل بعرقلة دخول المساعدات إلى غزة.",
     "وانتقدت الأردن قرار إسرائيل منع المساعدات إلى غزة."],
)  # fmt: skip
def test_blocked_aid_is_not_aid(make_doc: MakeDoc, sentence: str) -> None:
    doc = make_doc(sentence, [("الأردن", "JOR:GOV", "country"), ("إسرائيل", "ISR:GOV", "country"),
                              ("غزة", "PSE", "place")])
    assert "AID" not in [e.type for e in EventCoder(confirm=False)(doc).events]


@pytest.mark.parametrize(
    ("sentence", "mentions", "absent"),
    [("والتقى الوزير المصري نظيره الأردني وناقشا اتفاقية التجارة الحرة.",
      [("الوزير المصري", "EGY:GOV", "role"), ("نظيره الأردني", "JOR:GOV", "role")], "AGREE"),
     ("وأجرى وزير الخارجية التونسي محادثات مع نظيره الليبي لبحث اتفاقية الحدود.",
      [("وزير الخارجية التونسي", "TUN:GOV", "role"), ("نظيره الليبي", "LBY:GOV", "role")], "AGREE"),
     ("وعرضت قطر التوسط للمصالحة بين فتح وحماس.",
      [("قطر", "QAT:GOV", "country"), ("فتح", "PSE:PTY", "group"), ("حماس", "PSE:REB", "group")], "COOPERATE")],
)  # fmt: skip
def test_the_subject_of_talks_is_not_an_event(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], absent: str
) -> None:
    assert absent not in [e.type for e in EventCoder(confirm=False)(make_doc(sentence, mentions)).events]


def test_a_visit_during_which_something_is_asked_is_not_asked_for(make_doc: MakeDoc) -> None:
    doc = make_doc("وطالب الرئيس الفرنسي خلال زيارته إلى لبنان بتشكيل حكومة جديدة.",
                   [("الرئيس الفرنسي", "FRA:GOV", "role"), ("لبنان", "LBN:GOV", "country")])  # fmt: skip
    ev = only(EventCoder(confirm=False)(doc), "CONSULT")
    assert ev.mode == "visit" and ev.status == "asserted"


@pytest.mark.parametrize(
    "text",
    ["وقال مغردون إن الأردن سيقطع علاقاته مع إسرائيل. وطالبوا بطرد السفير.",
     "واعتبر رواد مواقع التواصل أن الأردن يدعم إسرائيل."],
)  # fmt: skip
def test_social_media_users_are_commentators(make_doc: MakeDoc, text: str) -> None:
    doc = make_doc(text, [("الأردن", "JOR:GOV", "country"), ("إسرائيل", "ISR:GOV", "country")])
    assert EventCoder(confirm=False)(doc).events == []


@pytest.mark.parametrize(
    ("text", "stand", "agreement"),
    [
        # the agreement accepted or refused exists already: only the stand is coded
        ("ودعت الأمم المتحدة الأطراف الليبية إلى قبول الاتفاق.", "CONCEDE", False),
        ("وأعلنت الحكومة الليبية رفض الاتفاق.", "REJECT", False),
        # an agreement reached is coded
        ("ووقعت الحكومة الليبية اتفاقا مع الأمم المتحدة.", None, True),
    ],
)
def test_an_agreement_accepted_or_refused_is_not_a_new_agreement(text: str, stand: str | None, agreement: bool) -> None:
    types = {e.type for e in EventCoder(keep_actorless=True, confirm=False)(code_text(text)).events}
    assert ("AGREE" in types) == agreement and (stand is None or stand in types), types


@pytest.mark.parametrize(
    ("text", "etype", "coded"),
    [
        # the commentators' opinion is not coded …
        ("واعتبر محللون أن الأردن يدعم إسرائيل.", "SUPPORT", False),
        # … the fact they recall in a relative clause is
        ("وقال محللون إن العلاقات الجزائرية المغربية التي شهدت قطيعة منذ عام 2021 لن تتحسن قريبا.", "SANCTION", True),
        # … and so is what an actor said, relayed in their sentence
        ("وقال محللون إن واشنطن أبدت انفتاحا قائلة إنها تريد توسيع التعاون مع الجزائر.", "COOPERATE", True),
    ],
)
def test_commentators_sentences_keep_facts_and_relayed_words(text: str, etype: str, coded: bool) -> None:
    types = {e.type for e in code_text(text).events}
    assert (etype in types) == coded, types


@pytest.mark.parametrize(
    ("text", "sanction"),
    [
        ("وطلبت الحكومة اللبنانية إعفاء لبنان من عقوبات قانون قيصر لاستجرار الكهرباء من سورية.", False),
        ("وقررت الحكومة الأمريكية رفع العقوبات عن السودان.", False),
        ("وفرضت الولايات المتحدة عقوبات جديدة على إيران.", True),
    ],
)
def test_sanctions_lifted_or_waived_are_not_sanctions(text: str, sanction: bool) -> None:
    types = {e.type for e in EventCoder(confirm=False)(code_text(text)).events}
    assert ("SANCTION" in types) == sanction, types


def test_an_organisation_visited_stays_an_organisation() -> None:
    doc = EventCoder(confirm=False)(code_text("وبدأ الرئيس اليمني أمس زيارة إلى الأمم المتحدة في نيويورك."))
    visits = [e for e in doc.events if e.type == "CONSULT" and e.mode == "visit"]
    assert visits and all(r.code == "UNO" for e in visits for r in e.recipient), [
        [r.code for r in e.recipient] for e in visits
    ]


def test_lqa_in_exchange_for_is_no_meeting() -> None:
    doc = EventCoder(confirm=False)(code_text("ودعت إسرائيل الحركة إلى إطلاق عشرة محتجزين لقاء كل يوم هدنة."))
    assert all(e.type != "CONSULT" for e in doc.events), [(e.type, e.evidence[0].trigger) for e in doc.events]


def test_a_truce_received_as_a_call_has_one_side() -> None:
    doc = EventCoder(confirm=False)(code_text("وقال مسؤول إن حركة حماس تلقت دعوة لوقف إطلاق النار في غزة."))
    truces = [e for e in doc.events if e.type == "RETREAT" and e.mode == "ceasefire"]
    assert truces and all(not e.recipient and [a.code for a in e.actor] == ["PSE:REB"] for e in truces), [
        ([a.code for a in e.actor], [r.code for r in e.recipient]) for e in truces
    ]
