"""All quality figures in one measurement, and the floors of the quality gate.

`measure()` codes the seeds and dev gold documents and the dev half of the OEDA
ASSAULT/PROTEST sentences with the default pipeline and scores them. `gated()` picks the figures
the gate pins (`bench/eval_baseline.json`); `pin()` computes new floors from a measurement.

Raising a floor is an ordinary commit. Lowering one needs an explicit reason, given to `pin()`
(`python bench/quality.py --pin --lower "why"`), recorded in the baseline file and repeated in
the commit message (see docs/quality-gate.md).
"""

from __future__ import annotations

import datetime
import json
import math
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wasit.errors import WasitError
from wasit.evaluate.goldfile import load_gold, parse_documents
from wasit.evaluate.oeda import DetectionResult, evaluate_oeda
from wasit.evaluate.predict import predict_file
from wasit.evaluate.scoring import Scored, score
from wasit.pipeline import Pipeline, default_pipeline

GOLD_SETS = ("seeds", "dev")
OEDA_FILES = {"ASSAULT": "assault_gsr.csv", "PROTEST": "protest_gsr.csv"}
#: Figure name -> what it is; the order is the order of reports.
GATED: dict[str, str] = {
    "seeds_event_f1": "event F1 on seeds.gold.jsonl",
    "dev_event_f1": "event F1 on dev.gold.jsonl",
    "seeds_claim_f1": "claim F1 on seeds.gold.jsonl",
    "dev_claim_f1": "claim F1 on dev.gold.jsonl",
    "oeda_assault_f1": "ASSAULT sentence detection F1, OEDA dev half",
    "oeda_protest_f1": "PROTEST sentence detection F1, OEDA dev half",
}
MARGIN = 0.02


class GateError(WasitError):
    """A floor would be lowered without a reason, or the baseline file is malformed."""

    code = "E031"


@dataclass(slots=True)
class Quality:
    gold: dict[str, Scored] = field(default_factory=dict)
    oeda: dict[str, DetectionResult] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)


def gold_paths(shared: Path, name: str) -> tuple[Path, Path]:
    base = shared / "data" / "gold"
    return base / f"{name}.gold.jsonl", base / f"{name}.docs.jsonl"


def oeda_path(shared: Path, event_type: str) -> Path:
    return shared / "data" / "gold" / "oeda_arabic_event_gsr" / OEDA_FILES[event_type]


def measure(
    shared: Path, pipeline: Pipeline | None = None, half: str = "dev", oeda: bool = True
) -> Quality:
    """Code and score the gold sets and (unless `oeda` is False) the OEDA half."""
    pipe = pipeline or default_pipeline()
    q = Quality()
    for name in GOLD_SETS:
        gold, docs = gold_paths(shared, name)
        t0 = time.perf_counter()
        lines = predict_file(docs, pipe)
        q.seconds[name] = time.perf_counter() - t0
        q.sizes[name] = len(lines)
        pred = parse_documents((f"{docs}:{n} (as coded)", x) for n, x in enumerate(lines, 1))
        q.gold[name] = score(load_gold(gold), pred)
    if oeda:
        for etype in OEDA_FILES:
            t0 = time.perf_counter()
            q.oeda[etype] = evaluate_oeda(oeda_path(shared, etype), half, pipe)
            q.seconds[f"oeda_{etype.lower()}"] = time.perf_counter() - t0
            q.sizes[f"oeda_{etype.lower()}"] = len(q.oeda[etype].detections)
    return q


def gated(q: Quality) -> dict[str, float]:
    """The figures the gate pins, from a measurement."""
    out: dict[str, float] = {}
    for name in GOLD_SETS:
        if name in q.gold:
            out[f"{name}_event_f1"] = float(q.gold[name].figures["events"]["f1"])
            out[f"{name}_claim_f1"] = float(q.gold[name].figures["claims"]["f1"])
    for etype, res in q.oeda.items():
        out[f"oeda_{etype.lower()}_f1"] = float(res.figures["f1"])
    return {k: out[k] for k in GATED if k in out}


def floor_for(value: float, margin: float = MARGIN) -> float:
    """The floor pinned for a measured value: `margin` below it, rounded down to 0.01."""
    return max(0.0, math.floor(round((value - margin) * 100, 6)) / 100)


def read_baseline(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise GateError(f"{path}: cannot read the quality baseline: {e}") from e
    floors = data.get("floors") if isinstance(data, dict) else None
    if not isinstance(floors, dict) or not all(
        isinstance(v, int | float) and 0 <= v <= 1 for v in floors.values()
    ):
        raise GateError(f"{path}: 'floors' must map figure names to numbers in [0, 1]")
    return dict(data)


def failures(measured: dict[str, float], floors: dict[str, float]) -> list[str]:
    """One message per gated figure below its floor (or not measured)."""
    out = []
    for key, floor in floors.items():
        if key not in measured:
            out.append(f"{key}: not measured (floor {floor})")
        elif measured[key] + 1e-9 < floor:
            out.append(f"{key} = {measured[key]:.4f} fell below its floor {floor} ({GATED.get(key, key)})")
    return out


def pin(
    baseline: dict[str, Any],
    measured: dict[str, float],
    lower_reason: str | None = None,
    commit: str | None = None,
) -> tuple[dict[str, Any], list[str]]:
    """New baseline content with floors `MARGIN` below `measured`, and a line per change.

    A floor the measurement still meets is only ever raised. A figure measured below its floor
    is refused (`GateError`) unless `lower_reason` is given; its floor then goes down to
    `MARGIN` below the measurement and the reason is recorded in the file's `lowered` list."""
    old: dict[str, float] = dict(baseline.get("floors") or {})
    new_floors: dict[str, float] = {}
    changes: list[str] = []
    lowered: list[dict[str, Any]] = list(baseline.get("lowered") or [])
    today = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d")
    for key, value in measured.items():
        before = old.get(key)
        floor = floor_for(value)
        if before is not None and value + 1e-9 >= before:
            floor = max(floor, before)  # still holds: only ever raised
        if before is not None and floor < before:
            if not lower_reason:
                raise GateError(
                    f"{key}: the floor would go down from {before} to {floor} (measured "
                    f"{value:.4f}); lowering a floor needs a reason: --lower 'why'"
                )
            lowered.append(
                {"figure": key, "from": before, "to": floor, "reason": lower_reason, "date": today}
            )
        if before != floor:
            changes.append(f"{key}: {before} -> {floor} (measured {value:.4f})")
        new_floors[key] = floor
    for key, before in old.items():  # figures not measured this time keep their floor
        new_floors.setdefault(key, before)
    out = dict(baseline)
    out["floors"] = new_floors
    out["measured"] = {k: round(v, 4) for k, v in measured.items()}
    out["pinned"] = {"date": today, "commit": commit, "margin": MARGIN}
    out["lowered"] = lowered
    return out, changes
