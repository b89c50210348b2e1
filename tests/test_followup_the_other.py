""""The other kind" after a question naming things a table compares side by side (its title: "Conventional
lithium-ion vs semi-solid vs all-solid-state") is the one of them the question did not name, when one is
left: a comparison of semi-solid and lithium-ion, then "and the other kind?", asks about all-solid-state.

Our own examples, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor.core import Advisor


@pytest.mark.parametrize(("first", "then", "expected"), [
    # (Since the twenty-seventh round "regular lithium-ion" names the conventional row, so the two rows were
    # compared in the route table; the third is the other kind, answered by its row. Before, the question named
    # one row and a passage answered, and the previous question asked again of all-solid-state found the passage
    # setting the three side by side.)
    ("How is a semi-solid battery different from a regular lithium-ion one?", "and the other kind?",
     "routes/all-solid-state"),
    ("How is a semi-solid battery different from a regular lithium-ion one?", "and the other kind, the solid one?",
     "routes/all-solid-state"),
    ("Why do people like conventional lithium-ion and semi-solid?", "what about the other one?",
     "routes/all-solid-state/why-like"),
    ("Compare semi-solid with all-solid-state batteries.", "and the other one?", "routes/conventional"),
    ("In a conventional lithium-ion cell, what carries the ions?", "and in the other kind?",
     "layers/electrolyte/solid-state"),
    ("What does the anode look like in a normal li-ion cell?", "what about the other kind?",
     "layers/anode-design/solid-state"),
    ("What is the separator in a solid-state battery?", "and in the other kind?", "layers/separator/conventional"),
])
def test_the_other_kind_is_the_one_thing_compared_that_was_not_named(last_answer, first, then, expected):
    assert last_answer(first, then).entry_ids[0].startswith(expected)


@pytest.mark.parametrize(("first", "then"), [
    # Two of three routes are left: "the other one" names neither.
    ("What is the reality check for semi-solid?", "and the other one?"),
    # Several others, not one.
    ("What is the reality check for semi-solid?", "and the other two?"),
])
def test_the_other_names_nothing_when_more_than_one_is_left(advisor: Advisor, first, then):
    topic = advisor.answer_in_context(first).topic
    assert topic is not None
    assert advisor._followups.the_other(then, topic.query, topic.entry_id) == then


def test_a_title_comparing_nothing_gives_no_things(advisor: Advisor):
    assert advisor._followups.compared(advisor.knowledge.table("sources")) == []
    assert advisor._followups.compared(advisor.knowledge.table("routes")) == [
        "Conventional lithium-ion", "semi-solid", "all-solid-state"]


@pytest.mark.parametrize(("first", "then", "expected"), [
    # The semi-solid question's words ("solid", "battery") are no reason to read "a solid-state battery" of the
    # layer table as named: the follow-up names the other thing itself.
    ("What is a semi-solid cell?", "and the other type, the all-solid-state one?", "throughout"),
    ("Tell me what a semi-solid battery is.", "and the other kind, the truly solid one?", "throughout"),
])
def test_the_other_kind_described_is_that_thing_asked_as_before(last_answer, first, then, expected):
    """After a passage answered "what is X?", "and the other kind, the Y one?" asks what Y is (the passage
    defining it), not for a comparison with a third thing nor a cell of Y's row."""
    answer = last_answer(first, then)
    assert expected in answer.text
    assert not answer.text.startswith("**Conventional lithium-ion vs")
