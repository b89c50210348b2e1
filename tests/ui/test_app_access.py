"""Who sees what (issue 10): staff pages behind sign-in or the staff token, buyers' rows private,
the question rate limit, the storage notice and "Delete my questions".

AppTest opens pages by file (``switch_page``), not by address; tests/browser/test_access_browser.py
opens ``/insights`` and the other addresses in Chromium, and signs in against a real OpenID provider.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest
from uihelpers import (
    ASK_PAGE,
    INSIGHTS_PAGE,
    STAFF_PAGE,
    STAFF_TOKEN,
    AppFactory,
    ask,
    enter_token,
)

from advisor.access import RateLimiter, WrongAttempts
from advisor.store.database import Store
from advisor.text import markdown_to_text
from ui import gate

CHECKLIST_PAGE = "views/checklist.py"
LIBRARY_PAGE = "views/library.py"
#: Something only one buyer typed: no other session may ever be shown it.
SECRET_QUESTION = "Does the Zephyrine-77 pouch cell from Acme need a separator?"
SECRET_REASON = "Ornithopter complaint"

#: A complete [auth] table (the provider is never contacted in AppTest) and a staff list.
SIGN_IN_SECRETS = {
    "auth": {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x" * 32,
             "client_id": "advisor", "client_secret": "secret",
             "server_metadata_url": "http://127.0.0.1:9/.well-known/openid-configuration"},
    "advisor": {"staff_emails": ["boss@staff.example"], "staff_domains": ["team.example"]},
}


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def navigation(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dict[str, list[tuple[str, str]]]]]:
    """What each run put in the menu: {section: [(title, visibility), ...]}, one dict per run."""
    seen: list[dict[str, list[tuple[str, str]]]] = []
    real = st.navigation

    def spy(pages: Any, **kwargs: Any) -> Any:
        seen.append({section: [(p.title, p.visibility) for p in listed] for section, listed in pages.items()})
        return real(pages, **kwargs)

    monkeypatch.setattr(st, "navigation", spy)
    yield seen


def _visible(menu: dict[str, list[tuple[str, str]]]) -> list[str]:
    return [title for listed in menu.values() for title, visibility in listed if visibility == "visible"]


def _everything_shown(at: AppTest) -> str:
    """Every text the run sent to the browser, main area and sidebar, tables included."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        proto = getattr(node, "proto", None)
        if proto is not None:
            parts.append(str(proto))
        if getattr(node, "type", "") in ("arrow_data_frame", "dataframe"):
            parts.append(node.value.to_csv())
        for child in getattr(node, "children", {}).values():
            walk(child)

    for root in (at.main, at.sidebar):
        walk(root)
    return "\n".join(parts)


def _asked_by_someone_else(app: AppFactory) -> AppTest:
    other = app()
    ask(other, SECRET_QUESTION)
    other.feedback[-1].set_value(0).run()
    other.radio(key=f"reason-choice-{_last_message_id(other)}").set_value("Other")
    other.text_input(key=f"reason-note-{_last_message_id(other)}").input(SECRET_REASON)
    next(b for b in other.button if b.label == "Send").click().run()
    return other


def _last_message_id(at: AppTest) -> str:
    return str(at.session_state["messages"][-1].id)


# ----- who sees which pages


def test_an_anonymous_menu_has_no_staff_pages(app: AppFactory, navigation: list[Any]) -> None:
    app()
    menu = navigation[-1]
    assert "Insights" not in _visible(menu)
    assert ("Insights", "hidden") in menu["Support staff"]  # registered, so /insights shows the sign-in panel
    assert _visible(menu) == ["Ask", "Supplier checklist", "Answer library", "Staff sign-in"]


def test_staff_see_insights_in_the_menu(app: AppFactory, navigation: list[Any]) -> None:
    at = app(staff=True)
    assert "Insights" in _visible(navigation[-1])
    assert at.sidebar.button(key="staff_sidebar_sign_out").label == "Lock staff pages"


@pytest.mark.parametrize("page", [INSIGHTS_PAGE, STAFF_PAGE])
def test_a_staff_page_opened_anonymously_shows_only_the_sign_in(app: AppFactory, page: str) -> None:
    at = app(page)
    assert at.title[0].value == "Staff sign-in"
    assert not at.metric and not at.dataframe and not at.download_button
    assert at.text_input(key="staff_token").proto.type == at.text_input(key="staff_token").proto.PASSWORD
    assert not [b for b in at.button if b.key == "reload_knowledge"]


