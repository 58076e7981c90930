"""Blocs of states («الدول الغربية») stand for the states the text lists, else for nothing."""

from __future__ import annotations

import pytest

from wasit.actors.recognizer import ActorRecognizer
from wasit.doc import Doc
from wasit.pipeline import default_pipeline


@pytest.fixture(scope="module")
def rec() -> ActorRecognizer:
    return ActorRecognizer()


def _blocs(rec: ActorRecognizer, text: str) -> list[tuple[str, list[str]]]:
    return [(m.text, m.members) for m in rec.find(text, "2024-01-10") if m.kind == "bloc"]


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("وأكدت المصادر أن الدول الغربية التي طلبت الوساطة هي فرنسا وإيطاليا وألمانيا.",
         ["FRA:GOV", "ITA:GOV", "DEU:GOV"]),
        ("وقد رفضت دول عربية مثل مصر والأردن استقبال اللاجئين.", ["EGY:GOV", "JOR:GOV"]),
        ("وشاركت دول الخليج (السعودية والإمارات وقطر) في الاجتماع.", ["SAU:GOV", "ARE:GOV", "QAT:GOV"]),
    ],
)
def test_bloc_stands_for_the_listed_states(rec: ActorRecognizer, text: str, members: list[str]) -> None:
    found = _blocs(rec, text)
    assert found and found[0][1] == members, found


def test_every_mention_of_the_bloc_takes_the_list(rec: ActorRecognizer) -> None:
    text = ("عرضت الجزائر وساطة بين حركة حماس والدول الغربية. "
            "وقالت المصادر إن الدول الغربية التي اتصلت بالجزائر هي فرنسا وإيطاليا.")
    found = _blocs(rec, text)
    assert [t for t, _ in found] == ["الدول الغربية", "الدول الغربية"], found
    assert all(m == ["FRA:GOV", "ITA:GOV"] for _, m in found), found


@pytest.mark.parametrize(
    "text",
    [
        "وانتقدت الدول الغربية القرار بشدة.",  # no list: the side stays empty
        "واتفقت الدول العربية على عقد قمة طارئة في القاهرة.",  # a capital named later is no list
    ],
)
def test_bloc_without_a_list_is_no_mention(rec: ActorRecognizer, text: str) -> None:
    assert _blocs(rec, text) == []


def test_bloc_sides_of_a_mediation() -> None:
    doc = default_pipeline()(Doc(raw_text=(
        "عرضت الجزائر وساطة بين حركة حماس والدول الغربية. "
        "وقالت المصادر إن الدول الغربية التي اتصلت بالجزائر هي فرنسا وإيطاليا."
    ), doc_id="t"))
    consult = [e for e in doc.events if e.type == "CONSULT"]
    sides = [sorted(a.code for a in e.actor + e.recipient) for e in consult]
    assert ["FRA:GOV", "ITA:GOV", "PSE:REB"] in sides, sides
