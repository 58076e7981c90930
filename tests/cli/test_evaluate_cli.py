"""`wasit eval` prints what score.py prints; `--errors` lists misses and false alarms; bad
input exits 1 with FILE:LINE; `wasit eval-oeda` reports detection figures."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wasit.cli import app

runner = CliRunner()

GOLD = [
    {
        "doc_id": "a",
        "events": [
            {
                "type": "CONSULT",
                "mode": "phone",
                "actor": ["DZA:GOV"],
                "recipient": [{"code": "USA:GOV", "name": "Antony Blinken"}],
                "mediator": [],
                "status": "asserted",
                "date": "2023-10-13",
                "quote": "أجرى وزير الخارجية الجزائري اتصالا هاتفيا مع نظيره الأمريكي",
            },
            {
                "type": "ASSAULT",
                "mode": None,
                "actor": ["ISR:MIL"],
                "recipient": ["PSE:CVL"],
                "status": "asserted",
                "quote": "قصفت طائرات إسرائيلية منازل في غزة",
            },
        ],
        "claims": [{"category": "killed", "value": 12, "qualifier": "about"}],
    },
    {"doc_id": "b", "events": [], "claims": []},
]
PRED = [
    {
        "doc_id": "a",
        "events": [
            {**GOLD[0]["events"][0], "actor": ["USA:GOV"], "recipient": ["DZA:GOV"], "mode": None},
            {**GOLD[0]["events"][1], "type": "COERCE"},
        ],
        "claims": [{"category": "killed", "value": 12}],
    },
    {
        "doc_id": "b",
        "events": [{"type": "PROTEST", "actor": ["EGY:CVL"], "status": "asserted", "quote": "تظاهر"}],
    },
]


def _files(tmp_path: Path) -> tuple[Path, Path]:
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    for path, lines in ((gold, GOLD), (pred, PRED)):
        path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n")
    return gold, pred


def test_summary_and_errors(tmp_path: Path) -> None:
    gold, pred = _files(tmp_path)
    res = runner.invoke(app, ["eval", str(gold), "--pred", str(pred), "--by-type", "--errors"])
    assert res.exit_code == 0, res.output
    out = res.output
    assert "events      P 0.333  R 0.500  F1 0.400  (tp 1 fp 2 fn 1)" in out
    assert "claims      P 1.000  R 1.000  F1 1.000  (tp 1 fp 0 fn 0)" in out
    assert "  COERCE     P 0.000 R 0.000 F1 0.000  (tp 0 fp 1 fn 0)" in out
    assert "  MISS  ASSAULT  ISR:MIL -> PSE:CVL  asserted" in out
    assert "  FALSE PROTEST  EGY:CVL -> -  asserted" in out
    assert "DIFF  CONSULT/phone" in out and "mode None (gold phone)" in out
    assert "     2 wrong    1 right  (no rule)" in out  # no rule field in these predictions
    assert "     1  ASSAULT" in out  # misses by gold type


@pytest.mark.shared
@pytest.mark.parametrize("flags", [[], ["--by-type"], ["--json"]])
def test_same_output_as_score_py(shared: Path, tmp_path: Path, flags: list[str]) -> None:
    gold, pred = _files(tmp_path)
    ref = subprocess.run(
        [sys.executable, str(shared / "tools" / "score.py"), str(gold), str(pred), *flags],
        capture_output=True,
        text=True,
        check=True,
    )
    res = runner.invoke(app, ["eval", str(gold), "--pred", str(pred), *flags])
    assert res.exit_code == 0
    assert res.stdout == ref.stdout


def test_notes_gold_documents_without_prediction(tmp_path: Path) -> None:
    gold, pred = _files(tmp_path)
    pred.write_text(pred.read_text().splitlines()[0] + "\n")
    res = runner.invoke(app, ["eval", str(gold), "--pred", str(pred), "--json"])
    assert res.exit_code == 0
    assert "1 of 2 gold documents have no prediction" in res.stderr
    assert json.loads(res.stdout)["documents"] == 2


def test_bad_prediction_exits_with_file_and_line(tmp_path: Path) -> None:
    gold, pred = _files(tmp_path)
    pred.write_text(pred.read_text() + '{"doc_id": "c", "events": [{"type": "MEETING"}]}\n')
    res = runner.invoke(app, ["eval", str(gold), "--pred", str(pred)])
    assert res.exit_code == 1
    assert f"{pred}:3 event 0: type 'MEETING'" in res.output


def test_needs_docs_or_pred(tmp_path: Path) -> None:
    gold, _ = _files(tmp_path)
    assert runner.invoke(app, ["eval", str(gold)]).exit_code == 2


def test_codes_docs_with_the_default_pipeline(tmp_path: Path) -> None:
    gold, _ = _files(tmp_path)
    docs = tmp_path / "docs.jsonl"
    texts = [
        {"doc_id": "a", "pub_date": "2023-10-14", "title": "", "text": "أجرى وزير الخارجية الجزائري اتصالا هاتفيا مع نظيره الأمريكي."},
        {"doc_id": "b", "pub_date": None, "title": "", "text": "افتتح معرض الكتاب أبوابه أمس."},
    ]
    docs.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in texts) + "\n")
    saved = tmp_path / "saved.jsonl"
    res = runner.invoke(app, ["eval", str(gold), "--docs", str(docs), "--json", "--save", str(saved)])
    assert res.exit_code == 0, res.output
    figures = json.loads(res.output)
    assert figures["documents"] == 2 and figures["events"]["fn"] + figures["events"]["tp"] == 2
    assert [json.loads(x)["doc_id"] for x in saved.read_text().splitlines()] == ["a", "b"]


def test_eval_oeda(tmp_path: Path) -> None:
    path = tmp_path / "protest_gsr.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "event_type", "label", "accept", "reject", "total", "text"])
        w.writerow(["p-1", "PROTEST", "yes", 3, 0, 3, "تظاهر آلاف المصريين في القاهرة احتجاجا على رفع الأسعار."])
        w.writerow(["p-2", "PROTEST", "easy no", 0, 3, 3, "افتتح الرئيس الجزائري معرض الكتاب."])
        w.writerow(["p-3", "PROTEST", "ambiguous", 1, 1, 2, "قيل إن مسيرة قد تخرج غدا."])
    res = runner.invoke(app, ["eval-oeda", str(path), "--half", "all", "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["half"] == "all"
    assert out["PROTEST"]["sentences"] == 2 and out["PROTEST"]["positives"] == 1
    assert runner.invoke(app, ["eval-oeda", str(path), "--half", "some"]).exit_code == 2
    # a config override reaches the pipeline: without an event stage nothing is detected
    res = runner.invoke(
        app, ["eval-oeda", str(path), "--half", "all", "--json", "--set", 'pipeline.stages=["clean", "segment"]']
    )
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["PROTEST"]["tp"] == 0
