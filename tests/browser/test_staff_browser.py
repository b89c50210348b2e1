"""In Chromium what AppTest cannot see: where a page load sends requests, wheel scrolling over the
Insights chart, and a crafted permalink id that must not become a link."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlsplit

import pytest
from apprunner import APP_IDLE, ask_in_browser, unlock_staff

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PAGES = ["/", "/ask", "/library", "/checklist", "/insights", "/staff"]


def _outside(requested: list[str], server: str) -> list[str]:
    own = urlsplit(server).netloc
    return [url for url in requested if urlsplit(url).scheme in ("http", "https", "ws", "wss")
            and urlsplit(url).netloc != own]


@pytest.mark.parametrize("path", [*PAGES, "/library?entry=faq-simple-terms"])
def test_a_page_load_requests_nothing_from_another_host(browser: Any, server: str, path: str) -> None:
    # Every asset ships with the app: a font CDN (the favicon used to come from one) is missing offline
    # and tells a third party who uses the app.
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    try:
        page = context.new_page()
        page.set_default_timeout(30_000)
        requested: list[str] = []
        page.on("request", lambda request: requested.append(request.url))
        page.goto(server + path)
        page.wait_for_selector(APP_IDLE)
        if path in ("/", "/ask"):
            ask_in_browser(page, "How does a solid-state battery work?")  # answers, sources and thumbs load icons too
        if path in ("/insights", "/staff"):
            unlock_staff(page)  # the sign-in panel, then the staff page itself
        page.wait_for_timeout(1500)  # the favicon and fonts load after the script has run

        assert requested, "no request was recorded"
        assert _outside(requested, server) == []
        icons = page.eval_on_selector_all("link[rel~='icon']", "links => links.map(l => l.href)")
        assert icons and all(urlsplit(href).netloc == urlsplit(server).netloc for href in icons), icons
    finally:
        context.close()


def _scrolled(page: Any) -> float:
    """How far the page is scrolled, whichever element Streamlit scrolls."""
    return float(page.evaluate(
        "() => Math.max(window.scrollY, ...Array.from(document.querySelectorAll('*'), e => e.scrollTop))"))


def test_wheel_over_the_insights_chart_scrolls_the_page(new_page: Any) -> None:
    asker = new_page("/")
    ask_in_browser(asker, "How does a solid-state battery work?")  # something for the chart to show
    page = unlock_staff(new_page("/insights"))
    page.set_viewport_size({"width": 1200, "height": 500})
    chart = page.locator("[data-testid='stVegaLiteChart']").first
    chart.scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    box = chart.bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    before = _scrolled(page)

    page.mouse.wheel(0, 300)
    page.wait_for_timeout(800)

    assert _scrolled(page) > before


def test_a_crafted_permalink_id_is_plain_text(new_page: Any) -> None:
    crafted = "http://attacker.example/phish"
    page = new_page(f"/library?entry={quote(crafted, safe='')}")

    assert "No entry has the id" in page.locator("[data-testid='stAlert']").first.inner_text()
    assert page.get_by_text(crafted, exact=True).is_visible()
    assert page.locator("a[href*='attacker']").count() == 0
