"""Status, attribution and commentator cues around a trigger (data in cues.yaml).

Status is read from the words before the trigger in its clause: the cue nearest to the
trigger decides (so in «لم تطلب وساطة» the asking is negated and the mediation requested).
«لم يتردد في» and its kin do not negate. A future prefix on the trigger (ستطلق) or a word
like «المقبل» right after it makes the event planned.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from wasit.ar.normalize import normalize
from wasit.ar.tokens import Token
from wasit.errors import LexiconError

_CLAUSE_BREAKS = frozenset('،,;؛:.!?؟()«»"')
# Nouns that begin like a future verb (سياسة، سيارة، سيطرة، سيادة، سنوات …).
_NOT_FUTURE = (
    "سيا",
    "سيط",
    "سيد",
    "سين",
    "سير",
    "سيو",
    "سيف",
    "ستا",
    "ستو",
    "سنو",
    "سنه",
    "سنا",
    "سني",
)
_STATUS_ORDER = ("negated", "hypothetical", "requested", "planned")


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(normalize(w) for w in phrase.split())


@dataclass(frozen=True, slots=True)
class Cues:
    window: int
    status: dict[str, tuple[tuple[str, ...], ...]]
    planned_after: frozenset[str]
    not_negated: tuple[tuple[str, ...], ...]
    attribution: tuple[tuple[str, ...], ...]
    commentators: tuple[tuple[str, ...], ...]
    patient_nouns: frozenset[str] = frozenset()
    condition_after: tuple[tuple[str, ...], ...] = ()
    place_nouns: frozenset[str] = frozenset()
    sports: tuple[tuple[str, ...], ...] = ()
    actor_nouns: frozenset[str] = frozenset()
    undoing: frozenset[str] = frozenset()
    doer_nouns: frozenset[str] = frozenset()
    telling_verbs: frozenset[str] = frozenset()
    receiving_verbs: frozenset[str] = frozenset()
    undergoing: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def from_mapping(cls, data: dict[str, Any], where: str) -> Cues:
        try:
            return cls(
                window=int(data.get("window", 7)),
                status={k: tuple(_words(p) for p in data[k]) for k in _STATUS_ORDER},
                planned_after=frozenset(normalize(w) for w in data.get("planned_after", [])),
                not_negated=tuple(_words(p) for p in data.get("not_negated", [])),
                attribution=tuple(_words(p) for p in data.get("attribution", [])),
                commentators=tuple(_words(p) for p in data.get("commentators", [])),
                patient_nouns=frozenset(
                    normalize(p.split()[0]) for p in data.get("patient_nouns", [])
                ),
                condition_after=tuple(_words(p) for p in data.get("condition_after", [])),
                place_nouns=frozenset(normalize(p) for p in data.get("place_nouns", [])),
                sports=tuple(_words(p) for p in data.get("sports", [])),
                actor_nouns=frozenset(normalize(p) for p in data.get("actor_nouns", [])),
                undoing=frozenset(normalize(p) for p in data.get("undoing", [])),
                doer_nouns=frozenset(normalize(p) for p in data.get("doer_nouns", [])),
                telling_verbs=frozenset(normalize(p) for p in data.get("telling_verbs", [])),
                receiving_verbs=frozenset(normalize(p) for p in data.get("receiving_verbs", [])),
                undergoing=tuple(_words(p) for p in data.get("undergoing_verbs", [])),
            )
        except (KeyError, TypeError, ValueError) as e:
            raise LexiconError(f"{where}: malformed cue file ({e!r})") from e


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    res = resources.files("wasit").joinpath("data/events/cues.yaml")
    data = yaml.safe_load(res.read_text("utf-8"))
    return Cues.from_mapping(data, "wasit/data/events/cues.yaml")


def _strip_w(norm: str) -> str:
    return norm[1:] if norm.startswith(("و", "ف")) and len(norm) > 2 else norm


Phrases = tuple[tuple[str, ...], ...]
_INDEX: dict[int, dict[str, list[tuple[str, ...]]]] = {}


def _index(phrases: Phrases) -> dict[str, list[tuple[str, ...]]]:
    """Phrases by first word (built once per phrase set)."""
    key = id(phrases)
    idx = _INDEX.get(key)
    if idx is None:
        idx = {}
        for p in phrases:
            idx.setdefault(p[0], []).append(p)
        _INDEX[key] = idx
    return idx


_CANDIDATES: dict[tuple[int, str], tuple[tuple[str, ...], ...]] = {}
_MAX_CANDIDATES = 200_000


def _candidates(phrases: Phrases, norm: str) -> tuple[tuple[str, ...], ...]:
    """Phrases whose first word may match the word `norm` (exactly, without و/ف, or as a prefix).

    Memoised per (phrase set, word), like `_index` (phrase sets are loaded once and kept). The
    keys are visited in a fixed order, so which of two cues at one place is named in an event's
    rule does not depend on string hashing (it did with a set: PYTHONHASHSEED changed rules).
    """
    ck = (id(phrases), norm)
    hit = _CANDIDATES.get(ck)
    if hit is None:
        idx = _index(phrases)
        keys = dict.fromkeys((norm, _strip_w(norm), norm[:1], *(norm[:k] for k in range(3, len(norm)))))
        hit = tuple(p for k in keys for p in idx.get(k, ()))
        if len(_CANDIDATES) >= _MAX_CANDIDATES:
            _CANDIDATES.clear()
        _CANDIDATES[ck] = hit
    return hit


def _match_here(toks: list[Token], i: int, phrase: tuple[str, ...]) -> bool:
    if i + len(phrase) > len(toks):
        return False
    for k, w in enumerate(phrase):
        t = toks[i + k].norm
        if (
            t != w
            and _strip_w(t) != w
            and not (k == len(phrase) - 1 and t.startswith(w) and (len(w) >= 3 or len(w) == 1))
        ):
            return False
    return True


def clause_start(text: str, toks: list[Token], i: int, window: int, offset: int) -> int:
    """Index of the first token of the clause of token i, at most `window` tokens back."""
    j = i
    while j > 0 and i - j < window:
        between = text[toks[j - 1].end - offset : toks[j].start - offset]
        if any(c in _CLAUSE_BREAKS for c in between):
            break
        j -= 1
    return j


#: Words that make the event noun after them the time of the clause, not its object
_TIME_ADJUNCTS = frozenset(normalize(w) for w in ("خلال", "أثناء", "اثناء", "عقب", "إثر", "اثر", "لدى"))


def read_status(
    text: str,
    toks: list[Token],
    first: int,
    last: int,
    trigger_prefix: str,
    event_type: str,
    offset: int = 0,
    cues: Cues | None = None,
) -> tuple[str, str | None]:
    """(status, cue) of the trigger spanning tokens [first, last] of `toks`."""
    c = cues or load_cues()
    if "س" in trigger_prefix:
        if _condition_follows(text, toks, last, offset, c):
            return "hypothetical", "condition"
        return "planned", "س"
    start = clause_start(text, toks, first, c.window, offset)
    # an intention governs a longer stretch («تعتزم الجزائر إرسال بعثة إلى الدوحة للقاء …»)
    far = clause_start(text, toks, first, c.window + 4, offset)
    best: tuple[int, str, str] | None = None  # (position, status, cue)
    for i in range(far, start):
        for p in _candidates(c.status["planned"], toks[i].norm):
            if _match_here(toks, i, p) and (best is None or i >= best[0]):
                best = (i, "planned", " ".join(p))
    blocked: set[int] = set()
    for i in range(start, first):
        for p in _candidates(c.not_negated, toks[i].norm):
            if _match_here(toks, i, p):
                blocked.update(range(i, i + len(p)))
    for i in range(start, first):
        if i in blocked:
            continue
        for status in _STATUS_ORDER:
            if status == "requested" and event_type == "REQUEST":
                continue
            for p in _candidates(c.status[status], toks[i].norm):
                if (
                    i + len(p) <= first
                    and _match_here(toks, i, p)
                    and (best is None or i >= best[0])
                ):
                    best = (i, status, " ".join(p))
        # a future verb earlier in the clause («ستفرض … عقوبات»)
        w = toks[i].norm
        core = w[1:] if w[:1] in ("و", "ف") else w
        if (
            core[:1] == "س"
            and core[1:2] in ("ي", "ت", "ن")
            and len(core) >= 5
            and not core.startswith(_NOT_FUTURE)
            and (best is None or i >= best[0])
        ):
            best = (i, "planned", toks[i].text)
        # «قد» before a present verb: possible, not certain.
        if toks[i].norm in ("قد", "وقد") and i + 1 <= first:
            nxt = toks[i + 1].norm
            if nxt[:1] in ("ي", "ت", "ن") and (best is None or i >= best[0]):
                best = (i, "hypothetical", "قد")
    if best is not None and best[1] == "requested" and first > 0 and _strip_w(toks[first - 1].norm) in _TIME_ADJUNCTS:
        best = None  # «ماكرون يدعو خلال زيارته إلى إسرائيل»: the visit frames the call, it is not asked for
    if best is not None and best[1] != "planned":
        return best[1], best[2]
    future = best is not None or "س" in trigger_prefix
    if future and _condition_follows(text, toks, last, offset, c):
        return "hypothetical", "condition"
    if best is not None:
        return best[1], best[2]
    for k in range(last + 1, min(last + 5, len(toks))):
        if toks[k].norm in c.planned_after or _strip_w(toks[k].norm) in c.planned_after:
            return "planned", toks[k].text
    return "asserted", None


def _condition_follows(text: str, toks: list[Token], last: int, offset: int, c: Cues) -> bool:
    """A condition («إذا …») later in the trigger's clause."""
    for k in range(last + 1, min(last + 9, len(toks))):
        between = text[toks[k - 1].end - offset : toks[k].start - offset]
        if any(ch in ".;؛!?؟" for ch in between):
            return False
        if any(_match_here(toks, k, p) for p in _candidates(c.condition_after, toks[k].norm)):
            return True
    return False


