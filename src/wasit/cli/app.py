"""The Typer application every command module registers on, and what the commands share:
the `--db` option and opening an existing database. No coding logic lives here."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from wasit import __version__
from wasit.store.db import Database

#: The `--db` option every command that reads or writes a database takes (default: wasit.db).
DbOption = Annotated[Path, typer.Option("--db", help="The wasit database (SQLite file).")]



def open_existing(db: Path, readonly: bool = False) -> Database:
    """Open a database `wasit code` wrote; a missing file ends the command with status 2."""
    if not db.exists():
        typer.echo(f"no database at {db}; run `wasit code INPUT --db {db}` first", err=True)
        raise typer.Exit(2)
    return Database(db, readonly=readonly)


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
