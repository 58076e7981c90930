"""The REST API: JSON (and CSV with `?format=csv`) over the queries of `wasit.store`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from wasit.api.deps import (
    Claims,
    Conn,
    Events,
    Format,
    Page,
    PerPage,
    Text,
    cached,
    respond,
    settings,
)
from wasit.store import queries as qs
from wasit.store import queries_actors as qa

router = APIRouter(prefix="/api", tags=["api"])


@router.get("/overview")
def api_overview(request: Request, conn: Conn) -> dict[str, Any]:
    """Counts by type and week, most active actors and dyads, latest articles."""
    return cached(request, conn, "overview", lambda: qa.overview(conn))


@router.get("/events")
def api_events(
    conn: Conn, f: Events, sort: Text = "-date", page: Page = 1, per_page: PerPage = 50,
    format: Format = "json",
) -> Response:  # fmt: skip
    """Events matching the filters; `sort` is one of `EVENT_SORTS` (`-date` by default)."""
    return respond(qs.events(conn, f, sort or "-date", page, per_page), format, name="events")


@router.get("/events/{event_id}")
def api_event(conn: Conn, event_id: int) -> dict[str, Any]:
    """One event with its evidence, actors and the other articles that report it."""
    ev = qs.event(conn, event_id)
    if ev is None:
        raise HTTPException(404, f"no event {event_id}")
    return ev


@router.get("/actors")
def api_actors(
    conn: Conn, q: Text = None, page: Page = 1, per_page: PerPage = 50, format: Format = "json"
) -> Response:
    """Actors by number of events; `q` matches a code, a country or a name."""
    return respond(qa.actors(conn, q, page, per_page), format, name="actors")


@router.get("/actors/{code}")
def api_actor(request: Request, conn: Conn, code: str) -> dict[str, Any]:
    """An actor's names, roles by month, events, partners and adversaries."""
    a = cached(request, conn, ("actor", code), lambda: qa.actor(conn, code))
    if a is None:
        raise HTTPException(404, f"no actor {code}")
    return a


@router.get("/network")
def api_network(
    request: Request, conn: Conn, f: Events, max_edges: Annotated[int, Query(ge=1, le=5000)] = qa.NETWORK_MAX_EDGES,
    format: Format = "json",
) -> Response:  # fmt: skip
    """Actors as nodes, events as edges by quad class; mediators as broker nodes."""
    data = cached(request, conn, ("network", f, max_edges), lambda: qa.network(conn, f, max_edges))
    return respond(data, format, "edges", "network")


@router.get("/claims")
def api_claims(
    conn: Conn, f: Claims, page: Page = 1, per_page: PerPage = 50, format: Format = "json"
) -> Response:
    """Numeric claims (killed, held, released …) with who states them."""
    return respond(qs.claims(conn, f, page, per_page), format, name="claims")


@router.get("/figures")
def api_figures(request: Request, conn: Conn, f: Claims) -> dict[str, Any]:
    """Claims over time: one series per category and source (the Figures page's data)."""
    return cached(request, conn, ("figures", f), lambda: qs.claim_series(conn, f))


@router.get("/articles")
def api_articles(
    conn: Conn, q: Text = None, source: Text = None, page: Page = 1, per_page: PerPage = 50,
    format: Format = "json",
) -> Response:  # fmt: skip
    """Articles, latest coded first."""
    return respond(qs.articles(conn, q, source, page, per_page), format, name="articles")


@router.get("/articles/{article_id}")
def api_article(conn: Conn, article_id: int) -> dict[str, Any]:
    """An article: its texts, what the cleaner removed, and everything coded in it."""
    a = qs.article(conn, article_id)
    if a is None:
        raise HTTPException(404, f"no article {article_id}")
    return a


class ArticleIn(BaseModel):
    """A new article to code."""

    text: str = Field(min_length=1, max_length=1_000_000)
    title: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000)
    pub_date: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    doc_id: str | None = Field(None, max_length=200)


def require_token(request: Request) -> None:
    """Refuse a write: 403 when the server has no token, 401 when the request lacks it."""
    s = settings(request)
    if s.token is None:
        raise HTTPException(403, "writing is disabled: start the server with --token to allow it")
    if not s.token_ok(request):
        raise HTTPException(401, "a valid token is required (Authorization: Bearer TOKEN)")


@router.post("/articles", status_code=201, dependencies=[Depends(require_token)])
def api_post_article(body: ArticleIn, request: Request) -> dict[str, Any]:
    """Code a new article with the default pipeline and store it (needs the token)."""
    from wasit.ar.normalize import has_arabic
    from wasit.doc import Doc
    from wasit.ingest.prepare import DEFAULT_MIN_ARABIC_LETTERS
    from wasit.pipeline import default_pipeline
    from wasit.store.db import Database

    if not has_arabic(body.text, DEFAULT_MIN_ARABIC_LETTERS):
        # the same check `wasit code` applies to every input
        raise HTTPException(
            422, f"no Arabic to code (fewer than {DEFAULT_MIN_ARABIC_LETTERS} Arabic letters)"
        )
    doc = Doc(
        raw_text=body.text, title=body.title, source=body.source, url=body.url,
        pub_date=body.pub_date, origin="api",
    )  # fmt: skip
    doc.doc_id = body.doc_id or "api-" + doc.content_hash[:12]
    doc = default_pipeline()(doc)
    with Database(settings(request).db_path) as db:
        aid, new = db.save_doc(doc)
    return {
        "id": aid, "new": new, "doc_id": doc.doc_id, "events": len(doc.events),
        "claims": len(doc.claims), "url": f"/articles/{aid}",
    }  # fmt: skip
