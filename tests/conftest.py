"""Shared fixtures. Data under ../shared is read in place; tests that need it skip with a
clear message when it is absent (and fail under CI=true, where it must be there)."""

from __future__ import annotations

from pathlib import Path

import pytest

from shared_data import need_shared


@pytest.fixture
def shared() -> Path:
    return need_shared()
