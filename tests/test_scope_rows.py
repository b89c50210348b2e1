"""Follow-ups that move along a table: "the X one" names a row, a newly named row wins over the
previous one, and "version" only picks among things already named.

Our own examples, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor.core import Advisor


@pytest.mark.parametrize(("text", "row"), [
    ("how heavy is the cylindrical one", "ab-21700"),
    ("and the sulfide ones", "sulfides"),
    ("the oxide one's problem", "oxides"),
])
def test_the_x_one_names_the_row(advisor: Advisor, text: str, row: str) -> None:
    reader = advisor.retriever.reader_
    assert [m.row_id for m in reader.find_mentions(reader.expand(text))] == [row]


def test_everyday_ones_name_no_row(advisor: Advisor) -> None:
    reader = advisor.retriever.reader_
    assert reader.find_mentions(reader.expand("compared with our current ones")) == ()


def test_a_followup_naming_another_row_answers_that_row(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    conversation.ask("What is the energy density of the AB-21700?")
    answer = conversation.ask("and the prismatic cell, what is its nominal voltage?")
    assert answer.found
    assert answer.entry_ids[0] == "products/ab-100ah/nominal-voltage"


def test_version_is_no_unknown_word(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    conversation.ask("What separates the electrodes in a conventional lithium-ion cell?")
    answer = conversation.ask("and in the all-solid-state version?")
    assert answer.found


@pytest.mark.parametrize("question", [
    "Is the nominal voltage of the AB-50AH higher than that of the AB-21700?",
    "My team wants to order some AB-100AH cells for trials: what energy density is it rated at?",
])
def test_a_question_asking_for_a_given_column_is_no_gap(advisor: Advisor, question: str) -> None:
    retrieval = advisor.retriever.retrieve(question)
    assert retrieval.gap is None
    assert retrieval.found


def test_an_attribute_the_table_lacks_is_still_a_gap(advisor: Advisor) -> None:
    retrieval = advisor.retriever.retrieve("What is the cycle life of the AB-50AH?")
    assert retrieval.gap is not None
    assert not retrieval.found


def test_a_phrasal_verb_takes_its_object_in_the_middle(advisor: Advisor) -> None:
    reader = advisor.retriever.reader_
    assert "challenges" in reader.expand("what keeps holding it back")
    assert "challenges" in reader.expand("what holds these back")


def test_everyday_words_for_a_weakness(advisor: Advisor) -> None:
    reader = advisor.retriever.reader_
    assert "weaknesses" in reader.expand("what is the achilles heel of polymer electrolytes")
    assert "weaknesses" in reader.expand("their weak points")


def test_a_column_named_by_its_head_noun_is_no_gap(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    conversation.ask("Tell me about the AB-50AH.")
    answer = conversation.ask("is its voltage lower than the cylindrical cell's?")
    assert answer.found


def test_who_still_asks_for_what_the_table_lacks(advisor: Advisor) -> None:
    retrieval = advisor.retriever.retrieve("what voltage does the AB-100AH run at, and who makes it?")
    assert retrieval.gap is not None


def test_an_off_topic_followup_after_a_row_is_still_declined(advisor: Advisor) -> None:
    # Carrying the previous row must not make any follow-up about that row: the guide has no bike chains.
    conversation = advisor.conversation()
    conversation.ask("What goes wrong with sulfide electrolytes?")
    assert not conversation.ask("and how do I fix my bike chain?").found
