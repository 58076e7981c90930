from __future__ import annotations

import json
from pathlib import Path

import pytest

from wasit.runner import code_inputs
from wasit.store.db import Database

SENT = "أكد رئيس الوزراء العراقي خلال لقائه السفير التركي في بغداد أهمية التعاون في ملف المياه وأمن الحدود"


def _feed(path: Path, n: int, dup_of: dict[int, int] | None = None) -> None:
    dup_of = dup_of or {}
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            k = dup_of.get(i, i)
            f.write(json.dumps({"id": f"d{i}", "text": f"{SENT} رقم {k}."}, ensure_ascii=False) + "\n")


@pytest.mark.parametrize("workers", [1, 2])
def test_second_run_adds_nothing_and_jsonl_is_complete(tmp_path: Path, workers: int) -> None:
    feed = tmp_path / "f.jsonl"
    _feed(feed, 30, dup_of={7: 3, 20: 3})
    db, out = tmp_path / "w.db", tmp_path / "o.jsonl"
    s1 = code_inputs([feed], db=db, jsonl=out, workers=workers)
    first = out.read_text(encoding="utf-8")
    s2 = code_inputs([feed], db=db, jsonl=out, workers=workers)
    assert (s1.inputs, s1.added, s1.unchanged) == (30, 28, 2)
    assert (s2.inputs, s2.added, s2.unchanged) == (30, 0, 30)
    assert out.read_text(encoding="utf-8") == first
    assert [json.loads(x)["doc_id"] for x in first.splitlines()] == [f"d{i}" for i in range(30)]
    with Database(db) as d:
        assert d.count("articles") == 28
        assert d.count("inputs") == 30
        assert d.count("sentences") == 28


def test_same_text_with_different_urls_is_two_articles(tmp_path: Path) -> None:
    feed = tmp_path / "f.jsonl"
    rows = [{"id": "a", "url": "http://one/1", "text": SENT}, {"id": "b", "url": "http://two/1", "text": SENT}]
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    s = code_inputs([feed], db=tmp_path / "w.db", workers=1)
    assert s.added == 2


def test_limit_stops_after_n_inputs(tmp_path: Path) -> None:
    feed = tmp_path / "f.jsonl"
    _feed(feed, 10)
    s = code_inputs([feed], db=tmp_path / "w.db", workers=1, limit=4)
    assert (s.inputs, s.added) == (4, 4)
