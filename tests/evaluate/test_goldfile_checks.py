"""Malformed gold or prediction files are refused with FILE:LINE and the reason — the same
line and the same words as the reference scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from wasit.evaluate.goldfile import GoldFormatError, is_iso_date, load_gold

GOOD_EVENT = {
    "type": "CONSULT",
    "mode": "phone",
    "actor": ["DZA:GOV"],
    "recipient": [{"code": "USA:GOV", "name": "Antony Blinken"}],
    "mediator": [],
    "status": "asserted",
    "date": "2023-10-13",
    "quote": "أجرى وزير الخارجية الجزائري اتصالا هاتفيا مع نظيره الأمريكي",
}
GOOD_CLAIM = {"category": "killed", "value": 24, "qualifier": "about", "attributed_to": "ISR:GOV"}


def _doc(doc_id: str = "d2", **changes: Any) -> dict[str, Any]:
    ev = {**GOOD_EVENT, **changes.pop("event", {})}
    cl = {**GOOD_CLAIM, **changes.pop("claim", {})}
    return {"doc_id": doc_id, "events": [ev], "claims": [cl], **changes}


BAD = [
    # (second line of the file, words the reason must contain)
    ('{"events": []}', "no doc_id"),
    ("[1, 2]", "no doc_id"),
    ("{not json", "not JSON"),
    (json.dumps(_doc("d1")), "appears twice"),
    (json.dumps(_doc(event={"type": "MEET"})), "type 'MEET'"),
    (json.dumps(_doc(event={"status": "maybe"})), "status 'maybe'"),
    (json.dumps(_doc(event={"actor": ["usa:gov"]})), "actor code 'usa:gov'"),
    (json.dumps(_doc(event={"recipient": ["USA:GOVT"]})), "is not CCC or CCC:SEC"),
    (json.dumps(_doc(event={"mediator": 5})), "a side must be a list"),
    (json.dumps(_doc(event={"actor": [{"name": "x"}]})), "actor code None"),
    (json.dumps(_doc(event={"date": "2023-02-30"})), "is not an ISO date"),
    (json.dumps(_doc(event={"date": "13/10/2023"})), "is not an ISO date"),
    (json.dumps(_doc(event={"date": "0000"})), "is not an ISO date"),
    (json.dumps(_doc(event={"date": 2023})), "is not an ISO date"),
    (json.dumps(_doc(claim={"category": "dead"})), "category 'dead'"),
    (json.dumps(_doc(claim={"value": "24"})), "must be an integer"),
    (json.dumps(_doc(claim={"value": 2.5})), "must be an integer"),
    (json.dumps(_doc(claim={"value": True})), "must be an integer"),
    (json.dumps(_doc(claim={"value": None})), "needs range"),
    (json.dumps(_doc(claim={"value": None, "range": [20]})), "needs range"),
    (json.dumps(_doc(claim={"qualifier": "roughly"})), "qualifier 'roughly'"),
    (json.dumps(_doc(claim={"attributed_to": "Israel"})), "attributed_to"),
    ('{"doc_id": "d2", "events": ["CONSULT"]}', "an event must be an object"),
    ('{"doc_id": "d2", "claims": [3]}', "a claim must be an object"),
]


def _write(tmp_path: Path, second: str) -> Path:
    path = tmp_path / "pred.jsonl"
    path.write_text(json.dumps(_doc("d1")) + "\n\n" + second + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("line", "words"), BAD)
def test_refused_with_file_and_line(tmp_path: Path, line: str, words: str) -> None:
    path = _write(tmp_path, line)
    with pytest.raises(GoldFormatError) as info:
        load_gold(path)
    assert info.value.file_line == f"{path}:3"
    assert words in str(info.value)


@pytest.mark.shared
@pytest.mark.parametrize(("line", "words"), BAD)
def test_same_message_as_score_py(shared: Path, tmp_path: Path, line: str, words: str) -> None:
    script = shared / "tools" / "score.py"
    path = _write(tmp_path, line)
    ref = subprocess.run(
        [sys.executable, str(script), str(path), str(path), "--json"],
        capture_output=True,
        text=True,
    )
    assert ref.returncode == 1
    with pytest.raises(GoldFormatError) as info:
        load_gold(path)
    theirs = ref.stderr.strip()
    ours = f"{info.value.where}: {info.value.reason}"
    if "not JSON" in words:  # the JSON library's own wording follows; the place must agree
        assert theirs.split(": not JSON")[0] == ours.split(": not JSON")[0]
    else:
        assert ours == theirs


def test_good_file_reads(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    alt = {**GOOD_EVENT, "actor": {"code": "DZA", "sector": "GOV"}, "status": None}
    lines = [_doc("d1"), {"doc_id": 7, "events": [alt], "claims": None}]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    docs = load_gold(path)
    assert list(docs) == ["d1", "7"]
    assert docs["7"].events[0].actor[0].sector == "GOV"
    assert docs["d1"].events[0].recipient[0].name == "Antony Blinken"
    assert docs["d1"].claims[0].key == ("killed", 24)


def test_unhashable_type_is_an_error_not_a_crash(tmp_path: Path) -> None:
    path = _write(tmp_path, json.dumps(_doc(event={"type": ["CONSULT"]})))
    with pytest.raises(GoldFormatError, match="PLOVER"):
        load_gold(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="cannot read"):
        load_gold(tmp_path / "nope.jsonl")


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("2023", True),
        ("2023-10", True),
        ("2023-10-07", True),
        ("2022-11-01/2022-11-02", True),
        ("2024-02-29", True),
        ("2023-02-29", False),
        ("2023-13", False),
        ("23-10-07", False),
        ("٢٠٢٣", False),
        ("2023-10-07/", False),
        ("2023/2024/2025", False),
    ],
)
def test_iso_dates(value: str, ok: bool) -> None:
    assert is_iso_date(value) is ok
