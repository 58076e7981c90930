"""The scoring rules of the guidelines, case by case, on events written for the test."""

from __future__ import annotations

from typing import Any

import pytest

from wasit.evaluate.goldfile import parse_documents
from wasit.evaluate.scoring import score, side_agrees


def _ev(etype: str, actor: list[Any], recipient: list[Any], **kw: Any) -> dict[str, Any]:
    return {"type": etype, "actor": actor, "recipient": recipient, "status": "asserted", **kw}


def _figures(gold: list[dict[str, Any]], pred: list[dict[str, Any]], **kw: Any) -> dict[str, Any]:
    g = parse_documents([("g:1", {"doc_id": "d", "events": gold, "claims": kw.get("gc", [])})])
    p = parse_documents([("p:1", {"doc_id": "d", "events": pred, "claims": kw.get("pc", [])})])
    return score(g, p).figures


@pytest.mark.parametrize(
    ("gold", "pred", "ok"),
    [
        (set(), {"USA"}, True),  # an empty gold side accepts anything
        ({"USA"}, set(), False),
        ({"USA"}, {"USA", "ISR"}, True),  # half right is enough
        ({"USA"}, {"USA", "ISR", "QAT"}, False),  # listing countries never matches
        ({"USA", "ISR"}, {"ISR"}, True),
        ({"USA"}, {"QAT"}, False),
    ],
)
def test_side_agreement(gold: set[str], pred: set[str], ok: bool) -> None:
    assert side_agrees(frozenset(gold), frozenset(pred)) is ok


@pytest.mark.parametrize(
    ("etype", "tp"),
    [("CONSULT", 1), ("AGREE", 1), ("COOPERATE", 1), ("ACCUSE", 0), ("ASSAULT", 0)],
)
def test_orientation_free_only_for_pooled_types(etype: str, tp: int) -> None:
    f = _figures([_ev(etype, ["DZA:GOV"], ["USA:GOV"])], [_ev(etype, ["USA:GOV"], ["DZA:GOV"])])
    assert f["events"]["tp"] == tp


def test_duplicates_are_false_alarms() -> None:
    g = _ev("ASSAULT", ["ISR:MIL"], ["PSE:CVL"])
    f = _figures([g], [g, g, g])
    assert (f["events"]["tp"], f["events"]["fp"], f["events"]["fn"]) == (1, 2, 0)


def test_matching_is_maximal_whatever_the_order() -> None:
    # the first prediction fits both gold events, the second only the first gold event
    gold = [_ev("ACCUSE", ["USA"], []), _ev("ACCUSE", ["USA"], ["IRN"])]
    pred = [_ev("ACCUSE", ["USA"], ["IRN"]), _ev("ACCUSE", ["USA"], ["RUS"])]
    assert _figures(gold, pred)["events"]["tp"] == 2
    assert _figures(gold[::-1], pred[::-1])["events"]["tp"] == 2


def test_prefers_the_candidate_agreeing_on_status() -> None:
    gold = [_ev("REQUEST", ["USA:GOV"], ["QAT:GOV"], status="planned")]
    pred = [_ev("REQUEST", ["USA:GOV"], ["QAT:GOV"]), _ev("REQUEST", ["USA:GOV"], ["QAT:GOV"], status="planned")]
    f = _figures(gold, pred)
    assert f["status_accuracy"] == 1.0 and f["events"]["fp"] == 1


@pytest.mark.parametrize(
    ("gold_date", "pred_date", "ok"),
    [
        ("2023-10", "2023-10-07", True),  # more precise is fine
        ("2023-10-07", "2023-10", False),  # less precise is not
        ("2022-11-01/2022-11-02", "2022-11-01", True),  # an interval by its start
        ("2023", None, False),
    ],
)
def test_date_accuracy(gold_date: str, pred_date: str | None, ok: bool) -> None:
    g = _ev("CONSULT", ["DZA"], ["USA"], date=gold_date)
    p = _ev("CONSULT", ["DZA"], ["USA"], date=pred_date)
    assert _figures([g], [p])["date_accuracy"] == (1.0 if ok else 0.0)


def test_sectors_and_missing_status() -> None:
    g = _ev("ASSAULT", ["ISR:MIL"], ["PSE:CVL"])
    p = {"type": "ASSAULT", "actor": ["ISR:GOV"], "recipient": ["PSE"]}
    f = _figures([g], [p])
    assert f["events"]["f1"] == 1.0 and f["events_with_sectors"]["f1"] == 0.0
    assert f["status_accuracy"] == 0.0  # a missing predicted status is wrong


def test_mediator_and_names() -> None:
    g = _ev("CONSULT", [{"code": "USA:GOV", "name": "Antony Blinken"}], ["PSE:REB"], mediator=["QAT:GOV"])
    p = _ev("CONSULT", ["PSE:REB"], [{"code": "USA:GOV", "name": "A. Blinken"}], mediator=["EGY:GOV"])
    f = _figures([g], [p])
    assert f["mediator_recall"] == 0.0 and f["mediator_precision"] == 0.0
    assert f["name_recall"] == 1.0  # same surname


@pytest.mark.parametrize(
    ("gold_claim", "pred_claim", "tp", "qualifier_ok"),
    [
        ({"category": "killed", "value": 24, "qualifier": "about"}, {"category": "killed", "value": 24}, 1, 0.0),
        ({"category": "killed", "value": 24}, {"category": "killed", "value": 24.0}, 1, 1.0),
        ({"category": "killed", "value": None, "range": [20, 99]}, {"category": "killed", "value": None, "range": [20, 99]}, 1, 1.0),
        ({"category": "killed", "value": 24}, {"category": "injured", "value": 24}, 0, None),
    ],
)
def test_claims(gold_claim: dict[str, Any], pred_claim: dict[str, Any], tp: int, qualifier_ok: float | None) -> None:
    f = _figures([], [], gc=[gold_claim], pc=[pred_claim])
    assert f["claims"]["tp"] == tp
    assert f["claim_qualifier_accuracy"] == qualifier_ok
