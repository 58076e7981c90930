"""The quality gate (trafilatura's eval_gate is the model): the default pipeline's event F1 on
the seeds and dev gold, claim F1, and ASSAULT/PROTEST detection F1 on the held-out half of the
OEDA files must not fall below the floors pinned in bench/eval_baseline.json.

Runs in the normal pytest run; without ../shared it skips with a message (fails under CI=true).
Re-pin: `PYTHONPATH=src python bench/quality.py --pin` (raising is a commit; lowering needs
`--lower "why"` and the reason in the commit message — docs/quality-gate.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from shared_data import ROOT, need_shared
from wasit.evaluate.quality import GATED, failures, gated, measure, read_baseline

BASELINE = ROOT / "bench" / "eval_baseline.json"
FLOORS: dict[str, float] = read_baseline(BASELINE)["floors"]


@pytest.fixture(scope="module")
def measured() -> dict[str, float]:
    shared: Path = need_shared("data", "gold").parents[1]
    need_shared("data", "gold", "oeda_arabic_event_gsr", "assault_gsr.csv")
    return gated(measure(shared))


def test_every_gated_figure_has_a_floor() -> None:
    assert sorted(FLOORS) == sorted(GATED)


@pytest.mark.shared
@pytest.mark.parametrize("figure", list(GATED))
def test_figure_holds_its_floor(measured: dict[str, float], figure: str) -> None:
    problems = failures({figure: measured[figure]}, {figure: FLOORS[figure]})
    assert not problems, problems[0] + " — fix the regression, or lower the floor with a reason"
