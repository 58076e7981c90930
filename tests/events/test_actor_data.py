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
