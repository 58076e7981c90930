"""The FastAPI application: the web explorer and the REST API over one wasit database.

Safe by default: read-only (a read-only SQLite connection per request), the write endpoint
(`POST /api/articles`) answers 403 unless a token is configured and then requires it,
templates autoescape, SQL is parameterised (`wasit.store.queries`), request bodies are
limited in size, and pages run no inline script (Content-Security-Policy).
"""

from __future__ import annotations

import contextlib
import hmac
import queue
import sqlite3
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from importlib.resources import files
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from wasit import __version__
from wasit.api.render import QUAD_COLOURS, query_string
from wasit.errors import InputError
from wasit.store.cache import ResultCache
from wasit.store.db import Database
from wasit.store.queries_actors import all_labels

MAX_BODY_BYTES = 2_000_000

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
        b" img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class Guard:
    """ASGI middleware: refuse bodies over `limit` bytes (413) and add security headers."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def _reply_413(self, send: Send) -> None:
        body = b'{"detail":"request body too large"}'
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]})  # fmt: skip
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await self._reply_413(send)
            return
        seen = 0
        started = False
        refused = False

        async def limited_receive() -> Message:
            # Over the limit: answer 413 at once and tell the app the client went away (it
            # stops reading); whatever the app sends afterwards is dropped.
            nonlocal seen, refused, started
            if refused:
                return {"type": "http.disconnect"}
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.limit:
                    refused = True
                    if not started:
                        started = True
                        await self._reply_413(send)
                    return {"type": "http.disconnect"}
            return msg

        async def guarded_send(msg: Message) -> None:
            nonlocal started
            if refused:
                return
            if msg["type"] == "http.response.start":
                started = True
                msg["headers"] = list(msg.get("headers") or []) + SECURITY_HEADERS
            await send(msg)

        await self.app(scope, limited_receive, guarded_send)


class Settings:
    """What the routes need: the database path, the token, the template environment."""

    def __init__(self, db_path: Path, token: str | None) -> None:
        self.db_path = db_path
        self.token = token or None
        self._pool: queue.SimpleQueue[sqlite3.Connection] = queue.SimpleQueue()
        self.cache = ResultCache()  # aggregate views, valid while the articles do not change
        templates = Path(str(files("wasit.api").joinpath("templates")))
        self.env = Environment(
            loader=FileSystemLoader(templates),
            autoescape=select_autoescape(default=True, default_for_string=True),
        )
        self.env.globals.update(qs=query_string, quad_colours=QUAD_COLOURS)

    def connect(self) -> Iterator[sqlite3.Connection]:
        """A read-only connection for one request (a FastAPI dependency).

        Connections are pooled so that SQLite's page cache stays warm between requests; a
        read-only connection sees each newly committed article at its next statement (WAL).
        """
        try:
            conn = self._pool.get_nowait()
        except queue.Empty:
            conn = Database(self.db_path, readonly=True).conn
            conn.execute("PRAGMA cache_size = -32000")  # 32 MB of pages per connection
            conn.execute("PRAGMA mmap_size = 268435456")
        try:
            yield conn
        finally:
            if conn.in_transaction:
                conn.rollback()
            self._pool.put(conn)

    def token_ok(self, request: Request) -> bool:
        """Whether the request carries the configured token (`Authorization: Bearer TOKEN` or
        `X-Wasit-Token`); always False when none is configured."""
        if self.token is None:
            return False
        given = request.headers.get("x-wasit-token", "")
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            given = auth[7:].strip()
        return hmac.compare_digest(given.encode(), self.token.encode())


def _prepare(db_path: Path, token: str | None) -> None:
    """Check the database exists (or may be created) and bring its indexes up to date."""
    if not db_path.exists() and token is None:
        raise InputError(str(db_path), "no such database: code articles with `wasit code` first")
    # Opening read-write runs the (idempotent) schema, which adds the search index to an older
    # database; a read-only file is served as it is.
    with contextlib.suppress(sqlite3.OperationalError):
        Database(db_path).close()
    with Database(db_path, readonly=True) as db:
        all_labels(db.conn)  # warm the actor-label cache every aggregate view uses


def create_app(db_path: str | Path, token: str | None = None) -> FastAPI:
    """The web explorer and REST API over the database at `db_path`.

    Without `token` the app is read-only and `POST /api/articles` answers 403; with it,
    that endpoint codes new articles for requests carrying the token.
    """
    from wasit.api import routes_api, routes_pages

    path = Path(db_path)
    _prepare(path, token)
    settings = Settings(path, token)
    app = FastAPI(
        title="wasit",
        version=__version__,
        description="Arabic news coded into political events, with the Arabic evidence.",
        docs_url=None,  # the interactive docs pages load scripts from a CDN: not shipped
        redoc_url=None,
    )
    app.state.settings = settings
    app.mount(
        "/static", StaticFiles(directory=str(files("wasit.api").joinpath("static"))), "static"
    )
    app.include_router(routes_api.router)
    app.include_router(routes_pages.router)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        """Pages get an HTML error page; the API and everything else keep JSON."""
        path = request.url.path
        if path.startswith(("/api/", "/static/", "/openapi")):
            return await http_exception_handler(request, exc)
        html = settings.env.get_template("error.html").render(
            path=path, nav=routes_pages.NAV, json_url="/api/overview", status=exc.status_code,
            detail=exc.detail,
        )  # fmt: skip
        return HTMLResponse(html, status_code=exc.status_code)

    @app.exception_handler(sqlite3.OperationalError)
    async def _db_error(request: Request, exc: sqlite3.OperationalError) -> Response:
        return JSONResponse({"detail": f"database error: {exc}"}, status_code=400)

    app.add_middleware(Guard)
    return app
