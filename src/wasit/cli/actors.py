"""Commands of this area: `wasit actors QUERY` looks an actor up in the knowledge base."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from wasit.cli.app import app


@app.command("actors")
def actors_cmd(
    query: Annotated[
        str, typer.Argument(help="Arabic or English name, or part of it (بلينكن, Blinken).")
    ],
    date: Annotated[
        str | None, typer.Option("--date", help="Article date (YYYY-MM-DD) for dated roles.")
    ] = None,
    actors_file: Annotated[
        list[Path] | None,
        typer.Option("--actors", help="Your own actor file(s) (TSV), on top of the KB."),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", help="Show at most this many actors.")] = 20,
) -> None:
    """Look an actor up: its code (on --date), kind, English name, roles and Arabic forms."""
    from wasit.actors import lookup

    hits = lookup(query, [str(p) for p in actors_file or []], date)
    if not hits:
        typer.echo(f"no actor matches {query!r}")
        raise typer.Exit(1)
    for actor, code in hits[:limit]:
        typer.echo(f"{actor.id}\t{code}\t{actor.kind}\t{actor.name or '-'}")
        for r in actor.roles:
            typer.echo(f"    role {r.code} {r.start or '…'} .. {r.end or '…'}")
        typer.echo("    forms: " + " | ".join(actor.forms[:12]))
    if len(hits) > limit:
        typer.echo(f"… {len(hits) - limit} more")
