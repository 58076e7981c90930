"""Benchmark: how fast `wasit serve` answers events queries on a database of realistic size.

    PYTHONPATH=src python bench/bench_serve.py                  # build (once) and time a
                                                                # synthetic 31,000-article DB
    PYTHONPATH=src python bench/bench_serve.py --db wasit.db    # time a real coded database
    PYTHONPATH=src python bench/bench_serve.py --synthetic /tmp/snn.db \
        --texts ../shared/data/corpus/saudinewsnet/articles.jsonl.gz  # real texts + generated events

The synthetic articles are generated here from templates (Arabic sentences written for this
benchmark) with random actors, mediators, dates, outlets and claims, and written through
`Database.save_doc`, the writer the pipeline uses (so the search index and triggers are real).
Each query goes through the whole app in-process (routing, SQL, JSON) and is timed over
several runs; the baseline is the cheapest request of the same run (the overview counts are
not it: `/api/events?per_page=1&sort=id`, a page read by primary key). Target: < 300 ms.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import statistics
import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

from wasit.doc import ActorRef, Claim, Doc, Event, Evidence, Mention, Sentence
from wasit.store.db import Database

ACTORS = [
    ("ISR:GOV", "الحكومة الإسرائيلية"), ("ISR:MIL", "الجيش الإسرائيلي"), ("PSE:HAM", "حركة حماس"),
    ("PSE:GOV", "السلطة الفلسطينية"), ("QAT:GOV", "قطر"), ("EGY:GOV", "مصر"),
    ("JOR:GOV", "الأردن"), ("SAU:GOV", "السعودية"), ("USA:GOV", "الولايات المتحدة"),
    ("IRN:GOV", "إيران"), ("LBN:HEZ", "حزب الله"), ("SYR:GOV", "الحكومة السورية"),
    ("SYR:REB", "المعارضة السورية"), ("YEM:GOV", "الحكومة اليمنية"), ("YEM:REB", "الحوثيون"),
    ("TUR:GOV", "تركيا"), ("RUS:GOV", "روسيا"), ("OMN:GOV", "سلطنة عمان"), ("UNO", "الأمم المتحدة"),
    ("IRQ:GOV", "الحكومة العراقية"), ("ARE:GOV", "الإمارات"), ("KWT:GOV", "الكويت"),
]  # fmt: skip
PLACES = ["القاهرة", "الدوحة", "عمان", "الرياض", "غزة", "بيروت", "دمشق", "صنعاء", "مسقط", "جنيف"]
TEMPLATES = {
    "CONSULT": "التقى ممثلو {a} وفداً من {b} في {p} لبحث التطورات الأخيرة.",
    "ACCUSE": "اتهم {a} {b} بالمسؤولية عن تدهور الأوضاع في {p}.",
    "ASSAULT": "قصف {a} مواقع تابعة لـ{b} قرب {p} صباح اليوم.",
    "AID": "أرسل {a} مساعدات إنسانية إلى {b} عبر معبر قريب من {p}.",
    "THREATEN": "هدد {a} {b} بالرد إذا استمر التصعيد في {p}.",
    "AGREE": "وقع {a} و{b} اتفاقاً للتعاون في {p}.",
}
MEDIATED = "استضافت {m} في {p} محادثات غير مباشرة بين {a} و{b} بوساطة منها."
CLAIM = "وأعلنت {a} أن {n} أشخاص قتلوا في {p} خلال الأيام الماضية."
FILLER = [
    "وأشار مراقبون إلى أن الأوضاع الميدانية لا تزال متوترة.",
    "وتأتي هذه الخطوة في ظل جهود إقليمية ودولية لاحتواء الأزمة.",
    "ولم يصدر أي تعليق رسمي حتى الآن على هذه التصريحات.",
    "وقال محللون إن المرحلة المقبلة ستكون حاسمة بالنسبة لجميع الأطراف.",
    "ويرى خبراء أن الحل السياسي هو الخيار الوحيد المتاح في الوقت الراهن.",
    "وتابعت وسائل الإعلام المحلية تفاصيل الحدث باهتمام كبير.",
]
SOURCES = [f"outlet-{i:02d}" for i in range(14)]
TYPES = list(TEMPLATES)


def _mention(doc: Doc, sent: Sentence, code: str, surface: str) -> int:
    at = doc.clean_text.index(surface, sent.start)
    doc.mentions.append(Mention(at, at + len(surface), surface, code, "institution", sent.idx))
    return len(doc.mentions) - 1


def synthetic_doc(i: int, rng: random.Random, real: dict[str, str] | None = None) -> Doc:
    """One generated article: 2–3 events (some mediated), a claim in one of three, filler.

    With `real` (a SaudiNewsNet record), its text comes first, so that article lengths,
    vocabulary (for the search index), dates and outlets are those of real news.
    """
    day = f"{rng.randint(2012, 2016)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    plan: list[tuple[str, str, tuple[str, str], tuple[str, str], tuple[str, str] | None]] = []
    lines: list[str] = []
    if real and (real.get("content") or "").strip():
        lines.append(" ".join(real["content"].split()))
        day = (real.get("date_extracted") or day)[:10]
    for _ in range(rng.randint(2, 3)):
        a, b, m = rng.sample(ACTORS, 3)
        p = rng.choice(PLACES)
        if rng.random() < 0.15:
            plan.append(("CONSULT", MEDIATED.format(a=a[1], b=b[1], m=m[1], p=p), a, b, m))
        else:
            t = rng.choice(TYPES)
            plan.append((t, TEMPLATES[t].format(a=a[1], b=b[1], p=p), a, b, None))
        lines.append(plan[-1][1])
        lines.extend(rng.sample(FILLER, 2))
    claim_by = rng.choice(ACTORS) if rng.random() < 0.33 else None
    if claim_by:
        lines.append(CLAIM.format(a=claim_by[1], n=rng.randint(3, 300), p=rng.choice(PLACES)))
    text = " ".join(lines)
    doc = Doc(raw_text=text, doc_id=f"synthetic-{i}", clean_text=text, pub_date=day,
              title=(real or {}).get("title") or plan[0][1][:60],
              source=(real or {}).get("source") or rng.choice(SOURCES))  # fmt: skip
    pos = 0
    for k, s in enumerate(lines):
        doc.sentences.append(Sentence(k, pos, pos + len(s), s))
        pos += len(s) + 1
    for t, line, a, b, m in plan:
        sent = doc.sentences[lines.index(line)]
        ev = Event(type=t, date=day, date_source="publication")
        ev.actor = [ActorRef(a[0], None, _mention(doc, sent, *a))]
        ev.recipient = [ActorRef(b[0], None, _mention(doc, sent, *b))]
        if m:
            ev.mediator = [ActorRef(m[0], None, _mention(doc, sent, *m))]
        trigger = line.split()[0] if not m else "بوساطة"
        ev.evidence = [Evidence(sent.idx, sent.start, sent.end, trigger, "bench", line)]
        doc.events.append(ev)
    if claim_by:
        sent = doc.sentences[-1]
        n = int(next(w for w in sent.text.split() if w.isdigit()))
        doc.claims.append(Claim("killed", n, attributed_to=claim_by[0], date=day,
                                evidence=[Evidence(sent.idx, sent.start, sent.end, "", "", sent.text)]))  # fmt: skip
    doc.layers.update({"clean_text", "sentences", "mentions", "events", "claims"})
    return doc


def _real_records(path: Path | None) -> Iterator[dict[str, str] | None]:
    if path is None:
        while True:
            yield None
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)
    while True:
        yield None


def build(path: Path, n: int, texts: Path | None = None, seed: int = 7) -> None:
    rng = random.Random(seed)
    t0 = time.perf_counter()
    records = _real_records(texts)
    with Database(path) as db:
        for i in range(n):
            db.save_doc(synthetic_doc(i, rng, next(records)))
            if (i + 1) % 5000 == 0:
                print(f"  {i + 1} articles written ({time.perf_counter() - t0:.0f} s)", flush=True)
    print(f"built {path} with {n} articles in {time.perf_counter() - t0:.1f} s", flush=True)


QUERIES = [
    ("baseline: one event by id", "/api/events?per_page=1&sort=id"),
    ("events, no filter, newest first", "/api/events"),
    ("type + actor + date range", "/api/events?type=ASSAULT&actor=ISR&date_from={year}-01-01&date_to={year}-12-31"),
    ("mediator + recipient, page 3", "/api/events?mediator=QAT&recipient=PSE:HAM&page=3&per_page=20"),
    ("status + source + sort by type", "/api/events?status=asserted&source={source}&sort=type"),
    ("free text (FTS5) + type", "/api/events?q=%D9%85%D8%B3%D8%A7%D8%B9%D8%AF%D8%A7%D8%AA&type=AID"),
    ("free text (FTS5) + actor + month", "/api/events?q=%D8%A7%D9%84%D8%AF%D9%88%D8%AD%D8%A9&actor=QAT&date_from={month}&date_to={month}"),
    ("events page (HTML) with filters", "/events?type=CONSULT&party=EGY&date_from={year}-01-01"),
    ("events CSV with filters", "/api/events?type=ACCUSE&actor=IRN&format=csv&per_page=500"),
    ("event detail + same event", "/api/events/1234"),
    ("network, everything (default page)", "/api/network"),
    ("network, one type, one year", "/api/network?type=CONSULT&date_from={year}-01-01&date_to={year}-12-31"),
    ("actor page data", "/api/actors/QAT:GOV"),
    ("overview", "/api/overview"),
    ("claims figures", "/api/figures?category=killed"),
]  # fmt: skip


def time_queries(db: Path, runs: int) -> list[tuple[str, float, float, float, int]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from wasit.api.app import create_app

    with Database(db, readonly=True) as d:  # filter values that occur in this database
        month = d.query("SELECT substr(date, 1, 7) AS m FROM events WHERE date IS NOT NULL"
                        " GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1")[0]["m"]  # fmt: skip
        source = d.query("SELECT source FROM articles GROUP BY source"
                         " ORDER BY COUNT(*) DESC LIMIT 1 OFFSET 1")[0]["source"]  # fmt: skip
    values = {"month": month, "year": month[:4], "source": source}
    out = []
    with TestClient(create_app(db)) as client:
        for label, template in QUERIES:
            url = template.format(**values)
            times = []
            for _ in range(runs):
                t0 = time.perf_counter()
                r = client.get(url)
                times.append((time.perf_counter() - t0) * 1000)
                if r.status_code != 200:
                    raise SystemExit(f"{url}: HTTP {r.status_code} {r.text[:200]}")
            total = r.json().get("total", -1) if "json" in r.headers["content-type"] else -1
            # The first request is cold (aggregate views are cached per database state).
            out.append((label, times[0], statistics.median(times[1:]), max(times[1:]), total))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--db", type=Path, help="a coded database to time (else a synthetic one)")
    ap.add_argument("--synthetic", type=Path, default=Path("/tmp/wasit-bench-serve.db"),
                    help="where the synthetic database is built (reused when present)")
    ap.add_argument("--articles", type=int, default=31_000)
    ap.add_argument("--texts", type=Path, help="SaudiNewsNet articles.jsonl.gz: real article"
                    " texts, dates and outlets under the generated events (benchmark use only)")
    ap.add_argument("--runs", type=int, default=7, help="requests per query (>= 2)")
    ap.add_argument("--target-ms", type=float, default=300.0)
    args = ap.parse_args(argv)
    args.runs = max(2, args.runs)
    db = args.db
    if db is None:
        db = args.synthetic
        if not db.exists():
            build(db, args.articles, args.texts)
    with Database(db, readonly=True) as d:
        counts = {t: d.count(t) for t in ("articles", "events", "mentions", "claims")}
    print(f"database {db}: " + ", ".join(f"{v:,} {k}" for k, v in counts.items()))
    results = time_queries(db, args.runs)
    base = results[0][2] or 1e-9
    print(f"\n{'query':40} {'first ms':>9} {'median ms':>10} {'max ms':>8} {'x base':>7} {'rows':>7}")
    slow = 0
    for label, first, med, worst, total in results:
        flag = "" if max(first, med) < args.target_ms else "  SLOW"
        slow += bool(flag)
        print(f"{label:40} {first:9.1f} {med:10.1f} {worst:8.1f} {med / base:7.1f} {total:7}{flag}")
    print(f"\n{len(results) - slow}/{len(results)} queries under {args.target_ms:.0f} ms, first"
          f" request and median of the next {args.runs - 1}")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
