"""The web explorer's pages. Each page links to its JSON twin under /api with the same query."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from wasit.api.deps import Claims, Conn, Events, Page, PerPage, Text, cached, settings
from wasit.api.render import (
    Span,
    bar_chart,
    fill_months,
    fill_weeks,
    line_chart,
    mark_text,
    query_string,
)
from wasit.doc import CLAIM_CATEGORIES, EVENT_TYPES, STATUSES
from wasit.store import queries as qs
from wasit.store import queries_actors as qa
from wasit.store.db import QUADS

router = APIRouter(include_in_schema=False)

NAV = (
    ("/", "Overview", "نظرة عامة"),
    ("/events", "Events", "الأحداث"),
    ("/actors", "Actors", "الفاعلون"),
    ("/network", "Network", "الشبكة"),
    ("/figures", "Figures", "الأرقام"),
    ("/articles", "Articles", "المقالات"),
)


def _page(request: Request, template: str, json_url: str, **ctx: Any) -> HTMLResponse:
    html = settings(request).env.get_template(template).render(
        request=request, path=request.url.path, nav=NAV, json_url=json_url,
        **ctx,
    )  # fmt: skip
    return HTMLResponse(html)


@router.get("/", response_class=HTMLResponse)
def overview_page(request: Request, conn: Conn) -> HTMLResponse:
    """Overview: counts, events by type and week, top actors and dyads, latest articles."""
    data = cached(request, conn, "overview", lambda: qa.overview(conn))
    weeks = bar_chart(fill_weeks(data["by_week"])[-104:])
    return _page(request, "overview.html", "/api/overview", data=data, weeks=weeks)


@router.get("/events", response_class=HTMLResponse)
def events_page(
    request: Request, conn: Conn, f: Events, sort: Text = "-date", page: Page = 1,
    per_page: PerPage = 50,
) -> HTMLResponse:  # fmt: skip
    """Events: the filtered, sorted list, a page at a time."""
    data = qs.events(conn, f, sort or "-date", page, per_page)
    params = {**f.as_params(), "sort": data["sort"]}
    if per_page != 50:
        params["per_page"] = str(per_page)
    return _page(
        request, "events.html", "/api/events" + query_string(params, page=page), data=data,
        params=params, types=EVENT_TYPES, quads=sorted(set(QUADS.values())), statuses=STATUSES,
        sources=qs.sources(conn), sorts=list(qs.EVENT_SORTS),
    )  # fmt: skip


def _side_spans(article: dict[str, Any], ev: dict[str, Any]) -> list[Span]:
    mentions = article["mentions"]
    spans: list[Span] = []
    for role, sides in ev["sides"].items():
        for side in sides:
            i = side["mention"]
            if i is not None and 0 <= i < len(mentions):
                m = mentions[i]
                spans.append(Span(m["start"], m["end"], role, f"{role}: {side['code']}"))
    return spans


def _trigger_spans(text: str, evidence: list[dict[str, Any]], title: str) -> list[Span]:
    spans = []
    for e in evidence:
        at = text.find(e["trigger"], e["start"], e["end"]) if e["trigger"] else -1
        if at >= 0:
            spans.append(Span(at, at + len(e["trigger"]), "trigger", f"{title} trigger ({e['rule']})"))
    return spans


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, conn: Conn, event_id: int) -> HTMLResponse:
    """One event: its article's text with the evidence, sides and trigger marked."""
    ev = qs.event(conn, event_id)
    if ev is None:
        raise HTTPException(404, f"no event {event_id}")
    art = qs.article(conn, ev["article_id"])
    if art is None:  # cannot happen: events reference their article (foreign key)
        raise HTTPException(500, f"event {event_id} has no article")
    text = art["clean_text"]
    spans = [Span(e["start"], e["end"], "evidence", "evidence") for e in ev["evidence"]]
    spans += _side_spans(art, ev) + _trigger_spans(text, ev["evidence"], ev["type"])
    return _page(request, "event.html", f"/api/events/{event_id}", ev=ev, article=art,
                 segments=mark_text(text, spans))  # fmt: skip


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, conn: Conn, q: Text = None, page: Page = 1) -> HTMLResponse:
    """Actors by number of events, searchable by code or name."""
    data = qa.actors(conn, q, page, 50)
    params = {"q": q} if q else {}
    return _page(request, "actors.html", "/api/actors" + query_string(params, page=page),
                 data=data, params=params)  # fmt: skip


