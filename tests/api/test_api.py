"""The REST API, called in-process: filters, sorting, pagination, CSV, details, errors."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from fastapi.testclient import TestClient


@pytest.mark.parametrize(
    ("params", "total"),
    [
        ({}, 8),
        ({"type": "CONSULT"}, 3),
        ({"type": "consult"}, 3),
        ({"quad": "material_conflict"}, 2),
        ({"actor": "ISR"}, 4),  # a country code matches every sector of it
        ({"actor": "ISR:GOV"}, 2),
        ({"recipient": "PSE:REB", "type": "ACCUSE"}, 1),
        ({"mediator": "QAT:GOV"}, 2),
        ({"mediator": "EGY"}, 1),
        ({"party": "EGY:GOV"}, 3),  # any role: actor twice, mediator once
        ({"status": "hypothetical"}, 1),
        ({"mode": "release"}, 1),
        ({"source": "wire-a"}, 4),
        ({"date_from": "2023-11-21", "date_to": "2023-11-21"}, 3),
        ({"date_to": "2023-10"}, 2),  # a month bound covers the whole month
        ({"date_to": "2023"}, 8),  # regression: a year bound covered none of its year
        ({"date_from": "2023", "date_to": "2023"}, 8),
        ({"date_from": "2023-11-24"}, 2),
        ({"q": "القاهرة"}, 2),
        ({"q": "رهائن"}, 4),  # substring search: also finds الرهائن (texts and titles)
        ({"q": "القاهرة اجتمع"}, 1),  # all words required
        ({"q": "اسرائيل"}, 6),  # without its hamza: finds إسرائيل، الإسرائيلي …
        ({"q": "القاهره"}, 2),  # final ه for ة
        ({"q": "كلمةغائبة"}, 0),
        ({"q": "في"}, 0),  # too short for the trigram index: matches nothing rather than all
        ({"type": "CONSULT", "q": "رهائن", "mediator": "QAT"}, 1),
        ({"type": "", "actor": ""}, 8),  # blank form fields are no filter
    ],
)
def test_event_filters(client: TestClient, params: dict[str, str], total: int) -> None:
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    data = r.json()
    assert data["total"] == total
    assert len(data["rows"]) == total


def _dates(rows: list[dict[str, Any]]) -> list[str]:
    return [r["date"] or r["pub_date"] for r in rows]


@pytest.mark.parametrize(("sort", "reverse"), [("date", False), ("-date", True)])
def test_event_sort_by_date(client: TestClient, sort: str, reverse: bool) -> None:
    rows = client.get("/api/events", params={"sort": sort}).json()["rows"]
    assert _dates(rows) == sorted(_dates(rows), reverse=reverse)
    assert _dates(rows)[0] != _dates(rows)[-1]


def test_event_sort_by_type(client: TestClient) -> None:
    rows = client.get("/api/events", params={"sort": "type"}).json()["rows"]
    assert [r["type"] for r in rows] == sorted(r["type"] for r in rows)


def test_unknown_sort_falls_back_to_date(client: TestClient) -> None:
    data = client.get("/api/events", params={"sort": "1; DROP TABLE events"}).json()
    assert data["sort"] == "-date" and data["total"] == 8


def test_pagination(client: TestClient) -> None:
    pages = [
        client.get("/api/events", params={"per_page": 3, "page": p, "sort": "id"}).json()
        for p in (1, 2, 3, 4)
    ]
    assert [len(p["rows"]) for p in pages] == [3, 3, 2, 0]
    assert pages[0]["pages"] == 3
    ids = [r["id"] for p in pages for r in p["rows"]]
    assert len(set(ids)) == 8


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"per_page": 0}, 422),
        ({"per_page": 501}, 422),
        ({"page": 0}, 422),
        ({"date_from": "21/11/2023"}, 422),
        ({"format": "xml"}, 422),
        ({"q": "x" * 201}, 422),
    ],
)
def test_bad_parameters(client: TestClient, params: dict[str, Any], status: int) -> None:
    assert client.get("/api/events", params=params).status_code == status


@pytest.mark.parametrize(
    ("url", "min_rows"),
    [
        ("/api/events?format=csv", 8),
        ("/api/actors?format=csv", 9),
        ("/api/claims?format=csv", 5),
        ("/api/articles?format=csv", 6),
        ("/api/network?format=csv", 8),
    ],
)
def test_csv(client: TestClient, url: str, min_rows: int) -> None:
    r = client.get(url)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) >= min_rows
    assert all(any(v for v in row.values()) for row in rows)


def test_events_csv_keeps_arabic_and_joins_lists(client: TestClient) -> None:
    text = client.get("/api/events", params={"format": "csv", "mediator": "QAT"}).text
    rows = list(csv.DictReader(io.StringIO(text)))
    release = next(r for r in rows if r["type"] == "RETREAT")
    assert release["mediator"] == "QAT:GOV;EGY:GOV"
    assert "بوساطة قطر ومصر" in release["quote"]


def test_event_detail(client: TestClient) -> None:
    rows = client.get("/api/events", params={"mediator": "QAT", "type": "CONSULT"}).json()["rows"]
    ev = client.get(f"/api/events/{rows[0]['id']}").json()
    assert [a["code"] for a in ev["sides"]["mediator"]] == ["QAT:GOV"]
    assert ev["evidence"][0]["trigger"] == "تتوسط"
    assert ev["evidence"][0]["quote"].startswith("أعلنت قطر")


def test_same_event_in_other_articles(client: TestClient) -> None:
    rows = client.get("/api/events", params={"actor": "EGY:GOV", "sort": "id"}).json()["rows"]
    first, second = (client.get(f"/api/events/{r['id']}").json() for r in rows)
    assert [o["id"] for o in first["same_event"]] == [second["id"]]
    assert [o["id"] for o in second["same_event"]] == [first["id"]]
    other = client.get("/api/events", params={"type": "ACCUSE"}).json()["rows"][0]
    assert client.get(f"/api/events/{other['id']}").json()["same_event"] == []


def test_actor(client: TestClient) -> None:
    a = client.get("/api/actors/PSE:REB").json()
    assert a["name"] == "Hamas" and a["arabic"] == "حركة حماس"
    assert {c["code"] for c in a["adversaries"]} >= {"ISR:MIL", "ISR:GOV"}
    assert a["n_events"] == 4
    roles = {(r["month"], r["role"]): r["n"] for r in a["roles_by_month"]}
    assert roles == {("2023-11", "actor"): 1, ("2023-11", "recipient"): 3}
    egy = client.get("/api/actors/EGY:GOV").json()
    assert [c["code"] for c in egy["partners"]] == ["JOR:GOV"]


def test_actors_search(client: TestClient) -> None:
    by_arabic = client.get("/api/actors", params={"q": "حزب الله"}).json()["rows"]
    assert [r["code"] for r in by_arabic] == ["LBN:REB"]
    by_country = client.get("/api/actors", params={"q": "isr"}).json()["rows"]
    assert {r["code"] for r in by_country} == {"ISR", "ISR:GOV", "ISR:MIL"}


def test_network_brokers_and_filters(client: TestClient) -> None:
    net = client.get("/api/network").json()
    brokers = {n["id"] for n in net["nodes"] if n["broker"]}
    assert brokers == {"QAT:GOV", "EGY:GOV"}
    mediation = {(e["source"], e["target"]) for e in net["edges"] if e["kind"] == "mediation"}
    assert ("ISR:GOV", "QAT:GOV") in mediation and ("PSE:REB", "QAT:GOV") in mediation
    assault = client.get("/api/network", params={"type": "ASSAULT"}).json()
    assert {n["id"] for n in assault["nodes"]} == {"ISR:MIL", "LBN", "LBN:REB"}
    assert {e["quad"] for e in assault["edges"]} == {"material_conflict"}
    early = client.get("/api/network", params={"date_to": "2023-11-20"}).json()
    assert {n["id"] for n in early["nodes"] if n["broker"]} == {"QAT:GOV"}


@pytest.mark.parametrize(
    ("params", "total"),
    [
        ({}, 5),
        ({"category": "held"}, 2),
        ({"attributed_to": "ISR"}, 2),
        ({"attributed_to": "ISR:GOV"}, 1),
        ({"date_from": "2023-11-21"}, 3),
        ({"q": "غزة"}, 4),
    ],
)
def test_claims(client: TestClient, params: dict[str, str], total: int) -> None:
    assert client.get("/api/claims", params=params).json()["total"] == total


def test_figures_series(client: TestClient) -> None:
    data = client.get("/api/figures", params={"category": "held"}).json()
    series = {s["attributed_to"]: s["points"] for s in data["series"]}
    assert series == {
        "ISR:GOV": [{"day": "2023-11-24", "value": 210, "n": 1}],
        "PSE:REB": [{"day": "2023-11-21", "value": 240, "n": 1}],
    }


def test_article(client: TestClient) -> None:
    rows = client.get("/api/articles", params={"q": "عسقلان"}).json()["rows"]
    assert len(rows) == 1
    a = client.get(f"/api/articles/{rows[0]['id']}").json()
    assert [e["type"] for e in a["events"]] == ["ACCUSE"]
    assert [c["category"] for c in a["claims"]] == ["held"]
    assert {m["code"] for m in a["mentions"]} == {"ISR:MIL", "PSE:REB"}
    first = client.get("/api/articles", params={"q": "تتوسط"}).json()["rows"][0]
    removed = client.get(f"/api/articles/{first['id']}").json()["removed"]
    assert removed[0]["reason"] == "boilerplate"


@pytest.mark.parametrize(
    "url",
    ["/api/events/9999", "/api/actors/XXX:YYY", "/api/articles/9999", "/events/9999",
     "/articles/9999", "/actors/XXX"],
)  # fmt: skip
def test_not_found(client: TestClient, url: str) -> None:
    assert client.get(url).status_code == 404


def test_openapi_lists_the_api(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/api/events", "/api/events/{event_id}", "/api/actors", "/api/actors/{code}",
              "/api/network", "/api/claims", "/api/articles/{article_id}", "/api/articles"):  # fmt: skip
        assert p in paths
