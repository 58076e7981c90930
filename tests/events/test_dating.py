"""The event_dates stage, on documents built by hand."""

from __future__ import annotations

import pytest

from wasit.ar.dates import TimexTagger
from wasit.ar.sentences import SentenceSplitter
from wasit.doc import ActorRef, Doc, Event, Evidence
from wasit.events.dating import EventDater


def dated(text: str, trigger: str, pub: str | None, status: str = "asserted") -> Event:
    doc = Doc(raw_text=text, pub_date=pub)
    doc.clean_text = text
    doc.layers.add("clean_text")
    doc = TimexTagger()(SentenceSplitter()(doc))
    start = text.index(trigger)
    sent = doc.sentence_at(start)
    assert sent is not None
    event = Event(type="CONSULT", status=status)
    event.evidence = [Evidence(sent.idx, start, start + len(trigger), trigger, "test", trigger)]
    doc.events = [event]
    doc.layers.add("events")
    EventDater()(doc)
    return doc.events[0]


@pytest.mark.parametrize(
    ("text", "trigger", "pub", "date", "source"),
    [
        ("التقى الوزير نظيره أمس في الرياض.", "التقى", "2015-07-27", "2015-07-26", "text"),
        ("التقى الوزير نظيره في الرياض.", "التقى", "2015-07-27", "2015-07-27", "publication"),
        ("التقى الوزير نظيره في الرياض.", "التقى", None, None, None),
        ("التقى الوزير نظيره يوم الأربعاء.", "التقى", None, None, None),  # stated, not placeable
        ("وقع البلدان اتفاقا في 13 أكتوبر 2022.", "اتفاقا", None, "2022-10-13", "text"),
        # the nearest expression of the sentence goes to the event
        (
            "وصل الوزير أمس إلى عمان، بعد اتفاق وقع في آذار 2019.",
            "وصل",
            "2020-05-02",
            "2020-05-01",
            "text",
        ),
        (
            "وصل الوزير أمس إلى عمان، بعد اتفاق وقع في آذار 2019.",
            "اتفاق",
            "2020-05-02",
            "2019-03",
            "text",
        ),
        (
            "زار الوزير القاهرة. والتقى الرئيس يوم الأحد.",
            "زار",
            "2024-01-10",
            "2024-01-10",
            "publication",
        ),
    ],
)
def test_event_date(
    text: str, trigger: str, pub: str | None, date: str | None, source: str | None
) -> None:
    e = dated(text, trigger, pub)
    assert (e.date, e.date_source) == (date, source)


def test_a_plan_is_not_dated_by_the_news_of_yesterday() -> None:
    text = "أعلن الاتحاد أمس أنه فتح تحقيقا في الحادث. وقال إنه سيطلب تفاصيل من الاتحاد الروسي."
    assert (dated(text, "سيطلب", "2015-07-21").date_source) == "lead"
    assert dated(text, "سيطلب", "2015-07-21", status="planned").date == "2015-07-21"


def test_asserted_event_never_takes_a_future_date() -> None:
    text = "ستمثل الوزيرة في 22 أكتوبر المقبل أمام لجنة تحقق في الهجوم الذي وقع عام 2012."
    assert dated(text, "الهجوم", "2015-07-27").date == "2012"
    assert dated(text, "ستمثل", "2015-07-27", status="planned").date == "2015-10-22"


def test_default_pipeline_order() -> None:
    from wasit.pipeline import build_pipeline

    names = build_pipeline().names
    assert names.index("timex") < names.index("event_dates") < names.index("claims")
    assert names.index("events") < names.index("event_dates")


