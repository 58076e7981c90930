"""Measure the actors stage on the shared data (nothing here ships; it reads ../shared in place).

1. OEDA span recall (issue 4): in assault_spans.json and protest_spans.json, each span side
   whose role `main` is an ISO alpha-3 country (not None/null, not IMG INT KUR UIS IGO NGO, not
   a bare string) is found when a mention of that sentence has that country and shares a
   normalised token with the side's tokens. Recall for source and target.
2. Seeds: every person and organisation found in each seed with its code; every named person
   of seeds.gold.jsonl found with the right country.
3. NewsFANE: recall of Politician, Nation and Government entities (an entity is found when a
   mention overlaps it; for Nation and Politician, one of the right kind).

Run: PYTHONPATH=src /work/venv/bin/python scripts/measure_actors.py [--shared ../shared] [--verbose]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from wasit.actors.measure import oeda_span_recall
from wasit.actors.recognizer import ActorRecognizer
from wasit.ar.normalize import normalize
from wasit.ar.sentences import SentenceSplitter
from wasit.doc import Doc

ROOT = Path(__file__).resolve().parents[1]


def oeda(rec: ActorRecognizer, shared: Path, verbose: bool) -> dict[str, float]:
    records: list[dict[str, Any]] = []
    for name in ("assault_spans.json", "protest_spans.json"):
        path = shared / "data/gold/oeda_arabic_event_gsr" / name
        records.extend(json.loads(path.read_text(encoding="utf-8")))
    found, total, misses = oeda_span_recall(records, rec)
    if verbose:
        for line, n in Counter(misses).most_common(60):
            print(f"    miss x{n}: {line}")
    out = {
        f"oeda_{s}_recall": found[s] / total[s] if total[s] else 0.0 for s in ("source", "target")
    }
    for s in ("source", "target"):
        print(f"OEDA {s}: {found[s]}/{total[s]} = {out[f'oeda_{s}_recall']:.3f}")
    return out


def seeds(
    rec: ActorRecognizer, shared: Path, verbose: bool, part: str = "seeds"
) -> dict[str, float]:
    gold_path = shared / f"data/gold/{part}.gold.jsonl"
    gold = [json.loads(line) for line in gold_path.open(encoding="utf-8")]
    docs_path = shared / f"data/gold/{part}.docs.jsonl"
    docs = {d["doc_id"]: d for d in (json.loads(x) for x in docs_path.open(encoding="utf-8"))}
    split = SentenceSplitter()
    ok = n = 0
    for g in gold:
        d = docs[g["doc_id"]]
        doc = Doc(raw_text=d["text"], doc_id=d["doc_id"], pub_date=d.get("pub_date"))
        doc.clean_text = doc.raw_text
        doc.layers.add("clean_text")
        doc = rec(split(doc))
        if part == "seeds" or verbose:
            print(f"{g['doc_id']}:")
        seen: set[tuple[str, str]] = set()
        for m in doc.mentions:
            listed = part == "seeds" or verbose
            if (
                listed
                and m.kind in ("person", "org", "group")
                and (m.name or m.text, m.code) not in seen
            ):
                seen.add((m.name or m.text, m.code))
                print(f"    {m.kind:6} {m.code:8} {m.name or '-'}  «{m.text}» ({m.resolved_by})")
        people: set[tuple[str, str]] = set()
        for e in g["events"]:
            for side in ("actor", "recipient", "mediator"):
                for a in e[side]:
                    if isinstance(a, dict) and a.get("name"):
                        people.add((a["code"], a["name"]))
        for code, name in sorted(people):
            surname = normalize(name.split()[-1]).lower()
            hit = any(
                m.country == code.split(":")[0]
                and (
                    (m.name and surname in normalize(m.name).lower())
                    or (m.actor_id and surname in m.actor_id.replace("_", " "))
                )
                for m in doc.mentions
            )
            n += 1
            ok += hit
            if part == "seeds" or verbose or not hit:
                print(f"    gold {g['doc_id']} {code:8} {name:30} {'FOUND' if hit else 'MISSED'}")
    print(f"{part}: named gold actors found with the right country: {ok}/{n}")
    return {f"{part}_named_found": ok / n if n else 0.0}


def codes(rec: ActorRecognizer, shared: Path, verbose: bool) -> dict[str, float]:
    """Share of gold event actor codes (seeds and dev) that some mention of the document
    carries — the ceiling the events stage can reach with these mentions."""
    out: dict[str, float] = {}
    for part in ("seeds", "dev"):
        docs_path = shared / f"data/gold/{part}.docs.jsonl"
        docs = {d["doc_id"]: d for d in (json.loads(x) for x in docs_path.open(encoding="utf-8"))}
        total = full = country = 0
        for line in (shared / f"data/gold/{part}.gold.jsonl").open(encoding="utf-8"):
            g = json.loads(line)
            d = docs[g["doc_id"]]
            ms = rec.find(d["text"], d.get("pub_date"))
            have = {m.code for m in ms}
            have_country = {m.country for m in ms}
            for e in g["events"]:
                for side in ("actor", "recipient", "mediator"):
                    for a in e[side]:
                        c = a["code"] if isinstance(a, dict) else a
                        total += 1
                        full += c in have
                        country += c.split(":")[0] in have_country
        out[f"{part}_gold_codes_in_mentions"] = full / total if total else 0.0
        out[f"{part}_gold_countries_in_mentions"] = country / total if total else 0.0
        print(
            f"{part}: gold actor codes carried by a mention {full}/{total}, countries {country}/{total}"
        )
    return out


def dev(rec: ActorRecognizer, shared: Path, verbose: bool) -> dict[str, float]:
    return seeds(rec, shared, verbose, "dev")


def newsfane(rec: ActorRecognizer, shared: Path, verbose: bool) -> dict[str, float]:
    path = shared / "data/ner/newsfane/newsfane_dev.tsv"
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    sent: list[tuple[str, str]] = []
    misses: Counter[str] = Counter()

    def flush() -> None:
        if not sent:
            return
        text = ""
        ents: list[tuple[str, int, int]] = []
        cur: tuple[str, int] | None = None
        prev_end = 0
        for tok, tag in sent:
            if text:
                text += " "
            s = len(text)
            text += tok
            if tag.startswith("B-") or tag == "O" or (cur and tag[2:] != cur[0]):
                if cur:
                    ents.append((cur[0], cur[1], prev_end))
                cur = (tag[2:], s) if tag != "O" else None
            prev_end = len(text)
        if cur:
            ents.append((cur[0], cur[1], len(text)))
        ms = rec.find(text, None)
        for typ, s, e in ents:
            if typ not in ("Politician", "Nation", "Government"):
                continue
            total[typ] += 1
            ok = False
            for m in ms:
                if m.start < e and s < m.end:
                    if typ == "Politician" and m.kind != "person":
                        continue
                    if typ == "Nation" and m.kind not in (
                        "country",
                        "capital",
                        "institution",
                        "role",
                        "person",
                    ):
                        continue
                    ok = True
                    break
            found[typ] += ok
            if not ok:
                misses[f"{typ} {text[s:e]}"] += 1
        sent.clear()

    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                continue
            tok, _, tag = line.partition("\t")
            sent.append((tok, tag or "O"))
    flush()
    if verbose:
        for k, c in misses.most_common(60):
            print(f"    miss x{c}: {k}")
    out = {}
    for typ in ("Politician", "Nation", "Government"):
        out[f"newsfane_{typ.lower()}_recall"] = found[typ] / total[typ] if total[typ] else 0.0
        print(
            f"NewsFANE {typ}: {found[typ]}/{total[typ]} = {out[f'newsfane_{typ.lower()}_recall']:.3f}"
        )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--only", choices=["oeda", "seeds", "dev", "codes", "newsfane"])
    args = ap.parse_args()
    rec = ActorRecognizer()
    kb = rec.kb
    print(f"KB: {len(kb.actors)} actors, {kb.n_forms} surface forms (keys)")
    results: dict[str, float] = {}
    steps = (
        ("oeda", oeda),
        ("seeds", seeds),
        ("dev", dev),
        ("codes", codes),
        ("newsfane", newsfane),
    )
    for name, fn in steps:
        if args.only in (None, name):
            results.update(fn(rec, args.shared, args.verbose))
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
