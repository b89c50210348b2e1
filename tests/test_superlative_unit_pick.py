"""A superlative naming the unit of a column of numbers picks a row even without "which" or "what" ("highest
Wh/kg product in the list?", "top wh/kg battery here"): a column of numbers has no verdict over every respect
to give, so the question is no "is there one that beats the others?" (advisor/retrieval/superlatives.py:
SuperlativeFinder.find, _by_unit).

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


@pytest.mark.parametrize("question", [
    "most sugar per kg fruit?",  # a unit of no table the question names
    "cheapest cell per kWh?",  # a unit no column is given in
])
def test_a_unit_of_no_column_picks_nothing(advisor: Advisor, question: str) -> None:
    assert not advisor.ask(question).found
