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
