"""Sentence-level detection of ASSAULT and PROTEST events: small logistic models.

Trigger words for attacks and protests are frequent in sentences that report no such event
(a film title, a trial, a policy debate, a past attack recalled). A logistic regression over
the sentence's word stems and stem pairs, the triggers found in it (type, verb or noun,
position, neighbours) and its mood (negation, future, report verbs, quotes, crowds,
casualties), trained by `scripts/train_detect.py` on the train half of the OEDA Arabic event
GSR (MIT; split once by a hash of the sentence id; everything chosen by cross-validation on
that half), scores how likely the sentence reports the event. The coder drops the events of a
sentence scored below the model's threshold, except a PROTEST where people are said to gather
(`gathering`); a detected one whose sides could not be read is kept (`keep_sideless`) as a
detection (`Doc.detections`), not an event. Weights are data: `wasit/data/events/detect_*.tsv`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import pairwise

from wasit.ar.normalize import normalize
from wasit.ar.tokens import Token, tokenize
from wasit.doc import Event
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


#: Words that put the event in the future, deny it or make it a wish (normalised).
_MOOD_WORDS = {
    "لم": "neg", "لن": "neg", "لا": "neg", "نفى": "neg", "نفت": "neg", "ينفي": "neg", "دون": "neg",
    "سوف": "fut", "ستقوم": "fut", "سيقوم": "fut", "تعتزم": "fut", "يعتزم": "fut", "المقرر": "fut",
    "اذا": "hyp", "لو": "hyp", "قد": "hyp", "حال": "hyp", "يمكن": "hyp", "ربما": "hyp",
    "امس": "past", "اليوم": "past", "الليلة": "past", "صباح": "past", "مساء": "past", "فجر": "past",
    "قال": "say", "قالت": "say", "اضاف": "say", "اضافت": "say", "اكد": "say", "اكدت": "say",
    "راى": "say", "اعتبر": "say", "يرى": "say", "مضيفا": "say", "موضحا": "say",
    "عشرات": "crowd", "مئات": "crowd", "الاف": "crowd", "الالاف": "crowd", "مليون": "crowd",
    "المئات": "crowd", "العشرات": "crowd", "حشود": "crowd", "جموع": "crowd",
    "قتل": "harm", "قتلى": "harm", "مقتل": "harm", "جرح": "harm", "جرحى": "harm", "اصيب": "harm",
    "اصابه": "harm", "مصرع": "harm", "مصرعهم": "harm", "حتفهم": "harm", "قتيلا": "harm",
    "جريحا": "harm", "بجروح": "harm", "مصابين": "harm",
}
_QUOTES = set('«»"“”')
#: Verbs of people gathering or going out (normalised, past and present, singular and plural)
#: and, within `_GATHER_REACH` words after one, a word for a crowd or a protest («وتجمع آلاف
#: المتظاهرين»، «نزل المحتجون الى الشوارع»): see `gathering`.
_GATHER_VERBS = frozenset(normalize(w) for w in (
    "تجمع", "تجمعوا", "يتجمع", "يتجمعون", "احتشد", "احتشدوا", "يحتشد", "يحتشدون", "تظاهر",
    "تظاهروا", "يتظاهر", "يتظاهرون", "اعتصم", "اعتصموا", "يعتصم", "يعتصمون", "نزل", "نزلوا",
    "ينزل", "خرج", "خرجوا", "خرجت", "يخرج", "سار", "ساروا", "تدفق", "تدفقوا", "انطلقت",
    "اندلعت", "تجددت", "نظم", "نظموا", "نظمت", "شارك", "شاركوا",
))
_CROWD_STEMS = ("متظاهر", "محتج", "عشرات", "مئات", "الاف", "الالاف", "المئات", "العشرات", "حشود",
                "مظاهر", "مسير", "تظاهر", "احتجاج")
_GATHER_REACH = 4


def gathering(toks: list[Token]) -> bool:
    """A verb of gathering followed closely by a crowd or a protest (`_GATHER_VERBS`): people
    gathered to protest, which the coder takes as a protest whatever the PROTEST model scores
    (the model, trained on 26 positives, weighs single words; this is the construction)."""
    for i, t in enumerate(toks):
        w = t.norm
        if w not in _GATHER_VERBS and not (w[:1] in ("و", "ف") and w[1:] in _GATHER_VERBS):
            continue
        if any(c in v.norm for v in toks[i + 1 : i + 1 + _GATHER_REACH] for c in _CROWD_STEMS):
            return True
    return False


#: Lengths of the letter n-grams of `char_grams`.
CHAR_NS = (3, 4)


def char_grams(toks: Iterable[Token]) -> set[str]:
    """The letter n-grams (`CHAR_NS`) of each normalised word, «<» and «>» marking its edges."""
    out: set[str] = set()
    for t in toks:
        w = f"<{t.norm}>"
        for n in CHAR_NS:
            out.update("c:" + w[i : i + n] for i in range(len(w) - n + 1))
    return out


def features(
    text: str, lexicon: TriggerLexicon, triggers: list[TriggerMatch] | None = None,
    tokens: list[Token] | None = None, chars: bool = True,
) -> set[str]:
    """Binary features of a sentence.

    Word stems (`w:`), stem bigrams (`b:`) and the letter 3- and 4-grams of each word with its
    edges marked (`c:<قصف`, `c:صفت>`: Arabic words carry their clitics and inflection, which
    stems only partly undo); the trigger types, modes and words found
    (`t:`, `tw:`), whether each type is written as a verb or a noun (`tk:`), how often and how
    early it occurs (`tn:`, `tpos:`), the stems around its first occurrence (`tl:`, `tr:`);
    mood words (`m:` negation, future, hypothesis, report verbs, today/yesterday, crowd sizes,
    casualties) and quotes.
    `triggers` and `tokens` may be passed when the caller has them already; `chars` false
    leaves out the letter n-grams (for a model that has no weight on them).
    """
    toks = tokens if tokens is not None else tokenize(text)
    stems = ["#" if t.norm.isdigit() else stem(t.norm) for t in toks]
    feats = {"w:" + s for s in stems}
    feats.update(f"b:{a}_{b}" for a, b in pairwise(stems))
    if chars:
        feats.update(char_grams(toks))
    for t in toks:
        mood = _MOOD_WORDS.get(t.norm) or _MOOD_WORDS.get(t.norm[1:] if t.norm[:1] in "وف" else "")
        if mood:
            feats.add("m:" + mood)
    if any(ch in _QUOTES for ch in text):
        feats.add("m:quote")
    found = triggers if triggers is not None else find_triggers(text, lexicon)
    first: dict[str, TriggerMatch] = {}
    count: dict[str, int] = {}
    for m in found:
        etype = m.spec.type
        feats.add("t:" + etype)
        if m.spec.mode:
            feats.add(f"t:{etype}:{m.spec.mode}")
        feats.add("tw:" + m.spec.words[0])
        feats.add(f"tk:{etype}:{'verb' if m.spec.verb else 'noun'}")
        if m.prefix:
            feats.add(f"tp:{etype}:{m.prefix}")
        count[etype] = count.get(etype, 0) + 1
        first.setdefault(etype, m)
    n = max(len(toks), 1)
    for etype, m in first.items():
        feats.add(f"tn:{etype}:{min(count[etype], 3)}")
        i = min(m.first, n - 1)  # token index: the same for a sentence slice and its text
        feats.add(f"tpos:{etype}:{3 * i // n}")
        if i > 0:
            feats.add(f"tl:{etype}:{stems[i - 1]}")
        if m.last + 1 < len(stems):
            feats.add(f"tr:{etype}:{stems[m.last + 1]}")
    return feats


def pooled_features(feats: Iterable[str], event_type: str) -> set[str]:
    """The features of a model trained on both types at once: a shared copy of every feature
    (`g|`, the type's own trigger features renamed `SELF`) and a copy of the type (`TYPE|`)."""
    out: set[str] = set()
    for f in feats:
        out.add("g|" + f.replace(":" + event_type, ":SELF"))
        out.add(event_type + "|" + f)
    return out


@dataclass(frozen=True, slots=True)
class DetectModel:
    event_type: str
    bias: float
    threshold: float
    weights: dict[str, float]
    pooled: bool = False

    #: Whether any weight is on a letter n-gram (`c:`, pooled copies included): only then do
    #: the features need them.
    uses_chars: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "uses_chars", any(f.startswith("c:") or "|c:" in f for f in self.weights))

    def score(self, feats: Iterable[str]) -> float:
        if self.pooled:
            feats = pooled_features(feats, self.event_type)
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_tsv(self) -> str:
        lines = [f"#type\t{self.event_type}", f"#bias\t{self.bias:.6f}", f"#threshold\t{self.threshold:.4f}"]
        if self.pooled:
            lines.append("#pooled\t1")
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
            return cls(meta["type"], float(meta["bias"]), float(meta["threshold"]), weights,
                       meta.get("pooled", "0") == "1")
        except (KeyError, ValueError) as e:
            raise LexiconError(f"{where}: missing or bad header ({e!r})") from e


