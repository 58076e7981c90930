"""Throughput of the timex and claims stages on SaudiNewsNet articles (evaluation use only).

Runs clean + segment + actors once per article (not timed), then times the timex stage and
the claims stage alone, and the sentence splitter as the baseline measured in the same run.
Prints articles per second of each and the ratio to the baseline.

Usage: PYTHONPATH=src python bench/bench_timex_claims.py [N=300]
"""

from __future__ import annotations

import sys
import time

from snn_sample import CORPUS, prepared_docs
from wasit.ar.dates import TimexTagger
from wasit.ar.sentences import SentenceSplitter
from wasit.events.claims import ClaimExtractor
from wasit.pipeline import build_pipeline


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 300
    if not CORPUS.exists():
        sys.stderr.write(f"corpus not found: {CORPUS}\n")
        return 2
    prep = build_pipeline(["clean", "segment", "actors"])
    docs = prepared_docs(n, prep)
    splitter, tagger, claims = SentenceSplitter(), TimexTagger(), ClaimExtractor()
    timings = {}
    for name, stage in (("segment (baseline)", splitter), ("timex", tagger), ("claims", claims)):
        t0 = time.perf_counter()
        for doc in docs:
            stage(doc)
            doc.layers.update(stage.assigns)
        timings[name] = time.perf_counter() - t0
    base = timings["segment (baseline)"]
    found = sum(len(d.timexes) for d in docs), sum(len(d.claims) for d in docs)
    print(f"{len(docs)} articles; {found[0]} time expressions, {found[1]} claims")
    for name, t in timings.items():
        print(f"  {name:20s} {len(docs) / t:9.0f} articles/s   {t / base:6.1f}x the baseline time")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
