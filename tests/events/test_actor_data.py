"""Actor data the event coder relies on: spellings of country names news uses."""

from __future__ import annotations

import pytest

from wasit.actors.recognizer import ActorRecognizer


@pytest.fixture(scope="module")
def rec() -> ActorRecognizer:
    return ActorRecognizer()


@pytest.mark.parametrize(
    ("text", "code"),
    [("قالت حكومة بيليز إنها ستستدعي سفيرها.", "BLZ"),
     ("واستقبل رئيس نيكاراجوا وفدا رسميا.", "NIC"),
     ("ووقعت شيلي والأرجنتين اتفاقا تجاريا.", "CHL")],
)  # fmt: skip
def test_spelling_variants_of_country_names(rec: ActorRecognizer, text: str, code: str) -> None:
    found = {m.code.split(":")[0] for m in rec.find(text, "2023-11-01")}
    assert code in found


@pytest.mark.parametrize(
    ("text", "has_pse"),
    [("وتهدف الوساطة إلى حل أزمة المقاطعة العربية لقطر.", False),
     ("واستقبل الرئيس الفلسطيني الوفد في مقر المقاطعة برام الله.", True)],
)  # fmt: skip
def test_the_boycott_is_not_the_palestinian_presidency(rec: ActorRecognizer, text: str, has_pse: bool) -> None:
    found = {m.code for m in rec.find(text, "2023-11-01")}
    assert ("PSE:GOV" in found) is has_pse
