""""The worst <property>" is the row whose weaknesses name it, "the best <property>" the row whose strengths do
(advisor/retrieval/superlatives.py: SuperlativeFinder._by_judged_cells): a column is read as counting against
its rows or for them by its own name and phrasings ("What usually goes wrong", "drawbacks of {row}"). "Which is
best?" naming no property stays a verdict over every respect.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize(("question", "row", "column"), [
    ("which family has the best chemical robustness?", "oxides", "why-like"),
    ("which solid electrolyte has the best particle contact?", "sulfides", "why-like"),
    ("which electrolyte family has the worst room temperature conductivity?", "polymers", "drawbacks"),
    ("which electrolyte has the worst rigid contact?", "oxides", "drawbacks"),
    ("which family has the best ionic conductivity?", "sulfides", "why-like"),
    ("which route has the best energy density potential?", "all-solid-state", "why-like"),
])
def test_best_and_worst_read_the_column_for_or_against(advisor: Advisor, question: str, row: str,
                                                       column: str) -> None:
    superlative = advisor.retriever.retrieve(question).superlative
    assert superlative is not None
    assert superlative.order[0] == row
    assert superlative.column_id == column


@pytest.mark.parametrize("question", [
    "which solid electrolyte is the best?",
    "which electrolyte family is the worst overall?",
])
def test_no_property_named_is_no_row_picked(advisor: Advisor, question: str) -> None:
    superlative = advisor.retriever.retrieve(question).superlative
    assert superlative is None or not superlative.order


@pytest.mark.parametrize("question", [
    "When is the best time of year to take down a bird feeder?",
    "Which year was the best for wine?",
])
def test_a_superlative_naming_a_column_by_chance_in_a_question_on_another_topic_is_declined(
        advisor: Advisor, question: str) -> None:
    # "year" is the sources table's column, but nothing of the guide's subject is asked about, in words the
    # guide never uses: no ranking of the sources answers it.
    assert not advisor.ask(question).found


@pytest.mark.parametrize("question", ["Which source is the most recent?", "vc q: what's the single biggest risk?"])
def test_a_superlative_on_the_guides_tables_still_ranks(advisor: Advisor, question: str) -> None:
    assert advisor.ask(question).found
