"""``advisor validate --coverage``: does each entry answer its own questions?

Every entry's title and alternate phrasings are asked as questions. Phrasings
that do not retrieve their own entry first are listed, and so are the pairs of
entries that take each other's questions, so staff see overlaps before users do.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from advisor.core import Advisor


@dataclass(frozen=True)
class Miss:
    entry_id: str
    phrasing: str
    got: str | None


@dataclass(frozen=True)
class CoverageReport:
    asked: int
    misses: tuple[Miss, ...]
    competing: tuple[tuple[str, str, int], ...] = field(default=())

    @property
    def hit_rate(self) -> float:
        return 1.0 - len(self.misses) / self.asked if self.asked else 1.0

    def to_text(self, limit: int = 40) -> str:
        lines = [f"coverage: {self.asked - len(self.misses)}/{self.asked} phrasings retrieve their own entry first "
                 f"({self.hit_rate:.1%})"]
        if self.competing:
            lines.append("entries competing for the same questions (times one took the other's):")
            lines += [f"  {a} <-> {b}: {n}" for a, b, n in self.competing[:limit]]
        if self.misses:
            lines.append("phrasings answered by another entry:")
            lines += [f"  [{m.entry_id}] {m.phrasing!r} -> {m.got or 'no answer'}" for m in self.misses[:limit]]
            if len(self.misses) > limit:
                lines.append(f"  ... and {len(self.misses) - limit} more")
        return "\n".join(lines) + "\n"

    def to_dict(self) -> dict[str, object]:
        return {"asked": self.asked, "hit_rate": self.hit_rate,
                "misses": [m.__dict__ for m in self.misses],
                "competing": [{"a": a, "b": b, "count": n} for a, b, n in self.competing]}


def check_coverage(advisor: Advisor, *, include_cells: bool = False) -> CoverageReport:
    """Ask each entry's own phrasings. Table cells are generated from templates, so by
    default only their first phrasing is asked (all of them with ``include_cells``)."""
    asked = 0
    misses: list[Miss] = []
    pairs: Counter[tuple[str, str]] = Counter()
    for entry in advisor.knowledge.entries:
        phrasings = [entry.title, *entry.questions]
        if entry.column_id is not None and not include_cells:
            phrasings = phrasings[1:2]
        for phrasing in phrasings:
            asked += 1
            answer = advisor.ask(phrasing)
            got = answer.entry_ids[0] if answer.found and answer.entry_ids else None
            if got == entry.id or (got is not None and _same_unit(got, entry.id)):
                continue
            misses.append(Miss(entry.id, phrasing, got))
            if got is not None:
                a, b = sorted((entry.id, got))
                pairs[(a, b)] += 1
    competing = tuple((a, b, n) for (a, b), n in pairs.most_common())
    return CoverageReport(asked, tuple(misses), competing)


def _same_unit(got: str, wanted: str) -> bool:
    """A table's comparison answer or a row for one of its cells still answers from that table row."""
    return wanted.startswith(got + "/") or got.startswith(wanted + "/")
