"""Exports of a wasit database: the gold-format JSONL, flat event tables (CSV, Parquet) and
PLOVER/POLECAT-style event records (one JSON object per event).

PLOVER records (`plover`) use the field names of PLOVER's event data and POLECAT's records
where they exist; see docs/export.md for the mapping. wasit's own additions (mediator, status,
evidence offsets, trigger, rule) keep wasit's names.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from wasit.doc import ActorRef, Doc, Event
from wasit.errors import ExportError
from wasit.store.db import QUADS, Database

FORMATS = ("jsonl", "csv", "parquet", "plover")

#: Columns of the flat event table (CSV and Parquet), one row per event.
EVENT_COLUMNS: tuple[str, ...] = (
    "article_id", "doc_id", "pub_date", "source", "url", "event_idx", "type", "quad", "mode",
    "status", "date", "date_source", "location", "actor", "actor_names", "recipient",
    "recipient_names", "mediator", "mediator_names", "attribution", "sentence", "start", "end",
    "trigger", "rule", "quote", "confidence",
)  # fmt: skip


def iter_docs(db: Database) -> Iterator[tuple[int, Doc]]:
    """Every stored article as (article id, coded `Doc`), in id order."""
    for aid in db.iter_article_ids():
        yield aid, db.load_doc(aid)


def _codes(side: list[ActorRef]) -> str:
    return ";".join(a.code for a in side)


def _names(side: list[ActorRef]) -> str:
    return ";".join(a.name or "" for a in side) if any(a.name for a in side) else ""


def event_row(aid: int, doc: Doc, idx: int, ev: Event) -> dict[str, Any]:
    """One row of the events CSV/Parquet table (`EVENT_COLUMNS`) for event `idx` of `doc`."""
    e0 = ev.evidence[0] if ev.evidence else None
    return {
        "article_id": aid, "doc_id": doc.doc_id, "pub_date": doc.pub_date, "source": doc.source,
        "url": doc.url, "event_idx": idx, "type": ev.type, "quad": QUADS.get(ev.type, ""),
        "mode": ev.mode, "status": ev.status, "date": ev.date, "date_source": ev.date_source,
        "location": ev.location, "actor": _codes(ev.actor), "actor_names": _names(ev.actor),
        "recipient": _codes(ev.recipient), "recipient_names": _names(ev.recipient),
        "mediator": _codes(ev.mediator), "mediator_names": _names(ev.mediator),
        "attribution": ";".join(ev.attribution), "sentence": e0.sentence if e0 else None,
        "start": e0.start if e0 else None, "end": e0.end if e0 else None,
        "trigger": e0.trigger if e0 else None, "rule": e0.rule if e0 else None,
        "quote": ev.quote, "confidence": ev.confidence,
    }  # fmt: skip


def _side(prefix: str, side: list[ActorRef]) -> dict[str, Any]:
    countries = [a.code.split(":", 1)[0] for a in side]
    sectors = [a.code.split(":", 1)[1] if ":" in a.code else None for a in side]
    return {
        f"{prefix}_name": next((a.name for a in side if a.name), None),
        f"{prefix}_names": [a.name for a in side],
        f"{prefix}_code": side[0].code if side else None,
        f"{prefix}_codes": [a.code for a in side],
        f"{prefix}_country": countries[0] if countries else None,
        f"{prefix}_countries": countries,
        f"{prefix}_sector": sectors[0] if sectors else None,
        f"{prefix}_sectors": [s for s in sectors if s],
    }


def plover_record(aid: int, doc: Doc, idx: int, ev: Event) -> dict[str, Any]:
    """One PLOVER/POLECAT-style event record (see docs/export.md)."""
    e0 = ev.evidence[0] if ev.evidence else None
    rec: dict[str, Any] = {
        "event_id": f"{doc.doc_id}-{idx}",
        "story_id": doc.doc_id,
        "story_date": doc.pub_date,
        "event_date": ev.date,
        "event_type": ev.type,
        "mode": ev.mode,
        "quad_code": QUADS.get(ev.type),
        "contexts": [],
        "country": ev.location,
        "language": "ar",
        "source": doc.source,
        "url": doc.url,
    }
    rec.update(_side("actor", ev.actor))
    rec.update(_side("recipient", ev.recipient))
    rec.update(_side("mediator", ev.mediator))
    rec.update(
        {
            "status": ev.status,
            "date_source": ev.date_source,
            "attribution": ev.attribution,
            "event_text": ev.quote,
            "story_sentence": e0.sentence if e0 else None,
            "offsets": [e0.start, e0.end] if e0 else None,
            "trigger": e0.trigger if e0 else None,
            "rule": e0.rule if e0 else None,
            "confidence": ev.confidence,
            "article_id": aid,
        }
    )
    return rec


def _write_json_lines(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def export(db: Database, fmt: str, out: IO[str] | None = None, path: str | Path | None = None) -> int:
    """Write the database in `fmt` to the text stream `out` (or `path`, required for
    Parquet). Returns the number of records written (documents for jsonl, else events)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if path is None:
            raise ExportError("--format parquet needs --out FILE")
        return _parquet(db, Path(path))
    if out is None:
        if path is None:
            raise ExportError("give an output stream or a path")
        with Path(path).open("w", encoding="utf-8", newline="") as f:
            return export(db, fmt, out=f)
    if fmt == "jsonl":
        return _write_json_lines((doc.to_gold() | {"article_id": aid} for aid, doc in iter_docs(db)), out)
    if fmt == "plover":
        return _write_json_lines(
            (plover_record(aid, doc, i, ev) for aid, doc in iter_docs(db) for i, ev in enumerate(doc.events)),
            out,
        )
    writer = csv.DictWriter(out, fieldnames=list(EVENT_COLUMNS))
    writer.writeheader()
    n = 0
    for aid, doc in iter_docs(db):
        for i, ev in enumerate(doc.events):
            writer.writerow(event_row(aid, doc, i, ev))
            n += 1
    return n


def _parquet(db: Database, path: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        raise ExportError('Parquet export needs pyarrow: pip install "wasit[parquet]"') from e
    rows = [event_row(aid, doc, i, ev) for aid, doc in iter_docs(db) for i, ev in enumerate(doc.events)]
    schema = pa.schema(
        [
            (c, pa.int64() if c in {"article_id", "event_idx", "sentence", "start", "end"}
             else pa.float64() if c == "confidence" else pa.string())
            for c in EVENT_COLUMNS
        ]
    )  # fmt: skip
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, path)
    return len(rows)
