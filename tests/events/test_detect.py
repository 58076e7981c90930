"""The ASSAULT/PROTEST sentence models: file format, scoring, effect on the coder."""

from __future__ import annotations

import pytest

from wasit.errors import LexiconError
from wasit.events.detect import DetectModel, features, load_model, stem
from wasit.events.lexicon import load_lexicon


@pytest.mark.parametrize(
    ("word", "expected"), [("والهجمات", "هجم"), ("بالمتظاهرين", "متظاهر"), ("قصف", "قصف")]
)
def test_stem(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_features_carry_trigger_types() -> None:
    feats = features("شنت الطائرات غارات على المدينة", load_lexicon())
    assert "t:ASSAULT" in feats and "t:ASSAULT:aerial" in feats


def test_roundtrip_and_score() -> None:
    m = DetectModel("ASSAULT", -1.0, 0.5, {"w:قصف": 3.0, "w:فيلم": -3.0})
    back = DetectModel.from_tsv(m.to_tsv(), "x.tsv")
    assert back == m
    assert back.score({"w:قصف"}) > 0.5 > back.score({"w:قصف", "w:فيلم"})


@pytest.mark.parametrize(
    "text",
    ["#type\tASSAULT\n#bias\t0\n", "#type\tA\n#bias\t0\n#threshold\t.5\nw:x\tabc\n", "nocolumns\n"],
)
def test_bad_model_files(text: str) -> None:
    with pytest.raises(LexiconError):
        DetectModel.from_tsv(text, "bad.tsv")


@pytest.mark.parametrize("etype", ["ASSAULT", "PROTEST"])
def test_shipped_models_load(etype: str) -> None:
    model = load_model(etype)
    assert model is not None and model.event_type == etype and 0 < model.threshold < 1
    assert len(model.weights) > 100
