"""The trainer of the sentence models (scripts/train_detect.py): its training target and what
it counts as detected."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_detect.py"


def _trainer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_train_detect", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_share_is_the_fraction_of_coders_who_accepted() -> None:
    t = _trainer()
    assert t.share({"accept": "2", "total": "4"}, "x.csv:2") == 0.5
    assert t.share({"accept": "0", "total": "3"}, "x.csv:3") == 0.0


@pytest.mark.parametrize("row", [{"accept": "5", "total": "3"}, {"accept": "a", "total": "3"}, {"total": "3"}])
def test_a_bad_vote_count_names_the_line(row: dict[str, str]) -> None:
    with pytest.raises(SystemExit, match=r"x\.csv:7"):
        _trainer().share(row, "x.csv:7")


def test_a_share_target_trains_towards_the_votes() -> None:
    """With the coders' share as the target, a sentence half the coders accepted scores between
    one all accepted and one none did."""
    t = _trainer()
    np = pytest.importorskip("numpy")
    feats = [{"w:a"}, {"w:b"}, {"w:c"}] * 4
    shares = [1.0, 0.5, 0.0] * 4
    rows = [t.Row(str(i), "ASSAULT", f, s == 1.0, True, set(), s, False) for i, (f, s) in enumerate(zip(feats, shares, strict=True))]
    _, w, vocab = t.train(rows, t.Config(False, ("words",), 1.0, False, "share"))
    score = dict(zip(vocab, w, strict=True))
    assert score["w:a"] > score["w:b"] > score["w:c"]
    b2, w2, vocab2 = t.train(rows, t.Config(False, ("words",), 1.0, False, "label"))
    label = dict(zip(vocab2, w2, strict=True))
    assert label["w:b"] == pytest.approx(label["w:c"], abs=0.5) and np.isfinite(b2)


def test_a_forced_sentence_counts_as_detected_whatever_its_score() -> None:
    """The coder takes a PROTEST where people gather without the model: cross-validation counts
    such a sentence detected below the threshold too (when a trigger proposed it)."""
    np = pytest.importorskip("numpy")
    t = _trainer()
    scores = np.array([0.9, 0.1, 0.1, 0.1])
    gold = np.array([True, True, False, True])
    trig = np.array([True, True, True, False])
    forced = np.array([False, True, False, True])
    assert t.prf(scores, gold, trig, 0.5) == pytest.approx((1.0, 1 / 3, 0.5))
    assert t.prf(scores, gold, trig, 0.5, forced) == pytest.approx((1.0, 2 / 3, 0.8))


def test_the_simplest_configuration_within_one_standard_error_is_chosen() -> None:
    t = _trainer()
    simple = t.Config(False, ("words", "triggers"), 100.0, True)
    rich = t.Config(True, ("words", "bigrams", "triggers", "mood"), 10.0, True)
    medium = t.Config(False, ("words", "triggers"), 10.0, True)
    best = t.Result(0.62, 0.5, (0.6, 0.64, 0.62), 0.03)
    assert t.choose([(best, rich), (t.Result(0.60, 0.5, (0.6, 0.6, 0.6), 0.03), simple)])[1] == simple
    # … but not one below the band, and among equally simple ones the better
    assert t.choose([(best, rich), (t.Result(0.58, 0.5, (0.6, 0.56, 0.58), 0.03), simple)])[1] == rich
    assert t.choose([(best, rich), (t.Result(0.60, 0.5, (0.6, 0.6, 0.6), 0.03), medium),
                     (t.Result(0.595, 0.5, (0.6, 0.59, 0.595), 0.03), simple)])[1] == simple
