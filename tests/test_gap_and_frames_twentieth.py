"""A unit written out ("in millisiemens per centimetre") asks for a figure as "in mS/cm" does; "which car company"
asks for a name as "which company" does; a claim weighed against the salesman's word for it ("true or hype?",
"tru or spin?") is a quiz's frame asking about the claim before it; chat shorthand "yr", "probs", "tru".

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.english import expand_shorthand, without_confirmation_frame


def test_a_figure_asked_in_millisiemens_is_not_given(advisor: Advisor) -> None:
    answer = advisor.ask("How conductive are oxide electrolytes, in millisiemens per centimetre?")
    assert not answer.found


@pytest.mark.parametrize("words", ["is it true or hype", "fact or spin", "real or marketing"])
def test_a_claim_weighed_against_hype_is_a_confirmation_frame(words: str) -> None:
    assert without_confirmation_frame(words.split()) == words.split()[:-3]


@pytest.mark.parametrize("message", [
    "My neighbour says solid cells can never grow dendrites. True or hype?",
    "my mate reckons solid state means no dendrite probs at all. tru or spin?",
])
def test_true_or_hype_after_a_claim_asks_about_the_claim(advisor: Advisor, message: str) -> None:
    answer = advisor.ask(message)
    assert answer.found and "lithium penetration" in answer.text


def test_chat_shorthand_for_year_problems_and_true() -> None:
    assert expand_shorthand(["wot", "yr", "r", "the", "probs", "tru"], frozenset()) == \
        ["what", "year", "are", "the", "problems", "true"]


@pytest.mark.parametrize("question", ["Which battery maker is furthest ahead with solid electrolytes?",
                                      "What cell manufacturer makes the best sulfide cells?"])
def test_a_name_asked_with_a_word_before_its_noun_is_not_given(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert not answer.found and "names no company" in answer.text


@pytest.mark.parametrize("question", ["What stops manufacturers from building these at scale?",
                                      "what do companies have to get right at the interfaces?"])
def test_a_verb_before_the_noun_asks_for_no_name(advisor: Advisor, question: str) -> None:
    assert advisor.ask(question).found
