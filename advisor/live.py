"""Knowledge that staff edit while the service runs, without ever taking it down.

``LiveAdvisor`` holds the advisor currently serving. ``reload()`` builds a new one
from the knowledge folder; if the files are broken, the last good advisor keeps
serving and every problem (file, line, field) is returned for staff to fix.
Conversations and checklists already under way keep the advisor they started
with, so nobody is cut off mid-sentence by an edit.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from advisor.core import Advisor
from advisor.errors import KnowledgeError, Problem
from advisor.knowledge.loader import bundled_knowledge_dir

log = logging.getLogger(__name__)


def fingerprint(directory: Path) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and modification times of the knowledge files: cheap change detection."""
    try:
        files = sorted(directory.rglob("*.yaml"))
        return tuple((str(p.relative_to(directory)), p.stat().st_size, p.stat().st_mtime_ns) for p in files)
    except OSError:
        return ()


@dataclass(frozen=True)
class ReloadResult:
    """What a reload did: ``loaded`` a new version, or kept the old one because of ``problems``."""

    loaded: bool
    version: int
    problems: tuple[Problem, ...] = ()
    message: str = ""
    at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))


class LiveAdvisor:
    """The advisor in service, replaceable at run time by a validated new version."""

    def __init__(self, knowledge_dir: Path | str | None = None) -> None:
        self.directory = Path(knowledge_dir) if knowledge_dir is not None else bundled_knowledge_dir()
        self._lock = threading.Lock()
        self._current = Advisor(self.directory)  # the first load must succeed: there is no last good version
        self._version = 1
        self._fingerprint = fingerprint(self.directory)
        self.last_result = ReloadResult(True, 1, message="loaded at start-up")

    @property
    def current(self) -> Advisor:
        return self._current

    @property
    def version(self) -> int:
        return self._version

    def changed(self) -> bool:
        """Whether the knowledge files differ from the version in service."""
        return fingerprint(self.directory) != self._fingerprint

    def reload(self) -> ReloadResult:
        """Validate and load the knowledge folder; on any problem keep serving the old version."""
        with self._lock:  # one reload at a time; readers never wait, they just see old or new
            seen = fingerprint(self.directory)
            try:
                fresh = Advisor(self.directory)
            except KnowledgeError as exc:
                log.warning("knowledge reload refused, still serving version %d: %s", self._version, exc)
                self.last_result = ReloadResult(False, self._version, exc.problems,
                                                f"Kept version {self._version}: the edited knowledge has "
                                                f"{len(exc.problems)} problem(s).")
                return self.last_result
            self._current = fresh
            self._version += 1
            self._fingerprint = seen
            log.info("knowledge reloaded from %s as version %d", self.directory, self._version)
            self.last_result = ReloadResult(True, self._version, message=f"Loaded version {self._version}.")
            return self.last_result

    def reload_if_changed(self) -> ReloadResult | None:
        """Reload only when the files changed since the version in service (or the last refused try)."""
        if not self.changed():
            return None
        result = self.reload()
        if not result.loaded:
            # Do not retry the same broken files on every call; retry once they change again.
            self._fingerprint = fingerprint(self.directory)
        return result
