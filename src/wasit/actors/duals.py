"""«الجانبان»، «الطرفين»، «البلدين»: the two parties a text has just named.

A dual noun of parties stands for the last pair the text named before it: two actors joined by
«و» («وزير الخارجية الإيطالي … والمبعوث الأممي …»، «زار الجزائر والرباط»), else the two
latest actors of different countries («اتصل ولي العهد السعودي بالعاهل الأردني … بين البلدين»).
The mention carries both codes in `Mention.members`, like a bloc, so events name both sides.
"""

from __future__ import annotations

from wasit.actors.blocs import letter_offset
from wasit.ar.normalize import normalize
from wasit.ar.tokens import Token
from wasit.doc import Mention

#: Dual nouns of parties, with and without the article, in both cases (normalised).
DUALS = frozenset(
    normalize(w) for w in (
        "الجانبان", "الجانبين", "الطرفان", "الطرفين", "البلدان", "البلدين", "الدولتان", "الدولتين",
        "الحكومتان", "الحكومتين", "الزعيمان", "الزعيمين", "الوزيران", "الوزيرين", "الرئيسان", "الرئيسين",
    )
)  # fmt: skip
_CLITICS = ("و", "ب", "ل", "ف", "وب", "ول", "لل", "ولل", "بال", "وبال", "كلا")
#: How far back (characters) the pair may be.
PAIR_WINDOW = 600
#: How far back (characters) two separate actors may be, when no pair joined by «و» is found.
LOOSE_WINDOW = 300
_ACTOR_KINDS = frozenset({"person", "org", "group", "institution", "role", "country", "capital"})


def _dual_at(token: Token) -> int | None:
    """Letters of clitic before a dual noun in `token`, or None when it is none."""
    w = token.norm
    if not w.endswith(("ان", "ين")):
        return None
    if w in DUALS:
        return 0
    for c in _CLITICS:
        if w.startswith(c) and (w[len(c) :] in DUALS or (("ال" + w[len(c) :]) in DUALS and c.endswith("ل"))):
            return len(c) if w[len(c) :] in DUALS else len(c) - 1
    return None


def _joined(a: Mention, b: Mention, text: str) -> bool:
    """«A و B», «A وB», or «A ونظيره B»: one word starting with «و» between them."""
    gap = text[a.end : b.start].strip().lstrip("،,").strip()
    if gap == "":
        return text[b.start - 1 : b.start] == "و"
    return gap.startswith("و") and len(gap.split()) == 1


def _pair_before(at: int, mentions: list[Mention], text: str) -> tuple[Mention, Mention] | None:
    actors = [m for m in mentions if m.end <= at and m.kind in _ACTOR_KINDS and not m.members]
    for a, b in zip(reversed(actors[:-1]), reversed(actors[1:]), strict=True):
        if at - b.end > PAIR_WINDOW:
            break
        if a.country != b.country and _joined(a, b, text):
            return a, b
    latest = [m for m in reversed(actors) if at - m.end <= LOOSE_WINDOW]
    if latest:
        first = latest[0]
        other = next((m for m in latest[1:] if m.country != first.country), None)
        if other is not None:
            return other, first
    return None


def dual_mentions(tokens: list[Token], text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the dual nouns of `tokens` that stand for a pair named before them."""
    out: list[Mention] = []
    taken = [(m.start, m.end) for m in mentions]
    for tok in tokens:
        lead = _dual_at(tok)
        if lead is None:
            continue
        start = letter_offset(tok, lead)
        if any(s < tok.end and start < e for s, e in taken):
            continue
        pair = _pair_before(start, mentions, text)
        if pair is None:
            continue
        a, b = pair
        out.append(Mention(start, tok.end, text[start : tok.end], a.code, "bloc", resolved_by="pair",
                           members=[a.code, b.code]))
    return out