def dated_all(text: str, triggers: list[str], pub: str | None) -> list[Event]:
    """Every trigger an event of its own (first occurrence), dated together as the stage does."""
    doc = Doc(raw_text=text, pub_date=pub)
    doc.clean_text = text
    doc.layers.add("clean_text")
    doc = TimexTagger()(SentenceSplitter()(doc))
    for trigger in triggers:
        start = text.index(trigger)
        sent = doc.sentence_at(start)
        assert sent is not None
        event = Event(type="CONSULT")
        event.evidence = [Evidence(sent.idx, start, start + len(trigger), trigger, "test", trigger)]
        doc.events.append(event)
    doc.layers.add("events")
    return EventDater()(doc).events


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # a relative clause on the object dates the object, not the verb; the verb takes the news date
        (
            "أعلن البيت الأبيض أمس أن الرئيس أجرى اتصالا مع نظيره. وأدان الرئيس التفجير الذي وقع يوم الاثنين في المدينة.",
            "2024-03-09",
            {"وأدان": ("2024-03-08", "lead"), "التفجير": ("2024-03-04", "text")},
        ),
        # the trigger inside a relative clause: the main clause's «أمس» is not its date, the
        # same noun phrase named later with its date is
        (
            "أوقفت السلطات أمس صحيفة انتقدت الاتفاق النووي الذي أبرمته الحكومة مع القوى الكبرى. "
            "وكانت الصحف قد هاجمت الاتفاق النووي المبرم في 14 يوليو الماضي.",
            "2015-08-04",
            {"أبرمته": ("2015-07-14", "text"), "أوقفت": ("2015-08-03", "text")},
        ),
        # an expression right after another event's trigger is that event's
        (
            "قالت الهيئة إن الأسير المحرر اعتقل بتاريخ 18/3 وأفرج عنه مساء أمس.",
            "2020-04-01",
            {"الأسير المحرر": ("2020-03-31", "text"), "اعتقل": ("2020-03-18", "text")},
        ),
        # … unless that event frames ours («أثناء اتصال هاتفي يوم الأربعاء»)
        (
            "قال البيان إن الرئيسين اتفقا أثناء اتصال هاتفي يوم الأربعاء على العمل معا.",
            "2015-07-25",
            {"اتفقا": ("2015-07-22", "text"), "اتصال هاتفي": ("2015-07-22", "text")},
        ),
        # «قبل أيام من القمة يومي 1 و 2 نوفمبر» bounds the meetings; «هذه الاجتماعات» points back
        (
            "ووقعت الفصائل اتفاق مصالحة في الجزائر يوم 13 أكتوبر 2022. "
            "وشارك في هذه الاجتماعات 14 فصيلا، قبل أيام من القمة العربية في الجزائر يومي 1 و 2 نوفمبر.",
            None,
            {
                "الاجتماعات": ("2022-10-13", "text"),
                "القمة العربية": ("2022-11-01/2022-11-02", "text"),
            },
        ),
        # «الحرب الجارية منذ 19 شهرا» dates the start of the war, not the report
        (
            "أعلنت المنظمة أمس الأربعاء أن الجيش قتل مدنيين في الولاية. ويوثق التقرير هجمات في الحرب الجارية منذ 19 شهرا.",
            "2015-07-23",
            {"ويوثق": ("2015-07-22", "lead"), "قتل": ("2015-07-22", "text")},
        ),
        # the charge's date is the bombing's, not the trial's
        (
            "بدأت أمس في العاصمة محاكمة المتهمين بتفجير المسجد. ويحاكم 29 متهما بتهمة تفجير مسجد يوم 26 يونيو الماضي.",
            "2015-08-06",
            {"ويحاكم": ("2015-08-05", "lead"), "تفجير مسجد": ("2015-06-26", "text")},
        ),
        # a vague date made precise by the same event named again with its day
        (
            "أودى تفجير انتحاري بحياة 32 شخصا في بلدة قرب الحدود هذا الأسبوع. وأدان الرئيس التفجير الذي وقع يوم الاثنين.",
            "2015-07-25",
            {"تفجير انتحاري": ("2015-07-20", "text")},
        ),
        # a background event keeps its year; the news event of the same sentence its day
        (
            "وقعت الدولتان اتفاقا عام 2022، واجتمع وزيراهما أمس في العاصمة لبحث تنفيذه.",
            "2024-05-10",
            {"اتفاقا": ("2022", "text"), "واجتمع": ("2024-05-09", "text")},
        ),
        # an expression that says future dates the event whatever its status says
        (
            "أعلن متحدث أنها ستمثل في 22 أكتوبر المقبل أمام لجنة تحقيق لمناقشة الهجوم الذي وقع عام 2012.",
            "2015-07-27",
            {"لمناقشة": ("2015-10-22", "text"), "الهجوم": ("2012", "text")},
        ),
        # an event that is the topic of another («لمناقشة الاعتداء») does not take that one's date
        (
            "ستمثل الوزيرة في 22 أكتوبر المقبل أمام لجنة لمناقشة الاعتداء على القنصلية، "
            "الذي أدى إلى مقتل السفير وثلاثة آخرين عام 2012.",
            "2015-07-27",
            {"لمناقشة": ("2015-10-22", "text"), "الاعتداء": ("2012", "text")},
        ),
        # a demonstrative on the object of a new event does not carry the old date over
        (
            "اتهمت المنظمة الجيش بقتل مدنيين في 3 يونيو 2015. ورفض الجيش هذه الاتهامات في بيان.",
            None,
            {"ورفض": (None, None), "الاتهامات": ("2015-06-03", "text")},
        ),
        # a sentence that opens on «هذا الوفد» continues the story of the one before
        (
            "وفي يوليو 2022 أرسلت الحركة وفدا إلى الجزائر. وقاد هذا الوفد رئيس المكتب الذي زار الرئيس.",
            None,
            {"زار": ("2022-07", "text")},
        ),
        # a date in a relative clause is not the sentence's
        (
            "وفعلت الصين نظام الإنذار الذي تأسس في عام 2009. وقامت هذه المنظمة بزيارة إلى بكين.",
            None,
            {"بزيارة": (None, None)},
        ),
        # … but not one whose clause reports it as done
        (
            "أعلن السيناتور رفضه للاتفاق قبل تصويت الكونغرس في 17 سبتمبر المقبل.",
            "2015-08-08",
            {"رفضه": ("2015-08-08", "publication")},
        ),
        # a relative clause closed by a comma no longer holds what follows
        (
            "واتهم المدعي رئيس الاتحاد، الذي يرأسه منذ سنوات، بالفساد بعد أن مثل أمام النيابة يوم الجمعة الماضي.",
            "2015-07-21",
            {"واتهم": ("2015-07-17", "text")},
        ),
        # «عقب ذلك» points back; a bare «ذلك» (a pronoun) does not
        (
            "التقى الأمير الوزير في 12 مارس 2019 في الرياض. وعقب ذلك، عقد الجانبان اجتماعا موسعا. وقال إن ذلك يعزز التعاون.",
            None,
            {"اجتماعا": ("2019-03-12", "text"), "يعزز": (None, None)},
        ),
        # the lead's news date is not taken by a dateline, nor by the sentences before it
        (
            "عين اليوم – واشنطن\nقال البيت الأبيض في بيان إن الرئيس اتصل بنظيره يوم الأربعاء. وناقش الزعيمان التعاون.",
            "2015-07-25",
            {"وناقش": ("2015-07-22", "lead")},
        ),
        (
            "زار الوزير القاهرة. والتقى الرئيس المصري يوم الأحد في القاهرة بعد وصوله.",
            "2024-01-10",
            {"زار": ("2024-01-10", "publication")},
        ),
    ],
)
def test_attachment_and_carry_over(
    text: str, pub: str | None, expected: dict[str, tuple[str | None, str | None]]
) -> None:
    events = dated_all(text, list(expected), pub)
    got = {e.evidence[0].trigger: (e.date, e.date_source) for e in events}
    assert got == expected


