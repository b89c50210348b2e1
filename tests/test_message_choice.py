"""A choice asked without what it is for ("Which family fits?") is about the need said before it.

Our own messages, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor.retrieval.message import questions_in

_NEED = "Our pilot line needs an electrolyte that tolerates air during processing."


@pytest.mark.parametrize(("question", "borrows"), [
    ("Which family fits?", True),
    ("Which one would suit us?", True),
    ("So which electrolyte type works best here?", True),
    ("Which route should we go with?", True),
    ("Which family is best for us?", True),
    ("which option do you recommend", True),
    ("What numbers should we use?", True),
    ("What chemistry would you recommend?", True),
    ("Which family fits, and what do we give up with it?", True),
    # A choice that says what it is for, or no choice at all, is a question of its own.
    ("Which family has the highest ionic conductivity?", False),
    ("Which electrolyte family needs a dry room?", False),
    ("What is stack pressure?", False),
    ("What electrolyte should we use for thin films?", False),
])
def test_a_choice_without_its_need_borrows_the_sentence_before_it(advisor, question, borrows):
    asked = questions_in(f"Hello from a small start-up. {_NEED} {question}", advisor.on_topic)
    assert asked == [f"{_NEED} {question}" if borrows else question]


def test_a_choice_after_another_question_borrows_nothing(advisor):
    message = "What do polymers need? Which family fits?"
    assert questions_in(message, advisor.on_topic) == ["What do polymers need?", "Which family fits?"]


@pytest.mark.parametrize("padding", ["", "I run a tiny lab in a shed. ", "Sorry for the ramble, long week. "])
def test_a_choice_is_answered_from_the_need(advisor, padding):
    answer = advisor.ask(f"{padding}We want flexible thin electrolyte films that are simple to process. "
                         "Which family suits that?")
    assert answer.found
    assert "polymer" in answer.text.lower()


@pytest.mark.parametrize("question", ["Which family fits?", "Which electrolyte family would suit us?",
                                      "Which route should we go with?", "Which one works best?",
                                      "What numbers should we use?"])
@pytest.mark.parametrize("small_talk", ["Hi there! We moved house last month and the garden is a mess. ",
                                        "Sorry for the long message, I am new here. My dog says hello. "])
def test_small_talk_before_a_choice_is_no_need(advisor, question, small_talk):
    alone, padded = advisor.ask(question), advisor.ask(f"{small_talk}{question}")
    assert (padded.found, padded.entry_ids) == (alone.found, alone.entry_ids)


@pytest.mark.parametrize("need", [
    "Our council wants the price per kilowatt-hour of solid-state cells for a budget.",
    "We need the cycle life in years of a solid-state pack for our warranty terms.",
])
def test_a_choice_whose_need_the_guide_does_not_cover_is_declined(advisor, need):
    assert not advisor.ask(f"I plan storage for a small town. {need} What figure should we use?").found
