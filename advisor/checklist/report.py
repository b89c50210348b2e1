"""The checklist report: per-step findings, an overall reading, questions for the supplier.

Built by :meth:`advisor.checklist.Checklist.report`; rendered here as a dict or as
Markdown in which everything a buyer or supplier wrote is escaped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from advisor.checklist.measurement import Measurement
from advisor.checklist.spec import RATINGS, rating_label
from advisor.store.export import escape_markdown

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


_MEASURE_NAMES = {"pressure": "Pressure", "temperature": "Temperature", "cycles": "Cycle count",
                  "energy_density": "Energy density"}
#: What the guide says about quoted figures (Randau et al., "Why pressure and mechanics matter ...").
_FIGURES_NOTE = ("The best lab number is not the same thing as the best battery: high energy, high power, and "
                 "practical performance still need to be balanced rather than assumed.")


_MARKUP = re.compile(r"([\\`*_\[\]<>!|~#&])")


def _md(text: str) -> str:
    """Knowledge text (trusted, but plain) as Markdown: markup characters escaped, prose left readable.

    What a buyer typed or a supplier wrote goes through :func:`escape_markdown` instead,
    which also breaks autolinks and block markup.
    """
    return _MARKUP.sub(r"\\\1", " ".join(text.split()))


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
        user = escape_markdown  # anything a buyer typed or a supplier wrote
        k = _md  # the checklist's own text
        progress = self.progress
        counts = {r: sum(1 for i in self.items if i.rating == r) for r in RATINGS}
        out = [f"# {k(self.title)} report", ""]
        out.append(f"**Overall reading: {rating_label(self.overall)}.** {k(self.overall_text)}")
        out.append("")
        out.append(f"Answered {progress.answered} of {progress.total} steps, {progress.skipped} skipped, "
                   f"{progress.remaining} still open. "
                   + ", ".join(f"{rating_label(r)}: {counts[r]}" for r in RATINGS) + ".")
        for notice in self.notices:
            out += ["", f"*Note: {user(notice)}*"]
        out += ["", "## Step by step"]
        for item in self.items:
            out.append("")
            if item.status == "answered":
                out.append(f"### {item.number}. {k(item.title)}: {k(item.option_label or '')} "
                           f"({rating_label(item.rating)})")
                origin = "quoted from the supplier's text" if item.source == "supplier-text" else "the buyer's answer"
                out.append(f"- **Answer** ({origin}): “{user(item.answer or '')}”")
                if item.explanation:
                    out.append(f"- **How it was read:** {user(item.explanation)}")
                out.append(f"- **What the guide says:** {k(item.guide)}")
                out.append(f"- **Ask the supplier:** {k(item.follow_up)}")
            else:
                state = "skipped" if item.status == "skipped" else "not answered yet"
                out.append(f"### {item.number}. {k(item.title)}: {state} (Unknown)")
                out.append(f"- **Why it matters:** {k(item.guide)}")
                out.append(f"- **Ask the supplier:** {k(item.follow_up)}")
            out.append("- **Guide sections:** " + "; ".join(f"“{k(s)}”" for s in item.sections))
        if self.measurements:
            out += ["", "## Figures the supplier quotes", ""]
            for m in self.measurements:
                name = _MEASURE_NAMES.get(m.kind, m.kind)
                out.append(f"- {name}: {user(m.describe())}, quoted as “{user(m.evidence)}”")
            out += ["", k(_FIGURES_NOTE)]
        out += ["", "## Questions to send to the supplier", ""]
        if self.open_questions:
            out += [f"{i}. {k(question)} ({k(step)})" for i, (step, question) in enumerate(self.open_questions, 1)]
        else:
            out.append("None: every step has a reassuring answer. Still ask for the data behind each one.")
        out += ["", "## Sources", "", f"Everything the report says comes from the guide “{k(self.guide)}”, sections:"]
        out += [f"- “{k(section)}”" for section in self.citations]
        return "\n".join(out) + "\n"


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