def test_same_type_and_sides_carries_the_date() -> None:
    text = (
        "اتصل الرئيس الأمريكي بنظيره التركي في 15 يوليو 2015. وقال محلل إن العلاقات متوترة. "
        "وأكد الرئيسان في الاتصال دعم التعاون."
    )
    doc = Doc(raw_text=text, pub_date=None)
    doc.clean_text = text
    doc.layers.add("clean_text")
    doc = TimexTagger()(SentenceSplitter()(doc))
    sides = {
        "اتصل": ("USA:GOV", "TUR:GOV"),
        "وقال": ("TUR:GOV", "RUS:GOV"),
        "وأكد": ("TUR:GOV", "USA:GOV"),
    }
    for trigger, (actor, recipient) in sides.items():
        start = text.index(trigger)
        event = Event(type="CONSULT", actor=[ActorRef(actor)], recipient=[ActorRef(recipient)])
        event.evidence = [Evidence(-1, start, start + len(trigger), trigger, "test", trigger)]
        doc.events.append(event)
    doc.layers.add("events")
    dates = {e.evidence[0].trigger: e.date for e in EventDater()(doc).events}
    # the call named again (either way round for CONSULT) keeps its date; other sides do not
    assert dates == {"اتصل": "2015-07-15", "وقال": None, "وأكد": "2015-07-15"}