@pytest.mark.parametrize(
    ("page", "query"),
    [(ASK_PAGE, {}), (CHECKLIST_PAGE, {}), (LIBRARY_PAGE, {}), (INSIGHTS_PAGE, {}), (STAFF_PAGE, {}),
     (ASK_PAGE, {"entry": "x"}), (INSIGHTS_PAGE, {"view": "insights", "is_staff": "1", "token": STAFF_TOKEN[:5]}),
     (ASK_PAGE, {"session": "session-id"}), (CHECKLIST_PAGE, {"session": "session-id"})],
    ids=["ask", "checklist", "library", "insights", "staff", "ask-entry", "insights-params", "ask-session-id",
         "checklist-session-id"],
)
def test_no_page_shows_another_sessions_question(app: AppFactory, store: Store, page: str,
                                                 query: dict[str, str]) -> None:
    other = _asked_by_someone_else(app)
    assert store.count_questions() == 1 and store.rated_down()[0].reason.endswith(SECRET_REASON)
    if query.get("session") == "session-id":  # the id the rows are stored under is no key to them
        query = {"session": str(other.session_state["session_id"])}

    at = app(**query)
    at.switch_page(page).run()

    shown = _everything_shown(at)
    assert at.title, "the page drew nothing"
    assert "Zephyrine" not in shown and "Ornithopter" not in shown


def test_staff_do_see_it(app: AppFactory) -> None:
    # The check above would pass on a page that shows nothing at all: this is the same search, finding it.
    _asked_by_someone_else(app)
    at = app(INSIGHTS_PAGE, staff=True)
    assert "Zephyrine" in _everything_shown(at) and "Ornithopter" in _everything_shown(at)


# ----- the staff token


def test_the_right_token_unlocks_and_locking_closes_again(app: AppFactory) -> None:
    at = app(INSIGHTS_PAGE)
    enter_token(at, f"  {STAFF_TOKEN}\n")  # pasted with blanks around it
    assert at.title[0].value == "Insights"
    assert not at.error

    at.sidebar.button(key="staff_sidebar_sign_out").click().run()
    assert at.title[0].value == "Staff sign-in"
    assert not at.metric


