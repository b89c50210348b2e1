"""How many questions one browser session may ask: a sliding-window rate limit per key."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from advisor.errors import AccessError

__all__ = ["DEFAULT_QUESTIONS_PER_MINUTE", "QUESTIONS_PER_MINUTE_ENV", "Decision", "RateLimiter"]

#: Questions one session may ask in any 60 seconds.
QUESTIONS_PER_MINUTE_ENV = "ADVISOR_QUESTIONS_PER_MINUTE"
#: A person reading the answers asks a few a minute; a script flooding the store asks hundreds.
DEFAULT_QUESTIONS_PER_MINUTE = 30


@dataclass(frozen=True)
class Decision:
    """Whether one more question is allowed now, and if not, in how many seconds it will be."""

    allowed: bool
    retry_after: float = 0.0


class RateLimiter:
    """At most ``limit`` events per key in any ``per`` seconds (a sliding window, not fixed minutes,
    so a burst straddling a minute boundary is not let through twice).

    Thread-safe, one per process; the UI keys it by session. At most ``max_keys`` keys are kept
    (the least recently used are forgotten first), so many sessions cannot grow it without bound.
    """

    def __init__(self, *, limit: int, per: float = 60.0, max_keys: int = 10_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if limit < 1 or per <= 0:
            raise AccessError(f"A rate limit needs at least 1 event in a positive time, got {limit} per {per} s.")
        self.limit = limit
        self.per = per
        self.max_keys = max_keys
        self._clock = clock
        self._events: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    @classmethod
    def from_env(cls, env: Mapping[str, str], *, clock: Callable[[], float] = time.monotonic) -> RateLimiter:
        """``ADVISOR_QUESTIONS_PER_MINUTE`` (default :data:`DEFAULT_QUESTIONS_PER_MINUTE`) per 60 seconds."""
        raw = env.get(QUESTIONS_PER_MINUTE_ENV, "").strip()
        try:
            limit = int(raw) if raw else DEFAULT_QUESTIONS_PER_MINUTE
        except ValueError:
            limit = 0
        if limit < 1:
            raise AccessError(f"{QUESTIONS_PER_MINUTE_ENV} must be a whole number of at least 1, got {raw!r}.")
        return cls(limit=limit, per=60.0, clock=clock)

    def acquire(self, key: str) -> Decision:
        """Count one event under ``key`` if the window has room; otherwise count nothing and say when."""
        now = self._clock()
        with self._lock:
            events = self._events.get(key)
            if events is None:
                events = self._events[key] = deque()
            self._events.move_to_end(key)
            while events and events[0] <= now - self.per:
                events.popleft()
            if len(events) >= self.limit:
                return Decision(False, events[0] + self.per - now)
            events.append(now)
            while len(self._events) > self.max_keys:
                self._events.popitem(last=False)
        return Decision(True)
