"""Blocs of states named as a class («الدول الغربية»، «دول عربية»، «الوسطاء»).

The guidelines code "the West / Western states as a bloc" as the states the text names, and
leave the side empty otherwise. A bloc mention stands for the states listed right after a bloc
mention in the same sentence — an apposition or a list introduced by «هي»، «وهي»، «مثل»، «منها»،
«من بينها»، «أي»، a colon or a parenthesis («الدول الغربية التي تواصلت مع الجزائر هي فرنسا
وإيطاليا وألمانيا») — and every mention of that bloc in the document then stands for the same
states. The forms are data: `wasit/data/actors/blocs.tsv`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from wasit.ar.normalize import normalize
from wasit.ar.tokens import Token
from wasit.doc import Mention

#: Words that introduce the members of a bloc named before them (normalised).
LIST_INTRODUCERS = frozenset(
    normalize(w) for w in (
        "هي", "وهي", "هم", "وهم", "مثل", "منها", "ومنها", "بينها", "أي", "اي", "وتحديدا", "تحديدا",
        "خاصة", "وخاصة", "لاسيما", "ولاسيما", "كـ",
    )
)  # fmt: skip
#: How many words may stand between a bloc mention and its list («التي تواصلت سرا مع … هي»).
LIST_REACH = 14
_STATE_KINDS = frozenset({"country", "capital"})
_CLITICS = ("و", "ب", "ل", "ف", "وب", "ول", "لل", "ولل", "بال", "وبال")


@dataclass(frozen=True, slots=True)
class Bloc:
    bloc: str
    sector: str
    forms: tuple[tuple[str, ...], ...]  # normalised word sequences


@lru_cache(maxsize=1)
def load_blocs() -> tuple[Bloc, ...]:
    path = resources.files("wasit") / "data" / "actors" / "blocs.tsv"
    out: list[Bloc] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        bloc, sector, forms = line.split("\t")
        seqs = tuple(tuple(normalize(w) for w in f.split()) for f in forms.split("|") if f.strip())
        out.append(Bloc(bloc, sector, seqs))
    return tuple(out)


@lru_cache(maxsize=1)
def _by_first_word() -> dict[str, tuple[tuple[tuple[str, ...], Bloc], ...]]:
    """The bloc forms by their first word, longest first."""
    index: dict[str, list[tuple[tuple[str, ...], Bloc]]] = {}
    for bloc in load_blocs():
        for seq in bloc.forms:
            index.setdefault(seq[0], []).append((seq, bloc))
    return {w: tuple(sorted(v, key=lambda sb: -len(sb[0]))) for w, v in index.items()}


@lru_cache(maxsize=1)
def _endings() -> frozenset[str]:
    """The last three letters of every first word of a bloc form (a quick filter)."""
    return frozenset(w[-3:] for w in _by_first_word())


def _first_words(token: str) -> list[tuple[str, int]]:
    """(word, clitic letters) readings of a token: itself, and without one clitic («والدول»،
    «للدول» = ل + الدول with the article's alef elided)."""
    out = [(token, 0)]
    for c in _CLITICS:
        if token.startswith(c) and len(token) > len(c) + 2:
            rest = token[len(c) :]
            out.append((rest, len(c)))
            if c.endswith("ل"):
                out.append(("ال" + rest, len(c) - 1))
    return out


def find_blocs(tokens: list[Token]) -> list[tuple[int, int, int, Bloc]]:
    """(first token, clitic letters, last token, bloc) of every bloc form, the longest at each
    place, not overlapping."""
    index = _by_first_word()
    endings = _endings()
    found: list[tuple[int, int, int, Bloc]] = []
    k = 0
    while k < len(tokens):
        best: tuple[int, int, Bloc] | None = None
        if tokens[k].norm[-3:] not in endings:  # a clitic is a prefix: the word ends the token
            k += 1
            continue
        for word, lead in _first_words(tokens[k].norm):
            for seq, bloc in index.get(word, ()):
                end = k + len(seq) - 1
                if end >= len(tokens) or (best is not None and end <= best[0]):
                    continue
                if all(tokens[k + j].norm == w for j, w in enumerate(seq[1:], 1)):
                    best = (end, lead, bloc)
        if best is None:
            k += 1
            continue
        found.append((k, best[1], best[0], best[2]))
        k = best[0] + 1
    return found


def bloc_mentions(tokens: list[Token], text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the blocs of `tokens` whose members the document lists, each standing for
    them (`Mention.members`, the code of the first); blocs with no list are left out."""
    spans = find_blocs(tokens)
    if not spans:
        return []
    members: dict[str, list[str]] = {}
    for _, _, last, bloc in spans:
        if bloc.bloc in members:
            continue
        listed = _listed_states(tokens, text, last, mentions)
        if len(listed) >= 2:
            members[bloc.bloc] = [f"{c}:{bloc.sector}" for c in listed]
    out: list[Mention] = []
    taken = [(m.start, m.end) for m in mentions]
    for first, lead, last, bloc in spans:
        codes = members.get(bloc.bloc)
        if not codes:
            continue
        start, end = letter_offset(tokens[first], lead), tokens[last].end
        if any(s < end and start < e for s, e in taken):
            continue
        out.append(Mention(start, end, text[start:end], codes[0], "bloc", resolved_by="list",
                           members=list(codes)))
    return out


def letter_offset(tok: Token, letters: int) -> int:
    """The character offset after the first `letters` letters of a token (diacritics skipped)."""
    if letters == 0:
        return tok.start
    seen = 0
    for i, ch in enumerate(tok.text):
        if ch.isalpha():
            seen += 1
            if seen == letters:
                return tok.start + i + 1
    return tok.start


def _listed_states(tokens: list[Token], text: str, last: int, mentions: list[Mention]) -> list[str]:
    """The countries of the state mentions listed after an introducer a few words after token
    `last`, in the same sentence; [] when there is no such list."""
    ends = [i for i in (text.find(c, tokens[last].end) for c in ".!?؟\n") if i >= 0]
    end_char = min(ends) if ends else len(text)
    intro: int | None = None
    for k in range(last + 1, min(len(tokens), last + 1 + LIST_REACH)):
        if tokens[k].start >= end_char:
            break
        if tokens[k].norm in LIST_INTRODUCERS or tokens[k].text in (":", "("):
            intro = k
            break
    after = text[tokens[last].end : end_char].lstrip()
    if after[:1] in ("(", ":"):
        at = end_char - len(after) + 1  # «دول الخليج (السعودية والإمارات)»، «الوسطاء: مصر وقطر»
    elif intro is None:
        return []
    else:
        at = tokens[intro].end
    out: list[str] = []
    for m in sorted(mentions, key=lambda x: x.start):
        if m.start < at:
            continue
        gap = text[at : m.start].strip(" ،,")
        gap = gap[1:].strip() if gap.startswith("و") else gap
        gap = gap.strip("()")
        if m.start >= end_char or gap not in ("", "و") or m.kind not in _STATE_KINDS:
            break
        if m.country not in out:
            out.append(m.country)
        at = m.end
    return out
