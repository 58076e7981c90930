"""`wasit explain EVENT_ID` on a real SQLite database written by the store."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from wasit.ar.sentences import split_sentences
from wasit.cli import app
from wasit.doc import Doc, Mention, Sentence
from wasit.events.coder import EventCoder
from wasit.store.db import Database


def build_doc(text: str, mentions: list[tuple[str, str, str]]) -> Doc:
    doc = Doc(raw_text=text, doc_id="t", clean_text=text)
    doc.layers.update({"clean_text", "sentences", "mentions"})
    doc.sentences = [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(split_sentences(text))]
    for surface, code, kind in mentions:
        start = text.index(surface)
        doc.mentions.append(Mention(start, start + len(surface), surface, code, kind, 0))
    return doc


def test_explain_prints_evidence_trigger_rule_and_actors(tmp_path: Path) -> None:
    doc = build_doc(
        "وأجرى وزير الخارجية الجزائري اتصالا هاتفيا مع نظيره الأمريكي مساء السبت.",
        [("وزير الخارجية الجزائري", "DZA:GOV", "person"), ("نظيره الأمريكي", "USA:GOV", "person")],
    )
    doc = EventCoder(confirm=False)(doc)
    doc.layers.update({"events", "claims", "removed"})
    db_path = tmp_path / "w.db"
    with Database(db_path) as db:
        db.save_doc(doc)
        event_id = int(db.query("SELECT id FROM events")[0]["id"])
    result = CliRunner().invoke(app, ["explain", str(event_id), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    for expected in ("CONSULT/phone", "DZA:GOV", "USA:GOV", "اتصالا هاتفيا", "rule trigger:CONSULT/phone"):
        assert expected in result.output


def test_explain_unknown_event(tmp_path: Path) -> None:
    db_path = tmp_path / "w.db"
    Database(db_path).close()
    result = CliRunner().invoke(app, ["explain", "99", "--db", str(db_path)])
    assert result.exit_code == 1
