"""Stage `event_dates`: every event gets the date its sentence states, else the publication
date marked as such (`date_source = "publication"`).

The time expression chosen is the one of the event's evidence sentence nearest to its
trigger; an expression after the trigger in the same clause is preferred at equal distance.
An expression that cannot be resolved (a relative date without a publication date) leaves
the date None (`date_source = None`): the sentence says when, but not in a form we can place.
"""

from __future__ import annotations

from typing import ClassVar

from wasit.doc import Doc, Event, Timex


def _evidence_span(doc: Doc, event: Event) -> tuple[int, int, int, int, int] | None:
    """(sentence, span start, span end, trigger start, trigger end) of the first evidence."""
    if not event.evidence:
        return None
    ev = event.evidence[0]
    t_start, t_end = ev.start, ev.end
    if ev.trigger:
        at = doc.text.find(ev.trigger, ev.start, ev.end)
        if at >= 0:
            t_start, t_end = at, at + len(ev.trigger)
    return ev.sentence, ev.start, ev.end, t_start, t_end


def _distance(t: Timex, start: int, end: int) -> tuple[int, int]:
    if t.end <= start:
        return start - t.end, 1
    if t.start >= end:
        return t.start - end, 0
    return 0, 0


def _nearest(timexes: list[Timex], span: tuple[int, int], trigger: tuple[int, int]) -> Timex | None:
    """Inside the evidence span first, then nearest the trigger (after it at equal distance)."""
    best: tuple[tuple[int, int, int], Timex] | None = None
    for t in timexes:
        inside = 0 if t.start >= span[0] and t.end <= span[1] else 1
        key = (inside, *_distance(t, *trigger))
        if best is None or key < best[0]:
            best = (key, t)
    return best[1] if best else None


def _future_for_past(doc: Doc, event: Event, t: Timex) -> bool:
    """A date after publication cannot be the date of an event the text says happened."""
    if event.status != "asserted" or not doc.pub_date or not t.value:
        return False
    return t.value.split("/")[0] > doc.pub_date[:10]


def date_event(doc: Doc, event: Event) -> None:
    span = _evidence_span(doc, event)
    if span is not None:
        sent_idx, start, end, t_start, t_end = span
        sent = next((s for s in doc.sentences if s.idx == sent_idx), None) or doc.sentence_at(start)
        if sent is not None:
            in_sentence = [
                t for t in doc.timexes
                if sent.start <= t.start < sent.end and not _future_for_past(doc, event, t)
            ]  # fmt: skip
            chosen = _nearest(in_sentence, (start, end), (t_start, t_end))
            if chosen is not None:
                event.date = chosen.value
                event.date_source = "text" if chosen.value else None
                return
    if doc.pub_date:
        event.date = doc.pub_date[:10]
        event.date_source = "publication"
    else:
        event.date = None
        event.date_source = None


class EventDater:
    """Stage: sets `Event.date` and `Event.date_source` for every event of the document."""

    name: ClassVar[str] = "event_dates"
    requires: ClassVar[tuple[str, ...]] = ("events", "timexes")
    assigns: ClassVar[tuple[str, ...]] = ("event_dates",)

    def __call__(self, doc: Doc) -> Doc:
        for event in doc.events:
            date_event(doc, event)
        return doc
