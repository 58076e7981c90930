"""Date accuracy of the timex tagger + event dater alone, on the gold events that carry a date.

Each gold event is placed at its quote in the cleaned text, dated by
`wasit.events.dating.date_event`, and compared as `score.py` compares dates (the predicted
date, as precise as or more precise than the gold one, must agree with it; intervals by start).
The event coder runs only to give triggers: the gold event's trigger is that of a coded event
of the same type inside the quote (else of any type, else the quote itself), and the other
coded events are there for the dater to tell whose time expression is whose.

Usage: PYTHONPATH=src python scripts/date_eval.py GOLD.jsonl DOCS.jsonl [-v]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from wasit.ar.normalize import normalize
from wasit.doc import Doc, Event, Evidence
from wasit.events.dating import date_event
from wasit.pipeline import build_pipeline


def _find(text: str, quote: str) -> tuple[int, int] | None:
    i = text.find(quote)
    if i < 0:  # try the normalised text (quotes may differ in diacritics) — same length map
        nt, nq = normalize(text), normalize(quote)
        i = nt.find(nq) if len(nt) == len(text) else -1
    return (i, i + len(quote)) if i >= 0 else None


def _trigger(doc: Doc, etype: str, span: tuple[int, int]) -> str:
    """The trigger of a coded event inside the gold quote, the same type first."""
    inside = []
    for e in doc.events:
        for ev in e.evidence[:1]:
            at = doc.text.find(ev.trigger, ev.start, ev.end) if ev.trigger else -1
            if at >= 0 and span[0] <= at and at + len(ev.trigger) <= span[1]:
                inside.append((e.type != etype, at, ev.trigger))
    return min(inside)[2] if inside else ""


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        sys.stderr.write(__doc__ or "")
        return 2
    verbose = "-v" in argv
    with Path(argv[0]).open(encoding="utf-8") as f:
        gold = [json.loads(line) for line in f]
    with Path(argv[1]).open(encoding="utf-8") as f:
        docs = {d["doc_id"]: d for d in map(json.loads, f)}
    names = build_pipeline().names
    pipe = build_pipeline(names[: names.index("event_dates")])
    right = total = missing = 0
    for g in gold:
        d = docs[g["doc_id"]]
        doc = pipe(Doc(raw_text=d["text"], doc_id=d["doc_id"], pub_date=d.get("pub_date")))
        for ge in g["events"]:
            if not ge.get("date"):
                continue
            span = _find(doc.text, ge["quote"])
            if span is None:
                missing += 1
                continue
            sent = doc.sentence_at(span[0])
            event = Event(type=ge["type"], status=ge.get("status") or "asserted")
            trigger = _trigger(doc, ge["type"], span)
            event.evidence = [
                Evidence(sent.idx if sent else -1, span[0], span[1], trigger, "gold", ge["quote"])
            ]
            date_event(doc, event)
            ok = (event.date or "").split("/")[0].startswith(ge["date"].split("/")[0])
            total += 1
            right += ok
            if verbose and not ok:
                print(
                    f"{g['doc_id']}\t{ge['type']}\tgold={ge['date']}\tpred={event.date}\t{ge['quote'][:70]}"
                )
    acc = right / total if total else 0.0
    print(f"date accuracy {acc:.3f} ({right}/{total}); quotes not found: {missing}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
