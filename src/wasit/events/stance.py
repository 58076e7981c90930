"""Sides of stances stated through a verb of telling or of receiving.

Two constructions put the sides of a stance outside the words the argument frames read:

- telling: «أبلغت قطر الولايات المتحدة أنها منفتحة على …» — the subject of the verb of telling
  takes the stance (the «أنها» points back to it) towards the one it tells, the verb's object;
- receiving: «حظيت جهود مصر بإشادة الولايات المتحدة»، «نال الاتفاق تأييد المجلس» — the one that
  praises or backs is the genitive after the noun, the subject of «حظي/نال» is who receives it.
"""

from __future__ import annotations

from itertools import pairwise

from wasit.ar.tokens import Token
from wasit.doc import ActorRef, Event, Mention
from wasit.events.frames import Group, refs_of
from wasit.events.triggers import TriggerMatch

#: Stances a speaker can tell another: giving way, refusing, backing
_TOLD_TYPES = frozenset({"CONCEDE", "REJECT", "SUPPORT"})
#: Stances a subject can receive from someone
_RECEIVED_TYPES = frozenset({"SUPPORT", "ACCUSE"})
_THAT = frozenset({"ان", "انه", "انها", "انهم", "انهما", "بان", "بانه", "بانها", "بانهم"})
_TOLD_REACH = 8  # tokens from the verb of telling to the stance word
_COORD_REACH = 6  # tokens from a received stance noun to one coordinated with it


def _bare(norm: str) -> str:
    return norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm


def _refs(mentions: list[Mention], g: Group) -> list[ActorRef]:
    return [r for i in g.members for r in refs_of(mentions, i)]


def _actors(groups: list[Group]) -> list[Group]:
    return [g for g in groups if not (g.town or g.adjective)]


def _subject_and_object(groups: list[Group], verb: int, upto: int) -> tuple[Group | None, Group | None]:
    """Subject and object of the verb at token `verb`, the object before token `upto`.

    SVO («قطر أبلغت واشنطن»): the group ending right before the verb, then the first after it;
    VSO («أبلغت قطر واشنطن»): the first two groups after the verb.
    """
    cands = _actors(groups)
    after = [g for g in cands if verb < g.first_tok < upto and g.prep is None]
    before = [g for g in cands if g.last_tok == verb - 1]
    if before:
        return before[0], after[0] if after else None
    if len(after) >= 2:
        return after[0], after[1]
    return (after[0], None) if after else (None, None)


def told_stances(
    events: list[Event], trigger_at: dict[int, int], triggers: list[TriggerMatch], groups: list[Group],
    toks: list[Token], mentions: list[Mention], telling: frozenset[str],
) -> None:
    """«أبلغ X Y أنه …» + stance: X takes the stance towards Y."""
    at = {t.start: t for t in triggers}
    for ev in events:
        m = at.get(trigger_at.get(id(ev), -1))
        if m is None or ev.type not in _TOLD_TYPES:
            continue
        that = next((k for k in range(m.first - 1, max(-1, m.first - 4), -1) if _bare(toks[k].norm) in _THAT), None)
        if that is None:
            continue
        verb = next(
            (k for k in range(that - 1, max(-1, m.first - _TOLD_REACH), -1) if _bare(toks[k].norm) in telling),
            None,
        )
        if verb is None:
            continue
        subj, obj = _subject_and_object(groups, verb, that)
        if subj is None or obj is None:
            continue
        ev.actor, ev.recipient = _refs(mentions, subj), _refs(mentions, obj)
        ev.evidence[0].rule += " sides:told"


