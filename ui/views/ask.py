"""Ask: a chat with the guide.

The messages are saved in the store under an unguessable token that also sits in the
address (``?session=TOKEN``, as on the checklist page), so a page reload, or the same
link later, shows the conversation again; "New conversation" forgets the saved copy.
Another browser session has another token and never sees it.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass
from typing import Any

import streamlit as st

from advisor import Advisor, Answer, Conversation, StorageError
from advisor.answer import AnswerKind
from advisor.core import MAX_MESSAGE_CHARS
from advisor.knowledge.model import GuideInfo
from advisor.store.export import conversation_to_markdown
from advisor.text import escape_markdown
from ui import components as c
from ui import gate

PENDING = "pending_prompt"  # a question chosen by clicking a chip, asked on the next run
#: A question refused by the rate limit, shown (as typed) under the conversation so it can be asked again.
REFUSED = "refused_prompt"
#: What "Delete my questions" did, shown once on the next run: rows deleted, or None when it failed.
FORGOTTEN = "forgotten_rows"
#: The address parameter holding the conversation's token (the checklist page uses the same one).
TOKEN_PARAM = "session"
_TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{8,64}")
#: A message this long is a pasted document rather than a question: it is shown folded, with a
#: pointer to the checklist's pre-fill box, which reads a supplier's text against every step.
LONG_PASTE_CHARS = 1000
#: A reload restores (and the store keeps) this many of the latest messages.
MAX_SAVED_MESSAGES = 40
#: "What was wrong?" choices offered after a thumbs down; stored as "<choice>: <note>".
REASONS = ("Wrong answer", "Not what I asked", "Incomplete", "Other")
MAX_REASON_NOTE_CHARS = 200


@dataclass(frozen=True)
class Message:
    id: str
    question: str  # what was read: at most advisor.core.MAX_MESSAGE_CHARS characters
    answer: Answer
    received: int  # how many characters were sent; more than len(question) when a paste was cut

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "question": self.question, "received": self.received}


# ----- the conversation, saved under a token


def _token() -> str:
    """This conversation's token: this session's, else the address's, else a new one."""
    token = st.session_state.get("chat_token") or st.query_params.get(TOKEN_PARAM) or ""
    if not _TOKEN_SHAPE.fullmatch(token):
        token = uuid.uuid4().hex
    st.session_state["chat_token"] = token
    # Questions and ratings are stored under an id drawn from the token, not the token itself (it
    # opens the conversation): a message rated again after a reload replaces its rating.
    st.session_state["session_id"] = hashlib.sha256(f"session-id:{token}".encode()).hexdigest()[:32]
    if st.query_params.get(TOKEN_PARAM) != token:
        st.query_params[TOKEN_PARAM] = token
    return token


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


def _restore(advisor: Advisor, token: str) -> None:
    """On a session's first run, bring back the conversation saved under ``token``.

    The saved questions are asked again, in order, in a new conversation: that rebuilds the
    answers and the topic that follow-ups lean on (from the knowledge now in service).
    """
    if "messages" in st.session_state:
        return
    try:
        saved = c.get_store().load_conversation(token)
    except StorageError as exc:
        c.log.warning("conversation not restored: %s", exc)
        saved = None
    conversation = advisor.conversation()
    messages: list[Message] = []
    items = saved.get("messages") if saved is not None else None
    for item in items[-MAX_SAVED_MESSAGES:] if isinstance(items, list) else []:
        if not isinstance(item, dict) or not isinstance(item.get("question"), str) or not item["question"].strip():
            continue
        question = item["question"][:MAX_MESSAGE_CHARS]
        received = item.get("received")
        answer = conversation.ask(question)
        conversation.leave_checklist()  # a checklist request is never a saved turn; stay safe if knowledge changed
        messages.append(Message(str(item.get("id") or uuid.uuid4().hex[:12]), question, answer,
                                received if isinstance(received, int) and received >= len(question)
                                else len(question)))
    st.session_state["messages"] = messages
    st.session_state["conversation"] = conversation


def _save(token: str) -> None:
    state: dict[str, Any] = {"messages": [m.to_dict() for m in _messages()[-MAX_SAVED_MESSAGES:]]}
    try:
        c.get_store().save_conversation(token, state)
    except StorageError as exc:  # the chat goes on; only a reload would lose it
        c.log.warning("conversation not saved: %s", exc)


def _new_conversation(token: str) -> None:
    st.session_state["messages"] = []  # empty, not absent: a failed delete must not bring the old one back
    st.session_state.pop("conversation", None)
    try:
        c.get_store().delete_conversation(token)
    except StorageError as exc:
        c.log.warning("saved conversation not deleted: %s", exc)


