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

import itertools
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from wasit.actors.coref import resolve_coreference
from wasit.actors.kb import ACTOR, ADJ, HEAD, KB, Actor, Entry, get_kb, norm_key
from wasit.actors.matcher import Hit, Matcher
from wasit.actors.names import given_names, read_unknown_name
from wasit.ar.normalize import normalize
from wasit.ar.tokens import Token, tokenize
from wasit.doc import Doc, Mention

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
#: Heads of people acted upon («الرهائن لدى حماس»): they do not take an organisation's code.
_PEOPLE_SECTORS = frozenset({"CVL", "REF", "JRN", "MED", "EDU", "LAB", "BUS", "REL"})
#: «السفارة الأمريكية في القاهرة»، «المبعوث الأممي إلى ليبيا»، «سفير الجزائر لدى واشنطن».
_PLACE_WORDS = frozenset({"في", "الي", "لدي"})
_IN_WORDS = frozenset({"في", "لدي", "بدوله", "داخل"})
_FORMER = frozenset(normalize(w) for w in ("السابق", "الأسبق", "السابقة"))
#: Words that may stand between a title and the name («وزير الخارجية الجزائري آنذاك أحمد عطاف»).
_BETWEEN = frozenset(
    normalize(w) for w in ("آنذاك", "حينها", "حينذاك", "السابق", "الأسبق", "الحالي", "السابقة")
)


@dataclass(slots=True)
class Unit:
    """A selected hit, interpreted."""

    first: int
    last: int
    prefix: str
    type: str  # ACTOR, ADJ, HEAD
    entry: Entry
    actor: Actor | None = None


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


def _skip_prefix(token_text: str, n: int) -> int:
    """Offset in the original token text after `n` normalised characters."""
    seen = 0
    for i, ch in enumerate(token_text):
        if seen == n:
            return i
        if not _MARKS.match(ch):
            seen += 1
    return len(token_text)


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
        seps = [
            " " if text[a.end : b.start].isspace() else "\n" for a, b in itertools.pairwise(tokens)
        ]
        hits = select_longest(
            [h for h in self.matcher.find(tokens, seps) if _cued(h, tokens, seps, self.kb)]
        )
        if self.kb.needs_support:
            hits = _supported(hits, self.kb)
        units = [self._unit(h) for h in hits]
        mentions = _compose(units, tokens, seps, text, pub_date, self.kb, self.unknown_people)
        mentions, links = _resolve_pending(mentions, self.coreference)
        if self.coreference:
            mentions = resolve_coreference(mentions, tokens, text, self.kb, pub_date)
        mentions.sort(key=lambda m: m.start)
        index = {id(m): k for k, m in enumerate(mentions)}
        for m, ante in links:
            m.antecedent = index[id(ante)]
        if self.places:
            mentions = _add_places(mentions, tokens, seps, text)
        mentions.sort(key=lambda m: m.start)
        starts = list(sentence_starts)
        for m in mentions:
            m.sentence = bisect_right(starts, m.start) - 1 if starts else -1
        return mentions

    def _unit(self, h: Hit) -> Unit:
        e = _pick_entry(h.entries)
        actor = self.kb.actors.get(e.actor_id) if e.actor_id else None
        return Unit(h.first, h.last, h.prefix, e.type, e, actor)


#: Country placeholder of a state institution named alone, until the context gives one.
PENDING = "???"
_NOT_STATES = frozenset({"UNO", "EUR", "IGO", "IMG", "NGO", "MNC", PENDING})
_STATE_KINDS = frozenset({"country", "capital", "institution", "role", "person"})
#: How far back (characters) a state mention may be to give its country to an institution.
CONTEXT_WINDOW = 1200


