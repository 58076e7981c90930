"""Which time expressions belong to an event's trigger, and where else the event is named.

Shallow syntax over tokens, no parser:
- a relative pronoun (الذي، التي …) between the trigger and a later expression puts the
  expression in a relative clause, unless the clause hangs on the trigger itself («التفجير
  الذي وقع يوم الاثنين» dates the bombing, not «أدان» before it);
- a relative pronoun between an earlier expression and the trigger puts the trigger in a
  relative clause the expression's verb does not govern («أوقفت أمس … الاتفاق الذي أبرمته»);
- an expression right after another event's trigger is that event's («اعتقل بتاريخ 18/3
  وأفرج عنه مساء أمس»), unless that event is a frame for ours («اتفقا أثناء اتصال يوم …»);
- «قبل أيام من X» and «بعد أسبوع من X» make X a bound, not a date; «الحرب الجارية منذ 19
  شهرا» gives the start of a state.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from wasit.ar.tokens import Token
from wasit.doc import Doc, Evidence, Timex

_RELATIVE = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي", "اللائي"}  # fmt: skip
_FRAME = {"اثناء", "خلال", "خلاله", "اثناءه", "في", "وخلال", "واثناء"}
_MASCULINE = {"الذي", "الذين", "اللذين", "اللذان"}
_DURING = {"اثناء", "خلال", "وخلال", "واثناء", "طيله", "طوال"}
#: Words that open a nested event: a later expression dates it, not the trigger.
_NESTED = {"بتهمه", "بتهم", "بسبب", "خلفيه", "اثر", "جراء", "اعقاب", "ردا", "لاتهامه", "لاتهامها", "بتهمتي"}  # fmt: skip
_BOUND = {"قبل", "بعد", "وقبل", "وبعد", "قبيل", "بعيد"}
_ONGOING = {
    "الجاري", "الجاريه", "المستمر", "المستمره", "المتواصل", "المتواصله", "المندلع", "المندلعه",
    "الدائر", "الدائره", "القائم", "القائمه", "المفروض", "المفروضه", "مستمر", "مستمره", "متواصل", "متواصله",
}  # fmt: skip
_CUES = {
    "اعتبارا",
    "ابتداء",
    "من",
    "منذ",
    "في",
    "يوم",
    "بتاريخ",
    "مساء",
    "صباح",
    "ليله",
    "فجر",
    "ظهر",
    "امس",
    "اليوم",
}
_PUNCT = re.compile(r"[،,.;:؛!?؟()\"«»“”\n]")
_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف")
#: Tokens after a trigger within which an expression is attached to it.
_ATTACH = 3
_COREF_WINDOW = 5


def stem(norm: str) -> str:
    """A word without its article and leading clitics («للاتفاق» → «اتفاق»)."""
    for p in _PREFIXES:
        if norm.startswith(p) and len(norm) - len(p) >= 3:
            rest = norm[len(p) :]
            if p in ("و", "ب", "ل", "ف") and rest.startswith("ال") and len(rest) >= 5:
                return rest[2:]
            return rest
    return norm


def trigger_span(doc: Doc, ev: Evidence) -> tuple[int, int] | None:
    """Where the trigger stands in the text (the first part of a split one «أبدى … استعداده»)."""
    first = ev.trigger.split("…")[0].strip() if ev.trigger else ""
    at = doc.text.find(first, ev.start, ev.end) if first else -1
    return (at, at + len(first)) if at >= 0 else None


class Attacher:
    """Attachment tests over the tokens of one document."""

    def __init__(self, doc: Doc, toks: list[Token]) -> None:
        self.doc = doc
        self.toks = toks
        self.starts = [t.start for t in toks]
        self._stems: list[str] | None = None
        self.triggers: list[tuple[int, int]] = []
        for e in doc.events:
            for ev in e.evidence[:1]:
                span = trigger_span(doc, ev)
                if span is not None:
                    self.triggers.append(span)

    def index(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        return bisect_left(self.starts, offset)

    def _between(self, a: int, b: int) -> list[Token]:
        return self.toks[self.index(a) : self.index(b)]

    def _punct(self, a: int, b: int) -> bool:
        return bool(_PUNCT.search(self.doc.text[a:b]))

    def belongs(self, t: Timex, trigger: tuple[int, int]) -> bool:
        """Whether expression `t` of the trigger's sentence may date the trigger's event."""
        ti = self.index(t.start)
        before = [tk.norm for tk in self.toks[max(0, ti - 5) : ti]]
        if self._bound(ti, trigger):
            return False  # «قبل أيام قليلة من قمة … يومي 1 و 2 نوفمبر»
        if t.text.lstrip("و").startswith("منذ") and before and before[-1] in _ONGOING:
            return False  # «الحرب الجارية منذ 19 شهرا»
        if before and stem(before[-1]) == "حدود" and t.kind == "absolute":
            return False  # «حدود الرابع من يونيو 1967»: a border
        if t.start >= trigger[1]:
            between = self._between(trigger[1], t.start)
            if any(tk.norm in _NESTED for tk in between):
                return False  # «يحاكم … بتهمة تفجير مسجد … يوم 26 يونيو»
            words = self.doc.text[trigger[0] : trigger[1]].split()
            own_head = 1 if words and words[-1].startswith("ال") else 0  # «الاتفاق النووي الذي»
            for k, tk in enumerate(between):
                if (
                    tk.norm in _RELATIVE
                    and k > own_head
                    and not {w.norm for w in between[max(0, k - 3) : k - 1]} & _DURING
                    and not (tk.norm in _MASCULINE and between[k - 1].norm.endswith("ه"))
                    and not self._punct(tk.end, t.start)  # «، الذي يشغل منصب …،» is closed
                ):
                    # «خلال الهدنة التي تبدأ أمس»: the clause dates a frame; «الاعتداء على
                    # القنصلية الذي»: a masculine pronoun skips the feminine noun to the trigger
                    return False
        elif t.end <= trigger[0] and any(
            tk.norm in _RELATIVE for tk in self.toks[max(0, ti - 4) : ti]
        ):
            return False  # «الدول التي تلتقي اعتبارا من غد … تؤكد أن الاتفاق»: the clause's date
        elif t.end <= trigger[0] and any(
            tk.norm in _RELATIVE for tk in self._between(t.end, trigger[0])
        ):
            return False
        return not self._other_trigger(t, trigger) and not self._topic_of(t, trigger)

    def _topic_of(self, t: Timex, trigger: tuple[int, int]) -> bool:
        """The trigger is the object of another event's trigger just before it («لمناقشة
        الاعتداء»، «أدان الرئيس التفجير») and `t` stands before that one: `t` dates the other."""
        if t.end > trigger[0]:
            return False
        for a, b in self.triggers:
            if b > trigger[0] or a < t.end or (a, b) == trigger:
                continue
            if len(self._between(b, trigger[0])) <= 1 and not self._punct(b, trigger[0]):
                return True
        return False

    def _bound(self, ti: int, trigger: tuple[int, int]) -> bool:
        """«قبل/بعد … من NP» between the trigger and token ti: the date bounds the event."""
        for k in range(ti - 1, max(-1, ti - 10), -1):
            tk = self.toks[k]
            if tk.end <= trigger[1] or self._punct(tk.end, self.toks[k + 1].start):
                return False
            if tk.norm == "من" and any(
                w.norm in _BOUND and w.start >= trigger[1] for w in self.toks[max(0, k - 3) : k]
            ):
                return True
        return False

    def _other_trigger(self, t: Timex, trigger: tuple[int, int]) -> bool:
        """Another event's trigger between ours and `t`, with `t` right after it."""
        lo, hi = (trigger[1], t.start) if t.start >= trigger[1] else (t.end, trigger[0])
        for a, b in self.triggers:
            if (
                not (lo <= a and b <= hi)
                or (a, b) == trigger
                or (a < trigger[1] and b > trigger[0])
            ):
                continue
            if b > t.start:
                continue
            gap = self._between(b, t.start)
            if (
                len(gap) > _ATTACH
                or any(tk.norm not in _CUES for tk in gap)
                or self._punct(b, t.start)
            ):
                continue
            k = self.index(a)
            if k > 0 and self.toks[k - 1].norm in _FRAME:
                continue  # «اتفقا أثناء اتصال هاتفي يوم الأربعاء»: the call frames the agreement
            return True
        return False

    def _keys(self, trigger: tuple[int, int]) -> tuple[str, str | None] | None:
        """(head stem, adjective stem or None) naming the event: the trigger's noun, or the noun
        a relative clause holding the trigger hangs on."""
        i = self.index(trigger[0])
        if i >= len(self.toks):
            return None
        head = i
        if i > 0 and self.toks[i - 1].norm in _RELATIVE and i >= 2:
            head = i - 2
            if (
                i >= 3
                and self.toks[i - 2].norm.startswith("ال")
                and self.toks[i - 3].norm.startswith("ال")
            ):
                head = i - 3
        h = self.toks[head].norm
        if len(stem(h)) < 3:
            return None
        nxt = self.toks[head + 1].norm if head + 1 < len(self.toks) else ""
        adj = (
            stem(nxt)
            if h.startswith(("ال", "لل", "وال", "بال"))
            and nxt.startswith("ال")
            and nxt not in _RELATIVE
            else None
        )
        return stem(h), adj

    def in_relative_clause(self, t: Timex) -> bool:
        """A relative pronoun shortly before `t` in its clause («الذي تم تأسيسه في عام 2009»)."""
        ti = self.index(t.start)
        for k in range(ti - 1, max(-1, ti - 7), -1):
            if self._punct(
                self.toks[k].end, self.toks[k + 1].start if k + 1 < len(self.toks) else t.start
            ):
                return False
            if self.toks[k].norm in _RELATIVE:
                return True
        return False

    def attached(self, span: tuple[int, int]) -> list[Timex]:
        """Expressions right before or after `span` in its clause (no punctuation between)."""
        out = []
        for t in self.doc.timexes:
            a, b = (span[1], t.start) if t.start >= span[1] else (t.end, span[0])
            if a > b or len(self._between(a, b)) > _COREF_WINDOW or self._punct(a, b):
                continue
            if self.belongs(t, span):
                out.append(t)
        return out

    def coreferent_dates(self, trigger: tuple[int, int], loose: bool = False) -> list[Timex]:
        """Expressions attached to other mentions of the event named at `trigger`. A bare
        noun («القمة») may name another event of its kind: it counts only when `loose`."""
        keys = self._keys(trigger)
        if keys is None or (keys[1] is None and not loose):
            return []
        head, adj = keys
        out: list[Timex] = []
        if self._stems is None:
            self._stems = [stem(tk.norm) for tk in self.toks]
        for k, tk in enumerate(self.toks):
            if self._stems[k] != head or (tk.start < trigger[1] and tk.end > trigger[0]):
                continue
            last = k
            if adj is not None:
                if k + 1 >= len(self.toks) or self._stems[k + 1] != adj:
                    continue
                last = k + 1
            end = self.toks[last].end
            sent = self.doc.sentence_at(end)
            for t in self.doc.timexes:
                if t.start < end or (sent is not None and t.start >= sent.end):
                    continue
                if len(self._between(end, t.start)) > _COREF_WINDOW or self._punct(end, t.start):
                    break
                if self.belongs(t, (tk.start, end)):
                    out.append(t)
                break
        return out
