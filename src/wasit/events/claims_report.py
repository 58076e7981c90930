"""Claims over time and by source, read from a wasit database with SQL on `claims`.

A claim's period is its own date where the text gave one, else its article's publication date;
claims with neither are counted under «undated». The source is the actor code the figure is
attributed to («unattributed» when the text names nobody) — the outlet is shown beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wasit.doc import CLAIM_CATEGORIES
from wasit.errors import WasitError
from wasit.store.db import Database

_PERIOD_LEN = {"year": 4, "month": 7, "day": 10}


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """One line of a report: claims of one category in one group (a period or a source)."""

    key: str
    category: str
    claims: int
    total: int  # sum of the exact values
    vague_low: int  # sum of the ranges of vague figures
    vague_high: int
    sources: str  # distinct sources (for a period) or outlets (for a source), comma-joined
    first: str | None
    last: str | None


def _where(category: str | None, actor: str | None) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if category:
        if category not in CLAIM_CATEGORIES:
            raise WasitError(
                f"unknown claim category {category!r}; one of {', '.join(CLAIM_CATEGORIES)}"
            )
        clauses.append("c.category = ?")
        params.append(category)
    if actor:
        # «ISR» matches ISR and ISR:GOV …; «ISR:GOV» matches only that code
        clauses.append("(c.attributed_to = ? OR c.attributed_to LIKE ?)")
        params += [actor.upper(), actor.upper() + ":%"]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def claims_report(
    db: Database,
    by: str = "month",
    category: str | None = None,
    actor: str | None = None,
) -> list[ClaimRow]:
    """Rows grouped by period (`by` = year, month, day) or by source (`by` = source)."""
    where, params = _where(category, actor)
    when = "COALESCE(c.date, a.pub_date)"
    if by == "source":
        key = "COALESCE(c.attributed_to, 'unattributed')"
        other = "COALESCE(a.source, '')"
    elif by in _PERIOD_LEN:
        key = f"COALESCE(substr({when}, 1, {_PERIOD_LEN[by]}), 'undated')"
        other = "COALESCE(c.attributed_to, 'unattributed')"
    else:
        raise WasitError(f"unknown grouping {by!r}; one of year, month, day, source")
    sql = (
        f"SELECT {key} AS k, c.category AS category, COUNT(*) AS n,"
        " COALESCE(SUM(c.value), 0) AS total,"
        " COALESCE(SUM(c.range_low), 0) AS lo, COALESCE(SUM(c.range_high), 0) AS hi,"
        f" GROUP_CONCAT(DISTINCT {other}) AS others,"
        f" MIN(substr({when}, 1, 10)) AS first, MAX(substr({when}, 1, 10)) AS last"
        " FROM claims c JOIN articles a ON a.id = c.article_id"
        f"{where} GROUP BY k, c.category ORDER BY k, c.category"
    )
    return [
        ClaimRow(
            str(r["k"]), str(r["category"]), int(r["n"]), int(r["total"]), int(r["lo"]), int(r["hi"]),
            ", ".join(sorted(x for x in str(r["others"] or "").split(",") if x)),
            r["first"], r["last"],
        )
        for r in db.query(sql, tuple(params))
    ]  # fmt: skip


def claims_list(
    db: Database, category: str | None = None, actor: str | None = None, limit: int = 50
) -> list[dict[str, Any]]:
    """The claims themselves, newest first, with their article."""
    where, params = _where(category, actor)
    sql = (
        "SELECT c.id, COALESCE(c.date, a.pub_date) AS date, c.category, c.value, c.range_low,"
        " c.range_high, c.qualifier, c.attributed_to, c.grp, a.doc_id, a.source, c.quote"
        f" FROM claims c JOIN articles a ON a.id = c.article_id{where}"
        " ORDER BY date DESC, c.id LIMIT ?"
    )
    return [dict(r) for r in db.query(sql, (*params, limit))]
