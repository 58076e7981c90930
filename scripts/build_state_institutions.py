"""Build src/wasit/data/actors/state_institutions.tsv: the main state institutions and offices of
every country that has a nationality adjective (government, ministries, army, police, intelligence,
parliament, judiciary, embassy; head of state, head of government, foreign, defence and interior
ministers, ambassador), as KB actors with their Arabic forms.

The recogniser already codes «الجيش الجزائري» by pattern (head + adjective); listing the
institutions as actors gives each one an id and an English name, so that «وزارة الخارجية
الأمريكية» and «الخارجية الأميركية» resolve to the same actor. Inputs are the project's own
files: nationalities.tsv (adjectives) and countries.tsv (CLDR names, for «جيش مصر»).

Run: /work/venv/bin/python scripts/build_state_institutions.py
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "wasit" / "data" / "actors"
OUT = DATA / "state_institutions.tsv"

# key, sector, English pattern, forms with the adjective ({m} masculine, {f} feminine) and
# with the country's name in the genitive ({c}).
TEMPLATES: list[tuple[str, str, str, list[str]]] = [
    ("government", "GOV", "Government of {en}", ["الحكومة {f}", "حكومة {c}"]),
    (
        "foreign_ministry",
        "GOV",
        "{en} Ministry of Foreign Affairs",
        ["وزارة الخارجية {f}", "الخارجية {f}", "وزارة خارجية {c}", "الدبلوماسية {f}"],
    ),
    ("defence_ministry", "GOV", "{en} Ministry of Defence", ["وزارة الدفاع {f}", "وزارة دفاع {c}"]),
    (
        "interior_ministry",
        "GOV",
        "{en} Ministry of the Interior",
        ["وزارة الداخلية {f}", "الداخلية {f}", "وزارة داخلية {c}"],
    ),
    ("health_ministry", "GOV", "{en} Ministry of Health", ["وزارة الصحة {f}", "وزارة صحة {c}"]),
    ("presidency", "GOV", "{en} Presidency", ["الرئاسة {f}", "رئاسة {c}"]),
    ("embassy", "GOV", "Embassy of {en}", ["السفارة {f}", "سفارة {c}"]),
    ("army", "MIL", "{en} Army", ["الجيش {m}", "جيش {c}", "القوات المسلحة {f}"]),
    ("air_force", "MIL", "{en} Air Force", ["سلاح الجو {m}", "القوات الجوية {f}"]),
    ("navy", "MIL", "{en} Navy", ["البحرية {f}", "القوات البحرية {f}"]),
    ("police", "COP", "{en} Police", ["الشرطة {f}", "شرطة {c}"]),
    (
        "security_forces",
        "COP",
        "{en} security forces",
        ["قوات الأمن {f}", "الأجهزة الأمنية {f}", "السلطات الأمنية {f}"],
    ),
    (
        "intelligence",
        "SPY",
        "{en} intelligence services",
        ["المخابرات {f}", "الاستخبارات {f}", "أجهزة المخابرات {f}"],
    ),
    ("parliament", "LEG", "Parliament of {en}", ["البرلمان {m}", "برلمان {c}"]),
    ("judiciary", "JUD", "{en} judiciary", ["القضاء {m}", "المحاكم {f}"]),
]
# Offices (kind role): the holder is found by the title; a name after it makes a person.
OFFICES: list[tuple[str, str, str, list[str]]] = [
    (
        "head_of_state",
        "GOV",
        "Head of state of {en}",
        [
            "الرئيس {m}",
            "الرئيسة {f}",
            "رئيس {c}",
            "رئيسة {c}",
            "الملك {m}",
            "ملك {c}",
            "العاهل {m}",
        ],
    ),
    (
        "head_of_government",
        "GOV",
        "Head of government of {en}",
        [
            "رئيس الوزراء {m}",
            "رئيسة الوزراء {f}",
            "رئيس وزراء {c}",
            "رئيسة وزراء {c}",
            "رئيس الحكومة {f}",
            "رئيس حكومة {c}",
        ],
    ),
    (
        "foreign_minister",
        "GOV",
        "Foreign minister of {en}",
        ["وزير الخارجية {m}", "وزيرة الخارجية {f}", "وزير خارجية {c}", "وزيرة خارجية {c}"],
    ),
    (
        "defence_minister",
        "GOV",
        "Defence minister of {en}",
        ["وزير الدفاع {m}", "وزيرة الدفاع {f}", "وزير دفاع {c}"],
    ),
    (
        "interior_minister",
        "GOV",
        "Interior minister of {en}",
        ["وزير الداخلية {m}", "وزيرة الداخلية {f}", "وزير داخلية {c}"],
    ),
    (
        "ambassador",
        "GOV",
        "Ambassador of {en}",
        ["السفير {m}", "السفيرة {f}", "سفير {c}", "سفيرة {c}"],
    ),
]


def _rows(path: Path) -> list[list[str]]:
    return [
        line.split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def main() -> None:
    names: dict[str, tuple[str, list[str]]] = {}
    for r in _rows(DATA / "countries.tsv"):
        names[r[0]] = (r[2], [n for n in r[3].split("|") if n][:2])
    n_actors = n_forms = 0
    with OUT.open("w", encoding="utf-8") as f:
        f.write(
            "# Built by scripts/build_state_institutions.py from nationalities.tsv and countries.tsv.\n"
        )
        f.write("# id\tcode\tkind\tEnglish name\tArabic forms\n")
        for r in _rows(DATA / "nationalities.tsv"):
            iso3 = r[0]
            if iso3 not in names:
                continue
            en, country_names = names[iso3]
            masc = [m.strip() for m in r[1].split("|") if m.strip()]
            groups = [(t, "institution") for t in TEMPLATES] + [(t, "role") for t in OFFICES]
            for (key, sector, en_pat, patterns), kind in groups:
                forms: list[str] = []
                for pat in patterns:
                    if "{c}" in pat:
                        forms.extend(pat.format(c=c) for c in country_names)
                        continue
                    for m in masc:
                        fem = " ".join(w + "ة" if w.endswith("ي") else w for w in m.split())
                        mm = " ".join("ال" + w if w.endswith("ي") else w for w in m.split())
                        ff = " ".join("ال" + w if w.endswith("ة") else w for w in fem.split())
                        forms.append(pat.format(m=mm, f=ff))
                forms = list(dict.fromkeys(forms))
                f.write(
                    f"{iso3.lower()}_{key}\t{iso3}:{sector}\t{kind}\t{en_pat.format(en=en)}\t{'|'.join(forms)}\n"
                )
                n_actors += 1
                n_forms += len(forms)
    print(f"{n_actors} institutions, {n_forms} forms written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
