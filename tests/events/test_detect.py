"""The ASSAULT/PROTEST sentence models: file format, scoring, effect on the coder."""

from __future__ import annotations

import pytest

from wasit import code_text
from wasit.ar.tokens import tokenize
from wasit.doc import ActorRef, Event
from wasit.errors import LexiconError
from wasit.evaluate.oeda import OedaSentence, detect
from wasit.events.detect import (
    DetectModel,
    detected,
    features,
    gathering,
    keep_sideless,
    load_model,
    pooled_features,
    stem,
)
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


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("تظاهر آلاف الطلاب أمس أمام البرلمان", {"m:past", "tk:PROTEST:verb", "tpos:PROTEST:0"}, {"m:neg"}),
        ("لم يشارك أحد في المظاهرة", {"m:neg", "tk:PROTEST:noun", "tl:PROTEST:في"}, {"m:past"}),
        ("وقال إن «الجيش سيقصف المدينة»", {"m:say", "m:quote", "t:ASSAULT"}, {"t:PROTEST"}),
        ("قصفت الطائرات القرية", {"b:قصفت_طائر", "tr:ASSAULT:طائر"}, {"tn:ASSAULT:2"}),
    ],
)
def test_features_context_and_mood(text: str, present: set[str], absent: set[str]) -> None:
    feats = features(text, load_lexicon())
    assert present <= feats, present - feats
    assert not absent & feats


def test_pooled_features_share_own_trigger_as_self() -> None:
    got = pooled_features({"t:ASSAULT", "t:PROTEST", "w:قصف"}, "ASSAULT")
    assert got == {"g|t:SELF", "g|t:PROTEST", "g|w:قصف", "ASSAULT|t:ASSAULT", "ASSAULT|t:PROTEST", "ASSAULT|w:قصف"}


def test_pooled_model_scores_through_the_shared_copy() -> None:
    m = DetectModel("PROTEST", -2.0, 0.5, {"g|t:SELF": 4.0}, pooled=True)
    assert DetectModel.from_tsv(m.to_tsv(), "p.tsv") == m
    assert m.score({"t:PROTEST"}) > 0.5 > m.score({"t:ASSAULT"})


@pytest.mark.parametrize("etype", ["ASSAULT", "PROTEST"])
def test_detected_follows_the_threshold(etype: str) -> None:
    model = load_model(etype)
    assert model is not None
    assert detected(etype, model.threshold) and not detected(etype, model.threshold - 0.01)
    assert not detected("CONSULT", 1.0)


def _ev(etype: str, actor: str | None, confidence: float) -> Event:
    ev = Event(type=etype)
    if actor:
        ev.actor = [ActorRef(actor)]
    ev.confidence = confidence
    return ev


@pytest.mark.parametrize(
    ("events", "kept"),
    [
        ([_ev("ASSAULT", None, 0.99)], 1),  # detected, nothing else of its type: kept
        ([_ev("ASSAULT", None, 0.01)], 0),  # the sentence model says no
        ([_ev("ASSAULT", "IRQ:REB", 0.99), _ev("ASSAULT", None, 0.99)], 1),  # another mention
        ([_ev("PROTEST", "EGY:CVL", 0.99), _ev("ASSAULT", None, 0.99)], 2),  # other type
        ([_ev("CONSULT", None, 1.0)], 0),  # only the two modelled types may lack both sides
    ],
)
def test_keep_sideless(events: list[Event], kept: int) -> None:
    assert len(keep_sideless(events)) == kept
    assert all(e.actor for e in keep_sideless(events, confirm=False))


def test_letter_grams_mark_word_edges() -> None:
    feats = features("قصفت الطائرات", load_lexicon())
    assert {"c:<قص", "c:<قصف", "c:صفت>", "c:ات>"} <= feats
    # an n-gram never spans two words
    assert not any(" " in f for f in feats if f.startswith("c:"))


def test_letter_grams_are_computed_only_for_a_model_that_weighs_them() -> None:
    assert DetectModel("ASSAULT", 0.0, 0.5, {"c:<قص": 1.0}).uses_chars
    assert DetectModel("PROTEST", 0.0, 0.5, {"PROTEST|c:<مظ": 1.0}, pooled=True).uses_chars
    assert not DetectModel("ASSAULT", 0.0, 0.5, {"w:قصف": 1.0}).uses_chars
    assert not any(f.startswith("c:") for f in features("قصفت الطائرات", load_lexicon(), chars=False))


def test_an_attack_with_no_side_is_a_detection_not_an_event() -> None:
    doc = code_text("وانفجرت سيارة مفخخة امس في سوق شعبي مما اسفر عن مقتل 15 شخصا واصابة 40 اخرين.")
    assert not doc.events, [(e.type, e.actor, e.recipient) for e in doc.events]
    assert [e.type for e in doc.detections] == ["ASSAULT"]
    assert "detections" in doc.to_gold()


def test_sentence_detection_counts_detections() -> None:
    sentence = OedaSentence("s1", "ASSAULT", "yes", "وانفجرت سيارة مفخخة امس في سوق شعبي مما اسفر عن مقتل 15 شخصا.", "t:2")
    assert [d.predicted for d in detect([sentence])] == [True]


@pytest.mark.parametrize(
    ("text", "gathered"),
    [
        ("وتجمع مئات المتظاهرين أمام مبنى البرلمان أمس.", True),
        ("ونزل آلاف المحتجين الى الشوارع في العاصمة.", True),
        ("واعتصم عشرات العمال أمام مقر الشركة.", True),
        # protesters doing something else, and a gathering of no crowd
        ("وطالب المتظاهرون بالإفراج عن المعتقلين.", False),
        ("وتجمع الوزراء في القاعة الكبرى.", False),
    ],
)
def test_gathering(text: str, gathered: bool) -> None:
    assert gathering(tokenize(text)) is gathered


def test_a_gathering_of_protesters_is_a_protest_whatever_the_model_scores() -> None:
    text = "وتجمع مئات المتظاهرين الأردنيين أمام مبنى البرلمان في عمان أمس."
    protests = [e for e in code_text(text).events if e.type == "PROTEST"]
    assert protests and all("confirm:gathering" in e.evidence[0].rule for e in protests)
