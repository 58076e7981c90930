"""The `actors` stage: find actor mentions in the cleaned text and resolve them to codes.

1. The matcher finds every KB key on the tokens (with clitic prefixes); the longest hits that
   do not overlap are kept.
2. Sequences are composed: institution/role heads take the country of a nationality adjective
   («وزارة الخارجية الأمريكية»), of a country in the genitive («سفير الجزائر») or after «في/ب»
   («الشرطة في مصر»), or the code of an organisation («المتحدث باسم حماس»); a person after a
   title becomes one mention with the title («وزير الخارجية الأمريكي أنتوني بلينكن»).
3. Unknown people introduced by a coded title get the title's code (`resolved_by="title"`).
4. Coreference links later surnames, titles alone and «الحركة» to earlier mentions.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import ClassVar

from wasit.actors.blocs import bloc_mentions
from wasit.actors.compose import NOT_STATES, PENDING, Unit, compose
from wasit.actors.coref import resolve_coreference
from wasit.actors.duals import dual_mentions
from wasit.actors.kb import ACTOR, ADJ, HEAD, KB, Entry, get_kb
from wasit.actors.matcher import Hit, Matcher
from wasit.ar.normalize import normalize
from wasit.ar.tokens import Token, separators, tokenize
from wasit.doc import PLAIN_PEOPLE_SECTORS, Doc, Mention


def select_longest(hits: Sequence[Hit]) -> list[Hit]:
    """Non-overlapping hits, longest first (tokens, then characters), in text order."""
    taken: set[int] = set()
    out: list[Hit] = []
    for h in sorted(hits, key=lambda h: (-(h.last - h.first), -h.length, h.first)):
        span = range(h.first, h.last + 1)
        if any(i in taken for i in span):
            continue
        taken.update(span)
        out.append(h)
    out.sort(key=lambda h: h.first)
    return out


#: Words before an ambiguous name that show it is a name («في مالي»، «دولة مالي»).
CUES = frozenset(
    normalize(w)
    for w in [
        "في",
        "إلى",
        "الى",
        "من",
        "مع",
        "دولة",
        "جمهورية",
        "شمال",
        "جنوب",
        "وسط",
        "شرق",
        "غرب",
        "حكومة",
        "رئيس",
        "جيش",
        "عاصمة",
        "سفير",
        "سفارة",
        "الرئيس",
        "نظام",
        "عهد",
        "حكم",
        "زار",
        "يزور",
        "بين",
        "حدود",
        "داخل",
    ]
)


#: Clitics that show an ambiguous name is a name («ومالي»، «بمالي»).
_NAME_PREFIXES = frozenset({"و", "ب", "وب"})


def _cued(h: Hit, tokens: list[Token], seps: list[str], kb: KB) -> bool:
    """False for a hit on an ambiguous name («مالي») without a clitic or a cue word."""
    if not kb.ambiguous:
        return True
    if not any(e.key in kb.ambiguous for e in h.entries if e.type == ACTOR):
        return True
    if h.prefix in _NAME_PREFIXES:
        return True
    if h.prefix:
        return False  # «كبرى»، «لصالح»: a clitic before an ambiguous name is no cue
    prev = tokens[h.first - 1].norm if h.first > 0 and seps[h.first - 1] == " " else ""
    return prev in CUES


def _supported(hits: list[Hit], kb: KB) -> list[Hit]:
    """Drop «بحماس» ("with enthusiasm") unless the text names Hamas in another form too."""

    def flagged(h: Hit) -> bool:
        return any((h.prefix, e.key) in kb.needs_support for e in h.entries if e.type == ACTOR)

    named = {e.actor_id for h in hits if not flagged(h) for e in h.entries if e.type == ACTOR}
    return [h for h in hits if not flagged(h) or any(e.actor_id in named for e in h.entries)]


def _pick_entry(entries: tuple[Entry, ...]) -> Entry:
    order = {ACTOR: 0, ADJ: 1, HEAD: 2}
    return min(entries, key=lambda e: order.get(e.type, 3))


class ActorRecognizer:
    """Pipeline stage: fills `doc.mentions` (see module docstring)."""

    name: ClassVar[str] = "actors"
    requires: ClassVar[tuple[str, ...]] = ("sentences",)
    assigns: ClassVar[tuple[str, ...]] = ("mentions",)

    def __init__(
        self,
        extra_files: Sequence[str] = (),
        unknown_people: bool = True,
        coreference: bool = True,
        places: bool = True,
    ) -> None:
        if isinstance(extra_files, str):  # a single path from a config override
            extra_files = [extra_files]
        self.extra_files = tuple(str(p) for p in extra_files)
        self.unknown_people = unknown_people
        self.coreference = coreference
        self.places = places
        self._matcher: Matcher | None = None

    def __getstate__(self) -> dict[str, object]:
        return {
            "extra_files": self.extra_files,
            "unknown_people": self.unknown_people,
            "coreference": self.coreference,
            "places": self.places,
        }

    def __setstate__(self, state: dict[str, object]) -> None:
        self.extra_files = tuple(str(p) for p in state["extra_files"])  # type: ignore[attr-defined]
        self.unknown_people = bool(state["unknown_people"])
        self.coreference = bool(state["coreference"])
        self.places = bool(state.get("places", True))
        self._matcher = None

    @property
    def kb(self) -> KB:
        return self.matcher.kb

    @property
    def matcher(self) -> Matcher:
        if self._matcher is None:
            self._matcher = _cached_matcher(self.extra_files)
        return self._matcher

    def __call__(self, doc: Doc) -> Doc:
        doc.mentions = self.find(doc.text, doc.pub_date, [s.start for s in doc.sentences])
        return doc

    def find(
        self, text: str, pub_date: str | None = None, sentence_starts: Sequence[int] = ()
    ) -> list[Mention]:
        """Mentions of `text`, sorted by start, non-overlapping."""
        tokens = tokenize(text)
        seps = separators(text)
        hits = select_longest(
            [h for h in self.matcher.find(tokens, seps) if _cued(h, tokens, seps, self.kb)]
        )
        if self.kb.needs_support:
            hits = _supported(hits, self.kb)
        units = [self._unit(h) for h in hits]
        places = _place_tokens(tokens, seps) if self.places else None
        mentions = compose(
            units, tokens, seps, text, pub_date, self.kb, self.unknown_people, places
        )
        mentions = _listed_groups(mentions, tokens, seps, text, self.kb, pub_date)
        spots = [(tokens[k].start, c) for k, (_, c) in (places or {}).items()]
        mentions = _capital_homographs(mentions, homographs())
        mentions, links = _resolve_pending(mentions, self.coreference, spots, text)
        if self.coreference:
            mentions = resolve_coreference(mentions, tokens, text, self.kb, pub_date)
        mentions.sort(key=lambda m: m.start)
        index = {id(m): k for k, m in enumerate(mentions)}
        for m, ante in links:
            m.antecedent = index[id(ante)]
        blocs = bloc_mentions(tokens, text, mentions)
        blocs += dual_mentions(tokens, text, mentions)
        if blocs:
            mentions = _insert(mentions, blocs)
        if self.places:
            mentions = _add_places(mentions, tokens, seps, text)
        mentions = _drop_regions(mentions, text)
        mentions.sort(key=lambda m: m.start)
        starts = list(sentence_starts)
        for m in mentions:
            m.sentence = bisect_right(starts, m.start) - 1 if starts else -1
        return mentions

    def _unit(self, h: Hit) -> Unit:
        e = _pick_entry(h.entries)
        actor = self.kb.actors.get(e.actor_id) if e.actor_id else None
        return Unit(h.first, h.last, h.prefix, e.type, e, actor)


@lru_cache(maxsize=1)
def homographs() -> dict[str, tuple[str, str]]:
    """`data/actors/homographs.tsv`: normalised name -> (country by default, capital's country)."""
    out: dict[str, tuple[str, str]] = {}
    path = resources.files("wasit") / "data" / "actors" / "homographs.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, default, capital = line.split("\t")
            out[normalize(name)] = (default, capital)
    return out


@lru_cache(maxsize=1)
def _region_phrases() -> tuple[str, ...]:
    """`data/actors/regions.txt`: the phrases as written (comments and blank lines left out)."""
    path = resources.files("wasit") / "data" / "actors" / "regions.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(x.strip() for x in lines if x.strip() and not x.startswith("#"))


@lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    """Normalised phrases of world regions named after a country (`data/actors/regions.txt`)."""
    return frozenset(normalize(x) for x in _region_phrases())


@lru_cache(maxsize=1)
def _region_heads() -> tuple[str, ...]:
    """The first words of the region phrases as they may be written (a quick filter)."""
    return tuple(sorted({x.split()[0] for x in _region_phrases()}))


def _drop_regions(mentions: list[Mention], text: str) -> list[Mention]:
    """`mentions` without those that begin a region's name, antecedent indices kept right."""
    table = regions()
    if not any(head in text for head in _region_heads()):
        return mentions
    gone = {id(m) for m in mentions if _region_start(m, text, table)}
    if not gone:
        return mentions
    return _reindexed(mentions, [m for m in mentions if id(m) not in gone])


def _region_start(m: Mention, text: str, table: frozenset[str]) -> bool:
    """The mention `m` ends with the start of a region's name («دولة في أمريكا اللاتينية»)."""
    words = m.text.split()
    nxt = text[m.end : m.end + 30].split()
    if not words or not nxt:
        return False
    last = normalize(words[-1])
    last = last[1:] if last[:1] in ("و", "ب", "ل", "ف") and normalize(words[-1][1:] + " " + nxt[0]) in table else last
    return normalize(last + " " + nxt[0]) in table


def _capital_homographs(
    mentions: list[Mention], table: dict[str, tuple[str, str]]
) -> list[Mention]:
    """Read a country name that is also a capital («عمان») as the capital (kind `capital`,
    the capital's country) where the other mentions of the document name the capital's country
    more often than the default one."""
    counts: dict[str, int] = {}
    for m in mentions:
        if _homograph_at_end(m, table) is None:
            counts[m.country] = counts.get(m.country, 0) + 1
    for m in mentions:
        entry = _homograph_at_end(m, table)
        if entry is None or m.country != entry[0]:
            continue
        default, capital = entry
        if counts.get(capital, 0) <= counts.get(default, 0):
            continue
        if m.kind == "country":
            m.code, m.kind, m.actor_id, m.name = f"{capital}:GOV", "capital", None, None
        else:  # «متظاهرين في عمان»: people of the capital's country
            m.code = capital + m.code[len(default) :]
    return mentions


def _homograph_at_end(m: Mention, table: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The table's entry for the name `m` is («عمان») or ends with («متظاهرين في عمان»)."""
    words = m.text.split()
    if not words or (m.kind != "country" and len(words) < 3):
        return None
    if m.kind != "country" and normalize(words[-2]) not in ("في", "من"):
        return None
    return table.get(_bare_name(words[-1]))


def _bare_name(text: str) -> str:
    """A name without one attached clitic («وعمان»، «بعمان»، «لعمان»)."""
    w = normalize(text)
    return w[1:] if w[:1] in ("و", "ب", "ل", "ف") and len(w) > 3 else w


_STATE_KINDS = frozenset({"country", "capital", "institution", "role", "person"})
#: Sectors of bare institutions that, with no state named before them, take the state or place
#: named after them: the police of a protest or a raid is the country where it happens
#: («فرقت الشرطة المتظاهرين في القاهرة»); a court or a ministry named first is left alone.
LOOK_AHEAD_SECTORS = frozenset({"COP"})
#: How far back (characters) a state mention may be to give its country to an institution.
CONTEXT_WINDOW = 1200


#: Marks that start a new item of a bulletin or a post («◀ وزارة الخارجية تتهم …»): an
#: institution named alone takes no country from an earlier item.
ITEM_MARKS = frozenset("◀▶►■□▪▫•●◆◇★☆⭕🔴🔵🟢🟠🟡✅📌🔹🔸")


def _item_marks(text: str) -> list[int]:
    """Where the item marks of `text` stand, in order."""
    return [i for i, ch in enumerate(text) if ch in ITEM_MARKS]


def _new_item(marks: list[int], start: int, end: int) -> bool:
    """An item mark (`marks`: their positions, in order) stands in [start, end)."""
    k = bisect_left(marks, start)
    return k < len(marks) and marks[k] < end


def _is_state(m: Mention) -> bool:
    return m.kind in _STATE_KINDS and m.country not in NOT_STATES and len(m.country) == 3


#: Crowds («الجماهير»، «الحشود») named alone: the context's civilians, in a protest only.
CROWDS = frozenset(normalize(w) for w in ["الجماهير", "جماهير", "الحشود", "حشود"])
#: Stems that show a protest («تظاهر»، «مظاهرة»، «احتجاج»، «مسيرة»، «اعتصام»، «هتف»).
PROTEST_STEMS = tuple(
    normalize(w)
    for w in [
        "تظاهر",
        "مظاهر",
        "متظاهر",
        "احتج",
        "محتج",
        "مسير",
        "اعتصا",
        "معتص",
        "هتف",
        "هتاف",
        "ندد",
        "تنديد",
        "غاضب",
        "غضب",
    ]
)


def _protest_nearby(m: Mention, text: str) -> bool:
    """True when the sentence of `m` speaks of a protest."""
    lo = max(text.rfind(c, 0, m.start) for c in ".!?؟\n") + 1
    his = [i for i in (text.find(c, m.end) for c in ".!?؟\n") if i >= 0]
    sentence = normalize(text[lo : min(his) if his else len(text)])
    return any(stem in sentence for stem in PROTEST_STEMS)


#: «الأمن» alone is the security forces only beside a verb of what they do or say
#: («اعتقل الأمن»، «إن الأمن فرّق»), not in «حفظ الأمن» or «الأمن والاستقرار».
BARE_SECURITY = frozenset({normalize("الأمن")})
_SECURITY_VERBS = tuple(
    normalize(w)
    for w in [
        "اعتقل",
        "فرق",
        "أطلق",
        "داهم",
        "اقتحم",
        "طوق",
        "اشتبك",
        "منع",
        "قال",
        "أعلن",
        "أكد",
        "أوقف",
        "احتجز",
        "ضبط",
        "لاحق",
        "طارد",
        "قمع",
        "اعتدى",
        "ألقى",
        "يعتقل",
        "يلاحق",
    ]
)
_SAYING = frozenset(normalize(w) for w in ["إن", "أن", "ان"])
#: «القضاء» is the judiciary, but «القضاء على» is eliminating.
ELIMINATION_WORDS = frozenset({normalize("القضاء")})


def _followed_by_ala(m: Mention, text: str) -> bool:
    """«على» (with or without a pronoun) is the next word after `m`."""
    after = text[m.end :].split()
    return bool(after) and normalize(after[0]).startswith("علي")


def _acts(m: Mention, text: str) -> bool:
    """True when a verb of police work or speech stands next to `m`, or «إن» before it."""
    before = text[: m.start].split()
    after = text[m.end :].split()
    words = [normalize(w) for w in before[-1:] + after[:1]]
    words = [w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w for w in words]
    if before and normalize(before[-1]) in _SAYING:
        # «إن الأمن الغذائي مهدد»: a word with «ال» after it is a modifier (a kind of security)
        return not (after and normalize(after[0]).startswith("ال"))
    return any(w.startswith(v) for w in words for v in _SECURITY_VERBS)


#: How near (characters) a country or nationality must be to give its country to a person
#: introduced by a title alone.
OWN_COUNTRY_SPAN = 60
_COUNTRY_KINDS = frozenset({"country", "capital"})


def _own_country(m: Mention, states: list[Mention], text: str) -> Mention | None:
    """The country name, nationality adjective or capital nearest to `m` within
    `OWN_COUNTRY_SPAN` characters and the same sentence, if any."""
    best: tuple[int, Mention] | None = None
    for x in states:
        if x.kind not in _COUNTRY_KINDS:
            continue
        gap = x.start - m.end if x.start >= m.end else m.start - x.end
        if gap < 0 or gap > OWN_COUNTRY_SPAN:
            continue
        between = text[m.end : x.start] if x.start >= m.end else text[x.end : m.start]
        if any(c in between for c in ".!?؟\n"):
            continue
        if best is None or gap < best[0]:
            best = (gap, x)
    return best[1] if best else None




def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The character span of the sentence around [start, end) (ends at . ! ? ؟ or a newline)."""
    lo = max(text.rfind(c, 0, start) for c in ".!?؟\n") + 1
    his = [i for i in (text.find(c, end) for c in ".!?؟\n") if i >= 0]
    return lo, (min(his) if his else len(text))


def _where(
    m: Mention, places: Sequence[tuple[int, str]], states: list[Mention], text: str
) -> str | None:
    """The country of the place `m`'s sentence names — a town or region, else a country or
    capital after «في» — the nearest to `m`; None when the sentence names none."""
    lo, hi = _sentence_bounds(text, m.start, m.end)
    found = [(abs(s - m.start), c) for s, c in places if lo <= s < hi]
    found += [
        (abs(x.start - m.start), x.country)
        for x in states
        if lo <= x.start < hi and x.kind in _COUNTRY_KINDS
        and normalize(text[max(lo, x.start - 3) : x.start]).strip() == "في"
    ]
    return min(found)[1] if found else None


def _resolve_pending(
    mentions: list[Mention],
    enabled: bool,
    places: Sequence[tuple[int, str]] = (),
    text: str = "",
) -> tuple[list[Mention], list[tuple[Mention, Mention]]]:
    """Give institutions named alone the country the text is about so far — the state mentioned
    most often before them within the window, the latest on a tie; with none before, the first
    state named after them, else the nearest place, for the sectors of `LOOK_AHEAD_SECTORS` (`places`: start, country) — or drop them;
    returns the mentions and (mention, antecedent) links."""
    out: list[Mention] = []
    links: list[tuple[Mention, Mention]] = []
    states: list[Mention] = []
    later = [m for m in mentions if _is_state(m)]
    marks = _item_marks(text)
    for m in mentions:
        if m.country == PENDING:
            near = [x for x in states if m.start - x.end <= CONTEXT_WINDOW and not _new_item(marks, x.end, m.start)]
            if not enabled:
                continue
            if normalize(m.text) in BARE_SECURITY and not _acts(m, text):
                continue  # «حفظ الأمن»: security, not the police
            if normalize(m.text) in ELIMINATION_WORDS and _followed_by_ala(m, text):
                continue  # «والقضاء عليها»: eliminating them, not the judiciary
            if normalize(m.text) in CROWDS and not _protest_nearby(m, text):
                continue  # «جماهير النادي»: a crowd is an actor where it protests
            # people named by a plain noun belong first to the place their sentence names: civilians
            # killed «في خان يونس» are Palestinian whoever is mentioned before them
            where = _where(m, places, later, text) if m.sector in PLAIN_PEOPLE_SECTORS else None
            if where is not None:
                # «قتل مدنيون في قصف على خان يونس»: people of the place the sentence names
                m.code = f"{where}:{m.sector}"
                out.append(m)
                continue
            own = _own_country(m, later, text) if m.kind == "person" else None
            if own is not None:
                # «رئيس البرلمان ريشار فيران ... الفرنسي»: an unknown person introduced by a
                # title whose sentence names a country right by him is of that country
                m.code = f"{own.country}:{m.sector}"
                links.append((m, own))
                out.append(m)
                continue
            if not near and (m.sector in LOOK_AHEAD_SECTORS or normalize(m.text) in CROWDS):
                # «فرقت الشرطة المتظاهرين في القاهرة»: nothing before — the first state named
                # after it, else the nearest place, within the window
                after = [x for x in later if 0 <= x.start - m.end <= CONTEXT_WINDOW and not _new_item(marks, m.end, x.start)]
                if after:
                    m.code = f"{after[0].country}:{m.sector}"
                    links.append((m, after[0]))
                    out.append(m)
                    continue
                spots = [
                    (abs(s - m.start), c) for s, c in places if abs(s - m.start) <= CONTEXT_WINDOW
                ]
                if not spots:
                    continue
                m.code = f"{min(spots)[1]}:{m.sector}"
                out.append(m)
                continue
            if not near:
                continue
            ante = _same_institution(m, near)
            if ante is None:
                counts: dict[str, int] = {}
                for x in near:
                    counts[x.country] = counts.get(x.country, 0) + 1
                best = max(counts.values())
                ante = next(x for x in reversed(near) if counts[x.country] == best)
            m.code = f"{ante.country}:{m.sector}"
            links.append((m, ante))
        elif _is_state(m):
            states.append(m)
        out.append(m)
    return out, links


#: Names that are also common words («فتح»: opened), read as the group only when coordinated
#: with another group or organisation («حماس وفتح»، «فتح والجهاد الإسلامي»): key -> actor id.
LIST_ONLY_NAMES = {"فتح": "fatah"}
_GROUP_KINDS = frozenset({"group", "org"})


#: Nouns of members, leaders and rivals of a group: «القيادي في فتح»، «خصومه في فتح».
MEMBER_NOUNS = frozenset(normalize(w) for w in [
    "قيادي", "القيادي", "قياديا", "قياديين", "القياديين", "عضو", "العضو", "أعضاء", "الأعضاء", "مسؤول",
    "المسؤول", "مسؤولين", "المسؤولين", "قادة", "القادة", "كوادر", "الكوادر", "عناصر", "العناصر", "أنصار",
    "الأنصار", "خصوم", "الخصوم", "خصومها", "خصومه", "منافسيه", "منافسيها", "ناشط", "الناشط", "ناشطين",
    "قياديون", "مسؤولون", "ناشطون", "القياديون", "المسؤولون", "الناشطون",
])


def member_noun(norm: str) -> bool:
    """A noun of `MEMBER_NOUNS`, alone or after «و»."""
    return norm in MEMBER_NOUNS or (norm[:1] == "و" and norm[1:] in MEMBER_NOUNS)


def _listed_groups(
    mentions: list[Mention],
    tokens: list[Token],
    seps: list[str],
    text: str,
    kb: KB,
    pub_date: str | None,
) -> list[Mention]:
    """Add «فتح» where it stands in a list beside a group mention, or after a member «في»."""
    groups = [m for m in mentions if m.kind in _GROUP_KINDS]
    taken = [(m.start, m.end) for m in mentions]
    added: list[Mention] = []
    for k, t in enumerate(tokens):
        conj = t.norm.startswith("و") and t.norm[1:] in LIST_ONLY_NAMES
        key = t.norm[1:] if conj else t.norm
        actor = kb.actors.get(LIST_ONLY_NAMES.get(key, ""))
        if actor is None or any(s < t.end and t.start < e for s, e in taken):
            continue
        # «حماس وفتح»: a group just before, joined by «و» (a comma is a break in `seps`, as a
        # full stop is: «حماس. فتح الجيش المعبر» must not count)
        before = conj and k > 0 and seps[k - 1] == " "
        before = before and any(tokens[k - 1].start < m.end <= tokens[k - 1].end for m in groups)
        # «فتح وحماس»: a group just after, joined by «و»
        nxt = tokens[k + 1] if k + 1 < len(tokens) and seps[k] == " " else None
        after = nxt is not None and nxt.norm.startswith("و")
        after = after and nxt is not None and any(m.start == nxt.start + 1 for m in groups)
        # «القيادي في فتح»، «خصومه في فتح»: a member or a rival «in» it (not «نجحت في فتح المعبر»)
        member = (
            not conj and k > 1 and tokens[k - 1].norm == "في" and seps[k - 1] == " " and seps[k - 2] == " "
            and member_noun(tokens[k - 2].norm)
        )
        if before or after or member:
            start = t.start + (1 if conj else 0)
            code = actor.code_on(pub_date)
            m = Mention(start, t.end, text[start : t.end], code, actor.kind, name=actor.name)
            m.actor_id, m.resolved_by = actor.id, "kb"
            added.append(m)
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _same_institution(m: Mention, near: list[Mention]) -> Mention | None:
    """The latest earlier state mention that names the same institution with its country
    («المتحدث باسم وزارة الخارجية المصرية ... وأضاف أن الخارجية»): the text goes on speaking
    of it, whatever country the article is mostly about."""
    key = normalize(m.text)
    for x in reversed(near):
        if x.sector == m.sector and x.kind in ("institution", "role") and key in normalize(x.text):
            return x
    return None


def _place_tokens(tokens: list[Token], seps: list[str]) -> dict[int, tuple[int, str]]:
    """Places by the index of their first token: (last token index, country)."""
    from wasit.actors.places import places_in

    ends = [t.end for t in tokens]
    out: dict[int, tuple[int, str]] = {}
    for s, e, iso3 in places_in(tokens, seps):
        first = bisect_right(ends, s)
        last = bisect_right(ends, e - 1)
        if first < len(tokens) and last < len(tokens):
            out[first] = (last, iso3.split(":")[0])
    return out


def _insert(mentions: list[Mention], more: list[Mention]) -> list[Mention]:
    """`mentions` with `more` inserted in order of start, antecedent indices kept right."""
    return _reindexed(mentions, sorted(mentions + more, key=lambda m: m.start))


def _reindexed(before: list[Mention], after: list[Mention]) -> list[Mention]:
    """`after` (mentions of `before` added to, removed from or reordered) with each antecedent
    index pointing at the same mention as in `before` (None when that mention is gone)."""
    new_index = {id(m): i for i, m in enumerate(after)}
    old = {id(m) for m in before}
    for m in after:
        if m.antecedent is not None and id(m) in old:
            m.antecedent = new_index.get(id(before[m.antecedent]))
    return after


def _add_places(
    mentions: list[Mention], tokens: list[Token], seps: list[str], text: str
) -> list[Mention]:
    """Cities and regions no mention covers become `place` mentions coded with their country
    only (no sector): «قصف خان يونس» has a Palestinian target, «اشتباكات في حلب» a Syrian
    place. Countries and capitals are already actor mentions."""
    from wasit.actors.places import places_in

    spans = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in spans]
    added: list[Mention] = []
    for s, e, iso3 in places_in(tokens, seps):
        k = bisect_right(starts, s) - 1
        if (k >= 0 and spans[k][1] > s) or (k + 1 < len(spans) and spans[k + 1][0] < e):
            continue
        added.append(Mention(s, e, text[s:e], iso3, "place", resolved_by="kb"))
    if not added:
        return mentions
    return _insert(mentions, added)  # antecedent indices shift when places are inserted


_MATCHERS: dict[tuple[str, ...], Matcher] = {}


def _cached_matcher(extra: tuple[str, ...]) -> Matcher:
    m = _MATCHERS.get(extra)
    if m is None:
        m = _MATCHERS[extra] = Matcher(get_kb(extra))
    return m
