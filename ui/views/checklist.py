"""Supplier checklist: the guided walk-through, one step at a time, saved after every change.

Progress is kept in the store under a token that also sits in the address
(``?session=TOKEN``), so a page reload, or the same link later, picks up where the
buyer left off.
"""

from __future__ import annotations

import json
import re
import uuid

import streamlit as st

from advisor import Advisor, ChecklistError, StorageError
from advisor.checklist import Checklist, StepReply, rating_label
from advisor.checklist.prefill import MAX_PREFILL_CHARS
from advisor.checklist.report import MAX_NAME_CHARS, find_subject
from advisor.checklist.walkthrough import MAX_ANSWER_CHARS
from advisor.text import escape_markdown
from ui import components as c

TOKEN_PARAM = "session"
_TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{8,64}")
_RATING_ICONS = {"reassuring": ":material/check_circle:", "caution": ":material/warning:",
                 "red-flag": ":material/flag:", "unknown": ":material/help:"}


def _token() -> str:
    """This walk-through's token: from the address, else this session, else a new one."""
    token = st.query_params.get(TOKEN_PARAM) or st.session_state.get("checklist_token") or ""
    if not _TOKEN_SHAPE.fullmatch(token):
        token = uuid.uuid4().hex
    st.session_state["checklist_token"] = token
    if st.query_params.get(TOKEN_PARAM) != token:
        st.query_params[TOKEN_PARAM] = token
    return token


def _state_key(token: str) -> str:
    return f"checklist:{token}"


def _checklist(advisor: Advisor, token: str) -> Checklist:
    key = _state_key(token)
    if key not in st.session_state:
        checklist = None
        try:
            saved = c.get_store().load_checklist_state(token)
        except StorageError as exc:
            c.log.warning("checklist progress not loaded: %s", exc)
            saved = None
        if saved is not None:
            try:
                checklist = advisor.checklist_from_dict(saved)
            except ChecklistError as exc:
                c.log.warning("saved checklist %s not restored: %s", token, exc)
                st.warning(f"Your saved progress could not be restored, so the checklist starts afresh. "
                           f"{escape_markdown(str(exc))}")
        st.session_state[key] = checklist if checklist is not None else advisor.checklist()
    return _current(token)


def _current(token: str) -> Checklist:
    checklist: Checklist = st.session_state[_state_key(token)]
    return checklist


def _save(token: str) -> None:
    checklist = _current(token)
    try:
        c.get_store().save_checklist_state(token, checklist.to_dict())
    except StorageError as exc:
        c.log.warning("checklist progress not saved: %s", exc)
        st.toast("Your progress could not be saved right now; it is kept while this tab stays open.",
                 icon=":material/warning:")


# ----- callbacks: they change the checklist before the page is drawn again


def _answer(token: str, text: str) -> None:
    st.session_state["checklist_reply"] = _current(token).answer(text)
    _save(token)


def _answer_typed(token: str) -> None:
    text = st.session_state.get("checklist_free_text", "")
    if text and text.strip():
        _answer(token, text)


def _skip(token: str) -> None:
    st.session_state["checklist_reply"] = _current(token).skip()
    _save(token)


def _back(token: str) -> None:
    _current(token).back()
    st.session_state.pop("checklist_reply", None)
    _save(token)


def _go_to(token: str, step_id: str) -> None:
    _current(token).go_to(step_id)
    st.session_state.pop("checklist_reply", None)
    _save(token)


def _describe(token: str) -> None:
    _current(token).describe(supplier=st.session_state.get("checklist_supplier", ""),
                             product=st.session_state.get("checklist_product", ""))
    _save(token)


def _show_subject(checklist: Checklist) -> None:
    """Put the checklist's supplier and product into their boxes (after a pre-fill, a restart or a reload)."""
    st.session_state["checklist_supplier"] = checklist.subject.supplier
    st.session_state["checklist_product"] = checklist.subject.product


def _restart(advisor: Advisor, token: str) -> None:
    st.session_state[_state_key(token)] = advisor.checklist()
    _show_subject(_current(token))
    st.session_state.pop("checklist_reply", None)
    _save(token)


def _prefill(advisor: Advisor, token: str) -> None:
    text: str = st.session_state.get("checklist_supplier_text") or ""
    if not text.strip():
        st.session_state["checklist_reply"] = None
        return
    checklist = advisor.prefill_checklist(text)
    found = find_subject(text)
    checklist.describe(supplier=found.supplier, product=found.product)
    _show_subject(checklist)
    st.session_state[_state_key(token)] = checklist
    st.session_state.pop("checklist_reply", None)
    st.session_state["checklist_prefilled"] = checklist.progress.answered
    _save(token)


# ----- drawing


def _reply(reply: StepReply) -> None:
    message = escape_markdown(reply.message)  # it can quote what the buyer typed
    if not reply.accepted:
        st.warning(message, icon=":material/help:")
    elif reply.rating:
        st.info(f"**{rating_label(reply.rating)}** — {message}", icon=_RATING_ICONS.get(reply.rating))
    else:
        st.info(message)


def _step(checklist: Checklist, token: str) -> None:
    step = checklist.current_step
    if step is None:  # the caller draws the report once every step is done
        return
    number = checklist.steps.index(step) + 1
    st.subheader(f"Step {number} of {len(checklist.steps)}: {step.title}")
    st.markdown(f"**{escape_markdown(step.question)}**")
    with st.expander("Why this matters"):
        st.markdown(escape_markdown(step.why))
    recorded = checklist.recorded(step.id)
    if recorded is not None:
        st.caption(f"Currently recorded: {escape_markdown(recorded.label)}")
    with st.container(horizontal=True):
        for option in step.options:
            st.button(option.label, key=f"option-{step.id}-{option.id}", on_click=_answer, args=(token, option.label))
    with st.form("checklist_free", clear_on_submit=True, border=False):
        st.text_input("Or in the supplier's words", key="checklist_free_text", max_chars=MAX_ANSWER_CHARS,
                      placeholder="What the supplier said about this, in their words")
        st.form_submit_button("Answer", on_click=_answer_typed, args=(token,))
    with st.container(horizontal=True):
        st.button("Back", icon=":material/arrow_back:", key="checklist_back", on_click=_back, args=(token,),
                  disabled=number == 1)
        st.button("Skip", icon=":material/skip_next:", key="checklist_skip", on_click=_skip, args=(token,))


