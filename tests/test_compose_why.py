"""A why-question is answered by the FAQ written to answer one (advisor/retrieval/compose.py,
_reason_for_why), as a yes/no question is by the FAQ written as a verdict.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.compose import _reason_for_why
from advisor.retrieval.ranking import Retrieval


def _retrieval(advisor: Advisor, question: str, ranked: list[tuple[str, float]]) -> Retrieval:
    entries = tuple((e, s) for i, s in ranked if (e := advisor.knowledge.entry(i)) is not None)
    return Retrieval(advisor.retriever.prepare(question), entries, True, 1.0, "ok")


@pytest.mark.parametrize(("question", "runner_up", "share", "expected"), [
    # A why-question about interfaces: the FAQ asking why interfaces matter answers, if close.
    ("Why do the interfaces between the solid layers matter so much?", 0.9, 0.7, "faq-interfaces"),
    ("Why do the interfaces between the solid layers matter so much?", 0.6, 0.7, None),  # not close
    ("How do the interfaces between the solid layers matter?", 0.9, 0.7, None),  # no why-question
    ("Why do sulfides need dry rooms?", 0.9, 0.7, None),  # the FAQ is about something else
])
def test_a_why_question_is_answered_by_the_faq_asking_why(
        advisor: Advisor, question: str, runner_up: float, share: float, expected: str | None) -> None:
    retrieval = _retrieval(advisor, question, [("interface-is-the-battery", 1.0), ("faq-interfaces", runner_up)])
    found = _reason_for_why(retrieval, advisor.knowledge, share, advisor.retriever.tuning.ordinary_zipf)
    assert (found.id if found is not None else None) == expected


def test_a_best_entry_asking_why_itself_stays(advisor: Advisor) -> None:
    retrieval = _retrieval(advisor, "Why do the interfaces between the solid layers matter so much?",
                           [("faq-interfaces", 1.0), ("interface-is-the-battery", 0.95)])
    assert _reason_for_why(retrieval, advisor.knowledge, 0.7, advisor.retriever.tuning.ordinary_zipf) is None
