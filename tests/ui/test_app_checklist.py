"""The Supplier checklist page: steps, replies, back/skip, pre-fill, report, reload survival."""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest
from uihelpers import AppFactory

from advisor import Advisor
from advisor.checklist import rating_label
from advisor.checklist.prefill import MAX_PREFILL_CHARS
from advisor.checklist.report import MAX_NAME_CHARS
from advisor.checklist.walkthrough import MAX_ANSWER_CHARS
from advisor.store.database import Store
from advisor.text import escape_markdown

CHECKLIST = "views/checklist.py"
SUPPLIER_TEXT = ("Our cells use a sulfide electrolyte with a lithium metal anode, tested for 800 cycles "
                 "at 5 MPa stack pressure.")



def _option_buttons(at: AppTest) -> list[object]:
    return [b for b in at.button if (b.key or "").startswith("option-")]


def _step_heading(at: AppTest) -> str:
    return next(h.value for h in at.subheader if h.value.startswith(("Step ", "Report")))


def test_first_step_shows_question_options_and_progress(app: AppFactory, advisor: Advisor) -> None:
    at = app(CHECKLIST)
    step = advisor.checklist().current_step

    assert at.title[0].value == "Supplier checklist"
    assert _step_heading(at) == f"Step 1 of {len(advisor.checklist().steps)}: {step.title}"
    assert [b.label for b in _option_buttons(at)] == [o.label for o in step.options]
    assert at.progress[0].value == 0
    assert at.query_params["session"]


def test_an_option_click_records_it_and_replies_from_the_guide(app: AppFactory, advisor: Advisor) -> None:
    at = app(CHECKLIST)
    first = advisor.checklist().current_step.options[0]
    _option_buttons(at)[0].click().run()

    assert _step_heading(at).startswith("Step 2 of")
    reply = at.info[0].value
    assert "Recorded for" in reply and escape_markdown(first.label) in reply
    assert "1 answered" in at.progress[0].proto.text


def test_free_text_answer_is_understood(app: AppFactory) -> None:
    at = app(CHECKLIST)
    at.text_input(key="checklist_free_text").set_value("it is an all solid state cell")
    at.button(key="FormSubmitter:checklist_free-Answer").click().run()
    assert "Recorded for" in at.info[0].value


def test_unmatched_free_text_is_asked_again_and_shown_inert(app: AppFactory) -> None:
    at = app(CHECKLIST)
    at.text_input(key="checklist_free_text").set_value("![x](http://attacker.example/p.png) banana")
    at.button(key="FormSubmitter:checklist_free-Answer").click().run()

    warning = at.warning[0].value
    assert "couldn" in warning
    assert "![x](" not in warning and r"\!\[x\]" in warning
    assert _step_heading(at).startswith("Step 1 of")


def test_skip_and_back(app: AppFactory) -> None:
    at = app(CHECKLIST)
    at.button(key="checklist_skip").click().run()
    assert _step_heading(at).startswith("Step 2 of")
    assert "Skipped" in at.info[0].value
    at.button(key="checklist_back").click().run()
    assert _step_heading(at).startswith("Step 1 of")


def test_first_step_to_report_with_downloads(app: AppFactory, advisor: Advisor) -> None:
    at = app(CHECKLIST)
    for _ in range(len(advisor.checklist().steps)):
        _option_buttons(at)[0].click().run()
        assert not at.exception

    assert _step_heading(at) == "Report"
    assert at.progress[0].value == 100
    assert "Overall reading:" in at.markdown[1].value or any("Overall reading" in m.value for m in at.markdown)
    assert len(_goto_buttons(at)) == len(advisor.checklist().steps)  # every step listed, each one changeable
    assert [b.label for b in at.download_button] == ["Printable report (HTML)", "Report (Markdown)", "Report (JSON)"]
    assert any(m.value.startswith("# Supplier checklist report") for m in at.markdown)


def test_progress_survives_a_reload(app: AppFactory, store: Store) -> None:
    at = app(CHECKLIST)
    token = at.query_params["session"]
    _option_buttons(at)[0].click().run()
    _option_buttons(at)[0].click().run()
    saved = store.load_checklist_state(token)
    assert saved is not None and saved["position"] == 2

    reloaded = app(CHECKLIST, session=token)  # a new browser session with the same address

    assert _step_heading(reloaded).startswith("Step 3 of")
    assert "2 answered" in reloaded.progress[0].proto.text


