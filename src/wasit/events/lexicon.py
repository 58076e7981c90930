"""The trigger lexicon: PLOVER types and modes, argument frames and the Arabic words.

Knowledge lives in `wasit/data/events/triggers.yaml`; this module loads it once, generates
the regular inflections of the verbs listed there and indexes every form by its normalised
first word, so that `wasit.events.triggers` can find triggers with their clitics.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from wasit.ar.normalize import normalize
from wasit.doc import EVENT_TYPES
from wasit.errors import LexiconError

FRAMES: tuple[str, ...] = ("default", "receive", "mediate", "solo", "visit")

# Endings of the regular past (3ms, 3fs, dual, 3mp, 3fd, 1p, 2mp, 3fp) and present
# (the present prefixes are added to the stem).
_PAST_SUFFIXES = ("", "ت", "ا", "وا", "تا", "نا", "تم", "ن", "تما")
_PRESENT_PREFIXES = ("ي", "ت", "ن", "ا")
_PRESENT_SUFFIXES = ("", "ون", "ان", "وا", "ين", "ا", "ن")

#: The type of lexicon entries that are phrases containing a trigger word but naming no event
#: («مؤتمر صحفي» is not a conference): the longest match takes them, and they code nothing.
NOT_AN_EVENT = "NONE"


@dataclass(frozen=True, slots=True)
class TriggerSpec:
    """One form of the lexicon: the words (normalised), what they code and how."""

    words: tuple[str, ...]
    type: str
    mode: str | None
    frame: str
    verb: bool
    weak: bool
    source: str  # "FILE:ENTRY" for `wasit explain`

    @property
    def rule(self) -> str:
        kind = "verb" if self.verb else "noun"
        return f"trigger:{self.type}{'/' + self.mode if self.mode else ''}:{kind}:{self.frame}"


def _key(word: str) -> str:
    return normalize(word).replace("\u200c", "").strip()


def inflect_verb(past: str, present: str) -> list[str]:
    """Regular inflections of a verb given its past 3ms and its present stem (normalised).

    Weak verbs whose past ends in ى/ي (التقى، يلتقي) take the defective endings.
    """
    return past_forms(past) + present_forms(present)


def past_forms(past: str) -> list[str]:
    """The past inflections of `inflect_verb`."""
    if past.endswith("ي") and len(past) > 2:
        stem = past[:-1]
        return [past, stem + "ت", stem + "وا", stem + "يا", stem + "ينا", stem + "يت", stem + "تا"]
    return [past + s for s in _PAST_SUFFIXES]


def present_forms(present: str) -> list[str]:
    """The present inflections of `inflect_verb`."""
    out: list[str] = []
    if present.endswith("ي") and len(present) > 2:
        stem = present[:-1]
        for p in _PRESENT_PREFIXES:
            out += [p + present, p + stem + "ون", p + stem + "ان", p + stem + "وا", p + stem + "ين"]
    else:
        for p in _PRESENT_PREFIXES:
            out += [p + present + s for s in _PRESENT_SUFFIXES]
    return out


class TriggerLexicon:
    """Every trigger form indexed by its first (normalised) word."""

    def __init__(self, specs: list[TriggerSpec]) -> None:
        self.specs = specs
        self.by_first: dict[str, list[TriggerSpec]] = {}
        for spec in specs:
            self.by_first.setdefault(spec.words[0], []).append(spec)
        for lst in self.by_first.values():
            lst.sort(key=lambda s: -len(s.words))  # longest phrase first
        self.max_words = max((len(s.words) for s in specs), default=1)

    def __len__(self) -> int:
        return len(self.specs)

    @classmethod
    def from_yaml(cls, path: str | Path, text: str | None = None) -> TriggerLexicon:
        raw = text if text is not None else Path(path).read_text(encoding="utf-8")
        try:
            data = yaml.safe_load(raw)
        except yaml.YAMLError as e:
            raise LexiconError(f"{path}: not valid YAML: {e}") from e
        if not isinstance(data, list):
            raise LexiconError(f"{path}: expected a list of trigger entries")
        specs: list[TriggerSpec] = []
        for i, entry in enumerate(data, 1):
            specs.extend(_entry_specs(entry, f"{path}:entry {i}"))
        return cls(specs)


def _entry_specs(entry: Any, where: str) -> list[TriggerSpec]:
    if not isinstance(entry, dict):
        raise LexiconError(f"{where}: an entry must be a mapping")
    etype = entry.get("type")
    if etype not in EVENT_TYPES and etype != NOT_AN_EVENT:
        raise LexiconError(f"{where}: unknown PLOVER type {etype!r}")
    frame = entry.get("frame", "default")
    if frame not in FRAMES:
        raise LexiconError(f"{where}: unknown frame {frame!r}; known: {FRAMES}")
    mode = entry.get("mode")
    weak = bool(entry.get("weak", False))
    out: list[TriggerSpec] = []

    def add(form: str, verb: bool) -> None:
        words = tuple(_key(w) for w in str(form).split())
        if words and all(words):
            out.append(TriggerSpec(words, etype, mode, frame, verb, weak, where))

    for v in entry.get("verbs", []) or []:
        past, sep, present = str(v).partition("|")
        if not sep:
            raise LexiconError(f"{where}: verb {v!r} must be written PAST|PRESENT-STEM")
        # each tense keeps the words written after it («أضرب|ضرب عن»: «يضرب عن», not «يضرب»)
        pw, rest = _key(past.split()[0]), [_key(w) for w in past.split()[1:]]
        prw, prest = _key(present.split()[0]), [_key(w) for w in present.split()[1:]]
        for form in past_forms(pw):
            add(" ".join([form, *rest]), True)
        for form in present_forms(prw):
            add(" ".join([form, *prest]), True)
    for f in entry.get("vforms", []) or []:
        add(f, True)
    for f in entry.get("forms", []) or []:
        add(f, False)
    return out


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> TriggerLexicon:
    """The shipped lexicon (or the user's file at `path`), loaded once per process."""
    if path is not None:
        return TriggerLexicon.from_yaml(path)
    res = resources.files("wasit").joinpath("data/events/triggers.yaml")
    return TriggerLexicon.from_yaml("wasit/data/events/triggers.yaml", res.read_text("utf-8"))
