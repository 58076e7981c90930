"""Finding trigger words in a sentence, with their proclitics and pronoun suffixes.

A word matches a form of the lexicon unsplit first; then with its proclitics removed (verbs
take و، ف، س، ل; nouns و، ف، ب، ك، ل، ال and their combinations), then without a pronoun
suffix (ه، ها، هم، هما، نا …) or the accusative alef (اتصالا). A multi-word form matches when
the following words agree, loosely (the article ال and the accusative alef are ignored).
"""

from __future__ import annotations

from dataclasses import dataclass

from wasit.ar.normalize import normalize, strip_marks
from wasit.ar.tokens import Token, clitic_splits, tokenize
from wasit.events.lexicon import NOT_AN_EVENT, TriggerLexicon, TriggerSpec

_VERB_PREFIXES = frozenset({"", "و", "ف", "س", "ل", "وس", "فس", "ول", "فل"})
_NOUN_PREFIXES = frozenset(
    {"", "و", "ف", "ب", "ك", "ل", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل",
     "وب", "وك", "ول", "فب", "فك", "فل", "وبال", "فبال", "وكال", "فكال"}
)  # fmt: skip
_SUFFIXES = ("هما", "هم", "هن", "ها", "نا", "ه")  # 3rd person and «نا»: news narrates
_MIN_STEM = 3
#: Trigger forms that normalise to a frequent word (هنأ → «هنا», here; أثنين «they praised» →
#: «اثنين», two; «اثنان»): they match only when the text writes their hamza (form → the hamza letter).
_HAMZA_HOMOGRAPHS = {normalize(w): h for w, h in (("هنأ", "أ"), ("أثنين", "أ"), ("أثنان", "أ"))}


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A trigger found in a text: token span [first, last], char span, and what it codes."""

    first: int
    last: int
    start: int
    end: int
    text: str
    spec: TriggerSpec
    prefix: str  # the proclitics of the first word (normalised), e.g. "و" or "س"
    suffixed: bool = False  # the first word carries a pronoun suffix (زيارته، اتهمه)


def _analyses(norm: str, original: str = "") -> list[tuple[str, str]]:
    """(prefix, base) readings of a normalised word: split off proclitics, then a suffix.

    A word written with teh marbuta (وزارة) has no pronoun suffix to strip: its final ه is ة.
    """
    out: list[tuple[str, str]] = []
    marbuta = strip_marks(original).endswith("\u0629")
    for prefix, stem in clitic_splits(norm.replace("\u200c", ""), min_stem=2):
        if prefix and len(stem) < _MIN_STEM and prefix not in ("و", "ف"):
            continue
        out.append((prefix, stem))
        for suf in () if marbuta else _SUFFIXES:
            if stem.endswith(suf) and len(stem) - len(suf) >= _MIN_STEM:
                base = stem[: -len(suf)]
                out.append((prefix, base))
                if base.endswith("ت"):
                    out.append((prefix, base[:-1] + "ه"))  # زيارته → زياره
        if stem.endswith("ا") and len(stem) > _MIN_STEM:
            out.append((prefix, stem[:-1]))  # accusative alef: اجتماعا → اجتماع
    return out


def _loose(word: str) -> str:
    w = word.replace("\u200c", "")
    for p in ("وال", "بال", "لل", "ال", "و", "ب", "ل"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            w = w[len(p) :]
            break
    if w.endswith("ا") and len(w) > 3:
        w = w[:-1]
    return w


def find_triggers(text: str, lexicon: TriggerLexicon, offset: int = 0) -> list[TriggerMatch]:
    """Triggers of `text`, left to right, longest first where two overlap."""
    toks = tokenize(text, offset)
    found: list[TriggerMatch] = []
    i = 0
    while i < len(toks):
        m = _match_at(toks, i, lexicon, offset, text)
        if m is not None:
            if m.spec.type != NOT_AN_EVENT:
                found.append(m)
            i = m.last + 1
        else:
            i += 1
    return found


_PARTICLES = frozenset({"الي", "علي", "عن", "مع", "من", "في", "لدي", "بين", "ضد"})
_SPLIT_REACH = 6  # words a subject may put between the two words of a verb idiom


def _second_word(toks: list[Token], i: int, word: str) -> bool:
    """The idiom's second word a few words on; never a particle («يحقق … في» is not «يحقق في»)."""
    if len(word) < 3 or word in _PARTICLES:
        return False
    target = _loose(word)
    return any(
        _loose(toks[j].norm) == target for j in range(i + 2, min(i + 2 + _SPLIT_REACH, len(toks)))
    )


#: Letters that open an imperfect verb (a purpose «ل» goes before it: «ليطلب»، «لتطالب»).
_IMPERFECT = ("ي", "ت", "ن", "ا")

_VERB_CUES = frozenset(
    {"قد", "لقد", "الذي", "التي", "الذين", "ثم", "وقد", "فقد", "لم", "لن", "ان", "انه", "انها"}
)


def _verbal_context(toks: list[Token], i: int, prefix: str) -> bool:
    """Whether a word that is both a verb and a noun (قصف، قتل) reads as the verb here."""
    if i == 0 or prefix[:1] in ("و", "ف", "س"):
        return True
    return toks[i - 1].norm in _VERB_CUES


def _match_at(
    toks: list[Token], i: int, lexicon: TriggerLexicon, offset: int, text: str
) -> TriggerMatch | None:
    best: TriggerMatch | None = None
    for prefix, base in _analyses(toks[i].norm, toks[i].text):
        for spec in lexicon.by_first.get(base, ()):
            allowed = _VERB_PREFIXES if spec.verb else _NOUN_PREFIXES
            if prefix not in allowed:
                continue
            if spec.verb and prefix.endswith("ل") and not base.startswith(_IMPERFECT):
                continue  # «رفض الكويت لطلب الدوحة»: ل before a past form is the noun's, not «لقد»
            if base in _HAMZA_HOMOGRAPHS and _HAMZA_HOMOGRAPHS[base] not in toks[i].text:
                continue  # «هنا» is «here»; only «هنأ», written with its hamza, congratulates
            n = len(spec.words)
            if i + n > len(toks):
                continue
            split = False
            if any(_loose(toks[i + k].norm) != _loose(spec.words[k]) for k in range(1, n)):
                # «أطلقت إسرائيل … سراح»: a two-word verb idiom with its subject inside
                if not (
                    spec.verb and n == 2 and best is None and _second_word(toks, i, spec.words[1])
                ):
                    continue
                split = True
            last = i if split else i + n - 1
            if split and best is not None:
                continue
            if (
                best is not None
                and last == best.last
                and best.spec.verb
                and not spec.verb
                and not _verbal_context(toks, i, best.prefix)
            ):
                best = None  # «قصف إسرائيلي»: a noun here, not the verb «قصف»
            if (
                best is not None
                and last == best.last
                and not best.spec.verb
                and spec.verb
                and _verbal_context(toks, i, prefix)
            ):
                best = None  # «وحشد الجيش قواته»: the verb here, not the noun «حشد»
            if best is None or last > best.last:
                start, end = toks[i].start, toks[last].end
                rest = toks[i].norm.replace("\u200c", "")[len(prefix) :]
                extra = len(rest) - len(base)
                suffixed = extra > 0 and not (extra == 1 and rest.endswith("ا"))
                shown = text[start - offset : end - offset]
                if split:
                    shown += " … " + spec.words[1]
                best = TriggerMatch(i, last, start, end, shown, spec, prefix, suffixed)
        if best is not None and best.last > i:
            break
    return best