def test_unusable_saved_state_starts_afresh_with_a_notice(app: AppFactory, store: Store) -> None:
    store.save_checklist_state("abcdefgh1234", {"format": "something else"})
    at = app(CHECKLIST, session="abcdefgh1234")
    assert "could not be restored" in at.warning[0].value
    assert _step_heading(at).startswith("Step 1 of")


def test_malformed_token_is_replaced(app: AppFactory) -> None:
    at = app(CHECKLIST, session="../../etc/passwd")
    assert at.query_params["session"] != "../../etc/passwd"
    assert not at.exception


def test_text_boxes_take_the_checklist_limits(app: AppFactory) -> None:
    at = app(CHECKLIST)
    assert at.text_input(key="checklist_free_text").proto.max_chars == MAX_ANSWER_CHARS
    assert at.text_area(key="checklist_supplier_text").proto.max_chars == MAX_PREFILL_CHARS


def test_supplier_text_prefills_steps(app: AppFactory, advisor: Advisor) -> None:
    expected = advisor.prefill_checklist(SUPPLIER_TEXT).progress.answered
    assert expected > 0
    at = app(CHECKLIST)
    at.text_area(key="checklist_supplier_text").set_value(SUPPLIER_TEXT)
    next(b for b in at.button if b.label == "Pre-fill the checklist").click().run()

    assert f"Pre-filled {expected} step" in at.success[0].value
    assert f"{expected} answered" in at.progress[0].proto.text


def test_start_over(app: AppFactory) -> None:
    at = app(CHECKLIST)
    _option_buttons(at)[0].click().run()
    at.button(key="checklist_restart").click().run()
    assert _step_heading(at).startswith("Step 1 of")
    assert at.progress[0].value == 0


def test_report_json_is_the_report(advisor: Advisor) -> None:
    # The page offers json.dumps(report.to_dict()); the report itself is the library's.
    checklist = advisor.checklist()
    checklist.skip()
    assert json.loads(json.dumps(checklist.report().to_dict()))["progress"]["skipped"] == 1


# --------------------------------------------------------------------------- every step, a click away


def _overview_line(at: AppTest, number: int, title: str) -> str:
    """What "All steps" shows for one step: its reading, then the words it was read from, if any."""
    heading = f"**{number}. {escape_markdown(title)}**:"
    lines = [m.value for m in at.markdown if heading in m.value]
    assert len(lines) == 1, lines
    return lines[0]


def _goto_buttons(at: AppTest) -> list[str]:
    return [b.key for b in at.button if (b.key or "").startswith("goto-")]


def test_every_step_is_listed_and_the_current_one_is_marked(app: AppFactory, advisor: Advisor) -> None:
    at = app(CHECKLIST)
    steps = advisor.checklist().steps
    assert any(h.value == "All steps" for h in at.subheader)
    assert _goto_buttons(at) == [f"goto-{s.id}" for s in steps]
    assert at.button(key=f"goto-{steps[0].id}").disabled
    assert at.button(key=f"goto-{steps[0].id}").label == "Current"
    assert at.button(key=f"goto-{steps[1].id}").label == "Go to"  # not "Answer": that is the form's button
    assert "Not answered yet" in _overview_line(at, 2, steps[1].title)


def test_prefilled_steps_show_their_reading_and_the_suppliers_words(app: AppFactory, advisor: Advisor) -> None:
    expected = advisor.prefill_checklist(SUPPLIER_TEXT).report()
    at = app(CHECKLIST)
    at.text_area(key="checklist_supplier_text").set_value(SUPPLIER_TEXT)
    next(b for b in at.button if b.label == "Pre-fill the checklist").click().run()

    filled = [item for item in expected.items if item.status == "answered"]
    assert filled
    captions = [c.value for c in at.caption]
    for item in filled:
        line = _overview_line(at, item.number, item.title)
        assert f"{escape_markdown(item.option_label or '')} · **{rating_label(item.rating)}**" in line
        assert f"From the supplier's text: “{escape_markdown(item.answer or '')}”" in captions
        assert at.button(key=f"goto-{item.step_id}").label == "Change"


