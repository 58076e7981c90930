"""Within-document coreference of actor mentions.

After a person is introduced («وزير الخارجية الجزائري أحمد عطاف»), later mentions by surname
(«عطاف»، «لعطاف»), by the title alone («الوزير»، «الوزير الجزائري» is already coded by the
recogniser) and, for movements, by «الحركة»/«الجماعة»/«التنظيم» take the code and name of the
nearest earlier full mention. `antecedent` is the index of that mention in the sorted list.
"""

from __future__ import annotations

from wasit.actors.kb import KB
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
_SURNAME_PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فل", "فب", "لل"})


def _surnames(m: Mention, kb: KB) -> set[str]:
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
        if len(words) >= 2 and len(words[-1]) >= 3:
            out.add(words[-1])
    return out


def resolve_coreference(
    mentions: list[Mention], tokens: list[Token], text: str, kb: KB, pub_date: str | None
) -> list[Mention]:
    mentions = sorted(mentions, key=lambda m: m.start)
    covered = [(m.start, m.end) for m in mentions]
    new: list[tuple[Mention, Mention]] = []  # (coref mention, antecedent)
    ci = 0
    seen: list[Mention] = []
    for t in tokens:
        while ci < len(mentions) and mentions[ci].end <= t.start:
            seen.append(mentions[ci])
            ci += 1
        if ci < len(mentions) and mentions[ci].start < t.end and t.start < mentions[ci].end:
            continue
        if any(s < t.end and t.start < e for s, e in covered[max(0, ci - 1) : ci + 1]):
            continue
        ante = _antecedent(t, seen, kb)
        if ante is None:
            continue
        m, prefix_len = ante
        start = t.start + prefix_len
        if m.kind != "group" and t.norm.endswith(tuple(GROUP_WORDS)):
            # «الحركة» after «القيادي في حماس …»: the movement, not the person
            c = Mention(start, t.end, text[start : t.end], m.code, "group", resolved_by="coref")
        else:
            c = Mention(
                start,
                t.end,
                text[start : t.end],
                m.code,
                m.kind,
                name=m.name,
                actor_id=m.actor_id,
                resolved_by="coref",
            )
        new.append((c, m))
    if not new:
        return mentions
    allm = mentions + [c for c, _ in new]
    allm.sort(key=lambda m: m.start)
    index = {id(m): k for k, m in enumerate(allm)}
    for c, a in new:
        c.antecedent = index[id(a)]
        c.sentence = a.sentence if a.sentence >= 0 else c.sentence
    return allm


def _antecedent(t: Token, seen: list[Mention], kb: KB) -> tuple[Mention, int] | None:
    if not seen:
        return None
    for prefix, stem in clitic_splits(t.norm):
        if prefix not in _SURNAME_PREFIXES and not (prefix in ("ال", "وال", "بال", "لل") and stem):
            continue
        word = stem if prefix in _SURNAME_PREFIXES else "ال" + stem
        plen = len(prefix) if prefix in _SURNAME_PREFIXES else 0
        if word in GROUP_WORDS:
            for m in reversed(seen[-12:]):
                if m.kind == "group" or m.sector in ("REB", "PTY", "OPP", "PRM"):
                    return m, plen
            return None
        if word in TITLE_WORDS:
            heads = TITLE_WORDS[word]
            for m in reversed(seen[-12:]):
                if m.kind == "person" and any(h in normalize(m.text) for h in heads):
                    return m, plen
            return None
        if prefix in _SURNAME_PREFIXES and len(stem) >= 3:
            for m in reversed(seen):
                if m.kind == "person" and stem in _surnames(m, kb):
                    return m, plen
    return None
