"""A throwaway PostgreSQL server for the tests, from Debian's ``postgresql`` package.

A fresh cluster in a temporary folder, listening on a free port on 127.0.0.1 only, trusting
local connections (nothing else can reach it), removed afterwards. PostgreSQL refuses to run
as root, so when the tests run as root the server runs as the ``postgres`` user the Debian
package creates. Without the package the tests that need it skip and say why; under
``CI=true`` they fail instead, since CI installs it (``.ci/run``).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

__all__ = ["PostgresServer", "postgres_or_skip"]


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PostgresServer:
    """One running cluster; :meth:`new_database` hands each test an empty database of its own."""

    def __init__(self, bin_dir: Path, *, fsync: bool = False) -> None:
        self.bin_dir = bin_dir
        self.fsync = fsync
        self.port = _free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="advisor-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self._user: pwd.struct_passwd | None = pwd.getpwnam("postgres") if os.geteuid() == 0 else None
        if self._user is not None:
            os.chown(self.folder, self._user.pw_uid, self._user.pw_gid)

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self._user is not None:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True, timeout=120)

    def init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--no-sync", "--locale=C")

    def start(self) -> None:
        # fsync off by default: a throwaway cluster; the tests kill clients, and stop the server cleanly.
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c max_connections=100"
                   f" -c fsync={'on' if self.fsync else 'off'}")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "-t", "60", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "-t", "60", "stop", check=False)

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres", *, password: str | None = None) -> str:
        auth = f"postgres:{password}" if password else "postgres"
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A new empty database; its URL."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def query(self, url: str, sql: str) -> list[tuple[object, ...]]:
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn:
            return [tuple(row) for row in conn.execute(sql).fetchall()]


def postgres_or_skip() -> Path:
    """Debian's PostgreSQL binaries, or skip (fail under CI=true) saying how to get them."""
    bin_dir = _bin_dir()
    reason = ""
    if bin_dir is None:
        reason = "PostgreSQL is not installed (apt-get install postgresql)"
    elif os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            reason = "PostgreSQL is installed but its 'postgres' user is missing"
        if not reason and shutil.which("runuser") is None:
            reason = "runuser is needed to run PostgreSQL as the 'postgres' user"
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason}; CI must install it (.ci/run)")
        pytest.skip(reason)
    assert bin_dir is not None
    return bin_dir


@contextlib.contextmanager
def running_server(*, fsync: bool = False) -> Iterator[PostgresServer]:
    server = PostgresServer(postgres_or_skip(), fsync=fsync)
    try:
        server.init()
        server.start()
        deadline = time.monotonic() + 30
        while True:  # pg_ctl -w waits for start-up; the first connection can still race it
            try:
                server.query(server.url(), "SELECT 1")
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield server
    finally:
        server.remove()


def run_sql(location: str, sql: str) -> list[tuple[object, ...]]:
    """Run SQL on a store's database directly, past the Store: an SQLite file or a PostgreSQL URL.

    Committed; the rows, if the statement returns any.
    """
    if location.startswith(("postgresql://", "postgres://")):
        import psycopg

        with psycopg.connect(location, autocommit=True) as pg:
            cursor = pg.execute(sql)
            return [tuple(row) for row in cursor.fetchall()] if cursor.description else []
    import sqlite3

    conn = sqlite3.connect(location)
    try:
        found = conn.execute(sql).fetchall()
        conn.commit()
        return found
    finally:
        conn.close()