def _resolve_pending(
    mentions: list[Mention], enabled: bool
) -> tuple[list[Mention], list[tuple[Mention, Mention]]]:
    """Give institutions named alone the country the text is about so far — the state mentioned
    most often before them within the window, the latest on a tie — or drop them; returns the
    mentions and (mention, antecedent) links."""
    out: list[Mention] = []
    links: list[tuple[Mention, Mention]] = []
    states: list[Mention] = []
    for m in mentions:
        if m.country == PENDING:
            near = [x for x in states if m.start - x.end <= CONTEXT_WINDOW]
            if not enabled or not near:
                continue
            counts: dict[str, int] = {}
            for x in near:
                counts[x.country] = counts.get(x.country, 0) + 1
            best = max(counts.values())
            ante = next(x for x in reversed(near) if counts[x.country] == best)
            m.code = f"{ante.country}:{m.sector}"
            links.append((m, ante))
        elif m.kind in _STATE_KINDS and m.country not in _NOT_STATES and len(m.country) == 3:
            states.append(m)
        out.append(m)
    return out, links


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
    # antecedent indices shift when places are inserted: recompute them
    out = sorted(mentions + added, key=lambda m: m.start)
    new_index = {id(m): i for i, m in enumerate(out)}
    for m in out:
        if m.antecedent is not None:
            m.antecedent = new_index[id(mentions[m.antecedent])]
    return out


_MATCHERS: dict[tuple[str, ...], Matcher] = {}


def _cached_matcher(extra: tuple[str, ...]) -> Matcher:
    m = _MATCHERS.get(extra)
    if m is None:
        m = _MATCHERS[extra] = Matcher(get_kb(extra))
    return m


# -- composition ---------------------------------------------------------------------------


def _span(tokens: list[Token], u_first: int, prefix: str, u_last: int) -> tuple[int, int]:
    t = tokens[u_first]
    start = t.start + _skip_prefix(t.text, len(prefix)) if prefix else t.start
    return start, tokens[u_last].end


def _adjacent(a: Unit, b: Unit, seps: list[str]) -> bool:
    return b.first == a.last + 1 and seps[a.last] == " "


def _with_sector(country: str, sector: str) -> str:
    """`CCC:SEC`; an adjective with a code of its own («حوثي» YEM:REB, «أممي» UNO) keeps it."""
    if ":" in country or country in _NOT_STATES:
        return country
    return f"{country}:{sector}"


def _country_of(u: Unit) -> str | None:
    if u.type == ADJ:
        return u.entry.country
    if u.type == ACTOR and u.actor is not None and u.actor.kind in ("country", "capital"):
        return u.actor.code.split(":")[0]
    return None


_LINKS = frozenset(normalize(w) for w in ("بن", "ابن", "بنت", "آل"))


def _before_link(tokens: list[Token], seps: list[str], last: int) -> bool:
    """«تركي بن محمد»: a word before «بن» is a given name, not a nationality adjective."""
    return last + 1 < len(tokens) and seps[last] == " " and tokens[last + 1].norm in _LINKS


def _is_adjective(u: Unit, tokens: list[Token], seps: list[str]) -> bool:
    """A one-word head in «ية» after a definite noun is its adjective («الشؤون الداخلية»)."""
    if u.first != u.last or u.first == 0 or u.prefix or seps[u.first - 1] != " ":
        return False
    word = tokens[u.first].norm
    prev = tokens[u.first - 1].norm
    return word.startswith("ال") and word.endswith("يه") and prev.startswith(("ال", "وال"))


def _definite(tokens: list[Token], u: Unit) -> bool:
    """Whether a unit's first word carries the article (after its clitics)."""
    return tokens[u.first].norm[len(u.prefix) :].startswith(("ال", "لل")) or u.prefix.endswith("لل")


def _gender_clash(units: list[Unit], i: int, j: int, adj: Unit, tokens: list[Token]) -> bool:
    """«شركة الطيران المصرية»: a one-word masculine singular head («الطيران») does not take a
    feminine adjective, so the adjective belongs to another noun."""
    if i != j or units[i].first != units[i].last:
        return False
    head = tokens[units[i].first].norm
    adj_word = tokens[adj.last].norm
    masculine = not head.endswith(("ه", "ات", "ون", "ين", "اء"))
    return masculine and adj_word.endswith("يه")


def _agree(units: list[Unit], i: int, j: int, adj: Unit, tokens: list[Token]) -> bool:
    """A nationality adjective agrees in definiteness with the heads it follows: «الأمير
    التركي» is a Turkish prince, «الأمير تركي» a prince named Turki; «مسؤول أمريكي» and
    «وزير الخارجية الأمريكي» (definite by its genitive) agree."""
    head_definite = _definite(tokens, units[i]) or _definite(tokens, units[j])
    last_word = tokens[units[j].last].norm
    head_definite = head_definite or last_word.startswith("ال")
    return head_definite == _definite(tokens, adj) and not _gender_clash(units, i, j, adj, tokens)


