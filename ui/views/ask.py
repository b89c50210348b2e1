"""Ask: a chat with the guide. History lives in this browser session only."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

import streamlit as st

from advisor import Advisor, Answer, Conversation, StorageError
from advisor.answer import AnswerKind
from advisor.knowledge.model import GuideInfo
from advisor.store.database import MAX_STORED_QUESTION_CHARS
from advisor.store.export import conversation_to_markdown
from advisor.text import escape_markdown
from ui import components as c

PENDING = "pending_prompt"  # a question chosen by clicking a chip, asked on the next run
#: The chat box takes as much as the store keeps; the advisor reads the first
#: ``advisor.text.MAX_QUESTION_CHARS`` of it and says so in a notice.
MAX_QUESTION_INPUT = MAX_STORED_QUESTION_CHARS
#: The chat checklist's own command for leaving a walk-through (``advisor.checklist.chat.LEAVE_COMMANDS``).


@dataclass(frozen=True)
class Message:
    id: str
    question: str
    answer: Answer


def _messages() -> list[Message]:
    messages: list[Message] = st.session_state.setdefault("messages", [])
    return messages


def _conversation(advisor: Advisor) -> Conversation:
    if "conversation" not in st.session_state:
        st.session_state["conversation"] = advisor.conversation()
    conversation: Conversation = st.session_state["conversation"]
    # After staff reload the knowledge, the conversation carries on (history, topic) on the new version.
    conversation.use(advisor)
    return conversation


def _ask(advisor: Advisor, question: str) -> Message:
    question = question[:MAX_QUESTION_INPUT]
    conversation = _conversation(advisor)
    answer = conversation.ask(question)
    if conversation.checklist is not None:
        # The conversation read a request for the supplier checklist ("help me evaluate a supplier").
        # Here the walk-through has its own page (buttons, progress, a report that survives a reload),
        # so the chat hands over to it and stays as it was.
        conversation.leave_checklist()
        st.session_state["checklist_from_chat"] = True
        st.switch_page(c.CHECKLIST_PAGE)
    message = Message(uuid.uuid4().hex[:12], question, answer)
    _messages().append(message)
    return message


def _record(message: Message) -> None:
    """Called after the answer is on screen, so a slow or broken database never delays it."""
    answer = message.answer
    try:
        c.get_store().record_question(message.question, found=answer.found, confidence=answer.confidence,
                                      entry_ids=answer.entry_ids, session_id=c.session_id(),
                                      kind=answer.kind.value)
    except StorageError as exc:  # insights lose a row; the user still gets the answer
        c.log.warning("question not recorded: %s", exc)


def _choose(key: str) -> None:
    """A chip was clicked: ask it next, and un-select the chip so it does not fire again."""
    choice = st.session_state.get(key)
    if choice:
        st.session_state[PENDING] = choice
    st.session_state[key] = None


def _rate(message_id: str) -> None:
    """Store a thumb as soon as it is clicked (the answer stays in session state, so on screen)."""
    message = next((m for m in _messages() if m.id == message_id), None)
    if message is None:
        return
    value = st.session_state.get(f"feedback-{message_id}")
    store = c.get_store()
    try:
        if value is None:
            store.clear_feedback(session_id=c.session_id(), message_id=message_id)
        else:
            store.record_feedback(message.question, up=value == 1, entry_ids=message.answer.entry_ids,
                                  session_id=c.session_id(), message_id=message_id)
    except StorageError as exc:
        c.log.warning("feedback not recorded: %s", exc)
        st.toast("Your rating could not be saved right now. Thank you anyway.", icon=":material/warning:")
    else:
        if value is not None:
            st.toast("Thanks for the feedback.", icon=":material/thumb_up:" if value == 1 else ":material/thumb_down:")


def _render(message: Message, *, last: bool) -> None:
    with st.chat_message("user"):
        c.show_user_text(message.question)
    with st.chat_message("assistant"):
        answer = message.answer
        c.render_answer_meta(answer)
        if answer.suggestions:
            label = "Ask next" if answer.kind is AnswerKind.ANSWERED else "Try asking"
            st.pills(label, answer.suggestions, key=f"chips-{message.id}", on_change=_choose,
                     args=(f"chips-{message.id}",))
        if c.wants_checklist(answer) and st.button(
            "Start the supplier checklist", key=f"checklist-{message.id}", icon=":material/checklist:",
            type="primary" if last else "secondary",
        ):
            st.switch_page(c.CHECKLIST_PAGE)
        with st.container(horizontal=True, vertical_alignment="center"):
            st.feedback("thumbs", key=f"feedback-{message.id}", on_change=_rate, args=(message.id,))
            if answer.found:
                with st.popover("Copy with citation", icon=":material/content_copy:", type="tertiary"):
                    c.copy_block(c.copy_text(answer))


def _file_stem(name: str) -> str:
    """A file name from the advisor's name: "Solid-state battery advisor" -> "solid-state-battery-advisor"."""
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "advisor"


def _sidebar(advisor: Advisor, messages: list[Message]) -> None:
    guide = advisor.knowledge.guide
    with st.sidebar:
        if advisor.checklist_spec is not None:
            st.page_link(c.CHECKLIST_PAGE, label="Evaluate a supplier", icon=":material/checklist:")
        if messages:
            st.download_button(
                "Download conversation (Markdown)",
                conversation_to_markdown([(m.question, m.answer) for m in messages],
                                         title=f"{guide.name} — conversation"),
                file_name=f"{_file_stem(guide.name)}-conversation.md",
                mime="text/markdown",
                icon=":material/download:",
                on_click="ignore",
            )
            if st.button("New conversation", icon=":material/restart_alt:"):
                for key in ("messages", "conversation"):
                    st.session_state.pop(key, None)
                st.rerun()


def _header(guide: GuideInfo) -> None:
    st.title(guide.name)
    st.caption(f"Answers come only from the guide *{escape_markdown(guide.title)}* — with the section they "
               "come from.")


def main() -> None:
    header = st.container()  # drawn once the advisor, which names the guide, is loaded
    advisor = c.get_advisor()
    if advisor is None:
        header.title(c.FALLBACK_APP_NAME)
        return
    with header:
        _header(advisor.knowledge.guide)
    typed = st.chat_input("Ask the guide a question…", max_chars=MAX_QUESTION_INPUT, key="chat_prompt")
    question = typed or st.session_state.pop(PENDING, None)
    new_message = _ask(advisor, question) if question and question.strip() else None

    messages = _messages()
    if not messages:
        st.markdown("Ask anything the guide covers, or start with one of these:")
        st.pills("Starter questions", advisor.starter_questions(), key="chips-starter", on_change=_choose,
                 args=("chips-starter",), label_visibility="collapsed")
    for i, message in enumerate(messages):
        _render(message, last=i == len(messages) - 1)
    _sidebar(advisor, messages)
    if new_message is not None:
        _record(new_message)


c.run_page(main)
