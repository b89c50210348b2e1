"""Follow-ups that switch from one table row to another: by its name, or by a word of its cells.

Our own examples, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.followups import FollowUpRows, described_row


@pytest.mark.parametrize(("first", "then", "expected"), [
    ("Which journal published the Famprikis paper?", "and the Science one, who wrote it?", "sources/kalnaus-2023"),
    ("What is the energy density of the AB-100AH?", "and the cylindrical one's?", "products/ab-21700"),
])
def test_a_row_described_by_a_word_of_its_cells_is_the_row_asked_about(last_answer, first, then, expected):
    assert last_answer(first, then).entry_ids[0].startswith(expected)


def test_a_follow_up_naming_another_row_asks_its_column_of_that_row(last_answer):
    answer = last_answer("Which journal published the Famprikis paper?", "And Randau et al., what year?")
    assert answer.entry_ids[0] == "sources/randau-2020/year"


def test_a_bare_switch_of_row_keeps_the_column(last_answer):
    answer = last_answer("What usually goes wrong with sulfides?", "and the polymers?")
    assert answer.entry_ids[0] == "electrolyte-families/polymers/drawbacks"


def test_a_description_shared_by_several_rows_names_none(advisor):
    table = advisor.knowledge.table("products")
    question = "and the semi one, what voltage?"
    assert described_row(question, table, "ab-50ah") == question


@pytest.mark.parametrize(("first", "then", "expected"), [
    ("Which anode does a solid-state battery use, per the layer table?", "and the other one, conventional lithium-ion?",
     "layers/anode-design/conventional"),
    ("What are the failure modes of solid-state cells?", "and the other one, conventional lithium-ion?",
     "layers/failure-mode/conventional"),
    ("In the layer-by-layer table, what replaces the separator in a solid-state battery?",
     "what about the other one, conventional lithium-ion?", "layers/separator/conventional"),
])
def test_the_other_one_naming_another_column_is_that_column_of_the_same_row(last_answer, first, then, expected):
    # The layer table has four rows: "the other one" is not the three rows left, it is the other column named.
    assert last_answer(first, then).entry_ids[0] == expected


@pytest.mark.parametrize(("question", "expanded"), [
    ("and the other one?", False), ("what about the other kind?", False), ("and the other two?", False),
    ("and the other three?", True), ("and the others?", True),
])
def test_the_other_one_is_the_rest_of_the_table_only_when_one_row_is_left(advisor, question, expanded):
    followups = FollowUpRows(advisor.knowledge, advisor.retriever.prepare)
    # Electrolyte families: four rows, three left after sulfides.
    resolved = followups.resolved(question, ("electrolyte-families", "sulfides"))
    assert (resolved != question) is expanded


def test_the_other_one_of_a_table_of_two_is_the_other_row(write_knowledge):
    small = Advisor(write_knowledge({}))
    followups = FollowUpRows(small.knowledge, small.retriever.prepare)
    assert followups.resolved("and the other one?", ("families", "sulfides")) == "and the other one? (Oxides)"
    assert followups.resolved("and the other two?", ("families", "sulfides")) == "and the other two?"


@pytest.mark.parametrize("then", ["and for the solid-state kind?", "what about solid-state ones?",
                                  "ok, same for the solid-state battery?",
                                  "and the other one, the solid-state battery?"])
def test_an_elliptical_follow_up_asks_the_previous_question_of_what_it_names(advisor, last_answer, then):
    followups = FollowUpRows(advisor.knowledge, advisor.retriever.prepare)
    previous = advisor.retriever.prepare("What anode does a conventional lithium-ion cell use?")
    elided = followups.elided(then, previous, ("routes", "conventional"), "routes/conventional/why-like")
    assert elided is not None
    assert elided.startswith("what anode does a") and "solid state" in elided and "conventional" not in elided
    answer = last_answer("What anode does a conventional lithium-ion cell use?", then)
    assert answer.found
    assert "lithium metal" in answer.text.lower()


@pytest.mark.parametrize(("previous", "row", "entry", "then"), [
    # A question of its own, not a phrase.
    ("What anode does a conventional lithium-ion cell use?", ("routes", "conventional"), None,
     "and why does it matter?"),
    # Another row of the same table: the row switch keeps the column answered before.
    ("What anode does a conventional lithium-ion cell use?", ("routes", "conventional"), None, "and semi-solid?"),
    # Another column of the table whose cell answered: the same row, that column.
    ("What are the failure modes of conventional lithium-ion in the table?", ("layers", "failure-mode"),
     "layers/failure-mode/conventional", "And for solid state?"),
    # No row in the previous question to replace.
    ("How do ions move through the electrolyte?", None, None, "and for polymers?"),
])
def test_what_is_not_an_ellipsis_of_the_previous_row(advisor, previous, row, entry, then):
    followups = FollowUpRows(advisor.knowledge, advisor.retriever.prepare)
    assert followups.elided(then, advisor.retriever.prepare(previous), row, entry) is None
