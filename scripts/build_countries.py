"""Build src/wasit/data/actors/countries.tsv: every ISO 3166 country with its Arabic names.

Sources (all may ship):
- Arabic country names: CLDR through the `babel` package (Unicode licence).
- alpha-2 → alpha-3 codes and capital names: ../shared/data/lexicons/gazetteers/
  countries_capitals_ar.tsv, columns alpha2/alpha3/name_en and capital_ar_geonames (GeoNames,
  CC BY 4.0 — attribution in src/wasit/data/actors/README.md). The iso-codes (LGPL) columns
  of that file are not read.
- Usual Arabic variants of the names (short forms, spellings), written here by hand.

Run: /work/venv/bin/python scripts/build_countries.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

import babel

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "wasit" / "data" / "actors" / "countries.tsv"

# Usual variants the CLDR name does not cover (facts of Arabic usage, hand-written).
VARIANTS: dict[str, list[str]] = {
    "USA": ["الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "أمريكا", "أميركا"],
    "GBR": ["بريطانيا", "المملكة المتحدة"],
    "SAU": ["السعودية", "المملكة السعودية"],
    "ARE": ["الإمارات", "دولة الإمارات", "الإمارات المتحدة"],
    "PSE": ["فلسطين", "دولة فلسطين"],
    "SYR": ["سورية"],
    "RUS": ["روسيا الاتحادية", "الاتحاد الروسي"],
    "CHN": ["جمهورية الصين الشعبية"],
    "IRN": ["الجمهورية الإسلامية الإيرانية"],
    "KOR": ["كوريا الجنوبية"],
    "PRK": ["كوريا الشمالية"],
    "EGY": ["جمهورية مصر العربية"],
    "MAR": ["المملكة المغربية"],
    "JOR": ["المملكة الأردنية", "المملكة الأردنية الهاشمية"],
    "DEU": ["ألمانيا الاتحادية"],
    "TUR": ["تركيا"],
    "LBY": ["ليبيا"],
    "MRT": ["موريتانيا"],
    "SDN": ["السودان"],
    "SSD": ["جنوب السودان"],
    "IRQ": ["العراق"],
    "YEM": ["اليمن"],
    "OMN": ["عمان", "سلطنة عمان"],
    "KWT": ["دولة الكويت"],
    "QAT": ["دولة قطر"],
    "BHR": ["مملكة البحرين"],
    "NLD": ["هولندا"],
    "CZE": ["التشيك", "جمهورية التشيك"],
    "AFG": ["أفغانستان"],
    "UKR": ["أوكرانيا"],
    "ESH": ["الصحراء الغربية"],
    "VAT": ["الفاتيكان"],
    "THA": ["تايلند"],
    "TKM": ["تركمنستان"],
    "DNK": ["الدنمارك", "الدانمارك"],
    "COD": ["الكونغو الديمقراطية", "جمهورية الكونغو الديمقراطية", "الكونغو"],
    "COG": ["الكونغو برازافيل", "جمهورية الكونغو"],
    "BLR": ["روسيا البيضاء", "بيلاروسيا"],
    "KGZ": ["قرغيزستان", "قرغيزيا"],
    "PHL": ["الفليبين"],
    "SOM": ["الصومال"],
    "MMR": ["ميانمار", "بورما"],
    "CIV": ["ساحل العاج", "كوت ديفوار"],
    "BIH": ["البوسنة", "البوسنة والهرسك"],
    "MKD": ["مقدونيا", "مقدونيا الشمالية"],
    "NZL": ["نيوزيلندا", "نيوزلندا"],
    "ZAF": ["جنوب أفريقيا", "جنوب افريقيا", "جنوب إفريقيا"],
    "CAF": ["أفريقيا الوسطى", "جمهورية أفريقيا الوسطى"],
    "BLZ": ["بيليز"],
    "NIC": ["نيكاراجوا"],
    "CHL": ["شيلي"],
}
# England, Scotland, Wales and Northern Ireland are coded as the United Kingdom.
VARIANTS["GBR"] += ["إنجلترا", "انجلترا", "إنكلترا", "انكلترا", "اسكتلندا", "إسكتلندا", "ويلز"]


# Names that are common words or other places, not the country (kept out of the lexicon).
SKIP_NAMES = {"الأراضي الفلسطينية"}

# GeoNames alternate names of capitals that are noise or stand for other things.
SKIP_CAPITALS = {
    "ISR",  # Jerusalem: not Israel's government in Arabic news (see places.tsv)
}
# Capital names of the gazetteer that are common words or misspellings (hand-written).
BLOCK_CAPITALS = {"الجزيره", "الجزيرة", "مدينة الجزائر", "الجزائر العاصمة", "امان", "ترابلس"}
_CAP_NAME = re.compile(r"^[\u0621-\u064a ]{3,}$")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    gaz = args.shared / "data" / "lexicons" / "gazetteers" / "countries_capitals_ar.tsv"
    territories = babel.Locale("ar").territories
    rows: list[list[str]] = []
    with gaz.open(encoding="utf-8") as f:
        for rec in csv.DictReader(f, delimiter="\t"):
            a2, a3 = rec["alpha2"], rec["alpha3"]
            names: list[str] = []
            cldr = territories.get(a2)
            if cldr and cldr not in SKIP_NAMES:
                names.append(cldr)
            for v in VARIANTS.get(a3, []):
                if v not in names:
                    names.append(v)
            caps: list[str] = []
            if a3 not in SKIP_CAPITALS:
                for c in (rec.get("capital_ar_geonames") or "").split("|"):
                    c = c.strip()
                    bad = c in BLOCK_CAPITALS or c.startswith("ئ") or c in names
                    if _CAP_NAME.match(c) and c not in caps and not bad:
                        caps.append(c)
            rows.append([a3, a2, rec["name_en"], "|".join(names), "|".join(caps[:4])])
    rows.sort()
    with OUT.open("w", encoding="utf-8", newline="") as f:
        f.write("# Built by scripts/build_countries.py — do not edit by hand.\n")
        f.write("# iso3\tiso2\tname_en\tnames_ar (CLDR + usual variants)\tcapitals_ar (GeoNames)\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
