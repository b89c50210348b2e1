"""Ten people at once on one ``streamlit run``: every answer in its own session, every rating stored.

Ten Playwright contexts (ten separate Streamlit sessions) in one Debian Chromium, driven
concurrently with the async API. Each asks three different questions and rates every
answer. Then: each session shows its own questions and answers and nobody else's, and
the database holds every question and every rating under the right session. The time
from pressing Enter to the answer's thumbs being on screen is recorded (p50, p95).
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from apprunner import APP_IDLE, AppServer, chromium_launch_options, require_chromium
from reliabilityhelpers import FEEDBACK, MESSAGE, ask_timed, record

from advisor import Advisor
from advisor.checklist.intent import is_checklist_request
from advisor.quality.bench import percentile

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SESSIONS = 10
QUESTIONS_PER_SESSION = 3
TOAST = "[data-testid='stToast']"
TIMEOUT_MS = 90_000  # two cores shared by ten sessions, the server and the browser


def plain(text: str) -> str:
    """Rendered or Markdown text reduced to words, so the two can be compared."""
    text = re.sub(r"[*_`#>\\|“”\"'’]", "", text)
    return re.sub(r"\s+", " ", text).strip().casefold()


def _plan(advisor: Advisor) -> list[list[tuple[str, str]]]:
    """Per session, three (question, expected answer opening) pairs; no opening appears in another's answer.

    The expected answers come from a library conversation, as the app holds one per session.
    """
    # Every entry's first phrasing: answers that go on with a passage hold another's opening, so the free-text
    # entries alone no longer give thirty answers apart; table rows and cells open with their own names. (Not one
    # that asks for the checklist, which the app starts instead of answering.)
    candidates = [e.questions[0] for e in advisor.knowledge.entries
                  if e.questions and not is_checklist_request(e.questions[0])]
    plan: list[list[tuple[str, str]]] = []
    seen: set[str] = set()  # openings chosen so far
    texts: list[str] = []  # whole answers chosen so far: no opening may appear inside another answer
    pool = iter(candidates)
    while len(plan) < SESSIONS:
        conversation = advisor.conversation()
        turns: list[tuple[str, str]] = []
        for question in pool:
            answer = conversation.ask(question)
            opening, whole = plain(answer.text.splitlines()[0])[:60], plain(answer.text)
            overlaps = any(opening in t for t in texts) or any(o in whole for o in seen)
            if not answer.found or overlaps or len(opening) < 20:
                conversation = advisor.conversation()  # start again so context stays what the app will see
                for done, _ in turns:
                    conversation.ask(done)
                continue
            seen.add(opening)
            texts.append(whole)
            turns.append((question, opening))
            if len(turns) == QUESTIONS_PER_SESSION:
                break
        assert len(turns) == QUESTIONS_PER_SESSION, "not enough distinct answerable questions in the knowledge"
        plan.append(turns)
    return plan


async def _session(browser: Any, url: str, turns: list[tuple[str, str]],
                   timings: list[float]) -> tuple[list[str], list[str]]:
    """Ask and rate every turn; returns the session's (user messages, assistant messages) as shown."""
    context = await browser.new_context(viewport={"width": 1200, "height": 900})
    try:
        page = await context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        await page.goto(url)
        await page.wait_for_selector(APP_IDLE)
        for i, (question, _) in enumerate(turns):
            timings.append(await ask_timed(page, i, question))
            thumb = "Thumbs up" if i % 2 == 0 else "Thumbs down"
            # The server's "thanks" toast proves the rating was handled; older toasts are marked so
            # that one still on screen from the previous answer does not count.
            await page.evaluate(f"document.querySelectorAll({TOAST!r}).forEach(t => t.dataset.seen = '1')")
            await page.locator(FEEDBACK).nth(i).get_by_label(thumb).click()
            await page.locator(f"{TOAST}:not([data-seen])", has_text="Thanks for the feedback.").first.wait_for()
            await page.wait_for_selector(APP_IDLE)
        content = page.locator(f"{MESSAGE} [data-testid='stChatMessageContent']")
        messages = [str(text) for text in await content.all_inner_texts()]
        assert len(messages) == 2 * len(turns)
        return messages[0::2], messages[1::2]
    finally:
        await context.close()


async def _run_sessions(url: str, plan: list[list[tuple[str, str]]],
                        timings: list[float]) -> list[tuple[list[str], list[str]]]:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(**chromium_launch_options())
        try:
            return list(await asyncio.gather(*(_session(browser, url, turns, timings) for turns in plan)))
        finally:
            await browser.close()


def _stored(db_path: Path) -> tuple[list[tuple[str, str]], list[tuple[str, str, int]]]:
    conn = sqlite3.connect(db_path)
    try:
        questions = conn.execute("SELECT session_id, question FROM questions").fetchall()
        feedback = conn.execute("SELECT session_id, question, score FROM feedback").fetchall()
    finally:
        conn.close()
    return questions, feedback


@pytest.mark.timeout(600)
def test_ten_sessions_at_once(advisor: Advisor, tmp_path: Path) -> None:
    require_chromium()
    plan = _plan(advisor)
    timings: list[float] = []
    with AppServer(tmp_path) as server:
        server.wait_healthy()
        started = time.monotonic()
        pages = asyncio.run(_run_sessions(server.url, plan, timings))
        wall = time.monotonic() - started

    all_openings = {opening for turns in plan for _, opening in turns}
    for turns, (asked, answers) in zip(plan, pages, strict=True):
        # Suggestion chips may name other questions; what counts is who asked what and what was answered.
        assert [plain(a) for a in asked] == [plain(q) for q, _ in turns], "the session shows other questions"
        for (question, opening), shown in zip(turns, answers, strict=True):
            assert opening in plain(shown), f"the answer to {question!r} is not under it"
        shown_answers = plain(" ".join(answers))
        own = {opening for _, opening in turns}
        leaked = [o for o in all_openings - own if o in shown_answers]
        assert leaked == [], "another session's answer appears in this one"

    questions, feedback = _stored(server.db_path)
    by_session: dict[str, list[str]] = {}
    for session_id, question in questions:
        by_session.setdefault(session_id, []).append(question)
    assert sorted(sorted(qs) for qs in by_session.values()) == sorted(sorted(q for q, _ in t) for t in plan)
    expected_ratings = {(q, 1 if i % 2 == 0 else -1) for turns in plan for i, (q, _) in enumerate(turns)}
    assert sorted((q, s) for _, q, s in feedback) == sorted(expected_ratings)
    session_of = {q: sid for sid, q in questions}
    assert all(session_of[q] == sid for sid, q, _ in feedback), "a rating was stored under another session"

    asked = SESSIONS * QUESTIONS_PER_SESSION
    assert len(timings) == asked
    record("app_load", sessions=SESSIONS, questions=asked, answered=asked, feedback_clicks=asked,
           feedback_rows=len(feedback), question_rows=len(questions), rows_lost=asked - len(feedback),
           p50_s=round(percentile(timings, 50), 2), p95_s=round(percentile(timings, 95), 2),
           max_s=round(max(timings), 2), wall_s=round(wall, 1))
