"""A whole table holds every row's words, so it accounts for many everyday words by its size alone: it
does not overtake a better-scoring answer on them when the question names none of its rows, columns or
title words ("what happens at the contact points ...?" is not asking for the reading list). A question that
names the table still gets it.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

from advisor import Advisor


def test_an_unasked_table_does_not_win_on_everyday_words(advisor: Advisor) -> None:
    answer = advisor.ask("what happens at the contact points that makes them a problem?")
    assert answer.found and answer.entry_ids[0] != "sources"


def test_whole_table_unasked_reads_names_columns_and_title(advisor: Advisor) -> None:
    retriever = advisor.retriever
    table = advisor.knowledge.entry("sources")
    passage = advisor.knowledge.entry("interface-is-the-battery")
    assert table is not None and passage is not None
    assert retriever.whole_table_unasked(retriever.prepare("what makes those points a problem"), table)
    assert not retriever.whole_table_unasked(retriever.prepare("which journal published it"), table)
    assert not retriever.whole_table_unasked(retriever.prepare("what further reading is there"), table)
    assert not retriever.whole_table_unasked(retriever.prepare("what makes those points a problem"), passage)


def test_a_question_naming_the_table_still_gets_it(advisor: Advisor) -> None:
    answer = advisor.ask("which sources does the guide list for further reading?")
    assert answer.found and "Famprikis" in answer.text
