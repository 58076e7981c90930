from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wasit import __version__
from wasit.cli import app
from wasit.doc import ActorRef, Doc, Event, Evidence
from wasit.pipeline import build_pipeline
from wasit.store.db import Database

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
runner = CliRunner()


def _code(tmp_path: Path, *args: str) -> tuple[int, str]:
    r = runner.invoke(app, ["code", *args, "--db", str(tmp_path / "w.db"), "--workers", "1"])
    return r.exit_code, r.output


def test_version() -> None:
    r = runner.invoke(app, ["--version"])
    assert r.exit_code == 0 and __version__ in r.output


def test_code_examples_then_again_adds_nothing(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    code, text = _code(tmp_path, str(EXAMPLES), "--jsonl", str(out))
    assert code == 0, text
    assert "stored (new articles)" in text
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    n_inputs = len(list(EXAMPLES.glob("*.txt"))) + len(list(EXAMPLES.glob("*.html"))) + sum(
        1 for p in EXAMPLES.glob("*.jsonl") for x in p.read_text(encoding="utf-8").splitlines() if x.strip()
    )
    assert len(lines) == n_inputs
    assert all({"doc_id", "events", "claims", "mentions"} <= set(d) for d in lines)
    with Database(tmp_path / "w.db") as db:
        before = db.count("articles")
    code, text = _code(tmp_path, str(EXAMPLES))
    assert code == 0
    with Database(tmp_path / "w.db") as db:
        assert db.count("articles") == before == n_inputs


def test_exit_status_is_1_when_an_input_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    code, text = _code(tmp_path, str(EXAMPLES / "jordan-aid.txt"), str(tmp_path / "empty.txt"))
    assert code == 1
    assert f"{tmp_path / 'empty.txt'}: empty file" in text.replace("\n", "")
    report = tmp_path / "skipped.tsv"
    code, _ = _code(tmp_path, str(tmp_path / "empty.txt"), "--skipped", str(report))
    assert report.read_text(encoding="utf-8").splitlines() == ["origin\tkind\treason", f"{tmp_path / 'empty.txt'}\tempty\tempty file"]


def test_bad_pub_date_is_a_usage_error(tmp_path: Path) -> None:
    code, text = _code(tmp_path, str(EXAMPLES), "--pub-date", "12/03/2024")
    assert code == 2 and "YYYY-MM-DD" in text


def test_pub_date_option_applies_to_text_files(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    code, _ = _code(tmp_path, str(EXAMPLES / "jordan-aid.txt"), "--pub-date", "2024-02-01", "--jsonl", str(out))
    assert code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["pub_date"] == "2024-02-01"


def test_articles_and_show_mark_removed_lines(tmp_path: Path) -> None:
    _code(tmp_path, str(EXAMPLES))
    r = runner.invoke(app, ["articles", "--db", str(tmp_path / "w.db")], env={"COLUMNS": "200"})
    assert r.exit_code == 0 and "oman-mediation" in r.output
    r = runner.invoke(app, ["show", "oman-mediation", "--db", str(tmp_path / "w.db"), "--plain"])
    assert r.exit_code == 0
    assert "[- اترك تعليقاً -] (comment form)" in r.output
    assert "[- " not in r.output.split("استضافت")[1].split("\n")[0]  # body line not marked
    r = runner.invoke(app, ["show", "no-such-doc", "--db", str(tmp_path / "w.db")])
    assert r.exit_code == 1


def _db_with_event(tmp_path: Path) -> Path:
    path = tmp_path / "e.db"
    doc = build_pipeline(["clean", "segment"])(
        Doc(raw_text="استقبل أمير قطر وزير الخارجية الأمريكي في الدوحة أمس.", doc_id="ev1", pub_date="2024-01-09")
    )
    ev = Event("CONSULT", mode="visit", actor=[ActorRef("USA:GOV", "Antony Blinken")], recipient=[ActorRef("QAT:GOV")], location="QAT", date="2024-01-08")
    ev.evidence.append(Evidence(0, 0, 30, "استقبل", "test-rule", "استقبل أمير قطر وزير الخارجية الأمريكي"))
    doc.events.append(ev)
    with Database(path) as db:
        db.save_doc(doc)
    return path


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "plover", "parquet"])
def test_export_formats(tmp_path: Path, fmt: str) -> None:
    db = _db_with_event(tmp_path)
    out = tmp_path / f"x.{fmt}"
    r = runner.invoke(app, ["export", "--format", fmt, "--out", str(out), "--db", str(db)])
    assert r.exit_code == 0, r.output
    if fmt == "jsonl":
        [d] = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        assert d["doc_id"] == "ev1" and d["events"][0]["type"] == "CONSULT"
    elif fmt == "csv":
        [row] = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
        assert (row["type"], row["actor"], row["recipient"], row["actor_names"]) == ("CONSULT", "USA:GOV", "QAT:GOV", "Antony Blinken")
    elif fmt == "plover":
        [rec] = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        assert rec["event_type"] == "CONSULT" and rec["mode"] == "visit"
        assert (rec["actor_name"], rec["actor_country"], rec["actor_sector"]) == ("Antony Blinken", "USA", "GOV")
        assert (rec["recipient_country"], rec["event_date"], rec["story_date"]) == ("QAT", "2024-01-08", "2024-01-09")
        assert rec["event_text"].startswith("استقبل")
    else:
        import pyarrow.parquet as pq

        table = pq.read_table(out)
        assert table.num_rows == 1 and table.column("type").to_pylist() == ["CONSULT"]


