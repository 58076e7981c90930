"""Code inputs into a database: the library function behind `wasit code`.

The main process reads the inputs (streaming), worker processes extract and code each
document, and the main process alone writes: each article in its own transaction, so a run
killed at any point resumes where it stopped when run again (identity = content hash).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from wasit.ar.normalize import has_arabic
from wasit.config import load_config
from wasit.doc import Doc
from wasit.engine import map_ordered
from wasit.ingest.items import InputDoc, Skipped
from wasit.ingest.prepare import DEFAULT_MIN_ARABIC_LETTERS, to_doc
from wasit.ingest.readers import DEFAULT_MAX_LINE_BYTES, InputReader
from wasit.pipeline import Pipeline, build_pipeline
from wasit.store.db import Database

MAX_SKIPS_KEPT = 10_000


@dataclass(slots=True)
class Outcome:
    """What became of one input: coded (`doc`), already stored (`known`), or `skipped`."""

    seq: int
    doc_id: str
    origin: str
    pos: int
    doc: Doc | None = None
    content_hash: str | None = None
    known: int | None = None
    skipped: Skipped | None = None


@dataclass(slots=True)
class RunSummary:
    """Counts of one run. `ok` is False when any input was skipped or failed."""

    inputs: int = 0
    added: int = 0
    unchanged: int = 0  # same text as an article stored before or earlier in the run
    skipped: Counter[str] = field(default_factory=Counter)
    skips: list[Skipped] = field(default_factory=list)
    sentences: int = 0
    events: int = 0
    claims: int = 0
    seconds: float = 0.0
    total_bytes: int = 0
    db: str = ""
    jsonl: str | None = None

    @property
    def n_skipped(self) -> int:
        """How many inputs were skipped, for any reason."""
        return sum(self.skipped.values())

    @property
    def ok(self) -> bool:
        """True when no input was skipped."""
        return self.n_skipped == 0

    @property
    def per_second(self) -> float:
        """Input documents per second of the run."""
        return self.inputs / self.seconds if self.seconds > 0 else 0.0


# -- the worker side ------------------------------------------------------------------------

_STATE: dict[str, Any] = {}


def _init_worker(config: dict[str, Any], db_path: str | None, min_letters: int) -> None:
    _STATE["pipeline"] = build_pipeline(config=config)
    _STATE["min_letters"] = min_letters
    _STATE["db"] = Database(db_path, readonly=True) if db_path else None


def _code_one(item: InputDoc | Skipped) -> Outcome:
    if isinstance(item, Skipped):
        return Outcome(item.seq, item.doc_id, item.origin, item.pos, skipped=item)
    out = Outcome(item.seq, item.doc_id, item.origin, item.pos)
    try:
        prepared = to_doc(item, _STATE["min_letters"])
        if isinstance(prepared, Skipped):
            out.skipped = prepared
            return out
        db: Database | None = _STATE["db"]
        out.content_hash = prepared.content_hash
        known = db.article_id(out.content_hash) if db is not None else None
        if known is not None:
            out.known = known
            return out
        pipeline: Pipeline = _STATE["pipeline"]
        coded = pipeline(prepared)
        min_letters = _STATE["min_letters"]
        if "clean_text" in coded.layers and not has_arabic(coded.clean_text, min_letters):
            out.skipped = Skipped(
                item.seq, item.origin,
                f"fewer than {min_letters} Arabic letters left after removing boilerplate", "no-arabic", item.pos,
            )  # fmt: skip
            return out
        out.doc = coded
    except Exception as e:  # a stage failing on one document must not stop the run
        out.skipped = Skipped(item.seq, item.origin, f"coding failed: {type(e).__name__}: {e}", "error", item.pos)
    return out


def _passthrough(item: InputDoc | Skipped) -> Outcome | None:
    if isinstance(item, Skipped):
        return Outcome(item.seq, item.doc_id, item.origin, item.pos, skipped=item)
    return None


# -- the main side --------------------------------------------------------------------------


def code_inputs(
    inputs: Sequence[str | Path],
    db: str | Path = "wasit.db",
    jsonl: str | Path | None = None,
    pub_date: str | None = None,
    workers: int = 1,
    config: dict[str, Any] | None = None,
    limit: int | None = None,
    on_outcome: Callable[[Outcome, RunSummary], None] | None = None,
    stdin: IO[bytes] | None = None,
    skipped: str | Path | None = None,
) -> RunSummary:
    """Read `inputs`, code every document with the configured pipeline, store it in `db`.

    `jsonl`: also write one gold-format line per input document, in input order, under the
    input's own doc_id (a document skipped for having nothing to code gets an empty line with
    a `skipped` reason; an unreadable input, whose id is unknown, gets none). `limit`: stop
    after that many input documents. `on_outcome` is called after each input (for progress
    bars and messages). `skipped`: also list every skipped input in this TSV file (origin,
    kind, reason). Returns the run's counts.
    """
    cfg = config or load_config()
    ingest_cfg = cfg.get("ingest", {})
    min_letters = int(ingest_cfg.get("min_arabic_letters", DEFAULT_MIN_ARABIC_LETTERS))
    max_line = int(ingest_cfg.get("max_line_bytes", DEFAULT_MAX_LINE_BYTES))
    build_pipeline(config=cfg)  # fail early, in this process, on a bad pipeline
    reader = InputReader(inputs, pub_date=pub_date, max_line_bytes=max_line, stdin=stdin)
    summary = RunSummary(total_bytes=reader.total_bytes, db=str(db), jsonl=str(jsonl) if jsonl else None)
    start = time.perf_counter()
    database = Database(db)
    db_for_workers = None if str(db) == ":memory:" else str(db)
    with ExitStack() as stack:
        stack.callback(database.close)
        out = stack.enter_context(Path(jsonl).open("w", encoding="utf-8")) if jsonl else None
        skip_tsv = stack.enter_context(Path(skipped).open("w", encoding="utf-8")) if skipped else None
        if skip_tsv is not None:
            skip_tsv.write("origin\tkind\treason\n")
        items = _limited(iter(reader), limit)
        outcomes = map_ordered(
            _code_one, items, workers=workers, initializer=_init_worker,
            initargs=(cfg, db_for_workers, min_letters), passthrough=_passthrough,
        )  # fmt: skip
        for outcome in outcomes:
            _record(outcome, database, out, summary)
            if skip_tsv is not None and (sk := outcome.skipped) is not None:
                skip_tsv.write(f"{sk.origin}\t{sk.kind}\t{sk.reason}\n")
            if on_outcome is not None:
                on_outcome(outcome, summary)
        if workers <= 1 and _STATE.get("db") is not None:
            _STATE.pop("db").close()  # the in-process "worker" ran here: close its reader
    summary.seconds = time.perf_counter() - start
    return summary


def _limited(items: Iterator[InputDoc | Skipped], limit: int | None) -> Iterator[InputDoc | Skipped]:
    for n, item in enumerate(items):
        if limit is not None and n >= limit:
            return
        yield item


def _record(outcome: Outcome, database: Database, out: IO[str] | None, summary: RunSummary) -> None:
    summary.inputs += 1
    if outcome.skipped is not None:
        summary.skipped[outcome.skipped.kind] += 1
        if len(summary.skips) < MAX_SKIPS_KEPT:
            summary.skips.append(outcome.skipped)
        if out is not None and outcome.doc_id:
            # An input document that was read but had nothing to code keeps its line, empty.
            stub = {"doc_id": outcome.doc_id, "events": [], "claims": [], "mentions": []}
            out.write(json.dumps(stub | {"skipped": outcome.skipped.reason}, ensure_ascii=False) + "\n")
        return
    doc = outcome.doc
    if doc is not None:
        try:
            aid, new = database.save_doc(doc, outcome.content_hash)
        except sqlite3.IntegrityError:
            # Another process stored the same text between our lookup and our insert.
            aid, new = database.article_id(outcome.content_hash or doc.content_hash) or 0, False
            database.link_input(outcome.doc_id, aid, outcome.origin)
    else:
        aid, new = outcome.known or 0, False
        database.link_input(outcome.doc_id, aid, outcome.origin)
    if new and doc is not None:
        summary.added += 1
        summary.sentences += len(doc.sentences)
        summary.events += len(doc.events)
        summary.claims += len(doc.claims)
    else:
        summary.unchanged += 1
    if out is not None:
        coded = doc if doc is not None else database.load_doc(aid)
        coded.doc_id = outcome.doc_id
        out.write(json.dumps(coded.to_gold(), ensure_ascii=False) + "\n")
