"""A real ``streamlit run ui/app.py`` and Debian's Chromium, for tests/browser and tests/reliability.

Importable as ``apprunner`` from any test folder: tests/conftest.py lives in tests/ (no
``__init__.py``), so pytest's default ``prepend`` import mode puts tests/ on ``sys.path``.

Without /usr/bin/chromium the browser tests skip with the reason, except in CI (``CI``
set), where a missing browser is a failure: ``.ci/run`` installs the ``chromium`` package.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
# --disable-dev-shm-usage: a container's small /dev/shm makes pages crash under load.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]
APP_IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"
#: ADVISOR_STAFF_TOKEN of every app these tests start (the laptop case: no sign-in configured).
STAFF_TOKEN = "browser-test-staff-token-0123456789"
#: The staff sign-in panel's token box (the key of its widget, ui/gate.py).
STAFF_TOKEN_INPUT = ".st-key-staff_token input"
#: A chat message (question or answer) on the Ask page.
MESSAGE = "[data-testid='stChatMessage']"


def ask_in_browser(page: Any, question: str) -> Any:
    """Type a question into the Ask page's chat box and wait for its answer; returns the answer's message."""
    before = page.locator(MESSAGE).count()
    box = page.locator("[data-testid='stChatInputTextArea']")
    box.fill(question)
    box.press("Enter")
    page.locator(MESSAGE).nth(before + 1).wait_for()
    # Every answer ends with its thumbs: once they are there the answer is complete.
    page.locator(f"{MESSAGE} [data-testid='stFeedback']").nth(before // 2).wait_for()
    page.wait_for_selector(APP_IDLE)
    return page.locator(MESSAGE).nth(before + 1)


def unlock_staff(page: Any) -> Any:
    """On a page showing the staff sign-in panel, enter the staff token and wait for the staff page."""
    page.locator(STAFF_TOKEN_INPUT).fill(STAFF_TOKEN)
    page.get_by_role("button", name="Unlock staff pages").click()
    page.get_by_text("Staff sign-in", exact=True).first.wait_for(state="detached")
    page.wait_for_selector(APP_IDLE)
    return page


def open_staff_page(page: Any, url: str) -> Any:
    """Open a staff page (``url``) in ``page``'s new session: the sign-in panel, then the token."""
    page.goto(url)
    page.wait_for_selector(APP_IDLE)
    page.locator(STAFF_TOKEN_INPUT).wait_for()
    return unlock_staff(page)


def require_chromium() -> None:
    """Skip without Debian's Chromium, except in CI (``CI`` set), where that is a failure."""
    if CHROMIUM.exists():
        return
    reason = f"{CHROMIUM} is missing: install Debian's `chromium` package (apt-get install chromium) to run these"
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; in CI it must be installed (see .ci/run).", pytrace=False)
    pytest.skip(reason)


def chromium_launch_options() -> dict[str, Any]:
    """Keyword arguments for ``playwright.chromium.launch`` (sync or async API)."""
    return {"executable_path": str(CHROMIUM), "args": list(CHROMIUM_ARGS), "headless": True}


@contextmanager
def chromium_browser() -> Iterator[Any]:
    """A headless Chromium through Playwright's sync API, closed on exit."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**chromium_launch_options())
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def page_opener(browser: Any, base_url: str = "", *, timeout_ms: int = 30_000) -> Iterator[Any]:
    """``open_page(path)``: ``base_url + path`` in a fresh browser context (a separate Streamlit
    session), once the app is idle; every context is closed on exit."""
    contexts: list[Any] = []

    def open_page(path: str = "/") -> Any:
        context = browser.new_context(viewport={"width": 1200, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(timeout_ms)
        page.goto(base_url + path)
        page.wait_for_selector(APP_IDLE)
        return page

    try:
        yield open_page
    finally:
        for context in contexts:
            context.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class AppServer:
    """One ``streamlit run ui/app.py`` in a child process, with its own database (``ADVISOR_DB``).

    ``knowledge_dir`` sets ``ADVISOR_KNOWLEDGE_DIR``; ``user`` runs the app as that user.
    The staff token is :data:`STAFF_TOKEN`. ``secrets`` is the app's only secrets file (default:
    none, so a developer's own .streamlit/secrets.toml never changes what a test sees); ``port``
    is chosen by the caller when the secrets must name it (sign-in's ``redirect_uri``); ``env``
    adds environment variables. ``stop()`` always ends the process; ``with AppServer(...) as
    server:`` calls it on exit.
    """

    def __init__(self, workdir: Path, *, db_path: Path | None = None, knowledge_dir: Path | str | None = None,
                 user: str | None = None, secrets: Path | None = None, port: int | None = None,
                 env: dict[str, str] | None = None) -> None:
        self.workdir = workdir
        self.db_path = db_path or workdir / "data" / "advisor.sqlite3"
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = workdir / "streamlit.log"
        environ = {**os.environ, "ADVISOR_DB": str(self.db_path), "PYTHONUNBUFFERED": "1", "HOME": str(workdir),
                   "ADVISOR_STAFF_TOKEN": STAFF_TOKEN}
        for name in ("ADVISOR_KNOWLEDGE_DIR", "ADVISOR_STAFF_EMAILS", "ADVISOR_STAFF_DOMAIN",
                     "ADVISOR_QUESTIONS_PER_MINUTE"):
            environ.pop(name, None)
        if knowledge_dir is not None:
            environ["ADVISOR_KNOWLEDGE_DIR"] = str(knowledge_dir)
        if user is not None:  # the index cache must be writable by that user too
            environ["ADVISOR_CACHE_DIR"] = str(workdir / "cache")
        environ.update(env or {})
        with self.log_path.open("w") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "streamlit", "run", "ui/app.py", "--server.headless", "true",
                 "--server.port", str(self.port), "--server.address", "127.0.0.1",
                 "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false",
                 "--secrets.files", str(secrets or workdir / "no-secrets.toml")],
                cwd=REPO, env=environ, stdout=log, stderr=subprocess.STDOUT, user=user,
            )

    def __enter__(self) -> AppServer:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_healthy(self, timeout: float = 90) -> AppServer:
        """Poll ``/_stcore/health`` until it says ``ok``; fails the test if the app exits or times out."""
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                pytest.fail(f"streamlit exited with {self.proc.returncode}:\n{self.log()[-3000:]}")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as response:
                    if response.read().decode().strip() == "ok":
                        return self
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"streamlit did not become healthy:\n{self.log()[-3000:]}")
            time.sleep(0.3)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=15)
