"""Coreference: what refers back, and what only looks like it does."""

from __future__ import annotations

import pytest

from wasit.actors.recognizer import ActorRecognizer


@pytest.fixture(scope="module")
def rec() -> ActorRecognizer:
    return ActorRecognizer()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "التقى الرئيس المصري عبد الفتاح السيسي الوفد. وقال إن الداعم الرئيس للمشروع هو البنك",
            "الرئيس",
        ),
        ("استقبل الملك سلمان بن عبدالعزيز الضيوف. وزار الوفد مركز الملك فهد الثقافي", "الملك"),
        ("قالت حركة حماس إنها مستعدة. وأعلنت الجماعة السلفية انضمامها", "الجماعة"),
        ("استقبل الملك سلمان بن عبدالعزيز الأمير فيصل بن نايف بن عبدالعزيز", "عبدالعزيز"),
    ],
)
def test_not_coreferent(rec: ActorRecognizer, text: str, word: str) -> None:
    last = text.rindex(word)
    ms = [m for m in rec.find(text, "2016-01-01") if m.start <= last < m.end]
    assert not ms or ms[0].resolved_by != "coref", ms


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        (
            "التقى الرئيس المصري عبد الفتاح السيسي الوفد. وقال الرئيس الذي يزور",
            "الرئيس",
            "Abdel Fattah el-Sisi",
        ),
        (
            "قال وزير الخارجية الأمريكي أنتوني بلينكن إن. وأضاف الوزير أن",
            "الوزير",
            "Antony Blinken",
        ),
        ("وصل صبري بوقادوم إلى واشنطن. وقال بوقادوم إن", "بوقادوم", "Sabri Boukadoum"),
    ],
)
def test_coreferent(rec: ActorRecognizer, text: str, word: str, name: str) -> None:
    last = text.rindex(word)
    ms = [m for m in rec.find(text, "2024-01-01") if m.start <= last < m.end]
    assert ms and ms[0].name == name and ms[0].antecedent is not None, ms
