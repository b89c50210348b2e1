"""The checklist in Chromium: what AppTest cannot see (layout, clicks on a laid-out page, the
downloaded printable report opened, laid out for print and printed to PDF)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from apprunner import APP_IDLE

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SUPPLIER_TEXT = ("Manufacturer: Acme Energy GmbH\nModel: AX-7\n"
                 "Our semi-solid pouch cell uses a sulfide electrolyte with a lithium metal anode, "
                 "tested for 800 cycles at 5 MPa stack pressure.")


def _idle(page: Any) -> None:
    page.wait_for_timeout(150)  # let a click's rerun start before waiting for it to end
    page.wait_for_selector(APP_IDLE)


def _prefill(page: Any, text: str) -> None:
    page.get_by_text("Paste the supplier's text to pre-fill").click()
    page.get_by_label("Supplier's text").fill(text)
    page.get_by_role("button", name="Pre-fill the checklist").click()
    page.locator("[data-testid='stAlertContentSuccess']").wait_for(timeout=90_000)  # a cold server is slower
    _idle(page)


def _step_box(page: Any, step_id: str) -> Any:
    return page.locator(f".st-key-checklist-overview-{step_id}")


def _heading(page: Any) -> str:
    return str(page.locator("h3").filter(has_text="Step ").first.inner_text())


def test_every_prefilled_step_is_on_screen_and_one_click_away(new_page: Any, advisor: Any) -> None:
    page = new_page("/checklist")
    _prefill(page, SUPPLIER_TEXT)
    report = advisor.prefill_checklist(SUPPLIER_TEXT).report()

    for item in report.items:
        box = _step_box(page, item.step_id)
        box.scroll_into_view_if_needed()
        assert box.is_visible()
        text = box.inner_text()
        assert f"{item.number}. {item.title}" in text
        if item.status == "answered":
            assert item.option_label in text
            assert f"From the supplier's text: “{item.answer}”" in " ".join(text.split())
            button = box.get_by_role("button", name="Change")
            assert button.is_visible() and button.is_enabled()

    first = report.items[0]
    _step_box(page, first.step_id).get_by_role("button", name="Change").click()
    _idle(page)
    assert _heading(page).startswith(f"Step 1 of {len(report.items)}: {first.title}")
    assert f"Currently recorded: {first.option_label}" in page.locator("[data-testid='stMain']").inner_text()
    assert _step_box(page, first.step_id).get_by_role("button", name="Current").is_disabled()


def _finish(page: Any) -> None:
    for _ in range(20):
        if page.get_by_role("heading", name="Report", exact=True).count():
            return
        page.get_by_role("button", name="Skip").click()
        _idle(page)
    raise AssertionError("the checklist never reached its report")


def test_printable_report_downloads_and_prints_cleanly(new_page: Any, browser: Any,
                                                      canary: tuple[str, list[str]], tmp_path: Path) -> None:
    url, hits = canary
    payload = f'<img src="{url}/html.png" onerror="alert(1)"> ![x]({url}/md.png)'
    page = new_page("/checklist")
    _prefill(page, SUPPLIER_TEXT + "\n" + payload)
    _finish(page)
    assert page.get_by_role("textbox", name="Supplier", exact=True).input_value() == "Acme Energy GmbH"
    product = page.get_by_role("textbox", name="Product", exact=True)
    product.fill(f"AX-7 {payload}")
    product.press("Enter")
    _idle(page)

    with page.expect_download() as download:
        page.get_by_role("button", name="Printable report (HTML)").click()
    assert download.value.suggested_filename == "supplier-checklist-report.html"
    saved = tmp_path / "report.html"
    download.value.save_as(saved)

    context = browser.new_context()
    try:
        printable = context.new_page()
        requested: list[str] = []
        printable.on("request", lambda request: requested.append(request.url))
        dialogs: list[str] = []
        printable.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        printable.goto(saved.as_uri())
        printable.emulate_media(media="print")
        printable.wait_for_timeout(500)  # give any (wrong) fetch or script time to happen

        text = printable.locator("body").inner_text()
        assert "Acme Energy GmbH" in text
        assert f"AX-7 {payload}" in " ".join(text.split())  # the typed markup, shown as text
        assert printable.locator("img, script, iframe").count() == 0
        assert [r for r in requested if not r.startswith("file:")] == [] and hits == [] and dialogs == []
        assert printable.get_by_role("heading", name="Supplier checklist report").is_visible()
        # Laid out for paper: a step is never split across pages, and the headings stay with their text.
        assert printable.locator("section.step").first.evaluate("e => getComputedStyle(e).breakInside") == "avoid"
        assert printable.locator("h3").first.evaluate("e => getComputedStyle(e).breakAfter") == "avoid"
        # The page is no wider than the paper: nothing is cut off at the right edge.
        width = printable.evaluate("document.documentElement.scrollWidth")
        assert width <= printable.evaluate("window.innerWidth")

        pdf = printable.pdf(format="A4", print_background=True)
        assert pdf.startswith(b"%PDF")
        pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
        assert 1 <= pages <= 8, pages
    finally:
        context.close()


TRICKY = ("semi-solid AX-7 (heated cell) _a_ *b* ~~c~~ $x$ `d` [e](f) <i>g</i> R&D_lab ~25 °C, $120 & 1|2 "
          "&amp; \\* end\\")


def test_report_shows_a_quote_exactly_as_typed_and_makes_no_markup_of_it(new_page: Any) -> None:
    # Streamlit's own Markdown (GFM, maths, directives) is the renderer a buyer sees: the report
    # escapes only what it must, so each character comes out as typed and none of it becomes markup.
    page = new_page("/checklist")
    page.get_by_label("Or in the supplier's words").fill(TRICKY)
    page.get_by_role("button", name="Answer", exact=True).click()
    _idle(page)
    _finish(page)
    report = page.locator(".st-key-checklist-report")
    report.wait_for()
    answer = report.locator("li").filter(has_text="Answer (as given by the buyer)").first
    assert answer.inner_text() == f"Answer (as given by the buyer): “{TRICKY}”"
    for markup in ("em", "del", "code", "a", "i", "img", ".katex", "table"):
        assert answer.locator(markup).count() == 0, markup
    assert answer.locator("strong").count() == 1  # the report's own label
