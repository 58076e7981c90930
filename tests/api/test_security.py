"""Safe by default: escaped article text, read-only without a token, size limits, headers."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from wasit.api.app import MAX_BODY_BYTES, Settings, create_app
from wasit.errors import InputError
from web_fixtures import XSS

ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


def _xss_ids(client: TestClient) -> tuple[int, int]:
    art = client.get("/api/articles", params={"q": "القاهرة", "source": "wire-a"}).json()
    aid = art["rows"][0]["id"]
    eid = client.get("/api/events", params={"q": "القاهرة", "source": "wire-a"}).json()["rows"][0]
    return aid, eid["id"]


def test_fixture_really_holds_the_script(client: TestClient) -> None:
    aid, _ = _xss_ids(client)
    assert XSS in client.get(f"/api/articles/{aid}").json()["clean_text"]


@pytest.mark.parametrize(
    "page",
    ["/", "/events", "/events?q=القاهرة", "/events/{eid}", "/articles", "/articles/{aid}",
     "/actors/EGY:GOV", "/actors/JOR:GOV"],
)  # fmt: skip
def test_script_in_article_is_shown_as_text(client: TestClient, page: str) -> None:
    aid, eid = _xss_ids(client)
    r = client.get(page.format(aid=aid, eid=eid))
    assert r.status_code == 200
    assert XSS not in r.text
    assert "<b>لقاء</b>" not in r.text and "<b>التعاون</b>" not in r.text
    assert ESCAPED in r.text


def test_html_in_article_body_is_escaped(client: TestClient) -> None:
    aid, _ = _xss_ids(client)
    html = client.get(f"/articles/{aid}").text
    assert "&lt;b&gt;التعاون&lt;/b&gt;" in html
    assert "الثنائي &amp; الأوضاع" in html


def test_security_headers(client: TestClient) -> None:
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in r.text  # no inline script on any page: scripts are static files


def test_post_is_forbidden_without_a_configured_token(client: TestClient) -> None:
    r = client.post("/api/articles", json={"text": "نص"}, headers={"Authorization": "Bearer x"})
    assert r.status_code == 403


def test_request_connections_are_read_only(web_db: Path) -> None:
    connections = Settings(web_db, None).connect()
    conn = next(connections)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM events")
    connections.close()
    conn.close()


def test_missing_database_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such database"):
        create_app(tmp_path / "absent.db")


TEXT = (
    "أعلنت الحكومة المصرية اليوم أنها ستستضيف جولة جديدة من المحادثات بين الطرفين في القاهرة "
    "الأسبوع المقبل، وذلك بعد اتصالات مكثفة مع الجانبين خلال الأيام الماضية."
)


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"Authorization": "Bearer wrong"}, 401),
        ({"X-Wasit-Token": "wrong"}, 401),
        ({"Authorization": "Bearer s3cret"}, 201),
        ({"X-Wasit-Token": "s3cret"}, 201),
    ],
)
def test_post_article_needs_the_token(
    writable_db: Path, headers: dict[str, str], status: int
) -> None:
    with TestClient(create_app(writable_db, token="s3cret")) as c:
        body = {"text": TEXT, "title": "محادثات <i>القاهرة</i>", "pub_date": "2023-12-01",
                "source": "api-test"}  # fmt: skip
        r = c.post("/api/articles", json=body, headers=headers)
        assert r.status_code == status, r.text
        if status == 201:
            aid = r.json()["id"]
            art = c.get(f"/api/articles/{aid}").json()
            assert art["source"] == "api-test" and "القاهرة" in art["clean_text"]
            assert art["sentences"], "the default pipeline segmented the text"
            assert "&lt;i&gt;القاهرة&lt;/i&gt;" in c.get(f"/articles/{aid}").text
            again = c.post("/api/articles", json=body, headers=headers).json()
            assert again["id"] == aid and again["new"] is False
        else:
            assert c.get("/api/articles").json()["total"] == 6


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"text": ""}, 422),
        ({"text": TEXT, "pub_date": "1 Dec 2023"}, 422),
        ({"title": "no text"}, 422),
        ({"text": "Breaking news in English only, no Arabic at all here."}, 422),
        ({"text": "نص قصير"}, 422),
    ],
)
def test_post_article_validates(writable_db: Path, body: dict[str, str], status: int) -> None:
    with TestClient(create_app(writable_db, token="t")) as c:
        assert c.post("/api/articles", json=body, headers={"X-Wasit-Token": "t"}).status_code == status


def test_request_body_size_limit(writable_db: Path) -> None:
    with TestClient(create_app(writable_db, token="t")) as c:
        big = "ا" * (MAX_BODY_BYTES // 2 + 10)  # two bytes a letter in UTF-8
        r = c.post("/api/articles", json={"text": big}, headers={"X-Wasit-Token": "t"})
        assert r.status_code == 413
        assert c.get("/api/articles").json()["total"] == 6


def test_chunked_body_over_the_limit_is_refused(writable_db: Path) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(3):
            yield b"x" * (MAX_BODY_BYTES // 2)
        yield b'"}'

    with TestClient(create_app(writable_db, token="t")) as c:
        r = c.post("/api/articles", content=chunks(),
                   headers={"X-Wasit-Token": "t", "content-type": "application/json"})  # fmt: skip
        assert r.status_code == 413
        assert c.get("/api/articles").json()["total"] == 6


def test_cached_views_follow_new_articles(writable_db: Path) -> None:
    with TestClient(create_app(writable_db, token="t")) as c:
        before = c.get("/api/overview").json()["counts"]["articles"]
        assert c.get("/api/overview").json()["counts"]["articles"] == before  # from the cache
        r = c.post("/api/articles", json={"text": TEXT}, headers={"X-Wasit-Token": "t"})
        assert r.status_code == 201
        assert c.get("/api/overview").json()["counts"]["articles"] == before + 1


def test_error_pages_escape_what_the_url_carried(client: TestClient) -> None:
    payload = "<img src=x onerror=alert(1)>"  # no "/": it reaches the /actors/{code} route
    r = client.get("/actors/" + payload)
    assert r.status_code == 404
    assert payload not in r.text
    assert "no actor &lt;img src=x onerror=alert(1)&gt;" in r.text
