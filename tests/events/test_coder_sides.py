"""Event sides: directed events need a target, clause boundaries limit who the agent is."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wasit.doc import Doc
from wasit.events.coder import EventCoder

MentionSpec = tuple[str, str, str] | tuple[str, str, str, str]
MakeDoc = Callable[[str, list[MentionSpec]], Doc]


def _types(doc: Doc) -> list[str]:
    return sorted(e.type for e in doc.events)


@pytest.mark.parametrize(
    ("sentence", "mentions", "absent", "kept"),
    [
        # a vote on a bill is no concession to anyone
        ("ووافق البرلمان المصري على مشروع القانون بالأغلبية.", [("البرلمان المصري", "EGY:LEG", "org")],
         "CONCEDE", None),
        # an expression of regret with no one it is addressed to
        ("وأبدى الوزير الأردني ندمه على ما حدث.", [("الوزير الأردني", "JOR:GOV", "person")], "CONCEDE", None),
        # the same verb with a target stays
        ("ووافقت الحكومة اللبنانية على طلب الأمم المتحدة.",
         [("الحكومة اللبنانية", "LBN:GOV", "org"), ("الأمم المتحدة", "UNO", "org")], None, "CONCEDE"),
        ("وأشاد الرئيس التونسي بالدعم الذي تقدمه الجزائر لبلاده.",
         [("الرئيس التونسي", "TUN:GOV", "person"), ("الجزائر", "DZA", "country")], None, "SUPPORT"),
    ],
)
def test_directed_events_need_a_target(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], absent: str | None, kept: str | None
) -> None:
    doc = EventCoder(confirm=False)(make_doc(sentence, mentions))
    if absent is not None:
        assert absent not in _types(doc), [(e.type, e.actor, e.recipient) for e in doc.events]
    if kept is not None:
        ev = next(e for e in doc.events if e.type == kept)
        assert ev.recipient


def test_untargeted_events_stay_for_sentence_detection(make_doc: MakeDoc) -> None:
    doc = make_doc("وأبدى الوزير الأردني ندمه على ما حدث.", [("الوزير الأردني", "JOR:GOV", "person")])
    assert "CONCEDE" in _types(EventCoder(confirm=False, keep_actorless=True)(doc))


@pytest.mark.parametrize(
    "sentence",
    [
        "وأعلنت إيران الحداد العام بعد مقتل عشرات المدنيين في التفجير.",
        "وأعلنت إيران اليوم أن مقتل عشرات المدنيين في التفجير جريمة.",
    ],
)
def test_light_verb_stops_at_a_new_clause(make_doc: MakeDoc, sentence: str) -> None:
    doc = make_doc(sentence, [("إيران", "IRN:GOV", "country")])
    doc = EventCoder(confirm=False, keep_actorless=True)(doc)
    assert all(not e.actor for e in doc.events if e.type == "ASSAULT"), [(e.type, e.actor) for e in doc.events]


def _sides(doc: Doc, etype: str) -> list[tuple[list[str], list[str]]]:
    return [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in doc.events if e.type == etype]


@pytest.mark.parametrize(
    ("sentence", "mentions", "etype", "expected"),
    [
        # «من X» after an event noun names who does it
        ("ولقيت خطة الحكومة المصرية انتقادات حادة من المعارضة التونسية.",
         [("الحكومة المصرية", "EGY:GOV", "org"), ("المعارضة التونسية", "TUN:OPP", "org")],
         "ACCUSE", (["TUN:OPP"], ["EGY:GOV"])),
        # a second noun of the same type takes what follows it
        ("ونالت جهود الوساطة المصرية تقديرا من الأردن وإشادة واسعة من المغرب.",
         [("المصرية", "EGY:GOV", "adjective"), ("الأردن", "JOR:GOV", "country"), ("المغرب", "MAR:GOV", "country")],
         "SUPPORT", None),
    ],
)
def test_from_marks_the_agent_of_an_event_noun(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], etype: str,
    expected: tuple[list[str], list[str]] | None,
) -> None:
    doc = EventCoder(confirm=False, keep_actorless=True)(make_doc(sentence, mentions))
    got = _sides(doc, etype)
    if expected is not None:
        assert expected in got, got
    else:
        # neither praise takes the other's author as its target
        assert all(not (set(a) & {"JOR:GOV", "MAR:GOV"} and set(r) & {"JOR:GOV", "MAR:GOV"}) for a, r in got), got
        assert any(a == ["MAR:GOV"] for a, _ in got), got


@pytest.mark.parametrize(
    ("sentence", "mentions", "etype", "pair"),
    [
        # «ضد X» is the common adversary of a cooperation, not its partner
        ("وبحث الرئيس الفرنسي ونظيره المصري تعزيز تعاونهما في الحرب ضد تنظيم داعش.",
         [("الرئيس الفرنسي", "FRA:GOV", "person"), ("نظيره المصري", "EGY:GOV", "person"),
          ("تنظيم داعش", "IMG:REB", "org")],
         "COOPERATE", {"FRA", "EGY"}),
        # «العمل معا»: the coordinated subject is both sides, whatever comes after
        ("واتفق وزير الخارجية الأردني ونظيره العراقي على العمل معا لتأمين الحدود مع سوريا.",
         [("وزير الخارجية الأردني", "JOR:GOV", "person"), ("نظيره العراقي", "IRQ:GOV", "person"),
          ("سوريا", "SYR", "country")],
         "COOPERATE", {"JOR", "IRQ"}),
    ],
)
def test_cooperation_sides(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], etype: str, pair: set[str]
) -> None:
    doc = EventCoder(confirm=False)(make_doc(sentence, mentions))
    got = [{c.split(":")[0] for c in a + r} for a, r in _sides(doc, etype)]
    assert pair in got, _sides(doc, etype)


@pytest.mark.parametrize(
    ("sentence", "mentions", "etype", "coded"),
    [
        ("وحذرت الحكومة المغربية من خطورة انتشار الجماعات المسلحة في الساحل.",
         [("الحكومة المغربية", "MAR:GOV", "org")], "THREATEN", False),
        ("وحذر الجيش الإسرائيلي حركة حماس من أنه سيرد بقوة.",
         [("الجيش الإسرائيلي", "ISR:MIL", "org"), ("حركة حماس", "PSE:REB", "org")], "THREATEN", True),
        ("وزعم المتهم أن انضمامه إلى تنظيم داعش كان خطأ.", [("تنظيم داعش", "IMG:REB", "org")], "ACCUSE", False),
    ],
)
def test_warnings_and_claims_are_not_threats_or_accusations(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], etype: str, coded: bool
) -> None:
    doc = EventCoder(confirm=False)(make_doc(sentence, mentions))
    assert (etype in _types(doc)) is coded, [(e.type, e.actor, e.recipient) for e in doc.events]


@pytest.mark.parametrize(
    "sentence",
    [
        "وأعلن البنتاغون مقتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة على قاعدة في الأردن.",
        "وكانت الفصائل قد شنت هجوما بطائرة مسيرة استهدف القوات الأمريكية في الأردن.",
    ],
)
def test_victims_and_targets_of_an_attack_are_not_its_attackers(make_doc: MakeDoc, sentence: str) -> None:
    mentions: list[MentionSpec] = [(w, "USA:MIL", "institution") for w in ("جنود أمريكيين", "القوات الأمريكية") if w in sentence]
    mentions.append(("الأردن", "JOR:GOV", "country"))
    doc = EventCoder(confirm=False, keep_actorless=True)(make_doc(sentence, mentions))
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert attacks
    assert all("USA:MIL" not in [a.code for a in e.actor] for e in attacks), _sides(doc, "ASSAULT")
    assert any("USA:MIL" in [r.code for r in e.recipient] for e in attacks), _sides(doc, "ASSAULT")


def test_a_counterpart_read_as_two_mentions_is_one_side(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "وسيلتقي الرئيس المصري نظيره الفرنسي إيمانويل ماكرون في الإليزيه.",
        [("الرئيس المصري", "EGY:GOV", "person"), ("الفرنسي", "FRA", "adjective"),
         ("إيمانويل ماكرون", "FRA:GOV", "person")],
    )  # fmt: skip
    assert _sides(EventCoder(confirm=False)(doc), "CONSULT") == [(["EGY:GOV"], ["FRA:GOV"])]


@pytest.mark.parametrize(
    ("sentence", "mentions", "coded"),
    [
        ("وقالت الحكومة إن الرهائن الذين تحتجزهم الحركة بخير.", [("الحركة", "PSE:REB", "group")], False),
        ("واعتقلت الشرطة المصرية ثلاثة ناشطين أمس.", [("الشرطة المصرية", "EGY:COP", "institution")], True),
    ],
)
def test_only_a_state_arrests_at_home_by_default(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], coded: bool
) -> None:
    doc = EventCoder(confirm=False)(make_doc(sentence, mentions))
    assert ("COERCE" in _types(doc)) is coded, [(e.type, e.actor, e.recipient) for e in doc.events]


def test_an_event_named_after_a_verb_of_reaction_is_its_object(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "أصدرت الخارجية المصرية بيانا اليوم. وتدين القصف الإسرائيلي لمقر اللجنة في غزة.",
        [("الخارجية المصرية", "EGY:GOV", "institution"), ("القصف الإسرائيلي", "ISR:MIL", "institution"),
         ("غزة", "PSE", "place")],
    )  # fmt: skip
    got = _sides(EventCoder(confirm=False)(doc), "ACCUSE")
    assert got and all("ISR:MIL" not in a for a, _ in got), got
    assert any("ISR:MIL" in r for _, r in got), got


@pytest.mark.parametrize(
    ("sentence", "mentions", "etype"),
    [
        ("وأجرى الرئيس المصري اتصالا هاتفيا مساء أمس.", [("الرئيس المصري", "EGY:GOV", "person")], "CONSULT"),
        ("وأفرجت السلطات الأردنية عن عدد من الموقوفين.", [("السلطات الأردنية", "JOR:GOV", "institution")], "RETREAT"),
    ],
)
def test_calls_and_releases_need_a_second_side(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], etype: str
) -> None:
    assert etype in _types(EventCoder(confirm=False, keep_actorless=True)(make_doc(sentence, mentions)))
    assert etype not in _types(EventCoder(confirm=False)(make_doc(sentence, mentions)))


def test_a_place_in_a_relative_clause_is_not_where_the_talks_were(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "وناقش الرئيس الأمريكي ونظيره التركي الحرب ضد التنظيم الذي سيطر على مدن في سوريا.",
        [("الرئيس الأمريكي", "USA:GOV", "person"), ("نظيره التركي", "TUR:GOV", "person"),
         ("التنظيم", "IMG:REB", "group"), ("سوريا", "SYR", "country")],
    )  # fmt: skip
    ev = next(e for e in EventCoder(confirm=False)(doc).events if e.type == "CONSULT")
    assert (ev.location, ev.mode, ev.mediator) == (None, None, [])


@pytest.mark.parametrize(
    ("between", "merged"),
    [
        (" ", True),  # talks told right after the call: the call
        (" وتناولت الصحف الموضوع. وأشار المراقبون إلى أهمية ذلك. وقال محللون إن الوضع صعب. ", False),
    ],
)
def test_talks_told_after_a_call_are_the_call(make_doc: MakeDoc, between: str, merged: bool) -> None:
    text = ("وأجرى وزير الخارجية الأردني اتصالا هاتفيا مع نظيره المصري." + between
            + "واجتمع وزير الخارجية الأردني مع نظيره المصري لبحث الأوضاع.")
    doc = make_doc(text, [("وزير الخارجية الأردني", "JOR:GOV", "person"), ("نظيره المصري", "EGY:GOV", "person"),
                          ("وزير الخارجية الأردني", "JOR:GOV", "person"), ("نظيره المصري", "EGY:GOV", "person")])
    consults = [e for e in EventCoder(confirm=False)(doc).events if e.type == "CONSULT"]
    assert len(consults) == (1 if merged else 2), [(e.mode, e.actor) for e in consults]


@pytest.mark.parametrize(
    ("sentence", "mentions", "etype", "expected"),
    [
        # a verb idiom ending in a preposition takes the group after it as its object
        ("وأكد الرئيس أن تونس تقف إلى جانب ليبيا في هذه الظروف.",
         [("تونس", "TUN:GOV", "country"), ("ليبيا", "LBY:GOV", "country")], "SUPPORT", (["TUN:GOV"], ["LBY:GOV"])),
        # a nationality adjective after an actor noun is the subject, whatever the verb's gender
        ("وقال إن الحركة لن تقبل إلا إذا أطلق العدو الإسرائيلي سراح الأسرى الفلسطينيين.",
         [("الحركة", "PSE:REB", "group"), ("الإسرائيلي", "ISR", "country"), ("الفلسطينيين", "PSE:CVL", "country")],
         "RETREAT", (["ISR"], ["PSE:CVL"])),
    ],
)
def test_verb_idioms_and_actor_nouns(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], etype: str,
    expected: tuple[list[str], list[str]],
) -> None:
    got = _sides(EventCoder(confirm=False)(make_doc(sentence, mentions)), etype)
    assert expected in got, got


def test_a_second_release_takes_what_follows_it(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "وقالت الحركة إنها ستطلق سراح المحتجزين لديها إذا أطلق العدو الإسرائيلي سراح الأسرى.",
        [("الحركة", "PSE:REB", "group"), ("الإسرائيلي", "ISR", "country")],
    )
    coded = EventCoder(confirm=False, keep_actorless=True)(doc).events
    got = _sides(doc, "RETREAT")
    # (the first release frees the other side's people only as one half of an exchange, not
    # because it read the second release's subject as its object)
    assert all("ISR" not in [r.code for r in e.recipient] or "recipient:exchange" in e.evidence[0].rule
               for e in coded if e.type == "RETREAT"), got


def test_a_release_does_not_take_its_brokers_or_the_next_event_s_partner(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "وساعدت مصر الأردن على تأمين إطلاق سراح المحتجزين وفي التواصل مع الحركة.",
        [("مصر", "EGY:GOV", "country"), ("الأردن", "JOR:GOV", "country"), ("الحركة", "PSE:REB", "group")],
    )
    got = _sides(EventCoder(confirm=False, keep_actorless=True)(doc), "RETREAT")
    assert got and all(not (set(a) & {"EGY:GOV", "JOR:GOV"}) and "PSE:REB" not in r for a, r in got), got


def test_a_nested_event_noun_keeps_the_target_of_its_head(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "واتهمت الوزارة إسرائيل بإعاقة دخول المساعدات إلى غزة.",
        [("الوزارة", "EGY:GOV", "institution"), ("إسرائيل", "ISR:GOV", "country"), ("غزة", "PSE", "place")],
    )
    got = _sides(EventCoder(confirm=False)(doc), "COERCE")
    assert (["ISR:GOV"], ["PSE"]) in got, got


@pytest.mark.parametrize(
    "sentence",
    ["وانفجرت سيارة مفخخة قرب الحاجز، ما أسفر عن مقتل الجنود العراقيين.",
     "ووقع انفجار في السوق أودى بحياة الجنود العراقيين.",
     "وأسفر عن مقتل الجنود العراقيين وإصابة آخرين."],
)
def test_those_killed_after_a_death_idiom_are_the_target(make_doc: MakeDoc, sentence: str) -> None:
    doc = make_doc(sentence, [("الجنود العراقيين", "IRQ:MIL", "institution")])
    got = _sides(EventCoder(confirm=False, keep_actorless=True)(doc), "ASSAULT")
    assert got and all("IRQ:MIL" not in a for a, _ in got), got


def test_a_proposal_of_a_truce_is_not_a_truce(make_doc: MakeDoc) -> None:
    doc = make_doc("وقالت الحركة إنها تسلمت مقترح وقف إطلاق النار من الوسطاء.", [("الحركة", "PSE:REB", "group")])
    assert "RETREAT" not in _types(EventCoder(confirm=False, keep_actorless=True)(doc))


def test_a_news_agency_quoting_an_official_is_not_the_actor(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "وكالة رويترز عن وزيرة الخارجية الكندية: سنفرض عقوبات على المستوطنين الإسرائيليين.",
        [("وكالة رويترز", "GBR:JRN", "org"), ("وزيرة الخارجية الكندية", "CAN:GOV", "person"),
         ("الإسرائيليين", "ISR:CVL", "country")],
    )  # fmt: skip
    got = _sides(EventCoder(confirm=False, keep_actorless=True)(doc), "SANCTION")
    assert got and all("GBR:JRN" not in a for a, _ in got), got


def test_denying_accusations_is_no_rejection_and_the_denier_is_the_accused(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "وتنفي الحكومة الأردنية الاتهامات بأنها سهلت مرور المقاتلين.",
        [("الحكومة الأردنية", "JOR:GOV", "institution")],
    )
    doc = EventCoder(confirm=False, keep_actorless=True)(doc)
    assert "REJECT" not in _types(doc)
    assert all("JOR:GOV" not in a for a, _ in _sides(doc, "ACCUSE")), _sides(doc, "ACCUSE")


def test_criticism_received_from_someone_targets_who_faces_it(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "وتواجه الحكومة المغربية اتهامات من المعارضة المغربية بسوء إدارة الأزمة.",
        [("الحكومة المغربية", "MAR:GOV", "institution"), ("المعارضة المغربية", "MAR:OPP", "institution")],
    )
    assert (["MAR:OPP"], ["MAR:GOV"]) in _sides(EventCoder(confirm=False)(doc), "ACCUSE")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the opposition alone is the opposition of the state the text is about
        ("قال الرئيس التركي إن الحكومة التركية ماضية في خطتها. وانتقدت المعارضة الخطة بشدة.", "TUR:OPP"),
        # South Sudan's army under its historical name
        ("وشن الجيش الشعبي لتحرير السودان هجوما على مواقع المتمردين في ولاية الوحدة.", "SSD:MIL"),
        # a state security prosecution alone belongs to the state of the text
        ("أعلنت السلطات المصرية توقيف الناشط. وجددت نيابة أمن الدولة العليا حبسه 15 يوما.", "EGY:JUD"),
    ],
)
def test_actor_data_additions(text: str, code: str) -> None:
    from wasit.doc import Doc
    from wasit.pipeline import default_pipeline

    doc = default_pipeline()(Doc(raw_text=text, doc_id="t"))
    assert code in {m.code for m in doc.mentions}, [(m.text, m.code) for m in doc.mentions]


def test_a_refused_use_of_force_is_not_coded(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "وشدد وزير الخارجية الأردني على رفض أي شكل من أشكال تهجير الفلسطينيين.",
        [("وزير الخارجية الأردني", "JOR:GOV", "person"), ("الفلسطينيين", "PSE:CVL", "country")],
    )
    types = _types(EventCoder(confirm=False)(doc))
    assert "COERCE" not in types and "REJECT" in types, types


def test_an_adjective_of_a_thing_is_no_agent(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "وفي المقابل هناك قلق متزايد من النفوذ الروسي إذا تلقت الحكومة دعوة من الفصائل المسلحة.",
        [("الروسي", "RUS", "country")],
    )
    for etype in ("REQUEST",):
        got = _sides(EventCoder(confirm=False, keep_actorless=True)(doc), etype)
        assert all("RUS" not in a + r for a, r in got), got


def test_conduct_words_are_not_accusations(make_doc: MakeDoc) -> None:
    doc = make_doc("وقال البيان إن الحركة استهترت بحياة المدنيين.", [("الحركة", "PSE:REB", "group")])
    assert "ACCUSE" not in _types(EventCoder(confirm=False, keep_actorless=True)(doc))


def test_a_genitive_does_not_cross_a_new_conjunct(make_doc: MakeDoc) -> None:
    doc = make_doc(
        "وبحث الجانبان مجالات الإغاثة وتسخير الكويت كل إمكاناتها لإيصال المساعدات للشعب السوداني.",
        [("الكويت", "KWT:GOV", "country"), ("السوداني", "SDN", "country")],
    )
    got = _sides(EventCoder(confirm=False, keep_actorless=True)(doc), "AID")
    assert all("KWT:GOV" not in r for _, r in got), got


def test_a_death_toll_is_not_an_attack(make_doc: MakeDoc) -> None:
    doc = make_doc("ويعاني الجانب الإسرائيلي من ضغط شعبي جراء ارتفاع عدد القتلى.", [("الإسرائيلي", "ISR", "country")])
    assert "ASSAULT" not in _types(EventCoder(confirm=False, keep_actorless=True)(doc))


@pytest.mark.parametrize(
    "sentence",
    ["وأسفر تفجير انتحاري عن مقتل خمسة أشخاص في بلدة تركية قرب الحدود.",
     "ووقع هجوم مسلح ببلدة تركية صغيرة مساء أمس."],
)  # fmt: skip
def test_adjective_of_a_place_noun_gives_the_place(make_doc: MakeDoc, sentence: str) -> None:
    doc = make_doc(sentence, [("تركية", "TUR", "country")])
    evs = [e for e in EventCoder(confirm=False)(doc).events if e.type == "ASSAULT"]
    assert len(evs) == 1 and evs[0].location == "TUR"
    assert [r.code for r in evs[0].recipient] == ["TUR"]


@pytest.mark.parametrize(
    ("sentence", "mentions", "etype", "actor", "recipient"),
    [("وقالت الخارجية التركية إن أنقرة تدعم سيادة الحكومة العراقية على أراضيها.",
      [("الخارجية التركية", "TUR:GOV", "org"), ("أنقرة", "TUR:GOV", "capital"),
       ("الحكومة العراقية", "IRQ:GOV", "org")], "SUPPORT", ["TUR:GOV"], ["IRQ:GOV"]),
     ("وقصفت الطائرات التركية مواقع الجيش السوري شمال حلب.",
      [("الطائرات التركية", "TUR:MIL", "org"), ("الجيش السوري", "SYR:MIL", "org")], "ASSAULT", ["TUR:MIL"], ["SYR:MIL"]),
     ("وواصل الجيش الإثيوبي تهديد أمن السودان على الحدود.",
      [("الجيش الإثيوبي", "ETH:MIL", "org"), ("السودان", "SDN:GOV", "country")], "THREATEN", ["ETH:MIL"], ["SDN:GOV"])],
)  # fmt: skip
def test_genitive_of_an_owned_noun_is_acted_upon(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], etype: str,
    actor: list[str], recipient: list[str],
) -> None:
    evs = [e for e in EventCoder(confirm=False)(make_doc(sentence, mentions)).events if e.type == etype]
    assert len(evs) == 1
    assert [a.code for a in evs[0].actor] == actor and [r.code for r in evs[0].recipient] == recipient


def test_authorities_in_a_country_are_its_own(make_doc: MakeDoc) -> None:
    doc = make_doc("ولم يتردد النظامان في مالي وبوركينا فاسو في تهديد مصالح الجزائر.",
                   [("مالي", "MLI:GOV", "country"), ("بوركينا فاسو", "BFA:GOV", "country"),
                    ("الجزائر", "DZA:GOV", "country")])  # fmt: skip
    evs = [e for e in EventCoder(confirm=False)(doc).events if e.type == "THREATEN"]
    assert len(evs) == 1
    assert sorted(a.code for a in evs[0].actor) == ["BFA:GOV", "MLI:GOV"]
    assert [r.code for r in evs[0].recipient] == ["DZA:GOV"]


def test_arrests_in_a_foreign_place_are_of_that_place(make_doc: MakeDoc) -> None:
    doc = make_doc("واعتقلت القوات التركية عشرات الأشخاص في عفرين أمس.",
                   [("القوات التركية", "TUR:MIL", "org"), ("عفرين", "SYR", "place")])  # fmt: skip
    evs = [e for e in EventCoder(confirm=False)(doc).events if e.type == "COERCE"]
    assert len(evs) == 1 and [r.code for r in evs[0].recipient] == ["SYR"]


def test_pronoun_after_but_is_the_subject_of_the_first_clause(make_doc: MakeDoc) -> None:
    doc = make_doc("وأفرجت مصر عن عشرة صيادين سودانيين، لكنها تعتقل آخرين في حلايب.",
                   [("مصر", "EGY:GOV", "country"), ("سودانيين", "SDN", "country"),
                    ("حلايب", "SDN", "place")])  # fmt: skip
    evs = [e for e in EventCoder(confirm=False)(doc).events if e.type == "COERCE"]
    assert len(evs) == 1 and [a.code for a in evs[0].actor] == ["EGY:GOV"]


@pytest.mark.parametrize(
    ("sentence", "mentions", "actor", "recipient"),
    [("واندلعت الأزمة بعد اتهام الرئيس الكيني نظيره الصومالي بالتدخل.",
      [("الرئيس الكيني", "KEN:GOV", "role"), ("نظيره الصومالي", "SOM:GOV", "role")], ["KEN:GOV"], ["SOM:GOV"]),
     ("وتصاعد التوتر عقب اتهام الرئيس سعيد زعيم حركة النهضة بالتحريض.",
      [("الرئيس سعيد", "TUN:GOV", "person"), ("حركة النهضة", "TUN:PTY", "org")], ["TUN:GOV"], ["TUN:PTY"])],
)  # fmt: skip
def test_verbal_noun_with_genitive_agent_and_object(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], actor: list[str], recipient: list[str]
) -> None:
    evs = [e for e in EventCoder(confirm=False)(make_doc(sentence, mentions)).events if e.type == "ACCUSE"]
    assert len(evs) == 1
    assert [a.code for a in evs[0].actor] == actor and [r.code for r in evs[0].recipient] == recipient


def test_relative_clause_with_a_pronoun_on_its_preposition(make_doc: MakeDoc) -> None:
    doc = make_doc("وتشمل الصفقة الأسرى الأردنيين الذين ستفرج عنهم السلطات السورية.",
                   [("الأسرى الأردنيين", "JOR:CVL", "people"), ("السلطات السورية", "SYR:GOV", "org")])  # fmt: skip
    evs = [e for e in EventCoder(confirm=False)(doc).events if e.type == "RETREAT"]
    assert len(evs) == 1
    assert [a.code for a in evs[0].actor] == ["SYR:GOV"] and [r.code for r in evs[0].recipient] == ["JOR:CVL"]


def test_a_break_in_relations_of_two_named_states(make_doc: MakeDoc) -> None:
    doc = make_doc("وتأتي الزيارة بعد أن شهدت العلاقات المصرية القطرية قطيعة استمرت ثلاث سنوات.",
                   [("المصرية", "EGY", "country"), ("القطرية", "QAT", "country")])  # fmt: skip
    evs = [e for e in EventCoder(confirm=False)(doc).events if e.type == "SANCTION"]
    assert len(evs) == 1
    assert {a.code.split(":")[0] for a in evs[0].actor} == {"EGY"}
    assert {r.code.split(":")[0] for r in evs[0].recipient} == {"QAT"}


@pytest.mark.parametrize(
    "sentence",
    ["ووقعت الحكومة الليبية والبرلمان اتفاقا في مدينة الصخيرات بالمغرب.",
     "ووقعت الحكومة الليبية والبرلمان اتفاقا في الصخيرات بالمغرب."],
)  # fmt: skip
def test_state_after_a_town_is_the_venue(make_doc: MakeDoc, sentence: str) -> None:
    mentions: list[MentionSpec] = [("الحكومة الليبية", "LBY:GOV", "org"), ("البرلمان", "LBY:LEG", "org"),
                                   ("المغرب", "MAR:GOV", "country")]  # fmt: skip
    if "مدينة" not in sentence:
        mentions.insert(2, ("الصخيرات", "MAR", "city"))
    evs = [e for e in EventCoder(confirm=False)(make_doc(sentence, mentions)).events if e.type == "AGREE"]
    assert len(evs) == 1
    assert sorted(a.code for a in evs[0].actor + evs[0].recipient) == ["LBY:GOV", "LBY:LEG"]
    assert evs[0].location == "MAR" and [m.code for m in evs[0].mediator] == ["MAR:GOV"]


def test_who_asks_for_a_mediation_is_a_party_to_it(make_doc: MakeDoc) -> None:
    doc = make_doc("وكشف المصدر عن طلب الخرطوم الأخير بالوساطة لحل أزمة سد النهضة.",
                   [("الخرطوم", "SDN:GOV", "capital")])  # fmt: skip
    evs = [e for e in EventCoder(confirm=False)(doc).events if e.type == "CONSULT"]
    assert len(evs) == 1
    assert [a.code for a in evs[0].actor] == ["SDN:GOV"] and evs[0].mediator == []
    assert evs[0].status == "requested"


@pytest.mark.parametrize(
    ("sentence", "actor", "code"),
    [("أطلقت قوات الأمن التونسية الغازات المسيلة للدموع على المحتجين.", "قوات الأمن التونسية", "TUN:COP"),
     ("وأطلق الجيش اللبناني الغاز المسيل للدموع على الشبان الغاضبين.", "الجيش اللبناني", "LBN:MIL")],
)  # fmt: skip
def test_a_town_read_inside_the_trigger_is_no_actor(make_doc: MakeDoc, sentence: str, actor: str,
                                                     code: str) -> None:
    # a recogniser may read a town («المسيلة») inside the trigger phrase: the light verb's
    # subject stays the one who uses force
    town = "المسيلة" if "المسيلة" in sentence else "المسيل"
    doc = make_doc(sentence, [(actor, code, "org"), (town, "DZA", "city")])
    evs = [e for e in EventCoder(confirm=False)(doc).events if e.type == "ASSAULT"]
    assert len(evs) == 1 and evs[0].mode == "crowd-control"
    assert [a.code for a in evs[0].actor] == [code]


@pytest.mark.parametrize(
    ("sentence", "force", "crowd"),
    [("أطلقت الشرطة المغربية الغاز المسيل للدموع على المتظاهرين في الرباط.", "الشرطة المغربية",
      "المتظاهرين في الرباط"),
     ("وأطلقت قوات الأمن العراقية الرصاص المطاطي على المحتجين في البصرة.", "قوات الأمن العراقية",
      "المحتجين في البصرة")],
)  # fmt: skip
def test_protesters_fired_upon_are_the_protest_actor(make_doc: MakeDoc, sentence: str, force: str,
                                                      crowd: str) -> None:
    country = "MAR" if "المغربية" in sentence else "IRQ"
    doc = make_doc(sentence, [(force, f"{country}:COP", "org"), (crowd, f"{country}:CVL", "group")])
    evs = {e.type: e for e in EventCoder(confirm=False)(doc).events}
    assert [a.code for a in evs["PROTEST"].actor] == [f"{country}:CVL"]
    assert [a.code for a in evs["ASSAULT"].actor] == [f"{country}:COP"]


@pytest.mark.parametrize(
    ("text", "coded"),
    [("وأعلنت الحكومة السودانية أنها ستواصل الحوار مع المعارضة.\nرفض المشاركة\nوتحدث الوزير عن الاقتصاد.", False),
     ("وقالت الحكومة الأردنية إنها تتابع الوضع.\nاتهامات متبادلة\nوتحدث الوزير عن الاقتصاد.", False),
     # a short sentence with its end mark is a sentence, not a subheading
     ("وتحدثت الحكومة السودانية عن الحوار.\nورفضت المشاركة.", True)],
)  # fmt: skip
def test_a_subheading_takes_no_dropped_subject(make_doc: MakeDoc, text: str, coded: bool) -> None:
    gov = "الحكومة السودانية" if "السودانية" in text else "الحكومة الأردنية"
    mentions: list[MentionSpec] = [(gov, "SDN:GOV" if "السودانية" in text else "JOR:GOV", "org")]
    if "المعارضة" in text:
        mentions.append(("المعارضة", "SDN:OPP", "group"))
    types = {e.type for e in EventCoder(confirm=False)(make_doc(text, mentions)).events}
    assert (("REJECT" in types) or ("ACCUSE" in types)) == coded


@pytest.mark.parametrize(
    "sentence",
    ["ورفضت الحكومة الإثيوبية معلومات نشرتها المنظمة عن انتهاكات في الإقليم.",
     "ورفض الجيش المالي رواية الصحيفة حول مقتل المدنيين."],
)  # fmt: skip
def test_dismissing_reports_is_no_rejection(make_doc: MakeDoc, sentence: str) -> None:
    actor = "الحكومة الإثيوبية" if "الإثيوبية" in sentence else "الجيش المالي"
    doc = make_doc(sentence, [(actor, "ETH:GOV" if "الإثيوبية" in sentence else "MLI:MIL", "institution")])
    assert "REJECT" not in _types(EventCoder(confirm=False, keep_actorless=True)(doc))


@pytest.mark.parametrize(
    "sentence",
    ["وقال القيادي في الحركة إنه لا تفاوض قبل وقف العدوان على القطاع.",
     "ودعت الحكومة التركية إلى إنهاء الهجمات على المدنيين في المدينة."],
)  # fmt: skip
def test_an_attack_to_be_stopped_is_no_new_attack(make_doc: MakeDoc, sentence: str) -> None:
    mentions: list[MentionSpec] = [("الحكومة التركية", "TUR:GOV", "institution")] if "التركية" in sentence else []
    if "المدنيين" in sentence:
        mentions.append(("المدنيين", "SYR:CVL", "group"))
    assert "ASSAULT" not in _types(EventCoder(confirm=False, keep_actorless=True)(make_doc(sentence, mentions)))


@pytest.mark.parametrize(
    ("sentence", "mentions", "actor", "recipient"),
    [
        # the doer of an attack named in a relative clause after the noun is its actor, not the
        # one who condemns it
        ("وأدانت الحكومة العراقية الهجمات التي شنها تنظيم داعش على مواقع الجيش.",
         [("الحكومة العراقية", "IRQ:GOV", "org"), ("تنظيم داعش", "IMGSUN", "org"), ("الجيش", "IRQ:MIL", "org")],
         "IMGSUN", "IRQ:MIL"),
        ("وقتل عشرة مدنيين في الغارات التي نفذتها طائرات التحالف على المدينة.",
         [("التحالف", "IGOMIL", "org")], "IGOMIL", None),
        # an indefinite noun's relative clause has no relative pronoun
        ("وتزامن تقدم المقاومة مع غارات شنها طيران التحالف على مواقع المتمردين.",
         [("التحالف", "IGOMIL", "org")], "IGOMIL", None),
        ("واستنكر الرئيس الفرنسي الهجوم الذي ارتكبته حركة الشباب ضد الجيش الكيني.",
         [("الرئيس الفرنسي", "FRA:GOV", "person"), ("حركة الشباب", "SOMREB", "org"), ("الجيش الكيني", "KEN:MIL", "org")],
         "SOMREB", "KEN:MIL"),
    ],
)
def test_relative_clause_doer_of_an_attack(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], actor: str, recipient: str | None
) -> None:
    doc = EventCoder(confirm=False)(make_doc(sentence, mentions))
    got = [([a.code for a in e.actor], [a.code for a in e.recipient]) for e in doc.events if e.type == "ASSAULT"]
    assert got, [(e.type, e.actor, e.recipient) for e in doc.events]
    assert all(a == [actor] for a, _ in got), got
    if recipient is not None:
        assert any(r == [recipient] for _, r in got), got
    # the condemnation is not coded as done by the attacker
    assert not any(actor in [a.code for a in e.actor] for e in doc.events if e.type == "ACCUSE")


@pytest.mark.parametrize(
    ("sentence", "mentions", "event_type", "actor"),
    [
        # the doer of a relative clause stays the subject the next verb drops
        ("وبدأت الحرب بعد هجوم نفذته قوات الجيش السوري على القرية ثم قصفت المستشفى.",
         [("الجيش السوري", "SYR:MIL", "org")], "ASSAULT", "SYR:MIL"),
    ],
)
def test_relative_clause_doer_is_a_later_verbs_subject(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], event_type: str, actor: str
) -> None:
    doc = EventCoder(confirm=False)(make_doc(sentence, mentions))
    got = [[a.code for a in e.actor] for e in doc.events if e.type == event_type]
    assert got and all(a == [actor] for a in got), [(e.type, e.actor, e.recipient) for e in doc.events]


@pytest.mark.parametrize(
    ("sentence", "mentions", "recipient"),
    [
        # who condemns an attack accuses its doer, not its victims
        ("وأدانت الحكومة العراقية الهجمات التي شنها تنظيم داعش على مواقع الجيش.",
         [("الحكومة العراقية", "IRQ:GOV", "org"), ("تنظيم داعش", "IMGSUN", "org"), ("الجيش", "IRQ:MIL", "org")],
         ["IMGSUN"]),
        ("وندد الرئيس الفرنسي بالهجوم الذي نفذته حركة الشباب ضد قاعدة الجيش الكيني.",
         [("الرئيس الفرنسي", "FRA:GOV", "person"), ("حركة الشباب", "SOMREB", "org"), ("الجيش الكيني", "KEN:MIL", "org")],
         ["SOMREB"]),
        # an attack with no named doer: the condemnation has no target
        ("وأدان الرئيس الأمريكي التفجير الذي وقع أمس في بلدة تركية.",
         [("الرئيس الأمريكي", "USA:GOV", "person"), ("تركية", "TUR", "country")], []),
    ],
)
def test_condemning_an_attack_accuses_the_attacker(
    make_doc: MakeDoc, sentence: str, mentions: list[MentionSpec], recipient: list[str]
) -> None:
    doc = EventCoder(confirm=False)(make_doc(sentence, mentions))
    got = [[a.code for a in e.recipient] for e in doc.events if e.type == "ACCUSE"]
    assert got == [recipient], [(e.type, e.actor, e.recipient) for e in doc.events]
