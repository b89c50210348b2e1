"""Follow-ups that count what was just talked about ("which of the two ...?"), a comparative of an adjective in
"-y" as ordinary English ("likelier", "costlier"), and the supplier question list leading on to each of its
questions' own entries (the electrolyte family, the lithium-metal anode).

Our own sentences, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from advisor.answer import Answer
from advisor.conversation import is_follow_up
from advisor.retrieval.english import is_ordinary_form


@pytest.mark.parametrize("question", ["Which of the two is cheaper to build?", "are the three all flammable?",
                                      "which of the two came first?"])
def test_counting_what_was_just_named_is_a_follow_up(question: str) -> None:
    assert is_follow_up(question)


@pytest.mark.parametrize("word", ["likelier", "costlier", "likeliest", "trickier"])
def test_a_comparative_of_an_adjective_in_y_is_ordinary_english(word: str) -> None:
    assert is_ordinary_form(word, cutoff=3.0)


def test_which_of_the_two_after_a_comparison_picks_between_them(last_answer: Callable[..., Answer]) -> None:
    answer = last_answer("What separates semi-solid cells from all-solid-state ones?",
                         "Which of the two is likelier to reach buyers first?")
    assert answer.found and "earlier" in answer.text


def test_the_lithium_metal_question_follows_the_supplier_list(last_answer: Callable[..., Answer]) -> None:
    answer = last_answer("What questions do I put to a battery vendor?", "And if they answer lithium metal?")
    assert answer.found and "protection concept" in answer.text
