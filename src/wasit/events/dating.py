"""Stage `event_dates`: every event gets the date the text gives it, else the date of the
news the article reports, else the publication date marked as such.

In order:
1. A time expression of the sentence of the event's first evidence, nearest the trigger (after
   it at equal distance, fewer clause breaks first); for a merged event, else one attached to
   the trigger of a later mention. An expression does not count for the event when it belongs
   to something else (`wasit.events.dating_attach`): a relative clause the trigger is not the
   head of, the main clause of a relative clause the trigger is in, another event's trigger it
   follows at once, the event the trigger is the topic of («لمناقشة الاعتداء»), a charge or
   cause («بتهمة تفجير … يوم»), «قبل أيام من» (a bound), «الحرب الجارية منذ» (the start of a
   state), «حدود 1967» (a border).
2. The same event named elsewhere in the document gives its date when step 1 found none: the
   same noun phrase with a date attached («الاتفاق النووي المبرم في 14 يوليو»), or a coded
   event of the same type and sides. A bare noun named again («التفجير الذي وقع يوم الاثنين»)
   only makes a vague date precise («هذا الأسبوع»).
3. A sentence that points back — a demonstrative naming the event («هذه الاجتماعات»), one
   opening the sentence («وقاد هذا الوفد»), «عقب ذلك» — takes the date of the sentence before
   (not one of its relative clauses).
4. The news date: the first day of the lead sentence that lies in the week before publication
   («أعلنت المنظمة أمس»), for asserted or negated events of the lead and later sentences
   (`date_source = "lead"`); a dateline («عين اليوم – واشنطن») is not a lead.
5. The publication date (`date_source = "publication"`).

A date after publication never goes to an event the text says happened, unless the expression
itself says future («22 أكتوبر المقبل»). An expression that cannot be resolved (a relative
date without a publication date) leaves the date None.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import ClassVar

from wasit.ar.dates import is_future_word
from wasit.ar.normalize import normalize
from wasit.ar.tokens import Token, tokenize
from wasit.doc import Doc, Event, Sentence, Timex
from wasit.events.dating_attach import Attacher, trigger_span

_DEMONSTRATIVES = {"هذه", "هذا", "هذين", "هاتين", "تلك", "ذلك", "هذان", "هاتان"}
_AFTER_THAT = {"عقب", "بعد", "اثر", "وبعد", "وعقب", "واثر", "قبل", "وقبل"}
_LEAD_DAYS = 7
_OPENING = 3  # words at the start of a sentence where a demonstrative continues the story


def _points_back(words: list[str], k: int) -> bool:
    """A demonstrative before a noun at word k («هذه الاجتماعات»)."""
    return words[k] in _DEMONSTRATIVES and k + 1 < len(words) and words[k + 1].startswith("ال")


def _trigger_span(doc: Doc, event: Event) -> tuple[int, int] | None:
    if not event.evidence:
        return None
    ev = event.evidence[0]
    return trigger_span(doc, ev) or (ev.start, ev.end)


def _sentences(doc: Doc, event: Event) -> list[Sentence]:
    """The sentences of the event's first evidence (its span may cross a sentence end)."""
    ev = event.evidence[0]
    return [
        s for s in doc.sentences if s.idx == ev.sentence or (s.start < ev.end and ev.start < s.end)
    ]


def _distance(t: Timex, start: int, end: int) -> tuple[int, int]:
    if t.end <= start:
        return start - t.end, 1
    if t.start >= end:
        return t.start - end, 0
    return 0, 0


_SAYS_FUTURE = {"المقبل", "المقبله", "القادم", "القادمه", "الاتي", "الاتيه", "غد", "غدا", "الغد"}


def _future_for_past(
    doc: Doc, event: Event, value: str | None, text: str = "", future_clause: bool = False
) -> bool:
    """A date after publication cannot be the date of an event the text says happened —
    unless the expression itself says future («22 أكتوبر المقبل») and the event's clause
    does too («ستمثل … أمام لجنة لمناقشة»): then the event has not happened, whatever its
    status says."""
    if event.status != "asserted" or not doc.pub_date or not value:
        return False
    if future_clause and _SAYS_FUTURE & set(re.findall(r"\w+", normalize(text))):
        return False
    return value.split("/")[0] > doc.pub_date[:10]


