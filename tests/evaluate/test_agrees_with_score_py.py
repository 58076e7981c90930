"""Our scorer and the reference `../shared/tools/score.py` must agree on every figure: on the
gold itself, on randomly perturbed copies of it (dropped, duplicated, reoriented, retyped
events, wrong countries, sectors, statuses, modes, dates, mediators, claims), on an empty
prediction and on the default pipeline's output."""

from __future__ import annotations

import copy
import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from wasit.doc import EVENT_TYPES, STATUSES
from wasit.evaluate.goldfile import load_gold, parse_documents
from wasit.evaluate.predict import predict_file, write_jsonl
from wasit.evaluate.scoring import score

CODES = ["USA:GOV", "ISR:MIL", "PSE:REB", "QAT:GOV", "EGY", "DZA:GOV", "UNO", "FRA:GOV", "LBY:MIL"]
MODES = [None, "visit", "phone", "third-party", "release", "ceasefire", "abduct", "demo"]


def reference(script: Path, gold: Path, pred: Path) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, str(script), str(gold), str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def read_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _code(a: Any) -> str:
    return str(a["code"] if isinstance(a, dict) else a)


def _perturb_side(rng: random.Random, side: list[Any]) -> list[Any]:
    side = list(side)
    r = rng.random()
    if r < 0.15 and side:
        side[rng.randrange(len(side))] = rng.choice(CODES)  # a wrong country
    elif r < 0.25:
        side.append(rng.choice(CODES))  # an extra country
    elif r < 0.35:
        side = [_code(a).split(":")[0] for a in side]  # sectors left out
    elif r < 0.4:
        side = []
    elif r < 0.5:
        side = [{"code": _code(a), "name": rng.choice(["Blinken", "Ali Haidar", "x"])} for a in side]
    return side


def _perturb_event(rng: random.Random, ev: dict[str, Any]) -> dict[str, Any]:
    ev = copy.deepcopy(ev)
    if rng.random() < 0.15:
        ev["actor"], ev["recipient"] = ev.get("recipient", []), ev.get("actor", [])
    if rng.random() < 0.1:
        ev["type"] = rng.choice(EVENT_TYPES)
    for side in ("actor", "recipient", "mediator"):
        ev[side] = _perturb_side(rng, ev.get(side) or [])
    r = rng.random()
    if r < 0.15:
        ev["status"] = rng.choice(STATUSES)
    elif r < 0.2:
        ev.pop("status", None)
    if rng.random() < 0.2:
        ev["mode"] = rng.choice(MODES)
    r = rng.random()
    if r < 0.1:
        ev["date"] = None
    elif r < 0.2:
        ev["date"] = rng.choice(["2023", "2023-10", "2023-10-07", "2015-07-01/2015-07-03"])
    elif r < 0.25 and ev.get("date"):
        ev["date"] = str(ev["date"])[:4]
    if rng.random() < 0.3:
        words = str(ev.get("quote") or "").split()
        rng.shuffle(words)
        ev["quote"] = " ".join(words[: max(1, len(words) // 2)])
    return ev


def _perturb_claim(rng: random.Random, c: dict[str, Any]) -> dict[str, Any]:
    c = copy.deepcopy(c)
    r = rng.random()
    if r < 0.15 and c.get("value") is not None:
        c["value"] = int(c["value"]) + rng.choice([-1, 1, 10])
    elif r < 0.25:
        c["value"], c["range"] = None, rng.choice([[20, 99], [3, 9]])
    if rng.random() < 0.2:
        c["qualifier"] = rng.choice([None, "exact", "about", "more_than", "at_least"])
    if rng.random() < 0.2:
        c["attributed_to"] = rng.choice([None, "ISR:GOV", "PSE:REB", ["USA", "ISR"]])
    return c


def perturb(lines: list[dict[str, Any]], seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    all_events = [e for d in lines for e in d.get("events", [])]
    out = []
    for doc in lines:
        if rng.random() < 0.1:
            continue  # a document the system did not output
        events: list[dict[str, Any]] = []
        for ev in doc.get("events", []):
            if rng.random() < 0.15:
                continue
            events.append(_perturb_event(rng, ev))
            if rng.random() < 0.15:
                events.append(_perturb_event(rng, ev))  # a duplicate, perhaps altered
        if all_events and rng.random() < 0.3:
            events.append(copy.deepcopy(rng.choice(all_events)))  # another document's event
        rng.shuffle(events)
        claims = [_perturb_claim(rng, c) for c in doc.get("claims", []) if rng.random() > 0.15]
        claims += [_perturb_claim(rng, c) for c in doc.get("claims", []) if rng.random() < 0.15]
        out.append({"doc_id": doc["doc_id"], "events": events, "claims": claims})
    out.append({"doc_id": "not-in-gold", "events": all_events[:3], "claims": []})
    rng.shuffle(out)
    return out


SETS = ["seeds", "dev"]


@pytest.mark.shared
@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("variant", ["gold", "empty", *[f"perturbed-{i}" for i in range(6)]])
def test_agrees_on_gold_variants(shared: Path, tmp_path: Path, name: str, variant: str) -> None:
    gold = shared / "data" / "gold" / f"{name}.gold.jsonl"
    lines = read_lines(gold)
    if variant == "gold":
        pred_lines = lines
    elif variant == "empty":
        pred_lines = []
    else:
        pred_lines = perturb(lines, seed=int(variant.rsplit("-", 1)[1]) + 100 * SETS.index(name))
    pred = tmp_path / "pred.jsonl"
    write_jsonl(pred_lines, pred)
    assert score(load_gold(gold), load_gold(pred)).figures == reference(shared / "tools" / "score.py", gold, pred)


@pytest.mark.shared
@pytest.mark.parametrize("name", SETS)
def test_agrees_on_pipeline_output(shared: Path, tmp_path: Path, name: str) -> None:
    gold = shared / "data" / "gold" / f"{name}.gold.jsonl"
    docs = shared / "data" / "gold" / f"{name}.docs.jsonl"
    pred = tmp_path / "pred.jsonl"
    write_jsonl(predict_file(docs), pred)
    assert score(load_gold(gold), load_gold(pred)).figures == reference(shared / "tools" / "score.py", gold, pred)


@pytest.mark.shared
def test_perturbation_really_changes_the_score(shared: Path) -> None:
    """Guard for the test above: perturbed copies must not all score like the gold."""
    gold = shared / "data" / "gold" / "seeds.gold.jsonl"
    lines = read_lines(gold)
    g = load_gold(gold)
    f1s = set()
    for seed in range(3):
        pred = [
            {"doc_id": d["doc_id"], "events": d["events"], "claims": d["claims"]}
            for d in perturb(lines, seed)
        ]
        p = parse_documents((f"mem:{i}", d) for i, d in enumerate(pred, 1))
        f1s.add(score(g, p).figures["events"]["f1"])
    assert f1s and max(f1s) < 1.0
