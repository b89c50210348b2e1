"""A why-question best matched by a whole table that gives no reasons (no column of it says why) is answered
by a close passage of text (advisor/retrieval/compose.py: _reason_not_a_table): a table of values lists, it
does not explain. A table with a column of reasons ("Why researchers like it") still answers.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.tuning import Tuning


@pytest.mark.parametrize("question", [
    "why do the AB products reach the market sooner than full solid-state cells?",
    "why do products arrive with semi-solid before all-solid-state?",
])
def test_a_table_of_values_gives_no_reason(advisor: Advisor, question: str) -> None:
    assert advisor.retriever.retrieve(question).best.id == "products"  # type: ignore[union-attr]
    answer = advisor.ask(question)
    assert answer.found
    assert not answer.text.startswith("**Related products**")
    assert answer.sources[0].id != "products"


def test_off_keeps_the_table(advisor: Advisor) -> None:
    off = Advisor(tuning=Tuning(why_table_share=1.1))
    question = "why do the AB products reach the market sooner than full solid-state cells?"
    assert off.ask(question).sources[0].id == "products"
    assert advisor.ask(question).sources[0].id != "products"


def test_a_table_with_a_column_of_reasons_answers_why(advisor: Advisor) -> None:
    question = "why do researchers pick among the electrolyte families?"
    assert advisor.retriever.retrieve(question).best.id == "electrolyte-families"  # type: ignore[union-attr]
    assert advisor.ask(question).sources[0].id == "electrolyte-families"
