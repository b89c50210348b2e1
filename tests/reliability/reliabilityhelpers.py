"""Shared by the reliability tests: selectors, and a place to put the figures.

The app under test is started by ``apprunner.AppServer`` (tests/apprunner.py). ``record`` prints a
measured figure and, when ``RELIABILITY_RESULTS`` names a file, appends it there as one
JSON line: ``scripts/reliability_report.py`` turns those lines into docs/reliability.md.
"""

from __future__ import annotations

import json
import os
import time
from typing import Any

from apprunner import APP_IDLE

MESSAGE = "[data-testid='stChatMessage']"
CHAT_BOX = "[data-testid='stChatInputTextArea']"
FEEDBACK = "[data-testid='stFeedback']"
RESULTS_ENV_VAR = "RELIABILITY_RESULTS"


def record(name: str, **figures: Any) -> None:
    """Print one measurement and keep it for the report (see module docstring)."""
    line = json.dumps({"name": name, **figures}, sort_keys=True)
    print(f"\nRELIABILITY {line}")
    target = os.environ.get(RESULTS_ENV_VAR)
    if target:
        with open(target, "a", encoding="utf-8") as out:
            out.write(line + "\n")


async def ask_timed(page: Any, index: int, question: str) -> float:
    """Ask ``question`` as the ``index``-th (0-based) question of the page's chat (async Playwright);
    the seconds from pressing Enter to the answer's thumbs being on screen, once the app is idle again."""
    box = page.locator(CHAT_BOX)
    await box.fill(question)
    started = time.perf_counter()
    await box.press("Enter")
    await page.locator(FEEDBACK).nth(index).wait_for()
    elapsed = time.perf_counter() - started
    await page.wait_for_selector(APP_IDLE)
    return elapsed
