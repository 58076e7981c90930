"""Quality measures of the actors stage that tests, scripts and benchmarks share.

`oeda_span_recall` implements the measure of issue 4 on the OEDA ASSAULT/PROTEST span files:
each span side whose role `main` is an ISO alpha-3 country (not None/null, not a pseudo-code
IMG INT KUR UIS IGO NGO, not a bare string) is found when a mention of that sentence has that
country and shares a normalised token with the side's tokens.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from wasit.actors.recognizer import ActorRecognizer
from wasit.ar.tokens import tokenize

PSEUDO_CODES = frozenset({"IMG", "INT", "KUR", "UIS", "IGO", "NGO"})


def oeda_span_recall(
    records: Iterable[Mapping[str, Any]], rec: ActorRecognizer
) -> tuple[Counter[str], Counter[str], list[str]]:
    """(found, total, misses) per side ("source", "target") over OEDA span records."""
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses: list[str] = []
    for r in records:
        text = str(r["text"])
        tokens = tokenize(text)
        found_toks = [
            (m.country, {t.norm for t in tokens if t.start < m.end and m.start < t.end})
            for m in rec.find(text, None)
        ]
        for sp in r.get("spans", []):
            for side in ("source", "target"):
                role = sp.get(f"{side}_role")
                if not isinstance(role, dict):
                    continue
                main = role.get("main")
                if not isinstance(main, str) or len(main) != 3 or not main.isupper():
                    continue
                if main in PSEUDO_CODES:
                    continue
                words = sp.get(f"{side}_actor", [])
                # the spans' words keep punctuation («بوش».»): compare their tokens
                span_toks = {t.norm for w in words for t in tokenize(str(w))}
                total[side] += 1
                if any(c == main and (mt & span_toks) for c, mt in found_toks):
                    found[side] += 1
                else:
                    misses.append(f"{side} {main} {' '.join(words)}")
    return found, total, misses
