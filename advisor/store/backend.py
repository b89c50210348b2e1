"""Where the store keeps its tables: an SQLite file or a PostgreSQL server, behind one seam.

:class:`~advisor.store.database.Store` writes its SQL once, with ``?`` placeholders and
the subset both databases share, and runs it through a :class:`Backend`. A backend opens
transactions, brings the schema up to date (:mod:`advisor.store.migrations`) and turns its
driver's failures into a :class:`~advisor.errors.StorageError` a person can act on.

``ADVISOR_DB`` (or the ``location`` given to ``Store``) chooses the backend:
``postgresql://user:password@host:port/db`` (or ``postgres://``) is a server; ``sqlite:///path``
or any other text is the path of an SQLite file.
"""

from __future__ import annotations

import os
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit, urlunsplit

from advisor.store.migrations import Migration, SchemaStatus
from advisor.store.transaction import Transaction

__all__ = [
    "DB_ENV_VAR",
    "DEFAULT_DB_PATH",
    "Backend",
    "Location",
    "default_location",
    "parse_location",
]

#: Environment variable that says where the database is: a file path or a PostgreSQL URL.
DB_ENV_VAR = "ADVISOR_DB"
#: Where the database lives when the variable is not set, relative to the working directory.
DEFAULT_DB_PATH = Path("data") / "advisor.sqlite3"

_POSTGRES_SCHEMES = ("postgresql", "postgres")
_SQLITE_PREFIX = "sqlite:///"


@dataclass(frozen=True)
class Location:
    """A parsed ``ADVISOR_DB``: a file for SQLite, or a connection URL for PostgreSQL."""

    dialect: str  # "sqlite" or "postgresql"
    path: Path | None = None  # SQLite only
    url: str = ""  # PostgreSQL only; holds the password, so never shown: see ``shown``

    @property
    def shown(self) -> str:
        """The location for messages and logs, with any password masked."""
        if self.path is not None:
            return str(self.path)
        parts = urlsplit(self.url)
        if parts.password is None:
            return self.url
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
        return urlunsplit(parts._replace(netloc=netloc))


def parse_location(value: str | os.PathLike[str]) -> Location:
    """``postgresql://...`` and ``postgres://...`` are servers, ``sqlite:///path`` and plain paths are files."""
    text = os.fspath(value).strip()
    scheme = text.split("://", 1)[0].lower() if "://" in text else ""
    if scheme in _POSTGRES_SCHEMES:
        return Location("postgresql", url=text)
    if text.lower().startswith(_SQLITE_PREFIX):
        text = text[len(_SQLITE_PREFIX):]
        # sqlite:////abs/path is an absolute path; sqlite:///rel/path is relative, as in SQLAlchemy.
    return Location("sqlite", path=Path(text).expanduser())


def default_location() -> Location:
    """``$ADVISOR_DB`` if set, else ``data/advisor.sqlite3`` under the working directory."""
    configured = os.environ.get(DB_ENV_VAR, "").strip()
    return parse_location(configured) if configured else Location("sqlite", path=Path.cwd() / DEFAULT_DB_PATH)


class Backend(Protocol):
    """What :class:`~advisor.store.database.Store` needs from a database."""

    location: Location

    def transaction(self, *, write: bool, migrate: bool = True) -> AbstractContextManager[Transaction]:
        """A transaction that commits when the block ends normally and rolls back otherwise.

        ``write`` takes the write lock up front where the database has one (SQLite), so a busy
        database is detected at the start. ``migrate`` brings an older schema up to date first
        (off for ``advisor db status``, which must look without changing anything).
        """
        ...

    def status(self) -> SchemaStatus:
        """Which schema steps are applied and which are pending, without changing anything."""
        ...

    def upgrade(self) -> list[Migration]:
        """Apply every pending schema step; the steps applied."""
        ...

    def integrity_problem(self, tx: Transaction) -> str | None:
        """What the database's own consistency check reports, or None when it has none or it passes."""
        ...

    def error(self, exc: BaseException) -> Exception:
        """A :class:`~advisor.errors.StorageError` that says what went wrong and what to do."""
        ...
