"""Build src/wasit/data/actors/people_upetrarch.tsv from the UniversalPetrarch Arabic actor
dictionary (MIT): the people it lists, cleaned.

Source: ../shared/data/lexicons/universalpetrarch_arabic/actor_dict_ar_v4.txt (openeventdata/
UniversalPetrarch, branch arabic, MIT licence). The dictionary is lemmatised, machine-made and
noisy; this script keeps only what looks like a person's name and repairs what it can:

- entries are names (`word_word_`) followed by codes, inline `[CODE]` or on indented lines
  `[CODE START-END]`, `[CODE >START]`, `[CODE <END]` (dates YYYYMMDD; 18000101 = open);
- only person names are kept: two to five words once leading titles are dropped (أمير، ملك،
  رئيس، وزير، شيخ، جنرال…), no institution word (وزارة، جيش، حزب، مجلس…), no nationality
  adjective or country name, no digit; single words are dropped (surnames such as «مبارك» are
  common words);
- de-lemmatisation: the article the lemmatiser removed from ordinals and family names is put
  back as a second spelling («عبد الله ثاني» → also «عبد الله الثاني»); «اللٰه» → «الله»;
- codes: CAMEO `CCCSECSEC` → `CCC:SEC` (the last sector, ELI when present); IGO sub-codes of
  the UN → UNO, of the EU → EUR; codes whose country is not ISO alpha-3 or a known pseudo-code
  are dropped;
- dates: a block of dates copied unchanged from the entry above (a known fault of the file)
  is dropped, leaving the code undated; impossible ranges (end before start) lose their end;
- people the hand-written people.tsv knows are skipped (the hand-written entry wins).

Run: /work/venv/bin/python scripts/build_upetrarch_actors.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "wasit" / "data" / "actors"
OUT = DATA / "people_upetrarch.tsv"

TITLES = set(
    [
        "أمير",
        "امير",
        "ملك",
        "رئيس",
        "وزير",
        "شيخ",
        "الشيخ",
        "جنرال",
        "عقيد",
        "لواء",
        "عميد",
        "سفير",
        "نائب",
        "مبعوث",
        "قائد",
        "زعيم",
        "سيد",
        "السيد",
        "دكتور",
        "الدكتور",
        "آية_الله",
        "اية_الله",
        "حجة_الاسلام",
        "مفتي",
        "الإمام",
        "امام",
        "إمام",
        "سلطان",
        "العاهل",
        "عاهل",
        "ولي",
        "عهد",
        "مستشار",
        "متحدث",
        "ناطق",
        "مساعد",
        "وكيل",
        "زعيمة",
        "رئيسة",
        "وزيرة",
        "أميرة",
        "ملكة",
        "سيدة",
        "رئيس_وزراء",
    ]
)
INSTITUTION_WORDS = set(
    [
        "وزارة",
        "وزاره",
        "جيش",
        "شرطة",
        "حكومة",
        "مجلس",
        "قوة",
        "قوات",
        "سفارة",
        "مسؤول",
        "مسئول",
        "حزب",
        "حركة",
        "جبهة",
        "منظمة",
        "اتحاد",
        "جامعة",
        "نظام",
        "مؤتمر",
        "شركة",
        "مصرف",
        "بنك",
        "صحيفة",
        "وكالة",
        "محكمة",
        "لجنة",
        "هيئة",
        "جماعة",
        "تنظيم",
        "كتائب",
        "كتيبة",
        "ألوية",
        "لواء",
        "سرايا",
        "مدينة",
        "ولاية",
        "إدارة",
        "ادارة",
        "قناة",
        "مركز",
        "معهد",
        "مكتب",
        "جمعية",
        "مجموعة",
        "برلمان",
        "دولة",
        "وزير",
        "نائب",
        "سفير",
        "رئيس",
        "قائد",
        "عضو",
        "أعضاء",
        "اعضاء",
        "مسلح",
        "مسلحين",
        "متمرد",
        "متمردين",
        "مقاتل",
        "جندي",
        "جنود",
        "ضابط",
        "شعب",
        "سكان",
        "مواطن",
        "لاجئ",
        "طالب",
        "عامل",
        "نقابة",
        "حرس",
        "أمن",
        "امن",
        "مخابرات",
        "استخبارات",
        "بحرية",
        "طيران",
        "سلاح",
        "رابطة",
        "ائتلاف",
        "تحالف",
        "كتلة",
        "تيار",
        "قبيلة",
        "عشيرة",
        "مطار",
        "ميناء",
        "سجن",
        "مسجد",
        "كنيسة",
        "مستشفى",
        "صندوق",
        "برنامج",
        "قمة",
        "معارضة",
        "متظاهر",
        "ناشط",
        "مؤسسة",
        "مجلة",
        "إذاعة",
        "اذاعة",
        "تلفزيون",
        "حكم",
        "محافظة",
        "محافظ",
        "بلدية",
        "قطاع",
        "منطقة",
        "إقليم",
        "اقليم",
        "جزيرة",
        "جزر",
        "مملكة",
        "جمهورية",
        "إمارة",
        "امارة",
        "سلطة",
        "سلطات",
        "عملية",
        "خطة",
        "اتفاق",
        "اتفاقية",
        "معاهدة",
    ]
)
PSEUDO = {"IGO", "UNO", "EUR", "IMG", "NGO", "MNC", "INT"}
SECTORS = set(
    [
        "GOV",
        "MIL",
        "COP",
        "SPY",
        "JUD",
        "LEG",
        "PTY",
        "REB",
        "PRM",
        "OPP",
        "ELI",
        "CVL",
        "JRN",
        "MED",
        "REF",
        "REL",
        "EDU",
        "BUS",
        "LAB",
        "AGR",
        "CRM",
        "UAF",
        "UNK",
        "HLH",
        "MOD",
        "RAD",
        "IGO",
        "NGO",
        "BUS",
        "SEP",
        "INS",
        "DEV",
        "HRI",
        "ENV",
    ]
)
# CAMEO MED is the media (JRN here) and HLH health (MED here).
SECTOR_MAP = {"MED": "JRN", "HLH": "MED", "SEP": "REB", "INS": "REB", "RAD": "OPP", "MOD": "GOV"}
FUNCTION_WORDS = set(
    [
        "الذي",
        "التي",
        "الذين",
        "في",
        "من",
        "على",
        "عن",
        "إلى",
        "الى",
        "مع",
        "بعد",
        "قبل",
        "أن",
        "ان",
        "إن",
        "هذا",
        "هذه",
        "ذلك",
    ]
)
LINKS = set(["بن", "ابن", "بنت", "آل", "أبو", "ابو", "عبد"])
# Ordinals and words the lemmatiser stripped the article from inside names.
REARTICLE = set(["ثاني", "الثاني", "ثالث", "أول", "اول", "سادس", "خامس", "رابع"])
_DATE = re.compile(r"(\d{8})")


def _iso(d: str) -> str | None:
    if d == "18000101" or d.startswith("0000"):
        return None
    return f"{d[:4]}-{d[4:6]}-{d[6:8]}"


def parse_dict(path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """(name, [(code, date text)]) for every entry of the dictionary, in file order."""
    entries: list[tuple[str, list[tuple[str, str]]]] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if raw.startswith(("\t", "  ")) and line.strip().startswith("["):
            if entries:
                body = line.strip().strip("[]")
                code, _, dates = body.partition(" ")
                entries[-1][1].append((code.strip(), dates.strip()))
            continue
        name, _, rest = line.strip().partition("[")
        codes: list[tuple[str, str]] = []
        if rest:
            body = rest.split("]", 1)[0]
            code, _, dates = body.partition(" ")
            codes.append((code.strip(), dates.strip()))
        entries.append((name.strip(), codes))
    return entries


def convert_code(cameo: str, countries: set[str]) -> str | None:
    c = cameo.strip().upper()
    if not re.fullmatch(r"[A-Z]{3,12}", c) or len(c) % 3:
        return None
    parts = [c[i : i + 3] for i in range(0, len(c), 3)]
    head, secs = parts[0], parts[1:]
    if head == "IGO":
        if secs and secs[0] == "UNO":
            return "UNO"
        if secs and secs[0] in ("EUR", "EEC"):
            return "EUR"
        return "IGO"
    if head not in countries and head not in PSEUDO:
        return None
    secs = [SECTOR_MAP.get(s, s) for s in secs if s in SECTORS]
    if not secs:
        return None  # a bare country code is not a person's code
    sec = "ELI" if "ELI" in secs else secs[-1]
    return f"{head}:{sec}"


def roles_of(codes: list[tuple[str, str]], countries: set[str], copied: bool) -> list[str]:
    out: list[str] = []
    for cameo, dates in codes:
        code = convert_code(cameo, countries)
        if code is None:
            continue
        start = end = None
        found = _DATE.findall(dates)
        if not copied and found:
            if dates.startswith(">"):
                start = _iso(found[0])
            elif dates.startswith("<"):
                end = _iso(found[0])
            elif len(found) == 2:
                start, end = _iso(found[0]), _iso(found[1])
            if start and end and end < start:
                end = None
            if start and start > "2030":
                continue
        role = code if not (start or end) else f"{code}@{start or ''}..{end or ''}"
        if role not in out:
            out.append(role)
    # an undated code next to dated ones is the same office without its dates: drop it
    dated = [r for r in out if "@" in r]
    if dated:
        out = dated
    elif len(out) > 1:
        out = out[:1]
    return out


def clean_name(name: str, adjectives: set[str], country_names: set[str]) -> list[str] | None:
    """Spellings of a person's name from a lemma pattern, or None if it is not a person."""
    name = name.replace("\u0670", "").replace("ٰ", "")
    words = [w for w in name.replace("_", " ").split() if w]
    while words and (words[0] in TITLES or (words[0].startswith("ال") and words[0][2:] in TITLES)):
        words = words[1:]
    if not 2 <= len(words) <= 5:
        return None
    for w in words:
        bare = w[2:] if w.startswith("ال") else w
        if w in INSTITUTION_WORDS or bare in INSTITUTION_WORDS or any(ch.isdigit() for ch in w):
            return None
        if _norm(bare) in adjectives or _norm(w) in country_names:
            return None
        if not re.fullmatch(r"[\u0621-\u064a]+", w):
            return None
    if len(words[0]) < 2 or words[0].startswith("ال") or words[0] in LINKS:
        return None
    if any(w in FUNCTION_WORDS for w in words) or words[-1] in LINKS:
        return None
    spelled = " ".join(words)
    forms = [spelled]
    if any(w in REARTICLE for w in words[2:]):
        forms.append(
            " ".join(("ال" + w) if (i >= 2 and w in REARTICLE) else w for i, w in enumerate(words))
        )
    return forms


