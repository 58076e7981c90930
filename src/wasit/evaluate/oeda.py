"""Sentence-level detection of ASSAULT and PROTEST on the OEDA Arabic event gold sets.

The files (`assault_gsr.csv`, `protest_gsr.csv`: `id, event_type, label, accept, reject,
total, text`) label each sentence «yes» (all coders accept), «easy no», «difficult no» or
«ambiguous». «yes» is positive, both «no» are negative, «ambiguous» is left out. A sentence is
predicted positive when the pipeline codes an event of the file's type in it, or detects one
whose sides it cannot read (`Doc.detections`: «قتل 20 في هجوم انتحاري» names neither side).

The sets are MIT-licensed and may be trained on; whoever does must train on the `train` half
only. The halves are fixed once, by a hash of the sentence id (`oeda_half`), and the project
reports and gates on the `dev` half.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wasit.doc import EVENT_TYPES, Doc
from wasit.errors import InputError
from wasit.evaluate.scoring import prf
from wasit.pipeline import Pipeline, default_pipeline

LABELS: dict[str, bool | None] = {
    "yes": True,
    "easy no": False,
    "difficult no": False,
    "ambiguous": None,
}
HALVES = ("dev", "train", "all")
_COLUMNS = ("id", "event_type", "label", "text")


def oeda_half(sentence_id: str) -> str:
    """`dev` or `train`, fixed by the SHA-256 of the sentence id (about half each): the first
    byte even is `dev`, odd is `train` — the split scripts/train_detect.py trains on."""
    digest = hashlib.sha256(sentence_id.encode("utf-8")).digest()
    return "dev" if digest[0] % 2 == 0 else "train"


@dataclass(frozen=True, slots=True)
class OedaSentence:
    id: str
    event_type: str
    label: str
    text: str
    where: str  # FILE:LINE

    @property
    def positive(self) -> bool | None:
        return LABELS[self.label]


def read_oeda(path: str | Path, half: str = "dev") -> list[OedaSentence]:
    """Labelled sentences of one OEDA file (ambiguous ones left out), of one half or all."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    shown = str(path)
    try:
        with Path(path).open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise InputError(shown, f"cannot read the OEDA file: {e}") from e
    if rows and any(c not in rows[0] for c in _COLUMNS):
        raise InputError(shown, f"an OEDA file needs the columns {list(_COLUMNS)}", 1)
    out: list[OedaSentence] = []
    for n, row in enumerate(rows, 2):  # line 1 is the header (the texts hold no newlines)
        label = (row.get("label") or "").strip()
        if label not in LABELS:
            raise InputError(shown, f"unknown label {label!r} (expected {list(LABELS)})", n)
        etype = (row.get("event_type") or "").strip()
        if etype not in EVENT_TYPES:
            raise InputError(shown, f"event_type {etype!r} is not a PLOVER type", n)
        sid = (row.get("id") or "").strip()
        if LABELS[label] is None or (half != "all" and oeda_half(sid) != half):
            continue
        out.append(OedaSentence(sid, etype, label, row.get("text") or "", f"{shown}:{n}"))
    return out


@dataclass(slots=True)
class Detection:
    sentence: OedaSentence
    predicted: bool
    events: list[dict[str, Any]] = field(default_factory=list)  # the events of that type


@dataclass(slots=True)
class DetectionResult:
    event_type: str
    figures: dict[str, Any]
    detections: list[Detection]

    @property
    def misses(self) -> list[Detection]:
        return [d for d in self.detections if d.sentence.positive and not d.predicted]

    @property
    def false_alarms(self) -> list[Detection]:
        return [d for d in self.detections if d.predicted and not d.sentence.positive]


def detect(
    sentences: Sequence[OedaSentence], pipeline: Pipeline | None = None
) -> list[Detection]:
    """Code each sentence alone and say whether an event of its file's type was found."""
    pipe = pipeline or default_pipeline()
    out = []
    for s in sentences:
        doc = pipe(Doc(raw_text=s.text, doc_id=s.id, origin=s.where))
        found = [e.to_gold() for e in (*doc.events, *doc.detections) if e.type == s.event_type]
        out.append(Detection(s, bool(found), found))
    return out


def detection_figures(detections: Iterable[Detection], event_type: str) -> DetectionResult:
    dets = list(detections)
    tp = sum(1 for d in dets if d.predicted and d.sentence.positive)
    fp = sum(1 for d in dets if d.predicted and not d.sentence.positive)
    fn = sum(1 for d in dets if not d.predicted and d.sentence.positive)
    figures = prf(tp, fp, fn)
    figures["sentences"] = len(dets)
    figures["positives"] = sum(1 for d in dets if d.sentence.positive)
    return DetectionResult(event_type, figures, dets)


def evaluate_oeda(
    path: str | Path, half: str = "dev", pipeline: Pipeline | None = None
) -> DetectionResult:
    """Precision, recall and F1 of detecting the file's event type, sentence by sentence."""
    sentences = read_oeda(path, half)
    types = {s.event_type for s in sentences}
    if len(types) > 1:
        raise InputError(str(path), f"one event type per OEDA file expected, found {sorted(types)}")
    etype = types.pop() if types else "UNKNOWN"
    return detection_figures(detect(sentences, pipeline), etype)
