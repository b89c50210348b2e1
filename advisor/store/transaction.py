"""One open transaction, as the store's SQL sees it on either database (:mod:`advisor.store.backend`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Protocol

__all__ = ["Transaction", "rows"]


class Transaction(Protocol):
    """One open transaction: runs SQL with ``?`` placeholders and returns the rows."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...

    def rowcount(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run a write and return how many rows it touched."""
        ...


def rows(cursor_rows: Iterator[Sequence[Any]] | Sequence[Sequence[Any]]) -> list[tuple[Any, ...]]:
    """Driver rows as plain tuples."""
    return [tuple(row) for row in cursor_rows]
