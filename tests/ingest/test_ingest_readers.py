from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from wasit.ingest import InputDoc, InputReader, Skipped, to_doc

BODY = "استقبل الرئيس الجزائري وزير الخارجية الإيطالي في العاصمة وبحث معه العلاقات الثنائية والوضع في ليبيا."


def _read(*inputs: str | Path, **kw: object) -> list[InputDoc | Skipped]:
    return list(InputReader(list(inputs), **kw))  # type: ignore[arg-type]


def test_txt_file_takes_stem_as_doc_id_and_pub_date_option(tmp_path: Path) -> None:
    (tmp_path / "visit-01.txt").write_text(BODY, encoding="utf-8")
    [doc] = _read(tmp_path / "visit-01.txt", pub_date="2024-05-02")
    assert isinstance(doc, InputDoc)
    assert (doc.doc_id, doc.text, doc.pub_date, doc.origin) == ("visit-01", BODY, "2024-05-02", str(tmp_path / "visit-01.txt"))


def test_html_file_main_text_without_comments_and_page_date(tmp_path: Path) -> None:
    html = f"""<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>زيارة رسمية</title>
    <meta property="article:published_time" content="2023-06-14T10:00:00Z"></head><body>
    <nav><a href="/">الرئيسية</a> <a href="/a">سياسة</a></nav>
    <article><h1>زيارة رسمية</h1><p>{BODY}</p>
    <p>وأكد الجانبان في ختام المحادثات ضرورة تعزيز التعاون الأمني على الحدود المشتركة بين البلدين.</p></article>
    <div class="comments" id="comments"><h3>التعليقات</h3><p>تعليق قارئ يقول إن الزيارة مهمة جدا ويجب متابعتها.</p></div>
    </body></html>"""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [item] = _read(tmp_path / "page.html")
    assert isinstance(item, InputDoc) and item.html is not None
    doc = to_doc(item)
    assert not isinstance(doc, Skipped)
    assert BODY in doc.raw_text
    assert "تعليق قارئ" not in doc.raw_text
    assert doc.pub_date == "2023-06-14"
    assert doc.title == "زيارة رسمية"


@pytest.mark.parametrize("gz", [False, True], ids=["jsonl", "jsonl.gz"])
def test_jsonl_fields_and_ids(tmp_path: Path, gz: bool) -> None:
    rows = [
        {"id": 7, "content": BODY, "title": "عنوان", "url": "http://x/1", "source": "s", "date_extracted": "2015-07-21 02:51:32"},
        {"doc_id": "b", "text": BODY + " ثانية", "pub_date": "2020-01-02"},
        {"text": BODY + " ثالثة", "date": "2019-12-31T08:00:00"},
    ]
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()
    path = tmp_path / ("feed.jsonl.gz" if gz else "feed.jsonl")
    path.write_bytes(gzip.compress(data) if gz else data)
    docs = _read(path)
    assert all(isinstance(d, InputDoc) for d in docs)
    assert [(d.doc_id, d.pub_date) for d in docs] == [("7", "2015-07-21"), ("b", "2020-01-02"), ("feed-3", "2019-12-31")]  # type: ignore[union-attr]
    first = docs[0]
    assert isinstance(first, InputDoc)
    assert (first.title, first.url, first.source, first.origin) == ("عنوان", "http://x/1", "s", f"{path}:1")


def test_jsonl_html_field_is_extracted(tmp_path: Path) -> None:
    html = f"<html><body><article><p>{BODY}</p><p>{BODY}</p></article></body></html>"
    (tmp_path / "p.jsonl").write_text(json.dumps({"id": "h", "html": html}) + "\n", encoding="utf-8")
    [item] = _read(tmp_path / "p.jsonl")
    assert isinstance(item, InputDoc) and item.html
    doc = to_doc(item)
    assert not isinstance(doc, Skipped) and BODY in doc.raw_text


def test_directories_are_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b" / "c" / "d.txt").write_text(BODY + " د", encoding="utf-8")
    (tmp_path / "b" / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / "b" / "e.jsonl").write_text(json.dumps({"id": "e1", "text": BODY}) + "\n", encoding="utf-8")
    assert [d.doc_id for d in _read(tmp_path) if isinstance(d, InputDoc)] == ["a", "d", "e1"]


@pytest.mark.parametrize(
    ("payload", "expected_ids"),
    [
        (BODY.encode("cp1256"), ["stdin"]),
        ((json.dumps({"id": "s1", "text": BODY}) + "\n" + json.dumps({"id": "s2", "text": BODY}) + "\n").encode(), ["s1", "s2"]),
    ],
    ids=["text", "jsonl"],
)
def test_stdin(payload: bytes, expected_ids: list[str]) -> None:
    docs = _read("-", stdin=io.BytesIO(payload))
    assert [d.doc_id for d in docs if isinstance(d, InputDoc)] == expected_ids
    assert all(isinstance(d, InputDoc) and d.text and d.text.startswith("استقبل") for d in docs)


def test_sequence_numbers_follow_input_order(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "y.txt").write_text("", encoding="utf-8")
    items = _read(tmp_path / "x.txt", tmp_path / "y.txt", tmp_path / "x.txt")
    assert [i.seq for i in items] == [0, 1, 2]


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "cp1256", "iso8859_6"])
def test_text_files_in_each_encoding(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(BODY.encode(codec))
    [item] = _read(path)
    assert isinstance(item, InputDoc) and item.text == BODY


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_page_in_windows_1256(tmp_path: Path, suffix: str) -> None:
    html = f'<html><head><meta charset="windows-1256"><title>خبر</title></head><body><article><p>{BODY}</p><p>{BODY}</p></article></body></html>'
    path = tmp_path / f"page{suffix}"
    path.write_bytes(html.encode("cp1256"))
    [item] = _read(path)
    assert isinstance(item, InputDoc)
    doc = to_doc(item)
    assert not isinstance(doc, Skipped) and BODY in doc.raw_text and doc.doc_id == "page"


def test_progress_positions_reach_the_total(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(BODY, encoding="utf-8")
    reader = InputReader([tmp_path])
    items = list(reader)
    assert items[-1].pos == reader.total_bytes == 2 * len(BODY.encode())
