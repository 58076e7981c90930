"""The shared queries: free-text search through the lists, and the search index on old databases."""

from __future__ import annotations

from pathlib import Path

import pytest

from wasit.store.db import Database
from wasit.store.queries import EventFilter, events
from web_fixtures import build_db


@pytest.mark.parametrize("q", ['"', "*", "AND", "NOT قطر", "(((", "قطر*", "^قطر"])
def test_search_never_errors_on_odd_input(tmp_path: Path, q: str) -> None:
    with Database(build_db(tmp_path / "w.db"), readonly=True) as db:
        events(db.conn, EventFilter(q=q))


def test_index_is_built_for_a_database_written_before_it(tmp_path: Path) -> None:
    path = build_db(tmp_path / "old.db")
    with Database(path) as db:  # make it look like a database from before the index
        db.conn.executescript(
            "DROP TRIGGER articles_fts_ai; DROP TRIGGER articles_fts_ad;"
            " DROP TRIGGER articles_fts_au; DROP TABLE articles_fts;"
            " DELETE FROM meta WHERE key = 'articles_fts';"
        )
    with Database(path) as db:  # the next read-write open indexes it
        assert events(db.conn, EventFilter(q="عسقلان"))["total"] == 1
    with Database(path) as db:  # and does not index it twice
        assert events(db.conn, EventFilter(q="عسقلان"))["total"] == 1
        n = db.conn.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'القاهرة'")
        assert n.fetchone()[0] == 2


def test_index_follows_deletes(tmp_path: Path) -> None:
    with Database(build_db(tmp_path / "w.db")) as db:
        assert events(db.conn, EventFilter(q="عسقلان"))["total"] == 1
        with db.conn:
            db.conn.execute("DELETE FROM articles WHERE title = 'حماس تحتجز الرهائن'")
        hits = db.conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'عسقلان'")
        assert hits.fetchall() == []
