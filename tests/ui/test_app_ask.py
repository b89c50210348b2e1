"""The Ask page: chat, sources, follow-ups, fallback, chips, feedback, copy, download, safety."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from uihelpers import AppFactory, ask, assistant_text

from advisor import Advisor
from advisor.core import MAX_MESSAGE_CHARS
from advisor.store.database import Store
from ui.components import copy_text, plain_text

COVERED = "How does a solid-state battery work?"
UNCOVERED = "How do I bake sourdough bread at home?"



def _user_texts(at: AppTest) -> list[str]:
    return [m.text[0].value for m in at.chat_message if m.name == "user"]


def test_empty_chat_offers_starter_questions(app: AppFactory, advisor: Advisor) -> None:
    at = app()
    assert at.title[0].value == advisor.knowledge.guide.name
    assert list(at.pills[0].options) == list(advisor.starter_questions())
    assert len(at.chat_message) == 0


def test_round_trip_shows_the_answer_and_its_sources(app: AppFactory, advisor: Advisor) -> None:
    expected = advisor.ask(COVERED)
    at = ask(app(), COVERED)

    assert _user_texts(at) == [COVERED]
    shown = assistant_text(at)
    assert expected.text in shown
    assert "Source: " in shown
    assert any(s.section in shown or s.title in shown for s in expected.sources)


def test_follow_up_uses_the_previous_question(app: AppFactory) -> None:
    at = ask(app(), "Why do researchers like sulfide electrolytes?")
    ask(at, "and oxides?")

    assert len(at.chat_message) == 4
    assert "oxide" in assistant_text(at).lower()


def test_corrected_typo_says_what_it_searched_for(app: AppFactory, advisor: Advisor) -> None:
    corrected = advisor.ask("why sulfdes").corrected_query
    assert corrected, "the advisor should correct this typo"
    at = ask(app(), "why sulfdes")
    assert f"Showing results for: **{corrected}**" in assistant_text(at)


def test_uncovered_question_says_so_and_offers_topics(app: AppFactory, store: Store) -> None:
    at = ask(app(), UNCOVERED)

    shown = assistant_text(at)
    assert "does not cover" in shown
    assert "Not covered by the guide." in shown
    assert at.pills[0].label == "Try asking"
    assert "Showing results for" not in shown
    assert not at.code  # nothing to copy
    assert [u.question for u in store.unanswered()] == [UNCOVERED]


def test_clicking_a_suggestion_asks_it_once(app: AppFactory) -> None:
    at = ask(app(), UNCOVERED)
    chip = at.pills[0]
    suggestion = chip.options[0]
    chip.set_value(suggestion).run()

    assert _user_texts(at) == [UNCOVERED, suggestion]
    at.run()  # the chip was reset: a plain rerun asks nothing more
    assert len(at.chat_message) == 4
    assert all(p.value is None for p in at.pills)


def test_starter_question_chip_asks_it(app: AppFactory, advisor: Advisor) -> None:
    at = app()
    first = advisor.starter_questions()[0]
    at.pills[0].set_value(first).run()
    assert _user_texts(at) == [first]


def test_thumbs_down_is_stored_and_the_answer_stays(app: AppFactory, store: Store, advisor: Advisor) -> None:
    at = ask(app(), COVERED)
    before = assistant_text(at)

    at.feedback[0].set_value(0).run()

    assert assistant_text(at) == before
    [down] = store.rated_down()
    assert down.question == COVERED
    assert down.entry_ids == advisor.ask(COVERED).entry_ids
    assert not at.exception


def test_thumbs_down_asks_what_was_wrong_and_stores_it_as_text(app: AppFactory, store: Store) -> None:
    at = ask(app(), COVERED)
    assert not at.radio  # nothing asked before a thumbs down
    at.feedback[0].set_value(0).run()
    key = next(r.key for r in at.radio if r.key and r.key.startswith("reason-choice-"))
    assert list(at.radio(key=key).options) == ["Wrong answer", "Not what I asked", "Incomplete", "Other"]

    note = "no <b>cost</b> **figures** ![x](http://attacker.example/p.png)"
    at.radio(key=key).set_value("Incomplete")
    at.text_input(key=key.replace("choice", "note")).input(note)
    next(b for b in at.button if b.label == "Send").click().run()

    [down] = store.rated_down()
    assert down.reason == f"Incomplete: {note}"
    assert "staff will see what was wrong" in at.caption[-1].value or any(
        "staff will see" in c.value for c in at.caption)
    assert all("attacker" not in md.value for md in at.markdown)  # never shown back as Markdown
    assert not at.radio


def test_the_reason_is_optional(app: AppFactory, store: Store) -> None:
    at = ask(app(), COVERED)
    at.feedback[0].set_value(0).run()
    next(b for b in at.button if b.label == "Send").click().run()  # nothing chosen: nothing changes
    [down] = store.rated_down()
    assert down.reason == ""
    at.feedback[0].set_value(1).run()
    assert not at.radio


def test_changing_a_thumb_replaces_the_rating(app: AppFactory, store: Store) -> None:
    at = ask(app(), COVERED)
    at.feedback[0].set_value(0).run()
    at.feedback[0].set_value(1).run()
    assert store.count_feedback() == 1
    assert store.rated_down() == []
    at.feedback[0].set_value(None).run()
    assert store.count_feedback() == 0


def test_each_answer_can_be_copied_with_its_citation(app: AppFactory, advisor: Advisor) -> None:
    at = ask(app(), COVERED)
    answer = advisor.ask(COVERED)
    plain, markdown = at.code[0].value, at.code[1].value  # one click each: st.code's copy button
    assert plain == plain_text(copy_text(answer))
    assert answer.citation().removeprefix("Source: ") in plain
    assert "**" not in plain and "*Source" not in plain
    assert markdown == copy_text(answer)


def test_a_table_answer_copies_as_lines(app: AppFactory) -> None:
    at = ask(app(), "compare sulfides, oxides and polymers")
    assert "|" in at.code[1].value  # the Markdown option keeps the table
    plain = at.code[0].value
    assert "|" not in plain and "---" not in plain
    assert any(line.startswith("Sulfides — ") for line in plain.splitlines())


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("**Yes.** A *solid* electrolyte.", "Yes. A solid electrolyte."),
        ("Costs \\*estimated\\* at 5\\_000", "Costs *estimated* at 5_000"),
        ("See [the guide](https://example.org) and `code`", "See the guide (https://example.org) and code"),
        ("## Heading\n\n- **Column:** cell", "Heading\n\n- Column: cell"),
        ("| Family | Cost | Risk |\n|---|---|---|\n| Sulfides | **high** | a \\| b |\n| Oxides | low | |",
         "Sulfides — Cost: high; Risk: a | b\nOxides — Cost: low"),
        ("snake_case_word and 2 * 3 * 4", "snake_case_word and 2 * 3 * 4"),
    ],
)
def test_plain_text_removes_markdown(markdown: str, plain: str) -> None:
    assert plain_text(markdown) == plain


# -- see also ---------------------------------------------------------------------------

SEE_ALSO_QUESTION = "tell me about oxide electrolytes"


def test_see_also_is_a_question_to_click(app: AppFactory, advisor: Advisor) -> None:
    assert "*See also:*" in advisor.ask(SEE_ALSO_QUESTION).text
    at = ask(app(), SEE_ALSO_QUESTION)
    assert "See also" not in assistant_text(at)  # not dead text any more ...
    chip = next(p for p in at.pills if p.label == "See also")  # ... but a question in natural case
    [question] = chip.options
    assert question == "Tell me about oxides"
    assert question not in next(p for p in at.pills if p.label == "Ask next").options  # offered once

    chip.set_value(question).run()
    assert _user_texts(at) == [SEE_ALSO_QUESTION, question]
    at.run()  # the chip was reset: a plain rerun asks nothing more
    assert len(at.chat_message) == 4
    assert all(p.value is None for p in at.pills)


def test_conversation_can_be_downloaded(app: AppFactory) -> None:
    at = app()
    assert not at.sidebar.download_button
    ask(at, COVERED)
    assert at.sidebar.download_button[0].label == "Download conversation (Markdown)"


def test_new_conversation_clears_the_chat(app: AppFactory) -> None:
    at = ask(app(), COVERED)
    at.sidebar.button[0].click().run()
    assert len(at.chat_message) == 0


@pytest.mark.parametrize(
    "payload",
    ["![x](http://attacker.example/pixel.png)", "<img src=x onerror=alert(1)>", "**bold** [link](http://x.example)"],
)
def test_what_a_user_typed_is_plain_text(app: AppFactory, payload: str) -> None:
    at = ask(app(), payload)
    user = next(m for m in at.chat_message if m.name == "user")
    assert [t.value for t in user.text] == [payload]
    assert not user.markdown  # never rendered as Markdown
    assert all(payload not in md.value for md in at.markdown)


def test_long_question_is_cut_with_a_notice(app: AppFactory) -> None:
    at = ask(app(), "How does a solid-state battery work? " + "very " * 400)
    assert any("first" in info.value and "characters" in info.value for info in at.info)


def test_supplier_request_opens_the_checklist(app: AppFactory) -> None:
    at = ask(app(), "help me evaluate a supplier")
    assert at.title[0].value == "Supplier checklist"
    assert "one question at a time" in at.info[0].value


def test_the_chat_carries_on_after_a_supplier_request(app: AppFactory) -> None:
    at = ask(app(), "Why do researchers like sulfide electrolytes?")
    ask(at, "help me evaluate a supplier")
    assert at.title[0].value == "Supplier checklist"

    at.switch_page("views/ask.py").run()
    assert _user_texts(at) == ["Why do researchers like sulfide electrolytes?"]  # the request is not a chat turn
    ask(at, "and oxides?")  # a follow-up of the earlier question, not an answer to a checklist step

    shown = assistant_text(at)
    assert "oxide" in shown.lower()
    assert "Back to the checklist" not in shown and "Step 1 of" not in shown
    assert len(at.chat_message) == 4


def test_a_greeting_is_not_called_a_miss(app: AppFactory, advisor: Advisor, store: Store) -> None:
    at = ask(app(), "hello")
    shown = assistant_text(at)
    assert advisor.knowledge.guide.greeting in shown
    assert "Not covered by the guide." not in shown
    ask(at, "thanks!")
    assert store.count_questions() == 2
    assert store.unanswered() == []  # recorded with their kind, not as questions the guide missed


# -- long pastes ----------------------------------------------------------------------

DATASHEET_LINE = "Cell model AB-50AH, nominal capacity 50 Ah, cycle life 1000 cycles at 25 C, made in our plant. "


def test_the_chat_box_has_no_length_limit(app: AppFactory) -> None:
    # With max_chars the browser drops a longer paste without a word (tests/browser/test_ask_browser.py).
    assert app().chat_input[0].proto.max_chars == 0


def test_a_pasted_datasheet_gets_an_answer_and_a_pointer_to_the_prefill(app: AppFactory) -> None:
    paste = DATASHEET_LINE * 30 + "\nWhat does the solid electrolyte actually do?"
    assert len(paste) > 2000
    at = ask(app(), paste)

    user = next(m for m in at.chat_message if m.name == "user")
    assert len(user.text[0].value) < 1100  # folded ...
    assert user.expander[0].label == f"The whole message ({len(paste):,} characters)"
    assert user.expander[0].text[0].value == paste  # ... and all there
    shown = assistant_text(at)
    assert "Source: " in shown and "electrolyte" in shown.lower()
    assert "supplier checklist" in shown
    assert not at.warning  # everything was read

    at.button(key=next(b.key for b in at.button if b.key and b.key.startswith("prefill-"))).click().run()
    assert at.title[0].value == "Supplier checklist"
    assert at.text_area(key="checklist_supplier_text").value == paste


def test_a_paste_beyond_what_is_read_says_so(app: AppFactory, store: Store) -> None:
    paste = "What does the solid electrolyte actually do? " + DATASHEET_LINE * 300
    assert len(paste) > MAX_MESSAGE_CHARS
    at = ask(app(), paste)

    assert f"only the first {MAX_MESSAGE_CHARS:,} were read" in at.warning[0].value
    assert f"{len(paste):,} characters" in at.warning[0].value
    assert "Source: " in assistant_text(at)
    assert store.count_questions() == 1


# -- the conversation survives a reload ---------------------------------------------------


def _token(at: AppTest) -> str:
    token = at.query_params["session"]
    return token[0] if isinstance(token, list) else str(token)


def test_a_reload_shows_the_conversation_and_follow_ups_continue(app: AppFactory) -> None:
    at = ask(app(), "Why do researchers like sulfide electrolytes?")
    ask(at, COVERED)
    token = _token(at)
    assert len(token) >= 32  # unguessable: a random 128-bit id

    again = app(session=token)  # a page reload: a new session with the same address
    assert _user_texts(again) == ["Why do researchers like sulfide electrolytes?", COVERED]
    assert assistant_text(again) == assistant_text(at)
    ask(again, "Why do researchers like sulfide electrolytes?")
    ask(again, "and oxides?")
    assert "oxide" in assistant_text(again).lower()
    assert len(again.chat_message) == 8


def test_a_rating_given_again_after_a_reload_replaces_the_first(app: AppFactory, store: Store) -> None:
    at = ask(app(), COVERED)
    at.feedback[0].set_value(0).run()
    token = _token(at)

    again = app(session=token)
    again.feedback[0].set_value(1).run()
    assert store.count_feedback() == 1
    assert store.rated_down() == []
    [(session_id,)] = _stored_sessions(store)
    assert token not in session_id  # the token opens the conversation; it is not stored with ratings


def _stored_sessions(store: Store) -> list[tuple[str]]:
    import sqlite3

    conn = sqlite3.connect(store.path)
    try:
        return conn.execute("SELECT DISTINCT session_id FROM feedback").fetchall()
    finally:
        conn.close()


def test_another_session_never_sees_the_conversation(app: AppFactory) -> None:
    first = ask(app(), COVERED)
    other = app()
    assert len(other.chat_message) == 0
    assert _token(other) != _token(first)
    assert len(app(session="not-a-token-anyone-saved-0000").chat_message) == 0


def test_new_conversation_clears_the_chat_and_forgets_the_saved_copy(app: AppFactory, store: Store) -> None:
    at = ask(app(), COVERED)
    token = _token(at)
    assert store.load_conversation(token) is not None
    at.button(key="new_conversation").click().run()

    assert len(at.chat_message) == 0
    assert store.load_conversation(token) is None
    assert len(app(session=token).chat_message) == 0


def test_a_damaged_saved_conversation_starts_afresh(app: AppFactory, store: Store) -> None:
    store.save_conversation("damaged-token-0001", {"messages": [{"id": 3}, "nonsense", {"question": COVERED}]})
    at = app(session="damaged-token-0001")
    assert _user_texts(at) == [COVERED]


def test_answer_drawing_on_the_checklist_offers_it(app: AppFactory) -> None:
    at = ask(app(), "What questions should I ask a battery supplier?")
    button = next(b for b in at.button if b.label == "Start the supplier checklist")
    button.click().run()
    assert at.title[0].value == "Supplier checklist"


def test_chat_keeps_answering_when_the_database_is_broken(app: AppFactory, db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is not a database" * 100)
    at = ask(app(), COVERED)
    assert "Source: " in assistant_text(at)
    at.feedback[0].set_value(1).run()
    assert not at.exception
    assert len(at.chat_message) == 2


def test_broken_knowledge_shows_the_problems(app: AppFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "knowledge"
    (broken / "entries").mkdir(parents=True)
    (broken / "entries" / "bad.yaml").write_text("entries:\n  - id: [not, an, id]\n")
    monkeypatch.setenv("ADVISOR_KNOWLEDGE_DIR", str(broken))
    at = AppTest.from_file(str(Path(__file__).resolve().parents[2] / "ui" / "app.py"), default_timeout=90).run()
    assert not at.exception
    assert "knowledge files could not be loaded" in at.error[0].value
    assert at.dataframe, "the problems are listed"


def test_chat_keeps_answering_when_the_database_is_locked(app: AppFactory, store: Store, db_path: Path) -> None:
    import sqlite3

    store.health()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        at = ask(app(), COVERED)
        assert "Source: " in assistant_text(at)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert store.count_questions() == 0  # lost from insights, logged, but the user got the answer


def test_an_unexpected_error_is_a_short_apology_not_a_traceback(
    app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from advisor.conversation import Conversation

    def broken(self: object, question: str) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(Conversation, "ask", broken)
    at = ask(app(), COVERED)
    assert not at.exception
    assert "something went wrong" in at.error[0].value
    assert "boom" not in at.error[0].value
