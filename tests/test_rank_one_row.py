"""A question picking one thing ("which study ...?") is not answered by a list of a table's rows when a
close runner-up is about one of them (advisor/retrieval/ranking.py, Retriever._one_row_of_list).

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.ranking import _picks_one


@pytest.mark.parametrize(("question", "row"), [
    ("Which paper in the sources looked at the mechanics of solid electrolytes?", "sources/kalnaus-2023"),
    ("which reference in the reading list covers interface problems at the nanoscale?", "sources/tan-2020"),
])
def test_which_one_from_a_list_answers_with_that_row(advisor: Advisor, question: str, row: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert answer.sources[0].id.startswith(row), answer.sources[0].id


@pytest.mark.parametrize(("question", "best"), [
    # Plural: may pick several, and the list (or the rows sharing a value) answers.
    ("Which sources does the guide list?", "sources-list"),
    ("which sources are in the reading list?", "sources-list"),
    ("which sources appeared in Nature Energy?", "sources"),
    # No close runner-up about one row: the list stays rather than a weak guess.
    ("which study in the further reading covers mechanics?", "sources"),
])
def test_a_question_not_picking_one_or_without_a_close_row_keeps_the_list(
        advisor: Advisor, question: str, best: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert answer.sources[0].id == best


@pytest.mark.parametrize(("question", "picks"), [
    ("which study benchmarked cells", True),
    ("which one of them is newest", True),
    ("which analysis covers it", True),
    ("which sources are cited", False),
    ("which of the papers is from 2019", False),
    ("what study benchmarked cells", False),
])
def test_picking_one_is_which_then_one_or_a_singular_noun(question: str, picks: bool) -> None:
    assert _picks_one(question.split()) is picks


def test_the_setting_turns_it_off(advisor: Advisor) -> None:
    from advisor.retrieval.ranking import Retriever
    from advisor.retrieval.tuning import Tuning

    off = Retriever(tuning=Tuning(one_row_share=1.1)).fit(advisor.knowledge)
    ranked = off.retrieve("Which paper in the sources looked at the mechanics of solid electrolytes?").ranked
    assert ranked[0][0].id in {"sources-list", "sources"}
