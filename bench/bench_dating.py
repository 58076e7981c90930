"""Throughput of the event_dates stage on SaudiNewsNet articles (evaluation use only).

Runs every stage before `event_dates` once per article (not timed), then times the dater and,
as the baseline measured in the same run, the sentence splitter (as bench_timex_claims.py
does). Prints articles and events per second and the ratio to the baseline time.

Usage: PYTHONPATH=src python bench/bench_dating.py [N=300]
"""

from __future__ import annotations

import sys
import time

from snn_sample import CORPUS, prepared_docs
from wasit.ar.sentences import SentenceSplitter
from wasit.events.dating import EventDater
from wasit.pipeline import build_pipeline


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 300
    if not CORPUS.exists():
        sys.stderr.write(f"corpus not found: {CORPUS}\n")
        return 2
    names = build_pipeline().names
    prep = build_pipeline(names[: names.index("event_dates")])
    docs = prepared_docs(n, prep)
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
