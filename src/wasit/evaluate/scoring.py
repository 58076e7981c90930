"""The event and claim scorer of the annotation guidelines («How the score is computed»).

Written for this project from the guidelines; its figures agree with the reference scorer
`../shared/tools/score.py` on every key (a test runs both). In short:

- events are matched inside each document: equal type, and each side agrees (an empty gold side
  accepts anything; otherwise the sides share a country and at least half of the predicted
  countries are gold ones); CONSULT, AGREE and COOPERATE may match in either orientation;
- the matching is one-to-one and maximal: each gold event first takes the free prediction that
  agrees with it best (mode, sectors, mediator, status, date, quote words), then augmenting
  paths add the matches a greedy pass misses; every prediction left over is a false alarm;
- claims match on equal (category, value or range), one-to-one, in gold order.

`score()` returns a `Scored` result: `figures` is the reference scorer's JSON object, and
`documents` keeps each document's matched pairs, misses and false alarms for error analysis.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from wasit.evaluate.goldfile import POOLED_TYPES, GoldClaim, GoldDoc, GoldEvent, Party


def _countries(side: Sequence[Party]) -> frozenset[str]:
    return frozenset(p.country for p in side)


def side_agrees(gold: frozenset[str], pred: frozenset[str]) -> bool:
    """An empty gold side accepts anything; else a shared country, and at least as many right
    predicted countries as wrong ones (listing every country never matches)."""
    if not gold:
        return True
    right = len(gold & pred)
    return right > 0 and right >= len(pred - gold)


def sides_agree(gold: GoldEvent, pred: GoldEvent) -> bool:
    ga, gr = _countries(gold.actor), _countries(gold.recipient)
    pa, pr = _countries(pred.actor), _countries(pred.recipient)
    if side_agrees(ga, pa) and side_agrees(gr, pr):
        return True
    return gold.type in POOLED_TYPES and side_agrees(ga, pr) and side_agrees(gr, pa)


def sectors_agree(gold: GoldEvent, pred: GoldEvent) -> bool:
    """Every gold side that names sectors shares a (country, sector) with the predicted side
    (for pooled types, with either predicted side)."""
    for side in ("actor", "recipient"):
        wanted = {(p.country, p.sector) for p in getattr(gold, side) if p.sector}
        if not wanted:
            continue
        offered = {(p.country, p.sector) for p in getattr(pred, side)}
        if gold.type in POOLED_TYPES:
            other = "recipient" if side == "actor" else "actor"
            offered |= {(p.country, p.sector) for p in getattr(pred, other)}
        if not wanted & offered:
            return False
    return True


def _gold_status(gold: GoldEvent) -> str:
    return gold.status or "asserted"


def _mediator_hit(gold: GoldEvent, pred: GoldEvent) -> bool:
    return bool(_countries(gold.mediator) & _countries(pred.mediator))


def _quote_overlap(gold: GoldEvent, pred: GoldEvent) -> float:
    g, p = set(gold.quote.split()), set(pred.quote.split())
    union = g | p
    return len(g & p) / len(union) if union else 0.0


def preference(gold: GoldEvent, pred: GoldEvent) -> tuple[bool, bool, bool, bool, bool, float]:
    """How well a candidate agrees beyond matching; larger is better."""
    return (
        pred.mode == gold.mode,
        sectors_agree(gold, pred),
        _mediator_hit(gold, pred),
        pred.status == _gold_status(gold),
        pred.date == gold.date,
        _quote_overlap(gold, pred),
    )


@dataclass(slots=True)
class DocResult:
    """One document's outcome: matched (gold, pred) pairs, missed gold, false alarms."""

    doc_id: str
    pairs: list[tuple[GoldEvent, GoldEvent]] = field(default_factory=list)
    misses: list[GoldEvent] = field(default_factory=list)
    false_alarms: list[GoldEvent] = field(default_factory=list)
    claim_pairs: list[tuple[GoldClaim, GoldClaim]] = field(default_factory=list)
    claim_misses: list[GoldClaim] = field(default_factory=list)
    claim_false_alarms: list[GoldClaim] = field(default_factory=list)


def match_events(
    gold: Sequence[GoldEvent], pred: Sequence[GoldEvent]
) -> tuple[list[tuple[int, int]], list[int]]:
    """Maximum one-to-one matching: (gold index, pred index) pairs sorted by gold index, and the
    indices of unmatched predictions in order."""
    options: list[list[int]] = []
    for g in gold:
        prefs = {
            i: preference(g, p) for i, p in enumerate(pred) if p.type == g.type and sides_agree(g, p)
        }
        # a stable sort: among equally good candidates the earlier prediction comes first
        options.append(sorted(prefs, key=prefs.__getitem__, reverse=True))

    taken: dict[int, int] = {}  # pred index -> gold index
    for gi, ok in enumerate(options):
        for pi in ok:
            if pi not in taken:
                taken[pi] = gi
                break

    def reassign(gi: int, visited: set[int]) -> bool:
        for pi in options[gi]:
            if pi in visited:
                continue
            visited.add(pi)
            if pi not in taken or reassign(taken[pi], visited):
                taken[pi] = gi
                return True
        return False

    have = set(taken.values())
    for gi in range(len(gold)):
        if gi not in have:
            reassign(gi, set())
    pairs = sorted((gi, pi) for pi, gi in taken.items())
    return pairs, [i for i in range(len(pred)) if i not in taken]


