"""Read-only queries the REST API and the web explorer share (parameterised SQL only).

Every function takes an open `sqlite3.Connection` (rows as `sqlite3.Row`) and returns plain
dicts and lists, ready for JSON. Filters are values bound as parameters; the only SQL text
built from input is chosen from fixed tables (`EVENT_SORTS`, the column lists), never copied.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass, fields
from typing import Any

from wasit.store.search import fts_clause

MAX_PER_PAGE = 500

#: The day of an event: its own date, else its article's publication date. The article is
#: looked up only for events without a date (COALESCE stops at the first non-NULL value), so
#: filters on it need no join with the (large) articles rows.
EVENT_DAY = "COALESCE(e.date, (SELECT pub_date FROM articles WHERE id = e.article_id))"
EVENT_SOURCE = "(SELECT source FROM articles WHERE id = e.article_id)"

#: Sort keys a caller may ask for, and the SQL each one stands for.
EVENT_SORTS: dict[str, str] = {
    "date": f"{EVENT_DAY} ASC, e.id ASC",
    "-date": f"{EVENT_DAY} DESC, e.id DESC",
    "type": "e.type ASC, e.id ASC",
    "-type": "e.type DESC, e.id DESC",
    "actor": "e.actor ASC, e.id ASC",
    "-actor": "e.actor DESC, e.id DESC",
    "source": f"{EVENT_SOURCE} ASC, e.id ASC",
    "-source": f"{EVENT_SOURCE} DESC, e.id DESC",
    "id": "e.id ASC",
    "-id": "e.id DESC",
}

EVENT_COLUMNS = (
    "e.id, e.article_id, e.type, e.quad, e.mode, e.status, e.date, e.date_source, e.location,"
    " e.actor, e.recipient, e.mediator, e.attribution, e.sentence, e.start, e.\"end\","
    " e.trigger, e.rule, e.quote, e.confidence, a.title, a.source, a.pub_date, a.url"
)


def set_params(filters: Any) -> dict[str, str]:
    """The fields of a filter dataclass that are set, as query-string parameters."""
    return {k: str(v) for k, v in asdict(filters).items() if v not in (None, "")}


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters of the events list (all optional; combined with AND).

    `actor`, `recipient`, `mediator` and `party` (any role) match a full code (`ISR:GOV`) or a
    country code (`ISR`, which matches every sector of it). `date_from`/`date_to` compare the
    event date, or the publication date when the event has none. `q` is free text searched
    in the articles' title and cleaned text (FTS5, trigram: any substring of 3+ characters).
    """

    type: str | None = None
    quad: str | None = None
    mode: str | None = None
    status: str | None = None
    actor: str | None = None
    recipient: str | None = None
    mediator: str | None = None
    party: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    source: str | None = None
    q: str | None = None
    article_id: int | None = None

    def as_params(self) -> dict[str, str]:
        """The filters that are set, as query-string parameters."""
        return set_params(self)

    @classmethod
    def names(cls) -> tuple[str, ...]:
        """The filter names (the query-string parameters the API accepts)."""
        return tuple(f.name for f in fields(cls))


def page_bounds(page: int, per_page: int) -> tuple[int, int]:
    """Clamp a page request: (page >= 1, 1 <= per_page <= MAX_PER_PAGE)."""
    return max(1, page), min(MAX_PER_PAGE, max(1, per_page))


