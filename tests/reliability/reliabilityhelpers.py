"""Shared by the reliability tests: a real ``streamlit run`` to break, and a place to put the figures.

``AppServer`` starts ``streamlit run ui/app.py`` on a free port with its own database
(``ADVISOR_DB``) and, optionally, its own knowledge folder or user. ``record`` prints a
measured figure and, when ``RELIABILITY_RESULTS`` names a file, appends it there as one
JSON line: ``scripts/reliability_report.py`` turns those lines into docs/reliability.md.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]
APP_IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"
MESSAGE = "[data-testid='stChatMessage']"
CHAT_BOX = "[data-testid='stChatInputTextArea']"
FEEDBACK = "[data-testid='stFeedback']"
RESULTS_ENV_VAR = "RELIABILITY_RESULTS"


def require_chromium() -> None:
    """Skip without Debian's Chromium, except in CI (``CI`` set), where that is a failure."""
    if CHROMIUM.exists():
        return
    reason = f"{CHROMIUM} is missing: install Debian's `chromium` package (apt-get install chromium) to run these"
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; in CI it must be installed (see .ci/run).", pytrace=False)
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def record(name: str, **figures: Any) -> None:
    """Print one measurement and keep it for the report (see module docstring)."""
    line = json.dumps({"name": name, **figures}, sort_keys=True)
    print(f"\nRELIABILITY {line}")
    target = os.environ.get(RESULTS_ENV_VAR)
    if target:
        with open(target, "a", encoding="utf-8") as out:
            out.write(line + "\n")


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation; what the report calls p50 / p95."""
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


class AppServer:
    """One ``streamlit run ui/app.py`` in a child process; ``stop()`` always ends it."""

    def __init__(self, workdir: Path, *, db_path: Path | None = None, knowledge_dir: Path | str | None = None,
                 user: str | None = None) -> None:
        self.workdir = workdir
        self.db_path = db_path or workdir / "data" / "advisor.sqlite3"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = workdir / "streamlit.log"
        env = {**os.environ, "ADVISOR_DB": str(self.db_path), "PYTHONUNBUFFERED": "1", "HOME": str(workdir)}
        env.pop("ADVISOR_KNOWLEDGE_DIR", None)
        if knowledge_dir is not None:
            env["ADVISOR_KNOWLEDGE_DIR"] = str(knowledge_dir)
        if user is not None:  # the index cache must be writable by that user too
            env["ADVISOR_CACHE_DIR"] = str(workdir / "cache")
        with self.log_path.open("w") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "streamlit", "run", "ui/app.py", "--server.headless", "true",
                 "--server.port", str(self.port), "--server.address", "127.0.0.1",
                 "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false"],
                cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT, user=user,
            )

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_healthy(self, timeout: float = 90) -> AppServer:
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
