"""The answer library for support staff: every entry, with fuzzy search and kind filters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from advisor.answer import Source
from advisor.knowledge.model import KnowledgeBase
from advisor.text import normalise

#: Below this a search hit is noise ("as you type" should narrow, not shuffle).
SEARCH_CUTOFF = 62.0


@dataclass(frozen=True)
class LibraryEntry:
    """One canonical answer as staff see it: id, text and citation to copy."""

    id: str
    kind: str
    title: str
    section: str
    text: str
    source: Source

    def citation(self) -> str:
        return f"Source: {self.source.citation()}"

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "kind": self.kind, "title": self.title, "section": self.section,
                "text": self.text, "citation": self.citation()}


def library_entries(knowledge: KnowledgeBase, render: dict[str, str]) -> tuple[LibraryEntry, ...]:
    """Free-text entries, whole tables and table rows; cells are shown within their rows.

    ``render`` maps entry ids to the answer text as the advisor would give it.
    """
    return tuple(
        LibraryEntry(e.id, e.kind, e.title, e.section, render.get(e.id, e.answer), e.source)
        for e in knowledge.entries
        if e.column_id is None
    )


def search(entries: Sequence[LibraryEntry], query: str, *, kind: str | None = None,
           limit: int = 50) -> list[LibraryEntry]:
    """Entries matching ``query`` (fuzzy, typo-tolerant), best first; all entries for an empty query."""
    pool = [e for e in entries if kind is None or e.kind == kind]
    needle = normalise(query)
    if not needle:
        return pool[:limit]
    titles = {i: normalise(f"{e.title} {e.id}") for i, e in enumerate(pool)}
    bodies = {i: normalise(e.text) for i, e in enumerate(pool)}
    scores: dict[int, float] = {}
    for _choice, score, i in process.extract(needle, titles, scorer=fuzz.WRatio, limit=None,
                                            score_cutoff=SEARCH_CUTOFF):
        scores[i] = score
    # partial_ratio aligns the query with the best-matching stretch of the body, so "sulf" finds
    # "sulfide" as you type, while a long query sharing one word with a body scores low (a
    # token-set scorer would give that body 100).
    for _choice, score, i in process.extract(needle, bodies, scorer=fuzz.partial_ratio, limit=None,
                                            score_cutoff=SEARCH_CUTOFF + 10):
        scores[i] = max(scores.get(i, 0.0), score * 0.9)
    ranked = sorted(scores, key=lambda i: (-scores[i], i))
    return [pool[i] for i in ranked[:limit]]

