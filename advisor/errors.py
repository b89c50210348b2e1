"""Every error the advisor library raises, in one place.

All of them derive from :class:`AdvisorError`, and each also derives from the
built-in exception a caller would naturally catch (``ValueError``, ``OSError``),
so code that does not know about this module still handles them sensibly.
Messages always say *where* the problem is and *what to do*.
"""

from __future__ import annotations

from dataclasses import dataclass


class AdvisorError(Exception):
    """Base class of every error raised on purpose by the advisor library."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a knowledge file, located precisely enough to fix it."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.field}: {self.message}"

    def to_dict(self) -> dict[str, object]:
        return {"file": self.file, "line": self.line, "field": self.field, "message": self.message}


class KnowledgeError(AdvisorError, ValueError):
    """The knowledge files are missing or invalid.

    Carries *every* problem found, not only the first, so staff can fix a file in
    one pass. Nothing is half-loaded: an advisor is built from valid knowledge or
    not at all.
    """

    def __init__(self, problems: list[Problem] | tuple[Problem, ...], *, where: str = "the knowledge files") -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in {where}"
        super().__init__(head + ":\n" + "\n".join(f"  {p}" for p in self.problems))


class ChecklistError(AdvisorError, ValueError):
    """A checklist walk-through was asked to do something it cannot (bad saved state, ...)."""


class StorageError(AdvisorError, OSError):
    """The feedback/insights database cannot be used (locked, read-only, corrupt, missing)."""


class AccessError(AdvisorError, ValueError):
    """A staff-access or rate-limit setting is invalid (``ADVISOR_STAFF_*``, ``ADVISOR_QUESTIONS_PER_MINUTE``,
    the ``[advisor]`` table of ``.streamlit/secrets.toml``); the message names the setting and what to write."""