def _forget(token: str) -> None:
    """"Delete my questions": this session's stored questions and ratings, and the conversation and
    checklist run saved under its tokens; the conversation on screen goes with them."""
    checklist_token = st.session_state.get("checklist_token")
    tokens = [t for t in (token, checklist_token) if isinstance(t, str) and t]
    try:
        deleted: int | None = c.get_store().forget_session(c.session_id(), tokens)
    except StorageError as exc:
        c.log.warning("stored rows not deleted: %s", exc)
        deleted = None
    else:
        st.session_state["messages"] = []
        st.session_state.pop("conversation", None)
        st.session_state.pop(f"checklist:{checklist_token}", None)  # the checklist page starts afresh too
    st.session_state[FORGOTTEN] = deleted


def _storage_notice(token: str) -> None:
    """One line: what is kept, for how long, who reads it, and the way to delete it."""
    store = c.get_store()
    days = store.retention_days
    kept = f"for {days} days" if days > 0 else "until staff delete them"
    redacted = " (with e-mail addresses and phone numbers removed)" if store.redact else ""
    with st.container(horizontal=True, vertical_alignment="center"):
        st.caption(f"Your questions and ratings are stored{redacted} {kept} so that staff can improve the "
                   "answers; only support staff can read them.")
        st.button("Delete my questions", key="forget_me", icon=":material/delete:", type="tertiary",
                  on_click=_forget, args=(token,))
    deleted = st.session_state.pop(FORGOTTEN, False)
    if deleted is None:
        st.error("Your questions could not be deleted right now. Please try again in a minute.",
                 icon=":material/error:")
    elif deleted is not False:
        st.success(f"Deleted what was stored about this conversation ({deleted} stored "
                   f"row{'s' if deleted != 1 else ''}).", icon=":material/delete:")


def _rate_limited(question: str) -> bool:
    """Whether this session has asked too many questions in the last minute (then ``question`` is kept
    on screen, to ask again, instead of being answered and stored)."""
    decision = gate.question_limiter().acquire(c.session_id())
    if decision.allowed:
        st.session_state.pop(REFUSED, None)
        return False
    st.session_state[REFUSED] = (question, decision.retry_after)
    return True


def _show_refused() -> None:
    refused = st.session_state.get(REFUSED)
    if refused is None:
        return
    question, wait = refused
    st.warning(f"You are asking faster than we can keep up with. Please wait about {max(1, round(wait))} "
               "seconds, then ask again. Your question, to copy:", icon=":material/hourglass_top:")
    c.show_user_text(question)


# ----- asking


def _ask(advisor: Advisor, question: str) -> Message:
    received = len(question)
    question = question[:MAX_MESSAGE_CHARS]  # what the advisor reads; the rest is named in a note
    conversation = _conversation(advisor)
    answer = conversation.ask(question)
    if conversation.checklist is not None:
        # The conversation read a request for the supplier checklist ("help me evaluate a supplier").
        # Here the walk-through has its own page (buttons, progress, a report that survives a reload),
        # so the chat hands over to it and stays as it was.
        conversation.leave_checklist()
        st.session_state["checklist_from_chat"] = True
        st.switch_page(c.CHECKLIST_PAGE)
    message = Message(uuid.uuid4().hex[:12], question, answer, received)
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


def _prefill_checklist(message_id: str) -> None:
    """Hand a pasted document to the checklist's pre-fill box (it reads the same number of characters)."""
    message = _find(message_id)
    if message is not None:
        st.session_state["checklist_supplier_text"] = message.question
        st.session_state["checklist_from_chat"] = True


# ----- feedback


def _find(message_id: str) -> Message | None:
    return next((m for m in _messages() if m.id == message_id), None)


def _rate(message_id: str) -> None:
    """Store a thumb as soon as it is clicked (the answer stays in session state, so on screen)."""
    message = _find(message_id)
    if message is None:
        return
    value = st.session_state.get(f"feedback-{message_id}")
    st.session_state.pop(f"reason-sent-{message_id}", None)
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


def _send_reason(message_id: str) -> None:
    """The optional "what was wrong?" after a thumbs down, stored with that rating."""
    message = _find(message_id)
    choice = st.session_state.get(f"reason-choice-{message_id}")
    note = (st.session_state.get(f"reason-note-{message_id}") or "").strip()
    if message is None or not (choice or note):
        return
    reason = f"{choice or 'Other'}: {note}" if note else str(choice)
    try:
        c.get_store().record_feedback(message.question, up=False, entry_ids=message.answer.entry_ids,
                                      session_id=c.session_id(), message_id=message_id, reason=reason)
    except StorageError as exc:
        c.log.warning("feedback reason not recorded: %s", exc)
        st.toast("Your note could not be saved right now. Thank you anyway.", icon=":material/warning:")
        return
    st.session_state[f"reason-sent-{message_id}"] = True


