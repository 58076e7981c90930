"""Pinning the gate's floors: a margin below the measurement, never lowered without a reason."""

from __future__ import annotations

import pytest

from wasit.evaluate.quality import GateError, failures, floor_for, pin


@pytest.mark.parametrize(
    ("value", "floor"),
    [(0.8123, 0.79), (0.80, 0.78), (0.7999, 0.77), (0.01, 0.0), (0.0, 0.0), (1.0, 0.98)],
)
def test_floor_is_margin_below_rounded_down(value: float, floor: float) -> None:
    assert floor_for(value) == floor


def test_raising_is_free_and_recorded() -> None:
    new, changes = pin({"floors": {"a": 0.5}}, {"a": 0.7, "b": 0.3}, commit="abc")
    assert new["floors"] == {"a": 0.68, "b": 0.28}
    assert new["measured"] == {"a": 0.7, "b": 0.3}
    assert new["pinned"]["commit"] == "abc"
    assert len(changes) == 2 and not new["lowered"]


def test_lowering_needs_a_reason() -> None:
    with pytest.raises(GateError, match="needs a reason"):
        pin({"floors": {"a": 0.5}}, {"a": 0.4})
    new, _ = pin({"floors": {"a": 0.5}}, {"a": 0.4}, lower_reason="gold corrected in dev-07")
    assert new["floors"]["a"] == 0.38
    assert new["lowered"][0]["reason"] == "gold corrected in dev-07"
    assert new["lowered"][0]["from"] == 0.5


def test_a_floor_still_met_is_not_lowered() -> None:
    new, changes = pin({"floors": {"a": 0.5}}, {"a": 0.51})
    assert new["floors"]["a"] == 0.5 and not changes and not new["lowered"]


def test_unmeasured_floors_are_kept() -> None:
    new, _ = pin({"floors": {"a": 0.5, "z": 0.2}}, {"a": 0.6})
    assert new["floors"]["z"] == 0.2


@pytest.mark.parametrize(
    ("measured", "floors", "n"),
    [({"a": 0.5}, {"a": 0.5}, 0), ({"a": 0.49}, {"a": 0.5}, 1), ({}, {"a": 0.1}, 1)],
)
def test_failures(measured: dict[str, float], floors: dict[str, float], n: int) -> None:
    assert len(failures(measured, floors)) == n
