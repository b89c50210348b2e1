"""A follow-up continues where the guide sends the reader from the previous answer: among entries that answer
it nearly as well as the best (``RELATED_SHARE``), one the previous answer lists as ``related`` answers, a
passage named there before a cell of a table named there. "Do all solid-state cells use lithium metal?" then
"why is it such a prize?" is the passage on why lithium metal is the prize, not another passage that happens
to share a word.

Our own examples, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

import advisor.core as core


@pytest.mark.parametrize(("first", "then", "expected"), [
    ("Why are interfaces such a big issue in solid-state cells?", "and what actually goes wrong at them?",
     "interface-failure-bullets"),
    ("What is a semi-solid battery?", "why does it reach customers sooner?", "semi-solid-earlier"),
    ("Why are solid-state batteries hard to mass-produce?", "why does it need so much pressure?",
     "stack-pressure-interlayers"),
    ("What are the main types of solid electrolyte?", "which one is the bridge between families?",
     "electrolyte-families/composites/commercial"),
    # The previous answer would answer again: the follow-up asks for more than it said.
    ("Does every solid-state cell use a lithium metal anode?", "so why is lithium metal wanted at all?",
     "lithium-metal-real-prize"),
])
def test_a_follow_up_continues_to_an_entry_the_answer_lists_as_related(last_answer, first, then, expected):
    assert last_answer(first, then).entry_ids[0] == expected


def test_a_row_picked_by_a_related_table_is_what_its_pronoun_then_means(last_answer):
    answer = last_answer("What are the main types of solid electrolyte?", "which one is the bridge between families?",
                         "and what's its weak point?")
    assert answer.found
    assert answer.entry_ids[0] == "electrolyte-families/composites/drawbacks"


def test_without_the_related_preference_the_unrelated_passage_answers(last_answer, monkeypatch):
    # The test can fail: the preference is what moves the answer.
    monkeypatch.setattr(core, "RELATED_SHARE", 99.0)
    answer = last_answer("Why are interfaces such a big issue in solid-state cells?",
                         "and what actually goes wrong at them?")
    assert answer.entry_ids[0] != "interface-failure-bullets"


@pytest.mark.parametrize("question", [
    "What goes wrong at solid-solid interfaces?",
    "Why does lithium metal matter so much?",
    "which one is the bridge between families?",
])
def test_a_question_asked_on_its_own_is_not_moved(advisor, monkeypatch, question):
    # Only a follow-up has a previous answer whose related entries could be preferred.
    before = advisor.ask(question).entry_ids
    monkeypatch.setattr(core, "RELATED_SHARE", 99.0)
    assert advisor.ask(question).entry_ids == before
