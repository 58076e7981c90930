"""The `events` stage: PLOVER events with actor, recipient, mediator, status and evidence.

For each sentence: find the triggers (`wasit.events.triggers`), read their arguments from the
resolved actor mentions (`wasit.events.frames`), their status and attribution
(`wasit.events.status`), then merge repeats across the document (`wasit.events.merge`).
Sentences whose speaker is a commentator are not coded; events with no actor on any side are
dropped unless `keep_actorless` is set (used for sentence-level detection benchmarks).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import ClassVar

from wasit.actors.compose import NOT_STATES
from wasit.actors.places import find_places
from wasit.actors.recognizer import ITEM_MARKS
from wasit.ar.normalize import normalize
from wasit.ar.tokens import Token, clitic_splits, tokenize
from wasit.doc import PLAIN_PEOPLE_SECTORS, ActorRef, Doc, Event, Evidence, Mention, Sentence
from wasit.events.detect import (
    detected,
    features,
    gathering,
    keep_sideless,
    load_model,
    split_detections,
)
from wasit.events.frames import (
    RELATIVE_DOER_VERBS,
    RELATIVES,
    Group,
    Roles,
    assign_roles,
    build_groups,
    parties,
    refs_of,
    split_between,
    verb_gender,
)
from wasit.events.lexicon import TriggerLexicon, load_lexicon
from wasit.events.merge import DURING_PREVIOUS, countries, merge_events
from wasit.events.stance import (
    accused_alone,
    answered_requests,
    received_stances,
    reciprocal_releases,
    shared_subjects,
    told_stances,
    undergone_accusations,
)
from wasit.events.status import (
    Cues,
    find_attribution,
    is_commentary,
    is_sports,
    load_cues,
    read_status,
)
from wasit.events.triggers import TriggerMatch, find_triggers

#: An event whose two sides the frames found is kept when the model scores it this fraction of
#: its threshold. 1.0 since the cross-validated models (issue 5): their threshold is chosen for
#: the sentence decision itself, and halving it let wrongly framed attacks through.
_FRAMED_FACTOR = 1.0
#: Protesters and mobilised forces nobody names are those of the place (or of the country the
#: document is about): civilians protest, security forces mobilise.
_CROWD_TYPES = {"PROTEST": ":CVL", "MOBILIZE": ":MIL"}
_PRIVATE = (":CVL", ":BUS", ":CRM")
_TALK_TYPES = frozenset({"CONSULT", "AGREE", "SANCTION"})
#: «بوساطة X»، «برعاية X»: X brokers the other events of the sentence.
_BROKER_REACH = 80  # characters between a broker phrase and the events it brokers
_BROKER_PHRASES = frozenset({"بوساطه", "برعايه"})
#: Event types that can have a broker.
_BROKERED = frozenset({"CONSULT", "AGREE", "RETREAT", "COOPERATE"})
_CONFIRMED_TYPES = frozenset({"ASSAULT", "PROTEST"})
_MILITARY_TYPES = frozenset({"ASSAULT", "MOBILIZE"})
#: Types whose event is done *to* someone: without an identified target the event is not coded
#: («وافق البرلمان على القانون» is a vote, «أبدى ندمه» a feeling, «الدعم المالي» a topic). A side
#: left empty matches only a gold side left empty, and the guidelines leave these sides empty
#: only for PROTEST, MOBILIZE and a truce in force.
TARGETED_TYPES = frozenset({"AID", "CONCEDE", "SUPPORT", "THREATEN", "SANCTION", "COOPERATE", "COERCE"})
#: Modes that need a second side too: a release frees someone, a call or a visit has a host.
TARGETED_MODES = frozenset({("RETREAT", "release"), ("CONSULT", "phone"), ("CONSULT", "visit")})
#: Types whose event somebody *does*: without an identified doer the event is not coded. An
#: unnamed side is the guidelines' way for attacks, arrests, accusations and agreements whose author
#: the text withholds («اتُّهمت القوات»، «التوصل إلى اتفاق»); praise, aid, talks, demands, refusals,
#: threats, sanctions and releases with no doer found are a frame that missed its subject, and an
#: empty side matches only an empty gold side.
ACTOR_REQUIRED_TYPES = frozenset({
    "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "REJECT", "THREATEN", "SANCTION",
})
#: Nouns of proposals: the truce or release named after them is not (yet) an event.
_PROPOSALS = frozenset(
    normalize(w) for w in ("مقترح", "المقترح", "اقتراح", "الاقتراح", "مبادرة", "المبادرة", "خطة", "الخطة",
                           "عرض", "العرض", "مشروع", "مسودة", "ورقة", "شروط")
)  # fmt: skip
#: Types a media outlet can be the actor of (it criticises, praises, asks, refuses); in any other
#: event a newspaper or an agency before the trigger is the source («رويترز عن الوزيرة: سنفرض»).
_MEDIA_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "PROTEST"})
#: What a denial denies: accusations and reports, not a demand.
_CLAIM_NOUNS = frozenset(
    normalize(w) for w in ("اتهامات", "الاتهامات", "اتهام", "الاتهام", "مزاعم", "المزاعم", "ادعاءات",
                           "الادعاءات", "التقارير", "تقارير", "الأنباء", "أنباء", "الشائعات", "شائعات",
                           "معلومات", "المعلومات", "رواية", "الرواية", "روايات")
)  # fmt: skip
_DENIALS = frozenset(
    normalize(w) for w in ("رفض", "رفضت", "يرفض", "ترفض", "نفى", "نفت", "ينفي", "تنفي", "أنكر", "أنكرت",
                           "ينكر", "تنكر", "دحض", "دحضت", "فند", "فندت")
)  # fmt: skip
_TOLL_WORDS = frozenset(normalize(w) for w in ("عدد", "حصيلة", "أعداد", "إجمالي", "ارتفاع"))
_STOPPING = frozenset(normalize(w) for w in ("وقف", "إنهاء", "إيقاف", "لوقف"))
_REJECTED_REACH = 5  # tokens from a refusal to the event noun it refuses
#: Event nouns that a refusal before them keeps from happening («رفضت إسرائيل وقف إطلاق النار»،
#: «ترفض التفاوض مع»، «رفض أي شكل من أشكال التهجير»); a request, a threat or an accusation
#: refused did take place («رفض طلب الدوحة»). Uses of force refused are never coded; the others
#: are when asked for (status `requested`: «رفض الاستعانة بوساطة الكويت»).
_FORCE_REFUSABLE = frozenset({"COERCE", "ASSAULT", "SANCTION", "MOBILIZE"})
_REFUSABLE = frozenset({
    "COERCE", "ASSAULT", "SANCTION", "MOBILIZE", "CONSULT", "AGREE", "COOPERATE", "RETREAT", "CONCEDE", "AID",
    "SUPPORT",
})
_HEADING_WORDS = 4  # a line this short with no end mark and no actor is a subheading
_STATE_SECTORS = (":GOV", ":JUD", ":COP", ":MIL", ":SPY", ":LEG")
_STATE_KINDS = frozenset({"country", "capital", "city", "place", "location", "adjective", "nationality", "gpe"})


class EventCoder:
    """Stage: fills `Doc.events` from sentences and actor mentions, and `Doc.detections` with
    the attacks and protests the sentence model detected where no side could be read."""

    name: ClassVar[str] = "events"
    requires: ClassVar[tuple[str, ...]] = ("sentences", "mentions")
    assigns: ClassVar[tuple[str, ...]] = ("events", "detections")

    def __init__(
        self, lexicon: str | None = None, keep_actorless: bool = False, confirm: bool = True
    ) -> None:
        self.lexicon_path = lexicon
        self.keep_actorless = keep_actorless
        self.confirm = confirm

    @property
    def lexicon(self) -> TriggerLexicon:
        return load_lexicon(self.lexicon_path)

    def __call__(self, doc: Doc) -> Doc:
        events = code_events(doc, self.lexicon, load_cues(), self.keep_actorless, self.confirm)
        if self.keep_actorless:
            doc.events, doc.detections = events, []
        else:
            doc.events, doc.detections = split_detections(events)
        return doc


#: Adjectives a recogniser may read as a country but that mostly mean something else
#: («الدعم المالي» is financial support, not Mali).
_FALSE_ADJECTIVES = frozenset(normalize(w) for w in ("المالي", "المالية", "ماليا", "مالية", "الماليه"))


def dominant_country(mentions: list[Mention]) -> str | None:
    """The state the document mentions most (ties: the first mentioned); None without any."""
    counts: dict[str, int] = {}
    for m in mentions:
        c = m.country
        if len(c) == 3 and c not in ("IGO", "NGO", "MNC", "IMG", "UNO", "EUR", "UNK"):
            counts[c] = counts.get(c, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def _mentions_by_sentence(doc: Doc) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for i, m in enumerate(doc.mentions):
        if normalize(m.text) in _FALSE_ADJECTIVES:
            continue
        s = m.sentence if m.sentence >= 0 else _sentence_of(doc.sentences, m.start)
        out.setdefault(s, []).append(i)
    return out


def _sentence_of(sentences: list[Sentence], pos: int) -> int:
    for s in sentences:
        if s.start <= pos < s.end:
            return s.idx
    return -1


def code_events(
    doc: Doc, lexicon: TriggerLexicon, cues: Cues, keep_actorless: bool = False,
    confirm: bool = True,
) -> list[Event]:
    by_sent = _mentions_by_sentence(doc)
    dominant = dominant_country(doc.mentions)
    text = doc.text
    events: list[Event] = []
    background: list[Event] = []  # attacks the sentence model did not confirm: context only
    carried: list[Group] | None = None
    for sent in doc.sentences:
        toks = tokenize(sent.text, sent.start)
        if not toks:
            continue
        if sent.text.lstrip()[:1] in ITEM_MARKS:
            carried = None  # «◀ «الخارجية» تدين …»: a new item of a bulletin drops no subject
        groups = build_groups(text, 0, toks, doc.mentions, by_sent.get(sent.idx, []), cues.place_nouns,
                              cues.actor_nouns)
        if is_sports(toks, cues):
            carried = None
            continue
        commentary = is_commentary(toks, cues)
        relayed = commentary and any(t.norm in _RELAYED_WORDS for t in toks)
        triggers = find_triggers(sent.text, lexicon, sent.start)
        attribution = find_attribution(toks, cues)
        places = [(a + sent.start, b + sent.start, c) for a, b, c in find_places(sent.text)]
        sent_events: list[Event] = []
        mediator_phrases: list[tuple[TriggerMatch, Roles]] = []
        trigger_at: dict[int, int] = {}  # id(event) → start of its trigger
        instrument_at: set[int] = set()
        new_carried: list[Group] | None = None
        trigger_tokens = frozenset(k for t in triggers for k in range(t.first, t.last + 1))
        topic_of = {t.last + 1 for t in triggers if t.spec.type in _TALK_TYPES}
        for m in triggers:
            spec = m.spec
            if commentary and not relayed and not _recalled(toks, m.first):
                continue  # «واعتبر محللون أن الأردن يدعم إسرائيل»: an opinion, not an event
            if spec.type in ("RETREAT", "COOPERATE") and m.first in topic_of:
                continue  # «مفاوضات وقف إطلاق النار»، «اتفاق مصالحة»: the topic, not the deed
            if spec.type in ("RETREAT", "COOPERATE") and not spec.verb and m.prefix.endswith("ل") and any(
                t.spec.type == "CONSULT" and 0 < m.first - t.last <= 2 for t in triggers
            ):
                continue  # «توسط روسيا للمصالحة»، «وساطة مصرية للتهدئة»: what the talks aim at
            if spec.type == "AGREE" and not spec.verb and m.first > 0 and any(
                stem in _DISCUSSING for _, stem in clitic_splits(toks[m.first - 1].norm)
            ):
                continue  # «لبحث اتفاقية السلام»، «ناقش الوزيران اتفاق التجارة»: the subject of talks
            if _in_exchange(toks, m):
                continue  # «إطلاق 10 محتجزين لقاء كل يوم هدنة»: in exchange for, not a meeting
            if spec.type == "AGREE" and not spec.verb and any(
                t.spec.type in _TAKING_A_STAND and t.last == m.first - 1 for t in triggers
            ):
                continue  # «وقبول الاتفاق»، «رفض الاتفاق»: the agreement accepted or refused, not made
            if spec.type in ("RETREAT", "COOPERATE") and not spec.verb and m.first > 0 and any(
                stem in _PROPOSALS for _, stem in clitic_splits(toks[m.first - 1].norm)
            ):
                continue  # «تسلمت مقترح وقف إطلاق النار»: a proposal is not a truce
            if (
                spec.type in ("SANCTION", "RETREAT") and not spec.verb and m.first > 0
                and _undone(toks, m.first, cues.undoing)
            ):
                continue  # «رفع العقوبات»، «خرق الهدنة»: the event undone or broken is not coded
            if spec.type == "AID" and not spec.verb and _obstructed(toks, m.first):
                continue  # «بإعاقة دخول المساعدات»: aid that is blocked is not given
            if spec.type == "REJECT" and any(
                stem in _CLAIM_NOUNS for t in toks[m.last + 1 : m.last + 5] for _, stem in clitic_splits(t.norm)
            ):
                continue  # «ترفض الاتهامات»، «نفى المزاعم»: a denial is the accused event negated
            refused = not spec.verb and spec.type in _REFUSABLE and any(
                t.spec.type == "REJECT" and 0 < m.first - t.last <= _REJECTED_REACH for t in triggers
            )
            if refused and spec.type in _FORCE_REFUSABLE:
                continue  # «رفض أي شكل من أشكال تهجير الفلسطينيين»: what is refused did not happen
            if spec.type == "ASSAULT" and not spec.verb and m.first > 0 and any(
                stem in _TOLL_WORDS for _, stem in clitic_splits(toks[m.first - 1].norm)
            ):
                continue  # «عدد القتلى»، «حصيلة الضحايا»: a toll is a claim, not an attack
            if spec.type == "ASSAULT" and not spec.verb and m.first > 0 and any(
                stem in _STOPPING for _, stem in clitic_splits(toks[m.first - 1].norm)
            ):
                continue  # «قبل وقف العدوان»، «لإنهاء الهجمات»: an attack to be stopped is no new attack
            if spec.type == "THREATEN" and _warning_of(toks, m):
                continue  # «حذر من خطورة الوضع»: a warning of a danger is not a threat
            gender = verb_gender(toks[m.first].norm, m.prefix) if spec.verb else None
            roles = assign_roles(
                groups, m.first, m.last, spec.type, spec.mode, spec.frame, spec.verb, carried,
                gender, doc.mentions, toks, m.suffixed,
                (not spec.verb) and spec.words[0] in cues.patient_nouns,
                spec.verb and is_passive(toks[m.first].text, m.prefix), trigger_tokens,
                # (a purpose «ل», unless the noun completes an event noun: «رفضها لطلب الدوحة»)
                not spec.verb and m.prefix in ("ل", "لل", "ول", "ولل") and (m.first - 1) not in trigger_tokens,
                frozenset(
                    t.first for t in triggers
                    if t is not m and (t.spec.type, t.spec.mode, t.spec.verb) == (spec.type, spec.mode, spec.verb)
                ),
                _event_noun_before(triggers, m) if spec.verb else -1,
                frozenset(
                    k for t in triggers if t.spec.type != spec.type for k in range(t.first, t.last + 1)
                ),
                frozenset(
                    t.first for t in triggers
                    if t.spec.type != spec.type and t.prefix.lstrip("وف")[:1] in ("ل", "ب")
                ),
            )
            if spec.verb and roles.actor and "actor:dropped-subject" not in roles.how and new_carried is None:
                new_carried = roles.actor
            if spec.type == "SANCTION" and not (roles.actor or roles.recipient):
                pair = _relations_pair(groups, toks, m.first)
                if pair is not None:
                    # «العلاقات الجزائرية المغربية التي شهدت قطيعة»: the two states of the ties
                    roles.actor = [pair]
                    roles.how.append("sides:relations")
            if (
                m.prefix + spec.words[0] in _BROKER_PHRASES
                or spec.words[0] in _BROKER_PHRASES
                or (
                    spec.frame == "mediate" and "actor:genitive" in roles.how
                    and roles.mediator and not (roles.actor or roles.recipient)
                )
            ):
                # «بوساطة X», «نجحت الوساطة القطرية في إطلاق سراح …»: X brokers the other events
                mediator_phrases.append((m, roles))
            status, cue = read_status(sent.text, toks, m.first, m.last, m.prefix, spec.type, sent.start, cues)
            if refused and status != "requested":
                # «رفضت إسرائيل وقف إطلاق النار»: no truce (a refused request stays requested);
                # «في حال رفضها للاتفاق»: the condition is on the refusal, not on the agreement
                continue
            if status in ("requested", "planned") and _strip_clitic_w(toks[m.first].norm) in cues.doer_nouns:
                # «وطالب المتظاهرون بـ…»: the protesters who ask are protesting, not asked for
                status, cue = "asserted", None
            ev = _make_event(doc.mentions, m, roles, status, cue, sent, attribution, places)
            if ev is None:
                continue
            if "sides:relations" in roles.how:
                ev.actor, ev.recipient = split_between(roles.actor[0], doc.mentions)
            if (
                ev.type == "ACCUSE" and not spec.verb and ev.actor and not ev.recipient
                and "actor:from" not in ev.evidence[0].rule
                and any(normalize(t.norm).lstrip("و") in _DENIALS for t in toks[max(0, m.first - 4) : m.first])
            ):
                # «ترفض الحكومة اتهامات من المعارضة»: who denies an accusation is its target
                ev.actor, ev.recipient = [], ev.actor
                ev.evidence[0].rule += " recipient:denier"
            if ev.type in _CROWD_TYPES and not ev.actor:
                home = ev.location or dominant
                if home:
                    ev.actor = [ActorRef(home + _CROWD_TYPES[ev.type])]
                    ev.evidence[0].rule += " actor:default-" + ("location" if ev.location else "document")
            # events with no side yet stay until requests and context have been read
            if spec.weak and not (ev.actor or ev.recipient):
                continue
            if ev.type == "COERCE" and ev.actor and all(a.code.endswith(_PRIVATE) for a in ev.actor):
                continue  # a citizen or company «arresting» someone: ordinary crime, not coercion
            if ev.type == "CONSULT" and ev.mode == "visit" and not ev.actor and not keep_actorless:
                continue  # a visit without a visitor: someone arrived somewhere
            if spec.type == "ASSAULT" and not spec.verb and ("ب" in m.prefix or m.prefix[:1] == "و"):
                instrument_at.add(m.start)  # «هجمات بالطائرات المسيرة»: the means of an attack
            for part in _split_visit(ev):
                trigger_at[id(part)] = m.start
                sent_events.append(part)
        sent_events = _fold_instruments(sent_events, trigger_at, instrument_at)
        _threats_of_force(sent_events, triggers)
        asked_by = _mark_asked(sent_events, trigger_at, triggers, sent.text, sent.start, toks)
        _link_requests(sent_events, trigger_at, asked_by)
        told_stances(sent_events, trigger_at, triggers, groups, toks, doc.mentions, cues.telling_verbs)
        received_stances(sent_events, trigger_at, triggers, groups, toks, doc.mentions, cues.receiving_verbs,
                         carried)
        accused_alone(sent_events, trigger_at, triggers, groups, toks, doc.mentions)
        answered_requests(sent_events, trigger_at, triggers, groups, toks, doc.mentions)
        shared_subjects(sent_events, trigger_at, triggers)
        reciprocal_releases(sent_events)
        undergone_accusations(sent_events, trigger_at, triggers, toks, cues.undergoing)
        _condemned_attackers(sent_events, trigger_at, triggers)
        # «بوساطة X» / «برعاية X» give the other events of the sentence their mediator.
        for m, roles in mediator_phrases:
            own = [e for e in sent_events if trigger_at.get(id(e)) == m.start]
            others = [e for e in sent_events if trigger_at.get(id(e)) != m.start]
            groups_m = roles.mediator or roles.actor or roles.recipient
            med_refs = [r for g in groups_m for i in g.members for r in refs_of(doc.mentions, i)]
            if not (others and med_refs):
                continue
            sent_events = [e for e in sent_events if e not in own]
            med_c = {r.code.split(":")[0] for r in med_refs}
            for e in others:
                near = abs(trigger_at.get(id(e), m.start) - m.start) <= _BROKER_REACH
                if near and e.type in _BROKERED:
                    # the broker named next to the event is not also one of its parties
                    e.actor = [a for a in e.actor if a.code.split(":")[0] not in med_c]
                    e.recipient = [a for a in e.recipient if a.code.split(":")[0] not in med_c]
                if near and not e.mediator and e.type in _BROKERED:
                    e.mediator = med_refs
        if not groups and _heading(sent.text, toks):
            sent_events = []  # «رفض التواصل» as a subheading: the body below tells the event
        if confirm:
            sent_events = _confirmed(sent_events, sent.text, lexicon, triggers, toks, background)
        if not keep_actorless:
            sent_events = [e for e in sent_events if e.actor or e.recipient or _contextual(e)
                           or (confirm and detected(e.type, e.confidence))]
        for ev in sent_events:
            _third_party(ev)
        sent_events = _drop_hosting_visits(sent_events)
        events.extend(sent_events)
        carried = new_carried if new_carried is not None else (carried if not groups else _first_subject(groups, doc.mentions))
        if commentary:
            carried = None  # the commentators are nobody's dropped subject
    _context_sides(events, background)
    for ev in events:
        parties = countries(ev.actor) | countries(ev.recipient)
        ev.mediator = [m for m in ev.mediator if m.code.split(":")[0] not in parties]
    if not keep_actorless:
        events = keep_sideless(events, confirm)
    for ev in events:
        _third_party(ev)
    merged = merge_events(events)
    if not keep_actorless:
        merged = [
            e for e in merged
            if e.recipient or not (e.type in TARGETED_TYPES or (e.type, e.mode) in TARGETED_MODES)
        ]
        merged = [e for e in merged if e.actor or e.type not in ACTOR_REQUIRED_TYPES]
    return merged


_INSTRUMENT_REACH = 60  # characters from an attack word to the means named after it


_CONDEMNED_REACH = 6  # tokens from a condemnation to the attack noun it names


def _condemned_attackers(events: list[Event], trigger_at: dict[int, int], triggers: list[TriggerMatch]) -> None:
    """«أدانت الحكومة الهجوم الذي شنه التنظيم على الجيش»: who condemns an attack accuses the
    attacker, not its victims; an attack with no named doer leaves the condemnation's target empty."""
    by_start = {t.start: t for t in triggers}
    for ev in events:
        if ev.type != "ACCUSE" or ev.mode != "disapprove":
            continue
        m = by_start.get(trigger_at.get(id(ev), -1))
        if m is None:
            continue
        # the attack noun is the condemnation's object: the next trigger after it (past a subject)
        after = sorted((t for t in triggers if m.last < t.first <= m.last + _CONDEMNED_REACH), key=lambda t: t.first)
        if not after or after[0].spec.type != "ASSAULT" or after[0].spec.verb:
            continue
        attack = next((e for e in events if e.type == "ASSAULT" and trigger_at.get(id(e)) == after[0].start), None)
        if attack is None:
            continue
        ev.recipient = [a for a in attack.actor if a.code not in {x.code for x in ev.actor}]
        ev.evidence[0].rule += " recipient:attacker"


