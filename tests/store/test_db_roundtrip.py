from __future__ import annotations

from pathlib import Path

from wasit.doc import ActorRef, Claim, Doc, Event, Evidence, Mention
from wasit.pipeline import build_pipeline
from wasit.store.db import Database


def _doc() -> Doc:
    doc = build_pipeline(["clean", "segment"])(Doc(raw_text="التقى الوزير بنظيره في الدوحة.", doc_id="a"))
    doc.mentions.append(Mention(0, 5, "الوزير", "QAT:GOV", "role", sentence=0))
    ev = Event("CONSULT", actor=[ActorRef("QAT:GOV", "X", 0)], recipient=[ActorRef("DZA:GOV")])
    ev.evidence.append(Evidence(0, 0, 10, "التقى", "test", "التقى الوزير"))
    doc.events.append(ev)
    doc.claims.append(Claim("killed", None, (20, 99), "about", evidence=[ev.evidence[0]]))
    return doc


def test_wal_and_roundtrip(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    db = Database(path)
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    aid, new = db.save_doc(_doc())
    assert new
    back = db.load_doc(aid)
    assert back.events[0].actor[0].code == "QAT:GOV"
    assert back.events[0].actor[0].name == "X"
    assert back.claims[0].range == (20, 99)
    assert back.sentences[0].text == "التقى الوزير بنظيره في الدوحة."


def test_same_text_twice_is_stored_once_but_both_ids_kept(tmp_path: Path) -> None:
    db = Database(tmp_path / "t.db")
    d1 = _doc()
    d2 = _doc()
    d2.doc_id = "b"
    a1, new1 = db.save_doc(d1)
    a2, new2 = db.save_doc(d2)
    assert (a1, new1, new2) == (a2, True, False)
    assert db.count("articles") == 1
    assert db.count("inputs") == 2
    assert db.count("events") == 1
