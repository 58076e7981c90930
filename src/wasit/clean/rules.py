"""The boilerplate rules: loaded from `wasit/data/clean/rules.yaml` (or a user's file) and
compiled once per process."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from wasit.ar.normalize import normalize
from wasit.errors import LexiconError

DEFAULT_RULES = Path(__file__).resolve().parents[1] / "data" / "clean" / "rules.yaml"
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def line_key(line: str) -> str:
    """The form rules match: normalised, lower-cased, letters and digits only, one space apart."""
    return _NOT_WORD.sub(" ", normalize(line).lower()).strip()


@dataclass(frozen=True, slots=True)
class LineRule:
    """One boilerplate rule: a line is dropped when its key is one of `lines`, starts with one
    of `starts` or fully matches one of `patterns` (the last two only for lines of at most
    `max_words` words). `tail`: the lines after it are a footer (see the rules README);
    `next`: it labels a list («اقرأ أيضاً»), so a short headline right after it goes too."""
    name: str
    reason: str
    lines: frozenset[str]
    starts: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    tail: bool
    next: bool
    max_words: int

    def matches(self, key: str, n_words: int) -> bool:
        """Whether the normalised line `key` of `n_words` words is this rule's boilerplate."""
        if key in self.lines:
            return True
        if n_words > self.max_words:
            return False
        if any(key == s or key.startswith(s + " ") for s in self.starts):
            return True
        return any(p.fullmatch(key) for p in self.patterns)


@dataclass(frozen=True, slots=True)
class RuleSet:
    """The boilerplate rules of a rules file, in order, and the thresholds of the cleaner."""
    rules: tuple[LineRule, ...]
    non_arabic_max_ratio: float = 0.5
    non_arabic_keep_letters: int = 30
    menu_max_words: int = 2
    menu_min_run: int = 3
    tail_min_body_letters: int = 150
    tail_keep_words: int = 30
    teaser_max_words: int = 40

    def match(self, key: str) -> LineRule | None:
        """The first rule that matches the normalised line `key`, else None."""
        n = key.count(" ") + 1 if key else 0
        for rule in self.rules:
            if rule.matches(key, n):
                return rule
        return None


def _phrases(values: Any, where: str) -> list[str]:
    if values is None:
        return []
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise LexiconError(f"{where}: expected a list of strings")
    return [line_key(v) for v in values if line_key(v)]


def _compile(spec: Any, i: int, path: str, default_max: int) -> LineRule:
    where = f"{path}: rule {i + 1}"
    if not isinstance(spec, dict) or "name" not in spec:
        raise LexiconError(f"{where}: a rule is a mapping with at least a name")
    where = f"{where} ({spec['name']})"
    unknown = set(spec) - {"name", "reason", "lines", "starts", "patterns", "tail", "next", "max_words"}
    if unknown:
        raise LexiconError(f"{where}: unknown keys {sorted(unknown)}")
    patterns = []
    for p in spec.get("patterns") or []:
        try:
            patterns.append(re.compile(str(p)))
        except re.error as e:
            raise LexiconError(f"{where}: bad pattern {p!r}: {e}") from e
    return LineRule(
        name=str(spec["name"]),
        reason=str(spec.get("reason") or spec["name"]),
        lines=frozenset(_phrases(spec.get("lines"), where)),
        starts=tuple(_phrases(spec.get("starts"), where)),
        patterns=tuple(patterns),
        tail=bool(spec.get("tail", False)),
        next=bool(spec.get("next", False)),
        max_words=int(spec.get("max_words", default_max)),
    )


@lru_cache(maxsize=8)
def load_rules(path: str | None = None) -> RuleSet:
    """Compile a rules file (the shipped one by default). Errors name the file and rule."""
    file = Path(path) if path else DEFAULT_RULES
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except OSError as e:
        raise LexiconError(f"{file}: cannot read boilerplate rules: {e}") from e
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise LexiconError(f"{file}{line}: invalid YAML: {e}") from e
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise LexiconError(f"{file}: expected a mapping with a `rules:` list")
    default_max = int(data.get("max_words", 12))
    rules = tuple(_compile(spec, i, str(file), default_max) for i, spec in enumerate(data["rules"]))
    known = {f for f in RuleSet.__dataclass_fields__ if f != "rules"}
    options = {k: v for k, v in data.items() if k in known}
    return RuleSet(rules, **options)
