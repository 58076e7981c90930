"""`wasit claims`: the report functions on a real SQLite file, and the command itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from wasit.cli import app
from wasit.doc import Claim, Doc, Evidence
from wasit.events.claims_report import claims_list, claims_report
from wasit.store.db import Database


def _doc(doc_id: str, text: str, pub: str | None, source: str, claims: list[Claim]) -> Doc:
    doc = Doc(raw_text=text, doc_id=doc_id, pub_date=pub, source=source)
    doc.clean_text = text
    doc.claims = claims
    for c in claims:
        c.evidence = [Evidence(0, 0, len(text), "", "test", text)]
    return doc


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "w.db"
    with Database(path) as db:
        db.save_doc(_doc("a", "نص أول عن الرهائن", "2023-11-10", "outlet1", [
            Claim("held", 240, qualifier="about", attributed_to="ISR:GOV"),
            Claim("killed", 1400, qualifier="more_than", attributed_to="ISR:GOV"),
        ]))  # fmt: skip
        db.save_doc(_doc("b", "نص ثان عن الرهائن", "2023-12-02", "outlet2", [
            Claim("held", 137, attributed_to="ISR"),
            Claim("released", None, range=(20, 99)),
        ]))  # fmt: skip
        db.save_doc(
            _doc("c", "نص ثالث بلا تاريخ", None, "outlet2", [Claim("held", 5, date="2024-01")])
        )
    return path


def test_report_over_time_and_by_source(db_path: Path) -> None:
    with Database(db_path, readonly=True) as db:
        months = claims_report(db, by="month", category="held")
        assert [(r.key, r.claims, r.total) for r in months] == [
            ("2023-11", 1, 240), ("2023-12", 1, 137), ("2024-01", 1, 5),
        ]  # fmt: skip
        sources = claims_report(db, by="source")
        keys = {
            (r.key, r.category): (r.claims, r.total, r.vague_low, r.vague_high) for r in sources
        }
        assert keys[("ISR:GOV", "held")] == (1, 240, 0, 0)
        assert keys[("unattributed", "released")] == (1, 0, 20, 99)
        israel = claims_report(db, by="year", actor="ISR")  # the country takes its sectors
        assert sum(r.claims for r in israel) == 3
        assert [c["doc_id"] for c in claims_list(db, category="held", limit=2)] == ["c", "b"]


def test_unknown_category_is_an_error(db_path: Path) -> None:
    from wasit.errors import WasitError

    with Database(db_path, readonly=True) as db, pytest.raises(WasitError):
        claims_report(db, category="wounded")


def test_cli(db_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        app, ["claims", "--db", str(db_path), "--category", "held", "--list", "5"]
    )
    assert result.exit_code == 0, result.output
    assert "2023-11" in result.output and "ISR:GOV" in result.output and "240" in result.output
    bad = runner.invoke(app, ["claims", "--db", str(db_path), "--category", "wounded"])
    assert bad.exit_code == 2
    missing = runner.invoke(app, ["claims", "--db", str(db_path.with_name("none.db"))])
    assert missing.exit_code == 2
