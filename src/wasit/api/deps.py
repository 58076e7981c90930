"""FastAPI dependencies shared by the API and the pages: connection, filters, output format."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Hashable, Iterator
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

from fastapi import Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response

from wasit.api.render import to_csv
from wasit.store.queries import MAX_PER_PAGE, ClaimFilter, EventFilter

if TYPE_CHECKING:
    from wasit.api.app import Settings

T = TypeVar("T")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
Text = Annotated[str | None, Query(max_length=200)]


def settings(request: Request) -> Settings:
    """The app's `Settings` (database path, token, templates, cache)."""
    s: Settings = request.app.state.settings
    return s


def connection(request: Request) -> Iterator[sqlite3.Connection]:
    """A pooled read-only connection for one request (see `Settings.connect`)."""
    yield from settings(request).connect()


Conn = Annotated[sqlite3.Connection, Depends(connection)]


def _blank(v: str | None) -> str | None:
    v = v.strip() if v else v
    return v or None


def _date(name: str, v: str | None) -> str | None:
    v = _blank(v)
    if v is not None and not DATE.match(v):
        raise HTTPException(422, f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {v!r}")
    return v


def event_filter(
    type: Text = None, quad: Text = None, mode: Text = None, status: Text = None,
    actor: Text = None, recipient: Text = None, mediator: Text = None, party: Text = None,
    date_from: Text = None, date_to: Text = None, source: Text = None, q: Text = None,
) -> EventFilter:  # fmt: skip
    """The events filters of the query string (blank values are no filter)."""
    return EventFilter(
        type=_blank(type), quad=_blank(quad), mode=_blank(mode), status=_blank(status),
        actor=_blank(actor), recipient=_blank(recipient), mediator=_blank(mediator),
        party=_blank(party), date_from=_date("date_from", date_from),
        date_to=_date("date_to", date_to), source=_blank(source), q=_blank(q),
    )  # fmt: skip


def claim_filter(
    category: Text = None, attributed_to: Text = None, date_from: Text = None,
    date_to: Text = None, source: Text = None, q: Text = None,
) -> ClaimFilter:  # fmt: skip
    """The claims filters of the query string."""
    return ClaimFilter(
        category=_blank(category), attributed_to=_blank(attributed_to),
        date_from=_date("date_from", date_from), date_to=_date("date_to", date_to),
        source=_blank(source), q=_blank(q),
    )  # fmt: skip


Events = Annotated[EventFilter, Depends(event_filter)]
Claims = Annotated[ClaimFilter, Depends(claim_filter)]
Page = Annotated[int, Query(ge=1, le=1_000_000)]
PerPage = Annotated[int, Query(ge=1, le=MAX_PER_PAGE)]
Format = Annotated[str, Query(pattern="^(json|csv)$")]


def cached(request: Request, conn: sqlite3.Connection, key: Hashable, compute: Callable[[], T]) -> T:
    """A whole-database view, computed once per database state (see wasit.store.cache)."""
    return settings(request).cache.get(conn, key, compute)


def respond(data: dict[str, Any], fmt: str, rows_key: str = "rows", name: str = "wasit") -> Response:
    """The data as JSON, or its rows as a CSV download."""
    if fmt == "csv":
        return Response(
            to_csv(data[rows_key]),
            media_type="text/csv; charset=utf-8",
            headers={"content-disposition": f'attachment; filename="{name}.csv"'},
        )
    return JSONResponse(data)
