"""A superlative naming a column of numbers (its unit or its name) picks a row even without "which" or "what"
("highest Wh/kg product in the list?", "highest energy density product?"): a column of numbers has no verdict
over every respect to give, so the question is no "is there one that beats the others?"
(advisor/retrieval/superlatives.py: SuperlativeFinder.find, _by_unit). An idiom naming no column ("on top of
the market") ranks none.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize(("question", "first"), [
    ("highest Wh/kg product in the list?", "ab-50ah"),
    ("i want the most wh per kg cell, got one?", "ab-50ah"),
    ("show me the most energy per kilo among the cells", "ab-50ah"),
    ("lowest Wh/kg cell in the guide", "ab-100ah"),
    ("greatest watt-hours per kilogram cell pls", "ab-50ah"),
    ("top wh/kg battery here", "ab-50ah"),
])
def test_a_unit_with_a_superlative_picks_a_row(advisor: Advisor, question: str, first: str) -> None:
    superlative = advisor.retriever.retrieve(question).superlative
    assert superlative is not None and superlative.numeric
    assert superlative.order[0] == first


@pytest.mark.parametrize(("question", "first"), [
    ("highest energy density product?", "ab-50ah"),  # the column named by its name
    ("lowest nominal voltage cell?", "ab-100ah"),
    ("I need the lowest energy density one for a cheap build", "ab-100ah"),
    ("cell with the least energy density, please", "ab-100ah"),
])
def test_a_column_of_numbers_named_with_a_superlative_picks_a_row(advisor: Advisor, question: str,
                                                                 first: str) -> None:
    superlative = advisor.retriever.retrieve(question).superlative
    assert superlative is not None and superlative.numeric
    assert superlative.order[0] == first


def test_a_superlative_idiom_naming_no_column_ranks_none(advisor: Advisor) -> None:
    # "on top of the market" names no column: the table of sources is not ranked by year.
    question = "why are ordinary lithium-ion cells still on top of the market?"
    superlative = advisor.retriever.retrieve(question).superlative
    assert superlative is None or not superlative.numeric


@pytest.mark.parametrize("question", [
    "most sugar per kg fruit?",  # a unit of no table the question names
    "cheapest cell per kWh?",  # a unit no column is given in
])
def test_a_unit_of_no_column_picks_nothing(advisor: Advisor, question: str) -> None:
    assert not advisor.ask(question).found
