"""Throughput of the event_dates stage on SaudiNewsNet articles (evaluation use only).

Runs every stage before `event_dates` once per article (not timed), then times the dater and,
as the baseline measured in the same run, the sentence splitter (as bench_timex_claims.py
does). Prints articles and events per second and the ratio to the baseline time.

Usage: PYTHONPATH=src python bench/bench_dating.py [N=300]
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path

from wasit.ar.sentences import SentenceSplitter
from wasit.doc import Doc
from wasit.events.dating import EventDater
from wasit.pipeline import build_pipeline

CORPUS = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "data"
    / "corpus"
    / "saudinewsnet"
    / "articles.jsonl.gz"
)


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 300
    if not CORPUS.exists():
        sys.stderr.write(f"corpus not found: {CORPUS}\n")
        return 2
    names = build_pipeline().names
    prep = build_pipeline(names[: names.index("event_dates")])
    docs: list[Doc] = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            pub = (d.get("date_extracted") or "")[:10] or None
            docs.append(prep(Doc(raw_text=d["content"], doc_id=str(d["id"]), pub_date=pub)))
            if len(docs) >= n:
                break
    events = sum(len(d.events) for d in docs)
    timings = {}
    for name, stage in (
        ("segment (baseline)", SentenceSplitter()),
        ("event_dates", EventDater()),
    ):
        t0 = time.perf_counter()
        for doc in docs:
            stage(doc)
        timings[name] = time.perf_counter() - t0
    base = timings["segment (baseline)"]
    sources: dict[str, int] = {}
    for doc in docs:
        for e in doc.events:
            sources[str(e.date_source)] = sources.get(str(e.date_source), 0) + 1
    print(f"{len(docs)} articles, {events} events; date sources {sources}")
    for name, t in timings.items():
        print(
            f"  {name:20s} {len(docs) / t:8.0f} articles/s {events / t:8.0f} events/s   {t / base:6.1f}x the baseline time"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
