"""Writers killed in the middle of their writes, again and again: nothing committed is lost.

tests/test_storage.py kills one writer once and checks the database is intact. Here several
writers share one database, each prints a row's marker only after ``Store`` returned (the
row is committed), and all are SIGKILLed at a random moment, round after round. After
every round every reported row must be there (and on SQLite ``PRAGMA integrity_check`` must
say ``ok``). Both backends: an SQLite file, and a database on the throwaway PostgreSQL server.

Also on PostgreSQL: the server stopped while a store is in use, then started again.
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

from advisor.errors import StorageError
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


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "killed.sqlite3")
    return str(request.getfixturevalue("postgres_url"))


class _Writer:
    def __init__(self, path: str, tag: str) -> None:
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


def _stored(location: str) -> tuple[str, set[str]]:
    if location.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(location) as pg:
            rows = pg.execute("SELECT question FROM questions UNION ALL SELECT question FROM feedback").fetchall()
        return "ok", {row[0] for row in rows}  # the server checks its own pages
    conn = sqlite3.connect(location)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        questions = {row[0] for row in conn.execute("SELECT question FROM questions")}
        feedback = {row[0] for row in conn.execute("SELECT question FROM feedback")}
    finally:
        conn.close()
    return integrity, questions | feedback


def test_writers_killed_mid_write_lose_no_committed_row(location: str) -> None:
    path = location
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
    record("killed_writers", backend=Store(path).dialect, rounds=ROUNDS, writers_per_round=WRITERS,
           committed_rows=len(reported), rows_lost=0, integrity="ok", seconds=round(time.monotonic() - started, 1))


def test_a_stopped_server_fails_operations_clearly_and_the_store_carries_on_after_a_restart(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from pgserver import running_server

    from advisor.store import postgres
    from advisor.store.postgres import close_pools

    with running_server() as server:  # a server of its own: this test stops it
        url = server.url("postgres", password="s3cret-pw")  # trust auth ignores it; messages must not show it
        store = Store(url, timeout=2)
        store.record_question("before the outage", found=True, confidence=1)
        try:
            server.stop()
            with pytest.raises(StorageError, match=r"cannot be reached .*reconnects by itself") as failure:
                store.record_question("during the outage", found=True, confidence=1)
            assert "s3cret-pw" not in str(failure.value) and "***" in str(failure.value)
            assert store.health() is not None and "s3cret-pw" not in (store.health() or "")

            server.start()
            # Within RETRY_AFTER_S of a failure the store does not try again (each chat turn would wait
            # `timeout`): the server is back, yet the next operation still reports it unreachable.
            monkeypatch.setattr(postgres, "RETRY_AFTER_S", 3600.0)
            with pytest.raises(StorageError, match="cannot be reached"):
                store.count_questions()
            monkeypatch.setattr(postgres, "RETRY_AFTER_S", 1.0)
            deadline = time.monotonic() + 30
            while True:  # the pool replaces its dead connections; no restart of the store needed
                try:
                    store.record_question("after the outage", found=True, confidence=1)
                    break
                except StorageError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.5)
            assert store.health() is None
            assert store.count_questions() == 2
            record("database_outage", backend="postgresql", failed_while_down="StorageError naming the server",
                   rows_lost=0)
        finally:
            close_pools()
