"""AppTest fixtures: a throw-away database per test and a fresh resource cache per module."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest
from uihelpers import ASK_PAGE, STAFF_TOKEN, AppFactory, unlock_staff

from advisor.store.database import Store

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "ui" / "app.py"


@pytest.fixture(scope="module", autouse=True)
def _fresh_resource_cache() -> Iterator[None]:
    # st.cache_resource is shared by every AppTest in the process: start each module clean.
    st.cache_resource.clear()
    yield
    st.cache_resource.clear()


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data" / "advisor.sqlite3"
    monkeypatch.setenv("ADVISOR_DB", str(path))
    monkeypatch.delenv("ADVISOR_KNOWLEDGE_DIR", raising=False)
    monkeypatch.chdir(REPO)
    return path


@pytest.fixture
def store(db_path: Path) -> Store:
    return Store(db_path)


@pytest.fixture
def knowledge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db_path: Path) -> Path:
    """A copy of the bundled knowledge that the app serves (``ADVISOR_KNOWLEDGE_DIR``), for the test to edit."""
    folder = tmp_path / "knowledge"
    shutil.copytree(REPO / "knowledge", folder)
    monkeypatch.setenv("ADVISOR_KNOWLEDGE_DIR", str(folder))
    st.cache_resource.clear()  # a LiveAdvisor per test, on this test's copy
    return folder


@pytest.fixture
def app(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppFactory:
    """``app()`` runs the Ask page; ``app("views/library.py")`` another page; query params by keyword.

    ``staff=True`` first unlocks the staff pages with the staff token, as a person would (then opens
    ``page``, or goes back to the Ask page). ``secrets`` is what the app reads as secrets.toml: by
    default no ``[auth]`` table, whatever a developer's own .streamlit/secrets.toml holds.
    """
    monkeypatch.setenv("ADVISOR_STAFF_TOKEN", STAFF_TOKEN)
    for name in ("ADVISOR_STAFF_EMAILS", "ADVISOR_STAFF_DOMAIN", "ADVISOR_QUESTIONS_PER_MINUTE",
                 "ADVISOR_RETENTION_DAYS", "ADVISOR_REDACT"):
        monkeypatch.delenv(name, raising=False)

    def start(page: str | None = None, *, staff: bool = False, secrets: dict[str, Any] | None = None,
              **query_params: str) -> AppTest:
        at = AppTest.from_file(str(APP), default_timeout=90)
        # A non-empty dict replaces st.secrets for the run, so no secrets file on this machine is read.
        at.secrets.update(secrets if secrets is not None else {"advisor": {}})
        at.query_params.update(query_params)
        at.run()
        if staff:
            unlock_staff(at)
            if page is None:
                at.switch_page(ASK_PAGE).run()
        if page is not None:
            at.switch_page(page).run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    return start
