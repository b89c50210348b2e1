"""The app and its database: schema steps at start-up, and PostgreSQL (``ADVISOR_DB=postgresql://...``).

At start-up the app brings an older database up to date before anyone asks, and a database
newer than the code is named on the staff pages while buyers are still answered. On
PostgreSQL the same flows as the SQLite tests work, through AppTest, against a database on
the throwaway server the tests start (tests/pgserver.py): questions and ratings stored, a
reload restoring the conversation, staff Insights, and an unreachable server (the chat
answers; Insights says the store cannot be reached).
"""

from __future__ import annotations

import socket
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from uihelpers import INSIGHTS_PAGE, AppFactory, ask

from advisor.errors import StorageError
from advisor.store import SCHEMA_VERSION
from advisor.store.database import Store
from advisor.store.postgres import close_pools

COVERED = "How does a solid-state battery work?"
UNCOVERED = "How do I bake sourdough bread at home?"


@pytest.fixture
def pg_app(app: AppFactory, postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppFactory]:
    """The ``app`` factory, with ADVISOR_DB pointing at a new PostgreSQL database."""
    monkeypatch.setenv("ADVISOR_DB", postgres_url)
    yield app
    close_pools()


def _token(at: AppTest) -> str:
    token = at.query_params["session"]
    return token[0] if isinstance(token, list) else str(token)


def test_questions_ratings_and_a_reload_on_postgres(pg_app: AppFactory, postgres_url: str) -> None:
    store = Store(postgres_url)
    at = ask(pg_app(), UNCOVERED)
    ask(at, COVERED)
    at.feedback[-1].set_value(0).run()

    assert store.count_questions() == 2 and store.count_feedback() == 1
    assert [u.question for u in store.unanswered()] == [UNCOVERED]

    again = pg_app(session=_token(at))  # a page reload: the conversation comes back from PostgreSQL
    assert [m.text[0].value for m in again.chat_message if m.name == "user"] == [UNCOVERED, COVERED]

    staff = pg_app(INSIGHTS_PAGE, staff=True)
    assert not staff.error
    assert [m.value for m in staff.metric][:2] == ["2", "1"]


def test_an_unreachable_server_leaves_the_chat_answering(app: AppFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setenv("ADVISOR_DB", f"postgresql://advisor:hunter2@127.0.0.1:{port}/advisor")
    try:
        at = ask(app(), COVERED)
        assert not at.exception and not at.error
        assert "lithium" in at.chat_message[-1].markdown[0].value.lower()

        staff = app(INSIGHTS_PAGE, staff=True)
        message = staff.error[0].value
        assert "cannot be reached" in message and "hunter2" not in message
    finally:
        close_pools()


def test_the_app_upgrades_an_older_database_when_it_starts(app: AppFactory, db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    old = sqlite3.connect(db_path)  # a version-1 file, as the first release wrote it
    old.executescript(
        "CREATE TABLE questions (id INTEGER PRIMARY KEY, question TEXT NOT NULL, normalised TEXT NOT NULL,"
        " found INTEGER NOT NULL, confidence REAL NOT NULL, entry_ids TEXT NOT NULL, asked_at TEXT NOT NULL,"
        " session_id TEXT NOT NULL);"
        "CREATE TABLE feedback (id INTEGER PRIMARY KEY, question TEXT NOT NULL, entry_ids TEXT NOT NULL,"
        " score INTEGER NOT NULL, rated_at TEXT NOT NULL, session_id TEXT NOT NULL, message_id TEXT);"
        "PRAGMA user_version = 1;")
    old.close()

    at = app()  # nobody has asked anything yet

    assert not at.exception
    assert Store(db_path).schema_status().current == SCHEMA_VERSION


def test_a_database_newer_than_the_app_is_named_to_staff_and_buyers_are_still_answered(
        app: AppFactory, db_path: Path) -> None:
    Store(db_path).upgrade()
    newer = sqlite3.connect(db_path)
    newer.execute("INSERT INTO schema_migrations VALUES (?, 'from a newer release', '2030-01-01')",
                  (SCHEMA_VERSION + 1,))
    newer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    newer.commit()
    newer.close()

    at = ask(app(), COVERED)
    assert not at.exception and "lithium" in at.chat_message[-1].markdown[0].value.lower()
    staff = app(INSIGHTS_PAGE, staff=True)
    assert "newer than this advisor" in staff.error[0].value
    with pytest.raises(StorageError, match="newer than this advisor"):  # nothing was written into it
        Store(db_path).count_questions()
