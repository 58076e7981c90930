"""Within-document coreference of actor mentions.

After a person is introduced («وزير الخارجية الجزائري أحمد عطاف»), later mentions by surname
(«عطاف»، «لعطاف»), by the title alone («الوزير»، «الوزير الجزائري» is already coded by the
recogniser) and, for movements, by «الحركة»/«الجماعة»/«التنظيم» take the code and name of the
nearest earlier full mention. `antecedent` is the index of that mention in the sorted list.
"""

from __future__ import annotations

from wasit.actors.kb import KB, Actor
from wasit.actors.names import given_names
from wasit.ar.normalize import normalize
from wasit.ar.tokens import Token, clitic_splits
from wasit.doc import Mention

#: Bare titles that refer back to the last person mention holding such a title.
TITLE_WORDS: dict[str, tuple[str, ...]] = {
    normalize(k): tuple(normalize(x) for x in v)
    for k, v in {
        "الوزير": ("وزير",),
        "الوزيرة": ("وزيرة",),
        "الرئيس": ("رئيس", "الرئيس"),
        "الأمير": ("أمير", "الأمير"),
        "الملك": ("ملك", "الملك", "العاهل"),
        "السفير": ("سفير", "السفير"),
        "المبعوث": ("مبعوث", "المبعوث"),
        "المسؤول": ("مسؤول", "المسؤول"),
        "القيادي": ("قيادي", "القيادي"),
    }.items()
}
#: Words that refer back to the last movement or organisation.
GROUP_WORDS = frozenset(
    normalize(w) for w in ("الحركة", "الجماعة", "التنظيم", "الحزب", "الميليشيا")
)
#: Every form of the group and title words, with and without the article, for a quick test.
_FIXED_STEMS = frozenset(
    x for w in (*GROUP_WORDS, *TITLE_WORDS) for x in (w, w[2:] if w.startswith("ال") else w)
)
_RELATIVES = frozenset(normalize(w) for w in ("الذي", "التي", "الذين", "اللذان", "اللتان"))
_LINKS = frozenset(normalize(w) for w in ("بن", "ابن", "بنت", "آل", "ال"))
_ORDINALS = frozenset(normalize(w) for w in ("الثاني", "الأول", "الثالث", "السادس", "الخامس"))
_SURNAME_PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فل", "فب", "لل"})


_SURNAME_CACHE: dict[str, frozenset[str]] = {}


def _surnames(m: Mention, kb: KB) -> frozenset[str]:
    if m.actor_id and m.actor_id in _SURNAME_CACHE:
        return _SURNAME_CACHE[m.actor_id]
    out = _surnames_of(m, kb)
    if m.actor_id:
        _SURNAME_CACHE[m.actor_id] = out
    return out


def _surnames_of(m: Mention, kb: KB) -> frozenset[str]:
    """Words that name this person alone: the last word of each form of the KB actor, or of
    the surface name of an unknown person."""
    out: set[str] = set()
    forms: list[str] = []
    if m.actor_id and m.actor_id in kb.actors:
        forms = kb.actors[m.actor_id].forms
    elif m.name:
        forms = [m.name]
    for f in forms:
        words = normalize(f).split()
        if any(w in _LINKS for w in words):
            continue  # «سلمان بن عبدالعزيز»: a father's or family name names many people
        if len(words) >= 2 and len(words[-1]) >= 3 and words[-1] not in _ORDINALS:
            out.add(words[-1])
    return frozenset(out)


