"""Read-only queries about actors: overview counts, actor lists and pages, the network.

The companion of `wasit.store.queries` (same conventions: parameterised SQL, plain dicts).
An actor is identified by its code (`QAT`, `ISR:GOV`, `PSE:REB`); named people and
organisations coded to it appear among its names.
"""

from __future__ import annotations

import datetime
import sqlite3
from typing import Any

from wasit.store.cache import ResultCache
from wasit.store.queries import EVENT_DAY, EventFilter, event_where, page_bounds, page_of
from wasit.store.queries import sources as outlets

#: How many edges the network keeps by default (the strongest ones).
NETWORK_MAX_EDGES = 400

COOPERATION = ("verbal_coop", "material_coop")
CONFLICT = ("verbal_conflict", "material_conflict")


_LABELS = ResultCache(size=8)


def all_labels(conn: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    """Every code's most frequent English name and Arabic surface form (computed once per
    database state: two grouped scans, then cached)."""

    def compute() -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        best: dict[tuple[str, str], tuple[int, str]] = {}
        for field, sql in (
            ("name", "SELECT code, name, COUNT(*) FROM event_actors WHERE name IS NOT NULL"
                     " GROUP BY code, name"),
            ("arabic", "SELECT code, text, COUNT(*) FROM mentions GROUP BY code, text"),
        ):  # fmt: skip
            for code, value, n in conn.execute(sql):
                out.setdefault(code, {"name": None, "arabic": None})
                seen = best.get((code, field))
                if seen is None or (-n, value) < (-seen[0], seen[1]):
                    best[(code, field)] = (n, value)
                    out[code][field] = value
        return out

    return _LABELS.get(conn, "labels", compute)


def actor_labels(conn: sqlite3.Connection, codes: list[str]) -> dict[str, dict[str, Any]]:
    """For each code: its most frequent English name and Arabic surface form (or None)."""
    labels = all_labels(conn)
    return {c: dict(labels.get(c) or {"name": None, "arabic": None}) for c in codes}


def _week(day: str | None) -> str | None:
    """SQLite's `strftime('%Y-W%W', day)` label of an ISO day, None if not a full date."""
    try:
        return datetime.date.fromisoformat(day or "").strftime("%Y-W%W")
    except ValueError:
        return None


def overview(conn: sqlite3.Connection, top: int = 10) -> dict[str, Any]:
    """Counts by event type, quad class and week; most active actors and dyads; latest articles."""
    counts = {
        t: int(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0])
        for t in ("articles", "events", "mentions", "claims")
    }
    by_type = [
        dict(r)
        for r in conn.execute(
            "SELECT type, quad, COUNT(*) AS n FROM events GROUP BY type ORDER BY n DESC"
        )
    ]
    # Events per week: group by day first (an index scan), then fold days into weeks here.
    days: dict[str, int] = {}
    for day, n in conn.execute(
        "SELECT substr(date, 1, 10), COUNT(*) FROM events WHERE date IS NOT NULL GROUP BY 1"
        " UNION ALL SELECT substr(a.pub_date, 1, 10), COUNT(*) FROM events e"
        " JOIN articles a ON a.id = e.article_id WHERE e.date IS NULL GROUP BY 1"
    ):
        week = _week(day)
        if week:
            days[week] = days.get(week, 0) + int(n)
    by_week = [{"week": w, "n": n} for w, n in sorted(days.items())]
    actors = [
        dict(r)
        for r in conn.execute(
            "SELECT code, COUNT(DISTINCT event_id) AS n FROM event_actors"
            " GROUP BY code ORDER BY n DESC, code LIMIT ?",
            (top,),
        )
    ]
    dyads = [
        dict(r)
        for r in conn.execute(
            "SELECT actor, recipient, COUNT(*) AS n FROM events"
            " WHERE actor != '' AND recipient != '' GROUP BY actor, recipient"
            " ORDER BY n DESC, actor, recipient LIMIT ?",
            (top,),
        )
    ]
    labels = actor_labels(conn, [a["code"] for a in actors])
    for a in actors:
        a.update(labels[a["code"]])
    latest = [
        dict(r)
        for r in conn.execute(
            "SELECT a.id, a.title, a.source, a.pub_date, a.coded_at,"
            " (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS n_events"
            " FROM articles a ORDER BY a.coded_at DESC, a.id DESC LIMIT ?",
            (top,),
        )
    ]
    sources = outlets(conn)
    return {
        "counts": counts,
        "by_type": by_type,
        "by_week": by_week,
        "top_actors": actors,
        "top_dyads": dyads,
        "latest_articles": latest,
        "sources": sources,
    }