def _agrees(precise: str, vague: str) -> bool:
    return len(precise.split("/")[0]) > len(vague.split("/")[0]) and precise.startswith(
        vague.split("/")[0]
    )


_SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}


def _same_event(a: Event, b: Event) -> bool:
    """Same type and the same countries on each side (either way round for symmetric types)."""
    if a.type != b.type:
        return False
    sides_a = ({r.code.split(":")[0] for r in a.actor}, {r.code.split(":")[0] for r in a.recipient})
    sides_b = ({r.code.split(":")[0] for r in b.actor}, {r.code.split(":")[0] for r in b.recipient})
    if not sides_a[0] or not sides_a[1]:
        return False  # one side unknown: too little to call it the same event
    return sides_a == sides_b or (a.type in _SYMMETRIC and sides_a == sides_b[::-1])


class _DocDater:
    """Dates the events of one document (tokens and the lead date computed once)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.toks: list[Token] = tokenize(doc.text)
        self.attach = Attacher(doc, self.toks)
        self.lead, self.lead_sentence = self._lead()

    def _lead(self) -> tuple[str | None, int]:
        pub = self.doc.pub_date
        if not pub:
            return None, -1
        try:
            p = dt.date.fromisoformat(pub[:10])
        except ValueError:
            return None, -1
        long = [s for s in self.doc.sentences[:3] if len(s.text.split()) >= 5]
        if not long:
            return None, -1
        first = long[0]
        for t in self.doc.timexes:
            if first.start <= t.start < first.end and t.value and len(t.value.split("/")[0]) == 10:
                day = dt.date.fromisoformat(t.value[:10])
                if p - dt.timedelta(days=_LEAD_DAYS) <= day <= p:
                    return t.value, first.idx
        return None, -1

    def _boundaries(self, t: Timex, trigger: tuple[int, int]) -> int:
        """Clause breaks (commas, semicolons) between the trigger and `t`."""
        a, b = (trigger[1], t.start) if t.start >= trigger[1] else (t.end, trigger[0])
        return sum(self.doc.text.count(c, a, b) for c in "،,;؛")

    def _future_clause(self, trigger: tuple[int, int]) -> bool:
        """A future verb or marker between the sentence start and the trigger."""
        sent = self.doc.sentence_at(trigger[0])
        start = sent.start if sent is not None else 0
        index = self.attach.index
        return any(is_future_word(tk.norm) for tk in self.toks[index(start) : index(trigger[1])])

    def own(self, event: Event, trigger: tuple[int, int]) -> Timex | None:
        """Step 1: the nearest expression of the first evidence's sentence that is the event's,
        else one attached to the trigger of a later evidence (a merged mention)."""
        best: tuple[tuple[int, int, int, int], Timex] | None = None
        sentences = _sentences(self.doc, event) if event.evidence else []
        future = self._future_clause(trigger)
        for t in self.doc.timexes:
            if not any(s.start <= t.start < s.end for s in sentences):
                continue
            if _future_for_past(
                self.doc, event, t.value, t.text, future
            ) or not self.attach.belongs(t, trigger):
                continue
            same = (
                0
                if any(
                    s.start <= trigger[0] < s.end and s.start <= t.start < s.end for s in sentences
                )
                else 1
            )
            key = (same, self._boundaries(t, trigger), *_distance(t, *trigger))
            if best is None or key < best[0]:
                best = (key, t)
        if best is not None:
            return best[1]
        for ev in event.evidence[1:]:
            span = trigger_span(self.doc, ev)
            if span is None:
                continue
            for t in self.attach.attached(span):
                if not _future_for_past(self.doc, event, t.value, t.text):
                    return t
        return None

    def elsewhere(self, event: Event, trigger: tuple[int, int]) -> str | None:
        """Step 2: a date attached to another mention of the same event: the same noun phrase
        («الاتفاق النووي المبرم في 14 يوليو»), or a coded event of the same type and sides."""
        for t in self.attach.coreferent_dates(trigger):
            if t.value and not _future_for_past(self.doc, event, t.value):
                return t.value
        for other in self.doc.events:
            if other is event or not _same_event(event, other):
                continue
            span = _trigger_span(self.doc, other)
            theirs = self.own(other, span) if span is not None else None
            if (
                theirs is not None
                and theirs.value
                and not _future_for_past(self.doc, event, theirs.value)
            ):
                return theirs.value
        return None

    def previous(self, event: Event, trigger: tuple[int, int]) -> str | None:
        """Step 3: the date of the sentence before one that points back to it."""
        sent = self.doc.sentence_at(trigger[0])
        if sent is None:
            return None
        # «هذه الاجتماعات»: the demonstrative names the event itself; «وقاد هذا الوفد» opens the
        # sentence with the story's subject; «عقب ذلك» follows on from it. «رفض هذه الاتهامات»:
        # a new event of an old object.
        index = self.attach.index
        first, last = index(trigger[0]), index(trigger[1])
        words = [tk.norm for tk in self.toks[max(0, first - 1) : last]]
        clause = [tk.norm for tk in self.toks[index(sent.start) : first]]
        names_it = any(_points_back(words, k) for k in range(len(words)))
        names_it = names_it or any(
            _points_back(clause, k) for k in range(min(len(clause), _OPENING))
        )
        follows = any(
            clause[k] in _DEMONSTRATIVES and clause[k - 1] in _AFTER_THAT
            for k in range(1, len(clause))
        )
        if not (names_it or follows):
            return None
        before = [s for s in self.doc.sentences if s.end <= sent.start][-2:]
        for s in reversed(before):
            dated = [t for t in self.doc.timexes if s.start <= t.start < s.end and t.value]
            dated = [
                t
                for t in dated
                if not _future_for_past(self.doc, event, t.value)
                and not self.attach.in_relative_clause(t)
            ]
            if dated:
                return dated[-1].value
        return None

    def date(self, event: Event) -> None:
        trigger = _trigger_span(self.doc, event)
        if trigger is not None:
            t = self.own(event, trigger)
            if t is not None and t.value is None:
                event.date, event.date_source = None, None
                return
            found = t.value if t is not None else None
            other = self.elsewhere(event, trigger)
            if other is not None and (found is None or _agrees(other, found)):
                found = other
            elif (
                found is not None
            ):  # «تفجير … هذا الأسبوع» made precise by «التفجير الذي وقع يوم الاثنين»
                found = next(
                    (
                        x.value
                        for x in self.attach.coreferent_dates(trigger, loose=True)
                        if x.value and _agrees(x.value, found)
                    ),
                    found,
                )
            if found is None:
                found = self.previous(event, trigger)
            if found is not None:
                event.date, event.date_source = found, "text"
                return
            sent = self.doc.sentence_at(trigger[0])
            if (
                self.lead is not None
                and sent is not None
                and sent.idx >= self.lead_sentence
                and event.status in ("asserted", "negated")  # a plan is not dated by past news
            ):
                event.date, event.date_source = self.lead, "lead"
                return
        if self.doc.pub_date:
            event.date, event.date_source = self.doc.pub_date[:10], "publication"
        else:
            event.date, event.date_source = None, None


def date_event(doc: Doc, event: Event) -> None:
    """Date one event (builds the document's tables: use `EventDater` for a whole document)."""
    _DocDater(doc).date(event)


class EventDater:
    """Stage: sets `Event.date` and `Event.date_source` for every event of the document."""

    name: ClassVar[str] = "event_dates"
    requires: ClassVar[tuple[str, ...]] = ("events", "timexes")
    assigns: ClassVar[tuple[str, ...]] = ("event_dates",)

    def __call__(self, doc: Doc) -> Doc:
        if not doc.events:
            return doc
        dater = _DocDater(doc)
        for event in doc.events:
            dater.date(event)
        return doc
