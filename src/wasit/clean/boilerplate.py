"""Boilerplate removal for scraped plain text: site menus and search prompts, "related"
teasers, «الأكثر قراءة» lists, comment forms, share prompts, «زر الذهاب إلى الأعلى», bylines,
reading-time lines and non-Arabic lines.

Phrases are data (`wasit/data/clean/rules.yaml`, see its README); this module holds the
structural rules that use a line's context. Whole lines are kept or dropped, and every
dropped line is recorded with its raw offsets and the reason.
"""

from __future__ import annotations

import re
from typing import ClassVar

from wasit.ar.normalize import arabic_letter_count, has_arabic
from wasit.clean.lines import apply_line_decisions
from wasit.clean.rules import RuleSet, line_key, load_rules
from wasit.doc import Doc

# Letters of any other script (\w minus digits, underscore and the Arabic blocks).
_OTHER_LETTER = re.compile("[^\\W\\d_\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_ELLIPSIS = re.compile(r"(?:\.\s*){3,}$|…\s*$")  # «..» alone is a writer's pause, not a cut
_SENTENCE_END = re.compile(r"[.!?\u061f\u06d4][\"'\u201d\u00bb)\]]*\s*$")
_KEY_MAX_WORDS = 60
_TEASER = "teaser of another story (ends in «...»)"
_MENU_SEP = re.compile(r"\s[|•·»]\s|\s[|•·»]|[|•·»]\s")


def _is_menu_bar(line: str) -> bool:
    parts = [p.strip() for p in _MENU_SEP.split(line) if p.strip()]
    return len(parts) >= 4 and all(len(p.split()) <= 3 for p in parts)


def _ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line)) and not _ELLIPSIS.search(line)


def decide(lines: list[str], rules: RuleSet) -> list[str | None]:
    """For each line: None to keep it, else why it is dropped."""
    reasons: list[str | None] = [None] * len(lines)
    words = [len(x.split()) for x in lines]
    # No phrase rule applies to a long line: do not spend time normalising it.
    key_limit = max([r.max_words for r in rules.rules] + [_KEY_MAX_WORDS])
    keys = [line_key(x) if n <= key_limit else "" for x, n in zip(lines, words, strict=True)]
    words = [k.count(" ") + 1 if k else 0 if n <= key_limit else n for k, n in zip(keys, words, strict=True)]
    order = [i for i, x in enumerate(lines) if x.strip()]
    seen: set[str] = set()
    kept_letters = 0
    footer: str | None = None
    after_label: str | None = None
    for i in order:
        line, key, n = lines[i], keys[i], words[i]
        if footer is not None:
            if not (n >= rules.tail_keep_words and _ends_sentence(line)):
                own = rules.match(key) if key else None
                if own is not None:
                    reasons[i] = own.reason
                elif _ELLIPSIS.search(line.rstrip()):
                    reasons[i] = _TEASER
                else:
                    reasons[i] = footer
            continue
        if after_label is not None:
            label, after_label = after_label, None
            if n <= rules.teaser_max_words and not _ends_sentence(line):
                reasons[i] = f"teaser of another story (after «{label}»)"
                continue
        other = len(_OTHER_LETTER.findall(line))
        if other == 0 and not has_arabic(line):
            reasons[i] = "no letters"
            continue
        arabic = 0
        if other or kept_letters < rules.tail_min_body_letters:
            arabic = arabic_letter_count(line)
        if (
            other
            and arabic < rules.non_arabic_keep_letters
            and arabic / (arabic + other) < rules.non_arabic_max_ratio
        ):
            reasons[i] = "non-Arabic line"
            continue
        rule = rules.match(key) if key else None
        if rule is not None:
            reasons[i] = rule.reason
            if rule.next:
                after_label = line.strip()
            if rule.tail and kept_letters >= rules.tail_min_body_letters:
                footer = f"footer after «{line.strip()}» ({rule.reason})"
            continue
        if _is_menu_bar(line):
            reasons[i] = "site navigation or menu"
            continue
        if 4 <= n <= 20 and key in seen and not _ends_sentence(line):
            reasons[i] = "duplicate of an earlier line"
            continue
        if n <= 20:
            seen.add(key)
        kept_letters += arabic
    _menu_runs(lines, words, order, reasons, rules)
    _teasers(lines, order, reasons, rules.teaser_max_words)
    return reasons


_PUNCT = re.compile("[،,.؛;:!?؟…]")


def _menu_runs(
    lines: list[str], words: list[int], order: list[int], reasons: list[str | None], rules: RuleSet
) -> None:
    """A run of consecutive very short lines without punctuation (blank lines between
    allowed) before the body or after it is a menu. Short lines inside the body (verse,
    lists) are left alone."""
    body = [i for i in order if reasons[i] is None and words[i] >= 8]
    if not body:
        return
    first, last = body[0], body[-1]
    run: list[int] = []
    for i in [*order, -1]:
        short = i >= 0 and words[i] <= rules.menu_max_words and not _PUNCT.search(lines[i])
        if short and (i < first or i > last):
            run.append(i)
            continue
        if len(run) >= rules.menu_min_run:
            for j in run:
                reasons[j] = reasons[j] or "site navigation or menu"
        run = []


#: Removals that say nothing about their neighbours (a "***" separator is not a story list).
_NEUTRAL = ("no letters", "non-Arabic line", "duplicate of an earlier line")


def _teasers(lines: list[str], order: list[int], reasons: list[str | None], max_words: int) -> None:
    """A short line ending in «...» next to a removed list label or teaser is a teaser."""

    def listy(j: int) -> bool:
        r = reasons[order[j]]
        return r is not None and r not in _NEUTRAL

    changed = True
    while changed:
        changed = False
        for n, i in enumerate(order):
            if reasons[i] is not None or not _ELLIPSIS.search(lines[i].rstrip()):
                continue
            if len(lines[i].split()) > max_words:
                continue
            if (n > 0 and listy(n - 1)) or (n + 1 < len(order) and listy(n + 1)):
                reasons[i] = _TEASER
                changed = True


class BoilerplateCleaner:
    """Stage: fills `clean_text`, `removed` and `clean_map` from `raw_text`.

    `rules`: path of a rules file in the format of `wasit/data/clean/rules.yaml` (default: that).
    """

    name: ClassVar[str] = "clean"
    requires: ClassVar[tuple[str, ...]] = ("raw_text",)
    assigns: ClassVar[tuple[str, ...]] = ("clean_text", "removed")

    def __init__(self, rules: str | None = None) -> None:
        self.rules_path = rules
        self.rules = load_rules(rules)

    def __call__(self, doc: Doc) -> Doc:
        return apply_line_decisions(doc, lambda lines: decide(lines, self.rules))