def _overview(checklist: Checklist, token: str) -> None:
    """Every step with its reading and the words it was read from, each one a click away."""
    st.subheader("All steps")
    current = checklist.current_step
    for item in checklist.report().items:
        is_current = current is not None and current.id == item.step_id
        with st.container(border=True, key=f"checklist-overview-{item.step_id}"):
            text, button = st.columns([6, 1], vertical_alignment="center")
            if item.status == "answered":
                reading = f"{escape_markdown(item.option_label or '')} · **{rating_label(item.rating)}**"
            else:
                reading = "Skipped" if item.status == "skipped" else "Not answered yet"
            text.markdown(f"{_RATING_ICONS.get(item.rating, '')} **{item.number}. {escape_markdown(item.title)}**: "
                          f"{reading}")
            if item.status == "answered" and item.answer:
                whose = "From the supplier's text" if item.source == "supplier-text" else "Your answer"
                text.caption(f"{whose}: “{escape_markdown(item.answer)}”")  # their words, shown inert
            button.button("Current" if is_current else ("Change" if item.status == "answered" else "Go to"),
                          key=f"goto-{item.step_id}", on_click=_go_to, args=(token, item.step_id),
                          disabled=is_current, width="stretch")


def _report(checklist: Checklist, token: str) -> None:
    report = checklist.report()
    st.subheader("Report")
    st.markdown(f"Overall reading: **{rating_label(report.overall)}**")
    with st.container(horizontal=True):
        st.text_input("Supplier", key="checklist_supplier", max_chars=MAX_NAME_CHARS, on_change=_describe,
                      args=(token,), placeholder="Company name, for the report")
        st.text_input("Product", key="checklist_product", max_chars=MAX_NAME_CHARS, on_change=_describe,
                      args=(token,), placeholder="Product or cell model, for the report")
    stem = "supplier-checklist-report"
    with st.container(horizontal=True):
        # The printable page is a download only: it is never rendered inside the app.
        st.download_button("Printable report (HTML)", report.to_html(), file_name=f"{stem}.html",
                           mime="text/html", icon=":material/print:", on_click="ignore", type="primary")
        st.download_button("Report (Markdown)", report.to_markdown(), file_name=f"{stem}.md",
                           mime="text/markdown", icon=":material/download:", on_click="ignore")
        st.download_button("Report (JSON)", json.dumps(report.to_dict(), ensure_ascii=False, indent=2),
                           file_name=f"{stem}.json", mime="application/json",
                           icon=":material/download:", on_click="ignore")
        st.button("Back", icon=":material/arrow_back:", key="checklist_back", on_click=_back, args=(token,))
    _overview(checklist, token)  # before the long preview: every step, each one a click away
    st.subheader("Preview")
    with st.container(border=True, key="checklist-report"):
        st.markdown(report.to_markdown())  # the report escapes every text it quotes


def main() -> None:
    st.title("Supplier checklist")
    st.caption("Walk through what a supplier claims, one question at a time. Every reply comes from the guide.")
    advisor = c.get_advisor()
    if advisor is None:
        return
    if advisor.checklist_spec is None:
        st.info("This guide has no supplier checklist.", icon=":material/info:")
        return
    token = _token()
    checklist = _checklist(advisor, token)
    if "checklist_supplier" not in st.session_state:  # a new session (or a reload): the saved names
        _show_subject(checklist)
    if st.session_state.pop("checklist_from_chat", False):
        st.info("Let's evaluate the supplier one question at a time. Your chat stays on the Ask page.",
                icon=":material/checklist:")

    with st.expander("Paste the supplier's text to pre-fill", icon=":material/content_paste:"):
        st.text_area("Supplier's text", key="checklist_supplier_text", max_chars=MAX_PREFILL_CHARS, height=150,
                     label_visibility="collapsed", placeholder="Paste a datasheet, an e-mail or a brochure here.")
        st.button("Pre-fill the checklist", on_click=_prefill, args=(advisor, token), icon=":material/auto_fix:")
    if "checklist_prefilled" in st.session_state:
        filled = st.session_state.pop("checklist_prefilled")
        named = [f"{what} “{escape_markdown(value)}”" for what, value in
                 (("supplier", checklist.subject.supplier), ("product", checklist.subject.product)) if value]
        st.success(f"Pre-filled {filled} step{'s' if filled != 1 else ''} from the supplier's text. "
                   "Check each one under “All steps” below."
                   + (f" The report names the {' and the '.join(named)}." if named else ""))

    progress = checklist.progress
    st.progress((progress.answered + progress.skipped) / max(progress.total, 1),
                text=f"{progress.answered} answered, {progress.skipped} skipped, {progress.remaining} open "
                     f"of {progress.total}")
    reply = st.session_state.get("checklist_reply")
    if reply is not None:
        _reply(reply)
    if checklist.done:
        _report(checklist, token)
    else:
        _step(checklist, token)
        _overview(checklist, token)
    st.button("Start over", icon=":material/restart_alt:", key="checklist_restart", on_click=_restart,
              args=(advisor, token), type="tertiary")


c.run_page(main)
