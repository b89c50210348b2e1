"""A question naming one table row, best matched by a passage about no row, is answered by a close passage
titled with that row (advisor/retrieval/compose.py, _passage_titled_by_the_row).

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.compose import _passage_titled_by_the_row
from advisor.retrieval.ranking import Retrieval


def _retrieval(advisor: Advisor, question: str, ranked: list[tuple[str, float]]) -> Retrieval:
    entries = tuple((e, s) for i, s in ranked if (e := advisor.knowledge.entry(i)) is not None)
    return Retrieval(advisor.retriever.prepare(question), entries, True, 1.0, "ok")


@pytest.mark.parametrize(("question", "ranked", "expected"), [
    # The best passage is about no row; the FAQ titled with the row asked about is close: it answers.
    ("Is semi-solid a gimmick?", [("buyer-academic-evidence", 1.0), ("faq-semi-solid", 0.95)], "faq-semi-solid"),
    # Not close enough.
    ("Is semi-solid a gimmick?", [("buyer-academic-evidence", 1.0), ("faq-semi-solid", 0.8)], None),
    # The best passage is itself about a row: it stays.
    ("Is semi-solid a gimmick?", [("semi-solid-earlier", 1.0), ("faq-semi-solid", 0.95)], None),
    # A table entry answers: row scoring chose it.
    ("Is semi-solid a gimmick?", [("routes/semi-solid", 1.0), ("faq-semi-solid", 0.95)], None),
    # No row named, or two: nothing to prefer.
    ("Is it a gimmick?", [("buyer-academic-evidence", 1.0), ("faq-semi-solid", 0.95)], None),
    ("Semi-solid or oxides, which is the gimmick?", [("buyer-academic-evidence", 1.0), ("faq-semi-solid", 0.95)],
     None),
])
def test_a_close_passage_titled_with_the_named_row_answers(
        advisor: Advisor, question: str, ranked: list[tuple[str, float]], expected: str | None) -> None:
    found = _passage_titled_by_the_row(_retrieval(advisor, question, ranked), advisor.knowledge, 0.9, 0.6)
    assert (found.id if found is not None else None) == expected


def test_a_title_names_rows_by_their_names_and_aliases(advisor: Advisor) -> None:
    entry = advisor.knowledge.entry("faq-semi-solid")
    assert entry is not None
    assert ("routes", "semi-solid") in advisor.knowledge.rows_titled(entry)
