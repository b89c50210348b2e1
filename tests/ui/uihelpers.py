"""Small helpers for driving the app in AppTest (imported by the tests, not a fixture module)."""

from __future__ import annotations

from collections.abc import Callable

from streamlit.testing.v1 import AppTest

ASK_PAGE = "views/ask.py"
STAFF_PAGE = "views/staff.py"
INSIGHTS_PAGE = "views/insights.py"
#: What the ``app`` fixture sets ADVISOR_STAFF_TOKEN to.
STAFF_TOKEN = "test-staff-token-0123456789"

#: ``app()`` runs the Ask page; ``app("views/library.py")`` another page; query params by keyword.
AppFactory = Callable[..., AppTest]


def ask(at: AppTest, question: str) -> AppTest:
    at.chat_input[0].set_value(question).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def assistant_text(at: AppTest, index: int = -1) -> str:
    """All Markdown shown in one assistant message (its answer, captions, notices)."""
    messages = [m for m in at.chat_message if m.name == "assistant"]
    message = messages[index]
    return "\n".join(el.value for el in message.markdown) + "\n" + "\n".join(el.value for el in message.caption)


def enter_token(at: AppTest, token: str) -> AppTest:
    """Type ``token`` into the staff sign-in form on the page shown, and send it."""
    at.text_input(key="staff_token").input(token)
    at.button(key="staff_token_submit").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def unlock_staff(at: AppTest) -> AppTest:
    """Open the Staff sign-in page and unlock the staff pages with the right token (the token path)."""
    at.switch_page(STAFF_PAGE).run()
    enter_token(at, STAFF_TOKEN)
    assert at.title[0].value == "Staff", "the staff token did not unlock the staff pages"
    return at
