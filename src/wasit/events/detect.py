"""Sentence-level confirmation of ASSAULT and PROTEST events: a small logistic model.

Trigger words for attacks and protests are frequent in sentences that report no such event
(a film title, a trial, a policy debate). A logistic regression over the sentence's word
stems and the trigger types found in it, trained by `scripts/train_detect.py` on the train
half of the OEDA Arabic event GSR (MIT; split once by a hash of the sentence id), scores how
likely the sentence reports the event. Weights are data: `wasit/data/events/detect_*.tsv`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from wasit.ar.tokens import Token, tokenize
from wasit.errors import LexiconError
from wasit.events.lexicon import TriggerLexicon
from wasit.events.triggers import TriggerMatch, find_triggers

_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
_SUFFIXES = ("ات", "ون", "ين", "ان", "ه", "ها", "هم", "ا")


def stem(norm: str) -> str:
    """A light stem for features: strip one proclitic group and one ending."""
    w = norm.replace("\u200c", "")
    for p in _PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 3:
            w = w[len(p) :]
            break
    for s in _SUFFIXES:
        if w.endswith(s) and len(w) - len(s) >= 3:
            w = w[: -len(s)]
            break
    return w


def features(
    text: str, lexicon: TriggerLexicon, triggers: list[TriggerMatch] | None = None,
    tokens: list[Token] | None = None,
) -> set[str]:
    """Binary features of a sentence: word stems and the trigger types/modes it contains.

    `triggers` and `tokens` may be passed when the caller has them already.
    """
    toks = tokens if tokens is not None else tokenize(text)
    feats = {"w:" + stem(t.norm) for t in toks if not t.norm.isdigit()}
    for m in triggers if triggers is not None else find_triggers(text, lexicon):
        feats.add("t:" + m.spec.type)
        if m.spec.mode:
            feats.add(f"t:{m.spec.type}:{m.spec.mode}")
        feats.add("tw:" + m.spec.words[0])
    return feats


@dataclass(frozen=True, slots=True)
class DetectModel:
    event_type: str
    bias: float
    threshold: float
    weights: dict[str, float]

    def score(self, feats: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_tsv(self) -> str:
        lines = [f"#type\t{self.event_type}", f"#bias\t{self.bias:.6f}", f"#threshold\t{self.threshold:.4f}"]
        for f, w in sorted(self.weights.items(), key=lambda kv: -abs(kv[1])):
            lines.append(f"{f}\t{w:.6f}")
        return "\n".join(lines) + "\n"

    @classmethod
    def from_tsv(cls, text: str, where: str) -> DetectModel:
        meta: dict[str, str] = {}
        weights: dict[str, float] = {}
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            key, sep, val = line.partition("\t")
            if not sep:
                raise LexiconError(f"{where}:{n}: expected FEATURE<TAB>WEIGHT")
            try:
                if key.startswith("#"):
                    meta[key[1:]] = val
                else:
                    weights[key] = float(val)
            except ValueError as e:
                raise LexiconError(f"{where}:{n}: weight is not a number: {val!r}") from e
        try:
            return cls(meta["type"], float(meta["bias"]), float(meta["threshold"]), weights)
        except (KeyError, ValueError) as e:
            raise LexiconError(f"{where}: missing or bad header ({e!r})") from e


@lru_cache(maxsize=4)
def load_model(event_type: str) -> DetectModel | None:
    """The shipped model for ASSAULT or PROTEST, or None when there is none."""
    res = resources.files("wasit").joinpath(f"data/events/detect_{event_type.lower()}.tsv")
    if not res.is_file():
        return None
    return DetectModel.from_tsv(res.read_text("utf-8"), f"wasit/data/events/detect_{event_type.lower()}.tsv")