def _compose(
    units: list[Unit],
    tokens: list[Token],
    seps: list[str],
    text: str,
    pub_date: str | None,
    kb: KB,
    unknown_people: bool,
) -> list[Mention]:
    out: list[Mention] = []
    i = 0
    n = len(units)
    while i < n:
        u = units[i]
        if u.type == HEAD and _is_adjective(u, tokens, seps):
            i += 1  # «السياسة الخارجية»: an adjective, not the ministry
            continue
        if u.type == HEAD and u.entry.kind == "thing":
            # «الغارات الإسرائيلية»: only with a nationality adjective right after it
            nx = units[i + 1] if i + 1 < n else None
            if (
                nx is not None
                and nx.type == ADJ
                and _adjacent(u, nx, seps)
                and _agree(units, i, i, nx, tokens)
            ):
                v = units[i + 1]
                start, _ = _span(tokens, u.first, u.prefix, u.last)
                end = tokens[v.last].end
                code = _with_sector(v.entry.country or "", u.entry.sector or "MIL")
                out.append(
                    Mention(start, end, text[start:end], code, "institution", resolved_by="pattern")
                )
                i += 2
            else:
                i += 1
            continue
        if u.type == HEAD:
            j = i
            while (
                j + 1 < n
                and units[j + 1].type == HEAD
                and units[j + 1].entry.kind != "thing"
                and _adjacent(units[j], units[j + 1], seps)
            ):
                j += 1
            m, i = _compose_head(units, i, j, tokens, seps, text, pub_date, kb, unknown_people)
            if m is not None:
                out.append(m)
            continue
        if u.type == ACTOR and u.actor is not None and u.actor.kind in ("role", "institution"):
            # an office or institution of the KB («الرئيس الأمريكي»، «السفارة الأمريكية»):
            # a coded title, which a name or a place may follow
            m, i = _compose_head(
                units, i, i, tokens, seps, text, pub_date, kb, unknown_people, fixed=u.actor
            )
            if m is not None:
                out.append(m)
            continue
        start, end = _span(tokens, u.first, u.prefix, u.last)
        last = i
        if u.type == ACTOR and u.actor is not None:
            a = u.actor
            # «حزب الله اللبناني»: an adjective of the same country belongs to the name
            nx = units[i + 1] if i + 1 < n else None
            same = (
                nx is not None
                and nx.type == ADJ
                and nx.entry.country == a.code_on(pub_date).split(":")[0]
            )
            if nx is not None and same and _adjacent(u, nx, seps):
                last = i + 1
                end = tokens[nx.last].end
            out.append(_actor_mention(a, start, end, text, pub_date))
        elif u.type == ADJ and u.entry.country and not _before_link(tokens, seps, u.last):
            fixed_code = ":" in u.entry.country or u.entry.country in _NOT_STATES
            code = u.entry.country + (":CVL" if u.entry.kind == "pl" and not fixed_code else "")
            kind = "group" if ":" in u.entry.country else ("org" if fixed_code else "country")
            out.append(Mention(start, end, text[start:end], code, kind, resolved_by="kb"))
        i = last + 1
    return out


def _actor_mention(
    a: Actor, start: int, end: int, text: str, pub_date: str | None, how: str = "kb"
) -> Mention:
    named = a.kind in ("person", "org", "group", "institution")
    if a.source.startswith("user:"):
        how = "user"
    return Mention(
        start, end, text[start:end], a.code_on(pub_date), a.kind,
        name=a.name if named else None, actor_id=a.id, resolved_by=how,
    )  # fmt: skip


