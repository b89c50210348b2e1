"""The database breaks under a running app: the chat keeps answering, staff are told, the app recovers.

One ``streamlit run`` with its own database. For each fault, while the app runs: a
question in the chat is answered, the Insights page shows a clear message naming the
file, and once the file is fixed the next question is answered *and* recorded, with
every row recorded before the fault still there.

How each fault is made (the tests run as root, for whom ``chmod`` does not stop writes):

- deleted: the file (and any ``-wal``/``-shm``) is unlinked; the store makes a new one.
- read-only: ``chattr +i`` on the file and its folder (immutable: even root cannot write).
- locked: another process holds ``BEGIN EXCLUSIVE`` on the file.
- corrupt: the file is overwritten with text; fixed by putting the good copy back.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from apprunner import APP_IDLE, AppServer, chromium_browser, require_chromium, unlock_staff
from reliabilityhelpers import CHAT_BOX, FEEDBACK, record

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.timeout(300)]

ALERT = "[data-testid='stAlert']"
INSIGHTS_ERROR = "The insights database cannot be used."


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServer]:
    require_chromium()
    with AppServer(tmp_path_factory.mktemp("faults")) as server:
        yield server.wait_healthy()


@pytest.fixture(scope="module")
def browser(app: AppServer) -> Iterator[Any]:
    with chromium_browser() as chromium:
        yield chromium


def _open(browser: Any, url: str) -> Any:
    page = browser.new_context(viewport={"width": 1200, "height": 900}).new_page()
    page.set_default_timeout(45_000)
    page.goto(url)
    page.wait_for_selector(APP_IDLE)
    return page


def _ask(browser: Any, app: AppServer, question: str) -> str:
    """Ask in a fresh session; returns the answer as shown once the run (including recording) is over."""
    page = _open(browser, app.url)
    try:
        box = page.locator(CHAT_BOX)
        box.fill(question)
        box.press("Enter")
        page.locator(FEEDBACK).first.wait_for()
        page.wait_for_selector(APP_IDLE)
        return str(page.locator("[data-testid='stChatMessage']").nth(1).inner_text())
    finally:
        page.context.close()


def _insights(browser: Any, app: AppServer) -> tuple[list[str], str]:
    page = _open(browser, app.url + "/insights")
    try:
        unlock_staff(page)  # staff only: the token path, as on a laptop
        page.get_by_role("heading", name="Insights").first.wait_for()
        page.wait_for_selector(APP_IDLE)
        alerts = [str(t) for t in page.locator(ALERT).all_inner_texts() if t.strip()]
        return alerts, str(page.locator("[data-testid='stAppViewContainer']").inner_text())
    finally:
        page.context.close()


def _recorded(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT question FROM questions")}
    finally:
        conn.close()


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


# -- the faults: each returns the function that fixes it -----------------------------------------


def _delete(path: Path) -> Callable[[], None]:
    for file in (path, *_sidecars(path)):
        file.unlink(missing_ok=True)
    return lambda: None  # nothing to fix: the store starts a new file by itself


def _read_only(path: Path) -> Callable[[], None]:
    targets = [str(path), str(path.parent)]
    made = subprocess.run(["chattr", "+i", *targets], capture_output=True, text=True, timeout=30)
    if made.returncode != 0:
        subprocess.run(["chattr", "-i", *targets], capture_output=True, timeout=30)
        pytest.skip(f"chattr +i is not available on this filesystem ({made.stderr.strip()}); as root nothing "
                    "else makes a file read-only")
    return lambda: subprocess.run(["chattr", "-i", *targets], check=True, timeout=30)


_HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()  # hold the lock until the test closes our stdin
conn.execute("ROLLBACK")
"""


def _lock(path: Path) -> Callable[[], None]:
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"

    def release() -> None:
        assert holder.stdin is not None
        holder.stdin.close()
        try:
            holder.wait(timeout=30)
        except subprocess.TimeoutExpired:
            holder.kill()
            holder.wait(timeout=30)

    return release


def _corrupt(path: Path) -> Callable[[], None]:
    good = path.with_name("good-copy.sqlite3")
    shutil.copyfile(path, good)
    for file in _sidecars(path):
        file.unlink(missing_ok=True)
    path.write_bytes(b"this is not a database, someone saved a report over it\n" * 500)
    return lambda: shutil.copyfile(good, path)


FAULTS: dict[str, tuple[Callable[[Path], Callable[[], None]], str | None]] = {
    # fault -> (make it, what the Insights page must say; None: nothing is wrong from the app's side)
    "deleted": (_delete, None),
    "read-only": (_read_only, "is read-only"),
    "locked": (_lock, "is locked by another program"),
    "corrupt": (_corrupt, "is damaged or is not an SQLite database"),
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_app_survives_and_recovers(app: AppServer, browser: Any, fault: str) -> None:
    make, message = FAULTS[fault]
    path = app.db_path
    before = f"what goes wrong with sulfides before the {fault} fault"
    assert "Sulfides" in _ask(browser, app, before)
    assert before in _recorded(path)
    kept = _recorded(path)

    started = time.monotonic()
    fix = make(path)
    try:
        answer = _ask(browser, app, f"what goes wrong with oxides during the {fault} fault")
        assert "Oxides" in answer, "the chat must keep answering"
        alerts, page_text = _insights(browser, app)
        if message is None:
            assert alerts == []
        else:
            assert len(alerts) == 1, alerts
            assert INSIGHTS_ERROR in alerts[0] and message in alerts[0] and str(path) in alerts[0], alerts[0]
        assert "Traceback" not in page_text
    finally:
        fix()

    after = f"what does the separator do after the {fault} fault"
    _ask(browser, app, after)
    alerts, _ = _insights(browser, app)
    assert alerts == [], "the app recovers once the file is fixed"
    now = _recorded(path)
    assert after in now, "questions are recorded again"
    lost = set() if fault == "deleted" else kept - now  # a deleted file takes its rows with it, by definition
    assert lost == set()
    assert "Traceback" not in app.log()
    record("app_fault", fault=fault, chat_answered=True, insights_message=message or "(new empty database)",
           recovered=True, rows_lost=len(lost), seconds=round(time.monotonic() - started, 1))