def resolve_coreference(
    mentions: list[Mention], tokens: list[Token], text: str, kb: KB, pub_date: str | None
) -> list[Mention]:
    """Add coreferent mentions for uncovered tokens; link repeated KB actors to their first
    mention. Returns all mentions sorted by start, `antecedent` set."""
    mentions = sorted(mentions, key=lambda m: m.start)
    new: list[tuple[Mention, Mention]] = []  # (coref mention, antecedent)
    links: list[tuple[Mention, Mention]] = []  # (repeated KB mention, its first mention)
    by_surname: dict[str, Mention] = {}
    first_of: dict[str, Mention] = {}
    persons: list[Mention] = []
    groups: list[Mention] = []
    ci = 0
    given = given_names(kb)
    for k, t in enumerate(tokens):
        while ci < len(mentions) and mentions[ci].end <= t.start:
            _see(mentions[ci], kb, by_surname, first_of, persons, groups, links)
            ci += 1
        if ci < len(mentions) and mentions[ci].start < t.end:
            continue  # inside (or overlapping) a mention
        if len(t.norm) < 3 or not (persons or groups):
            continue
        w = t.norm
        if not any(w[k:] in by_surname or w[k:] in _FIXED_STEMS for k in range(min(5, len(w) - 2))):
            continue  # cheap test before trying every clitic split
        prev_w = tokens[k - 1].norm if k > 0 else ""
        next_w = tokens[k + 1].norm if k + 1 < len(tokens) else ""
        ante = _antecedent(t, by_surname, persons, groups, prev_w, next_w, given)
        if ante is None:
            continue
        m, prefix_len = ante
        start = t.start + prefix_len
        if m.kind != "group" and t.norm.endswith(tuple(GROUP_WORDS)):
            # «الحركة» after «القيادي في حماس …»: the movement, not the person
            c = Mention(start, t.end, text[start : t.end], m.code, "group", resolved_by="coref")
            org = _group_inside(m, kb)
            if org is not None:
                c.name, c.actor_id, c.code = org.name, org.id, org.code
        else:
            c = Mention(
                start, t.end, text[start : t.end], m.code, m.kind,
                name=m.name, actor_id=m.actor_id, resolved_by="coref",
            )  # fmt: skip
        new.append((c, m))
    while ci < len(mentions):
        _see(mentions[ci], kb, by_surname, first_of, persons, groups, links)
        ci += 1
    allm = mentions + [c for c, _ in new]
    allm.sort(key=lambda m: m.start)
    index = {id(m): k for k, m in enumerate(allm)}
    for c, a in new + links:
        c.antecedent = index[id(a)]
    return allm


def _group_inside(m: Mention, kb: KB) -> Actor | None:
    """The movement named inside a composite mention («القيادي في حركة حماس صالح العاروري»)."""
    words = [normalize(w) for w in m.text.split()]
    for i in range(len(words)):
        for j in range(min(len(words), i + 6), i, -1):
            for w in {" ".join(words[i:j]), " ".join(words[i:j])[1:]}:  # «لحركة حماس»
                for e in kb.entries.get(w, ()):
                    a = kb.actors.get(e.actor_id or "")
                    if a is not None and a.kind in ("group", "org"):
                        return a
    return None


def _see(
    m: Mention,
    kb: KB,
    by_surname: dict[str, Mention],
    first_of: dict[str, Mention],
    persons: list[Mention],
    groups: list[Mention],
    links: list[tuple[Mention, Mention]],
) -> None:
    if m.kind == "role" and m.name is None and persons:
        # «الرئيس الجزائري» after «الرئيس الجزائري عبد المجيد تبون»: the same person
        title = normalize(m.text)
        for p in reversed(persons[-8:]):
            if normalize(p.text).startswith(title + " ") and p.country == m.country:
                m.kind, m.name, m.actor_id, m.code = "person", p.name, p.actor_id, p.code
                m.resolved_by = "coref"
                links.append((m, p))
                return
    if m.actor_id and m.kind in ("person", "org", "group"):
        first = first_of.setdefault(m.actor_id, m)
        if first is not m:
            links.append((m, first))
    if m.kind == "person":
        persons.append(m)
        for s in _surnames(m, kb):
            by_surname[s] = m
    movement = m.kind == "group" or m.sector in ("REB", "PTY", "OPP", "PRM")
    # «القيادي في حركة حماس …»: a leader's title names the movement too
    leader = m.kind in ("person", "role") and len(m.text.split()) > 2
    if movement or (leader and _group_inside(m, kb) is not None):
        groups.append(m)


def _antecedent(
    t: Token,
    by_surname: dict[str, Mention],
    persons: list[Mention],
    groups: list[Mention],
    prev_w: str = "",
    next_w: str = "",
    given: frozenset[str] = frozenset(),
) -> tuple[Mention, int] | None:
    """The earlier mention a token refers to, and the length of its clitic prefix. Not when
    the word is an adjective («الداعم الرئيس»), takes a modifier («الجماعة السلفية») or
    introduces a new name («الملك فهد»)."""
    for prefix, stem in clitic_splits(t.norm):
        if prefix in _SURNAME_PREFIXES:
            word, plen = stem, len(prefix)
        elif prefix in ("ال", "وال", "بال", "لل", "فال"):
            word, plen = "ال" + stem, len(prefix) - (2 if prefix.endswith("ال") else 1)
        else:
            continue
        modified = next_w.startswith("ال") and next_w not in _RELATIVES
        if word in GROUP_WORDS:
            if modified:
                return None
            return (groups[-1], plen) if groups else None
        if word in TITLE_WORDS:
            if prev_w.startswith("ال") or next_w in given or modified:
                return None
            heads = TITLE_WORDS[word]
            for m in reversed(persons[-8:]):
                if any(h in normalize(m.text) for h in heads):
                    return m, plen
            return None
        if prefix in _SURNAME_PREFIXES and stem in by_surname:
            return by_surname[stem], plen
    return None
