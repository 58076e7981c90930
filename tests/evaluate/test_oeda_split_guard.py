"""Leakage guard: every script in scripts/ that splits the OEDA files (a `half_of(id)`
function: the models trained on OEDA) must split exactly as the evaluation does, so that the
gate never measures on sentences a shipped model was trained on."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from wasit.evaluate.oeda import oeda_half

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
SPLITTERS = sorted(p for p in SCRIPTS.glob("*.py") if "def half_of(" in p.read_text(encoding="utf-8"))
IDS = [f"AAW_ARB_{2005 + i % 5}{i % 12 + 1:02d}{i % 28 + 1:02d}.{i:04d}-{i % 40}" for i in range(2000)]


def test_the_split_is_about_half() -> None:
    dev = sum(oeda_half(i) == "dev" for i in IDS)
    assert 900 < dev < 1100


@pytest.mark.parametrize("script", SPLITTERS, ids=lambda p: p.name)
def test_training_scripts_split_as_the_evaluation(script: Path) -> None:
    spec = importlib.util.spec_from_file_location(f"_split_{script.stem}", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert [module.half_of(i) for i in IDS] == [oeda_half(i) for i in IDS]