def test_export_unknown_format_and_missing_db(tmp_path: Path) -> None:
    db = _db_with_event(tmp_path)
    assert runner.invoke(app, ["export", "--format", "xml", "--db", str(db)]).exit_code == 2
    assert runner.invoke(app, ["export", "--db", str(tmp_path / "none.db")]).exit_code == 2


def test_code_reads_stdin(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    text = (EXAMPLES / "jordan-aid.txt").read_text(encoding="utf-8")
    r = runner.invoke(app, ["code", "-", "--db", str(tmp_path / "w.db"), "--workers", "1", "--jsonl", str(out)], input=text)
    assert r.exit_code == 0, r.output
    assert json.loads(out.read_text(encoding="utf-8"))["doc_id"] == "stdin"


def test_show_lists_events_without_markup_trouble(tmp_path: Path) -> None:
    db = _db_with_event(tmp_path)
    r = runner.invoke(app, ["show", "ev1", "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert "CONSULT visit USA:GOV → QAT:GOV (asserted)" in r.output


def test_user_rules_through_set_option(tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules:\n  - name: promo\n    reason: app promotion\n    lines: [حمل تطبيقنا الآن]\n", encoding="utf-8")
    art = tmp_path / "a.txt"
    art.write_text("حمّل تطبيقنا الآن\n" + (EXAMPLES / "jordan-aid.txt").read_text(encoding="utf-8"), encoding="utf-8")
    code, text = _code(tmp_path, str(art), "--set", f"stage_options.clean.rules={rules}")
    assert code == 0, text
    with Database(tmp_path / "w.db") as db:
        doc = db.load_doc(db.find_article("a") or 0)
    assert [r.reason for r in doc.removed] == ["app promotion"]


def test_code_with_a_user_actor_file(tmp_path: Path) -> None:
    actors = tmp_path / "mine.tsv"
    actors.write_text("zaid_local\tZaid Local\tزيد المحلي\tJOR:OPP@2020-01-01..\n", encoding="utf-8")
    art = tmp_path / "a.txt"
    art.write_text("التقى المعارض الأردني زيد المحلي وفدا من البرلمان الأوروبي في عمّان أمس.\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    code, text = _code(tmp_path, str(art), "--pub-date", "2024-03-02", "--actors", str(actors), "--jsonl", str(out))
    assert code == 0, text
    mentions = json.loads(out.read_text(encoding="utf-8"))["mentions"]
    assert any(m["name"] == "Zaid Local" and m["code"] == "JOR:OPP" for m in mentions)


def test_code_with_a_missing_actor_file_does_not_start(tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text("التقى الوزير نظيره.\n", encoding="utf-8")
    code, text = _code(tmp_path, str(art), "--actors", str(tmp_path / "nope.tsv"))
    assert code == 2
    assert "nope.tsv" in text
