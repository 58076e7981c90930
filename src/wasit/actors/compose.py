"""Composition of matched units into mentions: heads with the country that follows them,
titles with names, offices and institutions with their places.

`Unit`s are the recogniser's selected hits; `compose` turns a list of them into `Mention`s.
Codes whose country the context must give carry the `PENDING` placeholder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wasit.actors.kb import ACTOR, ADJ, HEAD, KB, Actor, Entry, norm_key
from wasit.actors.names import given_names, read_unknown_name
from wasit.ar.normalize import normalize, strip_marks
from wasit.ar.tokens import Token
from wasit.doc import Mention

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
#: Nouns before «الملك فهد»، «الأمير سلطان» that make a named place or prize, not a person.
_NAMED_THINGS = frozenset(
    normalize(w)
    for w in [
        "مركز",
        "مستشفى",
        "جامعة",
        "شارع",
        "مطار",
        "جائزة",
        "كأس",
        "مدينة",
        "مسجد",
        "قاعدة",
        "ميناء",
        "جسر",
        "مؤسسة",
        "برنامج",
        "مجمع",
        "حي",
        "طريق",
        "مدرسة",
        "كلية",
        "معهد",
        "قصر",
        "ملعب",
    ]
)
#: Titles of nobility and honour that say nothing of the state the text is about.
_HONORIFICS = frozenset(
    normalize(w)
    for w in [
        "الأمير",
        "أمير",
        "الشيخ",
        "الملك",
        "ملك",
        "السلطان",
        "المستشار",
        "القائد",
        "قائد",
        "الإدارة",
        "إدارة",
        "قيادة",
        "القيادة",
    ]
)
#: Sectors of state titles that the context's country may complete.
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
#: Heads of people acted upon («الرهائن لدى حماس»): they do not take an organisation's code.
_PEOPLE_SECTORS = frozenset({"CVL", "REF", "JRN", "MED", "EDU", "LAB", "BUS", "REL"})
#: «السفارة الأمريكية في القاهرة»، «المبعوث الأممي إلى ليبيا»، «سفير الجزائر لدى واشنطن».
_PLACE_WORDS = frozenset({"في", "الي", "لدي"})
_IN_WORDS = frozenset({"في", "لدي", "بدوله", "داخل"})
#: Heads that are also verbal nouns, read as such before «على»: «القضاء على الإرهاب» is
#: "eliminating terrorism", not the judiciary.
_VERBAL_NOUNS = frozenset(normalize(w) for w in ("القضاء", "قضاء"))
#: Company heads: the guidelines code companies `MNC`, whatever country the text gives them.
_COMPANY_HEADS = frozenset(normalize(w) for w in ("شركة", "الشركة", "الشركات", "شركات"))
_FORMER = frozenset(normalize(w) for w in ("السابق", "الأسبق", "السابقة"))
#: Words that may stand between a title and the name («وزير الخارجية الجزائري آنذاك أحمد عطاف»).
_BETWEEN = frozenset(
    normalize(w) for w in ("آنذاك", "حينها", "حينذاك", "السابق", "الأسبق", "الحالي", "السابقة")
)


#: Country placeholder of a state institution named alone, until the context gives one.
PENDING = "???"
NOT_STATES = frozenset({"UNO", "EUR", "IGO", "IMG", "NGO", "MNC", PENDING})


@dataclass(slots=True)
class Unit:
    """A selected hit, interpreted."""

    first: int
    last: int
    prefix: str
    type: str  # ACTOR, ADJ, HEAD
    entry: Entry
    actor: Actor | None = None


def skip_prefix(token_text: str, n: int) -> int:
    """Offset in the original token text after `n` normalised characters."""
    seen = 0
    for i, ch in enumerate(token_text):
        if seen == n:
            return i
        if not _MARKS.match(ch):
            seen += 1
    return len(token_text)


# -- composition ---------------------------------------------------------------------------


def _span(tokens: list[Token], u_first: int, prefix: str, u_last: int) -> tuple[int, int]:
    t = tokens[u_first]
    start = t.start + skip_prefix(t.text, len(prefix)) if prefix else t.start
    return start, tokens[u_last].end


def _adjacent(a: Unit, b: Unit, seps: list[str]) -> bool:
    return b.first == a.last + 1 and seps[a.last] == " "


def _with_sector(country: str, sector: str) -> str:
    """`CCC:SEC`; an adjective with a code of its own («حوثي» YEM:REB, «أممي» UNO) keeps it."""
    if ":" in country or country in NOT_STATES:
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


#: Words that normalise to a nationality adjective but are not one («اليد اليمنى»: right hand).
_NOT_ADJ_SURFACES = frozenset({"اليمنى", "يمنى", "واليمنى", "باليمنى"})


def _not_adjective(u: Unit, tokens: list[Token], seps: list[str], kb: KB) -> bool:
    """«اليمنى» (right) is not «اليمني» (Yemeni); «كريستوفر روس» is a surname."""
    word = strip_marks(tokens[u.last].text)
    if word in _NOT_ADJ_SURFACES:
        return True
    first = u.first
    return first > 0 and seps[first - 1] == " " and tokens[first - 1].norm in given_names(kb)


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
    masculine = not head.endswith(("ه", "ات", "ون", "ين", "اء")) and head not in _BROKEN_PLURALS
    return masculine and adj_word.endswith("يه")


#: Broken plurals of things and groups, which take a feminine adjective («الفصائل الفلسطينية»).
_BROKEN_PLURALS = frozenset(normalize(w) for w in ("الفصائل", "فصائل", "القوى", "قوى", "الأطراف", "أطراف"))


def _agree(units: list[Unit], i: int, j: int, adj: Unit, tokens: list[Token]) -> bool:
    """A nationality adjective agrees in definiteness with the heads it follows: «الأمير
    التركي» is a Turkish prince, «الأمير تركي» a prince named Turki; «مسؤول أمريكي» and
    «وزير الخارجية الأمريكي» (definite by its genitive) agree."""
    head_definite = _definite(tokens, units[i]) or _definite(tokens, units[j])
    last_word = tokens[units[j].last].norm
    head_definite = head_definite or last_word.startswith("ال")
    return head_definite == _definite(tokens, adj) and not _gender_clash(units, i, j, adj, tokens)


def compose(
    units: list[Unit],
    tokens: list[Token],
    seps: list[str],
    text: str,
    pub_date: str | None,
    kb: KB,
    unknown_people: bool,
    places: dict[int, tuple[int, str]] | None = None,
) -> list[Mention]:
    """`places` maps a token index to where a place starting there ends (its last token) and
    its country: «سكان غزة» are Palestinian civilians."""
    out: list[Mention] = []
    i = 0
    n = len(units)
    while i < n:
        u = units[i]
        if u.type == HEAD and _is_adjective(u, tokens, seps):
            i += 1  # «السياسة الخارجية»: an adjective, not the ministry
            continue
        if u.type == HEAD and _verbal_noun(u, tokens, seps):
            i += 1  # «بالقضاء على»: eliminating, not the judiciary
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
                and not units[j + 1].prefix
                and not tokens[units[j].last].norm.startswith("ال")  # a construct's first part
                and _adjacent(units[j], units[j + 1], seps)
            ):
                j += 1
            m, i = _compose_head(
                units, i, j, tokens, seps, text, pub_date, kb, unknown_people, places=places
            )
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
        elif (
            u.type == ADJ
            and u.entry.country
            and not _before_link(tokens, seps, u.last)
            and not _not_adjective(u, tokens, seps, kb)
        ):
            fixed_code = ":" in u.entry.country or u.entry.country in NOT_STATES
            code = u.entry.country + (":CVL" if u.entry.kind == "pl" and not fixed_code else "")
            kind = "group" if ":" in u.entry.country else ("org" if fixed_code else "country")
            out.append(Mention(start, end, text[start:end], code, kind, resolved_by="kb"))
        i = last + 1
    return out


#: Sectors of people who take the country of the place they live in («أهالي غزة»).
_PLACE_PEOPLE = frozenset({"CVL", "REF"})


def _place_after(
    tokens: list[Token],
    seps: list[str],
    head: Unit,
    definite: bool,
    places: dict[int, tuple[int, str]],
) -> tuple[int, str] | None:
    """The place right after a head (genitive, when the head is not definite: «سكان غزة») or
    after «في» («المدنيين في غزة»): its last token and country."""
    k = head.last + 1
    if k >= len(tokens) or seps[head.last] != " ":
        return None
    if not definite and k in places:
        return places[k]
    if tokens[k].norm in _IN_WORDS and k + 1 < len(tokens) and seps[k] == " ":
        return places.get(k + 1)
    return None


def _word(tokens: list[Token], u: Unit) -> str:
    """A one-word unit's normalised word without its clitics."""
    return tokens[u.first].norm[len(u.prefix) :]


