"""End to end in Chromium: chat, sources, checklist to report, inert payloads, separate sessions."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from apprunner import APP_IDLE, MESSAGE, ask_in_browser, unlock_staff

pytestmark = [pytest.mark.browser, pytest.mark.slow]



def test_question_gets_an_answer_with_its_source(new_page: Any, advisor: Any) -> None:
    page = new_page("/")
    assert page.get_by_role("heading", name=advisor.knowledge.guide.name).is_visible()
    answer = ask_in_browser(page, "How does a solid-state battery work?")

    text = answer.inner_text()
    assert "Source: " in text
    assert "electrolyte" in text.lower()
    assert page.locator("[data-testid='stFeedback']").count() == 1
    assert page.locator(MESSAGE).first.inner_text().strip().endswith("How does a solid-state battery work?")


def test_user_payloads_stay_inert(new_page: Any, canary: tuple[str, list[str]]) -> None:
    url, hits = canary
    page = new_page("/")
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    image = f"![pixel]({url}/markdown-image.png)"
    html = f'<img src="{url}/html-image.png" onerror="alert(1)"><b>bold</b><script>alert(2)</script>'
    ask_in_browser(page, image)
    ask_in_browser(page, html)
    page.wait_for_timeout(1000)  # give any (wrong) fetch time to happen

    user_messages = page.locator(MESSAGE).filter(has=page.locator("[data-testid='stChatMessageAvatarUser']"))
    shown = [m.inner_text().strip() for m in user_messages.all()] or [
        page.locator(MESSAGE).nth(i).inner_text().strip() for i in (0, 2)]
    assert any(image in s for s in shown), shown  # shown literally, as typed
    assert any(html in s for s in shown), shown
    assert hits == []
    assert not [r for r in requested if r.startswith(url)]
    assert page.locator(f"img[src^='{url}']").count() == 0
    assert page.locator("[data-testid='stChatMessage'] b").count() == 0
    assert dialogs == []


def test_two_sessions_do_not_share_history(new_page: Any) -> None:
    first = new_page("/")
    second = new_page("/")
    ask_in_browser(first, "What does the solid electrolyte do?")
    ask_in_browser(second, "Why is lithium metal the real prize?")

    first_text = first.locator("[data-testid='stAppViewContainer']").inner_text()
    assert "What does the solid electrolyte do?" in first_text
    assert "Why is lithium metal the real prize?" not in first_text

    first.reload()
    first.wait_for_selector(APP_IDLE)
    second.wait_for_timeout(300)
    second_text = second.locator("[data-testid='stAppViewContainer']").inner_text()
    assert "What does the solid electrolyte do?" not in second_text
    # A reload keeps this session's own chat (saved under the token in its address, see
    # test_ask_browser.py); it never shows someone else's chat.
    first.locator(MESSAGE).nth(1).wait_for()
    assert first.locator(MESSAGE).count() == 2
    assert "Why is lithium metal the real prize?" not in first.locator(MESSAGE).first.inner_text()
    third = new_page("/")
    assert third.locator(MESSAGE).count() == 0


def _progress(page: Any) -> str:
    return page.locator("[data-testid='stProgress']").inner_text()


def test_checklist_runs_to_a_report_and_survives_a_reload(new_page: Any, canary: tuple[str, list[str]]) -> None:
    url, hits = canary
    page = new_page("/checklist")
    assert page.get_by_role("heading", name="Supplier checklist").is_visible()
    page.wait_for_url(re.compile(r"session="))

    # One answer typed in the supplier's words (with a payload that must stay inert), the rest by buttons.
    page.get_by_label("Or in the supplier's words").fill(f"![x]({url}/checklist.png) banana")
    page.get_by_role("button", name="Answer", exact=True).click()
    page.wait_for_selector("[data-testid='stAlert']")
    page.wait_for_selector(APP_IDLE)
    page.locator("[class*='st-key-option-'] button").first.click()
    page.wait_for_function("document.querySelector(\"[data-testid='stProgress']\").innerText.startsWith('1 answered')")
    page.wait_for_selector(APP_IDLE)
    progress = _progress(page)

    page.reload()
    page.wait_for_selector(APP_IDLE)
    page.wait_for_selector("[data-testid='stProgress']")
    assert _progress(page) == progress, "progress survives a reload"

    for _ in range(40):
        if page.get_by_role("heading", name="Report").count():
            break
        before = _progress(page)
        page.locator("[class*='st-key-option-'] button").first.click()
        page.wait_for_function(
            "(before) => { const p = document.querySelector(\"[data-testid='stProgress']\");"
            " return !p || p.innerText !== before || document.querySelector('h3#report') !== null; }",
            arg=before,
        )
        page.wait_for_selector(APP_IDLE)
    assert page.get_by_role("heading", name="Report").first.is_visible()
    assert "Overall reading" in page.locator("[data-testid='stAppViewContainer']").inner_text()
    page.get_by_role("button", name="Report (Markdown)").wait_for()
    assert page.get_by_role("button", name="Report (JSON)").is_visible()
    assert hits == []


@pytest.mark.parametrize(
    ("path", "heading"),
    [("/", None), ("/ask", None), ("/checklist", "Supplier checklist"), ("/library", "Answer library"),
     ("/insights", "Insights")],
    ids=["root", "ask", "checklist", "library", "insights"],
)
def test_every_page_opens_at_its_own_path(new_page: Any, advisor: Any, path: str, heading: str | None) -> None:
    page = new_page(path)  # a bookmark: a new session opened straight at that address
    if path == "/insights":
        unlock_staff(page)  # a staff page: the sign-in panel first, at the same address
    page.get_by_role("heading", name=heading or advisor.knowledge.guide.name).first.wait_for()
    assert "Page not found" not in page.locator("body").inner_text()
    assert urlsplit(page.url).path == path


def test_the_ask_page_answers_at_its_own_path(new_page: Any) -> None:
    page = new_page("/ask")
    answer = ask_in_browser(page, "How does a solid-state battery work?")
    assert "Source: " in answer.inner_text()
    assert urlsplit(page.url).path == "/ask"


@pytest.mark.parametrize("path", ["/library?entry=short-answer", "/?entry=short-answer", "/ask?entry=short-answer"],
                         ids=["library", "root", "ask"])
def test_permalink_opens_the_entry(new_page: Any, path: str) -> None:
    page = new_page(path)
    page.get_by_role("heading", name="The short answer").first.wait_for()
    assert "Page not found" not in page.locator("body").inner_text()
    assert "entry=short-answer" in page.url


def test_downloads_carry_the_content(new_page: Any) -> None:
    page = new_page("/")
    ask_in_browser(page, "![x](http://attacker.example/p.png) how does a solid-state battery work?")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download conversation (Markdown)").click()
    markdown = Path(download.value.path()).read_text(encoding="utf-8")
    assert markdown.startswith("# Solid-state battery advisor")
    assert r"\!\[x\]\(http\:" in markdown and "![x](" not in markdown

    library = new_page("/library")
    library.get_by_text("Export for a help-desk tool").click()
    with library.expect_download() as download:
        library.get_by_role("button", name="CSV").click()
    csv_text = Path(download.value.path()).read_text(encoding="utf-8")
    assert csv_text.startswith("id,kind,title,section,text,citation")
    assert "short-answer" in csv_text


def test_library_search_narrows_as_you_type(new_page: Any) -> None:
    from advisor import Advisor

    advisor = Advisor()
    expected = f"{len(advisor.search_library('sulfide', limit=1000))} of {len(advisor.library())} entries"
    page = new_page("/library")
    assert page.get_by_text(f"{len(advisor.library())} of {len(advisor.library())} entries").is_visible()

    page.get_by_label("Search").press_sequentially("sulfide", delay=40)  # no Enter: live search

    page.get_by_text(expected, exact=True).wait_for()
