"""Where the time of the full pipeline goes: articles per second of each stage, its share of the
total, and the ratio to a baseline measured in the same run.

    PYTHONPATH=src python bench/bench_pipeline.py [--limit 1000] [--input PATH] [--json OUT]

Articles: the first N lines of SaudiNewsNet (CC BY-NC-SA: read in place, never shipped), read
and prepared as `wasit code` does. Baseline: reading + clean + segment of the same articles,
timed on its own before the full pipeline. The full pipeline is then timed once, stage by stage
(each stage's time is summed over all articles); one process, no workers. Stage construction
(lexicons, automata) is timed separately and not counted in the per-stage rates. Timings are
printed, never asserted (the machine is shared).

Clock: CPU time of this process by default (`--clock cpu`), which a busy shared machine
disturbs far less than wall time; `--clock wall` times the wall clock instead.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from wasit.doc import Doc  # noqa: E402
from wasit.ingest import InputDoc, InputReader, Skipped, to_doc  # noqa: E402
from wasit.pipeline import Pipeline, build_pipeline  # noqa: E402

DEFAULT_INPUT = ROOT.parent / "shared" / "data" / "corpus" / "saudinewsnet" / "articles.jsonl.gz"


CLOCKS = {"cpu": time.process_time, "wall": time.perf_counter}
clock = time.process_time


def read_docs(path: Path, limit: int) -> tuple[list[Doc], float]:
    """The prepared documents of the first `limit` lines, and the seconds reading them took."""
    start = clock()
    docs: list[Doc] = []
    for n, item in enumerate(InputReader([path]), 1):
        if isinstance(item, InputDoc):
            doc = to_doc(item)
            if not isinstance(doc, Skipped):
                docs.append(doc)
        if n >= limit:
            break
    return docs, clock() - start


def fresh(doc: Doc) -> Doc:
    return Doc(
        raw_text=doc.raw_text, doc_id=doc.doc_id, title=doc.title, url=doc.url, source=doc.source,
        pub_date=doc.pub_date, origin=doc.origin,
    )  # fmt: skip


def time_stages(pipeline: Pipeline, docs: list[Doc]) -> dict[str, float]:
    """Seconds spent in each stage over all documents."""
    spent = {s.name: 0.0 for s in pipeline.stages}
    for original in docs:
        doc = fresh(original)
        for stage in pipeline.stages:
            t0 = clock()
            doc = stage(doc)
            doc.layers.update(stage.assigns)
            spent[stage.name] += clock() - t0
    return spent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--json", type=Path, default=None, help="also write the results here")
    ap.add_argument("--clock", choices=sorted(CLOCKS), default="cpu")
    args = ap.parse_args()
    global clock
    clock = CLOCKS[args.clock]
    if not args.input.exists():
        sys.exit(f"input not found: {args.input} (put shared/ beside the repository or pass --input)")

    t0 = clock()
    baseline_pipe = build_pipeline(["clean", "segment"])
    full = build_pipeline()
    t_build = clock() - t0

    docs, t_read = read_docs(args.input, args.limit)
    n = len(docs)
    base_stages = time_stages(baseline_pipe, docs)
    t_base = t_read + sum(base_stages.values())
    # Warm every stage on one document so lazily built tables are not charged to the first article.
    if docs:
        full(fresh(docs[0]))
    stages = time_stages(full, docs)
    t_full = t_read + sum(stages.values())

    rows: list[dict[str, Any]] = [
        {"step": "baseline: read + clean + segment", "seconds": t_base, "articles_per_s": n / t_base,
         "share": None, "ratio": 1.0},
        {"step": "read + prepare", "seconds": t_read, "articles_per_s": n / t_read,
         "share": t_read / t_full, "ratio": t_read / t_base},
    ]  # fmt: skip
    for name, secs in stages.items():
        rows.append({
            "step": f"stage {name}", "seconds": secs, "articles_per_s": n / secs if secs else float("inf"),
            "share": secs / t_full, "ratio": secs / t_base,
        })  # fmt: skip
    rows.append({
        "step": "full pipeline (read + all stages)", "seconds": t_full, "articles_per_s": n / t_full,
        "share": 1.0, "ratio": t_full / t_base,
    })  # fmt: skip

    print(
        f"{args.input.name}: first {args.limit:,} lines, {n:,} articles coded; "
        f"{args.clock} clock; stage build {t_build:.2f} s"
    )
    width = max(len(r["step"]) for r in rows)
    print(f"{'step':<{width}}  {'seconds':>8}  {'art/s':>9}  {'share':>6}  {'time/baseline':>13}")
    for r in rows:
        share = "" if r["share"] is None else f"{100 * r['share']:5.1f}%"
        print(f"{r['step']:<{width}}  {r['seconds']:8.2f}  {r['articles_per_s']:9.1f}  {share:>6}  {r['ratio']:12.2f}x")
    if args.json:
        payload = {
            "input": str(args.input), "limit": args.limit, "articles": n, "clock": args.clock,
            "build_seconds": t_build, "rows": rows,
        }  # fmt: skip
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
