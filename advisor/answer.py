"""The result types the advisor hands back: frozen, typed, JSON-ready."""

from __future__ import annotations

from dataclasses import dataclass, field

#: The kinds of knowledge entry a source can be; also the library page's filter.
KINDS: tuple[str, ...] = ("faq", "section", "table", "checklist", "source", "product")

#: An answer's text is a chat answer, never the whole guide.
MAX_ANSWER_CHARS = 1500


@dataclass(frozen=True)
class Source:
    """Where in the guide an answer comes from."""

    id: str
    title: str
    kind: str
    section: str

    def citation(self) -> str:
        """A one-line human citation, e.g. for copying an answer to a help-desk tool."""
        if self.section and self.section != self.title:
            return f"“{self.section}” — {self.title}"
        return f"“{self.title}”"

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "title": self.title, "kind": self.kind, "section": self.section}


@dataclass(frozen=True)
class Answer:
    """One answer to one question.

    ``found`` is False when the guide does not cover the question; the text then
    says so and offers topics it does cover. ``corrected_query`` is set when
    spelling was corrected ("showing results for ...").
    """

    question: str
    text: str
    found: bool
    confidence: float
    sources: tuple[Source, ...] = ()
    suggestions: tuple[str, ...] = ()
    corrected_query: str | None = None
    notice: str | None = None
    entry_ids: tuple[str, ...] = field(default=())

    def citation(self) -> str:
        """The sources as one line: "Source: How ...; Why ...". Empty when not found."""
        if not self.sources:
            return ""
        return "Source: " + "; ".join(s.citation() for s in self.sources)

    def to_dict(self) -> dict[str, object]:
        return {
            "question": self.question,
            "text": self.text,
            "found": self.found,
            "confidence": self.confidence,
            "sources": [s.to_dict() for s in self.sources],
            "suggestions": list(self.suggestions),
            "corrected_query": self.corrected_query,
            "notice": self.notice,
            "entry_ids": list(self.entry_ids),
        }
