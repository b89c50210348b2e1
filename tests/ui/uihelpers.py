"""Small helpers for driving the app in AppTest (imported by the tests, not a fixture module)."""

from __future__ import annotations

from collections.abc import Callable

from streamlit.testing.v1 import AppTest

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
