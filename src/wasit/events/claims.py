"""Numeric claims: how many were killed, injured, held, released, detained, displaced or
abducted — with the qualifier of the figure and who states it.

For every number of a sentence (`wasit.ar.numbers`; dates and times are skipped) the stage
looks for what the number counts, in this order:
1. an event word before it that no earlier number took («مقتل أكثر من 1400»، «سراح 117»);
2. the counted noun after it («24 رهينة»، «5 قتلى»);
3. a verb after it and its noun («27 أمريكيا توفوا»);
4. «آخرين» after it: the category of the claim just before («وإصابة 227 آخرين» is read by 1;
   «إضافة إلى جثث 35 آخرين» takes the category of the figure before it).
The qualifier comes from the phrase before (نحو، أكثر من) or after (على الأقل) the figure.
Attribution: «وفقًا لـ/بحسب/حسب X» in the sentence, else the nearest speech verb before the
figure («تقول السلطات الإسرائيلية»، «إعلان واشنطن»), resolved to an actor code through the
actor mentions of the document. One claim per stated figure per document: a figure repeated
later merges into the first (which takes the attribution if it had none).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar

from wasit.ar.normalize import normalize
from wasit.ar.numbers import NumberMatch, find_numbers
from wasit.ar.tables import read_table
from wasit.ar.tokens import Token, tokenize
from wasit.doc import Claim, Doc, Evidence, Mention, Sentence

#: Tokens that may stand between an event word and its figure («تم اختطاف نحو 250»).
_FILLERS = {"عن", "من", "ما", "كل", "يوم", "حتي", "الان", "الي", "تم", "فقط", "حوالي", "نحو"}
_OTHERS = {"اخرين", "اخرون", "اخري", "اخريات", "غيرهم"}
_SUBSET = {"منهم", "منهن", "بينهم", "بينهن"}
_SOURCE_MARKERS = {"وفقا", "وفق", "بحسب", "حسب", "طبقا", "نقلا"}
_SPEECH = {
    "قال", "قالت", "يقول", "تقول", "اعلن", "اعلنت", "اعلان", "ذكر", "ذكرت", "افاد", "افادت",
    "اكد", "اكدت", "صرح", "صرحت", "اوضح", "اوضحت", "اضاف", "اضافت", "تقدر", "يقدر",
    "قدرت", "قدر", "تقديرات", "احصائيات", "بيان", "اعترف", "اعترفت", "اقر", "اقرت", "كشف",
    "كشفت", "نقلت", "نقل", "اشار", "اشارت",
}  # fmt: skip
_FUNCTION = {
    "في",
    "علي",
    "من",
    "الي",
    "عن",
    "مع",
    "خلال",
    "منذ",
    "بعد",
    "قبل",
    "و",
    "او",
    "ثم",
    "حتي",
    "الذين",
    "التي",
    "الذي",
}
_GENERIC = {"شخص", "شخصا", "اشخاص", "شخصين"}
_HOSTAGE = {"رهينه", "رهائن", "رهينتين", "رهينتان"}
#: Words that open the name of a civil-society organisation («مركز … للأبحاث», «منظمة …»).
_ORG_WORDS = {"مركز", "منظمه", "جمعيه", "مؤسسه", "معهد", "مرصد", "رابطه", "شبكه"}
#: Event words that count only the figure right after them («إطلاق 10 محتجزين»).
_DIRECT = {"اطلاق", "اطلق", "اطلقت", "يطلق", "تطلق"}
#: Words that make «إصابة» an infection rather than an injury.
_DISEASE = {
    "فيروس",
    "كورونا",
    "كوفيد",
    "بكوفيد",
    "بكورونا",
    "بفيروس",
    "مرض",
    "الفيروس",
    "الكوليرا",
    "كوليرا",
    "عدوي",
    "الحصبه",
}
_THAT = {"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها"}
_MAX_OBJECT = 12  # tokens from a speech verb to a figure it governs without «أن»
_MAX_SUBJECT = 4  # tokens from a speech verb to its subject (VSO)
_MAX_GAP = 3  # content tokens between an event word and its figure
_MAX_GAP_OTHERS = 7  # … when the figure is «وثلاثة … آخرين»


@lru_cache(maxsize=1)
def _triggers() -> dict[str, dict[str, str]]:
    """position → normalised word → category."""
    out: dict[str, dict[str, str]] = {"before": {}, "noun": {}, "after": {}}
    for word, cat, pos in read_table("triggers.tsv", 3, area="claims"):
        out[pos][normalize(word)] = cat
    return out


@lru_cache(maxsize=1)
def _not_people() -> frozenset[str]:
    return frozenset(normalize(w) for (w,) in read_table("not_people.tsv", 1, area="claims"))


@lru_cache(maxsize=1)
def _qualifiers() -> tuple[tuple[tuple[str, ...], str, str], ...]:
    rows = [(tuple(normalize(p).split()), q, pos) for p, q, pos in read_table("qualifiers.tsv", 3)]
    rows.sort(key=lambda r: -len(r[0]))
    return tuple(rows)


@lru_cache(maxsize=1)
def _qualifier_words() -> frozenset[str]:
    return frozenset(w for p, _q, _pos in _qualifiers() for w in p)


def _stem(norm: str, table: dict[str, str] | frozenset[str] | set[str]) -> str | None:
    """The token, or the token without its clitics, if it is in `table`."""
    if norm in table:
        return norm
    for p in ("وال", "بال", "لل", "فال", "ال", "وك", "و", "ب", "ل", "ف", "ك"):
        if norm.startswith(p) and norm[len(p) :] in table:
            return norm[len(p) :]
    return None


@dataclass(slots=True)
class _Found:
    number: NumberMatch
    category: str
    trigger: str
    rule: str
    start: int
    end: int
    qualifier: str
    group: str | None


class _Sent:
    """The tokens of one sentence, with the numbers and where they sit among the tokens."""

    def __init__(self, doc: Doc, sent: Sentence, skip: list[tuple[int, int]]) -> None:
        self.sent = sent
        self.numbers: list[tuple[NumberMatch, int, int]] = []  # match, first token, last token
        found = find_numbers(sent.text)
        self.toks: list[Token] = tokenize(sent.text, sent.start) if found else []
        self.norms = [t.norm for t in self.toks]
        for m in found:
            start, end = m.start + sent.start, m.end + sent.start
            if any(a < end and start < b for a, b in skip):
                continue  # part of a date
            idx = [i for i, t in enumerate(self.toks) if t.start < end and start < t.end]
            if idx:
                shifted = NumberMatch(start, end, m.text, m.value, m.range, m.kind, m.decimal)
                self.numbers.append((shifted, idx[0], idx[-1]))


def _qualifier(s: _Sent, first: int, last_noun: int) -> str:
    for phrase, qual, pos in _qualifiers():
        n = len(phrase)
        if pos == "before":
            before = tuple(s.norms[max(0, first - n) : first])
            if before == phrase:
                return qual
            before2 = tuple(s.norms[max(0, first - n - 1) : first - 1])  # «ما يزيد على» + «من»
            if before2 == phrase and s.norms[first - 1] in ("من", "علي", "عن"):
                return qual
        else:
            for k in (last_noun + 1, last_noun + 2):
                if tuple(s.norms[k : k + n]) == phrase:
                    return qual
    return "exact"


def _before_trigger(s: _Sent, first: int, used: set[int], others: bool) -> tuple[int, str] | None:
    """(token index, category) of the event word before the figure at token `first`."""
    before = _triggers()["before"]
    qual_words = _qualifier_words()
    gap = 0
    limit = _MAX_GAP_OTHERS if others else _MAX_GAP
    for k in range(first - 1, -1, -1):
        if k in used:
            return None
        word = _stem(s.norms[k], before)
        if word is not None:
            if word in _DIRECT and gap:
                return None  # «أطلق النار على شقيقين» is not a release
            return k, before[word]
        if s.norms[k] in _FILLERS or s.norms[k] in qual_words:
            continue
        gap += 1
        if gap > limit:
            return None
    return None


def _find(s: _Sent, numbers_taken: set[int], previous: str | None) -> list[_Found]:
    nouns, after = _triggers()["noun"], _triggers()["after"]
    out: list[_Found] = []
    used: set[int] = set()
    last_cat = previous
    last_end = -1  # token index where the last claim's counted noun ends
    for number, first, last in s.numbers:
        if number.decimal or (number.value is not None and number.value <= 0):
            continue
        nxt = last + 1
        nxt_norm = s.norms[nxt] if nxt < len(s.norms) else ""
        if nxt_norm == "من" and number.kind == "vague":  # «عشرات من الرهائن»
            nxt += 1
            nxt_norm = s.norms[nxt] if nxt < len(s.norms) else ""
        rest = s.sent.text[number.end - s.sent.start :].lstrip()
        if (
            _stem(nxt_norm, _not_people()) is not None
            or (nxt_norm.endswith("ا") and _stem(nxt_norm[:-1], _not_people()) is not None)  # مكتبا
            or rest.startswith(("%", "٪"))
            or (
                nxt_norm == "في"
                and nxt + 1 < len(s.norms)
                and s.norms[nxt + 1] in ("المئه", "المائه")
            )
        ):
            continue  # money, time, things, percentages
        if s.norms[first].startswith("ب") and not s.norms[first].startswith("بضع"):
            continue  # «قتل بعدة طعنات», «بثلاث رصاصات»: an instrument, not a count
        if normalize(number.text) in ("الواحد", "الواحده"):
            continue  # «مع الواحد منهم»: «the one», not a count
        before_text = s.sent.text[: number.start - s.sent.start].rstrip()
        if before_text.endswith(("-", "–")) and before_text[:-1].rstrip()[-1:].isalpha():
            continue  # «كوفيد - 19», «إف-16»: part of a name
        if any(
            _stem(n, _DISEASE)
            for n in s.norms[max(0, first - 2) : first] + s.norms[last + 1 : last + 4]
        ):
            continue  # «إصابة واحدة بفيروس كورونا» is an infection
        if (
            number.kind != "vague"
            and number.value is not None
            and 1900 <= number.value <= 2100
            and number.kind == "digits"
            and _stem(nxt_norm, nouns) is None
        ):
            continue  # a bare year
        others = _stem(nxt_norm, _OTHERS) is not None or (
            nxt + 1 < len(s.norms) and _stem(s.norms[nxt + 1], _OTHERS) is not None
        )
        trig = _before_trigger(s, first, used, others)
        noun_word = (
            _stem(number.text and normalize(number.text.split()[-1]), nouns)
            if number.kind == "dual"
            else _stem(nxt_norm, nouns)
        )
        category = rule = trigger = None
        t_start = number.start
        if trig is not None:
            k, category = trig
            used.add(k)
            trigger, rule, t_start = s.toks[k].text, "before", min(s.toks[k].start, number.start)
            if category == "seize":
                near = [_stem(n, _HOSTAGE) for n in s.norms[last + 1 : last + 4]]
                category = "abducted" if (noun_word in _HOSTAGE or any(near)) else "detained"
        elif noun_word is not None:
            category, trigger, rule = (
                nouns[noun_word],
                s.toks[nxt].text if number.kind != "dual" else number.text,
                "noun",
            )
        else:
            # «27 أمريكيا توفوا», «392 من العسكريين الإسرائيليين الذين قتلوا»
            window = 6 if any(n in ("الذين", "ممن") for n in s.norms[last + 1 : last + 5]) else 3
            for k in range(last + 1, min(last + 1 + window, len(s.norms))):
                word = _stem(s.norms[k], after)
                if word is not None:
                    category, trigger, rule = after[word], s.toks[k].text, "after"
                    break
        if category is None and others and last_cat is not None:
            category, trigger, rule = (
                last_cat,
                s.toks[nxt].text if nxt < len(s.toks) else "",
                "others",
            )
        if (
            category is None
            and last_cat is not None
            and last_end >= 0
            and first - last_end in (1, 2)
            and s.norms[first].startswith("و")
            and nxt < len(s.norms)
            and _stem(nxt_norm, _not_people()) is None
        ):  # «مقتل 5 جنود و3 مدنيين»: a figure per group, one claim each
            category, trigger, rule = last_cat, s.toks[first].text, "list"
        if category is None:
            continue
        if category == "injured" and any(_stem(n, _DISEASE) for n in s.norms):
            continue  # «عدد المصابين» in a sentence about a virus counts infections
        if rule != "before" and _stem(nxt_norm, _SUBSET) is not None:
            continue  # «أكثر من ألف منهم»: a part of a figure already given
        last_noun = nxt if (nxt < len(s.norms) and number.kind != "dual") else last
        end = max(number.end, s.toks[last_noun].end if last_noun < len(s.toks) else number.end)
        group = _group(s, number, nxt)
        out.append(
            _Found(
                number,
                category,
                trigger or "",
                rule or "",
                t_start,
                end,
                _qualifier(s, first, last_noun) if number.kind != "vague" else "exact",
                group,
            )
        )
        numbers_taken.add(number.start)
        last_cat = category
        last_end = last_noun + (1 if group and " " in group else 0)
    return out


def _group(s: _Sent, number: NumberMatch, nxt: int) -> str | None:
    """The counted noun and its nisba adjective («جنود أمريكيين»), where the text gives one."""
    if number.kind == "dual" or nxt >= len(s.toks):
        return None
    norm = s.norms[nxt]
    if norm in _FUNCTION or _stem(norm, _OTHERS) or _stem(norm, _SUBSET) or norm in _GENERIC:
        return None
    group = s.toks[nxt].text
    if nxt + 1 < len(s.toks):
        adj = s.norms[nxt + 1]
        if (
            adj not in _FUNCTION
            and len(adj) > 4
            and adj.endswith(("يين", "يون", "يات", "يه", "ي", "يا"))
        ):
            group += " " + s.toks[nxt + 1].text
    return group


def _addressee(text: str, m: Mention) -> bool:
    """«قال لوكالة الأنباء», «قال للصحفيين»: the mention is who is told, not who tells."""
    return m.start >= 2 and text[m.start - 1] == "ل" and not text[m.start - 2].isalpha()


def _attribution(s: _Sent, mentions: list[Mention], pos: int, doc_text: str) -> str | None:
    """Actor code of who states a figure at character `pos` of sentence `s`."""
    sm = [m for m in mentions if s.sent.start <= m.start < s.sent.end]
    if not sm:
        return None
    for k, n in enumerate(s.norms):  # «وفقًا لـ X», «بحسب X»: anywhere in the sentence
        if _stem(n, _SOURCE_MARKERS) is not None:
            after = [m for m in sm if m.start >= s.toks[k].end]
            if after and after[0].start - s.toks[k].end < 80:
                return after[0].code
    best: str | None = None
    fig = next((i for i, t in enumerate(s.toks) if t.end > pos), len(s.toks))
    for k, n in enumerate(s.norms):
        if s.toks[k].start >= pos:
            break
        if _stem(n, _SPEECH) is None:
            continue
        # the figure is what is said: after «أن/إن/:» or a quote, or the verb's near object
        # («إعلان واشنطن مقتل ثلاثة جنود»); not a figure far into a clause of its own
        said = any(_stem(w, _THAT) for w in s.norms[k + 1 : fig]) or any(
            c in doc_text[s.toks[k].end : pos] for c in ':"«“'
        )
        if not said and fig - k > _MAX_OBJECT:
            continue
        verb_end = s.toks[k].end
        near = s.toks[min(k + _MAX_SUBJECT, len(s.toks) - 1)].end
        after = [
            m for m in sm if verb_end <= m.start < min(pos, near) and not _addressee(doc_text, m)
        ]
        before = [m for m in sm if m.end <= s.toks[k].start and s.toks[k].start - m.end < 25]
        # «كان بايدن قد أعلن», «الكرملين قال»: a subject right before the verb comes first
        if before and doc_text[before[-1].end : s.toks[k].start].strip(" ،,") in ("", "قد", "وقد"):
            best = before[-1].code
        elif after:
            best = after[0].code
        elif before:
            best = before[-1].code
        elif k + 1 < len(s.norms) and _stem(s.norms[k + 1], _ORG_WORDS) is not None:
            best = "NGO"  # «قال مركز … للأبحاث»: an organisation the actor base does not know
    if best is None:  # «المتحدث باسم الحكومة الإسرائيلية: … 184 مختطفا»
        colon = doc_text.rfind(":", s.sent.start, pos)
        if colon >= 0:
            speaker = [m for m in sm if m.end <= colon and not doc_text[m.end : colon].strip()]
            if speaker:
                best = speaker[-1].code
    return best


def _date_of(doc: Doc, sent: Sentence, start: int, end: int) -> str | None:
    """The resolved time expression of the sentence nearest the figure, never one after the
    publication date (a count of the killed or held is of the past or the present)."""
    best: tuple[int, str] | None = None
    pub = (doc.pub_date or "")[:10]
    for t in doc.timexes:
        if not (sent.start <= t.start < sent.end and t.value):
            continue
        if pub and t.value.split("/")[0] > pub:
            continue
        dist = start - t.end if t.end <= start else max(0, t.start - end)
        if best is None or dist < best[0]:
            best = (dist, t.value)
    return best[1] if best else None


def extract_claims(doc: Doc) -> list[Claim]:
    skip = [(t.start, t.end) for t in doc.timexes]
    claims: list[Claim] = []
    seen: dict[tuple[str, int | None, tuple[int, int] | None], Claim] = {}
    previous: str | None = None
    for sent in doc.sentences:
        s = _Sent(doc, sent, skip)
        if not s.numbers:
            continue
        taken: set[int] = set()
        found = _find(s, taken, previous)
        for f in found:
            previous = f.category
            key = (f.category, f.number.value, f.number.range)
            attributed = _attribution(s, doc.mentions, f.number.start, doc.text)
            if key in seen:
                if seen[key].attributed_to is None and attributed is not None:
                    seen[key].attributed_to = attributed
                continue
            quote = doc.text[f.start : f.end]
            claim = Claim(
                category=f.category,
                value=f.number.value,
                range=f.number.range,
                qualifier=f.qualifier,
                group=f.group,
                attributed_to=attributed,
                date=_date_of(doc, sent, f.start, f.end),
                evidence=[Evidence(sent.idx, f.start, f.end, f.trigger, f"claims:{f.rule}", quote)],
            )
            seen[key] = claim
            claims.append(claim)
    return claims


class ClaimExtractor:
    """Stage: fills `Doc.claims`."""

    name: ClassVar[str] = "claims"
    requires: ClassVar[tuple[str, ...]] = ("sentences", "mentions", "timexes")
    assigns: ClassVar[tuple[str, ...]] = ("claims",)

    def __call__(self, doc: Doc) -> Doc:
        doc.claims = extract_claims(doc)
        return doc
