"""The shared store for several app replicas: a PostgreSQL server, through psycopg 3 and psycopg_pool.

One connection pool per server URL and process, shared by every ``Store`` built for that
URL (the app builds a ``Store`` per page run). The pool checks a connection before handing
it out and replaces broken ones, so after the server restarts the store carries on by
itself; while the server is down each operation fails within ``timeout`` with a
:class:`~advisor.errors.StorageError` (the chat logs it and keeps answering; staff pages
say the store is unavailable).

Schema steps run under a transaction-scoped advisory lock, so replicas starting together
do not apply the same step twice. psycopg is imported on first use: an SQLite-only install
needs no PostgreSQL driver.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from advisor.errors import StorageError
from advisor.store import migrations
from advisor.store.backend import DB_ENV_VAR, Location
from advisor.store.transaction import Transaction, rows

if TYPE_CHECKING:
    import psycopg
    from psycopg_pool import ConnectionPool

__all__ = ["PostgresBackend", "close_pools"]

log = logging.getLogger(__name__)

#: Connections one process keeps open at most: a Streamlit process serves many sessions from a
#: thread each, but a store operation holds a connection for milliseconds.
MAX_CONNECTIONS = 8
#: Any fixed number, the same in every replica: the key of the lock schema upgrades take.
_MIGRATION_LOCK = 0x5_5B_AD_15

_pools: dict[str, ConnectionPool[Any]] = {}
#: After a server could not be reached, operations fail at once for this long instead of each waiting
#: ``timeout`` again: the chat records after every answer, and a dead server must not make every
#: turn wait. The pool keeps trying to reconnect in the background meanwhile.
RETRY_AFTER_S = 5.0
_unreachable_since: dict[str, tuple[float, str]] = {}
#: Servers whose schema this process has brought up to date: the check costs a round trip, and the
#: app builds a ``Store`` per page run.
_migrated: set[str] = set()
_pools_lock = threading.Lock()


def close_pools() -> None:
    """Close every pool this process opened (at exit, and in tests between servers)."""
    with _pools_lock:
        for pool in _pools.values():
            pool.close(timeout=1.0)
        _pools.clear()
        _migrated.clear()
        _unreachable_since.clear()


atexit.register(close_pools)


class _PostgresTransaction:
    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._conn.cursor() as cursor:
            cursor.execute(_placeholders(sql), tuple(params))
            return rows(cursor.fetchall()) if cursor.description is not None else []

    def rowcount(self, sql: str, params: Sequence[Any] = ()) -> int:
        with self._conn.cursor() as cursor:
            cursor.execute(_placeholders(sql), tuple(params))
            return int(cursor.rowcount)


def _placeholders(sql: str) -> str:
    """The store's ``?`` placeholders as psycopg's ``%s`` (a literal ``%`` doubled). The store's
    SQL has no ``?`` or ``%`` inside string literals; values always travel as parameters."""
    return sql.replace("%", "%%").replace("?", "%s")


class PostgresBackend:
    """A PostgreSQL database named by a ``postgresql://`` URL."""

    dialect = "postgresql"

    def __init__(self, location: Location, *, timeout: float) -> None:
        self.location = location
        self.timeout = timeout

    def _pool(self) -> ConnectionPool[Any]:
        try:
            from psycopg_pool import ConnectionPool
        except ImportError as exc:
            raise StorageError(
                f"{DB_ENV_VAR} names a PostgreSQL server, but the PostgreSQL driver is not installed: "
                "install the advisor with its 'postgres' extra (pip install 'ssb-advisor[postgres]')."
            ) from exc
        with _pools_lock:
            pool = _pools.get(self.location.url)
            if pool is None:
                pool = ConnectionPool(
                    self.location.url,
                    min_size=1,
                    max_size=MAX_CONNECTIONS,
                    open=False,
                    # A connection that died with the server is found and replaced before use.
                    check=ConnectionPool.check_connection,
                    # A server that does not answer fails the operation instead of hanging the page.
                    kwargs={"connect_timeout": max(2, round(self.timeout))},
                    name=self.location.shown,
                )
                pool.open(wait=False)
                _pools[self.location.url] = pool
        return pool

    @contextmanager
    def _connection(self) -> Iterator[psycopg.Connection[Any]]:
        import psycopg
        from psycopg_pool import PoolTimeout

        url = self.location.url
        failed = _unreachable_since.get(url)
        if failed is not None and time.monotonic() - failed[0] < RETRY_AFTER_S:
            raise StorageError(failed[1])
        try:
            with self._pool().connection(timeout=self.timeout) as conn:
                yield conn  # the pool commits when the block ends normally and rolls back otherwise
        except (psycopg.Error, PoolTimeout) as exc:
            error = self.error(exc)
            if _is_unreachable(exc):
                _unreachable_since[url] = (time.monotonic(), str(error))
            raise error from exc
        _unreachable_since.pop(url, None)

    @contextmanager
    def transaction(self, *, write: bool, migrate: bool = True) -> Iterator[Transaction]:
        del write  # PostgreSQL takes row locks as it writes; there is no database-wide write lock to take first
        if migrate and self.location.url not in _migrated:
            self.upgrade()
        with self._connection() as conn:
            yield _PostgresTransaction(conn)

    def upgrade(self) -> list[migrations.Migration]:
        with self._connection() as conn:
            tx = _PostgresTransaction(conn)
            tx.execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))
            applied = migrations.upgrade(tx, location=self.location.shown, dialect=self.dialect,
                                         has_ledger=_has_ledger(tx), columns=lambda table: _columns(tx, table))
        _migrated.add(self.location.url)
        if applied:
            log.info("%s: schema brought to version %d (%s)", self.location.shown, migrations.SCHEMA_VERSION,
                     ", ".join(f"{m.version} {m.name}" for m in applied))
        return applied

    def status(self) -> migrations.SchemaStatus:
        with self.transaction(write=False, migrate=False) as tx:
            return migrations.status(tx, location=self.location.shown, dialect=self.dialect,
                                     has_ledger=_has_ledger(tx))

    def integrity_problem(self, tx: Transaction) -> str | None:
        return None  # the server checks its own pages; nothing like SQLite's quick_check to run

    def error(self, exc: BaseException) -> StorageError:
        if isinstance(exc, StorageError):
            return exc

        where = f"The advisor database {self.location.shown}"
        if _is_unreachable(exc):
            return StorageError(
                f"{where} cannot be reached (waited {self.timeout:g} s: {_first_line(exc)}). Check that the "
                f"server is running and {DB_ENV_VAR} is right; the store reconnects by itself when it is back."
            )
        return StorageError(f"{where} failed: {_first_line(exc)}.")


def _is_unreachable(exc: BaseException) -> bool:
    """No connection to be had: the pool gave up waiting, or the server refused, closed or shut down
    (SQLSTATE class 08, or 57P01-57P03), or there was no SQLSTATE at all (nothing answered)."""
    import psycopg
    from psycopg_pool import PoolTimeout

    if isinstance(exc, PoolTimeout):
        return True
    if not isinstance(exc, psycopg.OperationalError):
        return False
    state = exc.sqlstate or ""
    return not state or state.startswith("08") or state in {"57P01", "57P02", "57P03"}


def _has_ledger(tx: Transaction) -> bool:
    return bool(tx.execute("SELECT to_regclass('schema_migrations') IS NOT NULL")[0][0])


def _columns(tx: Transaction, table: str) -> set[str]:
    found = tx.execute("SELECT column_name FROM information_schema.columns"
                       " WHERE table_schema = current_schema() AND table_name = ?", (table,))
    return {str(row[0]) for row in found}


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
