"""Writers killed in the middle of their writes, again and again: nothing committed is lost.

tests/test_storage.py kills one writer once and checks the file is intact. Here several
writers share one file, each prints a row's marker only after ``Store`` returned (the
row is committed), and all are SIGKILLed at a random moment, round after round. After
every round ``PRAGMA integrity_check`` must say ``ok`` and every reported row must be there.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from apprunner import REPO
from reliabilityhelpers import record

from advisor.store.database import Store

pytestmark = pytest.mark.slow

ROUNDS = 5
WRITERS = 3

# Questions and feedback alternate so both tables (and the feedback upsert) are written when the kill lands.
_WRITER = """
import sys
from advisor.store import Store
store = Store(sys.argv[1], timeout=30)
tag = sys.argv[2]
i = 0
while True:
    if i % 2:
        store.record_feedback(f"{tag} f{i}", up=i % 4 == 1, session_id=tag, message_id=f"m{i}")
    else:
        store.record_question(f"{tag} q{i}", found=False, confidence=0.0, session_id=tag)
    print(f"{tag} {'f' if i % 2 else 'q'}{i}", flush=True)
    i += 1
"""


class _Writer:
    def __init__(self, path: Path, tag: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        self.proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(path), tag], cwd=REPO, env=env,
                                     text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.reported: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.reported.append(line.strip())

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)
        self._reader.join(timeout=30)


def _stored(path: Path) -> tuple[str, set[str]]:
    conn = sqlite3.connect(path)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        questions = {row[0] for row in conn.execute("SELECT question FROM questions")}
        feedback = {row[0] for row in conn.execute("SELECT question FROM feedback")}
    finally:
        conn.close()
    return integrity, questions | feedback


def test_writers_killed_mid_write_lose_no_committed_row(tmp_path: Path) -> None:
    path = tmp_path / "killed.sqlite3"
    rng = random.Random(20240611)
    reported: set[str] = set()
    started = time.monotonic()
    for round_no in range(ROUNDS):
        writers = [_Writer(path, f"r{round_no}w{n}") for n in range(WRITERS)]
        try:
            deadline = time.monotonic() + 60
            while min(len(w.reported) for w in writers) < 20:  # every writer is well into its writes
                if time.monotonic() > deadline or any(w.proc.poll() is not None for w in writers):
                    errors = [w.proc.stderr.read() if w.proc.stderr and w.proc.poll() is not None else "" for w in
                              writers]
                    pytest.fail(f"a writer never got going: {errors}")
                time.sleep(0.02)
            time.sleep(rng.uniform(0.0, 0.5))
        finally:
            for writer in writers:
                writer.kill()
        for writer in writers:
            reported.update(f"{line.split()[0]} {line.split()[1]}" for line in writer.reported if " " in line)

        integrity, stored = _stored(path)
        assert integrity == "ok", f"round {round_no}"
        missing = reported - stored
        assert not missing, f"round {round_no}: {len(missing)} committed rows lost, e.g. {sorted(missing)[:5]}"
        # At most the one row each writer had in flight may be stored without having been reported.
        assert len(stored - reported) <= WRITERS * (round_no + 1)

    store = Store(path)
    assert store.health() is None
    store.record_question("after the last crash", found=True, confidence=1)
    record("killed_writers", rounds=ROUNDS, writers_per_round=WRITERS, committed_rows=len(reported),
           rows_lost=0, integrity="ok", seconds=round(time.monotonic() - started, 1))
