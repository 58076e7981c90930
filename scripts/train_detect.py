"""Train the ASSAULT / PROTEST sentence models of wasit.events.detect on the OEDA GSR.

Usage: PYTHONPATH=src python scripts/train_detect.py [--shared ../shared]

Data: ../shared/data/gold/oeda_arabic_event_gsr/{assault,protest}_gsr.csv (MIT). «yes» is
positive, «easy no»/«difficult no» negative, «ambiguous» left out. Only the TRAIN half is
used (sha256(id)[0] odd; `scripts/oeda_eval.py` reports on the other half). Logistic
regression with L2, full-batch gradient descent, pure Python; the decision threshold is the
one that maximises F1 of 5-fold out-of-fold scores on the train half. Writes
src/wasit/data/events/detect_{assault,protest}.tsv.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import math
from pathlib import Path

from wasit.events.detect import DetectModel, features
from wasit.events.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parents[1]
L2 = 0.5
EPOCHS = 300
RATE = 0.5
MIN_COUNT = 2


def half_of(sentence_id: str) -> str:
    return "dev" if hashlib.sha256(sentence_id.encode("utf-8")).digest()[0] % 2 == 0 else "train"


def fit(rows: list[tuple[set[str], bool]]) -> tuple[float, dict[str, float]]:
    counts: dict[str, int] = {}
    for feats, _ in rows:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    vocab = {f for f, c in counts.items() if c >= MIN_COUNT}
    xs = [[f for f in feats if f in vocab] for feats, _ in rows]
    ys = [1.0 if y else 0.0 for _, y in rows]
    pos = sum(ys)
    # balance the classes: positives weigh as much as negatives in total
    cw = {1.0: len(ys) / (2 * max(pos, 1)), 0.0: len(ys) / (2 * max(len(ys) - pos, 1))}
    w = dict.fromkeys(vocab, 0.0)
    b = 0.0
    n = len(rows)
    for _ in range(EPOCHS):
        gw = dict.fromkeys(vocab, 0.0)
        gb = 0.0
        for x, y in zip(xs, ys, strict=True):
            z = b + sum(w[f] for f in x)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - y) * cw[y]
            gb += g
            for f in x:
                gw[f] += g
        b -= RATE * gb / n
        for f in vocab:
            w[f] -= RATE * (gw[f] / n + L2 * w[f] / n)
    return b, {f: v for f, v in w.items() if abs(v) > 1e-4}


def best_threshold(scores: list[tuple[float, bool]]) -> float:
    best = (0.0, 0.5)
    for t in [i / 100 for i in range(5, 96)]:
        tp = sum(1 for s, y in scores if s >= t and y)
        fp = sum(1 for s, y in scores if s >= t and not y)
        fn = sum(1 for s, y in scores if s < t and y)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best[0]:
            best = (f1, t)
    return best[1]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    base = Path(args.shared) / "data/gold/oeda_arabic_event_gsr"
    lex = load_lexicon()
    for etype in ("ASSAULT", "PROTEST"):
        rows: list[tuple[str, set[str], bool]] = []
        with (base / f"{etype.lower()}_gsr.csv").open(encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                if r["label"] == "ambiguous" or half_of(r["id"]) != "train":
                    continue
                rows.append((r["id"], features(r["text"], lex), r["label"] == "yes"))
        oof: list[tuple[float, bool]] = []
        for k in range(5):
            train = [(x, y) for i, (_, x, y) in enumerate(rows) if i % 5 != k]
            test = [(x, y) for i, (_, x, y) in enumerate(rows) if i % 5 == k]
            b, w = fit(train)
            m = DetectModel(etype, b, 0.5, w)
            oof += [(m.score(x), y) for x, y in test]
        thr = best_threshold(oof)
        b, w = fit([(x, y) for _, x, y in rows])
        model = DetectModel(etype, b, thr, w)
        out = ROOT / "src/wasit/data/events" / f"detect_{etype.lower()}.tsv"
        out.write_text(model.to_tsv(), encoding="utf-8")
        pos = sum(1 for _, _, y in rows if y)
        print(f"{etype}: train n={len(rows)} pos={pos} features={len(w)} threshold={thr:.2f} → {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
