"""The result cache is keyed by the database's state: a new article invalidates it."""

from __future__ import annotations

from pathlib import Path

from wasit.doc import Doc
from wasit.store.cache import ResultCache, fingerprint
from wasit.store.db import Database
from web_fixtures import build_db


def test_fingerprint_changes_when_an_article_is_added_or_removed(tmp_path: Path) -> None:
    with Database(build_db(tmp_path / "w.db")) as db:
        first = fingerprint(db.conn)
        assert fingerprint(db.conn) == first
        aid, _ = db.save_doc(Doc(raw_text="نص جديد للاختبار", clean_text="نص جديد للاختبار"))
        added = fingerprint(db.conn)
        assert added != first
        with db.conn:
            db.conn.execute("DELETE FROM articles WHERE id = ?", (aid,))
        assert fingerprint(db.conn) != added


def test_cache_computes_once_per_state_and_evicts(tmp_path: Path) -> None:
    calls: list[int] = []
    cache = ResultCache(size=2)
    with Database(build_db(tmp_path / "w.db")) as db:
        for _ in range(3):
            assert cache.get(db.conn, "k", lambda: calls.append(1) or len(calls)) == 1
        db.save_doc(Doc(raw_text="مقال آخر مختلف", clean_text="مقال آخر مختلف"))
        assert cache.get(db.conn, "k", lambda: calls.append(1) or len(calls)) == 2
        cache.get(db.conn, "a", lambda: 0)
        cache.get(db.conn, "b", lambda: 0)
        assert cache.get(db.conn, "k", lambda: calls.append(1) or len(calls)) == 3  # evicted