def _reason_form(message: Message) -> None:
    if st.session_state.get(f"reason-sent-{message.id}"):
        st.caption("Thanks: staff will see what was wrong.")
        return
    with st.form(f"reason-{message.id}", border=True):
        st.radio("What was wrong? (optional)", REASONS, index=None, horizontal=True,
                 key=f"reason-choice-{message.id}")
        st.text_input("In a few words (optional)", key=f"reason-note-{message.id}", max_chars=MAX_REASON_NOTE_CHARS,
                      placeholder="What did you expect to read?")
        st.form_submit_button("Send", on_click=_send_reason, args=(message.id,))


# ----- drawing


def _show_question(message: Message) -> None:
    if len(message.question) <= LONG_PASTE_CHARS:
        c.show_user_text(message.question)
        return
    c.show_user_text(message.question[:LONG_PASTE_CHARS].rstrip() + " …")
    with st.expander(f"The whole message ({message.received:,} characters)"):
        c.show_user_text(message.question)


def _long_paste_notes(advisor: Advisor, message: Message) -> None:
    """Say how much of a long paste was read, and where a supplier's document is read in full."""
    if message.received > len(message.question):
        st.warning(f"Your message was {message.received:,} characters long; only the first "
                   f"{len(message.question):,} were read.", icon=":material/content_cut:")
    if message.received > LONG_PASTE_CHARS and advisor.checklist_spec is not None:
        st.caption("Pasted a supplier's datasheet, e-mail or brochure? The supplier checklist reads such a text "
                   "against each of its questions: this button puts it in the checklist's *Paste the supplier's "
                   "text to pre-fill* box.")
        if st.button("Pre-fill the supplier checklist with this text", key=f"prefill-{message.id}",
                     icon=":material/content_paste:", on_click=_prefill_checklist, args=(message.id,)):
            st.switch_page(c.CHECKLIST_PAGE)


def _render(advisor: Advisor, message: Message, *, last: bool) -> None:
    with st.chat_message("user"):
        _show_question(message)
    with st.chat_message("assistant"):
        answer = message.answer
        _long_paste_notes(advisor, message)
        text, see_also = c.split_see_also(answer)
        c.render_answer_meta(answer, text)
        if see_also is not None:
            st.pills("See also", [see_also], key=f"see-also-{message.id}", on_change=_choose,
                     args=(f"see-also-{message.id}",))
        suggestions = [s for s in answer.suggestions if s != see_also]
        if suggestions:
            label = "Ask next" if answer.kind is AnswerKind.ANSWERED else "Try asking"
            st.pills(label, suggestions, key=f"chips-{message.id}", on_change=_choose,
                     args=(f"chips-{message.id}",))
        if c.wants_checklist(answer) and st.button(
            "Start the supplier checklist", key=f"checklist-{message.id}", icon=":material/checklist:",
            type="primary" if last else "secondary",
        ):
            st.switch_page(c.CHECKLIST_PAGE)
        if answer.found:
            copied = c.copy_text(answer)
            st.caption("Copy with citation, as plain text: the copy icon at the top right of this box.")
            c.copy_block(c.plain_text(copied), height=90)
        with st.container(horizontal=True, vertical_alignment="center"):
            st.feedback("thumbs", key=f"feedback-{message.id}", on_change=_rate, args=(message.id,))
            if answer.found:
                with st.popover("Copy as Markdown", icon=":material/content_copy:", type="tertiary"):
                    c.copy_block(copied, language="markdown")
        if st.session_state.get(f"feedback-{message.id}") == 0:
            _reason_form(message)


def _file_stem(name: str) -> str:
    """A file name from the advisor's name: "Solid-state battery advisor" -> "solid-state-battery-advisor"."""
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "advisor"


def _sidebar(advisor: Advisor, messages: list[Message], token: str) -> None:
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
            st.button("New conversation", icon=":material/restart_alt:", key="new_conversation",
                      on_click=_new_conversation, args=(token,))


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
    token = _token()
    _storage_notice(token)
    _restore(advisor, token)
    # No max_chars: the browser drops a longer paste without a word. A long message is read up to
    # MAX_MESSAGE_CHARS and the answer says how much was left unread.
    typed = st.chat_input("Ask the guide a question, or paste a message with questions in it…", key="chat_prompt")
    question = typed or st.session_state.pop(PENDING, None)
    asking = bool(question and question.strip()) and not _rate_limited(str(question))
    new_message = _ask(advisor, str(question)) if asking else None
    if new_message is not None:
        _save(token)

    messages = _messages()
    if not messages:
        st.markdown("Ask anything the guide covers, or start with one of these:")
        st.pills("Starter questions", advisor.starter_questions(), key="chips-starter", on_change=_choose,
                 args=("chips-starter",), label_visibility="collapsed")
    for i, message in enumerate(messages):
        _render(advisor, message, last=i == len(messages) - 1)
    _show_refused()  # under the conversation, which stays as it was
    _sidebar(advisor, messages, token)
    if new_message is not None:
        _record(new_message)


c.run_page(main)
