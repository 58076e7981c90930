"""Commands of this area (see wasit.cli)."""

from __future__ import annotations

from wasit.cli.app import app  # noqa: F401 - commands register on it