@router.get("/actors/{code}", response_class=HTMLResponse)
def actor_page(request: Request, conn: Conn, code: str) -> HTMLResponse:
    """One actor: names, roles by month, events timeline, partners and adversaries."""
    a = cached(request, conn, ("actor", code), lambda: qa.actor(conn, code))
    if a is None:
        raise HTTPException(404, f"no actor {code}")
    months = sorted({r["month"] for r in a["roles_by_month"] if r["month"]})
    roles: dict[str, dict[str, int]] = {m: {} for m in months}
    for r in a["roles_by_month"]:
        if r["month"]:
            roles[r["month"]][r["role"]] = r["n"]
    per_month = {m: sum(r.values()) for m, r in roles.items()}
    timeline = bar_chart(fill_months(per_month), height=120)
    return _page(request, "actor.html", f"/api/actors/{code}", a=a, roles=roles,
                 timeline=timeline)  # fmt: skip


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, conn: Conn, f: Events) -> HTMLResponse:
    """The network of actors (events as edges, mediators as brokers)."""
    params = f.as_params()
    return _page(
        request, "network.html", "/api/network" + query_string(params), params=params,
        types=EVENT_TYPES, quads=sorted(set(QUADS.values())),
        data=cached(
            request, conn, ("network", f, qa.NETWORK_MAX_EDGES), lambda: qa.network(conn, f)
        ),
    )  # fmt: skip


@router.get("/figures", response_class=HTMLResponse)
def figures_page(request: Request, conn: Conn, f: Claims, page: Page = 1) -> HTMLResponse:
    """Numeric claims over time, one chart per category, and the claims table."""
    series = cached(request, conn, ("figures", f), lambda: qs.claim_series(conn, f))
    charts = []
    for cat in [c for c in CLAIM_CATEGORIES if any(s["category"] == c for s in series["series"])]:
        lines = [
            {"label": s["attributed_to"] or "unattributed", "points": s["points"]}
            for s in series["series"] if s["category"] == cat
        ]  # fmt: skip
        charts.append(line_chart(lines, title=cat))
    params = f.as_params()
    return _page(
        request, "figures.html", "/api/figures" + query_string(params), charts=charts,
        claims=qs.claims(conn, f, page, 50), series=series, params=params,
        categories=CLAIM_CATEGORIES, sources=qs.sources(conn),
    )  # fmt: skip


@router.get("/articles", response_class=HTMLResponse)
def articles_page(
    request: Request, conn: Conn, q: Text = None, source: Text = None, page: Page = 1
) -> HTMLResponse:
    """Articles, latest coded first, searchable and filtered by outlet."""
    data = qs.articles(conn, q, source, page, 50)
    params = {k: v for k, v in {"q": q, "source": source}.items() if v}
    return _page(request, "articles.html", "/api/articles" + query_string(params, page=page),
                 data=data, params=params, sources=qs.sources(conn))  # fmt: skip


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, conn: Conn, article_id: int) -> HTMLResponse:
    """One article: its text with mentions, triggers and claims marked, and its layers."""
    art = qs.article(conn, article_id)
    if art is None:
        raise HTTPException(404, f"no article {article_id}")
    text = art["clean_text"]
    spans = [Span(m["start"], m["end"], "mention", m["code"]) for m in art["mentions"]]
    for ev in art["events"]:
        evidence = [{"start": ev["start"], "end": ev["end"], "trigger": ev["trigger"],
                     "rule": ev["rule"]}]  # fmt: skip
        spans += _trigger_spans(text, evidence, ev["type"])
    spans += [Span(c["start"], c["end"], "claim", c["category"]) for c in art["claims"]]
    return _page(request, "article.html", f"/api/articles/{article_id}", article=art,
                 segments=mark_text(text, spans))  # fmt: skip
