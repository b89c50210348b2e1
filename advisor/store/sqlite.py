"""The embedded store: one SQLite file, through the standard library's :mod:`sqlite3`.

WAL mode, so many sessions can write at once while support staff read. Every transaction
opens its own short-lived connection: no connection is shared between threads, concurrent
writers queue on SQLite's lock (``busy_timeout``) instead of failing, and a file that was
broken and then fixed is picked up on the next call without a restart.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from advisor.errors import StorageError
from advisor.store import migrations
from advisor.store.backend import DB_ENV_VAR, Location
from advisor.store.transaction import Transaction, rows

__all__ = ["SqliteBackend"]

log = logging.getLogger(__name__)

# Primary result codes (an extended code's low byte), from the standard library.
_BUSY_CODES = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
_DAMAGED_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
_ACCESS_CODES = (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM, sqlite3.SQLITE_IOERR)


class _SqliteTransaction:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return rows(self._conn.execute(sql, tuple(params)).fetchall())

    def rowcount(self, sql: str, params: Sequence[Any] = ()) -> int:
        return int(self._conn.execute(sql, tuple(params)).rowcount)


class SqliteBackend:
    """An SQLite file; created, with its folder, on first use."""

    dialect = "sqlite"

    def __init__(self, location: Location, *, timeout: float) -> None:
        assert location.path is not None
        self.location = location
        self.path = location.path
        self.timeout = timeout

    @contextmanager
    def transaction(self, *, write: bool, migrate: bool = True) -> Iterator[Transaction]:
        conn: sqlite3.Connection | None = None
        try:
            if not migrate and not self.path.exists():
                # Looking (``advisor db status``) must not create a file or folder as a side effect.
                conn = sqlite3.connect(":memory:", isolation_level=None)
            else:
                try:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise self._folder_error(exc) from exc
                conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
            conn.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
            if migrate:
                self._prepare(conn)
            conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            yield _SqliteTransaction(conn)
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn is not None and conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):  # the original error is the one to report
                    conn.execute("ROLLBACK")
            raise self.error(exc) from exc
        finally:
            if conn is not None:
                conn.close()

    def status(self) -> migrations.SchemaStatus:
        with self.transaction(write=False, migrate=False) as tx:
            return migrations.status(tx, location=self.location.shown, dialect=self.dialect,
                                     has_ledger=_has_ledger(tx))

    def upgrade(self) -> list[migrations.Migration]:
        """Apply pending steps now; what was applied (nothing when up to date)."""
        conn: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
            conn.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
            return self._prepare(conn)
        except OSError as exc:
            raise self._folder_error(exc) from exc
        except sqlite3.Error as exc:
            raise self.error(exc) from exc
        finally:
            if conn is not None:
                conn.close()

    def _prepare(self, conn: sqlite3.Connection) -> list[migrations.Migration]:
        """Bring the schema up to date (one pragma read when it already is); WAL on a new file."""
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version == migrations.SCHEMA_VERSION:
            return []
        if version > migrations.SCHEMA_VERSION:
            raise migrations.newer_than_code(self.location.shown, version)
        self._use_wal(conn)
        tx = _SqliteTransaction(conn)
        try:
            # One transaction, so the steps, their ledger rows and user_version land together or not at all.
            conn.execute("BEGIN IMMEDIATE")
            applied = migrations.upgrade(tx, location=self.location.shown, dialect=self.dialect,
                                         has_ledger=_has_ledger(tx), columns=lambda table: _columns(tx, table))
            conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except (sqlite3.Error, StorageError):
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        if applied:
            log.info("%s: schema brought to version %d (%s)", self.path, migrations.SCHEMA_VERSION,
                     ", ".join(f"{m.version} {m.name}" for m in applied))
        return applied

    def _use_wal(self, conn: sqlite3.Connection) -> None:
        # Two sessions may start at once on a new file: retry the mode switch briefly.
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                break
            except sqlite3.OperationalError as exc:
                if _code(exc) not in _BUSY_CODES or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        if str(mode).lower() != "wal":
            log.warning("%s: journal mode is %s, not WAL; concurrent writes will be slower", self.path, mode)

    def integrity_problem(self, tx: Transaction) -> str | None:
        result = tx.execute("PRAGMA quick_check")[0][0]
        if result == "ok":
            return None
        return str(self.error(sqlite3.DatabaseError(f"integrity check: {result}")))

    def _folder_error(self, exc: OSError) -> StorageError:
        return StorageError(
            f"The advisor database {self.path} cannot be created: its folder {self.path.parent} cannot be made "
            f"({exc}). Create the folder and make it writable, or set {DB_ENV_VAR} to a writable location."
        )

    def error(self, exc: BaseException) -> StorageError:
        """Turn a low-level failure into a message a person can act on."""
        if isinstance(exc, StorageError):
            return exc
        where = f"The advisor database {self.path}"
        code = _code(exc) if isinstance(exc, sqlite3.Error) else None
        if code in _BUSY_CODES:
            message = (
                f"{where} is locked by another program (waited {self.timeout:g} s). "
                "Close whatever is holding it (a database browser, a backup job) and try again."
            )
        elif code in _DAMAGED_CODES:
            message = (
                f"{where} is damaged or is not an SQLite database ({exc}). "
                "Move the file aside (keep it for investigation) or restore a backup; "
                "a new empty database is then created automatically."
            )
        elif code == sqlite3.SQLITE_READONLY or (code in _ACCESS_CODES and not self._writable()):
            message = (
                f"{where} is read-only. Make the file and its folder {self.path.parent} writable "
                f"by the user running the app, or set {DB_ENV_VAR} to a writable location."
            )
        elif code == sqlite3.SQLITE_FULL:
            message = f"{where} cannot grow: the disk is full. Free some space and try again."
        elif code == sqlite3.SQLITE_CANTOPEN:
            message = (
                f"{where} cannot be opened ({exc}). Check that the path is a file in an existing, "
                f"writable folder, or set {DB_ENV_VAR} to another location."
            )
        else:
            message = f"{where} failed: {exc}. Check the file and its folder, then try again."
        return StorageError(message)  # raised, not logged here: the caller decides how loud to be

    def _writable(self) -> bool:
        folder = self.path.parent
        if not os.access(folder, os.W_OK | os.X_OK):
            return False
        return not self.path.exists() or os.access(self.path, os.W_OK)


def _has_ledger(tx: Transaction) -> bool:
    return bool(tx.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"))


def _columns(tx: Transaction, table: str) -> set[str]:
    return {str(row[1]) for row in tx.execute(f"PRAGMA table_info({table})")}


def _code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    # Errors raised before SQLite was reached carry no code; fall back on the wording.
    text = str(exc).lower()
    for needle, value in (
        ("locked", sqlite3.SQLITE_BUSY),
        ("not a database", sqlite3.SQLITE_NOTADB),
        ("malformed", sqlite3.SQLITE_CORRUPT),
        ("integrity check", sqlite3.SQLITE_CORRUPT),
        ("readonly", sqlite3.SQLITE_READONLY),
        ("read-only", sqlite3.SQLITE_READONLY),
        ("unable to open", sqlite3.SQLITE_CANTOPEN),
    ):
        if needle in text:
            return value
    return None
