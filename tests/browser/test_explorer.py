"""The explorer in Debian's Chromium against a real `wasit serve`: every page loads with its
Arabic right-to-left, a filter narrows the events, an event leads to its evidence, the
network draws. With WASIT_SCREENSHOTS=1 each page is saved under docs/screenshots/."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from web_fixtures import XSS

pytestmark = pytest.mark.browser
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def shoot(page: Any, name: str) -> None:
    if os.environ.get("WASIT_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


PAGES = [
    ("overview", "/", "Overview"),
    ("events", "/events", "Events"),
    ("actors", "/actors", "Actors"),
    ("actor", "/actors/PSE:REB", "PSE:REB"),
    ("figures", "/figures", "Figures"),
    ("articles", "/articles", "Articles"),
]


@pytest.mark.parametrize(("name", "path", "heading"), PAGES)
def test_page_loads_with_arabic_rtl(page: Any, server: str, name: str, path: str, heading: str) -> None:
    page.goto(server + path)
    assert heading in page.locator("h1").inner_text()
    ar = page.locator('[lang="ar"][dir="rtl"]').first
    assert ar.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert page.console_errors == []
    shoot(page, name)


def test_filter_then_follow_an_event_to_its_evidence(page: Any, server: str) -> None:
    page.goto(server + "/events")
    assert page.locator("a.evidence-link").count() == 8
    page.select_option('select[name="type"]', "CONSULT")
    page.fill('input[name="mediator"]', "QAT")
    page.click('#event-filters button[type="submit"]')
    page.wait_for_url("**/events?*type=CONSULT*")
    links = page.locator("a.evidence-link")
    assert links.count() == 1
    shoot(page, "events-filtered")
    links.first.click()
    page.wait_for_url("**/events/*")
    evidence = page.locator(".article-text .evidence")
    assert "تتوسط" in "".join(evidence.all_inner_texts())
    assert page.locator(".article-text .trigger").inner_text() == "تتوسط"
    assert page.locator(".article-text .mediator").inner_text() == "قطر"
    text = page.locator(".article-text")
    assert text.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert page.console_errors == []
    shoot(page, "event")


def test_search_in_arabic(page: Any, server: str) -> None:
    page.goto(server + "/events")
    page.fill('input[name="q"]', "عسقلان")
    page.click('#event-filters button[type="submit"]')
    page.wait_for_url("**q=*")
    assert page.locator("a.evidence-link").count() == 1


def test_script_in_article_does_not_run(page: Any, server: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/articles?q=القاهرة&source=wire-a")
    page.locator("table a").first.click()
    page.wait_for_url("**/articles/*")
    assert XSS in page.locator(".article-text").inner_text()
    assert page.locator(".article-text script, .article-text b").count() == 0
    assert dialogs == []
    shoot(page, "article")


def test_network_renders(page: Any, server: str) -> None:
    page.goto(server + "/network")
    page.wait_for_selector("#cy[data-nodes]", timeout=15_000)
    box = page.locator("#cy")
    assert int(box.get_attribute("data-nodes")) == 9
    assert int(box.get_attribute("data-edges")) >= 8
    assert page.locator("#cy canvas").count() >= 1
    brokers = page.evaluate("window.wasitNetwork.nodes('[broker = 1]').map(n => n.id()).sort()")
    assert brokers == ["EGY:GOV", "QAT:GOV"]
    assert page.console_errors == []
    shoot(page, "network")
    page.select_option('select[name="type"]', "ASSAULT")
    page.click('#network-filters button[type="submit"]')
    page.wait_for_selector("#cy[data-nodes]", timeout=15_000)
    assert int(page.locator("#cy").get_attribute("data-nodes")) == 3
