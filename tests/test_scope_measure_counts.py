"""'How many' of a unit of measure ("how many charge cycles", "how many volts") asks for a number: a passage
that states none does not answer it, neither with a list it happens to hold nor because one of its phrasings
asks the same ("how many cycles does it last"); the answer says the guide gives no figure and shows the passage.
'How many' of things (families, routes, sources, ways) is still answered by the list or table that counts them,
and a figure the guide does state (a product's Wh/kg) is still given.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor

NO_FIGURE = "The guide does not cover that: it gives no figure for it"


@pytest.mark.parametrize("question", [
    "How many cycles can a sulfide cell survive?",
    "How many charge cycles can I expect from a semi-solid battery?",
    "How many cycles does an oxide electrolyte cell reach?",
    "How many volts does a solid electrolyte layer withstand?",
    "How many cycles do lithium metal anodes last in a solid cell?",
])
def test_a_count_of_a_unit_the_guide_never_states_is_a_figure_gap(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert not answer.found
    assert answer.text.startswith(NO_FIGURE)


@pytest.mark.parametrize(("question", "expected"), [
    ("How many electrolyte families does the guide describe?", "sulfides"),
    ("How many ways do interfaces fail?", "four main ways"),
    ("How many sources are in the reading list?", "Janek"),
    ("How many routes does the comparison table show?", "Semi-solid"),
    ("How many Wh/kg does the AB-21700 reach?", "300 Wh/kg"),
])
def test_a_count_of_things_or_a_stated_figure_is_still_answered(advisor: Advisor, question: str,
                                                                 expected: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert expected in answer.text
