"""Train the ASSAULT / PROTEST sentence models of wasit.events.detect on the OEDA GSR.

Usage: PYTHONPATH=src python scripts/train_detect.py [--shared ../shared] [--quick] [--dry-run]
          [--types ASSAULT,PROTEST] [--without chars]   (the shipped models: the defaults)

Data: ../shared/data/gold/oeda_arabic_event_gsr/{assault,protest}_gsr.csv (MIT). «yes» is
positive, «easy no»/«difficult no» negative, «ambiguous» left out. Only the TRAIN half is
used (sha256(id)[0] odd, as `wasit.evaluate.oeda.oeda_half`; the dev half is reported by
`wasit eval-oeda`, never seen here).

Model: logistic regression over the binary features of `wasit.events.detect.features`, class
weighted (the positives weigh as much as the negatives), L2-regularised, fitted by full-batch
Adam with numpy. Everything else is chosen by repeated stratified 5-fold cross-validation on
the train half: the feature groups, the L2 strength, whether to train on every sentence or only
on those with a trigger of the type, and the training target — the label itself (1 for «yes»,
0 for a «no») or the share of coders who accepted the sentence (`accept / total`: a «difficult
no» that two of four coders accepted is half an attack, which ranks it between the «yes» and
the «easy no»). Whatever the target, a sentence is scored against its label. A sentence counts
as detected in cross-validation when it has a trigger of the type and its score reaches the
threshold (the coder only scores sentences where a trigger proposed the event) — or, for
PROTEST, when people are said to gather (`wasit.events.detect.gathering`), which the coder
takes without the model; the threshold is the one that maximises F1 of the out-of-fold
scores. Of the configurations, the simplest whose F1 is within one standard error of the
best one's is chosen (the one-standard-error rule: fewer feature groups, single before pooled,
stronger regularisation), since with 77 and 26 positives near-ties are noise. Writes
src/wasit/data/events/detect_{assault,protest}.tsv and prints the cross-validation figures.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import itertools
from pathlib import Path
from typing import NamedTuple

import numpy as np

from wasit.ar.tokens import tokenize
from wasit.events.detect import DetectModel, features, gathering, pooled_features
from wasit.events.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parents[1]
FOLDS = 5
REPEATS = 3
MIN_COUNT = 2
GROUPS = {
    "words": ("w:",),
    "bigrams": ("b:",),
    "chars": ("c:",),
    "triggers": ("t:", "tw:", "tk:", "tp:", "tn:", "tpos:"),
    "context": ("tl:", "tr:"),
    "mood": ("m:",),
}
GROUP_SETS = [
    ("words", "triggers"),
    ("chars", "triggers"),
    ("words", "chars", "triggers"),
    ("words", "chars", "triggers", "mood"),
    ("words", "triggers", "mood"),
    ("words", "triggers", "context", "mood"),
    ("words", "bigrams", "triggers", "mood"),
    ("words", "bigrams", "triggers", "context", "mood"),
]
L2S = (10.0, 30.0, 100.0)
#: Training targets: the «yes» label, or the share of coders who accepted the sentence.
TARGETS = ("label", "share")


def half_of(sentence_id: str) -> str:
    return "dev" if hashlib.sha256(sentence_id.encode("utf-8")).digest()[0] % 2 == 0 else "train"


class Row(NamedTuple):
    id: str
    etype: str
    raw: set[str]
    gold: bool
    triggered: bool
    pooled: set[str]
    share: float  # accept / total: the coders who said the sentence reports the event
    forced: bool  # a PROTEST sentence where people gather: the coder takes it whatever the score

    def feats(self, pooled: bool) -> set[str]:
        return self.pooled if pooled else self.raw


def load_rows(path: Path, etype: str) -> list[Row]:
    lex = load_lexicon()
    rows: list[Row] = []
    with path.open(encoding="utf-8", newline="") as f:
        for n, r in enumerate(csv.DictReader(f), 2):
            if r["label"] == "ambiguous" or half_of(r["id"]) != "train":
                continue
            feats = features(r["text"], lex)
            rows.append(Row(r["id"], etype, feats, r["label"] == "yes", "t:" + etype in feats,
                            pooled_features(feats, etype), share(r, f"{path}:{n}"),
                            etype == "PROTEST" and gathering(tokenize(r["text"]))))
    return rows


def share(r: dict[str, str], where: str) -> float:
    """The share of coders who accepted the sentence (`accept / total`)."""
    try:
        accept, total = int(r["accept"]), int(r["total"])
    except (KeyError, ValueError) as e:
        raise SystemExit(f"{where}: accept/total must be whole numbers ({e})") from e
    if not 0 <= accept <= total or total == 0:
        raise SystemExit(f"{where}: accept {accept} of total {total} is not a share")
    return accept / total


class Sparse(NamedTuple):
    """A binary sparse matrix: the column indices of each row's ones, flattened."""

    rows: np.ndarray  # row of each one
    cols: np.ndarray  # column of each one
    shape: tuple[int, int]

    def dot(self, w: np.ndarray) -> np.ndarray:
        return np.bincount(self.rows, weights=w[self.cols], minlength=self.shape[0])

    def tdot(self, g: np.ndarray) -> np.ndarray:
        return np.bincount(self.cols, weights=g[self.rows], minlength=self.shape[1])