def actors(
    conn: sqlite3.Connection, q: str | None = None, page: int = 1, per_page: int = 50
) -> dict[str, Any]:
    """Actors by number of events; `q` matches a code, a country, an English or Arabic name."""
    page, per_page = page_bounds(page, per_page)
    where = ""
    params: dict[str, Any] = {}
    if q:
        where = (
            " WHERE code = :q OR country = :q OR name LIKE :like"
            " OR code IN (SELECT code FROM mentions WHERE text LIKE :like)"
        )
        params = {"q": q.upper(), "like": f"%{q}%"}
    total = int(
        conn.execute(f"SELECT COUNT(DISTINCT code) FROM event_actors{where}", params).fetchone()[0]
    )
    rows = [
        dict(r)
        for r in conn.execute(
            "SELECT code, country, COUNT(DISTINCT event_id) AS n_events,"
            " SUM(role = 'actor') AS as_actor, SUM(role = 'recipient') AS as_recipient,"
            " SUM(role = 'mediator') AS as_mediator"
            f" FROM event_actors{where} GROUP BY code ORDER BY n_events DESC, code"
            " LIMIT :limit OFFSET :offset",
            {**params, "limit": per_page, "offset": (page - 1) * per_page},
        )
    ]
    labels = actor_labels(conn, [r["code"] for r in rows])
    for r in rows:
        r.update(labels[r["code"]])
    return page_of(total, page, per_page, rows)


def actor(conn: sqlite3.Connection, code: str, limit: int = 200) -> dict[str, Any] | None:
    """An actor: names (English, Arabic), roles by month, events, partners and adversaries."""
    n = conn.execute(
        "SELECT COUNT(DISTINCT event_id) FROM event_actors WHERE code = ?", (code,)
    ).fetchone()[0]
    n_mentions = conn.execute("SELECT COUNT(*) FROM mentions WHERE code = ?", (code,)).fetchone()[0]
    if not n and not n_mentions:
        return None
    names = [
        dict(r)
        for r in conn.execute(
            "SELECT name, COUNT(*) AS n FROM event_actors WHERE code = ? AND name IS NOT NULL"
            " GROUP BY name ORDER BY n DESC LIMIT 20",
            (code,),
        )
    ]
    arabic = [
        dict(r)
        for r in conn.execute(
            "SELECT text, COUNT(*) AS n FROM mentions WHERE code = ?"
            " GROUP BY text ORDER BY n DESC LIMIT 20",
            (code,),
        )
    ]
    roles = [
        dict(r)
        for r in conn.execute(
            f"SELECT substr({EVENT_DAY}, 1, 7) AS month, ea.role, COUNT(*) AS n"
            " FROM event_actors ea JOIN events e ON e.id = ea.event_id WHERE ea.code = ?"
            " GROUP BY month, ea.role ORDER BY month, ea.role",
            (code,),
        )
    ]
    timeline = [
        dict(r)
        for r in conn.execute(
            f"SELECT e.id, e.type, e.quad, e.status, {EVENT_DAY} AS date,"
            " ea.role, e.actor, e.recipient, e.mediator, e.quote, e.article_id"
            " FROM event_actors ea JOIN events e ON e.id = ea.event_id WHERE ea.code = ?"
            " GROUP BY e.id ORDER BY date DESC, e.id DESC LIMIT ?",
            (code, limit),
        )
    ]
    counterparts = [
        dict(r)
        for r in conn.execute(
            "SELECT o.code, SUM(e.quad IN (?, ?)) AS cooperation,"
            " SUM(e.quad IN (?, ?)) AS conflict, COUNT(DISTINCT e.id) AS n"
            " FROM event_actors me JOIN event_actors o ON o.event_id = me.event_id"
            " JOIN events e ON e.id = me.event_id"
            " WHERE me.code = ? AND o.code != me.code AND me.role != 'mediator'"
            " AND o.role != 'mediator' AND o.role != me.role"
            " GROUP BY o.code ORDER BY n DESC LIMIT 100",
            (*COOPERATION, *CONFLICT, code),
        )
    ]
    labels = actor_labels(conn, [c["code"] for c in counterparts] + [code])
    for c in counterparts:
        c.update(labels[c["code"]])
    partners = sorted(
        (c for c in counterparts if c["cooperation"] > c["conflict"]),
        key=lambda c: (-c["cooperation"], c["code"]),
    )
    adversaries = sorted(
        (c for c in counterparts if c["conflict"] >= c["cooperation"] and c["conflict"] > 0),
        key=lambda c: (-c["conflict"], c["code"]),
    )
    return {
        "code": code,
        "n_events": int(n),
        "n_mentions": int(n_mentions),
        **labels[code],
        "names": names,
        "arabic_names": arabic,
        "roles_by_month": roles,
        "events": timeline,
        "partners": partners,
        "adversaries": adversaries,
    }


