"""`wasit code`, `wasit articles`, `wasit show`, `wasit export`: thin commands over
`wasit.runner.code_inputs`, `wasit.store.db.Database` and `wasit.store.export`."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from wasit.clean.lines import raw_segments
from wasit.cli.app import DbOption, app, open_existing
from wasit.config import add_actor_files, load_config
from wasit.errors import WasitError
from wasit.ingest.items import iso_date
from wasit.runner import Outcome, RunSummary, code_inputs
from wasit.store.export import FORMATS, export

err = Console(stderr=True)


def _default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def _summary_table(s: RunSummary) -> Table:
    t = Table(title="wasit code — summary", show_header=False, title_justify="left")
    t.add_column("what")
    t.add_column("count", justify="right")
    t.add_row("input documents", f"{s.inputs:,}")
    t.add_row("stored (new articles)", f"{s.added:,}")
    t.add_row("already stored (same text)", f"{s.unchanged:,}")
    t.add_row("skipped", f"{s.n_skipped:,}", style="red" if s.n_skipped else None)
    for kind, n in sorted(s.skipped.items()):
        t.add_row(f"  {kind}", f"{n:,}")
    t.add_row("sentences (new)", f"{s.sentences:,}")
    t.add_row("events (new)", f"{s.events:,}")
    t.add_row("claims (new)", f"{s.claims:,}")
    t.add_row("time", f"{s.seconds:.1f} s ({s.per_second:,.0f} documents/s)")
    t.add_row("database", s.db)
    if s.jsonl:
        t.add_row("JSONL", s.jsonl)
    return t


@app.command("code")
def code_cmd(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories (recursive) or - for stdin.")],
    db: DbOption = Path("wasit.db"),
    jsonl: Annotated[
        Path | None, typer.Option("--jsonl", help="Also write one gold-format JSON line per input document.")
    ] = None,
    pub_date: Annotated[
        str | None, typer.Option("--pub-date", help="Publication date (YYYY-MM-DD) for inputs that carry none.")
    ] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", help="Worker processes.")] = _default_workers(),
    config: Annotated[Path | None, typer.Option("--config", help="A TOML file layered on the default config.")] = None,
    overrides: Annotated[
        list[str] | None, typer.Option("--set", help="Override one config key: section.key=value (repeatable).")
    ] = None,
    actors: Annotated[
        list[Path] | None,
        typer.Option("--actors", help="A user actor file (TSV, see `wasit actors --help`) on top of the KB (repeatable)."),
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="Stop after this many input documents.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or per-input messages.")] = False,
    skipped_out: Annotated[
        Path | None, typer.Option("--skipped", help="Also list skipped inputs in this TSV file (origin, kind, reason).")
    ] = None,
) -> None:
    """Code Arabic news into the database: read, clean, segment and annotate every document.

    Exit status: 0 when every input was coded, 1 when some were skipped (each is reported
    with its file and line), 2 when the run could not start.
    """
    if pub_date is not None and iso_date(pub_date) != pub_date:
        err.print(f"[red]--pub-date must be YYYY-MM-DD, got {pub_date!r}[/red]")
        raise typer.Exit(2)
    try:
        cfg = add_actor_files(load_config(config, overrides), list(actors or []))
    except WasitError as e:
        err.print(f"[red]{e}[/red]")
        raise typer.Exit(2) from e
    progress = Progress(
        TextColumn("[bold]coding"), BarColumn(), DownloadColumn(),
        TextColumn("{task.fields[docs]:,} docs, {task.fields[skipped]:,} skipped"),
        TimeElapsedColumn(), TimeRemainingColumn(),
        console=err, disable=quiet, transient=False,
    )  # fmt: skip
    task = progress.add_task("coding", total=None, docs=0, skipped=0)

    def on_outcome(o: Outcome, s: RunSummary) -> None:
        if o.skipped is not None and not quiet:
            progress.console.print(
                f"[yellow]skipped[/yellow] {escape(o.skipped.message)}", highlight=False, soft_wrap=True
            )
        progress.update(
            task, completed=o.pos, total=s.total_bytes or None, docs=s.inputs, skipped=s.n_skipped
        )

    try:
        with progress:
            summary = code_inputs(
                inputs, db=db, jsonl=jsonl, pub_date=pub_date, workers=workers, config=cfg,
                limit=limit, on_outcome=on_outcome, skipped=skipped_out,
            )  # fmt: skip
    except WasitError as e:
        err.print(f"[red]{e}[/red]")
        raise typer.Exit(2) from e
    except KeyboardInterrupt:
        err.print("[yellow]interrupted: every article stored so far is whole; run the same command again to go on[/yellow]")
        raise typer.Exit(130) from None
    Console().print(_summary_table(summary))
    if summary.inputs == 0:
        err.print("[red]no input documents found[/red]")
        raise typer.Exit(2)
    if not summary.ok:
        err.print(f"[yellow]{summary.n_skipped:,} input(s) skipped; see the messages above.[/yellow]")
        raise typer.Exit(1)


@app.command("articles")
def articles_cmd(
    db: DbOption = Path("wasit.db"),
    limit: Annotated[int, typer.Option("--limit", help="How many to list.")] = 50,
    offset: Annotated[int, typer.Option("--offset", help="Skip this many first.")] = 0,
) -> None:
    """List the stored articles."""
    with open_existing(db) as database:
        rows = database.list_articles(limit, offset)
        total = database.count("articles")
    t = Table(title=f"{total:,} articles in {db}", title_justify="left", box=box.SIMPLE_HEAD, padding=(0, 1))
    t.add_column("id", justify="right", no_wrap=True, min_width=2)
    t.add_column("doc_id", no_wrap=True, overflow="ellipsis", max_width=22)
    t.add_column("date", no_wrap=True, min_width=10)
    t.add_column("source", no_wrap=True, overflow="ellipsis", max_width=12)
    for col in ("sent.", "ev.", "cl."):
        t.add_column(col, justify="right", no_wrap=True, min_width=len(col))
    t.add_column("title / first words", no_wrap=True, overflow="ellipsis", max_width=30)
    for r in rows:
        t.add_row(
            str(r["id"]), r["doc_id"], r["pub_date"] or "", r["source"] or "", str(r["sentences"]),
            str(r["events"]), str(r["claims"]), (r["title"] or r["lead"] or "").replace("\n", " ")[:40],
        )  # fmt: skip
    Console().print(t)


@app.command("show")
def show_cmd(
    ref: Annotated[str, typer.Argument(help="Article id, input doc_id, or the start of its hash.")],
    db: DbOption = Path("wasit.db"),
    plain: Annotated[bool, typer.Option("--plain", help="Mark removed lines with [- … -] instead of colours.")] = False,
) -> None:
    """Show an article: its raw text with the removed boilerplate marked, and its layers."""
    with open_existing(db) as database:
        aid = database.find_article(ref)
        if aid is None:
            err.print(f"[red]no article {ref!r} in {db}[/red]")
            raise typer.Exit(1)
        doc = database.load_doc(aid)
    console = Console(no_color=plain, highlight=False)
    console.print(
        f"[bold]#{aid} {escape(doc.doc_id)}[/bold]  date={doc.pub_date}  "
        f"source={escape(doc.source or '')}  origin={escape(doc.origin or '')}"
    )
    if doc.title:
        console.print(Text(doc.title, style="bold"))
    console.print(
        f"{len(doc.sentences)} sentences, {len(doc.mentions)} mentions, {len(doc.events)} events, "
        f"{len(doc.claims)} claims; {len(doc.removed)} lines removed as boilerplate"
    )
    console.rule()
    text = Text()
    for chunk, reason in raw_segments(doc):
        if reason is None:
            text.append(chunk)
        elif plain:
            text.append(f"[- {chunk} -] ({reason})")
        else:
            text.append(chunk, style="strike dim red")
            text.append(f"  ⟵ removed: {reason}", style="italic yellow")
    console.print(text)
    if doc.events:
        console.rule("events")
        for ev in doc.events:
            sides = " → ".join(",".join(a.code for a in side) or "-" for side in (ev.actor, ev.recipient))
            med = f" via {','.join(a.code for a in ev.mediator)}" if ev.mediator else ""
            console.print(Text(f"{ev.type} {ev.mode or ''} {sides}{med} ({ev.status}) «{ev.quote}»"))


@app.command("export")
def export_cmd(
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}.")] = "jsonl",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output file (default: standard output).")] = None,
    db: DbOption = Path("wasit.db"),
) -> None:
    """Export the database: gold-format JSONL, an events CSV or Parquet table, or PLOVER records."""
    if fmt not in FORMATS:
        err.print(f"[red]unknown format {fmt!r}; choose one of {', '.join(FORMATS)}[/red]")
        raise typer.Exit(2)
    with open_existing(db) as database:
        try:
            n = export(database, fmt, path=out) if out else export(database, fmt, out=sys.stdout)
        except WasitError as e:
            err.print(f"[red]{e}[/red]")
            raise typer.Exit(2) from e
    what = "documents" if fmt == "jsonl" else "events"
    err.print(f"exported {n:,} {what} as {fmt}" + (f" to {out}" if out else ""))
