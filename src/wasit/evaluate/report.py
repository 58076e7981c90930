"""Text reports of scores: the reference scorer's summary lines, a per-type table, and the
misses and false alarms of each document for error analysis. Returns lines; the CLI prints."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from wasit.evaluate.goldfile import GoldClaim, GoldEvent, Party
from wasit.evaluate.oeda import DetectionResult
from wasit.evaluate.scoring import Scored

_EVENT_ACCURACIES = (
    "status_accuracy",
    "mode_accuracy",
    "mediator_recall",
    "mediator_precision",
    "date_accuracy",
    "name_recall",
)
_CLAIM_ACCURACIES = ("claim_qualifier_accuracy", "claim_attribution_accuracy")


def _prf_line(v: dict[str, Any]) -> str:
    return (
        f"P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}  "
        f"(tp {v['tp']} fp {v['fp']} fn {v['fn']})"
    )


def summary_lines(figures: dict[str, Any]) -> list[str]:
    """The same lines, with the same figures, as `score.py` prints without --json."""
    lines = [f"documents {figures['documents']}"]
    lines.append(f"events      {_prf_line(figures['events'])}")
    lines.append(f"  with sectors F1 {figures['events_with_sectors']['f1']:.3f}")
    lines += [f"  {k} {figures[k]}" for k in _EVENT_ACCURACIES]
    lines.append(f"claims      {_prf_line(figures['claims'])}")
    lines += [f"  {k} {figures[k]}" for k in _CLAIM_ACCURACIES]
    return lines


def by_type_lines(figures: dict[str, Any]) -> list[str]:
    """One line per event type seen in gold or prediction, as `score.py --by-type` prints."""
    return [
        f"  {t:10s} P {v['precision']:.3f} R {v['recall']:.3f} F1 {v['f1']:.3f}  "
        f"(tp {v['tp']} fp {v['fp']} fn {v['fn']})"
        for t, v in figures["by_type"].items()
    ]


def _side(parties: Sequence[Party]) -> str:
    if not parties:
        return "-"
    return ",".join(p.country + (f":{p.sector}" if p.sector else "") for p in parties)


def describe_event(e: GoldEvent) -> str:
    bits = [e.type + (f"/{e.mode}" if e.mode else ""), f"{_side(e.actor)} -> {_side(e.recipient)}"]
    if e.mediator:
        bits.append(f"via {_side(e.mediator)}")
    bits.append(e.status or "(no status)")
    if e.date:
        bits.append(e.date)
    rule = e.raw.get("rule")
    if isinstance(rule, str) and rule:
        bits.append(f"rule {rule}")
    return "  ".join(bits)


def _describe_claim(c: GoldClaim) -> str:
    amount = c.amount if isinstance(c.amount, int) else f"{c.amount[0]}-{c.amount[1]}"
    who = ",".join(sorted(c.attributed_to)) or "-"
    return f"{c.category} {amount} ({c.qualifier}, by {who})"


def _quote(obj: dict[str, Any], width: int = 160) -> str:
    q = " ".join(str(obj.get("quote") or "").split())
    return f"«{q[:width]}{'…' if len(q) > width else ''}»" if q else "(no quote)"


def error_lines(scored: Scored) -> list[str]:
    """Per document: missed gold events and claims, false alarms, and matched events whose
    status, mode or sectors differ — each with its quote."""
    lines: list[str] = []
    for res in scored.documents:
        block: list[str] = []
        for e in res.misses:
            block += [f"  MISS  {describe_event(e)}", f"        {_quote(e.raw)}"]
        for e in res.false_alarms:
            block += [f"  FALSE {describe_event(e)}", f"        {_quote(e.raw)}"]
        for g, p in res.pairs:
            diffs = []
            if p.status != (g.status or "asserted"):
                diffs.append(f"status {p.status} (gold {g.status or 'asserted'})")
            if g.mode and p.mode != g.mode:
                diffs.append(f"mode {p.mode} (gold {g.mode})")
            if diffs:
                block.append(f"  DIFF  {describe_event(g)}: " + "; ".join(diffs))
        for c in res.claim_misses:
            block += [f"  MISS  claim {_describe_claim(c)}", f"        {_quote(c.raw)}"]
        for c in res.claim_false_alarms:
            block += [f"  FALSE claim {_describe_claim(c)}", f"        {_quote(c.raw)}"]
        if block:
            lines.append(f"{res.doc_id}:")
            lines += block
    return lines


def _rule_head(e: GoldEvent) -> str:
    rule = e.raw.get("rule")
    return str(rule).split()[0] if isinstance(rule, str) and rule.strip() else "(no rule)"


def rule_lines(scored: Scored, top: int = 15) -> list[str]:
    """Which rules (first word of `rule`) fire right and wrong, the worst first; and which gold
    types are missed most. For deciding what to fix next."""
    good: Counter[str] = Counter()
    bad: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for res in scored.documents:
        good.update(_rule_head(p) for _, p in res.pairs)
        bad.update(_rule_head(p) for p in res.false_alarms)
        missed.update(g.type + (f"/{g.mode}" if g.mode else "") for g in res.misses)
    lines = ["false alarms by rule (right / wrong):"]
    for rule, n in bad.most_common(top):
        lines.append(f"  {n:4d} wrong {good[rule]:4d} right  {rule}")
    lines.append("misses by gold type/mode:")
    lines += [f"  {n:4d}  {t}" for t, n in missed.most_common(top)]
    return lines


def oeda_lines(result: DetectionResult, errors: bool = False, limit: int = 40) -> list[str]:
    f = result.figures
    lines = [
        f"{result.event_type:8s} sentences {f['sentences']} (positive {f['positives']})  "
        f"P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}  "
        f"(tp {f['tp']} fp {f['fp']} fn {f['fn']})"
    ]
    if errors:
        for title, dets in (("missed", result.misses), ("false alarms", result.false_alarms)):
            lines.append(f"  {title} ({len(dets)}, first {min(limit, len(dets))}):")
            for d in dets[:limit]:
                text = " ".join(d.sentence.text.split())
                lines.append(f"    {d.sentence.id} [{d.sentence.label}] {text[:200]}")
    return lines