def _threats_of_force(events: list[Event], triggers: list[TriggerMatch]) -> None:
    """A threat in a sentence that names an attack threatens violence («تخوفا من عمليات انتحارية
    بعد تهديدات أطلقها تنظيم داعش»، «ستواصل مهاجمة قواعد الأعداء»): mode `violence`."""
    if not any(t.spec.type == "ASSAULT" for t in triggers):
        return
    for ev in events:
        if ev.type == "THREATEN" and ev.mode is None:
            ev.mode = "violence"
            ev.evidence[0].rule += " mode:attack-named"


def _fold_instruments(
    events: list[Event], trigger_at: dict[int, int], instrument_at: set[int]
) -> list[Event]:
    """«شنت هجمات بالطائرات المسيرة والصواريخ»: the means give the attack its mode, not events."""
    out: list[Event] = []
    for ev in events:
        pos = trigger_at.get(id(ev), -1)
        host = next(
            (
                e for e in reversed(out)
                if e.type == "ASSAULT" and 0 < pos - trigger_at.get(id(e), pos) <= _INSTRUMENT_REACH
            ),
            None,
        ) if ev.type == "ASSAULT" and pos in instrument_at else None
        if host is None:
            out.append(ev)
            continue
        if host.mode is None and ev.mode is not None:
            host.mode = ev.mode
        if not host.recipient and ev.recipient:
            host.recipient = ev.recipient
        host.evidence[0].rule += f" mode-from:{ev.evidence[0].trigger}"
    return out


