"""Each kind of bad input gets a message naming the file (and line) and the run goes on."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from wasit.runner import code_inputs

BODY = "أعلنت الحكومة اليمنية استئناف المفاوضات مع الحوثيين برعاية الأمم المتحدة في العاصمة العمانية مسقط."
GOOD = {"id": "good", "text": BODY}


def _write_bad(tmp_path: Path, kind: str) -> tuple[Path, str]:
    """(the bad input, what its skip origin must contain)."""
    if kind == "empty":
        p = tmp_path / "empty.txt"
        p.write_bytes(b"")
        return p, f"{p}"
    if kind == "binary":
        p = tmp_path / "image.txt"
        p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
        return p, f"{p}"
    if kind == "truncated":
        p = tmp_path / "cut.jsonl.gz"
        data = gzip.compress("".join(json.dumps({"id": f"t{i}", "text": BODY + str(i)}, ensure_ascii=False) + "\n" for i in range(50)).encode())
        p.write_bytes(data[: len(data) // 2])
        return p, f"{p}:"
    if kind == "invalid-json":
        p = tmp_path / "broken.jsonl"
        p.write_text(json.dumps({"id": "ok1", "text": BODY}, ensure_ascii=False) + "\n{\"id\": \"x\", \"text\": \n", encoding="utf-8")
        return p, f"{p}:2"
    if kind == "no-arabic":
        p = tmp_path / "english.txt"
        p.write_text("The minister met his counterpart in Cairo on Monday to discuss the truce.", encoding="utf-8")
        return p, f"{p}"
    if kind == "too-long":
        p = tmp_path / "huge.jsonl"
        with p.open("w", encoding="utf-8") as f:
            f.write(json.dumps({"id": "before", "text": BODY + " قبل"}, ensure_ascii=False) + "\n")
            f.write('{"id": "huge", "text": "' + "ا" * (26 * 1024 * 1024) + '"}\n')  # 52 MB in UTF-8
            f.write(json.dumps({"id": "after", "text": BODY + " بعد"}, ensure_ascii=False) + "\n")
        return p, f"{p}:2"
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["empty", "binary", "truncated", "invalid-json", "no-arabic", "too-long"])
def test_bad_input_is_reported_and_the_run_goes_on(tmp_path: Path, kind: str) -> None:
    bad, where = _write_bad(tmp_path, kind)
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps(GOOD, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    s = code_inputs([bad, good], db=tmp_path / "w.db", jsonl=out, workers=1)
    assert not s.ok
    assert s.skipped[kind] == 1 or (kind == "too-long" and s.skipped["too-long"] == 1)
    assert any(where in sk.origin for sk in s.skips), [sk.message for sk in s.skips]
    ids = [json.loads(x)["doc_id"] for x in out.read_text(encoding="utf-8").splitlines()]
    assert ids[-1] == "good"
    if kind == "too-long":
        assert ids == ["before", "after", "good"]
    if kind == "invalid-json":
        assert ids == ["ok1", "good"]


def test_missing_file_is_reported(tmp_path: Path) -> None:
    s = code_inputs([tmp_path / "nope.txt"], db=tmp_path / "w.db", workers=1)
    assert s.skipped["missing"] == 1 and not s.ok


def test_text_file_over_the_limit_is_skipped_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(BODY * 50, encoding="utf-8")
    s = code_inputs([big], db=tmp_path / "w.db", workers=1, config=_config_with_limit(1000))
    assert s.skipped["too-long"] == 1
    assert str(big) in s.skips[0].message


def _config_with_limit(n: int) -> dict[str, object]:
    from wasit.config import load_config

    return load_config(overrides=[f"ingest.max_line_bytes={n}"])


def test_a_gz_that_is_not_gzip_is_reported(tmp_path: Path) -> None:
    fake = tmp_path / "fake.jsonl.gz"
    fake.write_text(json.dumps(GOOD, ensure_ascii=False) + "\n", encoding="utf-8")
    s = code_inputs([fake], db=tmp_path / "w.db", workers=1)
    assert s.skipped["binary"] == 1 and "not a gzip file" in s.skips[0].message


def test_article_that_is_all_boilerplate_is_skipped_not_stored(tmp_path: Path) -> None:
    page = tmp_path / "menu.txt"
    page.write_text("اترك تعليقاً\nلن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *\nزر الذهاب إلى الأعلى\n", encoding="utf-8")
    s = code_inputs([page], db=tmp_path / "w.db", workers=1)
    assert (s.added, s.skipped["no-arabic"]) == (0, 1)
    assert "after removing boilerplate" in s.skips[0].reason


def test_jsonl_keeps_a_line_for_every_input_whose_id_is_known(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    rows = ['{"id": "a", "text": "' + BODY + '"}', '{"id": "b", "content": ""}', "{not json", '{"id": "c", "text": "Only English here, nothing to code."}', '{"id": "d", "text": "' + BODY + ' ثانية"}']
    feed.write_text("\n".join(rows) + "\n", encoding="utf-8")
    (tmp_path / "z-empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    s = code_inputs([feed, tmp_path / "z-empty.txt"], db=tmp_path / "w.db", jsonl=out, workers=1)
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [d["doc_id"] for d in lines] == ["a", "b", "c", "d", "z-empty"]
    assert [("skipped" in d) for d in lines] == [False, True, True, False, True]
    assert all(d["events"] == [] and d["claims"] == [] for d in lines if "skipped" in d)
    assert s.skipped == {"empty": 2, "invalid-json": 1, "no-arabic": 1}


@pytest.mark.parametrize("kind", ["empty", "invalid-json", "no-arabic"])
def test_skipped_inputs_are_listed_in_a_tsv(tmp_path: Path, kind: str) -> None:
    bad, where = _write_bad(tmp_path, kind)
    report = tmp_path / "skipped.tsv"
    code_inputs([bad], db=tmp_path / "w.db", workers=1, skipped=report)
    header, *rows = report.read_text(encoding="utf-8").splitlines()
    assert header == "origin\tkind\treason"
    assert [r.split("\t")[:2] for r in rows] == [[where, kind]]