def _verbal_noun(u: Unit, tokens: list[Token], seps: list[str]) -> bool:
    """A one-word head that is a verbal noun with its preposition after it («القضاء على»)."""
    if u.first != u.last or u.last + 1 >= len(tokens) or seps[u.last] != " ":
        return False
    return _word(tokens, u) in _VERBAL_NOUNS and tokens[u.last + 1].norm == "علي"


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
    places: dict[int, tuple[int, str]] | None = None,
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
            and (
                (adjacent and not v.prefix and not _definite(tokens, units[j]))
                or in_gap
                or (adjacent and v.prefix == "ب")
            )
        ):
            code = _with_sector(country, sector)
        elif (
            v.type == ACTOR
            and v.actor is not None
            and v.actor.kind in ("org", "group", "institution", "role")
            # («قادة حماس»: a genitive, not «التقى الوزير بالسفير الأسترالي»)
            and ((adjacent and not v.prefix) or in_gap)
            and sector not in _PEOPLE_SECTORS
        ):
            code = v.actor.code_on(pub_date)
            org = v.actor
            if kind == "role" and v.actor.kind == "group":
                kind = "role"
        if code is not None:
            end = tokens[v.last].end
            nxt += 1
    if code is None and places and sector in _PLACE_PEOPLE:
        found = _place_after(tokens, seps, head, _definite(tokens, head), places)
        if found is not None:
            code, end = f"{found[1]}:{sector}", tokens[found[0]].end
            while nxt < n and units[nxt].first <= found[0]:
                nxt += 1
    if code is not None and i == j and _word(tokens, head) in _COMPANY_HEADS:
        code = "MNC"  # «شركة يابانية»: a company, coded MNC by the guidelines
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
        elif kind == "role" and unknown_people and sector in _STATE_SECTORS:
            # «الرئيس هوغو شافيز» with an unknown name: a person of the context's state,
            # only when the name starts with a known given name
            nxt_first = units[nxt].first if nxt < n else len(tokens)
            name_end = read_unknown_name(tokens, seps, last_tok + 1, nxt_first, given_names(kb))
            if name_end is None or tokens[last_tok + 1].norm not in given_names(kb):
                return None, nxt
            first_tok = units[i].first
            before = tokens[first_tok - 1].norm if first_tok > 0 else ""
            words = {tokens[k].norm for k in range(first_tok, units[j].last + 1)}
            if before in _NAMED_THINGS or words & _NAMED_THINGS:
                return None, nxt  # «مركز الملك فهد»: a place named after a person
            if words & _HONORIFICS:
                return None, nxt  # «الأمير خالد الفيصل»: not tied to the context's state
            pe = tokens[name_end].end
            name_text = text[tokens[last_tok + 1].start : pe]
            code = f"{PENDING}:{'ELI' if former else sector}"
            return Mention(
                start, pe, text[start:pe], code, "person", name=name_text, resolved_by="title"
            ), nxt
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
