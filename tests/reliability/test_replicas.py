"""Two app replicas on one PostgreSQL, as behind a load balancer (docs/deploy.md).

Two ``streamlit run`` processes on two ports share one database on the throwaway PostgreSQL
server (tests/pgserver.py) and one knowledge folder. A browser session on each asks and
rates; staff on either replica see both sessions' questions and ratings (the Insights
figures and its CSV); a knowledge edit is picked up by both; killing one replica with
SIGKILL loses nothing it recorded, and the other carries on.

A second test measures browser sessions answered per minute with one replica and with two
(recorded for docs/deploy.md, never asserted).
"""

from __future__ import annotations

import asyncio
import csv
import io
import shutil
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from apprunner import (
    APP_IDLE,
    MESSAGE,
    REPO,
    AppServer,
    ask_in_browser,
    chromium_browser,
    chromium_launch_options,
    open_staff_page,
    page_opener,
    require_chromium,
)
from pgserver import PostgresServer
from reliabilityhelpers import FEEDBACK, ask_timed, record

from advisor.quality.bench import percentile

pytestmark = [pytest.mark.browser, pytest.mark.slow]

TOAST = "[data-testid='stToast']"
EDITED = "Edited while both replicas were serving."
ENTRY_FILE, ENTRY_ID, ENTRY_QUESTION = "entries/01-how-it-works.yaml", "short-answer", "what is a solid state battery"


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    """A copy of the bundled knowledge that the test may edit (the replicas' shared, read-only folder)."""
    folder = tmp_path / "knowledge"
    shutil.copytree(REPO / "knowledge", folder)
    return folder


@pytest.fixture
def replicas(tmp_path: Path, postgres_url: str, knowledge: Path) -> Iterator[tuple[AppServer, AppServer]]:
    require_chromium()
    first = AppServer(_folder(tmp_path / "a"), db_path=postgres_url, knowledge_dir=knowledge)  # type: ignore[arg-type]
    second = AppServer(_folder(tmp_path / "b"), db_path=postgres_url, knowledge_dir=knowledge)  # type: ignore[arg-type]
    try:
        yield first.wait_healthy(), second.wait_healthy()
    finally:
        first.stop()
        second.stop()


def _folder(path: Path) -> Path:
    path.mkdir(parents=True)
    return path


def _rate(page: Any, index: int, thumb: str) -> None:
    """Click a thumb under the ``index``-th answer and wait for the server's thanks."""
    page.evaluate(f"document.querySelectorAll({TOAST!r}).forEach(t => t.dataset.seen = '1')")
    page.locator(FEEDBACK).nth(index).get_by_label(thumb).click()
    page.locator(f"{TOAST}:not([data-seen])", has_text="Thanks for the feedback.").first.wait_for()
    page.wait_for_selector(APP_IDLE)


def _insights_csv(page: Any) -> list[dict[str, str]]:
    with page.expect_download() as download:
        page.get_by_role("button", name="Unanswered & rated down (CSV)").click()
    return list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))


def _metric(page: Any, label: str) -> str:
    return str(page.locator("[data-testid='stMetric']", has_text=label).locator(
        "[data-testid='stMetricValue']").inner_text()).strip()


def test_two_replicas_share_questions_ratings_and_knowledge_and_survive_a_kill(
        replicas: tuple[AppServer, AppServer], postgres_server: PostgresServer, postgres_url: str,
        knowledge: Path) -> None:
    first, second = replicas
    asked = {first: "Where can I buy opera tickets in Vienna?", second: "What is the best pizza topping in Naples?"}
    with chromium_browser() as browser, page_opener(browser, timeout_ms=60_000) as new_page:
        # A buyer on each replica asks something the guide does not cover, and rates the answer down.
        for replica, question in asked.items():
            page = new_page(replica.url)
            ask_in_browser(page, question)
            _rate(page, 0, "Thumbs down")

        # Staff on either replica see both sessions' questions and ratings.
        for replica in (first, second):
            staff = open_staff_page(new_page(replica.url), replica.url + "/insights")
            assert _metric(staff, "Questions asked") == "2"
            assert _metric(staff, "Rated down") == "2"
            rows = _insights_csv(staff)
            assert {r["question"] for r in rows if r["kind"] == "unanswered"} == set(asked.values())
            assert {r["question"] for r in rows if r["kind"] == "rated_down"} == set(asked.values())

        # A knowledge edit (the shared folder) is served by both, without a restart.
        path = knowledge / ENTRY_FILE
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        entry = next(e for e in data["entries"] if e["id"] == ENTRY_ID)
        entry["answer"] = entry["answer"].rstrip() + " " + EDITED
        path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
        for replica in (first, second):
            answer = ask_in_browser(new_page(replica.url), ENTRY_QUESTION)
            assert EDITED in answer.inner_text(), replica.url

        # Killing one replica loses nothing it recorded; the other serves on and sees it all.
        first.proc.send_signal(signal.SIGKILL)
        first.proc.wait(timeout=30)
        stored = {row[0] for row in postgres_server.query(postgres_url, "SELECT question FROM questions")}
        assert stored == {*asked.values(), ENTRY_QUESTION}
        staff = open_staff_page(new_page(second.url), second.url + "/insights")
        assert _metric(staff, "Questions asked") == "4"
        page = new_page(second.url)
        assert ask_in_browser(page, ENTRY_QUESTION).inner_text()
        record("replicas_shared", replicas=2, questions=4, ratings=2, rows_lost=0)


# -- throughput: one replica against two -----------------------------------------------------------

SESSIONS = 8
QUESTIONS = ("what is a solid state battery", "what are the drawbacks of sulfide electrolytes",
             "why do dendrites form", "what should I ask a supplier")


async def _session(browser: Any, url: str, timings: list[float]) -> None:
    context = await browser.new_context(viewport={"width": 1200, "height": 900})
    try:
        page = await context.new_page()
        page.set_default_timeout(180_000)
        await page.goto(url)
        await page.wait_for_selector(APP_IDLE)
        for i, question in enumerate(QUESTIONS):
            timings.append(await ask_timed(page, i, question))
        assert await page.locator(MESSAGE).count() == 2 * len(QUESTIONS)
    finally:
        await context.close()


async def _drive(urls: list[str]) -> tuple[float, list[float]]:
    from playwright.async_api import async_playwright

    timings: list[float] = []
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(**chromium_launch_options())
        try:
            started = time.perf_counter()
            await asyncio.gather(*(_session(browser, urls[n % len(urls)], timings) for n in range(SESSIONS)))
            return time.perf_counter() - started, timings
        finally:
            await browser.close()


@pytest.mark.parametrize("count", [1, 2])
def test_sessions_answered_with_one_and_two_replicas(tmp_path: Path, postgres_url: str, count: int) -> None:
    require_chromium()
    servers = [AppServer(_folder(tmp_path / f"r{n}"), db_path=postgres_url) for n in range(count)]  # type: ignore[arg-type]
    try:
        urls = [server.wait_healthy().url for server in servers]
        elapsed, timings = asyncio.run(_drive(urls))
    finally:
        for server in servers:
            server.stop()
    assert len(timings) == SESSIONS * len(QUESTIONS)
    record("replicas", replicas=count, sessions=SESSIONS, questions=len(timings), seconds=round(elapsed, 1),
           answers_per_minute=round(len(timings) / elapsed * 60, 1),
           p50_s=round(percentile(timings, 50), 2), p95_s=round(percentile(timings, 95), 2))