def received_stances(
    events: list[Event], trigger_at: dict[int, int], triggers: list[TriggerMatch], groups: list[Group],
    toks: list[Token], mentions: list[Mention], receiving: frozenset[str],
    carried: list[Group] | None,
) -> None:
    """«حظي Y بإشادة X»: X (already the noun's genitive actor) praises Y, the verb's subject.

    When the subject names no actor («حظيت جهود الوساطة بإشادة …»), the subject of the sentence
    before, whose efforts these are, receives it.
    """
    at = {t.start: t for t in triggers}
    last: tuple[int, list[ActorRef]] | None = None  # (last token, recipient) of the latest one read
    for ev in sorted(events, key=lambda e: trigger_at.get(id(e), -1)):
        m = at.get(trigger_at.get(id(ev), -1))
        if m is None or ev.type not in _RECEIVED_TYPES or m.spec.verb or not ev.actor:
            continue
        if last is not None and m.prefix[:1] == "و" and 0 < m.first - last[0] <= _COORD_REACH and not ev.recipient:
            # «حظيت … بإشادة X وإشادة نادرة من Y»: the coordinated noun is received by the same subject
            ev.recipient = list(last[1])
            ev.evidence[0].rule += " recipient:receiver-coordinated"
            continue
        verb = next(
            (k for k in range(m.first - 1, max(-1, m.first - 6), -1) if _bare(toks[k].norm) in receiving),
            None,
        )
        if verb is None:
            continue
        mine = {a.code for a in ev.actor}
        subj = [
            g for g in _actors(groups)
            if verb < g.first_tok < m.first and g.prep is None
            and not {r.code for r in _refs(mentions, g)} & mine
        ]
        source = subj[:1] or [g for g in (carried or []) if not {r.code for r in _refs(mentions, g)} & mine][:1]
        if not source:
            continue
        ev.recipient = _refs(mentions, source[0])
        ev.evidence[0].rule += " recipient:receiver" + ("" if subj else "-carried")
        last = (m.last, ev.recipient)


#: Verbs of accusing whose object is the accused and whose «بـ» phrase is the charge
_ACCUSING = ("اتهم", "تهم")
_CHARGE_GAP = 2  # words allowed between the accused and the charge («كذلك»، «أيضا»)


def accused_alone(
    events: list[Event], trigger_at: dict[int, int], triggers: list[TriggerMatch], groups: list[Group],
    toks: list[Token], mentions: list[Mention],
) -> None:
    """«واتُّهمت القوات المتمردة بارتكاب فظائع»: one noun between «اتهم» and the charge is the accused.

    «اتهم» takes the accused as its object and the charge with «بـ»; with a subject it names two
    actors before the charge («اتهمت الحكومة المتمردين بـ…»). When only one actor stands between
    the verb and the charge and none before the verb, the verb is the unvowelled passive (or its
    subject was dropped): that actor is the accused, and the accuser is the subject carried from
    the sentence before, or unnamed.
    """
    at = {t.start: t for t in triggers}
    cands = _actors(groups)
    for ev in events:
        m = at.get(trigger_at.get(id(ev), -1))
        if m is None or ev.type != "ACCUSE" or not m.spec.verb or m.suffixed:
            continue
        if _bare(toks[m.first].norm).endswith(("مه", "مها", "مهم", "مهما")):
            continue  # «اتهمه الجيش بـ…»: the accused is the pronoun, the noun is the accuser
        if not any(_bare(toks[m.first].norm).lstrip("سيتن").startswith(s) or s in toks[m.first].norm for s in _ACCUSING):
            continue
        if any(g.last_tok == m.first - 1 for g in cands):
            continue  # «الحكومة اتهمت …»: the subject is before the verb
        charge = next(
            (k for k in range(m.last + 1, min(len(toks), m.last + 10)) if toks[k].norm[:1] == "ب"
             and not any(g.first_tok <= k <= g.last_tok for g in groups)),
            None,
        )
        if charge is None:
            continue
        between = [g for g in groups if m.last < g.first_tok and g.last_tok < charge]
        if len(between) != 1 or between[0] not in cands or between[0].prep is not None or len(between[0].members) != 1:
            continue
        if charge - between[0].last_tok > _CHARGE_GAP:
            continue
        accused = _refs(mentions, between[0])
        codes = {r.code for r in accused}
        # a subject carried from the sentence before stays the accuser («… واتهم إسرائيل بـ…»)
        ev.actor = [a for a in ev.actor if a.code not in codes]
        ev.recipient = accused
        ev.evidence[0].rule += " recipient:accused-alone"


_STANCE_TYPES = frozenset({"REJECT", "CONCEDE", "SUPPORT"})
_STANCE_OBJECT_REACH = 3  # tokens from the stance word to the «لـ» request (its subject between)