def _norm(s: str) -> str:
    table = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})
    return s.translate(table)


def _read_tsv(path: Path) -> list[list[str]]:
    return [
        line.split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    countries = {r[0] for r in _read_tsv(DATA / "countries.tsv")}
    country_names = {_norm(n) for r in _read_tsv(DATA / "countries.tsv") for n in r[3].split("|")}
    country_names |= {_norm(n[2:]) for n in country_names if n.startswith("ال")}
    adjectives: set[str] = set()
    for r in _read_tsv(DATA / "nationalities.tsv"):
        for m in r[1].split("|"):
            for word in m.split():
                for suf in ("", "ة", "ه", "ون", "ين", "ان"):
                    adjectives.add(_norm(word + suf))
        for x in (r[2] if len(r) > 2 else "").split("|"):
            if x:
                adjectives.add(_norm(x))
    known = {
        _norm(f)
        for path in sorted(DATA.glob("people*.tsv"))
        if path != OUT
        for r in _read_tsv(path)
        for f in r[2].split("|")
    }
    src = args.shared / "data" / "lexicons" / "universalpetrarch_arabic" / "actor_dict_ar_v4.txt"
    entries = parse_dict(src)
    people: dict[str, tuple[list[str], list[str]]] = {}
    prev_dates: list[str] = []
    kept = dropped = 0
    for name, codes in entries:
        dates = [d for _, d in codes]
        copied = bool(dates) and any(dates) and dates == prev_dates
        prev_dates = dates
        forms = clean_name(name, adjectives, country_names)
        if forms is None:
            dropped += 1
            continue
        if any(_norm(f) in known for f in forms):
            continue
        roles = roles_of(codes, countries, copied)
        if not roles:
            dropped += 1
            continue
        key = _norm(forms[0])
        if key in people:
            _forms, old_roles = people[key]
            old_roles.extend(r for r in roles if r not in old_roles)
            continue
        people[key] = (forms, roles)
        kept += 1
    with OUT.open("w", encoding="utf-8") as f:
        f.write(
            "# Built by scripts/build_upetrarch_actors.py from UniversalPetrarch actor_dict_ar_v4.txt (MIT)\n"
        )
        f.write(
            f"# {kept} people kept, {dropped} entries dropped. Noisy source: codes and dates unverified.\n"
        )
        f.write("# id\tname (Arabic; the source has no English names)\tArabic forms\troles\n")
        for i, (forms, roles) in enumerate(people.values(), 1):
            f.write(f"up{i:05d}\t\t{'|'.join(forms)}\t{';'.join(roles)}\n")
    print(f"{kept} people written to {OUT.relative_to(ROOT)}, {dropped} entries dropped")


if __name__ == "__main__":
    main()
