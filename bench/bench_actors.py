"""Throughput of the actors stage on a SaudiNewsNet sample (CC BY-NC-SA: read in place, never
shipped). Prints articles/s and mentions/s, and the ratio to a baseline measured in the same
run: tokenising the same texts (the floor any recogniser pays).

Run: PYTHONPATH=src /work/venv/bin/python bench/bench_actors.py [--limit 1000] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

from wasit.actors.recognizer import ActorRecognizer
from wasit.ar.tokens import tokenize

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--limit", type=int, default=1000)
    args = ap.parse_args()
    path = args.shared / "data" / "corpus" / "saudinewsnet" / "articles.jsonl.gz"
    texts: list[tuple[str, str | None]] = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            texts.append((rec.get("content") or "", (rec.get("date_extracted") or "")[:10] or None))
            if len(texts) >= args.limit:
                break
    chars = sum(len(t) for t, _ in texts)
    rec_stage = ActorRecognizer()
    t0 = time.perf_counter()
    rec_stage.find("تهيئة")  # build the KB and automaton once (reported separately)
    t_build = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_tokens = sum(len(tokenize(t)) for t, _ in texts)
    t_base = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_mentions = 0
    kinds: dict[str, int] = {}
    for t, d in texts:
        for m in rec_stage.find(t, d):
            n_mentions += 1
            kinds[m.kind] = kinds.get(m.kind, 0) + 1
    t_rec = time.perf_counter() - t0

    print(f"articles: {len(texts)}  characters: {chars:,}  tokens: {n_tokens:,}")
    print(f"KB + automaton build: {t_build:.2f} s")
    print(f"baseline (tokenize only): {len(texts) / t_base:,.0f} articles/s")
    print(f"actors stage: {len(texts) / t_rec:,.0f} articles/s, {n_mentions / t_rec:,.0f} mentions/s")
    print(f"mentions: {n_mentions:,} ({n_mentions / len(texts):.1f} per article) {dict(sorted(kinds.items()))}")
    print(f"ratio actors/baseline time: {t_rec / t_base:.1f}x")


if __name__ == "__main__":
    main()
