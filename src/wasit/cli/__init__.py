"""Command-line interface: thin commands over library functions.

Each area registers its commands on `wasit.cli.app.app` in its own module, imported here.
"""

from __future__ import annotations

from wasit.cli import (  # noqa: F401 - imported to register their commands
    actors,
    claims,
    coding,
    evaluate,
    events,
    serve,
)
from wasit.cli.app import app


def main() -> None:
    """The `wasit` console script."""
    app()