def _contextual(ev: Event) -> bool:
    """A truce or release whose sides the document's earlier conflict may supply."""
    return ev.type == "RETREAT" and ev.mode in ("ceasefire", "release")


_REQUEST_REACH = 40  # characters from a request to the event asked for
_COMPLEMENT_REACH = 12  # tokens from a request word to the masdar that names what is asked
#: Words that introduce what is asked for after a verb of asking («دعا إلى …»، «طالب بأن …»)
_COMPLEMENTISERS = frozenset(normalize(w) for w in ("إلى", "الى", "أن", "بأن", "لأن", "كي", "لكي"))
_BREAKS = frozenset('.،,;؛:!?؟()«»"')


def _complement_of(req: TriggerMatch, triggers: list[TriggerMatch], text: str, offset: int,
                   toks: list[Token]) -> TriggerMatch | None:
    """The event word a REQUEST trigger governs as what it asks for, or None.

    Verbs and nouns of asking take what is asked as a prepositional masdar: «طالب (X) بالإفراج
    عن …»، «دعا (X) إلى وقف …»، «المطالبة بإطلاق سراح …»، «حثها على قبول …». The first event word
    after the request, in the same clause and a few words on, whose word carries «ب»/«ل» or
    follows «إلى»/«أن»/«على», is the event asked for.
    """
    for t in triggers:
        if t.first <= req.last or t.first - req.last > _COMPLEMENT_REACH:
            continue
        if t.spec.type in ("REQUEST", "NONE"):
            return None
        if any(c in _BREAKS for c in text[req.end - offset : t.start - offset]):
            return None
        before = _strip_clitic_w(toks[t.first - 1].norm)
        pre = t.prefix[:-2] if t.prefix.endswith("ال") else t.prefix
        if pre[-1:] in ("ب", "ل") or before in _COMPLEMENTISERS or before == "علي":
            return t
        return None
    return None


