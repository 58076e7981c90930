"""A small coded database for the API, page and browser tests.

The articles are Arabic sentences written for these tests. Each `Doc` is built by hand with its
sentences, mentions, events (actor/recipient/mediator, evidence) and claims, and written with
`Database.save_doc`, the writer the real pipeline uses. One article carries `<script>` and HTML
in its title and text, to prove every page shows them as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from wasit.doc import ActorRef, Claim, Doc, Event, Evidence, Mention, Removed, Sentence
from wasit.store.db import Database

XSS = "<script>alert(1)</script>"


@dataclass
class Ev:
    type: str
    sentence: int
    trigger: str
    actor: list[tuple[str, str, str | None]]  # (code, Arabic surface, English name)
    recipient: list[tuple[str, str, str | None]] = field(default_factory=list)
    mediator: list[tuple[str, str, str | None]] = field(default_factory=list)
    status: str = "asserted"
    mode: str | None = None
    date: str | None = None


@dataclass
class Cl:
    category: str
    sentence: int
    value: int | None
    attributed_to: str | None
    qualifier: str = "exact"
    group: str | None = None
    date: str | None = None
    range: tuple[int, int] | None = None


def make_doc(
    doc_id: str,
    title: str,
    source: str,
    pub_date: str,
    sentences: list[str],
    events: Sequence[Ev] = (),
    claims: Sequence[Cl] = (),
    boilerplate: str | None = None,
) -> Doc:
    clean = " ".join(sentences)
    prefix = (boilerplate + "\n") if boilerplate else ""
    doc = Doc(
        raw_text=prefix + clean, doc_id=doc_id, title=title, source=source, pub_date=pub_date,
        clean_text=clean, clean_map=[(0, len(prefix), len(clean))],
    )  # fmt: skip
    if boilerplate:
        doc.removed = [Removed(0, len(boilerplate), "boilerplate", boilerplate)]
    pos = 0
    for i, s in enumerate(sentences):
        doc.sentences.append(Sentence(i, pos, pos + len(s), s))
        pos += len(s) + 1

    def mention(sent: int, text: str, code: str, name: str | None) -> int:
        s = doc.sentences[sent]
        at = clean.index(text, s.start, s.end)
        for i, m in enumerate(doc.mentions):
            if m.start == at and m.code == code:
                return i
        kind = "person" if name else "institution"
        doc.mentions.append(Mention(at, at + len(text), text, code, kind, sent, name))
        return len(doc.mentions) - 1

    for e in events:
        s = doc.sentences[e.sentence]
        ev = Event(type=e.type, mode=e.mode, status=e.status, date=e.date or pub_date,
                   date_source="text" if e.date else "publication")  # fmt: skip
        for role in ("actor", "recipient", "mediator"):
            for code, surface, name in getattr(e, role):
                idx = mention(e.sentence, surface, code, name)
                getattr(ev, role).append(ActorRef(code, name, idx))
        assert e.trigger in s.text, e.trigger
        ev.evidence = [Evidence(s.idx, s.start, s.end, e.trigger, "test-rule", s.text)]
        doc.events.append(ev)
    for c in claims:
        s = doc.sentences[c.sentence]
        doc.claims.append(
            Claim(
                category=c.category, value=c.value, range=c.range, qualifier=c.qualifier,
                group=c.group, attributed_to=c.attributed_to, date=c.date or pub_date,
                evidence=[Evidence(s.idx, s.start, s.end, "", "test-rule", s.text)],
            )
        )  # fmt: skip
    doc.layers.update({"clean_text", "sentences", "mentions", "events", "claims"})
    return doc


QAT = ("QAT:GOV", "قطر", None)
ISR = ("ISR:GOV", "إسرائيل", None)
HAMAS = ("PSE:REB", "حركة حماس", "Hamas")
EGY = ("EGY:GOV", "وزير الخارجية المصري", "Egyptian foreign minister")
JOR = ("JOR:GOV", "نظيره الأردني", None)


def fixture_docs() -> list[Doc]:
    return [
        make_doc(
            "mediation-1", "قطر تتوسط بين إسرائيل وحماس", "wire-a", "2023-11-20",
            [
                "أعلنت قطر أنها تتوسط بين إسرائيل وحركة حماس للإفراج عن الرهائن.",
                "وقال المتحدث باسم الخارجية القطرية إن المحادثات مستمرة منذ أيام.",
                "وأفادت وزارة الصحة في غزة بمقتل 120 شخصاً خلال يوم واحد.",
            ],
            events=[Ev("CONSULT", 0, "تتوسط", [ISR], [HAMAS], [QAT], mode="mediate")],
            claims=[Cl("killed", 2, 120, "PSE:GOV", group="people")],
            boilerplate="اقرأ أيضاً: أخبار الطقس اليوم",
        ),
        make_doc(
            "accuse-2", "حماس تحتجز الرهائن", "daily-b", "2023-11-21",
            [
                "قالت حركة حماس إنها تحتجز نحو 240 رهينة في غزة.",
                "واتهم الجيش الإسرائيلي حركة حماس بإطلاق صواريخ على عسقلان.",
            ],
            events=[Ev("ACCUSE", 1, "اتهم", [("ISR:MIL", "الجيش الإسرائيلي", None)], [HAMAS])],
            claims=[Cl("held", 0, 240, "PSE:REB", qualifier="about", group="hostages")],
        ),
        make_doc(
            "xss-3", f"<b>لقاء</b> في القاهرة {XSS}", "wire-a", "2023-11-21",
            [
                f"التقى وزير الخارجية المصري نظيره الأردني في القاهرة {XSS} اليوم.",
                "وبحث الجانبان <b>التعاون</b> الثنائي & الأوضاع في المنطقة.",
            ],
            events=[Ev("CONSULT", 0, "التقى", [EGY], [JOR])],
        ),
        make_doc(
            "same-4", "اجتماع مصري أردني", "daily-b", "2023-11-22",
            ["اجتمع وزير الخارجية المصري مع نظيره الأردني في القاهرة أمس لبحث الأزمة."],
            events=[Ev("CONSULT", 0, "اجتمع", [EGY], [JOR], date="2023-11-21")],
        ),
        make_doc(
            "assault-5", "قصف متبادل على الحدود", "wire-a", "2023-10-15",
            [
                "قصفت القوات الإسرائيلية مواقع في جنوب لبنان فجر اليوم.",
                "وأعلن حزب الله استهداف موقع عسكري إسرائيلي بصواريخ موجهة.",
                "وأصيب ثلاثة جنود بجروح طفيفة بحسب الجيش الإسرائيلي.",
            ],
            events=[
                Ev("ASSAULT", 0, "قصفت", [("ISR:MIL", "القوات الإسرائيلية", None)],
                   [("LBN", "لبنان", None)]),
                Ev("ASSAULT", 1, "استهداف", [("LBN:REB", "حزب الله", "Hezbollah")],
                   [("ISR:MIL", "إسرائيلي", None)]),
            ],
            claims=[Cl("injured", 2, 3, "ISR:MIL", group="soldiers")],
        ),
        make_doc(
            "release-6", "الإفراج عن رهائن بوساطة قطرية ومصرية", "daily-b", "2023-11-24",
            [
                "أفرجت حركة حماس عن 24 رهينة إسرائيلية بوساطة قطر ومصر.",
                "وقالت إسرائيل إن نحو 210 رهائن ما زالوا محتجزين في غزة.",
                "وهددت إسرائيل حركة حماس باستئناف العمليات إذا لم تفرج عن الباقين.",
            ],
            events=[
                Ev("RETREAT", 0, "أفرجت", [HAMAS], [("ISR", "إسرائيلية", None)], [QAT, ("EGY:GOV", "مصر", None)],
                   mode="release"),
                Ev("THREATEN", 2, "هددت", [ISR], [HAMAS], status="hypothetical"),
            ],
            claims=[
                Cl("released", 0, 24, "QAT:GOV", group="hostages"),
                Cl("held", 1, 210, "ISR:GOV", qualifier="about", group="hostages"),
            ],
        ),
    ]


def build_db(path: Path) -> Path:
    """Write the fixture articles to a fresh database file at `path`."""
    with Database(path) as db:
        for doc in fixture_docs():
            db.save_doc(doc)
    return path
