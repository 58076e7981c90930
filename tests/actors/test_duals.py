"""«الجانبان»، «البلدين»: the pair a text has just named."""

from __future__ import annotations

import pytest

from wasit.actors.recognizer import ActorRecognizer


@pytest.fixture(scope="module")
def rec() -> ActorRecognizer:
    return ActorRecognizer()


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # two actors joined by «و»
        ("استقبل الرئيس المصري ونظيره الفرنسي في القصر. وبحث الجانبان الأوضاع في غزة.",
         ["EGY:GOV", "FRA:GOV"]),
        ("زار المبعوث الأمريكي الجزائر والرباط، ودعا إلى تطبيع العلاقات بين البلدين.",
         ["DZA:GOV", "MAR:GOV"]),
        # no pair joined by «و»: the two latest actors of different countries
        ("اتصل ولي العهد السعودي بالعاهل الأردني، وبحثا العلاقات بين البلدين.",
         ["SAU:GOV", "JOR:GOV"]),
    ],
)
def test_dual_stands_for_the_pair(rec: ActorRecognizer, text: str, members: list[str]) -> None:
    found = [m.members for m in rec.find(text, "2024-01-10") if m.kind == "bloc"]
    assert found and sorted(c.split(":")[0] for c in found[0]) == sorted(c.split(":")[0] for c in members), found


def test_dual_with_nobody_before_is_no_mention(rec: ActorRecognizer) -> None:
    assert [m for m in rec.find("وأكد الجانبان أهمية الحوار.", "2024-01-10") if m.kind == "bloc"] == []


def test_cooperation_between_the_two_countries() -> None:
    from wasit import code_text

    doc = code_text("استقبل ولي العهد السعودي وزير الدفاع الأمريكي وبحثا أوجه التعاون بين البلدين.")
    coop = [sorted(a.code for a in e.actor + e.recipient) for e in doc.events if e.type == "COOPERATE"]
    assert ["SAU:GOV", "USA:GOV"] in coop, [(e.type, e.actor, e.recipient) for e in doc.events]