def _mark_asked(events: list[Event], trigger_at: dict[int, int], triggers: list[TriggerMatch],
                text: str, offset: int, toks: list[Token]) -> dict[int, Event]:
    """The event a request governs («دعت X إلى الإفراج عن …») is requested, however far its verb.

    Status cues are read a few words back from an event word; a long subject and object between
    the verb of asking and the masdar («دعت منظمة العفو الدولية السلطات المصرية إلى الإفراج …»)
    put the cue out of that window, so the request's own complement is marked here.
    """
    at = {t.start: t for t in triggers}
    starts = {trigger_at[id(e)]: e for e in events if id(e) in trigger_at}
    asked_by: dict[int, Event] = {}
    for req in events:
        m = at.get(trigger_at.get(id(req), -1))
        if req.type != "REQUEST" or m is None or req.status == "negated":
            continue
        comp = _complement_of(m, triggers, text, offset, toks)
        asked = starts.get(comp.start) if comp is not None else None
        if asked is None or asked.status not in ("asserted", "requested"):
            continue
        asked_by[id(req)] = asked
        if asked.status == "asserted":
            asked.status = "requested"
            asked.evidence[0].rule += f" status:requested({m.text})"
    return asked_by


def _link_requests(
    events: list[Event], trigger_at: dict[int, int], asked_by: dict[int, Event] | None = None
) -> None:
    """«طالبوا بإطلاق سراحهم»، «لم تطلب وساطة روسية»: who is asked is who would act.

    The event a REQUEST governs (`asked_by`, else the event named right after it) is the one
    asked for: the REQUEST's recipient is that event's mediator or actor, and an actor-less
    asked-for event gets the REQUEST's recipient. A demand addressed to no one by a country's
    own people (protesters, the opposition, unions) about their compatriots is addressed to
    their government, which would do what is asked.
    """
    for req in events:
        if req.type != "REQUEST" or id(req) not in trigger_at:
            continue
        start = trigger_at[id(req)]
        e2 = (asked_by or {}).get(id(req))
        if e2 is None:
            asked = [
                e for e in events if e is not req and id(e) in trigger_at
                and 0 < trigger_at[id(e)] - start <= _REQUEST_REACH
                # («وطالب المتظاهرون بـ…»: the protesters' own event is not what they ask for)
                and e.status != "asserted"
            ]
            if not asked:
                continue
            e2 = min(asked, key=lambda e: trigger_at[id(e)])
        mine = countries(req.actor)
        doer = e2.mediator or [a for a in e2.actor if a.code.split(":")[0] not in mine]
        if doer:
            req.recipient = list(doer)
            req.evidence[0].rule += " recipient:asked-doer"
        elif req.recipient and (not e2.actor or (mine and countries(e2.actor) <= mine)):
            # («اتصلت بالجزائر لطلب من السلطة الجزائرية التدخل لدى حماس»: the asker read as the
            # doer of what it asks another to do)
            e2.actor = list(req.recipient)
            e2.evidence[0].rule += " actor:asked"
        elif not req.recipient and not e2.actor:
            home = _home_government(req.actor, e2.recipient)
            if home is not None:
                req.recipient, e2.actor = [home], [home]
                req.evidence[0].rule += " recipient:home-government"
                e2.evidence[0].rule += " actor:home-government"