def test_wrong_tokens_are_refused_then_slowed_down(app: AppFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = FakeClock()
    attempts = WrongAttempts(free_attempts=3, base_delay=2.0, clock=clock)
    monkeypatch.setattr(gate, "_wrong_attempts", lambda: attempts)
    at = app(INSIGHTS_PAGE)

    for _ in range(3):
        enter_token(at, "not-the-token")
        assert at.error[0].value == "**That is not the staff token.**"
        assert at.title[0].value == "Staff sign-in"
    enter_token(at, "still-not-the-token")
    assert "try again in 2 s" in at.error[0].value

    enter_token(at, STAFF_TOKEN)  # right, but too soon: not even compared
    assert at.title[0].value == "Staff sign-in"
    assert "Too many wrong tokens from here" in at.error[0].value and "try again in 2 s" in at.error[0].value

    clock.now += 2
    enter_token(at, STAFF_TOKEN)
    assert at.title[0].value == "Insights"


def test_an_empty_token_is_wrong(app: AppFactory) -> None:
    at = app(STAFF_PAGE)
    enter_token(at, "")
    assert at.title[0].value == "Staff sign-in"
    assert "not the staff token" in at.error[0].value


def test_a_too_short_staff_token_locks_everything(app: AppFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADVISOR_STAFF_TOKEN", "short")
    at = app(INSIGHTS_PAGE)
    assert "ADVISOR_STAFF_TOKEN is 5 characters long" in markdown_to_text(at.error[0].value)
    assert not at.text_input  # no form to try anything in


def test_without_a_configured_token_one_is_generated_and_logged(app: AppFactory, monkeypatch: pytest.MonkeyPatch,
                                                                caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.delenv("ADVISOR_STAFF_TOKEN")
    st.cache_resource.clear()  # forget any token an earlier test generated
    at = app(STAFF_PAGE)
    line = next(r.getMessage() for r in caplog.records if "Staff token for this app process" in r.getMessage())
    token = line.rsplit(" ", 1)[1]
    assert len(token) == 32
    enter_token(at, token)
    assert at.title[0].value == "Staff"
    st.cache_resource.clear()  # forget any token an earlier test generated


# ----- sign-in with an identity provider (st.user as AppTest sets it)


def _signed_in(app: AppFactory, page: str, user: dict[str, Any]) -> AppTest:
    at = app(secrets=SIGN_IN_SECRETS)
    at.user = user
    at.switch_page(page).run()
    assert not at.exception
    return at


@pytest.mark.parametrize("email", ["boss@staff.example", "Boss@Staff.Example", "anyone@team.example"])
def test_a_signed_in_staff_address_opens_insights(app: AppFactory, email: str, navigation: list[Any]) -> None:
    at = _signed_in(app, INSIGHTS_PAGE, {"is_logged_in": True, "email": email, "email_verified": True})
    assert at.title[0].value == "Insights"
    assert "Insights" in _visible(navigation[-1])
    assert at.sidebar.button(key="staff_sidebar_sign_out").label == "Sign out"


@pytest.mark.parametrize("user", [{"is_logged_in": True, "email": "buyer@elsewhere.example"},
                                  {"is_logged_in": True, "email": "boss@staff.example", "email_verified": False},
                                  {"is_logged_in": True}],
                         ids=["other-address", "unverified", "no-address"])
def test_another_signed_in_address_is_refused_clearly(app: AppFactory, user: dict[str, Any],
                                                      navigation: list[Any]) -> None:
    at = _signed_in(app, INSIGHTS_PAGE, user)
    assert at.title[0].value == "Staff sign-in"
    assert "not a staff account" in at.error[0].value
    assert not at.metric and not at.dataframe
    assert "Insights" not in _visible(navigation[-1])
    assert at.button(key="staff_sign_out_refused").label == "Sign out"


def test_signed_out_sees_a_sign_in_button_and_no_token_form(app: AppFactory) -> None:
    at = _signed_in(app, INSIGHTS_PAGE, {"is_logged_in": False})
    assert at.button(key="staff_sign_in").label == "Sign in"
    assert not at.text_input  # with sign-in configured the staff token is no way in
    # AppTest's default st.user has an e-mail but no is_logged_in: that is not a signed-in user either.
    at = _signed_in(app, INSIGHTS_PAGE, {"email": "boss@staff.example"})
    assert at.title[0].value == "Staff sign-in"


def test_signing_out_locks_the_pages_again(app: AppFactory) -> None:
    at = _signed_in(app, INSIGHTS_PAGE, {"is_logged_in": True, "email": "boss@staff.example"})
    at.sidebar.button(key="staff_sidebar_sign_out").click().run()
    assert at.user.get("is_logged_in") is False
    at.run()
    assert at.title[0].value == "Staff sign-in"
    assert not at.metric


def test_sign_in_without_staff_addresses_says_so(app: AppFactory) -> None:
    at = app(secrets={"auth": SIGN_IN_SECRETS["auth"]})
    at.user = {"is_logged_in": False}
    at.switch_page(STAFF_PAGE).run()
    assert "No staff addresses are configured" in at.warning[0].value


def test_a_bad_staff_address_setting_locks_everything(app: AppFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADVISOR_STAFF_EMAILS", "boss@")
    at = _signed_in(app, INSIGHTS_PAGE, {"is_logged_in": True, "email": "boss@staff.example"})
    assert at.title[0].value == "Staff sign-in"
    assert "ADVISOR_STAFF_EMAILS: 'boss@' is not an e-mail address" in markdown_to_text(at.error[0].value)


# ----- the rate limit


def test_too_many_questions_get_a_friendly_message_and_keep_the_conversation(
        app: AppFactory, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = FakeClock()
    limiter = RateLimiter(limit=2, per=60.0, clock=clock)
    monkeypatch.setattr(gate, "question_limiter", lambda: limiter)
    at = app()
    ask(at, "How does a solid-state battery work?")
    ask(at, "Are solid-state batteries safer?")

    ask(at, "what goes wrong with sulfides")

    assert "wait about 60 seconds" in at.warning[-1].value
    assert at.text[-1].value == "what goes wrong with sulfides"  # kept to copy, as plain text
    assert len(at.chat_message) == 4  # both earlier questions and answers are still there
    assert store.count_questions() == 2  # the refused one was neither answered nor stored

    clock.now += 60
    ask(at, "what goes wrong with sulfides")
    assert len(at.chat_message) == 6
    assert not [w for w in at.warning if "wait about" in w.value]


def test_the_rate_limit_reads_its_setting(app: AppFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADVISOR_QUESTIONS_PER_MINUTE", "1")
    gate.question_limiter.clear()
    try:
        at = app()
        ask(at, "How does a solid-state battery work?")
        ask(at, "Are solid-state batteries safer?")
        assert "wait about" in at.warning[-1].value
    finally:
        gate.question_limiter.clear()


def test_a_chip_counts_as_a_question(app: AppFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    limiter = RateLimiter(limit=1, per=60.0, clock=FakeClock())
    monkeypatch.setattr(gate, "question_limiter", lambda: limiter)
    at = app()
    ask(at, "How does a solid-state battery work?")
    chips = at.pills(key=f"chips-{_last_message_id(at)}")
    chips.set_value(chips.options[0]).run()
    assert "wait about" in at.warning[-1].value


# ----- what is stored, and deleting it


def test_the_ask_page_says_what_is_stored_and_for_how_long(app: AppFactory) -> None:
    at = app()
    notice = at.caption[1].value
    assert notice == ("Your questions and ratings are stored (with e-mail addresses and phone numbers removed) "
                      "for 90 days so that staff can improve the answers; only support staff can read them.")
    assert at.button(key="forget_me").label == "Delete my questions"


@pytest.mark.parametrize(("env", "expected"), [({"ADVISOR_RETENTION_DAYS": "30"}, "stored (with e-mail"),
                                               ({"ADVISOR_RETENTION_DAYS": "0"}, "until staff delete them"),
                                               ({"ADVISOR_REDACT": "off"}, "are stored for 90 days")])
def test_the_notice_follows_the_store_settings(app: AppFactory, monkeypatch: pytest.MonkeyPatch,
                                               env: dict[str, str], expected: str) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    notice = app().caption[1].value
    assert expected in notice
    if env.get("ADVISOR_RETENTION_DAYS") == "30":
        assert "for 30 days" in notice


def test_delete_my_questions_removes_this_sessions_rows_only(app: AppFactory, store: Store) -> None:
    other = app()
    ask(other, "What is the share price?")
    at = app()
    ask(at, "How does a solid-state battery work?")
    at.feedback[-1].set_value(0).run()
    ask(at, "I am ann@example.com, what about dendrites?")
    at.switch_page(CHECKLIST_PAGE).run()
    checklist_token = str(at.session_state["checklist_token"])
    store.save_checklist_state(checklist_token, {"answers": {}})
    at.switch_page(ASK_PAGE).run()
    token = str(at.session_state["chat_token"])
    assert store.load_conversation(token) is not None
    assert store.count_questions() == 3 and store.count_feedback() == 1

    at.button(key="forget_me").click().run()

    assert not at.exception
    assert "Deleted what was stored about this conversation (5 stored rows)" in at.success[0].value
    assert not at.chat_message  # the conversation on screen went with it
    assert store.count_questions() == 1 and store.count_feedback() == 0  # the other buyer's question stays
    assert store.unanswered()[0].question == "What is the share price?"
    assert store.load_conversation(token) is None
    assert store.load_checklist_state(checklist_token) is None

    reloaded = app(session=token)  # the same link later: nothing comes back
    assert not reloaded.chat_message


def test_delete_my_questions_says_when_it_failed(app: AppFactory, store: Store, db_path: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    at = app()
    ask(at, "How does a solid-state battery work?")

    def broken(self: Store, session_id: str, tokens: Any = ()) -> int:
        from advisor.errors import StorageError
        raise StorageError("the database is locked (test)")

    monkeypatch.setattr(Store, "forget_session", broken)
    at.button(key="forget_me").click().run()
    assert "could not be deleted right now" in at.error[0].value
    assert len(at.chat_message) == 2  # nothing was deleted, so nothing disappears from the screen
