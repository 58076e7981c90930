"""Reading the name of a person the KB does not know, right after a title.

«القيادي في حماس حماد الرقب»، «نائب مساعد وزير الخارجية جوشوا هاريس»: the words after a coded
title are a name when they start with a known given name (data/actors/first_names.txt), or when
two or three words that are not function words stand alone before punctuation or a verb of
saying. Names rarely start with the article; later words may («نوري المالكي»).
"""

from __future__ import annotations

from functools import lru_cache

from wasit.actors.kb import DATA_DIR, HEAD, KB
from wasit.ar.normalize import normalize
from wasit.ar.tokens import Token

#: Words that never belong to a name after a title (normalised).
STOP = frozenset(
    normalize(w)
    for w in [
        "في",
        "على",
        "عن",
        "من",
        "إلى",
        "الى",
        "مع",
        "إن",
        "أن",
        "ان",
        "أنه",
        "إنه",
        "الذي",
        "التي",
        "الذين",
        "خلال",
        "قال",
        "قالت",
        "أكد",
        "أكدت",
        "أعلن",
        "أعلنت",
        "صرح",
        "صرحت",
        "أوضح",
        "أوضحت",
        "أشار",
        "أشارت",
        "إلى",
        "لدى",
        "بعد",
        "قبل",
        "منذ",
        "حتى",
        "أمس",
        "اليوم",
        "غدا",
        "يوم",
        "السابق",
        "الأسبق",
        "الحالي",
        "الجديد",
        "الجديدة",
        "المقبل",
        "رفيع",
        "رفيعة",
        "المستوى",
        "كان",
        "كانت",
        "هو",
        "هي",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "وقال",
        "وقالت",
        "وأكد",
        "وأعلن",
        "حيث",
        "بشأن",
        "حول",
        "ضد",
        "عبر",
        "أمام",
        "بين",
        "لم",
        "لن",
        "قد",
        "ثم",
        "أو",
        "أي",
        "كل",
        "بعض",
        "المكلف",
        "المكلفة",
        "بالإنابة",
        "بالوكالة",
        "المنتهية",
        "ولايته",
        "ولايتها",
        "نفسه",
        "نفسها",
        "أيضا",
    ]
)
#: Particles inside names: «بن»، «آل»، «أبو»، «عبد».
LINKS = frozenset(normalize(w) for w in (["بن", "ابن", "بنت", "آل", "أبو", "ابو", "عبد", "ولد"]))
#: Verbs of saying and other words that may follow a name.
AFTER = frozenset(
    normalize(w)
    for w in ["قال", "قالت", "أكد", "أكدت", "أعلن", "أعلنت", "إن", "أن", "في", "إلى", "خلال", "و"]
)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    path = DATA_DIR / "first_names.txt"
    out: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.add(normalize(line))
    return frozenset(out)


#: Common nouns that follow titles and are not names («مسؤول يمني بمحافظة عدن»).
NOUNS = frozenset(
    normalize(w)
    for w in [
        "محافظة",
        "مدينة",
        "منطقة",
        "ولاية",
        "بلدة",
        "قرية",
        "وزارة",
        "مجلس",
        "حكومة",
        "دولة",
        "بلاد",
        "مقر",
        "مكتب",
        "عاصمة",
        "مخيم",
        "حي",
        "شارع",
        "مطار",
        "ميناء",
        "معبر",
        "قطاع",
        "إقليم",
        "ضرورة",
        "أهمية",
    ]
)


def _namelike(t: Token) -> bool:
    w = t.norm
    if len(w) < 2 or not w.isalpha() or w in STOP or w.isascii():
        return False
    for p in ("", "ب", "ل", "و", "ف", "ك", "وب", "ول"):
        if w.startswith(p) and w[len(p) :] in NOUNS:
            return False
    return True


def given_names(kb: KB) -> frozenset[str]:
    """first_names.txt and the first word of every person's name in the KB (not a title, a
    particle or a word with the article), computed once per KB."""
    cached = _GIVEN.get(id(kb))
    if cached is not None and cached[0] is kb:
        return cached[1]
    out = set(first_names())
    for a in kb.actors.values():
        if a.kind != "person":
            continue
        for f in a.forms:
            words = normalize(f).split()
            if len(words) < 2:
                continue
            w = words[0]
            if w.startswith("ال") or w in LINKS or w in STOP or w in NOUNS or len(w) < 3:
                continue
            if any(e.type == HEAD for e in kb.entries.get(w, ())):
                continue
            out.add(w)
    names = frozenset(out)
    _GIVEN[id(kb)] = (kb, names)
    return names


_GIVEN: dict[int, tuple[KB, frozenset[str]]] = {}


def read_unknown_name(
    tokens: list[Token], seps: list[str], i: int, limit: int, given: frozenset[str] | None = None
) -> int | None:
    """Index of the last token of a name starting at token `i` (before `limit`), or None.
    `given`: the given names to trust (default: first_names.txt)."""
    known = given if given is not None else first_names()
    if i >= min(limit, len(tokens)) or i == 0 or seps[i - 1] != " ":
        return None
    t0 = tokens[i]
    if not _namelike(t0) or (t0.norm.startswith("ال") and t0.norm not in known):
        return None
    known_first = t0.norm in known or t0.norm in LINKS
    stop = min(limit, len(tokens))
    j = i
    need = 1  # surname words still expected
    while j + 1 < stop and seps[j] == " " and j - i < 5:
        nxt = tokens[j + 1]
        if not _namelike(nxt) or nxt.norm in AFTER:
            break
        if tokens[j].norm in LINKS or nxt.norm in LINKS:
            j += 1
            need = 0
            continue
        if need > 0:
            j += 1
            need -= 1
            continue
        break
    if tokens[j].norm in LINKS or j == i:
        return None
    if known_first:
        return j
    # without a known given name: two words, then punctuation, a verb of saying or the end;
    # a first word in «ة» is a noun («ضرورة التوصل»), given names in «ة» are in the list
    if j - i != 1 or t0.norm.endswith("ه"):
        return None
    w0, w1 = t0.norm, tokens[j].norm
    if (w0[0] in "بلكفو" and w0[1:2] == "م" and len(w0) >= 5) or (w0[0] in "بلك" and len(w0) >= 4):
        return None  # «بموقف»، «لمحافظة»، «بشكل»: a clitic and a noun
    if len(w0) == 4 and w0[0] == "ا":
        return None  # «أبلغ»، «أكبر»: a verb or an elative, not an unknown given name
    if w1.endswith(("ها", "هم", "هما", "يه", "يون", "يين")):
        return None  # a pronoun suffix or an adjective («مهماتها القتالية»)
    after_ok = j + 1 >= len(tokens) or seps[j] != " " or tokens[j + 1].norm in AFTER
    return j if after_ok else None