def _compose_head(
    units: list[Unit],
    i: int,
    j: int,
    tokens: list[Token],
    seps: list[str],
    text: str,
    pub_date: str | None,
    kb: KB,
    unknown_people: bool,
    fixed: Actor | None = None,
) -> tuple[Mention | None, int]:
    """Heads units[i..j], then what gives them a country; returns the mention and next index.
    `fixed` is an office of the KB standing for the heads, already coded."""
    n = len(units)
    head = units[j]
    sector = head.entry.sector or "GOV"
    kind = "role" if any(units[k].entry.kind == "role" for k in range(i, j + 1)) else "institution"
    start, end = _span(tokens, units[i].first, units[i].prefix, head.last)
    code: str | None = None
    org: Actor | None = None  # «قادة حماس»: the organisation the heads belong to
    nxt = j + 1
    via = "pattern"
    if fixed is not None:
        code, kind, via = fixed.code_on(pub_date), fixed.kind, "kb"
    elif nxt < n:
        v = units[nxt]
        gap = v.first - head.last - 1
        adjacent = gap == 0 and seps[head.last] == " "
        in_gap = gap == 1 and tokens[head.last + 1].norm in _IN_WORDS and seps[head.last] == " "
        country = _country_of(v)
        if (
            country
            and v.type == ADJ
            and adjacent
            and not v.prefix
            and _agree(units, i, j, v, tokens)
        ) or (
            country
            and v.type == ACTOR
            and ((adjacent and not v.prefix) or in_gap or (adjacent and v.prefix == "ب"))
        ):
            code = _with_sector(country, sector)
        elif (
            v.type == ACTOR
            and v.actor is not None
            and v.actor.kind in ("org", "group", "institution", "role")
            and (adjacent or in_gap)
            and sector not in _PEOPLE_SECTORS
        ):
            code = v.actor.code_on(pub_date)
            org = v.actor
            if kind == "role" and v.actor.kind == "group":
                kind = "role"
        if code is not None:
            end = tokens[v.last].end
            nxt += 1
    if code is not None and nxt < n and _country_of(units[nxt]) and units[nxt].type == ACTOR:
        # «سفير الجزائر بواشنطن» / «السفارة الأمريكية في القاهرة»: the place belongs to it
        w = units[nxt]
        lt = _last_token(tokens, end)
        g2 = w.first - lt - 1
        if (g2 == 0 and w.prefix == "ب" and seps[lt] == " ") or (
            g2 == 1 and tokens[lt + 1].norm in _PLACE_WORDS and seps[lt] == " "
        ):
            end = tokens[w.last].end
            nxt += 1
    # a known person right after the title (and its country), maybe after «آنذاك»
    last_tok = _last_token(tokens, end)
    former = False
    while (
        last_tok + 1 < len(tokens)
        and tokens[last_tok + 1].norm in _BETWEEN
        and seps[last_tok] == " "
    ):
        last_tok += 1
        former = former or tokens[last_tok].norm in _FORMER
    if former and code is not None:
        code = code.split(":")[0] + ":ELI"
    if nxt < n:
        p = units[nxt]
        is_person = p.type == ACTOR and p.actor is not None and p.actor.kind == "person"
        if is_person and p.actor is not None and p.first == last_tok + 1 and seps[last_tok] == " ":
            pe = tokens[p.last].end
            m = _actor_mention(p.actor, start, pe, text, pub_date)
            if former:
                m.code = m.country + ":ELI"
            return m, nxt + 1
    if code is None:
        # «أعلنت الحكومة»: a state institution alone takes the country of the context
        if i == j and norm_key(text[start:end]) in kb.context_heads:
            code, via = f"{PENDING}:{'ELI' if former else sector}", "coref"
        else:
            return None, nxt
    if kind == "role" and unknown_people:
        limit = units[nxt].first if nxt < n else len(tokens)
        name_end = read_unknown_name(tokens, seps, last_tok + 1, limit, given_names(kb))
        if name_end is not None:
            pe = tokens[name_end].end
            name_text = text[tokens[last_tok + 1].start : pe]
            how = "title" if via != "coref" else via
            return Mention(
                start, pe, text[start:pe], code, "person", name=name_text, resolved_by=how
            ), nxt
    m = Mention(start, end, text[start:end], code, kind, resolved_by=via)
    if fixed is not None:
        m.actor_id = fixed.id
        m.name = fixed.name if fixed.kind == "institution" else None
    if org is not None and org.kind != "role":
        m.name, m.actor_id = org.name, org.id
        if org.source.startswith("user:"):
            m.resolved_by = "user"
    return m, nxt


def _last_token(tokens: list[Token], end: int) -> int:
    lo, hi = 0, len(tokens) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if tokens[mid].end <= end:
            lo = mid
        else:
            hi = mid - 1
    return lo
