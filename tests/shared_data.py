"""Where the shared data is, and how tests that need it skip (or fail under CI=true).

Imported by tests as `from shared_data import need_shared` (not from `conftest`: several
conftest.py files exist, and the name `conftest` is ambiguous on sys.path)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WASIT_SHARED", ROOT.parent / "shared"))
IN_CI = os.environ.get("CI", "").lower() == "true"


def need_shared(*parts: str) -> Path:
    """Path to a file under ../shared, or skip (fail in CI) when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        msg = f"shared data not found: {path} (set WASIT_SHARED or put shared/ beside the repo)"
        if IN_CI:
            pytest.fail(msg)
        pytest.skip(msg)
    return path
