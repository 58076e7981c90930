"""Arabic time expressions (timex): found with offsets and resolved to ISO values.

Forms read: day + month [+ year] in both month systems and the Maghreb names, combined
(«7 أكتوبر/تشرين الأول», «26 يونيو (حزيران)»), ordinal days («السابع من أكتوبر»), day
ranges («يومي 1 و 2 نوفمبر» → START/END), month + year, years after a cue («عام 2012»),
numeric dates (18/3, 18/3/2020, 2020-03-18), weekdays («يوم الأربعاء»، «مساء السبت»),
relative words («أمس»، «أول أمس»، «الشهر الجاري»، «العام الماضي»), «منذ/قبل N unit», and
Hijri dates (هـ) converted to Gregorian with `hijridate`.

Relative expressions are resolved against the publication date: to the past for news unless
a qualifier (المقبل) or the verb (سـ، سوف، من المقرر) says future; a relative word wins over
a weekday that disagrees («غدا الثلاثاء» → the day after publication). «الأسبوع الماضي»
gives only the unit that is certain (the month, else the year). Without a publication date a
relative expression keeps `value=None` and its `note` says why. A date without a year takes
the publication year (the nearest fitting occurrence) or, without a publication date, the
year of the last full date the document gave.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import ClassVar

from hijridate import Hijri

from wasit.ar.normalize import normalize
from wasit.ar.numbers import find_numbers, ordinal_words, parse_ordinal
from wasit.ar.tables import read_table
from wasit.ar.tokens import Token, tokenize
from wasit.doc import Doc, Timex

_PAST = {"الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفائت", "الفائته", "السابق"}
_FUTURE = {"المقبل", "المقبله", "القادم", "القادمه", "الآتي"}
_CURRENT = {"الجاري", "الجاريه", "الحالي", "الحاليه"}
_TIME_OF_DAY = {"مساء", "صباح", "ليله", "ليل", "فجر", "ظهر", "عصر", "صبيحه", "نهار", "ظهيره"}
_DAY_WORDS = {"يوم", "يومي", "ايام"}
#: Words after which a bare month name or a number is a date («في يوليو»، «منذ 2001»).
_DATE_CUES = {
    "في", "خلال", "منذ", "حتى", "مطلع", "اواخر", "اوائل", "منتصف", "نهايه", "بدايه", "شهر",
    "عام", "العام", "سنه", "لسنه", "عامي", "صيف", "شتاء", "ربيع", "خريف", "قبل", "بعد",
    "بتاريخ", "يوم", "اواسط", "ابتداء", "اعتبارا", "وحتى", "ومنذ", "وفي",
}  # fmt: skip
_DATE_CUES = {normalize(w) for w in _DATE_CUES}
_YEAR_CUES = {"عام", "العام", "سنه", "لسنه", "عامي", "بعام", "لعام", "وعام", "السنه"}
_FUTURE_WORDS = {
    "سوف",
    "المقرر",
    "المنتظر",
    "المرتقب",
    "المرتقبه",
    "يعتزم",
    "تعتزم",
    "المزمع",
    "المتوقع",
}
#: Nouns that begin like a future verb (سـ + imperfect prefix) but are not one.
_NOT_FUTURE = ("سياس", "سيار", "سيطر", "سيد", "سين", "سنو", "سنه", "سنت", "ستين", "سته", "ستار", "سيف", "سير", "سيل", "ستر", "سني", "سيول", "سياح", "سيناء")  # fmt: skip
_MIN_YEAR, _MAX_YEAR = 1800, 2100
_URL = re.compile(r"(?:https?://|www\.)\S+")
_HIJRI_MIN, _HIJRI_MAX = 1343, 1500


@lru_cache(maxsize=1)
def _months() -> dict[tuple[str, ...], tuple[int, str]]:
    return {tuple(normalize(n).split()): (int(m), s) for n, m, s in read_table("months.tsv", 3)}


@lru_cache(maxsize=1)
def _weekdays() -> dict[str, int]:
    return {normalize(n): int(d) for n, d in read_table("weekdays.tsv", 2)}


@lru_cache(maxsize=1)
def _relative() -> dict[tuple[str, ...], tuple[str, int]]:
    return {tuple(normalize(p).split()): (u, int(o)) for p, u, o in read_table("relative.tsv", 3)}


@lru_cache(maxsize=1)
def _units() -> dict[str, tuple[str, int]]:
    return {normalize(w): (u, int(c)) for w, u, c in read_table("time_units.tsv", 3)}


@dataclass(slots=True)
class _Cand:
    """What the text says about a date, before resolution."""

    start: int
    end: int
    kind: str  # absolute, relative, hijri, weekday
    year: int | None = None
    month: int | None = None
    day: int | None = None
    day2: int | None = None
    direction: str | None = None  # past, future, current, or None (not stated)
    weekday: int | None = None
    rel: tuple[str, int] | None = None  # (unit, offset)
    hijri: bool = False
    extra: dict[str, int] = field(default_factory=dict)


@lru_cache(maxsize=1)
def _date_words() -> frozenset[str]:
    """Words that may carry a clitic and still begin a time expression («وأمس»، «والشهر»)."""
    words = set(_weekdays()) | _TIME_OF_DAY | set(_units()) | {"منذ", "قبل", "يوم", "يومي"}
    words |= {k[0] for k in _months()} | {k[0] for k in _relative()}
    return frozenset(words)


@lru_cache(maxsize=1)
def _start_words() -> frozenset[str]:
    """Words a time expression may begin with (besides digits)."""
    words = set(_date_words()) | {"ايام"}
    bare = {w.removeprefix("ال") for w in ordinal_words()}
    words |= {c + w for w in bare for c in ("ال", "بال", "وال", "فال", "لل")} | set(ordinal_words())
    return frozenset(words)


def _strip(norm: str) -> str:
    """A token without the clitics و/ف/ب/ل that may stick to a date word."""
    if norm in _date_words():
        return norm
    for p in ("وب", "ول", "وف", "و", "ف", "ب", "ل"):
        if norm.startswith(p) and len(norm) - len(p) >= 2:
            rest = norm[len(p) :]
            if rest in _date_words() or rest[:1].isdigit():
                return rest
    return norm


def _int(tok: Token) -> int | None:
    n = tok.norm
    if n.startswith("و") and n[1:].isdigit():
        n = n[1:]
    return int(n) if n.isdigit() else None


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        urls = [m.span() for m in _URL.finditer(text)]
        self.toks = [t for t in tokenize(text) if not any(a <= t.start < b for a, b in urls)]
        self.norms = [_strip(t.norm) for t in self.toks]

    def gap(self, i: int) -> str:
        """The characters between token i and token i+1."""
        if i + 1 >= len(self.toks):
            return ""
        return self.text[self.toks[i].end : self.toks[i + 1].start]

    def norm(self, i: int) -> str:
        return self.norms[i] if 0 <= i < len(self.norms) else ""

    def month_at(self, i: int) -> tuple[int, int, str] | None:
        """(month, tokens used, system) of a month name at i."""
        table = _months()
        for n in (2, 1):
            key = tuple(self.norm(j) for j in range(i, i + n))
            if len(key) == n and all(key) and key in table:
                m, system = table[key]
                return m, n, system
        return None

    def year_at(self, i: int) -> tuple[int, bool] | None:
        """(year, hijri) of a year token at i: «2022», «2022م», «1436هـ»."""
        if i >= len(self.toks):
            return None
        n = self.norm(i)
        hijri = False
        if n.endswith("م") and n[:-1].isdigit():
            n = n[:-1]
        elif n.endswith("ه") and n[:-1].isdigit():
            n, hijri = n[:-1], True
        if not n.isdigit() or len(n) != 4:
            return None
        year = int(n)
        if not hijri and self.norm(i + 1) in ("ه", "هجري", "هجريه") and not self.gap(i).strip(" ("):
            hijri = True
        if hijri:
            return (year, True) if _HIJRI_MIN <= year <= _HIJRI_MAX else None
        return (year, False) if _MIN_YEAR <= year <= _MAX_YEAR else None

    def direction_at(self, i: int) -> str | None:
        n = self.norm(i)
        if n in _PAST:
            return "past"
        if n in _FUTURE:
            return "future"
        if n in _CURRENT:
            return "current"
        return None


def _ordinal_day(sc: _Scanner, i: int) -> tuple[int, int] | None:
    """(day, tokens used incl. «من») of «السابع من» at i."""
    first = sc.norm(i)
    for clitic in ("بال", "وال", "فال", "لل"):
        if first.startswith(clitic):
            first = "ال" + first[len(clitic) :]  # «بالثاني والعشرين»
            break
    if not first.startswith("ال"):
        return None
    words = [first] + [sc.norm(j) for j in range(i + 1, min(i + 3, len(sc.toks)))]
    found = parse_ordinal(words)
    if found is None:
        return None
    day, used = found
    return (day, used) if 1 <= day <= 31 else None


def _after_month(sc: _Scanner, j: int, cand: _Cand) -> int:
    """Read an alternative month name, a year and a direction after a month ending at j."""
    # «7 أكتوبر/تشرين الأول», «26 يونيو (حزيران)», «كانون الأول - ديسمبر»
    if j < len(sc.toks) and any(c in sc.gap(j - 1) for c in "/(-–"):
        alt = sc.month_at(j)
        if alt is not None and alt[0] == cand.month and alt[2] != "hijri":
            j += alt[1]
    if sc.norm(j) in ("عام", "سنه", "لعام", "العام") and sc.year_at(j + 1) is not None:
        j += 1  # «نوفمبر عام 2014»
    year = sc.year_at(j)
    if year is not None:
        cand.year = year[0]
        cand.hijri = cand.hijri or year[1]
        j += 1
        if sc.norm(j) in ("ه", "هجري", "هجريه", "م", "ميلادي", "ميلاديه"):
            j += 1
    else:
        d = sc.direction_at(j)
        if d is not None:
            cand.direction = d
            j += 1
    return j


def _day_month(sc: _Scanner, i: int) -> tuple[int, _Cand] | None:
    j = i
    lead = sc.norm(i) in _DAY_WORDS
    if lead:
        j += 1
    day = _int(sc.toks[j]) if j < len(sc.toks) else None
    used = 1
    if day is None:
        od = _ordinal_day(sc, j)
        if od is None:
            return None
        day, used = od
    if not 1 <= day <= 31:
        return None
    j += used
    day2 = None
    # a day range: «1 و 2», «1 و2», «1-2», «1 إلى 5», «1 حتى 5»
    if j < len(sc.toks):
        n = sc.norm(j)
        if n in ("و", "الي", "حتي") and j + 1 < len(sc.toks) and _int(sc.toks[j + 1]) is not None:
            day2, j = _int(sc.toks[j + 1]), j + 2
        elif sc.toks[j].norm.startswith("و") and _int(sc.toks[j]) is not None:
            day2, j = _int(sc.toks[j]), j + 1
        elif (
            sc.gap(j - 1).strip() in ("-", "–") and sc.toks[j].norm.isdigit() and sc.month_at(j + 1)
        ):
            day2, j = int(sc.toks[j].norm), j + 1
    if sc.norm(j) == "من":  # «السابع من أكتوبر», «26 من حزيران»
        j += 1
    if sc.norm(j) == "شهر":  # «من شهر ديسمبر»
        j += 1
    month = sc.month_at(j)
    if month is None:
        return None
    m, n_used, system = month
    if system == "hijri" and sc.year_at(j + n_used) is None:
        return None  # «15 رمضان» without a year: not resolved here
    cand = _Cand(sc.toks[i].start, 0, "absolute", month=m, day=day, hijri=system == "hijri")
    if day2 is not None and day2 > day:
        cand.day2 = day2
    j = _after_month(sc, j + n_used, cand)
    cand.end = sc.toks[j - 1].end
    if cand.hijri:
        cand.kind = "hijri"
    return j, cand


def _month_year(sc: _Scanner, i: int) -> tuple[int, _Cand] | None:
    month = sc.month_at(i)
    if month is None:
        return None
    m, n_used, system = month
    cand = _Cand(sc.toks[i].start, 0, "absolute", month=m, hijri=system == "hijri")
    j = _after_month(sc, i + n_used, cand)
    has_year = cand.year is not None
    if system == "hijri" and not (has_year and cand.hijri):
        return None
    if not has_year and cand.direction is None:
        prev = sc.norm(i - 1) if i > 0 else ""
        if prev not in _DATE_CUES:
            return None  # a bare «مارس», «آب» is a verb or a noun more often than a month
    cand.end = sc.toks[j - 1].end
    if cand.hijri:
        cand.kind = "hijri"
    return j, cand


def _numeric(sc: _Scanner, i: int) -> tuple[int, _Cand] | None:
    a = sc.toks[i].norm
    if not a.isdigit() or i + 1 >= len(sc.toks) or not sc.toks[i + 1].norm.isdigit():
        return None
    sep = sc.gap(i).strip()
    if sep not in ("/", "-", ".") or len(sc.gap(i)) > 3:
        return None
    b = sc.toks[i + 1].norm
    third = i + 2 < len(sc.toks) and sc.gap(i + 1).strip() == sep and len(sc.gap(i + 1)) <= 3
    c = sc.toks[i + 2].norm if third else ""
    hijri = sc.year_at(i + 2) if third else None
    if hijri is not None and hijri[1]:  # 12-6-1436هـ, 28 / 10 / 1436 هـ
        end = i + 3 + (sc.norm(i + 3) in ("ه", "هجري", "هجريه"))
        cand = _Cand(
            sc.toks[i].start,
            sc.toks[end - 1].end,
            "hijri",
            year=hijri[0],
            month=int(b),
            day=int(a),
            hijri=True,
        )
        return (end, cand) if 1 <= int(b) <= 12 and 1 <= int(a) <= 30 else None
    if len(a) == 4 and c.isdigit():  # 2020-03-18
        y, m, d, end = int(a), int(b), int(c), i + 3
    elif c.isdigit() and len(c) == 4:  # 18/3/2020
        y, m, d, end = int(c), int(b), int(a), i + 3
    else:  # 18/3 after a cue word
        prev = sc.norm(i - 1) if i > 0 else ""
        if prev not in ("بتاريخ", "في", "يوم", "منذ", "حتي", "وحتي", "تاريخ"):
            return None
        y, m, d, end = 0, int(b), int(a), i + 2
    if not (1 <= m <= 12 and 1 <= d <= 31) or (y and not _MIN_YEAR <= y <= _MAX_YEAR):
        return None
    cand = _Cand(sc.toks[i].start, sc.toks[end - 1].end, "absolute", year=y or None, month=m, day=d)
    return end, cand


def _year(sc: _Scanner, i: int) -> tuple[int, _Cand] | None:
    year = sc.year_at(i)
    if year is None:
        return None
    prev = sc.norm(i - 1) if i > 0 else ""
    n = sc.norm(i)
    marked = not n.isdigit() or sc.norm(i + 1) in ("ه", "هجري", "هجريه", "م")
    if not (marked or prev in _DATE_CUES or prev in _YEAR_CUES):
        return None
    j = i + 1 + (sc.norm(i + 1) in ("ه", "هجري", "هجريه", "م"))
    cand = _Cand(
        sc.toks[i].start,
        sc.toks[j - 1].end,
        "hijri" if year[1] else "absolute",
        year=year[0],
        hijri=year[1],
    )
    return j, cand


def _weekday(sc: _Scanner, i: int) -> tuple[int, _Cand] | None:
    j = i
    if sc.norm(j) in _TIME_OF_DAY or sc.norm(j) == "يوم":
        j += 1
    wd = _weekdays().get(sc.norm(j))
    if wd is None:
        return None
    if sc.norm(j) in ("الاثنين",) and j == i and sc.direction_at(j + 1) is None:
        return None  # «الاثنين» alone is also «the two»
    # a date after the weekday makes it an absolute date: «الخميس 13 أكتوبر 2022»
    after = _day_month(sc, j + 1)
    if after is not None:
        end, cand = after
        cand.start = sc.toks[i].start
        return end, cand
    cand = _Cand(sc.toks[i].start, sc.toks[j].end, "weekday", weekday=wd)
    d = sc.direction_at(j + 1)
    if d is not None:
        cand.direction = d
        cand.end = sc.toks[j + 1].end
        j += 1
    return j + 1, cand


def _relative_word(sc: _Scanner, i: int) -> tuple[int, _Cand] | None:
    j = i
    if sc.norm(j) in _TIME_OF_DAY:
        j += 1
    table = _relative()
    for n in (3, 2, 1):
        key = tuple(sc.norm(k) for k in range(j, j + n))
        if len(key) == n and all(key) and key in table:
            unit, offset = table[key]
            if key == ("اليوم",) and (
                sc.norm(j + 1).startswith("ال") and sc.norm(j + 1) not in _weekdays()
            ):
                return None  # «اليوم الثالث من الهدنة», «اليوم الوطني»
            end = j + n
            # «غدا الثلاثاء», «أمس الأربعاء», «اليوم الجمعة»: the relative word wins
            if sc.norm(end) == "يوم" and sc.norm(end + 1) in _weekdays():
                end += 2
            elif sc.norm(end) in _weekdays():
                end += 1
            cand = _Cand(sc.toks[i].start, sc.toks[end - 1].end, "relative", rel=(unit, offset))
            return end, cand
    return None


def _ago(sc: _Scanner, i: int) -> tuple[int, _Cand] | None:
    if sc.norm(i) not in ("منذ", "قبل"):
        return None
    units = _units()
    j = i + 1
    u = units.get(sc.norm(j))
    if u is not None:  # «منذ يومين», «قبل عام»
        if sc.year_at(j + 1) is not None or (
            j + 1 < len(sc.toks) and _int(sc.toks[j + 1]) is not None
        ):
            return None  # «منذ عام 2021»: a year, read by _year; «منذ عام 48»: a year too
        if u[1] == 0 and sc.norm(j) not in ("يوم", "اسبوع", "شهر", "عام", "سنه"):
            return None  # «قبل أسابيع»: vague
        count = u[1] or 1
        end = j + 1
    else:
        k = j
        while k < len(sc.toks) and k < j + 4 and sc.norm(k) not in units:
            k += 1
        if k >= len(sc.toks) or sc.norm(k) not in units:
            return None
        span_text = sc.text[sc.toks[j].start : sc.toks[k - 1].end]
        nums = find_numbers(span_text)
        if len(nums) != 1 or nums[0].value is None or nums[0].text != span_text.strip():
            return None
        u, count, end = units[sc.norm(k)], nums[0].value, k + 1
    if sc.norm(end) in ("من", "واحد") or sc.norm(end + 1) == "من":
        return None  # «قبل يوم واحد من الهجوم»: before an event, not before publication
    cand = _Cand(sc.toks[i].start, sc.toks[end - 1].end, "relative", rel=(u[0], -count))
    cand.extra["ago"] = 1
    return end, cand


_PARSERS = (_numeric, _day_month, _weekday, _relative_word, _ago, _month_year, _year)


def is_future_word(norm: str) -> bool:
    """A future marker (سوف، من المقرر) or a future verb (سـ + imperfect) — normalised word."""
    if norm in _FUTURE_WORDS:
        return True
    return (
        len(norm) >= 5 and norm[0] == "س" and norm[1] in "يتنا" and not norm.startswith(_NOT_FUTURE)
    )


def _future_cue(sc: _Scanner, i: int, sentence_start: int) -> bool:
    """A future verb or marker between the sentence start and token i."""
    for k in range(i - 1, -1, -1):
        if sc.toks[k].start < sentence_start:
            break
        if is_future_word(sc.toks[k].norm):
            return True
    return False


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + delta
    return k // 12, k % 12 + 1


def _span_value(a: dt.date, b: dt.date) -> str | None:
    """The unit that is certain for a span of days: the month, else the year."""
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.year:04d}-{a.month:02d}"
    if a.year == b.year:
        return f"{a.year:04d}"
    return None


def _hijri_value(c: _Cand) -> str | None:
    if c.year is None:  # a Hijri candidate always has its year; keep mypy and -O honest
        return None
    try:
        if c.month is None:
            first = Hijri(c.year, 1, 1).to_gregorian()
            last = Hijri(c.year, 12, Hijri(c.year, 12, 1).month_length()).to_gregorian()
            return f"{first.isoformat()}/{last.isoformat()}"
        if c.day is None:
            first = Hijri(c.year, c.month, 1).to_gregorian()
            last = Hijri(c.year, c.month, Hijri(c.year, c.month, 1).month_length()).to_gregorian()
            return f"{first.isoformat()}/{last.isoformat()}"
        start = Hijri(c.year, c.month, c.day).to_gregorian()
        if c.day2:
            end = Hijri(c.year, c.month, c.day2).to_gregorian()
            return f"{start.isoformat()}/{end.isoformat()}"
        return start.isoformat()
    except (ValueError, OverflowError):
        return None


def _fmt(y: int, m: int | None, d: int | None, d2: int | None = None) -> str | None:
    try:
        if m is None:
            return f"{y:04d}"
        if d is None:
            return f"{y:04d}-{m:02d}"
        start = dt.date(y, m, d).isoformat()
        if d2:
            return f"{start}/{dt.date(y, m, d2).isoformat()}"
        return start
    except ValueError:
        return None


def _resolve(
    c: _Cand, pub: dt.date | None, anchor: int | None, future: bool
) -> tuple[str | None, str | None]:
    """(value, note) of a candidate."""
    if c.hijri:
        return _hijri_value(c), None
    direction = c.direction or ("future" if future else "past")
    if c.kind == "absolute":
        if c.year is not None:
            return _fmt(c.year, c.month, c.day, c.day2), None
        if c.month is None:
            return None, "a date without year or month"
        if pub is None:
            if c.direction is None and anchor is not None:
                return _fmt(
                    anchor, c.month, c.day, c.day2
                ), "year of the last full date in the text"
            return None, "no publication date to resolve the year against"
        y = pub.year
        here = (c.month, c.day or 1)
        now = (pub.month, pub.day if c.day else 1)
        if direction == "past" and here > now:
            y -= 1
        elif direction == "future" and here <= now:
            y += 1
        return _fmt(y, c.month, c.day, c.day2), None
    if pub is None:
        return None, "relative expression and no publication date"
    if c.kind == "weekday":
        if c.weekday is None:
            return None, "a weekday candidate without its day"
        delta = (pub.isoweekday() - c.weekday) % 7
        if direction == "future":
            day = pub + dt.timedelta(days=(c.weekday - pub.isoweekday()) % 7 or 7)
        else:
            day = pub - dt.timedelta(days=delta)
        return day.isoformat(), None
    if c.rel is None:
        return None, "a relative candidate without its unit"
    unit, offset = c.rel
    if unit == "day":
        return (pub + dt.timedelta(days=offset)).isoformat(), None
    if unit == "week":
        if c.extra.get("ago"):
            return (pub + dt.timedelta(days=7 * offset)).isoformat(), None
        week_start = pub - dt.timedelta(days=(pub.isoweekday() - 6) % 7)  # weeks begin on Saturday
        a = week_start + dt.timedelta(days=7 * offset)
        return _span_value(a, a + dt.timedelta(days=6)), None
    if unit == "month":
        y, m = _shift_month(pub.year, pub.month, offset)
        return f"{y:04d}-{m:02d}", None
    return f"{pub.year + offset:04d}", None


def find_timexes(text: str, pub_date: str | None = None) -> list[Timex]:
    """Every time expression of `text`, resolved against `pub_date` (ISO) where needed."""
    pub = _parse_pub(pub_date)
    sc = _Scanner(text)
    out: list[Timex] = []
    anchor: int | None = None
    i = 0
    starts = _start_words()
    while i < len(sc.toks):
        n = sc.norms[i]
        if not (n[:1].isdigit() or n in starts):
            i += 1
            continue  # no time expression begins with this word
        sentence_start = max(text.rfind(ch, 0, sc.toks[i].start) for ch in ".!?؟\n") + 1
        found = None
        for parser in _PARSERS:
            found = parser(sc, i)
            if found is not None:
                break
        if found is None:
            i += 1
            continue
        end, cand = found
        value, note = _resolve(cand, pub, anchor, _future_cue(sc, i, sentence_start))
        if cand.kind == "absolute" and cand.year is not None and cand.month and not cand.hijri:
            anchor = cand.year
        kind = cand.kind if cand.kind != "absolute" or cand.year is not None else "relative"
        stretch = _for_days(sc, end) if value and len(value) == 10 else None
        if stretch is not None and value is not None:  # «اعتبارا من أمس ولمدة خمسة أيام»
            days, end = stretch
            last = dt.date.fromisoformat(value) + dt.timedelta(days=days - 1)
            if days > 1:
                value = f"{value}/{last.isoformat()}"
            cand.end = sc.toks[end - 1].end
        out.append(Timex(cand.start, cand.end, text[cand.start : cand.end], value, kind, note=note))
        i = max(end, i + 1)
    return out


def _for_days(sc: _Scanner, j: int) -> tuple[int, int] | None:
    """(days, end token) of «(و)لمدة N أيام» right after a day at token j."""
    if j >= len(sc.toks) or sc.toks[j].norm not in ("لمده", "ولمده"):
        return None
    units = _units()
    k = j + 1
    u = units.get(sc.norm(k))
    if u is not None and u[0] == "day" and u[1] == 2:
        return 2, k + 1  # «لمدة يومين»
    if sc.norm(k) in ("يوم", "يوما") and sc.norm(k + 1) == "واحد":
        return 1, k + 2
    m = k
    while m < len(sc.toks) and m < k + 3 and sc.norm(m) not in units:
        m += 1
    if m >= len(sc.toks) or sc.norm(m) not in units or units[sc.norm(m)][0] != "day":
        return None
    nums = find_numbers(sc.text[sc.toks[k].start : sc.toks[m - 1].end]) if m > k else []
    if len(nums) != 1 or nums[0].value is None or not 1 <= nums[0].value <= 366:
        return None
    return nums[0].value, m + 1


def _parse_pub(pub_date: str | None) -> dt.date | None:
    if not pub_date:
        return None
    try:
        return dt.date.fromisoformat(pub_date[:10])
    except ValueError:
        return None


class TimexTagger:
    """Stage: fills `Doc.timexes` with the time expressions of the cleaned text."""

    name: ClassVar[str] = "timex"
    requires: ClassVar[tuple[str, ...]] = ("sentences",)
    assigns: ClassVar[tuple[str, ...]] = ("timexes",)

    def __call__(self, doc: Doc) -> Doc:
        timexes = find_timexes(doc.text, doc.pub_date)
        for t in timexes:
            s = doc.sentence_at(t.start)
            t.sentence = s.idx if s is not None else -1
        doc.timexes = timexes
        return doc
