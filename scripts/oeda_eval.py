"""ASSAULT / PROTEST sentence detection on the OEDA Arabic event GSR (MIT).

Usage: PYTHONPATH=src python scripts/oeda_eval.py [--half dev|train|all] [--actorless]
        [--shared ../shared] [--errors N]

«yes» is positive, «easy no»/«difficult no» negative, «ambiguous» left out. A sentence is
detected positive when the coder codes an event of the file's type in it (any status).
The files are split ONCE by a hash of the sentence id (sha256(id)[0] even → dev, odd →
train); the dev half is the one reported and gated. `--actorless` keeps events with no
resolved actor (sentence-level detection without the actor recogniser).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from pathlib import Path

from wasit.doc import Doc
from wasit.events.coder import EventCoder
from wasit.pipeline import build_pipeline


def half_of(sentence_id: str) -> str:
    return "dev" if hashlib.sha256(sentence_id.encode("utf-8")).digest()[0] % 2 == 0 else "train"


def load(path: Path, half: str) -> list[tuple[str, str, bool]]:
    out: list[tuple[str, str, bool]] = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["label"] == "ambiguous":
                continue
            if half != "all" and half_of(row["id"]) != half:
                continue
            out.append((row["id"], row["text"], row["label"] == "yes"))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    ap.add_argument("--half", default="dev", choices=["dev", "train", "all"])
    ap.add_argument("--actorless", action="store_true")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--no-confirm", action="store_true", help="without the detection model")
    args = ap.parse_args()
    base = Path(args.shared) / "data/gold/oeda_arabic_event_gsr"
    stages = ["clean", "segment"]
    try:
        pre = build_pipeline([*stages, "actors"])
    except Exception:  # no actor stage on this branch yet
        pre = build_pipeline(stages)
    coder = EventCoder(keep_actorless=args.actorless, confirm=not args.no_confirm)
    for etype, fname in (("ASSAULT", "assault_gsr.csv"), ("PROTEST", "protest_gsr.csv")):
        rows = load(base / fname, args.half)
        tp = fp = fn = tn = 0
        misses: list[str] = []
        alarms: list[str] = []
        for sid, text, gold in rows:
            doc = pre(Doc(raw_text=text, doc_id=sid))
            if "mentions" not in doc.layers:
                doc.layers.add("mentions")
            doc = coder(doc)
            pred = any(e.type == etype for e in doc.events)
            if pred and gold:
                tp += 1
            elif pred:
                fp += 1
                alarms.append(f"  FA {sid}: {text[:160]}")
            elif gold:
                fn += 1
                misses.append(f"  MISS {sid}: {text[:160]}")
            else:
                tn += 1
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{etype:8} half={args.half} n={len(rows)} pos={tp + fn} tp={tp} fp={fp} fn={fn} "
              f"P={p:.3f} R={r:.3f} F1={f1:.3f}")
        for line in (misses[: args.errors] + alarms[: args.errors]):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