def answered_requests(
    events: list[Event], trigger_at: dict[int, int], triggers: list[TriggerMatch], groups: list[Group],
    toks: list[Token], mentions: list[Mention],
) -> None:
    """«رفض الكويت لطلب الدوحة»، «قبول مصر لدعوة الأمم المتحدة»: Y asked X, X answers.

    A request word with «لـ» right after a refusal, acceptance or welcome (and its subject) is
    that stance's object; the request's own genitive names who asked, and who answers is who was
    asked.
    """
    at = {t.start: t for t in triggers}
    by_start = {trigger_at[id(e)]: e for e in events if id(e) in trigger_at}
    cands = _actors(groups)
    for ev in events:
        m = at.get(trigger_at.get(id(ev), -1))
        if m is None or ev.type != "REQUEST" or _bare(toks[m.first].norm)[:1] != "ل":
            continue
        stance = next(
            (by_start[t.start] for t in triggers
             if t.start in by_start and by_start[t.start].type in _STANCE_TYPES
             and 0 < m.first - t.last <= _STANCE_OBJECT_REACH),
            None,
        )
        asker = next((g for g in cands if g.first_tok == m.last + 1 and g.prep is None), None)
        if stance is None or asker is None or not stance.actor:
            continue
        ev.actor = _refs(mentions, asker)
        ev.recipient = [a for a in stance.actor if a.code not in {r.code for r in ev.actor}]
        ev.evidence[0].rule += " actor:genitive-of-answered,recipient:answerer"
        if not stance.recipient or {r.code for r in stance.recipient} == {r.code for r in stance.actor}:
            stance.recipient = list(ev.actor)


def reciprocal_releases(events: list[Event]) -> None:
    """«ستطلق سراح المحتجزين لديها إذا أطلق العدو سراح أسرانا»: an exchange of captives.

    Two releases in one sentence by sides of two different countries free each other's people:
    one that names no one freed frees the other side's (its country).
    """
    rel = [e for e in events if e.type == "RETREAT" and e.mode == "release" and e.actor]
    if len(rel) != 2:
        return
    homes = [{r.code.split(":")[0] for r in e.actor} for e in rel]
    if any(len(h) != 1 for h in homes) or homes[0] == homes[1]:
        return
    for e, other in ((rel[0], homes[1]), (rel[1], homes[0])):
        if not e.recipient:
            e.recipient = [ActorRef(next(iter(other)))]
            e.evidence[0].rule += " recipient:exchange"


def shared_subjects(events: list[Event], trigger_at: dict[int, int], triggers: list[TriggerMatch]) -> None:
    """«حماس تعلن أنها ستلتزم بوقف إطلاق النار، وستطلق سراح المحتجزين»: coordinated verbs share
    a subject. A verb with «و» that found no subject of its own takes the actor of the event
    before it in the sentence."""
    at = {t.start: t for t in triggers}
    ordered = sorted((e for e in events if id(e) in trigger_at), key=lambda e: trigger_at[id(e)])
    for prev, ev in pairwise(ordered):
        m = at.get(trigger_at[id(ev)])
        if m is None or not m.spec.verb or m.prefix[:1] != "و" or ev.actor or not prev.actor:
            continue
        ev.actor = list(prev.actor)
        ev.evidence[0].rule += " actor:shared-subject"


_UNDERGO_GAP = 4  # words of the subject between the verb of undergoing and the accusation


def _says(toks: list[Token], k: int, phrase: tuple[str, ...]) -> bool:
    """The words from token k on are `phrase` (the first may carry «و»/«ف»)."""
    words = toks[k : k + len(phrase)]
    return len(words) == len(phrase) and all(
        (_bare(t.norm) if i == 0 else t.norm) == w for i, (t, w) in enumerate(zip(words, phrase, strict=True))
    )


def undergone_accusations(
    events: list[Event], trigger_at: dict[int, int], triggers: list[TriggerMatch], toks: list[Token],
    undergoing: tuple[tuple[str, ...], ...],
) -> None:
    """«تعرضت الوزيرة لانتقادات»، «ووُجّهت لها انتقادات»: the subject is criticised, not criticising.

    An accusation noun right after a verb of undergoing has the clause's subject as its target;
    its author, unless a «من» phrase names one, is unnamed.
    """
    at = {t.start: t for t in triggers}
    for ev in events:
        m = at.get(trigger_at.get(id(ev), -1))
        if m is None or ev.type != "ACCUSE" or m.spec.verb or not ev.actor or ev.recipient:
            continue
        if "actor:from" in ev.evidence[0].rule:
            continue
        if not any(
            _says(toks, k, p) for p in undergoing
            for k in range(max(0, m.first - len(p) - _UNDERGO_GAP), m.first - len(p) + 1)
        ):
            continue
        ev.actor, ev.recipient = [], ev.actor
        ev.evidence[0].rule += " recipient:undergoer"
