"""Throughput of ingest → default pipeline (every stage) → store, against a baseline measured
in the same run.

    python bench/bench_ingest.py [--limit 2000] [--workers 2] [--input PATH] [--json OUT]

Baseline: reading and parsing the same JSONL lines (the reader alone), which no amount of
pipeline work can beat. Reported for each step: documents per second and the ratio to the
baseline. Timings are printed, never asserted (the machine is shared).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from wasit.ingest import InputDoc, InputReader, Skipped, to_doc  # noqa: E402
from wasit.pipeline import build_pipeline  # noqa: E402
from wasit.runner import code_inputs  # noqa: E402

DEFAULT_INPUT = ROOT.parent / "shared" / "data" / "corpus" / "saudinewsnet" / "articles.jsonl.gz"


def _reader_only(path: Path, limit: int) -> tuple[int, float]:
    start = time.perf_counter()
    n = 0
    for item in InputReader([path]):
        n += 1
        if n >= limit:
            break
        _ = item
    return n, time.perf_counter() - start


def _pipeline_in_process(path: Path, limit: int) -> tuple[int, float]:
    pipeline = build_pipeline()
    start = time.perf_counter()
    n = 0
    for item in InputReader([path]):
        n += 1
        if isinstance(item, InputDoc):
            doc = to_doc(item)
            if not isinstance(doc, Skipped):
                pipeline(doc)
        if n >= limit:
            break
    return n, time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    ap.add_argument("--limit", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--json", type=Path, default=None, help="also write the results here")
    args = ap.parse_args()
    if not args.input.exists():
        sys.exit(f"input not found: {args.input} (put shared/ beside the repository or pass --input)")
    results: dict[str, dict[str, float]] = {}
    n, secs = _reader_only(args.input, args.limit)
    base = n / secs
    results["baseline: read + parse"] = {"docs": n, "seconds": secs, "docs_per_s": base, "ratio": 1.0}
    n, secs = _pipeline_in_process(args.input, args.limit)
    results["default pipeline, in process"] = {"docs": n, "seconds": secs, "docs_per_s": n / secs, "ratio": n / secs / base}
    for workers in sorted({1, args.workers}):
        with tempfile.TemporaryDirectory() as tmp:
            s = code_inputs([args.input], db=Path(tmp) / "b.db", workers=workers, limit=args.limit)
        results[f"wasit code → SQLite, {workers} worker(s)"] = {
            "docs": s.inputs, "seconds": s.seconds, "docs_per_s": s.per_second, "ratio": s.per_second / base,
        }  # fmt: skip
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    width = max(len(k) for k in results)
    print(
        f"{args.input.name}, first {args.limit:,} lines; peak RSS of this process {peak_mb:.0f} MB"
        " (workers: measure a `wasit code` run with /usr/bin/time -v)"
    )
    for name, r in results.items():
        print(f"{name:<{width}}  {r['docs_per_s']:>9,.0f} docs/s  ×{r['ratio']:.3f} of baseline  ({r['seconds']:.2f} s)")
    if args.json:
        args.json.write_text(json.dumps({"input": str(args.input), "limit": args.limit, "results": results}, indent=2))


if __name__ == "__main__":
    main()