#: Sectors of a country's own people, who address their demands to their state
_PEOPLE_SECTORS = frozenset({"CVL", "OPP", "LAB", "JRN", "EDU", "HLH", "REL", "MED", "BUS"})


def _home_government(askers: list[ActorRef], concerned: list[ActorRef]) -> ActorRef | None:
    """X:GOV when every asker is X's people and whom the demand concerns is of X (or unnamed)."""
    if not askers:
        return None
    parts = [a.code.split(":") for a in askers]
    if any(len(p) < 2 or p[1] not in _PEOPLE_SECTORS for p in parts):
        return None
    home = {p[0] for p in parts}
    if len(home) != 1 or not countries(concerned) <= home:
        return None
    return ActorRef(home.pop() + ":GOV")


def _drop_hosting_visits(events: list[Event]) -> list[Event]:
    """A trip to C for talks with a third party is the third-party meeting, not a visit to C."""
    hosts = {
        m.code.split(":")[0] for e in events if e.type == "CONSULT" and e.mode == "third-party"
        for m in e.mediator
    }
    return [
        e for e in events
        if not (e.mode == "visit" and e.recipient and countries(e.recipient) <= hosts)
    ]


def _context_sides(events: list[Event], background: Sequence[Event] = ()) -> None:
    """Fill a truce, a release or a break of talks that names no side from the conflict
    reported before it.

    A ceasefire is between the sides of the latest attack (both in `actor`, as the guidelines
    code it); released hostages or prisoners are released by the side that took them; talks or
    a mediation suspended with no side named («مصر تعلن تجميد الوساطة» after an attack) are
    broken off with the sides of that attack other than the one suspending them. Attacks the
    sentence model did not confirm (`background`) still say who is fighting.
    """
    last_fight: Event | None = None
    last_abduction: Event | None = None
    coded = {id(e) for e in events}
    for ev in sorted([*events, *background], key=lambda e: e.evidence[0].start):
        if ev.type == "ASSAULT" and ev.actor and ev.recipient:
            last_fight = ev
            if ev.mode == "abduct" and id(ev) in coded:
                last_abduction = ev
        elif ev.type == "SANCTION" and ev.mode == "withdraw" and ev.actor and not ev.recipient and last_fight:
            own = countries(ev.actor)
            ev.recipient = [r for r in _bare_sides(last_fight.actor + last_fight.recipient)
                            if r.code.split(":")[0] not in own]
            if ev.recipient:
                ev.evidence[0].rule += " recipient:context-fight"
        elif ev.type == "RETREAT" and ev.mode == "ceasefire" and not ev.actor and last_fight:
            ev.actor = _bare_sides(last_fight.actor + last_fight.recipient)
            ev.evidence[0].rule += " actor:context-fight"
        elif ev.type == "RETREAT" and ev.mode == "release" and not ev.actor:
            src = last_abduction or last_fight
            if src is not None and not (ev.recipient and countries(ev.recipient) & countries(src.actor)):
                ev.actor = list(src.actor)
                if not ev.recipient:
                    ev.recipient = _bare_sides(src.recipient)
                ev.evidence[0].rule += " sides:context-" + ("abduction" if last_abduction else "fight")


def _bare_sides(refs: list[ActorRef]) -> list[ActorRef]:
    """One reference per country, keeping the first code seen for it."""
    seen: dict[str, ActorRef] = {}
    for r in refs:
        seen.setdefault(r.code.split(":")[0], r)
    return list(seen.values())


_LOC_WORDS = frozenset({"في", "ب", "بال", "داخل", "قرب", "الي", "الى"})
#: The word of `_LOC_WORDS` that names where something is by what it is near («قرب الحدود
#: السورية»): a place after it is the event's place only when the sentence names no other.
_NEAR_WORD = "قرب"