def match_claims(
    gold: Sequence[GoldClaim], pred: Sequence[GoldClaim]
) -> tuple[list[tuple[GoldClaim, GoldClaim]], list[GoldClaim], list[GoldClaim]]:
    """Gold claims in order each take the best free prediction with the same key (qualifier,
    then attribution agreeing preferred; the earliest among equals)."""
    free = list(pred)
    pairs: list[tuple[GoldClaim, GoldClaim]] = []
    misses: list[GoldClaim] = []
    for gc in gold:
        best: int | None = None
        best_rank = (False, False)
        for i, pc in enumerate(free):
            if pc.key != gc.key:
                continue
            rank = (pc.qualifier == gc.qualifier, pc.attributed_to == gc.attributed_to)
            if best is None or rank > best_rank:
                best, best_rank = i, rank
        if best is None:
            misses.append(gc)
        else:
            pairs.append((gc, free.pop(best)))
    return pairs, misses, free


def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    """Precision, recall and F1 rounded to 4 places, with the counts."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


class _Ratio:
    __slots__ = ("hit", "total")

    def __init__(self) -> None:
        self.hit = 0
        self.total = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.hit += int(ok)

    def value(self) -> float | None:
        return round(self.hit / self.total, 4) if self.total else None


def surname(name: str) -> str:
    words = name.lower().replace("-", " ").split()
    return words[-1] if words else ""


def _date_agrees(gold: str, pred: str | None) -> bool:
    """The predicted date (an interval by its start) is as precise or more, and agrees."""
    return (pred or "").split("/")[0].startswith(gold.split("/")[0])


@dataclass(slots=True)
class Scored:
    figures: dict[str, Any]
    documents: list[DocResult]


_SIDES = ("actor", "recipient", "mediator")


def score(gold_docs: Mapping[str, GoldDoc], pred_docs: Mapping[str, GoldDoc]) -> Scored:
    """Score predictions against gold. Documents the prediction lacks predict nothing;
    predicted documents the gold lacks are ignored."""
    tp = fp = fn = tp_sectors = 0
    per_type: dict[str, list[int]] = {}
    status, mode, med_recall, med_precision, date, names = (_Ratio() for _ in range(6))
    qualifier, attribution = _Ratio(), _Ratio()
    ctp = cfp = cfn = 0
    results: list[DocResult] = []

    def bump(etype: str, slot: int) -> None:
        per_type.setdefault(etype, [0, 0, 0])[slot] += 1

    for doc_id, gdoc in gold_docs.items():
        pdoc = pred_docs.get(doc_id) or GoldDoc(doc_id)
        idx_pairs, unmatched = match_events(gdoc.events, pdoc.events)
        res = DocResult(doc_id)
        res.pairs = [(gdoc.events[g], pdoc.events[p]) for g, p in idx_pairs]
        matched_gold = {g for g, _ in idx_pairs}
        res.misses = [e for i, e in enumerate(gdoc.events) if i not in matched_gold]
        res.false_alarms = [pdoc.events[i] for i in unmatched]
        tp += len(res.pairs)
        fn += len(res.misses)
        fp += len(res.false_alarms)
        for ge, pe in res.pairs:
            bump(ge.type, 0)
            tp_sectors += sectors_agree(ge, pe)
            status.add(pe.status == _gold_status(ge))
            if ge.mode:
                mode.add(pe.mode == ge.mode)
            if ge.mediator:
                med_recall.add(_mediator_hit(ge, pe))
            if pe.mediator:
                med_precision.add(_mediator_hit(ge, pe))
            if ge.date:
                date.add(_date_agrees(ge.date, pe.date))
            found = {surname(p.name) for s in _SIDES for p in getattr(pe, s) if p.name}
            for s in _SIDES:
                for party in getattr(ge, s):
                    if party.name:
                        names.add(surname(party.name) in found)
        for ge in res.misses:
            bump(ge.type, 2)
        for pe in res.false_alarms:
            bump(pe.type, 1)

        res.claim_pairs, res.claim_misses, res.claim_false_alarms = match_claims(
            gdoc.claims, pdoc.claims
        )
        ctp += len(res.claim_pairs)
        cfn += len(res.claim_misses)
        cfp += len(res.claim_false_alarms)
        for gc, pc in res.claim_pairs:
            qualifier.add(pc.qualifier == gc.qualifier)
            attribution.add(pc.attributed_to == gc.attributed_to)
        results.append(res)

    wrong_sectors = tp - tp_sectors
    figures: dict[str, Any] = {
        "documents": len(gold_docs),
        "events": prf(tp, fp, fn),
        "events_with_sectors": prf(tp_sectors, fp + wrong_sectors, fn + wrong_sectors),
        "status_accuracy": status.value(),
        "mode_accuracy": mode.value(),
        "mediator_recall": med_recall.value(),
        "mediator_precision": med_precision.value(),
        "date_accuracy": date.value(),
        "name_recall": names.value(),
        "claims": prf(ctp, cfp, cfn),
        "claim_qualifier_accuracy": qualifier.value(),
        "claim_attribution_accuracy": attribution.value(),
        "by_type": {t: prf(*per_type[t]) for t in sorted(per_type)},
    }
    return Scored(figures, results)
