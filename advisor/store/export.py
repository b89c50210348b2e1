"""Turn library entries and conversations into CSV, Markdown and JSON text.

Pure functions: they take values and return strings, so the web app can offer them
as downloads and tests can compare them directly. Text from our own knowledge is
kept as Markdown; anything a *user* typed is escaped so that it stays inert text in
any Markdown viewer (no image that fetches an address, no link, no HTML).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Protocol

from advisor.text import escape_markdown, one_line

__all__ = [
    "borderline_to_csv",
    "conversation_to_markdown",
    "csv_safe",
    "entries_to_csv",
    "entries_to_json",
    "entries_to_markdown",
]


class _SourceLike(Protocol):
    def citation(self) -> str: ...


class EntryLike(Protocol):
    """What an export needs from a library entry (``advisor.library.LibraryEntry``)."""

    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def section(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def source(self) -> _SourceLike: ...
    def citation(self) -> str: ...


class AnswerLike(Protocol):
    """What an export needs from an :class:`advisor.answer.Answer`."""

    @property
    def text(self) -> str: ...
    @property
    def found(self) -> bool: ...
    @property
    def corrected_query(self) -> str | None: ...
    @property
    def notice(self) -> str | None: ...
    def citation(self) -> str: ...


class BorderlineLike(Protocol):
    """What an export needs from an :class:`advisor.store.review.BorderlineAnswer`."""

    @property
    def question(self) -> str: ...
    @property
    def entry_ids(self) -> tuple[str, ...]: ...
    @property
    def confidence(self) -> float: ...
    @property
    def count(self) -> int: ...
    @property
    def last_seen(self) -> str: ...


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: str) -> str:
    """A cell a spreadsheet shows as text instead of running it as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _entry_dict(entry: EntryLike) -> dict[str, object]:
    to_dict = getattr(entry, "to_dict", None)
    data: dict[str, object] = dict(to_dict()) if callable(to_dict) else {
        "id": entry.id,
        "kind": entry.kind,
        "title": entry.title,
        "section": entry.section,
        "text": entry.text,
    }
    data["citation"] = entry.citation()
    return data


def entries_to_csv(entries: Iterable[EntryLike]) -> str:
    """One row per entry: ``id, kind, title, section, text, citation`` (for a help-desk import)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "kind", "title", "section", "text", "citation"])
    for e in entries:
        writer.writerow([csv_safe(v) for v in (e.id, e.kind, e.title, e.section, e.text, e.citation())])
    return out.getvalue()


def entries_to_json(entries: Iterable[EntryLike]) -> str:
    """A JSON array of entries, each with its ``citation`` added."""
    return json.dumps([_entry_dict(e) for e in entries], ensure_ascii=False, indent=2) + "\n"


def entries_to_markdown(entries: Iterable[EntryLike], *, title: str = "Answer library") -> str:
    """A Markdown document with one section per entry: its id, kind, answer and citation."""
    parts = [f"# {title}\n"]
    for e in entries:
        parts.append(
            f"## {one_line(e.title)}\n\n"
            f"- id: `{e.id}`\n- kind: {e.kind}\n- section: {one_line(e.section)}\n\n"
            f"{e.text.strip()}\n\n"
            f"_{one_line(e.citation())}_\n"
        )
    return "\n".join(parts)


def borderline_to_csv(rows: Iterable[BorderlineLike]) -> str:
    """Borderline answers for a spreadsheet: ``question, covered, count, last_seen, entry_ids``.

    ``covered`` is the share of the question the answer accounts for (0-1, two decimals); the
    question is what a user typed, so a cell that would run as a formula is defused.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["question", "covered", "count", "last_seen", "entry_ids"])
    for row in rows:
        writer.writerow([csv_safe(row.question), f"{row.confidence:.2f}", row.count, row.last_seen,
                         " ".join(row.entry_ids)])
    return out.getvalue()


def conversation_to_markdown(
    turns: Sequence[tuple[str, AnswerLike]],
    *,
    title: str = "Conversation",
    exported_at: datetime | None = None,
) -> str:
    """A chat as Markdown. Questions are the user's text, so they are escaped;
    answers come from the guide and keep their Markdown."""
    moment = (exported_at or datetime.now(UTC)).astimezone(UTC)
    parts = [f"# {title}\n\n_Exported {moment.isoformat(timespec='seconds')}_\n"]
    for number, (question, answer) in enumerate(turns, start=1):
        block = [f"## Question {number}\n", f"> {escape_markdown(question) or '(empty)'}\n"]
        if answer.notice:
            block.append(f"_Note: {escape_markdown(answer.notice)}_\n")
        if answer.corrected_query:
            block.append(f"_Showing results for: {escape_markdown(answer.corrected_query)}_\n")
        block.append("**Answer**\n")
        block.append(answer.text.strip() + "\n")
        citation = answer.citation()
        if citation and citation not in answer.text:
            block.append(f"_{one_line(citation)}_\n")
        elif not answer.found:
            block.append("_The guide does not cover this question._\n")
        parts.append("\n".join(block))
    return "\n".join(parts)
