"""One event per distinct event per document: repeated mentions merge, keeping all evidence.

Two events are the same when their types agree and each side agrees by country — equal,
or empty on one of them (a later «الهجوم» without its attacker is the attack named before).
CONSULT, AGREE and COOPERATE are symmetric: A meets B is B meets A. A visit is one event per
host country; an attack and the abduction told in its sentence are one attack, mode abduct.
A verb in the passive without its doer tells a new event and does not take an earlier doer.
The merged event keeps the fuller sides, the more specific mode and status,
and every piece of evidence.
"""

from __future__ import annotations

from wasit.doc import ActorRef, Event

SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: Rule tag of talks told as held during the event just named («بحثا خلاله»).
DURING_PREVIOUS = "during-previous"


def countries(side: list[ActorRef]) -> frozenset[str]:
    return frozenset(a.code.split(":", 1)[0] for a in side)


def _side_ok(a: frozenset[str], b: frozenset[str]) -> bool:
    return not a or not b or a == b


def same_event(a: Event, b: Event) -> bool:
    if a.type != b.type:
        return False
    if a.type == "ASSAULT" and "abduct" in (a.mode, b.mode) and a.status == b.status and _same_sentence(a, b):
        # «الهجوم الذي شنته حماس … تم اختطاف 250 شخصا»: an attack that takes hostages is one
        # ASSAULT, mode abduct (the guidelines' «one attack, one event»)
        return True
    # talks with no mode named with a visit or a call of the same parties are that visit or call
    # («أجرى اتصالا هاتفيا … وبحث الجانبان»)
    # (a call only where the talks are told right after it: a meeting elsewhere is another event)
    visit_meeting = a.type == "CONSULT" and (
        {a.mode, b.mode} == {None, "visit"} or ({a.mode, b.mode} == {None, "phone"} and _adjacent(a, b))
    )
    if a.mode != b.mode and not visit_meeting and ((a.mode and b.mode) or a.type == "CONSULT"):
        return False
    if a.status != b.status and (
        "negated" in (a.status, b.status) or {a.status, b.status} == {"requested", "asserted"}
    ):
        # («طالبت بالإفراج عن الأسرى» … «أفرجت عن الأسرى»: a demand and what was done are two; a
        # demand and a plan of the same event are one)
        return False
    aa, ar, ba, br = (
        countries(a.actor),
        countries(a.recipient),
        countries(b.actor),
        countries(b.recipient),
    )
    if not (aa or ar) or not (ba or br):
        return False
    if (_doerless(a) and ba) or (_doerless(b) and aa):
        return False
    if a.type in SYMMETRIC:
        sa, sb = aa | ar, ba | br
        if a.mode == "visit" or b.mode == "visit":
            return aa == ba and ar == br
        if (aa and ar) and (ba and br):
            return sa == sb
        return sa <= sb or sb <= sa
    return _side_ok(aa, ba) and _side_ok(ar, br) and bool((aa & ba) or (ar & br))


#: Rules that read a verb as passive: its doer is left unsaid, not lost.
_PASSIVE_RULES = ("recipient:passive-subject", "recipient:accused-alone")


def _doerless(e: Event) -> bool:
    """A verb told in the passive, without its doer («واتُّهمت القوات المتمردة بارتكاب …»,
    «قُتل ثلاثة جنود»): a new telling of what happened to someone, not an earlier event named
    again — a repeat names the event by its noun or with the doer it had."""
    return not e.actor and all(
        any(r in ev.rule for r in _PASSIVE_RULES) and "relative-clause" not in ev.rule
        and "result-idiom" not in ev.rule  # «وأسفر عن مقتل جنود»: what the attack told before did
        for ev in e.evidence
    )


def _during(ev: Event, kept: list[Event]) -> Event | None:
    """The latest CONSULT kept in the same or the previous sentence, when `ev` is talks told as
    held during it («بحثا خلاله»)."""
    if ev.type != "CONSULT" or not all(DURING_PREVIOUS in x.rule for x in ev.evidence):
        return None
    return next((k for k in reversed(kept) if k.type == "CONSULT" and _adjacent(k, ev)), None)


def _same_sentence(a: Event, b: Event) -> bool:
    return any(x.sentence == y.sentence for x in a.evidence for y in b.evidence)


def _adjacent(a: Event, b: Event) -> bool:
    """Some evidence of `a` and of `b` lies in the same or in consecutive sentences."""
    return any(abs(x.sentence - y.sentence) <= 1 for x in a.evidence for y in b.evidence)


def _bare_only(side: list[ActorRef]) -> bool:
    """Every actor of a non-empty side is a bare country code, without a sector."""
    return bool(side) and all(":" not in a.code for a in side)


def _with_sectors(keep: list[ActorRef], other: list[ActorRef]) -> list[ActorRef]:
    """`other` when it names the countries of the bare side `keep` with their sectors."""
    if _bare_only(keep) and not _bare_only(other) and countries(keep) == countries(other):
        return other
    return keep


def _absorb(keep: Event, other: Event) -> None:
    if not keep.actor and other.actor and countries(other.actor) != countries(keep.recipient):
        keep.actor = other.actor
    if (
        not keep.recipient
        and other.recipient
        and countries(other.recipient) != countries(keep.actor)
    ):
        keep.recipient = other.recipient
    # a side read from a place alone («PSE») gives way to the same country named with its
    # sector in another mention («تهديدات تنظيم داعش لحماس»: PSE:REB)
    keep.actor = _with_sectors(keep.actor, other.actor)
    keep.recipient = _with_sectors(keep.recipient, other.recipient)
    if not keep.mediator and other.mediator:
        keep.mediator = other.mediator
    if (keep.mode is None or (keep.type == "ASSAULT" and other.mode == "abduct")) and other.mode is not None:
        keep.mode = other.mode
    if keep.location is None:
        keep.location = other.location
    for a in other.attribution:
        if a not in keep.attribution:
            keep.attribution.append(a)
    keep.evidence.extend(other.evidence)


def merge_events(events: list[Event]) -> list[Event]:
    """Merge repeats, in order of first mention."""
    out: list[Event] = []
    for ev in events:
        during = _during(ev, out)
        if during is not None:
            # «تلقى اتصالا هاتفيا من الرئيس اليمني، بحثا خلاله …»: the talks are the latest call or
            # visit told just before; they add their evidence, not their own reading of the sides
            during.evidence.extend(ev.evidence)
            continue
        for kept in out:
            if same_event(kept, ev):
                _absorb(kept, ev)
                break
        else:
            out.append(ev)
    return out
