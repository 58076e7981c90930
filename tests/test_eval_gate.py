"""The quality gate (trafilatura's eval_gate is the model): the default pipeline's event F1 on
the seeds and dev gold, claim F1, and ASSAULT/PROTEST detection F1 on the dev half of the
OEDA files must not fall below the floors pinned in bench/eval_baseline.json.

Runs in the normal pytest run; without ../shared it skips with a message (fails under CI=true,
through the `shared` fixture). Re-pin: `PYTHONPATH=src python bench/quality.py --pin` (raising
is a commit; lowering needs `--lower "why"` and the reason in the commit message — see
docs/quality-gate.md)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from wasit.evaluate.quality import GATED, failures, gated, measure, read_baseline

BASELINE = Path(__file__).resolve().parents[1] / "bench" / "eval_baseline.json"
BASE = read_baseline(BASELINE)
FLOORS: dict[str, float] = BASE["floors"]


@cache
def _measured(shared: Path) -> dict[str, float]:
    """Measured once per run, whichever figure's test asks first."""
    return gated(measure(shared))


def test_every_gated_figure_has_a_floor() -> None:
    assert sorted(FLOORS) == sorted(GATED)


def test_every_lowered_floor_says_why() -> None:
    for entry in BASE.get("lowered", []):
        assert len(str(entry.get("reason", "")).split()) >= 3, entry
        assert entry["to"] < entry["from"], entry


@pytest.mark.shared
@pytest.mark.parametrize("figure", list(GATED))
def test_figure_holds_its_floor(shared: Path, figure: str) -> None:
    measured = _measured(shared)
    problems = failures({figure: measured[figure]}, {figure: FLOORS[figure]})
    assert not problems, problems[0] + " — fix the regression, or lower the floor with a reason"
