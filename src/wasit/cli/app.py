"""The Typer application every command module registers on. No logic lives here."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from wasit import __version__

#: The `--db` option every command that reads or writes a database takes (default: wasit.db).
DbOption = Annotated[Path, typer.Option("--db", help="The wasit database (SQLite file).")]

app = typer.Typer(
    name="wasit",
    help="wasit (وسيط): code Arabic news into political event data, with the Arabic evidence.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"wasit {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """wasit (وسيط): Arabic news → political event data."""
