"""Rows named by another form of their name, and the cell a question names by its row and its column
(advisor/retrieval/rows.py).

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.rows import _inflection_roots


@pytest.mark.parametrize(("word", "root"), [
    ("fails", "fail"), ("failed", "fail"), ("failing", "fail"), ("fail", "fail"), ("closed", "close"),
])
def test_a_verb_is_read_without_its_inflection(word: str, root: str) -> None:
    assert root in _inflection_roots(word)


@pytest.mark.parametrize("word", ["composition", "oxidation", "leakage"])
def test_a_noun_is_not_a_verb_of_a_row_name(advisor: Advisor, word: str) -> None:
    """Only a verb a one-word row name is made from names the row: "composition" is not "composites"."""
    assert not advisor.retriever.rows_._rows_named_by_word_form((word,), ())


@pytest.mark.parametrize(("question", "cell", "says"), [
    # The row "Failure mode" named by its verb, the column by the name of a row of another table.
    ("Which parts fail inside an ordinary lithium-ion cell?", "layers/failure-mode/conventional", "Leakage"),
    ("How does a li-ion battery usually fail?", "layers/failure-mode/conventional", "SEI growth"),
    ("What kind of failing is typical for today's lithium-ion cells?", "layers/failure-mode/conventional",
     "flammable solvent"),
    # ... and the column by its own words.
    ("What failed in the solid-state battery column of the layer table?", "layers/failure-mode/solid-state",
     "voids"),
])
def test_a_question_naming_a_row_and_a_column_gets_their_cell(advisor: Advisor, question: str, cell: str,
                                                             says: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert answer.entry_ids == (cell,)
    assert says in answer.text


def test_a_passage_that_answers_is_not_replaced_by_a_cell(advisor: Advisor) -> None:
    """The cell named by row and column answers only where a table answers: a passage about how a
    family's electrolyte behaves keeps answering."""
    answer = advisor.ask("What fails in a polymer electrolyte?")
    assert answer.found
    assert answer.entry_ids == ("polymers-prose",)