def network(
    conn: sqlite3.Connection, f: EventFilter, max_edges: int = NETWORK_MAX_EDGES
) -> dict[str, Any]:
    """Actors as nodes and events as edges (actor → recipient, per quad class, weighted by
    the number of events). A mediator becomes a broker node joined to both sides.

    Events are grouped by their (denormalised) sides in SQL, then each side list is split
    into actor codes here: one pass over the events, no self-joins of `event_actors`.
    """
    where, params = event_where(f)
    rows = conn.execute(
        "SELECT e.actor, e.recipient, e.mediator, e.quad, COUNT(*) AS n"
        f" FROM events e{where}"
        " GROUP BY e.actor, e.recipient, e.mediator, e.quad",
        params,
    ).fetchall()
    direct: dict[tuple[str, str, str], int] = {}
    via: dict[tuple[str, str, str], int] = {}
    brokers: set[str] = set()
    for r in rows:
        actors = [c for c in r["actor"].split(";") if c]
        recipients = [c for c in r["recipient"].split(";") if c]
        mediators = [c for c in r["mediator"].split(";") if c]
        for x in actors:
            for y in recipients:
                if x != y:
                    direct[(x, y, r["quad"])] = direct.get((x, y, r["quad"]), 0) + r["n"]
        for m in mediators:
            brokers.add(m)
            for side in actors + recipients:
                if side != m:
                    via[(side, m, r["quad"])] = via.get((side, m, r["quad"]), 0) + r["n"]

    def top(edges: dict[tuple[str, str, str], int], kind: str) -> list[dict[str, Any]]:
        ranked = sorted(edges.items(), key=lambda kv: (-kv[1], kv[0]))[:max_edges]
        return [{"source": s, "target": t, "quad": q, "n": n, "kind": kind}
                for (s, t, q), n in ranked]  # fmt: skip

    edges = top(direct, "event") + top(via, "mediation")
    weight: dict[str, int] = {}
    for e in edges:
        for end in (e["source"], e["target"]):
            weight[end] = weight.get(end, 0) + int(e["n"])
    brokers &= set(weight)
    labels = actor_labels(conn, sorted(weight))
    nodes = [
        {"id": code, "weight": w, "broker": code in brokers, **labels[code]}
        for code, w in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    return {"filters": f.as_params(), "nodes": nodes, "edges": edges}
