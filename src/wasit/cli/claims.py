"""Commands of the claims area: `wasit claims` — figures over time and by source."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from wasit.cli.app import DbOption, app, open_existing


def _figure(total: int, lo: int, hi: int) -> str:
    parts = [f"{total:,}"] if total or not (lo or hi) else []
    if lo or hi:
        parts.append(f"+ [{lo:,}–{hi:,}]")
    return " ".join(parts)


@app.command("claims")
def claims_cmd(
    category: Annotated[
        str | None,
        typer.Option("--category", help="killed, injured, held, released, detained, displaced or abducted."),
    ] = None,
    actor: Annotated[
        str | None, typer.Option("--actor", help="Who states the figure: a code (ISR:GOV) or a country (ISR).")
    ] = None,
    by: Annotated[str, typer.Option("--by", help="Time unit of the first table: year, month or day.")] = "month",
    show: Annotated[int, typer.Option("--list", help="Also list the N latest claims.")] = 0,
    db: DbOption = Path("wasit.db"),
) -> None:
    """Numeric claims (killed, held, released …) as a table over time and by source."""
    from rich.console import Console
    from rich.table import Table

    from wasit.errors import WasitError
    from wasit.events.claims_report import claims_list, claims_report

    console = Console()
    with open_existing(db, readonly=True) as store:
        try:
            over_time = claims_report(store, by=by, category=category, actor=actor)
            by_source = claims_report(store, by="source", category=category, actor=actor)
            latest = claims_list(store, category, actor, show) if show else []
        except WasitError as e:
            typer.echo(str(e), err=True)
            raise typer.Exit(2) from e
    if not over_time:
        typer.echo("no claims match")
        return
    t = Table(title=f"Claims by {by}")
    for col in ("period", "category", "claims", "figures stated", "sources"):
        t.add_column(col, justify="right" if col in ("claims", "figures stated") else "left")
    for r in over_time:
        t.add_row(r.key, r.category, str(r.claims), _figure(r.total, r.vague_low, r.vague_high), r.sources)
    console.print(t)
    s = Table(title="Claims by source")
    for col in ("source", "category", "claims", "figures stated", "first", "last", "outlets"):
        s.add_column(col, justify="right" if col in ("claims", "figures stated") else "left")
    for r in by_source:
        s.add_row(
            r.key, r.category, str(r.claims), _figure(r.total, r.vague_low, r.vague_high),
            r.first or "", r.last or "", r.sources,
        )  # fmt: skip
    console.print(s)
    if latest:
        lt = Table(title=f"Latest {len(latest)} claims")
        for col in ("date", "category", "value", "qualifier", "source", "document", "quote"):
            lt.add_column(col)
        for c in latest:
            value = str(c["value"]) if c["value"] is not None else f"[{c['range_low']}–{c['range_high']}]"
            lt.add_row(
                c["date"] or "", c["category"], value, c["qualifier"], c["attributed_to"] or "",
                c["doc_id"], c["quote"],
            )  # fmt: skip
        console.print(lt)
