"""A passage whose title names one table row is about that row (advisor/retrieval/rows.py): a question
naming another row of that table is not answered by it.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


def test_a_passage_titled_with_one_row_is_about_that_row(advisor: Advisor) -> None:
    """"Why semi-solid reaches the market earlier" is also asked "semi-solid or all-solid-state?", but
    its title names semi-solid alone: it is about semi-solid."""
    scoring = advisor.retriever.rows_
    position = scoring.position["semi-solid-earlier"]
    codes = {code: row for row, code in scoring._row_codes.items()}
    assert codes[int(scoring._about_key[position])] == ("routes", "semi-solid")


@pytest.mark.parametrize("question", [
    "Why is today's lithium-ion still the market leader?",
    "Why do ordinary lithium-ion batteries still lead the market?",
])
def test_a_question_about_another_row_is_not_answered_by_that_passage(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert "semi-solid-earlier" not in answer.entry_ids
    assert "production scale" in answer.text