def test_change_jumps_to_a_filled_step_and_keeps_its_answer_until_replaced(app: AppFactory, advisor: Advisor,
                                                                           store: Store) -> None:
    at = app(CHECKLIST)
    for _ in range(3):
        _option_buttons(at)[0].click().run()
    steps = advisor.checklist().steps
    at.button(key=f"goto-{steps[0].id}").click().run()

    assert _step_heading(at) == f"Step 1 of {len(steps)}: {steps[0].title}"
    assert f"Currently recorded: {escape_markdown(steps[0].options[0].label)}" in [c.value for c in at.caption]
    assert "3 answered" in at.progress[0].proto.text
    assert store.load_checklist_state(at.query_params["session"])["position"] == 0  # saved: a reload stays here
    _option_buttons(at)[1].click().run()  # replace it: on to the first step with nothing recorded
    assert _step_heading(at).startswith("Step 4 of")
    assert escape_markdown(steps[0].options[1].label) in _overview_line(at, 1, steps[0].title)


def test_change_from_the_report_reopens_that_step(app: AppFactory, advisor: Advisor) -> None:
    at = app(CHECKLIST)
    steps = advisor.checklist().steps
    for _ in steps:
        _option_buttons(at)[0].click().run()
    assert _step_heading(at) == "Report"
    at.button(key=f"goto-{steps[4].id}").click().run()
    assert _step_heading(at) == f"Step 5 of {len(steps)}: {steps[4].title}"
    _option_buttons(at)[1].click().run()
    assert _step_heading(at) == "Report"


# --------------------------------------------------------------------------- the report's supplier and product

NAMED_TEXT = "Manufacturer: Acme Energy GmbH\nModel: AX-7\n" + SUPPLIER_TEXT


def _finish(at: AppTest) -> AppTest:
    while _step_heading(at) != "Report":
        at.button(key="checklist_skip").click().run()
    return at


def _report_markdown(at: AppTest) -> str:
    return next(m.value for m in at.markdown if m.value.startswith("# Supplier checklist report"))


def test_prefill_names_the_supplier_and_product_for_the_report(app: AppFactory, store: Store) -> None:
    at = app(CHECKLIST)
    at.text_area(key="checklist_supplier_text").set_value(NAMED_TEXT)
    next(b for b in at.button if b.label == "Pre-fill the checklist").click().run()
    assert "The report names the supplier “Acme Energy GmbH” and the product “AX\\-7”." in at.success[0].value

    _finish(at)
    assert at.text_input(key="checklist_supplier").value == "Acme Energy GmbH"
    assert at.text_input(key="checklist_product").value == "AX-7"
    markdown = _report_markdown(at)
    assert "- **Supplier:** Acme Energy GmbH\n- **Product:** AX-7\n- **Date:** " in markdown
    assert store.load_checklist_state(at.query_params["session"])["subject"] == {"supplier": "Acme Energy GmbH",
                                                                                "product": "AX-7"}


def test_the_buyer_fills_in_what_the_text_did_not_name(app: AppFactory) -> None:
    at = _finish(app(CHECKLIST))
    assert "- **Supplier:** Not stated\n- **Product:** Not stated\n" in _report_markdown(at)
    assert at.text_input(key="checklist_supplier").proto.max_chars == MAX_NAME_CHARS
    at.text_input(key="checklist_supplier").set_value("Northwind Cells Ltd").run()
    at.text_input(key="checklist_product").set_value("Polar [300]").run()

    markdown = _report_markdown(at)
    assert "- **Supplier:** Northwind Cells Ltd\n- **Product:** Polar \\[300\\]\n" in markdown
    assert not at.exception


def test_names_survive_a_reload(app: AppFactory) -> None:
    at = _finish(app(CHECKLIST))
    at.text_input(key="checklist_supplier").set_value("Northwind Cells Ltd").run()
    reloaded = app(CHECKLIST, session=at.query_params["session"])
    assert reloaded.text_input(key="checklist_supplier").value == "Northwind Cells Ltd"


def test_start_over_clears_the_names(app: AppFactory) -> None:
    at = _finish(app(CHECKLIST))
    at.text_input(key="checklist_supplier").set_value("Northwind Cells Ltd").run()
    at.button(key="checklist_restart").click().run()
    _finish(at)
    assert at.text_input(key="checklist_supplier").value == ""
