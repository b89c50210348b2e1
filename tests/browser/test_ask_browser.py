"""The Ask page in Chromium, for what AppTest cannot see: a real paste, a page reload, the clipboard."""

from __future__ import annotations

import re
from typing import Any

import pytest
from apprunner import APP_IDLE

from advisor.core import MAX_MESSAGE_CHARS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

MESSAGE = "[data-testid='stChatMessage']"
BOX = "[data-testid='stChatInputTextArea']"
LINE = "Cell model AB-50AH, nominal capacity 50 Ah, cycle life 1000 cycles at 25 C, made in our own plant. "
QUESTION = "What does the solid electrolyte actually do?"


def _wait_for_answer(page: Any, before: int) -> Any:
    page.locator(MESSAGE).nth(before + 1).wait_for()
    page.locator(f"{MESSAGE} [data-testid='stFeedback']").nth(before // 2).wait_for()
    page.wait_for_selector(APP_IDLE)
    return page.locator(MESSAGE).nth(before + 1)


def _ask(page: Any, question: str) -> Any:
    before = page.locator(MESSAGE).count()
    box = page.locator(BOX)
    box.fill(question)
    box.press("Enter")
    return _wait_for_answer(page, before)


def _answer_text(message: Any) -> str:
    return str(message.locator("[data-testid='stMarkdown']").first.inner_text())


def _paste(page: Any, text: str) -> Any:
    """Paste ``text`` into the chat box as a person does (clipboard, Ctrl+V) and send it."""
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.evaluate("text => navigator.clipboard.writeText(text)", text)
    box = page.locator(BOX)
    box.click()
    box.press("Control+V")
    assert len(box.input_value()) == len(text), "the browser kept the whole paste"
    before = page.locator(MESSAGE).count()
    box.press("Enter")
    return _wait_for_answer(page, before)


def test_a_pasted_datasheet_is_answered_not_dropped(new_page: Any) -> None:
    page = new_page("/")
    paste = LINE * 30 + QUESTION
    assert len(paste) > 2000  # the old limit, beyond which the browser dropped a paste without a word
    answer = _paste(page, paste)

    text = answer.inner_text()
    assert "Source: " in text and "electrolyte" in text.lower()
    assert "Pre-fill the supplier checklist with this text" in text
    assert page.get_by_text(f"The whole message ({len(paste):,} characters)").is_visible()


def test_a_paste_beyond_what_is_read_is_answered_with_a_note(new_page: Any) -> None:
    page = new_page("/")
    paste = QUESTION + " " + LINE * 250
    assert len(paste) > MAX_MESSAGE_CHARS
    answer = _paste(page, paste)

    text = answer.inner_text()
    assert f"only the first {MAX_MESSAGE_CHARS:,} were read" in text
    assert "Source: " in text


def test_the_conversation_survives_a_reload_and_stays_in_its_session(new_page: Any) -> None:
    first = new_page("/")
    _ask(first, "Why do researchers like sulfide electrolytes?")
    first.wait_for_url(re.compile(r"session=[0-9a-f]{32}"))
    shown = _answer_text(first.locator(MESSAGE).nth(1))

    first.reload()
    _wait_for_answer(first, 0)
    assert first.locator(MESSAGE).count() == 2
    assert _answer_text(first.locator(MESSAGE).nth(1)) == shown
    answer = _ask(first, "and oxides?")  # the follow-up still knows what it follows
    assert "oxide" in answer.inner_text().lower()

    second = new_page("/")  # another browser session
    assert second.locator(MESSAGE).count() == 0
    assert "sulfide" not in second.locator("[data-testid='stAppViewContainer']").inner_text().lower()

    first.get_by_role("button", name="New conversation").click()
    first.wait_for_selector(APP_IDLE)
    first.wait_for_function(f"document.querySelectorAll(\"{MESSAGE}\").length === 0")
    first.reload()
    first.wait_for_selector(APP_IDLE)
    first.wait_for_timeout(500)
    assert first.locator(MESSAGE).count() == 0


def test_one_click_copies_plain_text_with_its_citation(new_page: Any) -> None:
    page = new_page("/")
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    answer = _ask(page, "compare sulfides, oxides and polymers")
    code = answer.locator("[data-testid='stCode']").first
    code.hover()
    code.get_by_role("button").first.click()
    copied = page.evaluate("navigator.clipboard.readText()")

    assert "Source: “" in copied
    assert "**" not in copied and "|" not in copied
    assert any(line.startswith("Sulfides — ") for line in copied.splitlines())


def test_see_also_asks_its_question(new_page: Any) -> None:
    page = new_page("/")
    answer = _ask(page, "tell me about oxide electrolytes")
    assert "See also:" not in answer.locator("[data-testid='stMarkdown']").first.inner_text()
    chip = answer.get_by_role("radio", name="Tell me about oxides")
    before = page.locator(MESSAGE).count()
    chip.click()
    _wait_for_answer(page, before)
    page.wait_for_timeout(500)
    assert page.locator(MESSAGE).count() == before + 2  # asked once, not again and again
    assert "Tell me about oxides" in page.locator(MESSAGE).nth(before).inner_text()