def find_attribution(toks: list[Token], cues: Cues | None = None) -> list[str]:
    """Sources a sentence names for what it reports («وفقًا لمصادر …», «ذكرت صحيفة …»)."""
    c = cues or load_cues()
    out: list[str] = []
    for i in range(len(toks)):
        for p in _candidates(c.attribution, toks[i].norm):
            if _match_here(toks, i, p):
                span = toks[i : min(i + len(p) + 3, len(toks))]
                out.append(" ".join(t.text for t in span))
                break
        if out:
            break
    return out


def is_sports(toks: list[Token], cues: Cues | None = None) -> bool:
    """True when the sentence reports sport (a match, a club, a player)."""
    c = cues or load_cues()
    return any(
        _match_here(toks, i, p)
        for i in range(len(toks))
        for p in _candidates(c.sports, toks[i].norm)
        if len(p) > 1 or toks[i].norm == p[0] or _strip_w(toks[i].norm) == p[0]
    )


def is_commentary(toks: list[Token], cues: Cues | None = None) -> bool:
    """True when the sentence's speaker is a commentator (observers, analysts, experts)."""
    c = cues or load_cues()
    return any(
        _match_here(toks, i, p)
        for i in range(len(toks))
        for p in _candidates(c.commentators, toks[i].norm)
    )
