"""Throughput of the events stage on a SaudiNewsNet sample (CC BY-NC-SA: read in place, never
shipped). The sample is cleaned, segmented and actor-coded first (not timed); then the events
stage is timed. Prints articles/s and events/s, and the ratio to a baseline measured in the
same run: trigger lookup alone on the same sentences (the floor any trigger coder pays).

Run: PYTHONPATH=src /work/venv/bin/python bench/bench_events.py [--limit 300] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

from wasit.doc import Doc
from wasit.events.coder import EventCoder
from wasit.events.lexicon import load_lexicon
from wasit.events.triggers import find_triggers
from wasit.pipeline import build_pipeline

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--limit", type=int, default=300)
    args = ap.parse_args()
    path = args.shared / "data" / "corpus" / "saudinewsnet" / "articles.jsonl.gz"
    pre = build_pipeline(["clean", "segment", "actors"])
    docs: list[Doc] = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            doc = Doc(raw_text=rec.get("content") or "", doc_id=str(len(docs)))
            docs.append(pre(doc))
            if len(docs) >= args.limit:
                break
    lexicon = load_lexicon()
    coder = EventCoder()
    coder(Doc(raw_text="", clean_text="", layers={"raw_text", "clean_text", "sentences", "mentions"}))

    t0 = time.perf_counter()
    n_triggers = sum(len(find_triggers(s.text, lexicon)) for d in docs for s in d.sentences)
    t_base = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_events = sum(len(coder(d).events) for d in docs)
    t_ev = time.perf_counter() - t0

    n_sent = sum(len(d.sentences) for d in docs)
    print(f"articles: {len(docs)}  sentences: {n_sent:,}  trigger words: {n_triggers:,}")
    print(f"baseline (trigger lookup only): {len(docs) / t_base:,.0f} articles/s")
    print(f"events stage: {len(docs) / t_ev:,.1f} articles/s, {n_events / t_ev:,.0f} events/s")
    print(f"events: {n_events:,} ({n_events / len(docs):.2f} per article)")
    print(f"ratio events/baseline time: {t_ev / t_base:.1f}x")


if __name__ == "__main__":
    main()
