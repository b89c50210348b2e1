"""What support staff review besides unanswered questions: answers given with little confidence.

An answer nobody rated down can still be wrong. The advisor stores each answer's
``confidence``, the share of the question (0-1) the answer accounts for; an answer that
covers less than :data:`BORDERLINE_CONFIDENCE` of the question left a good part of it
unexplained and is worth a look, rated or not. :meth:`advisor.store.database.Store.borderline`
lists them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

__all__ = ["BORDERLINE_CONFIDENCE", "BorderlineAnswer"]

#: Answers below this share of the question are listed for review. A full match is 1.0 and most
#: answers to tests/eval/paraphrases.yaml land at 0.8 or above; 4 of its 73 answered questions fall
#: below 0.6, where close to half of what was asked is not in the answer ("dendrite coin cell"
#: answered from lithium penetration alone: 0.597; "walk me through a sulfide cell": 0.33).
BORDERLINE_CONFIDENCE = 0.6


@dataclass(frozen=True)
class BorderlineAnswer:
    """A question that got an answer, but one that covers little of it; grouped over everyone who asked."""

    question: str  # the most recent wording, as typed
    entry_ids: tuple[str, ...]
    confidence: float  # the lowest of the group
    count: int
    last_seen: str  # ISO 8601, UTC

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "entry_ids": list(self.entry_ids)}