def matrix(rows: list[Row], vocab: list[str], pooled: bool) -> Sparse:
    index = {f: i for i, f in enumerate(vocab)}
    rr: list[int] = []
    cc: list[int] = []
    for r, row in enumerate(rows):
        for f in row.feats(pooled):
            j = index.get(f)
            if j is not None:
                rr.append(r)
                cc.append(j)
    return Sparse(np.array(rr, dtype=np.int64), np.array(cc, dtype=np.int64), (len(rows), len(vocab)))


def make_vocab(rows: list[Row], prefixes: tuple[str, ...], pooled: bool) -> list[str]:
    counts: dict[str, int] = {}
    for row in rows:
        for f in row.feats(pooled):
            if f.partition("|")[2].startswith(prefixes) if pooled else f.startswith(prefixes):
                counts[f] = counts.get(f, 0) + 1
    return sorted(f for f, c in counts.items() if c >= MIN_COUNT)


def fit(x: Sparse, y: np.ndarray, l2: float, steps: int = 400) -> tuple[float, np.ndarray]:
    """Class-weighted logistic regression, L2 on the weights (not the bias), Adam."""
    n, d = x.shape
    pos = max(float(y.sum()), 1.0)
    sw = np.where(y > 0, n / (2 * pos), n / (2 * max(n - pos, 1.0)))
    w = np.zeros(d)
    b = 0.0
    mw = np.zeros(d)
    vw = np.zeros(d)
    mb = vb = 0.0
    rate, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        z = np.clip(x.dot(w) + b, -30, 30)
        p = 1.0 / (1.0 + np.exp(-z))
        g = (p - y) * sw
        gw = x.tdot(g) / n + l2 * w / n
        gb = float(g.sum()) / n
        mw = b1 * mw + (1 - b1) * gw
        vw = b2 * vw + (1 - b2) * gw * gw
        mb = b1 * mb + (1 - b1) * gb
        vb = b2 * vb + (1 - b2) * gb * gb
        w -= rate * (mw / (1 - b1**t)) / (np.sqrt(vw / (1 - b2**t)) + eps)
        b -= rate * (mb / (1 - b1**t)) / (np.sqrt(vb / (1 - b2**t)) + eps)
    return b, w


def folds(rows: list[Row], seed: int) -> list[int]:
    """Stratified fold numbers (by type and label), fixed by a hash of the id and the seed."""
    out = [0] * len(rows)
    for key in {(r.etype, r.gold) for r in rows}:
        idx = [i for i, r in enumerate(rows) if (r.etype, r.gold) == key]
        idx.sort(key=lambda i: hashlib.sha256(f"{seed}:{rows[i].id}".encode()).hexdigest())
        for k, i in enumerate(idx):
            out[i] = k % FOLDS
    return out


