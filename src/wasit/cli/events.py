"""Commands of the events area: `wasit explain EVENT_ID`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from wasit.cli.app import app


@app.command("explain")
def explain(
    event_id: Annotated[int, typer.Argument(help="The event's id in the database (events.id).")],
    db: Annotated[Path, typer.Option("--db", help="The wasit database.")] = Path("wasit.db"),
) -> None:
    """Print why an event was coded: its evidence sentence, trigger, rule and actors."""
    from wasit.events.coder import explain_lines
    from wasit.store.db import Database

    if not db.exists():
        typer.echo(f"no database at {db}", err=True)
        raise typer.Exit(2)
    with Database(db, readonly=True) as store:
        rows = store.query("SELECT article_id, idx FROM events WHERE id = ?", (event_id,))
        if not rows:
            typer.echo(f"no event with id {event_id} in {db}", err=True)
            raise typer.Exit(1)
        doc = store.load_doc(int(rows[0]["article_id"]))
    typer.echo(f"event {event_id} — document {doc.doc_id}")
    for line in explain_lines(doc, int(rows[0]["idx"])):
        typer.echo(line)
