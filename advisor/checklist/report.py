"""The checklist report: per-step findings, an overall reading, questions for the supplier.

Built by :meth:`advisor.checklist.Checklist.report`; rendered here as a dict or as
Markdown in which every text is escaped, above all what a buyer or supplier wrote.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from advisor.checklist.measurement import Measurement
from advisor.checklist.spec import RATINGS, rating_label
from advisor.text import escape_markdown

__all__ = ["ChecklistReport", "Progress", "ReportItem", "Source", "overall_reading"]

#: Who gave an answer: the buyer typing, or a quote from the supplier's own text.
Source = Literal["buyer", "supplier-text"]


@dataclass(frozen=True)
class Progress:
    """How far a walk-through has got; the report carries it so it can say what is still open."""

    answered: int
    skipped: int
    total: int

    @property
    def remaining(self) -> int:
        return self.total - self.answered - self.skipped

    def to_dict(self) -> dict[str, int]:
        return {"answered": self.answered, "skipped": self.skipped, "total": self.total,
                "remaining": self.remaining}


@dataclass(frozen=True)
class ReportItem:
    """One step as the report shows it."""

    number: int
    step_id: str
    title: str
    question: str
    status: Literal["answered", "skipped", "open"]
    option_id: str | None
    option_label: str | None
    rating: str
    guide: str
    follow_up: str
    answer: str | None
    source: Source | None
    evidence: str | None
    explanation: str | None
    sections: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "number": self.number, "step_id": self.step_id, "title": self.title, "question": self.question,
            "status": self.status, "option_id": self.option_id, "option_label": self.option_label,
            "rating": self.rating, "guide": self.guide, "follow_up": self.follow_up, "answer": self.answer,
            "source": self.source, "evidence": self.evidence, "explanation": self.explanation,
            "sections": list(self.sections),
        }


def _theirs(text: str) -> str:
    """What a buyer typed or a supplier wrote, as inert Markdown."""
    return escape_markdown(text)


def _ours(text: str) -> str:
    """The checklist's own wording (from the knowledge), as Markdown that still reads as plain text."""
    return escape_markdown(text, trusted=True)


_MEASURE_NAMES = {"pressure": "Pressure", "temperature": "Temperature", "cycles": "Cycle count",
                  "energy_density": "Energy density"}


@dataclass(frozen=True)
class ChecklistReport:
    """The checklist's findings: per-step answers, an overall reading, questions for the supplier.

    ``to_dict()`` carries the raw text (escape it where you render it);
    ``to_markdown()`` escapes everything, so a quote such as ``![x](http://host)``
    is shown as text and never becomes a live image or link.
    """

    title: str
    guide: str
    overall: str
    overall_text: str
    items: tuple[ReportItem, ...]
    open_questions: tuple[tuple[str, str], ...]
    measurements: tuple[Measurement, ...]
    citations: tuple[str, ...]
    notices: tuple[str, ...]
    progress: Progress
    #: The checklist's ``figures_note``: shown after the figures the supplier quotes, if any.
    figures_note: str = ""

    def to_dict(self) -> dict[str, object]:
        return {
            "title": self.title,
            "guide": self.guide,
            "overall": {"rating": self.overall, "label": rating_label(self.overall), "text": self.overall_text},
            "progress": self.progress.to_dict(),
            "steps": [item.to_dict() for item in self.items],
            "open_questions": [{"step": step, "question": question} for step, question in self.open_questions],
            "measurements": [m.to_dict() for m in self.measurements],
            "citations": [{"guide": self.guide, "section": section} for section in self.citations],
            "notices": list(self.notices),
        }

    def to_markdown(self) -> str:
        """The report as Markdown: what a buyer or supplier wrote is inert text, and the
        checklist's own wording is escaped too, so only the report's headings and emphasis are markup."""
        out = self._summary_lines()
        out += ["", "## Step by step"]
        for item in self.items:
            out += ["", *_item_lines(item)]
        out += self._figures_lines()
        out += ["", "## Questions to send to the supplier", ""]
        if self.open_questions:
            out += [f"{i}. {_ours(question)} ({_ours(step)})"
                    for i, (step, question) in enumerate(self.open_questions, 1)]
        else:
            out.append("None: every step has a reassuring answer. Still ask for the data behind each one.")
        out += ["", "## Sources", "",
                f"Everything the report says comes from the guide “{_ours(self.guide)}”, sections:"]
        out += [f"- “{_ours(section)}”" for section in self.citations]
        return "\n".join(out) + "\n"

    def _summary_lines(self) -> list[str]:
        progress = self.progress
        counts = ", ".join(f"{rating_label(r)}: {sum(1 for i in self.items if i.rating == r)}" for r in RATINGS)
        out = [f"# {_ours(self.title)} report", "",
               f"**Overall reading: {rating_label(self.overall)}.** {_ours(self.overall_text)}", "",
               f"Answered {progress.answered} of {progress.total} steps, {progress.skipped} skipped, "
               f"{progress.remaining} still open. {counts}."]
        for notice in self.notices:
            out += ["", f"*Note: {_theirs(notice)}*"]
        return out

    def _figures_lines(self) -> list[str]:
        if not self.measurements:
            return []
        out = ["", "## Figures the supplier quotes", ""]
        for m in self.measurements:
            name = _MEASURE_NAMES.get(m.kind, m.kind)
            out.append(f"- {name}: {_theirs(m.describe())}, quoted as “{_theirs(m.evidence)}”")
        if self.figures_note:
            out += ["", _ours(self.figures_note)]
        return out


def _item_lines(item: ReportItem) -> list[str]:
    sections = "- **Guide sections:** " + "; ".join(f"“{_ours(s)}”" for s in item.sections)
    if item.status != "answered":
        state = "skipped" if item.status == "skipped" else "not answered yet"
        return [f"### {item.number}. {_ours(item.title)}: {state} (Unknown)",
                f"- **Why it matters:** {_ours(item.guide)}",
                f"- **Ask the supplier:** {_ours(item.follow_up)}",
                sections]
    origin = "quoted from the supplier's text" if item.source == "supplier-text" else "the buyer's answer"
    out = [f"### {item.number}. {_ours(item.title)}: {_ours(item.option_label or '')} ({rating_label(item.rating)})",
           f"- **Answer** ({origin}): “{_theirs(item.answer or '')}”"]
    if item.explanation:
        out.append(f"- **How it was read:** {_theirs(item.explanation)}")
    out += [f"- **What the guide says:** {_ours(item.guide)}",
            f"- **Ask the supplier:** {_ours(item.follow_up)}",
            sections]
    return out


def overall_reading(items: Sequence[ReportItem]) -> str:
    """The report's overall rating, most cautious first.

    Nothing answered, or more than half the steps unknown: "unknown"; any red flag:
    "red-flag"; any caution or unknown left: "caution"; otherwise "reassuring".
    """
    answered = [i for i in items if i.status == "answered"]
    ratings = [i.rating for i in items]
    if not answered:
        return "unknown"
    if "red-flag" in ratings:
        return "red-flag"
    if ratings.count("unknown") * 2 > len(items):
        return "unknown"
    if "caution" in ratings or "unknown" in ratings:
        return "caution"
    return "reassuring"
