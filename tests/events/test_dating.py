"""The event_dates stage, on documents built by hand."""

from __future__ import annotations

import pytest

from wasit.ar.dates import TimexTagger
from wasit.ar.sentences import SentenceSplitter
from wasit.doc import Doc, Event, Evidence
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
        ("وصل الوزير أمس إلى عمان، بعد اتفاق وقع في آذار 2019.", "وصل", "2020-05-02", "2020-05-01", "text"),
        ("وصل الوزير أمس إلى عمان، بعد اتفاق وقع في آذار 2019.", "اتفاق", "2020-05-02", "2019-03", "text"),
        ("زار الوزير القاهرة. والتقى الرئيس يوم الأحد.", "زار", "2024-01-10", "2024-01-10", "publication"),
    ],
)
def test_event_date(text: str, trigger: str, pub: str | None, date: str | None, source: str | None) -> None:
    e = dated(text, trigger, pub)
    assert (e.date, e.date_source) == (date, source)


def test_asserted_event_never_takes_a_future_date() -> None:
    text = "ستمثل الوزيرة في 22 أكتوبر المقبل أمام لجنة تحقق في الهجوم الذي وقع عام 2012."
    assert dated(text, "الهجوم", "2015-07-27").date == "2012"
    assert dated(text, "ستمثل", "2015-07-27", status="planned").date == "2015-10-22"


def test_default_pipeline_order() -> None:
    from wasit.pipeline import build_pipeline

    names = build_pipeline().names
    assert names.index("timex") < names.index("event_dates") < names.index("claims")
    assert names.index("events") < names.index("event_dates")