@lru_cache(maxsize=4)
def load_model(event_type: str) -> DetectModel | None:
    """The shipped model for ASSAULT or PROTEST, or None when there is none."""
    res = resources.files("wasit").joinpath(f"data/events/detect_{event_type.lower()}.tsv")
    if not res.is_file():
        return None
    return DetectModel.from_tsv(res.read_text("utf-8"), f"wasit/data/events/detect_{event_type.lower()}.tsv")


def detected(event_type: str, confidence: float) -> bool:
    """The sentence model alone says the sentence reports an event of this type: an ASSAULT or
    PROTEST scored by `coder._confirmed` at or above the model's threshold is coded even when
    neither side could be read (the guidelines allow an unnamed side)."""
    model = load_model(event_type) if event_type in ("ASSAULT", "PROTEST") else None
    return model is not None and confidence >= model.threshold


def keep_sideless(events: list[Event], confirm: bool = True) -> list[Event]:
    """The document's events without the sideless ones it should not report.

    An event with neither actor nor recipient is kept (for `Doc.detections`: the guidelines
    code no event without a side) only when the sentence model detected it
    (`detected`) and the document codes no event of its type with a side: otherwise it is most
    likely one more mention of that event («اغتياله» after the attack that killed him).
    """
    sided = {e.type for e in events if e.actor or e.recipient}
    return [
        e for e in events
        if e.actor or e.recipient or (confirm and e.type not in sided and detected(e.type, e.confidence))
    ]


def split_detections(events: list[Event]) -> tuple[list[Event], list[Event]]:
    """The events with a side, and the sideless ones `keep_sideless` kept — detections, one per
    type and sentence («قتل … في هجوم انتحاري»: one attack)."""
    sided = [e for e in events if e.actor or e.recipient]
    seen: set[tuple[str, int]] = set()
    detections: list[Event] = []
    for e in events:
        key = (e.type, e.evidence[0].sentence)
        if not (e.actor or e.recipient) and key not in seen:
            seen.add(key)
            detections.append(e)
    return sided, detections
