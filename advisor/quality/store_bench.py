"""``advisor bench --store LOCATION``: how many questions per second the store records.

What the app does after each answer (``Store.record_question``: one transaction with its
own connection on SQLite, a pooled connection on PostgreSQL), from 1 and from 8 threads at
once, for a fixed number of seconds. Retention and redaction run as in the app. The rows
written are deleted afterwards (``forget_session`` under a session id of their own), so the
figure can be taken against a live database.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import TextIO

from advisor.store.database import Store

__all__ = ["StoreWrites", "measure_store_writes", "run_store_bench"]


@dataclass(frozen=True)
class StoreWrites:
    location: str
    dialect: str
    threads: int
    seconds: float
    writes: int

    @property
    def per_second(self) -> float:
        return self.writes / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "per_second": round(self.per_second, 1)}


def measure_store_writes(store: Store, *, threads: int, seconds: float) -> StoreWrites:
    """Record questions from ``threads`` threads for ``seconds``; count the ones that committed."""
    session = f"bench-{uuid.uuid4().hex[:12]}"
    counts = [0] * threads
    stop = time.monotonic() + seconds
    errors: list[BaseException] = []

    def write(slot: int) -> None:
        try:
            while time.monotonic() < stop:
                store.record_question(f"bench question {slot} {counts[slot]} about sulfide interfaces",
                                      found=True, confidence=0.9, entry_ids=["bench"], session_id=session,
                                      kind="answered")
                counts[slot] += 1
        except BaseException as exc:  # reported after the others finish
            errors.append(exc)

    started = time.monotonic()
    workers = [threading.Thread(target=write, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    elapsed = time.monotonic() - started
    store.forget_session(session)
    if errors:
        raise errors[0]
    return StoreWrites(store.location.shown, store.dialect, threads, round(elapsed, 2), sum(counts))


def run_store_bench(location: str | None, *, seconds: float, thread_counts: Sequence[int], as_json: bool,
                    out: TextIO) -> int:
    import json

    store = Store(location, timeout=30)
    store.upgrade()
    results = [measure_store_writes(store, threads=n, seconds=seconds) for n in thread_counts]
    if as_json:
        out.write(json.dumps([r.to_dict() for r in results], indent=2) + "\n")
        return 0
    out.write(f"store writes on {results[0].location} ({results[0].dialect}), record_question as the app calls it\n")
    for r in results:
        out.write(f"  {r.threads} thread(s): {r.per_second:8.1f} writes/s ({r.writes} in {r.seconds:g} s)\n")
    return 0
