"""Build src/wasit/data/actors/places.tsv: Middle East / North Africa cities and regions.

Source: ../shared/data/lexicons/gazetteers/mena_cities_ar_geonames.tsv (GeoNames cities15000
alternate names, CC BY 4.0 — attribution in src/wasit/data/actors/README.md), cleaned: names
shorter than three letters, Arabic common words and misspellings (BLOCK) are dropped, and a few
regions are added by hand (REGIONS). Cities are written most populous first, so a name two
cities share (طرابلس) goes to the larger one.

Run: /work/venv/bin/python scripts/build_places.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "wasit" / "data" / "actors" / "places.tsv"

ALPHA3 = ROOT / "src" / "wasit" / "data" / "actors" / "countries.tsv"

# Alternate names that are common words, other things or misspellings (hand-written).
BLOCK = {
    "البلا", "لقدس", "يبوس", "صهيون", "مريّا", "ساليم", "العين", "الجزيره", "الجزيرة", "المدينة",
    "النصر", "الوحدة", "السلام", "الحرية", "الثورة", "الشعب", "النهضة", "الأمل", "المنصورة الجديدة",
    "البلد", "السوق", "الجديدة", "الحي", "المركز", "الشرق", "الغرب", "الشمال", "الجنوب", "الوسط",
    "الكرامة", "العاصمة", "المطار", "الميناء", "أولى القبلتين", "دبى", "اريئيل", "مدينة", "نور",
    "عنه", "منه", "فيه", "الأمير", "الرئيس", "الملك", "السلطان", "المنار", "الفجر", "الصباح",
}  # fmt: skip
# City names whose country in Arabic news differs from GeoNames' (hand-decided, see README).
OVERRIDE = {"Jerusalem": "PSE"}
# Regions and places the gazetteer lacks (hand-written facts).
REGIONS: list[tuple[str, str, str]] = [
    ("PSE", "Gaza Strip", "قطاع غزة|غزة"),
    ("PSE", "West Bank", "الضفة الغربية|الضفة"),
    ("PSE", "Khan Younis", "خان يونس|خانيونس"),
    ("PSE", "Rafah", "رفح"),
    ("PSE", "Jenin", "جنين"),
    ("PSE", "Tulkarm", "طولكرم"),
    ("PSE", "Deir al-Balah", "دير البلح"),
    ("PSE", "Jabalia", "جباليا"),
    ("PSE", "Beit Lahia", "بيت لاهيا"),
    ("PSE", "Beit Hanoun", "بيت حانون"),
    ("PSE", "Al-Aqsa Mosque", "المسجد الأقصى|الأقصى"),
    ("PSE", "Nablus", "نابلس"),
    ("PSE", "Hebron", "الخليل"),
    ("PSE", "Bethlehem", "بيت لحم"),
    ("PSE", "Qalqilya", "قلقيلية"),
    ("PSE", "Nuseirat", "النصيرات|مخيم النصيرات"),
    ("PSE", "Al-Shifa Hospital", "مستشفى الشفاء|مجمع الشفاء الطبي"),
    ("IRQ", "Fallujah", "الفلوجة"),
    ("IRQ", "Ramadi", "الرمادي"),
    ("IRQ", "Tikrit", "تكريت"),
    ("IRQ", "Samarra", "سامراء"),
    ("IRQ", "Baqubah", "بعقوبة"),
    ("IRQ", "Kirkuk", "كركوك"),
    ("IRQ", "Najaf", "النجف"),
    ("IRQ", "Karbala", "كربلاء"),
    ("IRQ", "Amiriyah", "العامرية"),
    ("IRQ", "Anbar", "الأنبار"),
    ("IRQ", "Diyala", "ديالى"),
    ("IRQ", "Nineveh", "نينوى"),
    ("SYR", "Homs", "حمص"),
    ("SYR", "Hama", "حماة"),
    ("SYR", "Deir ez-Zor", "دير الزور"),
    ("SYR", "Raqqa", "الرقة"),
    ("SYR", "Daraa", "درعا"),
    ("SYR", "Latakia", "اللاذقية"),
    ("LBN", "Sidon", "صيدا"),
    ("LBN", "Tyre", "صور"),
    ("LBN", "Baalbek", "بعلبك"),
    ("LBN", "Nabatieh", "النبطية"),
    ("LBN", "Dahieh", "الضاحية الجنوبية"),
    ("YEM", "Marib", "مأرب"),
    ("YEM", "Taiz", "تعز"),
    ("YEM", "Saada", "صعدة"),
    ("YEM", "Mukalla", "المكلا"),
    ("LBY", "Misrata", "مصراتة"),
    ("LBY", "Derna", "درنة"),
    ("LBY", "Sirte", "سرت"),
    ("AFG", "Kandahar", "قندهار"),
    ("AFG", "Helmand", "هلمند"),
    ("PAK", "Bajaur", "باجور"),
    ("PAK", "Waziristan", "وزيرستان"),
    ("SDN", "El Fasher", "الفاشر"),
    ("SOM", "Mogadishu", "مقديشو"),
    ("ISR", "Negev", "النقب"),
    ("SYR", "Golan", "الجولان|هضبة الجولان"),
    ("SYR", "Idlib", "إدلب|ادلب"),
    ("LBN", "South Lebanon", "جنوب لبنان"),
    ("EGY", "Sinai", "سيناء|شبه جزيرة سيناء"),
    ("YEM", "Hodeidah", "الحديدة"),
    ("YEM", "Red Sea coast", "البحر الأحمر"),
    ("ESH", "Western Sahara", "الصحراء الغربية"),
    ("SDN", "Darfur", "دارفور"),
    ("IRQ", "Kurdistan Region", "إقليم كردستان|كردستان العراق"),
]
# Function words and common words (normalised: ا for أإآ, ه for ة, ي for ى). A one-word name
# equal to one of them, or to a clitic (و ف ب ل ك) + one of them («بانه» = «بأنه»), is dropped.
COMMON = set(
    [
        "انه",
        "انها",
        "انهم",
        "ان",
        "ما",
        "من",
        "عن",
        "هو",
        "هي",
        "هم",
        "نحن",
        "الذي",
        "التي",
        "ذلك",
        "هذا",
        "هذه",
        "كان",
        "كانت",
        "قد",
        "لقد",
        "لكن",
        "الا",
        "اذا",
        "حتى",
        "ثم",
        "او",
        "بعد",
        "قبل",
        "عند",
        "عندما",
        "حيث",
        "كما",
        "مثل",
        "كل",
        "بعض",
        "غير",
        "بين",
        "امام",
        "خلال",
        "ضد",
        "نحو",
        "اي",
        "لدي",
        "الجديد",
        "الجديده",
        "الكبير",
        "الكبري",
        "العامه",
        "العام",
        "الوطني",
        "الاول",
        "الثاني",
        "الثالث",
        "الاخير",
        "اليوم",
        "امس",
        "غدا",
        "عام",
        "سنه",
        "يوم",
        "شهر",
        "مدينه",
        "قريه",
        "بلده",
        "منطقه",
        "الشرق",
        "الغرب",
        "الشمال",
        "الجنوب",
        "نور",
        "امل",
        "سلام",
        "حياه",
        "عين",
        "راس",
        "باب",
        "بيت",
        "دار",
        "سوق",
        "قلعه",
        "جبل",
        "نهر",
        "بحر",
        "بئر",
        "ماء",
        "الخبر",
        "قوم",
        "الباب",
        "ساري",
        "سعيده",
        "العبور",
        "كيف",
        "الحره",
        "الوحده",
        "الامل",
        "الرحمه",
        "السلام",
        "النصر",
        "الفتح",
        "الخير",
        "الامان",
        "النور",
        "الهدي",
        "خبر",
    ]
)


def _common(name: str) -> bool:
    n = name.translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"}))
    if " " in n:
        return False
    return n in COMMON or (n[:1] in "وفبلك" and n[1:] in COMMON)


#: Smaller places keep only their names of two words or more.
MIN_POP_ONE_WORD = 100_000
_NAME = re.compile(r"^[\u0621-\u064a ]{3,}$")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    a2to3: dict[str, str] = {}
    for line in ALPHA3.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            c = line.split("\t")
            a2to3[c[1]] = c[0]
    src = args.shared / "data" / "lexicons" / "gazetteers" / "mena_cities_ar_geonames.tsv"
    with src.open(encoding="utf-8") as f:
        recs = sorted(csv.DictReader(f, delimiter="\t"), key=lambda r: -int(r["population"] or 0))
    rows: list[tuple[str, str, str]] = list(REGIONS)
    for r in recs:
        iso3 = OVERRIDE.get(r["name_en"], a2to3.get(r["country"], ""))
        names = [n.strip() for n in r["names_ar"].split("|")]
        names = [n for n in names if _NAME.match(n) and n not in BLOCK and not _common(n)]
        if int(r["population"] or 0) < MIN_POP_ONE_WORD:
            # a one-word name of a small town is too often a common word («عنه»، «نور»)
            names = [n for n in names if " " in n]
        if iso3 and names:
            rows.append((iso3, r["name_en"], "|".join(names[:6])))
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# Built by scripts/build_places.py — do not edit by hand.\n")
        f.write("# iso3\tname_en\tArabic names (GeoNames, CC BY 4.0; regions hand-written)\n")
        for iso3, name, forms in rows:
            f.write(f"{iso3}\t{name}\t{forms}\n")


if __name__ == "__main__":
    main()
