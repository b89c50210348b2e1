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


@pytest.mark.parametrize(("question", "starts"), [
    # The column named by another table's row ("conventional lithium-ion"), the row by the first word of
    # its name ("anode" of "Anode design", "failure" of "Failure mode"): that cell, not the other table's row.
    ("In lithium-ion batteries, how does the anode usually look?", "**Anode design — Conventional lithium-ion:**"),
    ("What anode do conventional lithium-ion cells use today?", "**Anode design — Conventional lithium-ion:**"),
    ("What anode does a conventional lithium-ion battery use in practice?",
     "**Anode design — Conventional lithium-ion:**"),
])
def test_a_row_is_named_by_its_first_word_when_its_tables_column_is_named(
        advisor: Advisor, question: str, starts: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert answer.text.startswith(starts)


def test_a_first_word_names_no_row_without_its_tables_column(advisor: Advisor) -> None:
    """"anode" alone is no name of "Anode design"; it is read so only beside a column of its table."""
    rows = advisor.retriever.rows_
    assert rows._rows_named_by_first_word(set(), ("which", "anode")) == set()
    assert rows._rows_named_by_first_word({("routes", "conventional")}, ("which", "anode")) == {
        ("layers", "anode-design")}
    # A row of that table named already (carried from the question before) is the row.
    assert rows._rows_named_by_first_word({("routes", "conventional"), ("layers", "failure-mode")},
                                          ("which", "anode")) == set()


def test_a_follow_up_keeps_the_row_its_question_named_by_first_word(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    first = conversation.ask("What anode do conventional lithium-ion cells use today?")
    assert first.text.startswith("**Anode design — Conventional lithium-ion:**")
    answer = conversation.ask("and in a solid-state one?")
    assert answer.text.startswith("**Anode design — Solid-state battery:**")
