"""A knowledge folder that is missing or not a folder at start-up: one clear message naming it, no traceback.

The app reads the folder from ``ADVISOR_KNOWLEDGE_DIR`` (ui/components.py); the command
line from ``--knowledge``. tests/ui covers broken knowledge files through AppTest and
tests/test_cli.py the in-process CLI; here it is a real ``streamlit run`` and a real process.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from apprunner import APP_IDLE, REPO, AppServer, chromium_browser, require_chromium
from reliabilityhelpers import record


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "no-such-knowledge"


def _a_file(tmp_path: Path) -> Path:
    path = tmp_path / "knowledge.yaml"
    path.write_text("entries: []\n")
    return path


FOLDERS: dict[str, Callable[[Path], Path]] = {"missing": _missing, "a-file": _a_file}


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str, str]]:
    """Per case: the folder given, the page as shown in Chromium, the server's log."""
    require_chromium()
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    results: dict[str, tuple[Path, str, str]] = {}
    with chromium_browser() as browser:
        for case, make in FOLDERS.items():
            workdir = tmp_path_factory.mktemp(f"startup-{case}")
            folder = make(workdir)
            with AppServer(workdir, knowledge_dir=folder) as server:
                server.wait_healthy()
                page = browser.new_page()
                page.set_default_timeout(45_000)
                page.goto(server.url)
                page.wait_for_selector(APP_IDLE)
                page.locator("[data-testid='stAlert']").first.wait_for()
                # The path is in the problems table under the message, whose text appears once drawn.
                with contextlib.suppress(PlaywrightTimeout):
                    page.wait_for_function("(p) => document.body.innerText.includes(p)", arg=str(folder),
                                           timeout=20_000)
                shown = str(page.locator("[data-testid='stAppViewContainer']").inner_text())
                page.close()
            results[case] = (folder, shown, server.log())
    return results


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.timeout(300)
@pytest.mark.parametrize("case", list(FOLDERS))
def test_app_explains_without_a_traceback(started: dict[str, tuple[Path, str, str]], case: str) -> None:
    folder, shown, log = started[case]
    assert "knowledge files could not be loaded" in shown
    assert "Traceback" not in shown and "Traceback" not in log
    assert str(folder) in log  # the server log names it for whoever runs the app
    record("startup", case=f"app, knowledge folder {case}", clear_message=True, path_in_log=True,
           path_on_page=str(folder) in shown, traceback=False)


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("case", list(FOLDERS))
def test_app_message_names_the_folder(started: dict[str, tuple[Path, str, str]], case: str) -> None:
    folder, shown, _ = started[case]
    assert str(folder) in shown


@pytest.mark.parametrize("case", list(FOLDERS))
def test_cli_names_the_knowledge_folder(tmp_path: Path, case: str) -> None:
    folder = FOLDERS[case](tmp_path)
    result = subprocess.run([sys.executable, "-m", "advisor", "--knowledge", str(folder), "ask", "hello"],
                            capture_output=True, text=True, timeout=120, cwd=REPO, env=os.environ.copy())
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert str(folder) in result.stderr and "knowledge folder not found" in result.stderr
    record("startup", case=f"cli, knowledge folder {case}", message_names_path=True, traceback=False)
