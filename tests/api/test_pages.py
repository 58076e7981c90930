"""The explorer's pages render, carry Arabic right-to-left, link to JSON twins and evidence."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

PAGES = [
    ("/", "/api/overview"),
    ("/events?type=CONSULT", "/api/events?type=CONSULT"),
    ("/actors", "/api/actors"),
    ("/actors/PSE:REB", "/api/actors/PSE:REB"),
    ("/network?type=ASSAULT", "/api/network?type=ASSAULT"),
    ("/figures?category=held", "/api/figures?category=held"),
    ("/articles", "/api/articles"),
]


@pytest.mark.parametrize(("page", "twin"), PAGES)
def test_page_and_its_json_twin(client: TestClient, page: str, twin: str) -> None:
    r = client.get(page)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    link = re.search(r'<a class="json" href="([^"]+)"', r.text)
    assert link is not None and link.group(1).replace("&amp;", "&").startswith(twin.split("?")[0])
    j = client.get(link.group(1).replace("&amp;", "&"))
    assert j.status_code == 200 and j.headers["content-type"].startswith("application/json")
    assert 'lang="ar" dir="rtl"' in r.text


def test_events_page_filters_and_links_to_evidence(client: TestClient) -> None:
    html = client.get("/events", params={"mediator": "QAT"}).text
    links = re.findall(r'class="evidence-link" href="/events/(\d+)"', html)
    assert len(links) == 2
    html = client.get("/events", params={"mediator": "QAT", "type": "CONSULT"}).text
    links = re.findall(r'class="evidence-link" href="/events/(\d+)"', html)
    assert len(links) == 1
    ev = client.get(f"/events/{links[0]}").text
    assert re.search(r'<span class="evidence trigger"[^>]*>تتوسط</span>', ev)
    assert re.search(r'<span class="evidence mediator"[^>]*>قطر</span>', ev)


def test_event_page_marks_sides_and_trigger(client: TestClient) -> None:
    eid = client.get("/api/events", params={"type": "ACCUSE"}).json()["rows"][0]["id"]
    html = client.get(f"/events/{eid}").text
    assert re.search(r'<span class="evidence actor"[^>]*>الجيش الإسرائيلي</span>', html)
    assert re.search(r'<span class="evidence recipient"[^>]*>حركة حماس</span>', html)
    assert re.search(r'<span class="evidence trigger"[^>]*>اتهم</span>', html)
    # the sentence before the evidence is not highlighted
    assert re.search(r">قالت حركة حماس إنها تحتجز", html)


def test_event_page_lists_other_reports(client: TestClient) -> None:
    rows = client.get("/api/events", params={"actor": "EGY:GOV", "sort": "id"}).json()["rows"]
    html = client.get(f"/events/{rows[0]['id']}").text
    assert f'href="/events/{rows[1]["id"]}"' in html


def test_article_page_shows_removed_and_coded(client: TestClient) -> None:
    aid = client.get("/api/articles", params={"q": "تتوسط"}).json()["rows"][0]["id"]
    html = client.get(f"/articles/{aid}").text
    assert "اقرأ أيضاً" in html and "boilerplate" in html
    assert "CONSULT" in html and "killed" in html


def test_events_page_paginates(client: TestClient) -> None:
    html = client.get("/events").text
    assert html.count('class="evidence-link"') == 8
    assert "No events match" in client.get("/events", params={"q": "كلمةغائبة"}).text


def test_figures_page_draws_series(client: TestClient) -> None:
    html = client.get("/figures", params={"category": "held"}).text
    assert html.count("<polyline") == 2
    assert "ISR:GOV" in html and "PSE:REB" in html


def test_network_page_loads_the_vendored_library(client: TestClient) -> None:
    html = client.get("/network").text
    assert '<script src="/static/vendor/cytoscape.min.js">' in html
    assert client.get("/static/vendor/cytoscape.min.js").status_code == 200
    assert client.get("/static/network.js").status_code == 200


def test_pages_paginate_and_sort_by_header(client: TestClient) -> None:
    html = client.get("/events", params={"per_page": 3, "sort": "date"}).text
    assert html.count('class="evidence-link"') == 3
    nxt = re.search(r'<a rel="next" href="([^"]+)"', html)
    assert nxt is not None and "page=2" in nxt.group(1) and "per_page=3" in nxt.group(1)
    page2 = client.get("/events" + nxt.group(1).replace("&amp;", "&")).text
    assert page2.count('class="evidence-link"') == 3 and 'rel="prev"' in page2
    header = re.search(r'<a class="sort" href="([^"]+)">Date ▲</a>', html)
    assert header is not None and "sort=-date" in header.group(1)


@pytest.mark.parametrize("url", ["/events/9999", "/actors/NOPE", "/no/such/page"])
def test_missing_pages_are_html(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert client.get("/api" + url).headers["content-type"].startswith("application/json")
