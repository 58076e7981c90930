"""The SQLite store (WAL mode): one writer, many readers.

Every article is written in one transaction with all its layers, so a run killed at any
point leaves only whole articles behind, and a re-run skips them (identity = content hash).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import asdict
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import Any

from wasit.doc import ActorRef, Claim, Doc, Event, Evidence, Mention, Removed, Sentence

QUADS: dict[str, str] = {
    "AGREE": "verbal_coop", "CONSULT": "verbal_coop", "SUPPORT": "verbal_coop",
    "CONCEDE": "verbal_coop", "COOPERATE": "material_coop", "AID": "material_coop",
    "RETREAT": "material_coop", "REQUEST": "verbal_conflict", "ACCUSE": "verbal_conflict",
    "REJECT": "verbal_conflict", "THREATEN": "verbal_conflict", "PROTEST": "material_conflict",
    "SANCTION": "material_conflict", "MOBILIZE": "material_conflict",
    "COERCE": "material_conflict", "ASSAULT": "material_conflict",
}  # fmt: skip

SCHEMA_VERSION = "1"


def _schema_sql() -> str:
    return files("wasit.store").joinpath("schema.sql").read_text(encoding="utf-8")


class Database:
    """A wasit database file. `Database(":memory:")` works for tests."""

    def __init__(self, path: str | Path = "wasit.db", readonly: bool = False) -> None:
        self.path = str(path)
        if readonly:
            uri = f"file:{Path(self.path).resolve()}?mode=ro"
            self.conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        else:
            self.conn = sqlite3.connect(self.path, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA busy_timeout = 30000")
        if not readonly:
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.executescript(_schema_sql())
            self.conn.execute(
                "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)",
                (SCHEMA_VERSION,),
            )
            self.conn.commit()
        self.conn.execute("PRAGMA foreign_keys = ON")

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -----------------------------------------------------------------------

    def article_id(self, content_hash: str) -> int | None:
        """The id of the article stored with this content hash, else None."""
        row = self.conn.execute("SELECT id FROM articles WHERE hash = ?", (content_hash,)).fetchone()
        return int(row[0]) if row else None

    def count(self, table: str) -> int:
        """How many rows one of the main tables holds (articles, inputs, sentences …)."""
        if table not in {"articles", "inputs", "sentences", "mentions", "events", "claims"}:
            raise ValueError(f"unknown table {table!r}")
        return int(self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        """Run a read query with bound `params` and return all its rows."""
        return list(self.conn.execute(sql, params))

    def load_doc(self, article_id: int) -> Doc:
        """Rebuild the coded `Doc` of a stored article."""
        a = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if a is None:
            raise KeyError(f"no article with id {article_id}")
        doc = Doc(
            raw_text=a["raw_text"], doc_id=a["doc_id"], title=a["title"], url=a["url"],
            source=a["source"], pub_date=a["pub_date"], origin=a["origin"],
            clean_text=a["clean_text"],
        )  # fmt: skip
        doc.removed = [Removed(**r) for r in json.loads(a["removed_json"])]
        doc.clean_map = [tuple(x) for x in json.loads(a["clean_map_json"])]
        doc.sentences = [
            Sentence(r["idx"], r["start"], r["end"], r["text"])
            for r in self.conn.execute(
                "SELECT * FROM sentences WHERE article_id = ? ORDER BY idx", (article_id,)
            )
        ]
        doc.mentions = [
            Mention(
                start=r["start"], end=r["end"], text=r["text"], code=r["code"], kind=r["kind"],
                sentence=r["sentence"], name=r["name"], actor_id=r["actor_id"],
                resolved_by=r["resolved_by"], antecedent=r["antecedent"],
            )
            for r in self.conn.execute(
                "SELECT * FROM mentions WHERE article_id = ? ORDER BY idx", (article_id,)
            )
        ]
        for r in self.conn.execute(
            "SELECT * FROM events WHERE article_id = ? ORDER BY idx", (article_id,)
        ):
            ev = Event(
                type=r["type"], mode=r["mode"], status=r["status"], date=r["date"],
                date_source=r["date_source"], location=r["location"],
                attribution=json.loads(r["attribution"]), confidence=r["confidence"],
            )  # fmt: skip
            for ar in self.conn.execute(
                "SELECT * FROM event_actors WHERE event_id = ? ORDER BY rowid", (r["id"],)
            ):
                getattr(ev, ar["role"]).append(ActorRef(ar["code"], ar["name"], ar["mention"]))
            ev.evidence = [
                Evidence(e["sentence"], e["start"], e["end"], e["trigger"], e["rule"], e["quote"])
                for e in self.conn.execute(
                    "SELECT * FROM event_evidence WHERE event_id = ? ORDER BY rowid", (r["id"],)
                )
            ]
            doc.events.append(ev)
        for r in self.conn.execute(
            "SELECT * FROM claims WHERE article_id = ? ORDER BY idx", (article_id,)
        ):
            rng = (r["range_low"], r["range_high"]) if r["range_low"] is not None else None
            doc.claims.append(
                Claim(
                    category=r["category"], value=r["value"], range=rng,
                    qualifier=r["qualifier"], group=r["grp"], attributed_to=r["attributed_to"],
                    date=r["date"], location=r["location"],
                    evidence=[Evidence(r["sentence"], r["start"], r["end"], "", "", r["quote"])],
                )
            )
        doc.layers.update({"clean_text", "removed", "sentences", "mentions", "events", "claims"})
        return doc

    def find_article(self, ref: str | int) -> int | None:
        """An article by its id, an input doc_id, or the start of its content hash."""
        text = str(ref).strip()
        if text.isdigit():
            row = self.conn.execute("SELECT id FROM articles WHERE id = ?", (int(text),)).fetchone()
            if row:
                return int(row[0])
        for sql in (
            "SELECT article_id FROM inputs WHERE doc_id = ? ORDER BY article_id LIMIT 1",
            "SELECT id FROM articles WHERE doc_id = ? ORDER BY id LIMIT 1",
        ):
            row = self.conn.execute(sql, (text,)).fetchone()
            if row:
                return int(row[0])
        if len(text) >= 6:
            row = self.conn.execute(
                "SELECT id FROM articles WHERE hash LIKE ? ORDER BY id LIMIT 1", (text + "%",)
            ).fetchone()
            if row:
                return int(row[0])
        return None

    def list_articles(self, limit: int = 50, offset: int = 0) -> list[sqlite3.Row]:
        """One row per article: id, doc_id, pub_date, source, title, counts of layers."""
        return self.query(
            "SELECT a.id, a.doc_id, a.pub_date, a.source, a.title, a.origin,"
            " substr(a.clean_text, 1, 80) AS lead,"
            " (SELECT COUNT(*) FROM sentences s WHERE s.article_id = a.id) AS sentences,"
            " (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events,"
            " (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id) AS claims,"
            " (SELECT COUNT(*) FROM inputs i WHERE i.article_id = a.id) AS inputs"
            " FROM articles a ORDER BY a.id LIMIT ? OFFSET ?",
            (limit, offset),
        )

    def iter_article_ids(self) -> Iterator[int]:
        """Every stored article id, in increasing order."""
        for (aid,) in self.conn.execute("SELECT id FROM articles ORDER BY id"):
            yield int(aid)

    # -- writing -----------------------------------------------------------------------

    def link_input(self, doc_id: str, article_id: int, origin: str | None = None) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT OR IGNORE INTO inputs(doc_id, article_id, origin) VALUES (?, ?, ?)",
                (doc_id, article_id, origin),
            )

    def save_doc(self, doc: Doc, content_hash: str | None = None) -> tuple[int, bool]:
        """Store a coded document in one transaction. Returns (article id, newly added).

        A document whose content hash is stored already is not written again; only its
        input id is linked to the stored article. `content_hash`: `doc.content_hash` when
        the caller has computed it already (it must be that value).
        """
        from wasit import __version__

        h = content_hash or doc.content_hash
        with self.conn:
            existing = self.article_id(h)
            if existing is not None:
                self.conn.execute(
                    "INSERT OR IGNORE INTO inputs(doc_id, article_id, origin) VALUES (?, ?, ?)",
                    (doc.doc_id, existing, doc.origin),
                )
                return existing, False
            cur = self.conn.execute(
                "INSERT INTO articles(hash, doc_id, title, url, source, pub_date, origin, raw_text,"
                " clean_text, removed_json, clean_map_json, coded_at, wasit_version)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    h, doc.doc_id, doc.title, doc.url, doc.source, doc.pub_date, doc.origin,
                    doc.raw_text, doc.clean_text,
                    json.dumps([asdict(r) for r in doc.removed], ensure_ascii=False),
                    json.dumps(doc.clean_map),
                    datetime.now(UTC).isoformat(timespec="seconds"), __version__,
                ),
            )  # fmt: skip
            aid = int(cur.lastrowid or 0)
            self.conn.execute(
                "INSERT OR IGNORE INTO inputs(doc_id, article_id, origin) VALUES (?, ?, ?)",
                (doc.doc_id, aid, doc.origin),
            )
            self.conn.executemany(
                'INSERT INTO sentences(article_id, idx, start, "end", text) VALUES (?,?,?,?,?)',
                [(aid, s.idx, s.start, s.end, s.text) for s in doc.sentences],
            )
            self.conn.executemany(
                'INSERT INTO mentions(article_id, idx, sentence, start, "end", text, code, country,'
                " sector, name, kind, actor_id, resolved_by, antecedent)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (aid, i, m.sentence, m.start, m.end, m.text, m.code, m.country, m.sector,
                     m.name, m.kind, m.actor_id, m.resolved_by, m.antecedent)
                    for i, m in enumerate(doc.mentions)
                ],
            )  # fmt: skip
            for i, ev in enumerate(doc.events):
                self._save_event(aid, i, ev)
            for i, c in enumerate(doc.claims):
                e0 = c.evidence[0] if c.evidence else Evidence(-1, 0, 0, "", "", "")
                self.conn.execute(
                    "INSERT INTO claims(article_id, idx, category, value, range_low, range_high,"
                    ' qualifier, grp, attributed_to, date, location, sentence, start, "end", quote)'
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        aid, i, c.category, c.value, c.range[0] if c.range else None,
                        c.range[1] if c.range else None, c.qualifier, c.group, c.attributed_to,
                        c.date, c.location, e0.sentence, e0.start, e0.end, e0.quote,
                    ),
                )  # fmt: skip
        return aid, True

    def _save_event(self, aid: int, idx: int, ev: Event) -> None:
        e0 = ev.evidence[0] if ev.evidence else Evidence(-1, 0, 0, "", "", "")
        cur = self.conn.execute(
            "INSERT INTO events(article_id, idx, type, quad, mode, status, date, date_source,"
            " location, actor, recipient, mediator, attribution, sentence, start, \"end\","
            " trigger, rule, quote, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                aid, idx, ev.type, QUADS.get(ev.type, ""), ev.mode, ev.status, ev.date,
                ev.date_source, ev.location, ";".join(a.code for a in ev.actor),
                ";".join(a.code for a in ev.recipient), ";".join(a.code for a in ev.mediator),
                json.dumps(ev.attribution, ensure_ascii=False), e0.sentence, e0.start, e0.end,
                e0.trigger, e0.rule, e0.quote, ev.confidence,
            ),
        )  # fmt: skip
        eid = int(cur.lastrowid or 0)
        rows = []
        for role in ("actor", "recipient", "mediator"):
            for a in getattr(ev, role):
                country, _, sector = a.code.partition(":")
                rows.append((eid, role, a.code, country, sector or None, a.name, a.mention))
        self.conn.executemany(
            "INSERT INTO event_actors(event_id, role, code, country, sector, name, mention)"
            " VALUES (?,?,?,?,?,?,?)",
            rows,
        )
        self.conn.executemany(
            'INSERT INTO event_evidence(event_id, sentence, start, "end", trigger, rule, quote)'
            " VALUES (?,?,?,?,?,?,?)",
            [(eid, e.sentence, e.start, e.end, e.trigger, e.rule, e.quote) for e in ev.evidence],
        )
