"""`wasit eval` (events and claims against a gold file) and `wasit eval-oeda` (ASSAULT/PROTEST
sentence detection). Thin: the work is in `wasit.evaluate`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from wasit.cli.app import app
from wasit.config import load_config
from wasit.errors import WasitError
from wasit.evaluate.goldfile import load_gold, parse_documents
from wasit.evaluate.oeda import HALVES, evaluate_oeda
from wasit.evaluate.predict import predict_file, write_jsonl
from wasit.evaluate.report import (
    by_type_lines,
    error_lines,
    oeda_lines,
    rule_lines,
    summary_lines,
)
from wasit.evaluate.scoring import score
from wasit.pipeline import Pipeline, build_pipeline

ConfigOpt = Annotated[
    Path | None, typer.Option("--config", help="A config file layered on the default one.")
]
SetOpt = Annotated[
    list[str] | None,
    typer.Option("--set", help="Override one config key: section.key=value (repeatable)."),
]


def _pipeline(config: Path | None, overrides: list[str] | None) -> Pipeline | None:
    """None (the cached default pipeline) unless a config or an override is given."""
    if config is None and not overrides:
        return None
    return build_pipeline(config=load_config(config, overrides))


def _fail(e: WasitError) -> typer.Exit:
    typer.echo(str(e), err=True)
    return typer.Exit(1)


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(help="Gold file (JSON Lines, the guidelines' format).")],
    docs: Annotated[
        Path | None,
        typer.Option("--docs", help="Texts of the gold documents (doc_id, pub_date, title, text)."),
    ] = None,
    pred: Annotated[
        Path | None,
        typer.Option("--pred", help="Read predictions from this file instead of coding --docs."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object, as score.py --json.")] = False,
    by_type: Annotated[bool, typer.Option("--by-type", help="Add the per-type table.")] = False,
    errors: Annotated[
        bool, typer.Option("--errors", help="List misses and false alarms with their quotes.")
    ] = False,
    save: Annotated[
        Path | None, typer.Option("--save", help="Write the predictions coded from --docs here.")
    ] = None,
    config: ConfigOpt = None,
    overrides: SetOpt = None,
) -> None:
    """Score events and claims against GOLD, with the figures of ../shared/tools/score.py."""
    try:
        gold_docs = load_gold(gold)
        if pred is not None:
            pred_docs = load_gold(pred)
        elif docs is None:
            typer.echo("give --docs DOCS.jsonl to code, or --pred PRED.jsonl to read", err=True)
            raise typer.Exit(2)
        else:
            lines = predict_file(docs, _pipeline(config, overrides))
            if save is not None:
                write_jsonl(lines, save)
            pred_docs = parse_documents(
                (f"{docs}:{n} (as coded)", line) for n, line in enumerate(lines, 1)
            )
    except WasitError as e:
        raise _fail(e) from e
    missing = [d for d in gold_docs if d not in pred_docs]
    if missing:
        typer.echo(
            f"note: {len(missing)} of {len(gold_docs)} gold documents have no prediction "
            f"(scored as predicting nothing), e.g. {missing[0]!r}",
            err=True,
        )
    scored = score(gold_docs, pred_docs)
    if as_json:
        typer.echo(json.dumps(scored.figures, ensure_ascii=False))
        return
    for line in summary_lines(scored.figures):
        typer.echo(line)
    if by_type:
        for line in by_type_lines(scored.figures):
            typer.echo(line)
    if errors:
        typer.echo("")
        for line in error_lines(scored):
            typer.echo(line)
        typer.echo("")
        for line in rule_lines(scored):
            typer.echo(line)


@app.command("eval-oeda")
def eval_oeda_command(
    files: Annotated[
        list[Path], typer.Argument(help="OEDA files: assault_gsr.csv, protest_gsr.csv.")
    ],
    half: Annotated[
        str, typer.Option("--half", help=f"Which half of each file: {', '.join(HALVES)}.")
    ] = "dev",
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
    errors: Annotated[
        bool, typer.Option("--errors", help="List missed sentences and false alarms.")
    ] = False,
    config: ConfigOpt = None,
    overrides: SetOpt = None,
) -> None:
    """Precision, recall and F1 of detecting each file's event type (ASSAULT, PROTEST) per
    sentence; «ambiguous» sentences are left out, both «no» labels are negatives."""
    if half not in HALVES:
        typer.echo(f"--half must be one of {', '.join(HALVES)}", err=True)
        raise typer.Exit(2)
    out = {}
    try:
        pipe = _pipeline(config, overrides)
    except WasitError as e:
        raise _fail(e) from e
    for path in files:
        try:
            result = evaluate_oeda(path, half, pipe)
        except WasitError as e:
            raise _fail(e) from e
        out[result.event_type] = result.figures
        if not as_json:
            for line in oeda_lines(result, errors=errors):
                typer.echo(line)
    if as_json:
        typer.echo(json.dumps({"half": half, **out}, ensure_ascii=False))
