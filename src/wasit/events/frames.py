"""Argument frames: who is actor, recipient and mediator of a trigger, from Arabic syntax.

The mentions of a sentence are first gathered into *groups* — mentions joined by «و» or a
comma, or in apposition with the same code — each with the preposition that governs it
(«مع»، «إلى»، «ضد»، «على»، «لدى»، «بين»، «بوساطة»، «برعاية»، «في», or an attached ل/ب).
A frame then reads the groups around the trigger:

* verbs: the unmarked group right after the verb is its subject (VSO), else the nearest
  unmarked group before it (SVO), else the subject carried over from earlier sentences;
  the object is the next group, unmarked or behind a preposition;
* nouns: a group right after the noun is its genitive — the agent («زيارة بلينكن»،
  «الهجمات الإسرائيلية») or, for arrests, releases, abductions and assassinations, the patient
  («اعتقال منظر التيار»); the agent is otherwise the subject of the clause before it
  («أجرى عطاف اتصالا»);
* `receive` swaps the roles (استقبل، تلقى اتصالا من), `visit` takes the visited place as the
  host, `mediate` puts the subject in `mediator` and the parties of «بين X و Y» / «مع X» on the
  two sides, `solo` keeps the recipient empty.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wasit.actors.recognizer import member_noun
from wasit.ar.normalize import normalize
from wasit.ar.tokens import Token
from wasit.doc import PLAIN_PEOPLE_SECTORS, ActorRef, Mention

TOWN_KINDS = frozenset({"city", "place", "location", "region"})
PLACE_KINDS = frozenset({"country", "capital", "city", "place", "location", "region"})
RECIPIENT_PREPS = frozenset(
    {"مع", "الي", "الى", "ل", "لل", "ضد", "علي", "لدي", "ب", "بال", "عن", "تجاه", "نحو", "من", "بحق",
     "لصالح", "لفائده"}  # «مساعدات لصالح الفصائل»: for the benefit of
)
LOCATION_PREPS = frozenset({"في", "ب", "بال", "داخل", "قرب", "شمال", "جنوب", "شرق", "غرب"})
MEDIATOR_PREPS = frozenset({"بوساطه", "برعايه", "عبر", "وساطه", "رعايه"})
BETWEEN_PREPS = frozenset({"بين"})
#: The doer's verb in a relative clause after an attack noun, its pronoun standing for the noun
#: («الهجمات التي شنها تنظيم»، «الغارات التي نفذتها طائرات»): what follows is the noun's agent.
RELATIVE_DOER_VERBS = frozenset(
    stem + suffix
    # («أطلقها» for threats and warnings: «تهديدات أطلقها التنظيم»)
    for stem in ("شن", "شنت", "نفذ", "نفذت", "ارتكب", "ارتكبت", "شنو", "نفذو", "ارتكبو", "اطلق", "اطلقت", "اطلقو")
    for suffix in ("ه", "ها", "هم", "هما")
    if not (stem.endswith("و") and suffix in ("هم", "هما"))
)
AGENT_PREPS = frozenset({"قبل", "يد"}) | RELATIVE_DOER_VERBS  # من قبل، على يد
#: Nouns of armed forces and their arms standing between a doer's verb and whose they are
_FORCE_NOUNS = frozenset(normalize(w) for w in (
    "طائرات", "طائرة", "طيران", "مقاتلات", "قوات", "عناصر", "مسلحو", "مسلحي", "جنود", "مقاتلو", "مقاتلي", "ميليشيات",
    "سفن", "زوارق", "مدفعية", "دبابات", "صواريخ", "مسيرات",
))
PATIENT_GENITIVE = frozenset(
    {("COERCE", None), ("COERCE", "arrest"), ("COERCE", "deport"), ("RETREAT", "release"),
     ("ASSAULT", "targeted"), ("ASSAULT", "abduct"), ("AID", None), ("SANCTION", "expel")}
)  # fmt: skip
#: Nouns of what an actor owns or is («تهديد مصالح الجزائر»، «تدعم سيادة الحكومة السورية»، «قصفت
#: مواقع الجيش»): an actor in their genitive is whom the event is done to, never its doer.
OWNED_NOUNS = frozenset(normalize(w) for w in (
    "مصالح", "أمن", "سيادة", "استقرار", "وحدة", "أراضي", "مقر", "مقار", "مقرات", "مواقع", "موقع",
    "قواعد", "قاعدة", "منشآت", "منشأة", "حدود", "سفارة", "مراكز", "معسكرات", "مخازن", "مستودعات",
))  # fmt: skip


#: Nouns of where something is said or done: the organisation or meeting after them is the
#: venue («ندد لافروف من على منبر الأمم المتحدة بـ…»), not an argument.
VENUE_NOUNS = frozenset(normalize(w) for w in ("منبر", "هامش", "أروقة", "كواليس", "قاعة", "قاعات"))


#: Nouns of a state's own authorities: «النظامان في مالي والنيجر»، «السلطات في ليبيا» are the
#: authorities *of* the country after «في», not something happening there (forces abroad are not:
#: «القوات الأمريكية في العراق»).
SEATED_NOUNS = frozenset(normalize(w) for w in (
    "السلطات", "السلطة", "الحكومة", "النظام", "النظامان", "النظامين", "الأنظمة", "المعارضة", "البرلمان",
))  # fmt: skip


def _owned(toks: list[Token] | None, g: Group) -> bool:
    """The group is the genitive of an owned noun just before it («مواقع الجيش السوري»), or an
    adjective of that noun's definite genitive («لمقر اللجنة القطرية»: the committee's seat)."""
    if toks is None or g.first_tok == 0 or g.prep is not None:
        return False
    if _bare(toks[g.first_tok - 1].norm) in OWNED_NOUNS:
        return True
    k = g.first_tok - 2
    return (
        k >= 0 and len(g.members) == 1 and toks[g.first_tok - 1].norm.startswith("ال")
        and _unclitic(toks[k].norm) in OWNED_NOUNS
    )


def _unclitic(w: str) -> str:
    """A word without «و/ف» and one preposition clitic («ولمقر» → «مقر»)."""
    w = _bare(w)
    return w[1:] if w[:1] in ("ل", "ب") and len(w) > 3 else w


# Countries whose Arabic name is masculine (most are feminine: «اتهمت مصر», «اتهم لبنان»).
MASCULINE_COUNTRIES = frozenset({"LBN", "IRQ", "JOR", "SDN", "MAR", "YEM", "KWT", "BHR", "SSD"})
_QUOTES = frozenset("\"'«»“”‘’()[]")
#: Punctuation that ends a phrase: no genitive reaches across it.
_BREAKS = frozenset("-–—:؛;.،,()!?؟|")
_CONJ_GAPS = frozenset({"", "و", "،", ",", "و،", "،و"})
#: A preposition carrying the pronoun of a relative clause's antecedent («الذين أفرج عنهم»)
_RESUMPTIVE_PREPS = frozenset(
    normalize(p + suf) for p in ("عن", "مع", "الي", "علي", "ضد", "ل", "ب", "من") for suf in ("ه", "ها", "هم", "هما", "هن")
)
_AFTER_WINDOW = 12
_BEFORE_WINDOW = 12
_NOUN_SUBJECT_WINDOW = 10
RELATIVES = frozenset(normalize(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"))
#: Light verbs whose subject is the agent of the event noun after them («أجرى عطاف اتصالا»);
#: «تلقى» makes it the one called or visited.
LIGHT_VERBS = frozenset(
    normalize(w) for w in (
        "أجرى", "أجرت", "اجرى", "يجري", "تجري", "شن", "شنت", "يشن", "تشن", "وجه", "وجهت",
        "قدم", "قدمت", "يقدم", "تقدم", "أرسل", "أرسلت", "عقد", "عقدت", "نفذ", "نفذت", "أعلن",
        "أعلنت", "فرض", "فرضت", "تفرض", "يفرض", "بدأ", "بدأت", "نظم", "نظمت", "أبدى", "أبدت",
        "أعرب", "أعربت", "جدد", "جددت", "واصل", "واصلت", "يواصل", "تواصل", "قاد", "قادت",
        "تلقى", "تلقت", "يتلقى", "تعلن", "يعلن", "تجدد", "يجدد", "نفذوا", "شنوا", "تنفذ",
        "ينفذ", "أطلقت", "أطلق", "ترسل", "يرسل", "أبلغ", "أبلغت",
    )
)  # fmt: skip
#: Words that open a new clause: a light verb before them does not govern an event noun after
#: them («أعلنت الحكومة أن الهجوم …»، «تعلن حدادا بعد مقتل …»).
CLAUSE_OPENERS = frozenset(
    normalize(w) for w in (
        "أن", "إن", "بأن", "وأن", "وإن", "بعد", "قبل", "عقب", "إثر", "اثر", "حين", "عندما", "بينما",
        "لكن", "ولكن", "حيث", "الا", "إلا", "كلما", "لان", "لأن",
    )
)  # fmt: skip
#: Last words of verb idioms that end in a preposition («تقف إلى جانب»، «وقف ضد»).
FINAL_PREPS = frozenset(normalize(w) for w in ("جانب", "مع", "على", "ضد", "عن", "إلى", "بحق", "تجاه"))
#: Verbal acts one receives from someone («انتقادات من»، «تهديدات من»، «إشادة من»).
_RECEIVED_TYPES = frozenset({"ACCUSE", "THREATEN", "SUPPORT", "REQUEST"})
#: Uses of force: the subject of an earlier clause is not taken as their agent.
_FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
#: Event nouns after which «من X» is not the agent: asked of X («طلب من»), withdrawn or
#: released from X, taken from X.
_FROM_IS_OBJECT = frozenset({"REQUEST", "RETREAT", "COERCE", "ASSAULT", "SANCTION", "MOBILIZE", "REJECT"})
#: Cooperative types: «ضد X» names their common adversary («تعاونهما في القتال ضد التنظيم»),
#: never the side they cooperate with.
COOPERATIVE_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "AID", "CONCEDE"})
RECEIVE_LIGHT_VERBS = frozenset(normalize(w) for w in ("تلقى", "تلقت", "يتلقى"))


@dataclass(slots=True)
class Group:
    """Mentions read as one argument: coordinated or in apposition."""

    members: list[int]  # indices in Doc.mentions
    start: int
    end: int
    first_tok: int
    last_tok: int
    prep: str | None
    place: bool
    codes: list[str] = field(default_factory=list)
    adjective: bool = False  # a nationality adjective alone («الإسرائيلي»): modifies a noun
    town: bool = False  # a city or region: a target or a venue, never an actor
    after_break: bool = False  # punctuation right before it («وقف إطلاق نار - الجانب الإسرائيلي»)


@dataclass(slots=True)
class Roles:
    actor: list[Group] = field(default_factory=list)
    recipient: list[Group] = field(default_factory=list)
    mediator: list[Group] = field(default_factory=list)
    location_group: Group | None = None
    how: list[str] = field(default_factory=list)  # which rules assigned what, for explain


def _tok_index(toks: list[Token], pos: int) -> int:
    for i, t in enumerate(toks):
        if t.start <= pos < t.end:
            return i
        if t.start > pos:
            return i
    return len(toks) - 1


#: Quantifiers that stand between a preposition and the people it governs («إلى جميع الأطراف»،
#: «على عشرات الفلسطينيين»، «ضد بعض الفصائل»).
QUANTIFIERS = frozenset(normalize(w) for w in (
    "جميع", "كل", "كافة", "عشرات", "مئات", "آلاف", "الاف", "بعض", "معظم", "غالبية", "عدد", "مختلف",
))  # fmt: skip
_GOVERNING_PREPS = RECIPIENT_PREPS | MEDIATOR_PREPS | BETWEEN_PREPS


def _prep_before_heads(toks: list[Token], ti: int, actor_nouns: frozenset[str]) -> str | None:
    """The preposition before up to two quantifiers or actor nouns that head the mention at
    token `ti` («إلى جميع الأطراف الليبية»: the parties' adjective takes «إلى»)."""
    k = ti - 1
    steps = 0
    while k >= 0 and steps < 2 and (toks[k].norm in QUANTIFIERS or _bare(toks[k].norm) in actor_nouns):
        k -= 1
        steps += 1
    if steps == 0 or k < 0:
        return None
    w = toks[k].norm
    w = w[1:] if w.startswith("و") and len(w) > 2 else w
    if w in _GOVERNING_PREPS:
        return w
    # a preposition attached to the quantifier itself («لجميع الأطراف»، «بعشرات المدنيين»)
    head = toks[k + 1].norm
    for p in ("لل", "ل", "ب"):
        rest = head[len(p) :]
        if head.startswith(p) and (rest in QUANTIFIERS or "ال" + rest in QUANTIFIERS):
            return "ل" if p.startswith("ل") else p
    return None


#: «بقيادة X»: X leads the side named before it, and acts for it.
_LED_BY = (normalize("قيادة"),)


def build_groups(text: str, offset: int, toks: list[Token], mentions: list[Mention],
                 indices: list[int], place_nouns: frozenset[str] = frozenset(),
                 actor_nouns: frozenset[str] = frozenset()) -> list[Group]:
    """Groups of the mentions `indices` (all in this sentence), left to right."""
    chosen: list[int] = []
    for i in sorted(indices, key=lambda k: (mentions[k].start, -mentions[k].end)):
        m = mentions[i]
        if chosen and m.start < mentions[chosen[-1]].end:
            continue  # nested or overlapping: keep the first, longest
        chosen.append(i)
    groups: list[Group] = []
    for i in chosen:
        m = mentions[i]
        ti = _tok_index(toks, m.start)
        tj = _tok_index(toks, max(m.end - 1, m.start))
        tok = toks[ti]
        attached = normalize(text[tok.start - offset : m.start - offset]) if m.start > tok.start else ""
        prep: str | None = None
        conj = attached.startswith("و")
        if attached.lstrip("و"):
            prep = attached.lstrip("و")
        elif ti > 0:
            prev = toks[ti - 1].norm
            prev_s = prev[1:] if prev.startswith("و") and len(prev) > 2 else prev
            if prev_s in RECIPIENT_PREPS | LOCATION_PREPS | MEDIATOR_PREPS | BETWEEN_PREPS | AGENT_PREPS:
                prep = prev_s
            elif ti > 1 and _bare(prev) in _FORCE_NOUNS and toks[ti - 2].norm in RELATIVE_DOER_VERBS:
                prep = toks[ti - 2].norm  # «الغارات التي نفذتها طائرات التحالف»: the force's owner
            else:
                prep = _prep_before_heads(toks, ti, actor_nouns)
        if prep is None and ti > 0 and _unclitic(toks[ti - 1].norm) in VENUE_NOUNS:
            prep = "في"  # «من على منبر الأمم المتحدة»، «على هامش القمة»: where, not who
        if prep == "في" and ti > 1 and _bare(toks[ti - 2].norm) in SEATED_NOUNS:
            prep = None  # «النظامان في مالي»: the regimes of Mali
        lead = m.start  # where the group's own words start (its head noun's, for members)
        if prep == "في" and not attached:
            member = _members_in(toks, ti)
            if member is not None:
                lead, conj, prep = member
        if prep in ("ب", "بال") and normalize(m.text).startswith(_LED_BY):
            prep = None  # «شن المعسكر الحكومي بقيادة الجيش هجوما»: who leads it does it
        # «في مدينة الصخيرات بالمغرب»، «في حلب بسوريا»: a state after ب behind a town is where
        in_town = prep in ("ب", "بال") and m.kind in PLACE_KINDS and ti > 1 and (
            any(_bare(toks[k].norm) in place_nouns for k in (ti - 1, ti - 2))
            or (bool(groups) and groups[-1].town and groups[-1].last_tok == ti - 1)
        )
        if groups:
            g = groups[-1]
            gap = normalize(text[g.end - offset : lead - offset])
            gap = "".join(ch for ch in gap if not ch.isspace() and ch not in _QUOTES)
            if lead != m.start and conj:
                gap += "و"  # the member noun's «و» («وخصومه»)
            same = m.country in {c.split(":")[0] for c in g.codes}
            raw_gap = text[g.end - offset : lead - offset].split()
            # «أوباما ونظيره التركي»: «و» + a noun, then a nationality adjective
            counterpart = len(raw_gap) == 1 and normalize(raw_gap[0]).startswith("و") and _is_nisba(m)
            new_clause = gap in (",", "،") and not same and _apart_after_comma(g, m, toks, tj, mentions)
            if not new_clause and (
                (gap in _CONJ_GAPS and (conj or gap or same) and prep is None and not (gap == "" and _different_people(g, m)))
                or (gap == "" and same and not _different_people(g, m))
                or (counterpart and prep is None)
                or (gap == "" and prep is None and _is_nisba(m) and g.adjective)  # «مصرية قطرية»
            ):
                g.members.append(i)
                g.end, g.last_tok = m.end, tj
                g.codes.append(m.code)
                continue
        nisba = _is_nisba(m)
        # «الأراضي الفلسطينية»: an adjective of a place noun names a place, not an actor
        of_place = nisba and ti > 0 and _bare(toks[ti - 1].norm) in place_nouns
        if of_place and prep is None:
            # «في بلدة تركية»، «ببلدة تركية»: the place noun's preposition is the adjective's
            prep = _place_noun_prep(toks, ti - 1, place_nouns)
        # «الأطراف الليبية»: an adjective of an actor noun is an actor, not a modifier
        of_actor = nisba and ti > 0 and _bare(toks[ti - 1].norm) in actor_nouns
        # «وتتهم إيران السعودية بتمويل …»: right after a name, «السعودية» is the country (a name
        # takes no nationality adjective)
        after_name = nisba and m.kind == "country" and bool(groups) and groups[-1].last_tok == ti - 1 and all(
            mentions[k].kind in ("country", "capital", "person") and not _is_nisba(mentions[k]) for k in groups[-1].members
        )
        before_text = text[toks[ti - 1].end - offset : toks[ti].start - offset] if ti > 0 else ""
        groups.append(
            Group([i], m.start, m.end, ti, tj, prep, m.kind in PLACE_KINDS, [m.code],
                  nisba and not of_actor and not after_name, m.kind in TOWN_KINDS or of_place or in_town,
                  any(ch in _BREAKS for ch in before_text))
        )
    return groups


def _members_in(toks: list[Token], ti: int) -> tuple[int, bool, str | None] | None:
    """(start, «و»?, preposition) of a member or rival noun before «في» and the group at token
    `ti` that it stands for: «بين حماس وخصومه في فتح»، «مع قياديين في فتح» are Fatah, joined as
    the noun is («تركيا العضو في الحلف», with neither «و» nor a preposition, stays Turkey alone)."""
    if ti < 2 or not member_noun(toks[ti - 2].norm):
        return None
    conj = toks[ti - 2].norm.startswith("و")
    before = toks[ti - 3].norm if ti > 2 else ""
    if not conj and before not in RECIPIENT_PREPS | BETWEEN_PREPS:
        return None
    return toks[ti - 2].start, conj, None if conj else before


def _apart_after_comma(g: Group, m: Mention, toks: list[Token], tj: int, mentions: list[Mention]) -> bool:
    """`m`, after the group `g`, a comma and no shared country, is no item of a list with it:
    a country after a place that no list continues starts a new clause («في بيروت، مصر تعلن …»;
    «في سوريا، العراق ولبنان» is still one list), and a person after a state's name is the
    object of the state's deed («اغتيال إسرائيل، القيادي في حماس فلان»)."""
    listed = tj + 1 < len(toks) and (toks[tj + 1].norm.startswith("و") or toks[tj + 1].text in ",،")
    if g.prep in LOCATION_PREPS and g.place and m.kind not in TOWN_KINDS and not listed:
        return True
    return m.kind == "person" and all(mentions[k].kind == "country" for k in g.members)


def _people(g: Group, mentions: list[Mention] | None) -> bool:
    """Every mention of the group names people by a plain noun («المتظاهرون في الجزائر»)."""
    return mentions is not None and all(mentions[i].sector in PLAIN_PEOPLE_SECTORS for i in g.members)


#: Stems of people who act in a crowd: protesters, rioters.
_CROWD_STEMS = tuple(normalize(w) for w in ("متظاهر", "محتج", "مشاغب", "مسلح"))


def _crowd(g: Group, mentions: list[Mention] | None) -> bool:
    """A mention of the group names protesters, rioters or gunmen, who do things."""
    return mentions is not None and any(
        any(stem in normalize(mentions[i].text) for stem in _CROWD_STEMS) for i in g.members
    )


def _different_people(g: Group, m: Mention) -> bool:
    """True when `m` and the group `g` right before it are of different sectors
    («اعتقلت السلطات المصرية صحفيين»، «اتهمت الحكومة السودانية قوات الدعم السريع»): an object
    after its verb's subject, not a part of the subject."""
    sectors = {c.split(":")[1] for c in g.codes if ":" in c}
    return m.sector is not None and bool(sectors) and m.sector not in sectors


def assign_roles(
    groups: list[Group], first: int, last: int, event_type: str, mode: str | None, frame: str,
    verb: bool, carried: list[Group] | None, gender: str | None = None,
    mentions: list[Mention] | None = None, toks: list[Token] | None = None,
    suffixed: bool = False, patient_noun: bool = False, passive: bool = False,
    busy: frozenset[int] = frozenset(),  # token indices covered by the sentence's triggers
    purpose: bool = False,  # an event noun after ل («للقاء قادة الحركة»): whom one goes to meet
    rivals: frozenset[int] = frozenset(),  # first tokens of the other triggers of the same type
    after_event_noun: int = -1,  # last token of a same-type event noun shortly before the verb
    foreign: frozenset[int] = frozenset(),  # token indices of the triggers of other types
    opened: frozenset[int] = frozenset(),  # first tokens of other types' triggers after «ل»/«ب»
) -> Roles:
    """Assign the groups of a sentence to the roles of the trigger at tokens [first, last]."""
    r = Roles()
    if verb and toks is not None and last > first and _bare(toks[last].norm) in VICTIM_NOUNS | _LIFE_WORDS:
        # «أسفر عن مقتل جنود»، «أودى بحياة مدنيين»: the group after the idiom is who was killed
        passive = True
        r.how.append("result-idiom")
    after = [g for g in groups if g.first_tok > last and g.first_tok - last <= _AFTER_WINDOW]
    before = [g for g in reversed(groups) if g.last_tok < first and first - g.last_tok <= _BEFORE_WINDOW]
    loc = [g for g in groups if _is_location(g)]
    if loc:
        after_loc = [g for g in loc if g.first_tok > last]
        r.location_group = after_loc[0] if after_loc else loc[-1]
    participants_after = [g for g in after if not _is_location(g)]
    med = [g for g in participants_after if g.prep in MEDIATOR_PREPS]
    if med:
        r.mediator.append(med[0])
        r.how.append("mediator:prep")
    participants_after = [g for g in participants_after if g.prep not in MEDIATOR_PREPS]
    # «بإشادة الولايات المتحدة وإشادة نادرة من إسرائيل»: what follows a second trigger of the
    # same type is that trigger's argument
    participants_after = [g for g in participants_after if not any(last < k < g.first_tok for k in rivals)]
    if verb:
        # an adjective further on qualifies a noun («تدين القصف الإسرائيلي»): not an argument
        # … unless the verb carries its object («قتله قصف إسرائيلي»): the event noun right
        # after it is then its subject, and the noun's adjective names who acted
        participants_after = [
            g for g in participants_after
            if not (
                g.adjective and g.first_tok > last + 1
                and not (suffixed and g.first_tok == last + 2 and last + 1 in busy)
            )
        ]
    agent = [
        g for g in participants_after if g.prep in AGENT_PREPS
        # a relative clause's doer belongs to the noun right before its pronoun («أدانت الحكومة
        # الهجمات التي شنها تنظيم»: the attack's, not the condemnation's)
        and (g.prep not in RELATIVE_DOER_VERBS or toks is None or _doer_of(toks, g, last))
    ]

    subj: Group | None = None
    obj: Group | None = None
    if agent:
        subj = agent[0]
        r.how.append("actor:agent-prep")
    relative = verb and not suffixed and toks is not None and first > 0 and _bare(toks[first - 1].norm) in RELATIVES
    if (
        verb and not suffixed and not relative and 0 <= after_event_noun < first
        and not any(after_event_noun < g.first_tok < first for g in groups)
    ):
        # «في هجوم بطائرة مسيرة استهدف القوات»: an indefinite noun's relative clause has no
        # relative pronoun; the attack is the verb's subject, the group after it the target
        relative = True
    if relative:
        # «الهجوم الذي استهدف القوات»: the antecedent is the subject, the next group the object
        r.how.append("relative-clause")
    object_relative = (
        verb and toks is not None and first > 0 and _bare(toks[first - 1].norm) in RELATIVES
        # «الذي قتله قصف»، «الذين ستفرج عنهم حماس»: the pronoun on the verb or on its preposition
        and (suffixed or (last + 1 < len(toks) and toks[last + 1].norm in _RESUMPTIVE_PREPS))
    )
    if object_relative:
        # «أحمد فطيمة، الذي قتله قصف إسرائيلي»: the pronoun on the verb is the antecedent
        antecedent = [g for g in before if g.prep is None and not g.town]
        if antecedent and first - antecedent[0].last_tok <= 3:
            obj = antecedent[0]
            r.how.append("recipient:antecedent")
    if relative and subj is None and "recipient:antecedent" not in r.how:
        antecedent = [g for g in before if g.prep is None and not g.town]
        if antecedent and first - antecedent[0].last_tok <= 3:
            subj = antecedent[0]
            r.how.append("actor:antecedent")
    if verb and (passive or relative) and obj is None:
        # «قُتل X»، «اعتُقل X»: the word after the verb is the one acted upon
        cand = [g for g in participants_after if (g.prep is None or (relative and g.prep in RECIPIENT_PREPS)) and g is not subj]
        if cand:
            obj = cand[0]
            r.how.append("recipient:passive-subject")
    elif verb:
        speaker = _reported_speaker(toks, first, before) if toks is not None else None
        prep_final = last > first and toks is not None and _bare(toks[last].norm) in FINAL_PREPS
        undone = False
        if subj is None and speaker is not None:
            subj = speaker  # «قالت الحكومة السودانية إنها رفضت …»
            r.how.append("actor:reported-speaker")
        # (only across a space: «(رويترز) – فرضت أستراليا» has a dateline, not a subject)
        right_before = [
            g for g in before if g.last_tok == first - 1 and g.prep is None and not g.town
            and toks is not None and toks[first].start - g.end <= 2
        ]
        if (
            subj is None and obj is None and right_before and event_type in _FORCE_TYPES
            and _people(right_before[0], mentions) and not _crowd(right_before[0], mentions)
            # (an active verb has its object after it: «مسلحون هاجموا القرية»)
            and not any(g.prep is None and g.first_tok - last <= 3 for g in participants_after)
        ):
            # «مواطنين إيطاليين خطفوا في ليبيا»: people named by a plain noun before an unvocalised
            # verb of force are those it was done to (خُطفوا), not its doers
            obj = right_before[0]
            r.how.append("recipient:people-before")
            undone = True  # a passive: its doer is unsaid
        elif subj is None and right_before and _agrees(right_before[0], gender, mentions):
            subj = right_before[0]  # «وزارة الخارجية تتهم إسرائيل»: SVO
            r.how.append("actor:svo-adjacent")
        if subj is None and not undone:
            near = [g for g in participants_after if g.prep is None and g.first_tok - last <= 4
                    and _agrees(g, gender, mentions)
                    and (not any(k in busy for k in range(last + 1, g.first_tok))  # not across a trigger
                         or (suffixed and g.first_tok == last + 2))  # … but «قتله قصف إسرائيلي»
                    # «تقف إلى جانب لبنان»: after a verb idiom ending in a preposition, its object
                    and not (prep_final and g.first_tok == last + 1)
                    # «تدين القصف الإسرائيلي»: an event named by a mention is the object
                    # (people named by what they do are not: «وطالب المتظاهرون»)
                    and (suffixed or _people(g, mentions)
                         or not any(k in busy for k in range(g.first_tok, g.last_tok + 1)))
                    and not _owned(toks, g)]
            if near:
                subj = near[0]
                r.how.append("actor:vso")
        if subj is None and not undone:
            # («هجوم شنه مسلحو الحركة، واحتجزوا»: a relative clause's doer is a subject too)
            unmarked_before = [g for g in before if (g.prep is None or g.prep in RELATIVE_DOER_VERBS)
                               and not g.town and g is not obj]
            if unmarked_before:
                subj = unmarked_before[0]
                r.how.append("actor:svo")
        if subj is None and carried and not undone:
            r.actor = list(carried)
            r.how.append("actor:dropped-subject")
        rest = [g for g in participants_after if g is not subj and g.prep not in AGENT_PREPS]
        if subj is not None and subj.first_tok > last:
            # VSO with a long subject: the object follows the subject («حذر X و Y الأطراف الليبية»)
            rest += [
                g for g in groups
                if g.first_tok > last + _AFTER_WINDOW and g.first_tok - subj.last_tok <= 6
                and g.prep not in AGENT_PREPS and not _is_location(g) and g not in rest
            ]
        cand = [g for g in rest if g.prep is None or g.prep in RECIPIENT_PREPS or g.prep in BETWEEN_PREPS]
        cand = [g for g in cand if not (g.prep == "ضد" and event_type in COOPERATIVE_TYPES)]
        if event_type in _ASKING_TYPES:
            # «طالبت الحركة بإطلاق سراح الأسرى»: what follows the event asked for is its
            # argument, not who is asked
            # (a trigger word inside a mention names its people: «وطالب المتظاهرون الحكومة»)
            named = {k for h in groups for k in range(h.first_tok, h.last_tok + 1)}
            cand = [g for g in cand if not any(k in foreign and k not in named for k in range(last + 1, g.first_tok))]
        if cand and obj is None:
            obj = cand[0]
            r.how.append("recipient:object" if obj.prep is None else f"recipient:prep:{obj.prep}")
        if event_type == "ACCUSE" and obj is not None and toks is not None and _report_author(toks, obj):
            # «تحقق في تقارير للأمم المتحدة حول اغتصاب جنود»: the reports' author is not the
            # accused; who the reports are about is
            about = [g for g in groups if g.first_tok > obj.last_tok and g.first_tok - obj.last_tok <= 6
                     and any(_bare(toks[k].norm) in _ABOUT_WORDS for k in range(obj.last_tok + 1, g.first_tok))]
            r.how.remove(next(h for h in r.how if h.startswith("recipient:")))
            obj = about[0] if about else None
            if obj is not None:
                r.how.append("recipient:reported-on")
    else:
        gen = [g for g in participants_after if g.prep is None and g.first_tok - last <= 2
               and not g.after_break  # («فرض وقف إطلاق نار - الجانب الإسرائيلي يعاني»)
               and not any(k in busy for k in range(last + 1, g.first_tok))  # not across a trigger
               # «مجالات الإغاثة وتسخير السعودية»: nor across a new conjunct
               and not _conjunct_between(toks, last, g.first_tok)]
        patient = (event_type, mode) in PATIENT_GENITIVE or patient_noun or (
            purpose and event_type in ("CONSULT", "SUPPORT", "AID", "REQUEST")
        )
        agent_gen = (
            _state_agent_genitive(groups, gen[0], toks, busy, mentions)
            if gen and patient and (event_type, mode) in _STATE_DOABLE else None
        )
        if gen and agent_gen is not None:
            # «اغتيال إسرائيل القياديَّ في الحركة»: a state in the genitive of a verbal noun done
            # to a person, the person after it — the state is the doer
            subj, obj = gen[0], agent_gen
            r.how.append("actor:genitive,recipient:object")
        elif gen and (patient or _owned(toks, gen[0])):
            obj = gen[0]
            r.how.append("recipient:genitive")
        elif gen and subj is None:
            subj = gen[0]
            r.how.append("actor:genitive")
            after_gen = gen[0].last_tok + 1
            if toks is not None and after_gen < len(toks) and toks[after_gen].norm in _OBJECT_PRONOUNS:
                # «خلال استقبال أمير الكويت له»: the pronoun after the doer is the one it is done to
                owner = _pronoun_owner(before, toks[after_gen].norm, mentions)
                if owner is not None:
                    obj = owner
                    r.how.append("recipient:pronoun-antecedent")
        # («أطلقت الشرطة الغاز على المتظاهرين»: the protesters' noun, whatever its preposition, names
        # the protesters, not an object of the light verb's subject)
        inside = [g for g in groups if g.first_tok <= last and g.last_tok >= first
                  and (g.prep is None or event_type == "PROTEST")
                  and not g.town]  # a town whose name holds the trigger word does nothing
        if subj is None and inside and not patient:
            subj = inside[0]  # «الغارات الأمريكية» read as one mention: the trigger is its head
            r.how.append("actor:head-of-mention")
        light = _light_verb(toks, first, groups) if toks is not None else None
        if light is not None and (subj is None or (first - light[0] <= 2 and "actor:genitive" in r.how)):
            lv, receive = light
            after_light = [g for g in groups if lv < g.first_tok < first and g.prep is None
                           and not (event_type == "ASSAULT" and toks is not None and _victim(toks, g))]
            # «مصر تعلن تجميد الوساطة»: the subject stands right before the light verb
            right_before_lv = [g for g in groups if g.last_tok == lv - 1 and g.prep is None and not g.town]
            found = after_light or right_before_lv
            if found:
                if subj is not None:
                    r.how.remove("actor:genitive")
                subj = found[0]
                r.how.append("actor:light-verb")
            if receive and frame != "solo":  # («تلقت دعوة لوقف إطلاق النار»: a truce has one side)
                frame = "receive"
        source = [g for g in participants_after if g.prep == "من" and g.first_tok - last <= 3]
        if subj is None and source and frame != "receive" and (
            event_type not in _FROM_IS_OBJECT or (toks is not None and _at_request(toks, first))
        ):
            subj = source[0]  # «إشادة نادرة من إسرائيل»، «اتهامات من المعارضة»: who does it
            r.how.append("actor:from")
        owner = (
            _pronoun_owner(before, toks[first].norm, mentions)
            if subj is None and (suffixed or _possessed(toks, first)) and not carried and not patient
            and toks is not None else None
        )
        if subj is None and suffixed and carried and not patient:
            r.actor = list(carried)
            r.how.append("actor:pronoun-suffix")
        elif owner is not None:
            # «تقطع علاقاتها مع إسرائيل بعد هجومها على غزة»: the pronoun on the event noun is
            # the nearest actor before it that agrees with it
            subj = owner
            r.how.append("actor:pronoun-antecedent")
        elif subj is None and not (patient_noun and event_type == "ASSAULT") and (event_type, mode) != (
            "RETREAT", "release"
        ):  # («نجحت الوساطة في إطلاق سراح»: who works for a release is not who frees)
            # («أعلن بايدن مقتل جنود»: who announces a death is not who killed)
            unmarked_before = [
                g for g in before if g.prep is None and first - g.last_tok <= _NOUN_SUBJECT_WINDOW
                and not g.town
                # («النفوذ الروسي»: a masculine adjective of a thing names no agent)
                # («النفوذ الروسي»، «استعداد أميركي»: an adjective of a thing names no agent; a
                # country's own name is coded with a sector, a bare adjective without)
                and not (g.adjective and all(":" not in c for c in g.codes))
                # («أعلنت إيران الحداد بعد مقتل العشرات في التفجير»: the mourner is not the bomber)
                and not (event_type in _FORCE_TYPES and toks is not None and _opener_between(toks, g.last_tok, first))
                # («وقال إن أوباما أدان التفجير»: who condemns an attack is not who attacked)
                and not (event_type == "ASSAULT" and any(g.last_tok < k < first for k in foreign))
            ]
            if unmarked_before and event_type == "ASSAULT" and toks is not None and _victim(toks, unmarked_before[0]):
                # «مقتل ثلاثة جنود أمريكيين في هجوم»: those killed are the target, not the attacker
                obj = unmarked_before[0]
                r.how.append("recipient:victim")
            elif unmarked_before:
                subj = unmarked_before[0]
                r.how.append("actor:clause-subject")
        if obj is None:
            rest = [g for g in participants_after if g is not subj and g.prep not in AGENT_PREPS]
            cand = [g for g in rest if g.prep in RECIPIENT_PREPS or g.prep in BETWEEN_PREPS
                    or (g.prep is None and not _media(g) and not _fronted_subject(toks, g)
                        and (g.first_tok - last <= 3 or (_owned(toks, g) and g.first_tok - last <= 5))
                        and not _conjunct_between(toks, last, g.first_tok))]
            cand = [g for g in cand if not (g.prep == "ضد" and event_type in COOPERATIVE_TYPES)]
            # A preposition after another event belongs to that event when «ل»/«ب» opens it
            # («لجنة تحقيق لمناقشة الاعتداء على القنصلية»), not in a chain of genitives («إعاقة
            # دخول المساعدات إلى غزة» obstructs aid to Gaza); «بين» goes with the nearest event
            # («إغلاق المصالحة بين الفصائل») unless that is an indefinite genitive saying only what
            # kind the noun is («اتفاق مصالحة بين حماس وفتح»).
            kind_of = last + 1 if toks is not None and last + 1 < len(toks) and not toks[last + 1].norm.startswith("ال") else -1
            cand = [g for g in cand if g.prep is None or not any(
                (k in foreign and k != kind_of) if g.prep in BETWEEN_PREPS else k in opened
                for k in range(last + 1, g.first_tok)
            )]
            # «إطلاق سراح الرهائن وفي التواصل مع حماس»: a preposition after a coordinated event
            # noun is that noun's
            if toks is not None:
                cand = [g for g in cand if g.prep is None or not _conjoined_event(toks, busy, last, g.first_tok)]
                # «لا تعترض على قرار بالمصالحة إلا عندما يتعلق الأمر بإسرائيل»: not across a new clause
                cand = [g for g in cand if not _opener_between(toks, last, g.first_tok)]
            if subj is not None and "actor:genitive" in r.how and subj.first_tok > last:
                after_agent = _second_unmarked(groups, subj, toks, busy)
                if after_agent is not None:
                    cand = [after_agent]  # «اتهام الرئيس سعيد زعيم حركة النهضة»: the object follows
            second = _second_unmarked(groups, cand[0], toks, busy) if cand and subj is None else None
            if cand and second is not None and cand[0].prep is None and not patient:
                # «اتهام رئيس البلاد سالفاكير نائبه رياك مشار»: a verbal noun's genitive is its
                # agent and the unmarked group right after it its object
                subj, obj = cand[0], second
                r.how.append("actor:genitive,recipient:object")
            elif cand:
                obj = cand[0]
                r.how.append(f"recipient:prep:{obj.prep}" if obj.prep else "recipient:near")
            elif "actor:from" in r.how and event_type in _RECEIVED_TYPES:
                # «تواجه الحكومة اتهامات من المعارضة»: who faces criticism from X is its target
                facing = [g for g in before if g.prep is None and not g.town and first - g.last_tok <= _NOUN_SUBJECT_WINDOW
                          and g.first_tok - 1 not in rivals]  # («بإشادة واشنطن وإشادة من …»: not the other’s genitive)
                if facing:
                    obj = facing[0]
                    r.how.append("recipient:clause-subject")
    if subj is not None and subj.town:
        r.how.append("actor:dropped-town")
        subj = None
    if subj is not None:
        r.actor = [subj]
    if obj is not None:
        r.recipient = [obj]

    if frame == "receive":
        r.actor, r.recipient = r.recipient, r.actor
        r.how.append("frame:receive")
    elif frame == "mediate":
        between = [g for g in participants_after if g.prep in BETWEEN_PREPS]
        prep_mediator = bool(r.mediator) and "mediator:prep" in r.how
        asked = toks is not None and any(
            _bare(toks[k].norm).lstrip("ل") in _ASKING for k in range(max(0, first - 4), first)
        )
        if asked and r.actor and not prep_mediator and not r.recipient:
            # «طلب الدوحة الأخير بالوساطة»: who asks for a mediation is a party to it, not its broker
            r.how.append("parties:asker")
        elif not prep_mediator:
            r.mediator = r.actor or r.mediator
        if between and parties(between[0], mentions) >= 2:
            r.actor, r.recipient = [between[0]], []
            r.how.append("parties:between")
        elif prep_mediator or "parties:asker" in r.how:
            r.how.append("parties:frame")  # «طلبت الدوحة الوساطة بوساطة X»: sides as read
        elif r.mediator and r.recipient:
            # mediation with one named party: the mediator talks with that party
            r.actor, r.mediator = r.mediator, []
            r.how.append("parties:one")
        else:
            r.actor = r.recipient
            r.recipient = []
            r.how.append("parties:object")
        r.how.append("frame:mediate")
    elif frame == "solo":
        r.recipient = []
        members = [g for g in participants_after if g.prep == "من" and g.first_tok - last <= 3]
        if not r.actor and members:
            r.actor = [members[0]]  # «وجود أي مقاتل من حماس»
            r.how.append("actor:member-of")
    elif (
        event_type in ("CONSULT", "AGREE", "COOPERATE")
        and r.recipient
        and r.recipient[0].prep in BETWEEN_PREPS
        and parties(r.recipient[0], mentions) >= 2
    ):
        r.actor = [r.recipient[0]]
        r.recipient = []
        r.how.append("parties:between")
    return r


#: «إنها»، «أنه» …: a pronoun subject of a reported clause, referring to the speaker.
REPORTED_PRONOUNS = frozenset(
    normalize(w) for w in (
        "إنها", "أنها", "إنه", "أنه", "إنهم", "أنهم", "بأنها", "بأنه", "بأنهم", "إنهما", "أنهما",
    )
)  # fmt: skip


#: «لكنها تعتقل»، «لأنه رفض»: a particle with a pronoun is the subject of the verb after it, and
#: the pronoun stands for the subject of the clause before it.
CONTRAST_PRONOUNS = frozenset(
    normalize(w) for w in (
        "لكنها", "لكنه", "لكنهم", "لكنهما", "لأنها", "لأنه", "لأنهم", "غير أنها", "إلا أنها", "إلا أنه",
    )
)  # fmt: skip


#: Types whose verb names an event asked for after it («طالب بالإفراج عن»، «دعا إلى وقف»).
_ASKING_TYPES = frozenset({"REQUEST"})
#: Nouns and verbs of asking for something (the mediation named after them is asked for)
_ASKING = frozenset(normalize(w) for w in ("طلب", "طلبت", "طالب", "طالبت", "دعا", "دعت", "الاستعانة", "استعانة"))


#: Patient-genitive events a state can do but not undergo as a whole (a country is not
#: assassinated, kidnapped or arrested): a country name in their genitive is the doer.
_STATE_DOABLE = frozenset({("ASSAULT", "targeted"), ("ASSAULT", "abduct"), ("COERCE", "arrest")})
#: How far (tokens) the person may follow the state («اغتيال إسرائيل، القيادي في حماس، فلان»).
_STATE_AGENT_REACH = 6


def _state_agent_genitive(
    groups: list[Group], g: Group, toks: list[Token] | None, busy: frozenset[int],
    mentions: list[Mention] | None,
) -> Group | None:
    """The person or group named after a country in the genitive («اغتيال إسرائيل القيادي في
    الحركة صالح …»), with no trigger or clause between; None when `g` is not a country name."""
    if toks is None or mentions is None:
        return None
    if not all(mentions[i].kind in ("country", "capital") for i in g.members):
        return None
    for h in groups:
        if h.first_tok <= g.last_tok or h.town:
            continue
        if h.first_tok - g.last_tok > _STATE_AGENT_REACH or any(
            k in busy for k in range(g.last_tok + 1, h.first_tok)
        ):
            return None
        if any(_bare(toks[k].norm) in RELATIVES or toks[k].text == "." for k in range(g.last_tok + 1, h.first_tok)):
            return None
        if all(mentions[i].kind in ("person", "group", "org") for i in h.members):
            return h
        if h.prep is None:
            return None
    return None


def _second_unmarked(
    groups: list[Group], g: Group, toks: list[Token] | None, busy: frozenset[int]
) -> Group | None:
    """An unmarked group a few words after `g`, with no trigger, conjunct or clause between."""
    if toks is None:
        return None
    for h in groups:
        if h.first_tok > g.last_tok and h.prep is None and not h.town and h.first_tok - g.last_tok <= 3:
            between = range(g.last_tok + 1, h.first_tok)
            if any(k in busy for k in between) or _conjunct_between(toks, g.last_tok, h.first_tok):
                return None
            if any(toks[k].text in ("،", ",", ".", ":") or _bare(toks[k].norm) in RELATIVES for k in between):
                return None
            return h
    return None


def _reported_speaker(toks: list[Token], first: int, before: list[Group]) -> Group | None:
    """The speaker of «X قال إنها فعلت»: the nearest unmarked group before the pronoun."""
    if first == 0:
        return None
    word = _bare(toks[first - 1].norm)
    contrast = word in CONTRAST_PRONOUNS
    if word not in REPORTED_PRONOUNS and not contrast:
        return None
    cands = [g for g in before if g.last_tok < first - 1 and g.prep is None and not g.town
             and not (contrast and g.adjective)]
    if not cands:
        return None
    # after «لكن» the pronoun takes up the subject of the clause it contrasts with: its first group
    return cands[-1] if contrast else cands[0]


def _media(g: Group) -> bool:
    """A group of media outlets only («صحيفة واشنطن بوست»): a source, rarely a party."""
    return all(c.endswith(":JRN") for c in g.codes)


def _place_noun_prep(toks: list[Token], k: int, place_nouns: frozenset[str]) -> str | None:
    """The location preposition before the place noun at token `k`, attached or a word."""
    word = _bare(toks[k].norm)
    for p in sorted(LOCATION_PREPS, key=len, reverse=True):
        if len(p) <= 2 and word.startswith(p) and word[len(p):] in place_nouns | {"ال" + w for w in place_nouns}:
            return p
    if k > 0:
        prev = _bare(toks[k - 1].norm)
        if prev in LOCATION_PREPS:
            return prev
    return None


def _is_location(g: Group) -> bool:
    """«في قطر»، «بالدوحة» name where; «رحب بالجزائر» (a state after ب) names whom."""
    if not g.place or g.prep not in LOCATION_PREPS:
        return False
    return g.town or g.prep not in ("ب", "بال")


def _doer_of(toks: list[Token], g: Group, last: int) -> bool:
    """Whether the relative-clause verb before the group is the trigger ending at `last`, follows
    the trigger noun right away, or follows it (and one adjective) through a relative pronoun."""
    k = g.first_tok - 1 if toks[g.first_tok - 1].norm == g.prep else g.first_tok - 2
    # («غارات شنها طيران التحالف»: an indefinite noun's relative clause has no pronoun)
    return k in (last, last + 1) or (k >= 2 and _bare(toks[k - 1].norm) in RELATIVES and 0 <= k - 2 - last <= 1)


#: Nouns of reports and claims whose author follows with «ل» («تقارير للأمم المتحدة»).
_REPORT_NOUNS = frozenset(normalize(w) for w in (
    "تقرير", "تقارير", "التقرير", "التقارير", "اتهامات", "الاتهامات", "ادعاءات", "الادعاءات",
    "مزاعم", "المزاعم", "معلومات", "المعلومات", "روايات", "شهادات", "الشهادات", "أنباء", "الأنباء",
))
#: Words that introduce what a report is about («حول»، «عن»، «بشأن»).
_ABOUT_WORDS = frozenset(normalize(w) for w in ("حول", "عن", "بشأن", "بخصوص", "إزاء"))


def _report_author(toks: list[Token], g: Group) -> bool:
    """The group is the author of a report noun right before it («تقارير للأمم المتحدة»)."""
    return g.prep in ("ل", "لل") and g.first_tok > 0 and _bare(toks[g.first_tok - 1].norm) in _REPORT_NOUNS


def _bare(w: str) -> str:
    return w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w


def _is_nisba(m: Mention) -> bool:
    """A one-word nationality adjective («الإسرائيلي»، «التركية»، «أمريكيين»)."""
    w = normalize(m.text)
    return " " not in w and m.kind in ("country", "adjective") and w.endswith(("ي", "يه", "يين", "يون", "يان"))


#: Nouns of death and injury: the group after them names victims.
VICTIM_NOUNS = frozenset(
    normalize(w) for w in ("مقتل", "قتل", "مصرع", "استشهاد", "إصابة", "اصابة", "جرح", "إعدام", "اغتيال")
)


_LIFE_WORDS = frozenset(normalize(w) for w in ("بحياة", "حياة", "أرواح", "بأرواح"))


def _victim(toks: list[Token], g: Group) -> bool:
    """The group follows a noun of death or injury («مقتل ثلاثة جنود أمريكيين»)."""
    return any(
        k >= 0 and _bare(toks[k].norm) in VICTIM_NOUNS for k in (g.first_tok - 1, g.first_tok - 2)
    )


def _conjoined_event(toks: list[Token], busy: frozenset[int], last: int, upto: int) -> bool:
    """Another event noun opens a new conjunct («و…») between `last` and `upto`."""
    conj = False
    for k in range(last + 1, upto):
        w = toks[k].norm
        conj = conj or (w.startswith("و") and len(w) > 2)
        if k in busy and conj:
            return True
    return False


def _conjunct_between(toks: list[Token] | None, last: int, upto: int) -> bool:
    """A word opening a new conjunct («و…») lies strictly between `last` and `upto`."""
    return toks is not None and any(
        toks[k].norm.startswith("و") and len(toks[k].norm) > 2 for k in range(last + 1, upto)
    )


def _opener_between(toks: list[Token], left: int, right: int) -> bool:
    """A clause opener among the tokens strictly between `left` and `right`."""
    return any(toks[k].norm in CLAUSE_OPENERS for k in range(left + 1, right))


def _fronted_subject(toks: list[Token] | None, g: Group) -> bool:
    """`g` stands right before a light verb: the subject of a new clause («مصر تعلن تجميد
    الوساطة، والحركة تعلن تجميد المفاوضات»), not the object of the event before it."""
    if toks is None or g.last_tok + 1 >= len(toks):
        return False
    w = toks[g.last_tok + 1].norm
    return w in LIGHT_VERBS or (w[:1] in ("و", "ف") and w[1:] in LIGHT_VERBS)


#: «بطلب من X»، «بناء على طلب من X»: at X's request — X asks (elsewhere «طلب من X» asks X).
_AT_REQUEST = frozenset(normalize(w) for w in ("بطلب", "وبطلب"))
_ON_GROUNDS = frozenset(normalize(w) for w in ("بناء", "بناءً", "وبناء"))


def _at_request(toks: list[Token], first: int) -> bool:
    """The request noun at `first` says at whose request something was done."""
    if toks[first].norm in _AT_REQUEST:
        return True
    return first > 1 and toks[first - 1].norm == normalize("على") and toks[first - 2].norm in _ON_GROUNDS


def _light_verb(toks: list[Token], first: int, groups: list[Group] | None = None) -> tuple[int, bool] | None:
    """(index, receive?) of a light verb before the event noun at `first`: up to 8 words
    before it, or up to 24 when the verb's subject follows it at once and runs long
    («أجرى الأمير محمد بن سلمان … وزير الدفاع السعودي، اتصالا هاتفيا»)."""
    for k in range(first - 1, max(-1, first - 25), -1):
        w = toks[k].norm
        if w in CLAUSE_OPENERS:
            return None
        for cand in (w, w[1:] if w[:1] in ("و", "ف") else w):
            if cand in LIGHT_VERBS:
                near = first - k <= 8
                long_subject = groups is not None and any(
                    g.first_tok == k + 1 and g.prep is None and first - g.last_tok <= 16 for g in groups
                )
                if near or long_subject:
                    return k, cand in RECEIVE_LIGHT_VERBS
                return None
    return None


def verb_gender(word: str, prefix: str) -> str | None:
    """'m' or 'f' for a 3rd-person verb form (normalised, proclitics `prefix` included)."""
    w = word[len(prefix) :] if word.startswith(prefix) else word
    if w.startswith("ي"):
        return "m"
    if w.startswith("ت") and len(w) >= 4 and not w.startswith(("تم", "تعاون", "تفاوض", "تباحث", "تشاور")):
        return "f"
    if w.endswith("ت"):
        return "f"
    if w.endswith(("وا", "ا", "ن", "نا")):
        return None
    return "m"


def _possessed(toks: list[Token] | None, first: int) -> bool:
    """The event noun at `first` ends with a possessive pronoun «ـها»، «ـهم» («هجومها»), as
    listed whole in the lexicon."""
    return toks is not None and len(toks[first].norm) >= 5 and toks[first].norm.endswith(("ها", "هم", "هما"))


#: «له»، «لها»، «لهم»: the object of an event noun after its doer («استقبال الأمير له»).
_OBJECT_PRONOUNS = frozenset(normalize(w) for w in ("له", "لها", "لهم", "لهما"))


def _pronoun_owner(before: list[Group], word: str, mentions: list[Mention] | None) -> Group | None:
    """The nearest group before an event noun with a possessive pronoun («هجومها») that can be
    its owner: not a town; a masculine «ـه» skips (feminine) country names."""
    gender = "m" if word.endswith("ه") and not word.endswith(("ها", "هم", "هما", "هن")) else None
    for g in before:  # nearest first
        if g.town:
            continue
        if _agrees(g, gender, mentions):
            return g
    return None


def _agrees(g: Group, gender: str | None, mentions: list[Mention] | None) -> bool:
    """A masculine verb does not take a (feminine) country name as its subject."""
    if gender != "m" or mentions is None or g.adjective:
        return True  # an adjective agrees with its noun, not with the verb
    m = mentions[g.members[0]]
    if _is_nisba(m):
        return True  # «العدو الإسرائيلي»: the adjective agrees with its (actor) noun
    return not (m.kind in PLACE_KINDS and m.country not in MASCULINE_COUNTRIES)


def split_between(group: Group, mentions: list[Mention]) -> tuple[list[ActorRef], list[ActorRef]]:
    """«بين X و Y»: the first conjunct on one side, the others on the other."""
    refs = [r for i in group.members for r in refs_of(mentions, i)]
    first_code = refs[0].code.split(":")[0]
    head = [r for r in refs if r.code.split(":")[0] == first_code]
    tail = [r for r in refs if r.code.split(":")[0] != first_code]
    if not tail and len({r.code for r in refs}) > 1:
        # «بين حماس وفتح»: two actors of one country, told apart by their codes
        head = [r for r in refs if r.code == refs[0].code]
        tail = [r for r in refs if r.code != refs[0].code]
    return _no_bare(head), _no_bare(tail)


def _no_bare(refs: list[ActorRef]) -> list[ActorRef]:
    """Drop a bare country beside a coded actor of that country («التركي» + «أردوغان»)."""
    coded = {r.code.split(":")[0] for r in refs if ":" in r.code}
    return [r for r in refs if ":" in r.code or r.code not in coded]


def parties(g: Group, mentions: list[Mention] | None) -> int:
    """How many actors a group names: a bloc or a dual («البلدين») counts for each of its states."""
    if mentions is None:
        return len(g.members)
    return sum(len(mentions[i].members) or 1 for i in g.members)


def refs_of(mentions: list[Mention], i: int) -> list[ActorRef]:
    """The actors mention `i` stands for: one, or each state of a bloc the text lists."""
    m = mentions[i]
    if m.members:
        return [ActorRef(c, None, i) for c in m.members]
    return [ActorRef(m.code, m.name, i)]


def ref_of(mentions: list[Mention], i: int) -> ActorRef:
    m = mentions[i]
    return ActorRef(m.code, m.name, i)
