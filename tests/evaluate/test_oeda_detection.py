"""OEDA sentence detection: labels, halves, and the P/R/F1 of a coder (here a tiny stage
written for the test, so that the figures are known)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import ClassVar

import pytest

from wasit.doc import Doc, Event
from wasit.errors import InputError
from wasit.evaluate.oeda import evaluate_oeda, oeda_half, read_oeda
from wasit.pipeline import Pipeline, build_pipeline

ROWS = [
    # id, label, text — sentences written for this test
    ("t-1", "yes", "شنت طائرات حربية غارة على قرية في الجنوب أمس."),
    ("t-2", "yes", "قتل ثلاثة جنود في هجوم على نقطة تفتيش."),
    ("t-3", "easy no", "التقى وزير الخارجية نظيره الفرنسي في باريس."),
    ("t-4", "difficult no", "حذر الجيش من غارة محتملة على المدينة."),
    ("t-5", "ambiguous", "تحدثت الصحف عن غارة لم يتأكد وقوعها."),
    ("t-6", "easy no", "افتتح الرئيس معرضا للكتاب في العاصمة."),
]


class _SaysAssaultOnRaid:
    """Codes an ASSAULT wherever the word «غارة» appears (a stand-in coder for the metric)."""

    name: ClassVar[str] = "toy"
    requires: ClassVar[tuple[str, ...]] = ("clean_text",)
    assigns: ClassVar[tuple[str, ...]] = ("events",)

    def __call__(self, doc: Doc) -> Doc:
        if "غارة" in doc.clean_text:
            doc.events.append(Event(type="ASSAULT"))
        return doc


def _write(tmp_path: Path, rows: list[tuple[str, str, str]], etype: str = "ASSAULT") -> Path:
    path = tmp_path / "assault_gsr.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "event_type", "label", "accept", "reject", "total", "text"])
        for sid, label, text in rows:
            w.writerow([sid, etype, label, 0, 0, 3, text])
    return path


def test_ambiguous_left_out_and_labels_read(tmp_path: Path) -> None:
    sents = read_oeda(_write(tmp_path, ROWS), half="all")
    assert [s.id for s in sents] == ["t-1", "t-2", "t-3", "t-4", "t-6"]
    assert [s.positive for s in sents] == [True, True, False, False, False]
    assert sents[0].where.endswith(":2")


def test_figures_of_a_known_coder(tmp_path: Path) -> None:
    pipe = Pipeline([*build_pipeline(["clean"]).stages, _SaysAssaultOnRaid()])
    res = evaluate_oeda(_write(tmp_path, ROWS), half="all", pipeline=pipe)
    f = res.figures
    # t-1 found, t-2 missed, t-4 a false alarm
    assert (f["tp"], f["fp"], f["fn"]) == (1, 1, 1)
    assert f["f1"] == 0.5 and f["sentences"] == 5 and f["positives"] == 2
    assert [d.sentence.id for d in res.misses] == ["t-2"]
    assert [d.sentence.id for d in res.false_alarms] == ["t-4"]


def test_halves_partition_the_ids() -> None:
    ids = [f"AAW_ARB_2008{i:04d}.0001-{i % 7}" for i in range(400)]
    halves = [oeda_half(i) for i in ids]
    assert set(halves) == {"train", "dev"}
    assert 150 < halves.count("train") < 250
    assert all(oeda_half(i) == h for i, h in zip(ids, halves, strict=True))  # stable


@pytest.mark.parametrize(
    ("rows", "etype", "words"),
    [
        ([("x", "maybe", "نص")], "ASSAULT", "unknown label"),
        ([("x", "yes", "نص")], "RIOT", "not a PLOVER type"),
    ],
)
def test_bad_rows_name_file_and_line(
    tmp_path: Path, rows: list[tuple[str, str, str]], etype: str, words: str
) -> None:
    path = _write(tmp_path, rows, etype)
    with pytest.raises(InputError, match=words) as info:
        read_oeda(path, half="all")
    assert info.value.line == 2