def place_of(
    sent: Sentence, m: TriggerMatch, places: list[tuple[int, int, str]], near: bool = True
) -> str | None:
    """ISO3 of the place «في X» nearest after the trigger in its sentence (else before it);
    with `near` false, not a place named by what it is near («قرب الحدود السورية»)."""
    text = sent.text
    best: tuple[int, str] | None = None
    for start, end, iso3 in places:
        rel = start - sent.start
        word_start = rel
        while word_start > 0 and not text[word_start - 1].isspace():
            word_start -= 1
        attached = normalize(text[word_start:rel])
        prev = normalize(text[:word_start].split()[-1]) if text[:word_start].split() else ""
        if attached not in ("ب", "وب", "في") and prev not in _LOC_WORDS:
            continue
        if not near and prev == _NEAR_WORD:
            continue
        if start >= m.end and _behind_relative(text[m.end - sent.start : rel]):
            continue  # «التنظيم الذي استولى على أراض في سوريا»: where the noun acts, not the event
        dist = start - m.end if start >= m.end else 4 * (m.start - end)
        if best is None or dist < best[0]:
            best = (dist, iso3)
    return best[1] if best else None


_RELATIVE_WORDS = frozenset(normalize(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"))


def _behind_relative(between: str) -> bool:
    """The text between a trigger and a place opens a relative clause."""
    return any(normalize(w).lstrip("و") in _RELATIVE_WORDS for w in between.split())


def _split_visit(ev: Event) -> list[Event]:
    """A visit to several countries is one event per host country."""
    if ev.mode != "visit" or len({r.code.split(":")[0] for r in ev.recipient}) < 2:
        return [ev]
    out: list[Event] = []
    for country in dict.fromkeys(r.code.split(":")[0] for r in ev.recipient):
        rec = [r for r in ev.recipient if r.code.split(":")[0] == country]
        out.append(replace(ev, recipient=rec, location=country, evidence=list(ev.evidence),
                           attribution=list(ev.attribution)))
    return out


_DAMMA = "\u064f"


def is_passive(word: str, prefix: str) -> bool:
    """A verb written with a damma on its first letter (قُتل، اُعتقل، أُطلق) is passive."""
    letters = [i for i, ch in enumerate(word) if ch.isalpha() and not ("\u064b" <= ch <= "\u065f")]
    k = len(prefix)
    if len(letters) <= k + 1:
        return False
    first = letters[k]
    if word[first] in "يتن":
        return False  # present tense: a damma on the prefix is also active form IV (يُطلق)
    return word[first + 1 : first + 2] == _DAMMA or (word[letters[k + 1] + 1 : letters[k + 1] + 2] == _DAMMA and word[letters[k]] in "اأإ")


_RELATIONS = frozenset(normalize(w) for w in ("العلاقات", "علاقات", "العلاقة", "علاقة"))


def _relations_pair(groups: list[Group], toks: list[Token], first: int) -> Group | None:
    """A coordinated group of two states right after «العلاقات» earlier in the sentence."""
    for g in groups:
        if (g.last_tok < first and len(g.members) >= 2 and len(set(c.split(":")[0] for c in g.codes)) >= 2
                and g.first_tok > 0 and _strip_clitic_w(toks[g.first_tok - 1].norm) in _RELATIONS):
            return g
    return None


def _strip_clitic_w(norm: str) -> str:
    return norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm


#: Words of discussing: the agreement named after them is what is discussed, not one reached
_DISCUSSING = frozenset(normalize(w) for w in (
    "بحث", "بحثا", "يبحث", "تبحث", "مناقشة", "ناقش", "ناقشا", "ناقشت", "يناقش", "تناقش", "دراسة", "تدارس",
))  # fmt: skip
#: Commentators' sentences (observers, analysts: `is_commentary`) give their opinions, which
#: are not coded; but what an actor said, relayed with one of these words («قائلة إنها تريد
#: توسيع التعاون»), and a fact recalled in a relative clause («العلاقات … التي شهدت قطيعة منذ
#: 2021», `_recalled`) are.
_RELAYED_WORDS = frozenset(normalize(w) for w in ("قائلة", "قائلا", "قائلين"))
_RECALL_REACH = 2


def _undone(toks: list[Token], first: int, undoing: frozenset[str]) -> bool:
    """The event noun at `first` is undone or broken: a word of `undoing` right before it
    («رفع العقوبات»), or before the «من» it depends on («إعفاء لبنان من عقوبات قانون قيصر»)."""
    def undoes(k: int) -> bool:
        return any(stem in undoing for _, stem in clitic_splits(toks[k].norm))

    if undoes(first - 1):
        return True
    return toks[first - 1].norm == "من" and any(undoes(k) for k in range(max(0, first - 4), first - 1))


def _recalled(toks: list[Token], first: int) -> bool:
    """The trigger at `first` stands in a relative clause: a relative pronoun at most
    `_RECALL_REACH` words before it."""
    return any(_strip_clitic_w(toks[k].norm) in RELATIVES for k in range(max(0, first - _RECALL_REACH), first))


#: «لقاء» is also «in exchange for»: before these words or a number it is no meeting.
_MEETING_WORD = normalize("لقاء")
_EXCHANGED = frozenset(normalize(w) for w in (
    "كل", "ذلك", "مبلغ", "مبالغ", "دفع", "الإفراج", "إطلاق", "تسليم", "رسوم", "أجر", "ثمن", "فدية",
))  # fmt: skip


def _in_exchange(toks: list[Token], m: TriggerMatch) -> bool:
    """The trigger is «لقاء» meaning «in exchange for» («لقاء كل يوم هدنة»، «لقاء مبلغ»)."""
    if m.spec.verb or toks[m.first].norm != _MEETING_WORD or m.last + 1 >= len(toks):
        return False
    nxt = toks[m.last + 1].norm
    return nxt in _EXCHANGED or nxt.isdigit()


#: Types of taking a stand on something: an agreement right after them is their object
#: («قبول الاتفاق»، «رفضها الاتفاق»), one that exists already.
_TAKING_A_STAND = frozenset({"CONCEDE", "REJECT"})
#: Words that block what follows: aid held up («إعاقة دخول المساعدات»، «منع إدخال المساعدات»)
_OBSTRUCTING = frozenset(normalize(w) for w in (
    "إعاقة", "عرقلة", "منع", "تعطيل", "تقييد", "وقف", "حظر", "تأخير", "يعيق", "تعيق", "يعرقل", "تعرقل",
    "يمنع", "تمنع", "منعت", "أعاقت", "عرقلت",
))  # fmt: skip
#: Nouns of passage between the blocking word and the aid («دخول»، «إدخال»، «وصول»، «إيصال»)
_PASSAGE = frozenset(normalize(w) for w in ("دخول", "إدخال", "وصول", "إيصال", "توزيع", "تسليم", "نقل"))


def _obstructed(toks: list[Token], first: int) -> bool:
    """The aid noun at token `first` is the object of a blocking word, directly or via a passage noun."""
    k = first - 1
    if k >= 0 and any(stem in _PASSAGE for _, stem in clitic_splits(toks[k].norm)):
        k -= 1
    return k >= 0 and any(stem in _OBSTRUCTING for _, stem in clitic_splits(toks[k].norm))


def _heading(text: str, toks: list[Token]) -> bool:
    """A few words with no sentence-final mark: a subheading set between paragraphs."""
    words = [t for t in toks if any(c.isalpha() for c in t.text)]
    return len(words) <= _HEADING_WORDS and not text.rstrip().endswith((".", "!", "؟", "?", ":", "»", '"'))


def _confirmed(
    events: list[Event], text: str, lexicon: TriggerLexicon, triggers: list[TriggerMatch],
    toks: list[Token], vetoed: list[Event] | None = None,
) -> list[Event]:
    """Drop ASSAULT/PROTEST events of a sentence the detection model does not confirm; the
    dropped ones whose two sides the frames found go to `vetoed` (context for later events). A
    protest where people are said to gather (`gathering`) needs no confirmation."""
    out: list[Event] = []
    scores: dict[str, float] = {}
    gathered = any(ev.type == "PROTEST" for ev in events) and gathering(toks)
    for ev in events:
        model = load_model(ev.type) if ev.type in _CONFIRMED_TYPES else None
        if model is not None:
            if ev.type not in scores:
                scores[ev.type] = model.score(features(text, lexicon, triggers, toks, chars=model.uses_chars))
            ev.confidence = round(scores[ev.type], 3)
            # an attack whose attacker and target the frames found needs no confirmation
            framed = bool(ev.actor and ev.recipient)
            if ev.type == "PROTEST" and gathered:
                ev.confidence = 1.0  # read from the construction, as the rule-coded types are
                ev.evidence[0].rule += " confirm:gathering"
            elif scores[ev.type] < model.threshold * (_FRAMED_FACTOR if framed else 1.0):
                if framed and vetoed is not None:
                    vetoed.append(ev)
                continue
            else:
                ev.evidence[0].rule += f" confirm:{scores[ev.type]:.2f}"
        out.append(ev)
    return out


def _first_subject(groups: list[Group], mentions: list[Mention]) -> list[Group] | None:
    """The subject the next sentence may drop: the first unmarked group, unless it names only
    people by a plain noun, coded from the context («قال مصدر طبي إن المواطنين …»)."""
    for g in groups:
        # («هجوم شنه مسلحو الحركة، واحتجزوا»: the doer of a relative clause is a subject too)
        if (g.prep is None or g.prep in RELATIVE_DOER_VERBS) and not g.town:
            if all(mentions[i].resolved_by == "coref" and mentions[i].sector in PLAIN_PEOPLE_SECTORS for i in g.members):
                return None
            return [g]
    return None


def _refs(mentions: list[Mention], groups: list[Group]) -> list[ActorRef]:
    out: list[ActorRef] = []
    seen: set[str] = set()
    for g in groups:
        for i in g.members:
            for r in refs_of(mentions, i):
                key = r.code + "|" + (r.name or "")
                if key not in seen:
                    seen.add(key)
                    out.append(r)
    # a bare country beside a coded actor of that country adds nothing («نظيره التركي أردوغان»)
    coded = {r.code.split(":")[0] for r in out if ":" in r.code}
    return [r for r in out if ":" in r.code or r.code not in coded]


#: «خلاله»، «خلالها»: during it — talks told as part of the event named before.
_DURING_IT = frozenset(normalize(w) for w in ("خلاله", "خلالها", "خلالهما"))


def _make_event(
    mentions: list[Mention], m: TriggerMatch, roles: Roles, status: str, cue: str | None,
    sent: Sentence, attribution: list[str], places: list[tuple[int, int, str]],
) -> Event | None:
    spec = m.spec
    actor = _refs(mentions, roles.actor)
    recipient = _refs(mentions, roles.recipient)
    mediator = _refs(mentions, roles.mediator) if spec.type in _BROKERED else []
    if spec.frame == "mediate" and roles.actor and parties(roles.actor[0], mentions) >= 2 and not recipient:
        actor, recipient = split_between(roles.actor[0], mentions)
    elif (
        spec.type in ("CONSULT", "AGREE", "COOPERATE")
        and actor
        and (not recipient or _together(m, sent))
        and parties(roles.actor[0], mentions) >= 2
    ):
        # «لقاء بين X و Y», «اتفق X و Y»: a coordinated side is both sides.
        head, tail = split_between(roles.actor[0], mentions)
        if head and tail:
            actor, recipient = head, tail
    if spec.type not in _MEDIA_TYPES and actor and all(a.code.endswith(":JRN") for a in actor):
        actor = []
        roles.how.append("actor:media-is-source")
    # («في بلدة تركية قرب الحدود السورية»: in the town, not at the border it is near)
    location = place_of(sent, m, places, near=False)
    lg = roles.location_group
    if location is None and lg is not None and not (
        lg.start >= m.end and _behind_relative(sent.text[m.end - sent.start : lg.start - sent.start])
    ):
        location = mentions[lg.members[0]].country
    if location is None:
        location = place_of(sent, m, places)
    if spec.frame == "visit" and recipient:
        if location is None:
            location = recipient[0].code.split(":")[0]
        recipient = [_as_government(r, mentions) for r in recipient]
    if spec.type in _MILITARY_TYPES:
        actor = [_as_military(r, mentions) for r in actor]
    if spec.type == "ASSAULT" and location is None and recipient:
        rm = recipient[0].mention
        if rm is not None and mentions[rm].kind in ("country", "city", "capital", "place"):
            location = recipient[0].code.split(":")[0]
    # Defaults when the text names no target: an attack hits the place where it happens, an
    # arrest or trial by a state is domestic (the country only, no sector: the sector is unknown).
    # (threats named by a noun, with no target, threaten the place they are about: «تخوفا من
    # عمليات انتحارية بعد تهديدات أطلقها تنظيم داعش» in Misrata; a verb's object is its target
    # even when it names no actor: «ستواصل مهاجمة قواعد الأعداء»)
    if not recipient and (
        spec.type == "ASSAULT" or (spec.type == "THREATEN" and not spec.verb)
    ) and location and location not in {
        a.code.split(":")[0] for a in actor
    }:
        # (with no attacker named either, the sentence model must confirm the attack)
        recipient = [ActorRef(location)]
        roles.how.append("recipient:default-location")
    elif not recipient and spec.type == "COERCE" and actor and actor[0].code.endswith(_STATE_SECTORS):
        # (only a state's arrests are domestic by default: «الرهائن الذين تحتجزهم الحركة» is no arrest)
        home = actor[0].code.split(":")[0]
        if location and location != home and spec.mode == "arrest":
            # «اعتقلت القوات الإسرائيلية العشرات في الضفة الغربية»: those arrested are of the place
            recipient = [ActorRef(location)]
            roles.how.append("recipient:default-location")
        else:
            recipient = [ActorRef(home)]
            roles.how.append("recipient:default-domestic")
    # an actor is not its own recipient: the frame read one side twice
    if actor and recipient and spec.mode != "multilateral":
        if spec.frame == "visit" and countries(recipient) <= countries(actor):
            # «زار فنزويلا» after «الرئيس الفنزويلي»: the host read as the visitor
            actor = []
            roles.how.append("actor:is-host")
        acodes = {a.code for a in actor}
        # … nor a bare country beside a coded actor of it («نظيره الفرنسي ماكرون» read as two)
        rcoded = {r.code.split(":")[0] for r in recipient if ":" in r.code}
        # (a talk, praise or aid whose only doer is that bare country is one side read twice:
        # «نظيره الفرنسي ماكرون … لقاء» is no meeting of France with France)
        actor = [a for a in actor if ":" in a.code or a.code not in rcoded] or (
            [] if spec.type in ACTOR_REQUIRED_TYPES else actor
        )
        acoded = set() if "recipient:default-domestic" in roles.how else {
            a.code.split(":")[0] for a in actor if ":" in a.code
        }
        recipient = [r for r in recipient if r.code not in acodes and (":" in r.code or r.code not in acoded)]
    rule = spec.rule + ("" if not roles.how else " " + ",".join(roles.how))
    following = sent.text[m.end - sent.start :].split()[:1]
    if spec.type == "CONSULT" and following and normalize(following[0]).strip("،,") in _DURING_IT:
        rule += " " + DURING_PREVIOUS  # «بحثا خلاله»: the talks held during the call or visit just told
    if cue:
        rule += f" status:{status}({cue})"
    start = max(sent.start, min([m.start, *[mentions[i].start for g in roles.actor for i in g.members]]))
    end = max([m.end, *[mentions[i].end for g in roles.recipient for i in g.members]])
    end = min(end, sent.end)
    quote = sent.text[start - sent.start : end - sent.start]
    ev = Event(
        type=spec.type,
        mode=spec.mode,
        actor=actor,
        recipient=recipient,
        mediator=mediator,
        status=status,
        location=location,
        attribution=list(attribution),
        evidence=[Evidence(sent.idx, start, end, m.text, rule, quote)],
    )
    return ev


_WARN_STEMS = ("حذر", "يحذر", "تحذر", "حذرت", "حذروا", "تحذير", "التحذير")
_THAT = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها"})


def _warning_of(toks: list[Token], m: TriggerMatch) -> bool:
    """«حذر من X» warns of X; only «حذر من أنه سيرد» states a threatened action."""
    word = toks[m.first].norm
    if not any(stem in (w for _, w in clitic_splits(word)) for stem in _WARN_STEMS) and word not in _WARN_STEMS:
        return False
    nxt = [t.norm for t in toks[m.last + 1 : m.last + 3]]
    return bool(nxt) and nxt[0] == "من" and (len(nxt) < 2 or nxt[1] not in _THAT)


_NOUN_TO_VERB = 6  # tokens from an event noun to a verb of its relative clause


def _event_noun_before(triggers: list[TriggerMatch], m: TriggerMatch) -> int:
    """Last token of an attack noun a few words before attack verb `m`, else -1 («هجوم استهدف»)."""
    best = -1
    for t in triggers:
        if t.spec.type == m.spec.type == "ASSAULT" and not t.spec.verb and 0 < m.first - t.last <= _NOUN_TO_VERB:
            best = max(best, t.last)
    return best


_TOGETHER = frozenset({"معا", "سويا", "سويه", "جنبا"})


def _together(m: TriggerMatch, sent: Sentence) -> bool:
    """«العمل معا»، «التعاون سويا»: the coordinated subject is both sides of the event."""
    words = [normalize(w) for w in sent.text[m.start - sent.start :].split()[: len(m.text.split()) + 1]]
    return any(w.strip("،,.") in _TOGETHER for w in words)


def _as_government(r: ActorRef, mentions: list[Mention]) -> ActorRef:
    """A host named by its country is its government (not an organisation: «إلى الأمم المتحدة»)."""
    if ":" not in r.code and r.code not in NOT_STATES:
        return ActorRef(r.code + ":GOV", r.name, r.mention)
    return r


def _as_military(r: ActorRef, mentions: list[Mention]) -> ActorRef:
    if r.mention is None:
        return r
    m = mentions[r.mention]
    if m.kind in _STATE_KINDS and (m.sector in (None, "GOV")):
        return ActorRef(m.country + ":MIL", r.name, r.mention)
    return r


def _third_party(ev: Event) -> None:
    """Talks hosted in a state that is neither party: the host mediates, mode third-party.

    An agreement signed there or a summit held there has the host as mediator too (their
    mode does not change).
    """
    if ev.type not in ("CONSULT", "AGREE") or ev.mode in ("phone", "visit") or not ev.location:
        return
    parties = countries(ev.actor) | countries(ev.recipient)
    if ev.location in parties or not parties:
        return
    if ev.mode != "multilateral" and not (ev.actor and ev.recipient):
        return
    if not ev.mediator:
        ev.mediator = [ActorRef(ev.location + ":GOV")]
    if ev.type == "CONSULT" and ev.mode is None:
        ev.mode = "third-party"


def explain_lines(doc: Doc, index: int) -> list[str]:
    """Why event `index` of `doc` was coded: evidence, trigger, rule, actors (for the CLI)."""
    ev = doc.events[index]
    lines = [f"{ev.type}{'/' + ev.mode if ev.mode else ''}  status={ev.status}  location={ev.location}"]
    for label, side in (("actor", ev.actor), ("recipient", ev.recipient), ("mediator", ev.mediator)):
        parts = []
        for a in side:
            src = f" «{doc.mentions[a.mention].text}»" if a.mention is not None and a.mention < len(doc.mentions) else ""
            parts.append(f"{a.code}{' (' + a.name + ')' if a.name else ''}{src}")
        lines.append(f"  {label:<9} {'; '.join(parts) or '-'}")
    if ev.attribution:
        lines.append(f"  according to: {' ← '.join(ev.attribution)}")
    for e in ev.evidence:
        sent = doc.sentences[e.sentence].text if 0 <= e.sentence < len(doc.sentences) else ""
        lines.append(f"  evidence  sentence {e.sentence} [{e.start}:{e.end}] trigger «{e.trigger}»")
        lines.append(f"            rule {e.rule}")
        lines.append(f"            «{sent}»")
    return lines


__all__ = ["EventCoder", "code_events", "explain_lines", "normalize"]