def prf(
    scores: np.ndarray, gold: np.ndarray, trig: np.ndarray, thr: float, forced: np.ndarray | None = None
) -> tuple[float, float, float]:
    pred = ((scores >= thr) | (forced if forced is not None else False)) & trig
    tp = float((pred & gold).sum())
    fp = float((pred & ~gold).sum())
    fn = float((~pred & gold).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def best_threshold(
    scores: np.ndarray, gold: np.ndarray, trig: np.ndarray, forced: np.ndarray | None = None
) -> tuple[float, float]:
    best = (-1.0, 0.5)
    for t in np.arange(0.05, 0.96, 0.01):
        f1 = prf(scores, gold, trig, float(t), forced)[2]
        if f1 > best[0] + 1e-9:
            best = (f1, round(float(t), 2))
    return best


class Config(NamedTuple):
    pooled: bool
    groups: tuple[str, ...]
    l2: float
    triggered_only: bool
    target: str = "label"

    @property
    def prefixes(self) -> tuple[str, ...]:
        return tuple(p for g in self.groups for p in GROUPS[g])

    def __str__(self) -> str:
        return (f"{'pooled' if self.pooled else 'single'} {'+'.join(self.groups):38} l2={self.l2:<5} "
                f"trig_only={self.triggered_only!s:5} target={self.target}")


def train(rows: list[Row], cfg: Config) -> tuple[float, np.ndarray, list[str]]:
    tr = [r for r in rows if r.triggered or not cfg.triggered_only]
    vocab = make_vocab(tr, cfg.prefixes, cfg.pooled)
    y = np.array([r.share if cfg.target == "share" else float(r.gold) for r in tr], dtype=float)
    b, w = fit(matrix(tr, vocab, cfg.pooled), y, cfg.l2)
    return b, w, vocab


def oof_scores(rows: list[Row], cfg: Config, seed: int) -> np.ndarray:
    fold_of = folds(rows, seed)
    out = np.zeros(len(rows))
    for k in range(FOLDS):
        b, w, vocab = train([r for r, f in zip(rows, fold_of, strict=True) if f != k], cfg)
        te = [i for i, f in enumerate(fold_of) if f == k]
        z = matrix([rows[i] for i in te], vocab, cfg.pooled).dot(w) + b
        out[te] = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
    return out


class Result(NamedTuple):
    f1: float
    threshold: float
    prf: tuple[float, float, float]  # P, R, F1 of the out-of-fold scores at the threshold
    se: float  # standard error of F1 over the fold × repeat splits, at the same threshold


def cross_validate(rows: list[Row], cfg: Config, etypes: list[str], repeats: int) -> dict[str, Result]:
    scores = np.concatenate([oof_scores(rows, cfg, seed) for seed in range(repeats)])
    split = np.concatenate([np.array(folds(rows, seed)) + seed * FOLDS for seed in range(repeats)])
    every = rows * repeats
    out: dict[str, Result] = {}
    for etype in etypes:
        keep = np.array([r.etype == etype for r in every])
        gold = np.array([r.gold for r in every])[keep]
        trig = np.array([r.triggered for r in every])[keep]
        forced = np.array([r.forced for r in every])[keep]
        sc, sp = scores[keep], split[keep]
        f1, thr = best_threshold(sc, gold, trig, forced)
        per_split = [prf(sc[sp == k], gold[sp == k], trig[sp == k], thr, forced[sp == k])[2] for k in np.unique(sp)]
        se = float(np.std(per_split, ddof=1) / np.sqrt(len(per_split))) if len(per_split) > 1 else 0.0
        out[etype] = Result(f1, thr, prf(sc, gold, trig, thr, forced), se)
    return out


def complexity(cfg: Config) -> tuple[int, float]:
    """How much a configuration can fit: its feature groups (a pooled model counts one more),
    then the weakness of its regularisation."""
    return len(cfg.groups) + int(cfg.pooled), -cfg.l2


def choose(results: list[tuple[Result, Config]]) -> tuple[Result, Config]:
    """The one-standard-error rule: the simplest configuration whose F1 is within one standard
    error of the best one's (the best F1 among equally simple ones)."""
    best = max(results, key=lambda rc: rc[0].f1)[0]
    near = [rc for rc in results if rc[0].f1 >= best.f1 - best.se]
    return min(near, key=lambda rc: (complexity(rc[1]), -rc[0].f1))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--quick", action="store_true", help="only the last feature set, one repeat")
    ap.add_argument("--dry-run", action="store_true", help="cross-validate, write nothing")
    ap.add_argument("--types", default="ASSAULT,PROTEST", help="the models to choose and write")
    # letter n-grams are off by default: see `chars` in wasit/data/events/README.md
    ap.add_argument("--without", default="chars", metavar="GROUPS",
                    help=f"leave out feature sets using these groups (comma-separated: {', '.join(GROUPS)}; "
                         "default: chars; '' tries them all)")
    args = ap.parse_args()
    base = Path(args.shared) / "data/gold/oeda_arabic_event_gsr"
    left_out = {g for g in args.without.split(",") if g}
    if left_out - GROUPS.keys():
        ap.error(f"--without: unknown groups {sorted(left_out - GROUPS.keys())}")
    group_sets = [gs for gs in GROUP_SETS if not left_out & set(gs)]
    group_sets = group_sets[-1:] if args.quick else group_sets
    repeats = 1 if args.quick else REPEATS
    types = ["ASSAULT", "PROTEST"]  # both are read: a pooled model trains on both
    chosen = [t for t in args.types.split(",") if t]
    if not chosen or set(chosen) - set(types):
        ap.error(f"--types: a comma-separated list of {types}")
    data = {t: load_rows(base / f"{t.lower()}_gsr.csv", t) for t in types}
    for t, rows in data.items():
        gold = sum(r.gold for r in rows)
        print(f"{t}: train n={len(rows)} pos={gold} with a trigger: {sum(r.triggered for r in rows)} "
              f"(pos {sum(r.gold and r.triggered for r in rows)})")
    results: dict[str, list[tuple[Result, Config]]] = {t: [] for t in chosen}
    grid = itertools.product((False, True), group_sets, L2S, (False, True), TARGETS)
    for pooled, groups, l2, trig_only, target in grid:
        cfg = Config(pooled, groups, l2, trig_only, target)
        if pooled:
            got = cross_validate([r for t in types for r in data[t]], cfg, types, repeats)
        else:
            got = {t: cross_validate(data[t], cfg, [t], repeats)[t] for t in chosen}
        for t, res in got.items():
            if t not in chosen:
                continue
            results[t].append((res, cfg))
            p, r, f1 = res.prf
            print(f"  {t:8} {cfg} thr={res.threshold:.2f} P={p:.3f} R={r:.3f} F1={f1:.3f} ±{res.se:.3f}", flush=True)
    for t in chosen:
        best = max(results[t], key=lambda rc: rc[0].f1)
        res, cfg = choose(results[t])
        (p, r, f1), thr = res.prf, res.threshold
        print(f"{t} best: {best[1]} F1={best[0].f1:.3f} ±{best[0].se:.3f}")
        print(f"{t} chosen (simplest within one standard error): {cfg} threshold={thr:.2f} "
              f"cross-validated ({FOLDS}-fold x{repeats}) P={p:.3f} R={r:.3f} F1={f1:.3f} ±{res.se:.3f}")
        if args.dry_run:
            continue
        rows = [r for u in types for r in data[u]] if cfg.pooled else data[t]
        b, w, vocab = train(rows, cfg)
        own = ("g|", t + "|") if cfg.pooled else ("",)
        weights = {f: float(v) for f, v in zip(vocab, w, strict=True) if abs(v) > 1e-4 and f.startswith(own)}
        model = DetectModel(t, float(b), thr, weights, cfg.pooled)
        out = ROOT / "src/wasit/data/events" / f"detect_{t.lower()}.tsv"
        out.write_text(model.to_tsv(), encoding="utf-8")
        print(f"  wrote {out.relative_to(ROOT)}: {len(weights)} weights")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
