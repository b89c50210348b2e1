"""The result types the advisor hands back: frozen, typed, JSON-ready."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

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


class AnswerKind(StrEnum):
    """What kind of reply an :class:`Answer` is; the UI and the store branch on this, never on text."""

    #: The guide covers the question; the text is its answer.
    ANSWERED = "answered"
    #: The guide does not cover the question; the text says so and what it does cover.
    NOT_COVERED = "not-covered"
    #: A greeting, thanks or goodbye: a friendly reply, not a miss.
    SMALL_TALK = "small-talk"
    #: Nothing to answer (empty or only punctuation).
    EMPTY = "empty"
    #: A step, reply or report of the supplier checklist running in a conversation.
    CHECKLIST = "checklist"
    #: A bug inside the advisor; logged, and the user is asked to try again.
    INTERNAL_ERROR = "internal-error"


@dataclass(frozen=True)
class SeeAlso:
    """A close runner-up the answer points to: its entry, its title as the answer shows it, and the
    question that asks for it (what a chat offers as a clickable suggestion)."""

    entry_id: str
    title: str
    question: str

    @property
    def line(self) -> str:
        """The Markdown the answer's text carries for it, exactly as appended, so a UI can show it
        another way (a chip) by removing this line rather than parsing the text."""
        return f"\n\n*See also:* {self.title}"

    def to_dict(self) -> dict[str, str]:
        return {"entry_id": self.entry_id, "title": self.title, "question": self.question}


@dataclass(frozen=True)
class Answer:
    """One answer to one question.

    ``found`` is False when the guide does not cover the question; the text then
    says so and offers topics it does cover. ``kind`` says which kind of reply it is.
    ``confidence`` (0-1) is how clearly the best entry won: its score against the score
    of a full match, times how much of the question it accounts for. It never changes the
    text; staff use it to review borderline answers (answered with low confidence).
    ``corrected_query`` is set when spelling was corrected ("showing results for ...").
    ``see_also`` is the close runner-up the text's "See also" line names, if any.
    ``entry_ids`` are the entries that answer (two when two clauses of a question are answered); ``went_on_with``
    is the passage the text goes on with after its answer, saying what the answer rests on (cited in ``sources``).
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
    kind: AnswerKind = AnswerKind.ANSWERED
    see_also: SeeAlso | None = None
    went_on_with: str | None = None

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
            "kind": self.kind.value,
            "see_also": self.see_also.to_dict() if self.see_also is not None else None,
            "went_on_with": self.went_on_with,
        }
