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

_CLAUSE_BREAKS = frozenset("،,;؛:.!?؟()«»\"")
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


def _match_here(toks: list[Token], i: int, phrase: tuple[str, ...]) -> bool:
    if i + len(phrase) > len(toks):
        return False
    for k, w in enumerate(phrase):
        t = toks[i + k].norm
        if t != w and _strip_w(t) != w and not (k == len(phrase) - 1 and t.startswith(w) and (len(w) >= 3 or len(w) == 1)):
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


def read_status(
    text: str, toks: list[Token], first: int, last: int, trigger_prefix: str, event_type: str,
    offset: int = 0, cues: Cues | None = None,
) -> tuple[str, str | None]:
    """(status, cue) of the trigger spanning tokens [first, last] of `toks`."""
    c = cues or load_cues()
    if "س" in trigger_prefix:
        return "planned", "س"
    start = clause_start(text, toks, first, c.window, offset)
    best: tuple[int, str, str] | None = None  # (position, status, cue)
    blocked: set[int] = set()
    for i in range(start, first):
        for p in c.not_negated:
            if _match_here(toks, i, p):
                blocked.update(range(i, i + len(p)))
    for i in range(start, first):
        if i in blocked:
            continue
        for status in _STATUS_ORDER:
            if status == "requested" and event_type == "REQUEST":
                continue
            for p in c.status[status]:
                if i + len(p) <= first and _match_here(toks, i, p) and (best is None or i >= best[0]):
                    best = (i, status, " ".join(p))
        # «قد» before a present verb: possible, not certain.
        if toks[i].norm in ("قد", "وقد") and i + 1 <= first:
            nxt = toks[i + 1].norm
            if nxt[:1] in ("ي", "ت", "ن") and (best is None or i >= best[0]):
                best = (i, "hypothetical", "قد")
    if best is not None:
        return best[1], best[2]
    for k in range(last + 1, min(last + 5, len(toks))):
        if toks[k].norm in c.planned_after or _strip_w(toks[k].norm) in c.planned_after:
            return "planned", toks[k].text
    return "asserted", None


def find_attribution(toks: list[Token], cues: Cues | None = None) -> list[str]:
    """Sources a sentence names for what it reports («وفقًا لمصادر …», «ذكرت صحيفة …»)."""
    c = cues or load_cues()
    out: list[str] = []
    for i in range(len(toks)):
        for p in c.attribution:
            if _match_here(toks, i, p):
                span = toks[i : min(i + len(p) + 3, len(toks))]
                out.append(" ".join(t.text for t in span))
                break
        if out:
            break
    return out


def is_commentary(toks: list[Token], cues: Cues | None = None) -> bool:
    """True when the sentence's speaker is a commentator (observers, analysts, experts)."""
    c = cues or load_cues()
    return any(_match_here(toks, i, p) for i in range(len(toks)) for p in c.commentators)
