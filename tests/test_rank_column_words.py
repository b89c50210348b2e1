"""A column of a table is named by the words it is asked with, not only by its name (advisor/retrieval/ranking.py:
Retriever._column_words): "the catch with <row>" is read "drawbacks", which the column "What usually goes wrong"
is asked with ("drawbacks of {row}"), so the row's cell answers rather than a passage matching the rest of the
question. The guide's subject words and the rows' own names in those phrasings name no column.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize(("table", "word"), [
    ("electrolyte-families", "drawbacks"),  # "drawbacks of {row}"
    ("electrolyte-families", "disadvantages"),
    ("electrolyte-families", "commercial"),  # the column's own name
])
def test_a_column_is_named_by_its_phrasings(advisor: Advisor, table: str, word: str) -> None:
    assert word in advisor.retriever._column_words(table)


@pytest.mark.parametrize(("table", "word"), [
    ("routes", "battery"),  # a subject word of the guide ("what is inside a {row} battery")
    ("routes", "ion"),  # a word of a row's name ("lithium-ion")
])
def test_subject_and_row_words_name_no_column(advisor: Advisor, table: str, word: str) -> None:
    assert word not in advisor.retriever._column_words(table)


@pytest.mark.parametrize(("question", "entry"), [
    ("cons of oxides in a lithium metal cell", "electrolyte-families/oxides/drawbacks"),
    ("what's the catch with polymer electrolytes, all that marketing buzz aside?",
     "electrolyte-families/polymers/drawbacks"),
])
def test_a_row_and_a_column_asked_answer_with_the_cell(advisor: Advisor, question: str, entry: str) -> None:
    assert advisor.retriever.retrieve(question).best.id == entry  # type: ignore[union-attr]