def page_of(
    total: int, page: int, per_page: int, rows: list[dict[str, Any]], **extra: Any
) -> dict[str, Any]:
    """The envelope every paged list returns: total, page, per_page, pages, then `extra`
    (the sort and filters of the request), then the rows."""
    return {
        "total": total,
        "page": page,
        "per_page": per_page,
        "pages": max(1, -(-total // per_page)),
        **extra,
        "rows": rows,
    }


def date_range(
    day: str, date_from: str | None, date_to: str | None, params: dict[str, Any]
) -> list[str]:
    """The WHERE clauses keeping rows whose `day` (an SQL expression) falls in the range,
    binding `:date_from`/`:date_to` in `params`. Either end may be a year, a month or a day;
    a bare year or month as `date_to` compares as its whole span ('2023-10' takes in
    '2023-10-31', '2023' takes in '2023-12-31')."""
    clauses = []
    if date_from:
        clauses.append(f"substr({day}, 1, 10) >= :date_from")
        params["date_from"] = date_from
    if date_to:
        clauses.append(f"substr({day}, 1, 10) <= :date_to")
        params["date_to"] = date_to + {4: "-99-99", 7: "-99"}.get(len(date_to), "")
    return clauses


def _role_clause(role: str | None, key: str) -> str:
    # Driven from event_actors (indexes on code and on country), then events by id: much
    # faster than probing every event when the filter is selective.
    role_sql = f"ea.role = :{key}_role AND " if role else ""
    return (
        f"e.id IN (SELECT ea.event_id FROM event_actors ea WHERE {role_sql}"
        f"(ea.code = :{key} OR ea.country = :{key}))"
    )


def event_where(f: EventFilter) -> tuple[str, dict[str, Any]]:
    """The WHERE clause (or "") over `events e` for the filters of `f`, and its parameters."""
    clauses: list[str] = []
    params: dict[str, Any] = {}
    for col in ("type", "quad", "mode", "status"):
        value = getattr(f, col)
        if value:
            clauses.append(f"e.{col} = :{col}")
            params[col] = value.upper() if col == "type" else value
    for role in ("actor", "recipient", "mediator"):
        value = getattr(f, role)
        if value:
            clauses.append(_role_clause(role, role))
            params[role] = value
            params[f"{role}_role"] = role
    if f.party:
        clauses.append(_role_clause(None, "party"))
        params["party"] = f.party
    clauses += date_range(EVENT_DAY, f.date_from, f.date_to, params)
    if f.source:
        clauses.append("e.article_id IN (SELECT id FROM articles WHERE source = :source)")
        params["source"] = f.source
    if f.article_id is not None:
        clauses.append("e.article_id = :article_id")
        params["article_id"] = f.article_id
    if f.q:
        clauses.append(fts_clause("e.article_id", f.q, params))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _event_row(r: sqlite3.Row) -> dict[str, Any]:
    d = dict(r)
    d["attribution"] = json.loads(d["attribution"] or "[]")
    for side in ("actor", "recipient", "mediator"):
        d[side] = [c for c in (d[side] or "").split(";") if c]
    return d




def events(
    conn: sqlite3.Connection,
    f: EventFilter,
    sort: str = "-date",
    page: int = 1,
    per_page: int = 50,
) -> dict[str, Any]:
    """One page of events matching `f`, with the total count."""
    page, per_page = page_bounds(page, per_page)
    order = EVENT_SORTS.get(sort, EVENT_SORTS["-date"])
    where, params = event_where(f)
    total = int(conn.execute(f"SELECT COUNT(*) FROM events e{where}", params).fetchone()[0])
    # Choose the page's events first (events table only), then join their articles.
    rows = conn.execute(
        f"SELECT {EVENT_COLUMNS} FROM (SELECT e.* FROM events e{where} ORDER BY {order}"
        " LIMIT :limit OFFSET :offset) e JOIN articles a ON a.id = e.article_id"
        f" ORDER BY {order}",
        {**params, "limit": per_page, "offset": (page - 1) * per_page},
    ).fetchall()
    return page_of(
        total, page, per_page, [_event_row(r) for r in rows],
        sort=sort if sort in EVENT_SORTS else "-date", filters=f.as_params(),
    )  # fmt: skip


def _actors_of(conn: sqlite3.Connection, event_id: int) -> dict[str, list[dict[str, Any]]]:
    sides: dict[str, list[dict[str, Any]]] = {"actor": [], "recipient": [], "mediator": []}
    for r in conn.execute(
        "SELECT role, code, name, mention FROM event_actors WHERE event_id = ? ORDER BY rowid",
        (event_id,),
    ):
        sides[r["role"]].append({"code": r["code"], "name": r["name"], "mention": r["mention"]})
    return sides


def event(conn: sqlite3.Connection, event_id: int) -> dict[str, Any] | None:
    """One event with all its evidence, its actors, and the other articles that report it."""
    r = conn.execute(
        f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id"
        " WHERE e.id = ?",
        (event_id,),
    ).fetchone()
    if r is None:
        return None
    d = _event_row(r)
    d["sides"] = _actors_of(conn, event_id)
    d["evidence"] = [
        dict(x)
        for x in conn.execute(
            'SELECT sentence, start, "end", trigger, rule, quote FROM event_evidence'
            " WHERE event_id = ? ORDER BY rowid",
            (event_id,),
        )
    ]
    d["same_event"] = same_event(conn, d)
    return d


def same_event(conn: sqlite3.Connection, ev: dict[str, Any], days: int = 2) -> list[dict[str, Any]]:
    """Events of other articles with the same type and the same two sides, dated within
    `days` of this one (by event date, else publication date)."""
    when = ev["date"] or ev["pub_date"]
    if not when:
        return []
    rows = conn.execute(
        "SELECT e.id, e.article_id, e.date, e.status, e.quote, a.title, a.source, a.pub_date"
        " FROM events e JOIN articles a ON a.id = e.article_id"
        " WHERE e.type = :type AND e.actor = :actor AND e.recipient = :recipient"
        " AND e.article_id != :article_id"
        " AND abs(julianday(substr(COALESCE(e.date, a.pub_date), 1, 10))"
        "     - julianday(substr(:when, 1, 10))) <= :days"
        " ORDER BY COALESCE(e.date, a.pub_date), e.id LIMIT 50",
        {
            "type": ev["type"],
            "actor": ";".join(ev["actor"]),
            "recipient": ";".join(ev["recipient"]),
            "article_id": ev["article_id"],
            "when": when,
            "days": days,
        },
    ).fetchall()
    return [dict(x) for x in rows]


def article(conn: sqlite3.Connection, article_id: int) -> dict[str, Any] | None:
    """An article: its texts, what the cleaner removed, and every layer coded in it."""
    a = conn.execute(
        "SELECT id, hash, doc_id, title, url, source, pub_date, origin, raw_text, clean_text,"
        " removed_json, coded_at, wasit_version FROM articles WHERE id = ?",
        (article_id,),
    ).fetchone()
    if a is None:
        return None
    d = dict(a)
    d["removed"] = json.loads(d.pop("removed_json") or "[]")
    d["inputs"] = [
        dict(x)
        for x in conn.execute(
            "SELECT doc_id, origin FROM inputs WHERE article_id = ? ORDER BY doc_id", (article_id,)
        )
    ]
    d["sentences"] = [
        dict(x)
        for x in conn.execute(
            'SELECT idx, start, "end", text FROM sentences WHERE article_id = ? ORDER BY idx',
            (article_id,),
        )
    ]
    d["mentions"] = [
        dict(x)
        for x in conn.execute(
            'SELECT idx, sentence, start, "end", text, code, name, kind, actor_id, resolved_by'
            " FROM mentions WHERE article_id = ? ORDER BY idx",
            (article_id,),
        )
    ]
    d["events"] = events(conn, EventFilter(article_id=article_id), sort="id", per_page=500)["rows"]
    for ev in d["events"]:
        ev["sides"] = _actors_of(conn, ev["id"])
    d["claims"] = claims(conn, ClaimFilter(article_id=article_id), per_page=500)["rows"]
    return d


def articles(
    conn: sqlite3.Connection,
    q: str | None = None,
    source: str | None = None,
    page: int = 1,
    per_page: int = 50,
) -> dict[str, Any]:
    """Articles, latest coded first, optionally filtered by outlet and free text."""
    page, per_page = page_bounds(page, per_page)
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if source:
        clauses.append("a.source = :source")
        params["source"] = source
    if q:
        clauses.append(fts_clause("a.id", q, params))
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    total = int(conn.execute(f"SELECT COUNT(*) FROM articles a{where}", params).fetchone()[0])
    rows = conn.execute(
        "SELECT a.id, a.doc_id, a.title, a.source, a.pub_date, a.coded_at,"
        " (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS n_events,"
        " (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id) AS n_claims"
        f" FROM articles a{where} ORDER BY a.coded_at DESC, a.id DESC"
        " LIMIT :limit OFFSET :offset",
        {**params, "limit": per_page, "offset": (page - 1) * per_page},
    ).fetchall()
    return page_of(total, page, per_page, [dict(r) for r in rows])


def sources(conn: sqlite3.Connection) -> list[str]:
    """The outlets of the stored articles, in alphabetical order (for filter menus)."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT source FROM articles WHERE source IS NOT NULL ORDER BY source"
        )
    ]


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """Filters of the claims list: category, who states the figure (code or country),
    date range (claim date, else publication date), outlet, free text, article."""

    category: str | None = None
    attributed_to: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    source: str | None = None
    q: str | None = None
    article_id: int | None = None

    def as_params(self) -> dict[str, str]:
        """The filters that are set, as query-string parameters."""
        return set_params(self)


def _claim_where(f: ClaimFilter) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if f.category:
        clauses.append("c.category = :category")
        params["category"] = f.category
    if f.attributed_to:
        clauses.append(
            "(c.attributed_to = :attributed_to OR substr(c.attributed_to, 1, 4) = :att_country)"
        )
        params["attributed_to"] = f.attributed_to
        params["att_country"] = f.attributed_to + ":"
    clauses += date_range("COALESCE(c.date, a.pub_date)", f.date_from, f.date_to, params)
    if f.source:
        clauses.append("a.source = :source")
        params["source"] = f.source
    if f.article_id is not None:
        clauses.append("c.article_id = :article_id")
        params["article_id"] = f.article_id
    if f.q:
        clauses.append(fts_clause("c.article_id", f.q, params))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def claims(
    conn: sqlite3.Connection, f: ClaimFilter, page: int = 1, per_page: int = 50
) -> dict[str, Any]:
    """One page of numeric claims, latest first."""
    page, per_page = page_bounds(page, per_page)
    where, params = _claim_where(f)
    base = f" FROM claims c JOIN articles a ON a.id = c.article_id{where}"
    total = int(conn.execute("SELECT COUNT(*)" + base, params).fetchone()[0])
    rows = conn.execute(
        "SELECT c.id, c.article_id, c.category, c.value, c.range_low, c.range_high,"
        " c.qualifier, c.grp, c.attributed_to, c.date, c.location, c.sentence, c.start,"
        ' c."end", c.quote, a.title, a.source, a.pub_date'
        f"{base} ORDER BY COALESCE(c.date, a.pub_date) DESC, c.id DESC"
        " LIMIT :limit OFFSET :offset",
        {**params, "limit": per_page, "offset": (page - 1) * per_page},
    ).fetchall()
    return page_of(total, page, per_page, [dict(r) for r in rows], filters=f.as_params())


def claim_series(conn: sqlite3.Connection, f: ClaimFilter) -> dict[str, Any]:
    """Claims over time for the Figures page: one series per (category, who states it).

    Each point is a day with the largest figure stated that day by that source (a figure
    given as a range counts as its upper bound), and how many claims back it.
    """
    where, params = _claim_where(f)
    rows = conn.execute(
        "SELECT c.category, COALESCE(c.attributed_to, '') AS who,"
        " substr(COALESCE(c.date, a.pub_date), 1, 10) AS day,"
        " MAX(COALESCE(c.value, c.range_high, c.range_low)) AS value, COUNT(*) AS n"
        f" FROM claims c JOIN articles a ON a.id = c.article_id{where}"
        " GROUP BY c.category, who, day HAVING day IS NOT NULL AND value IS NOT NULL"
        " ORDER BY c.category, who, day",
        params,
    ).fetchall()
    series: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in rows:
        series.setdefault((r["category"], r["who"]), []).append(
            {"day": r["day"], "value": r["value"], "n": r["n"]}
        )
    by_who = conn.execute(
        "SELECT c.category, COALESCE(c.attributed_to, '') AS who, COUNT(*) AS n"
        f" FROM claims c JOIN articles a ON a.id = c.article_id{where}"
        " GROUP BY c.category, who ORDER BY n DESC",
        params,
    ).fetchall()
    return {
        "filters": f.as_params(),
        "series": [
            {"category": cat, "attributed_to": who or None, "points": pts}
            for (cat, who), pts in series.items()
        ],
        "by_source": [dict(r) | {"who": r["who"] or None} for r in by_who],
    }
