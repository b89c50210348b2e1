"""Forms of function words are how a question is put, never what it asks about: a contraction
("shouldn't", "they're", "why's") or a verb form of a stop word ("saying", "explained", "wanted") is
no word the knowledge lacks, so it does not count against a covered question in the scope decision,
nor make the row name after it a compound ("saying sulfides ..." still names the sulfides).

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.english import is_function_word_form


@pytest.mark.parametrize(("word", "expected"), [
    ("shouldn't", True), ("wouldn't", True), ("they're", True), ("we've", True), ("i'll", True),
    ("you'd", True), ("there's", True), ("why's", True),
    ("saying", True), ("explained", True), ("giving", True), ("getting", True), ("wanted", True),
    ("described", True), ("keeps", True),
    ("separator's", False), ("o'clock", False), ("string", False), ("bedding", False), ("used", False),
    ("sulfides", False), ("interphase", False),
])
def test_what_is_a_form_of_a_function_word(word: str, expected: bool) -> None:
    assert is_function_word_form(word) is expected


@pytest.mark.parametrize("question", [
    "What can make lithium pile up where it shouldn't go at an interface?",
    "Saying sulfides hate humid air, why?",
    "They're saying sulfides don't like moist air, why's that?",
    "Everyone keeps saying oxides are brittle, is that so?",
    "People keep telling me lithium metal is the goal, why?",
    "I've been reading that semi-solid cells are easier to make, why's that?",
    "Someone described polymers as flexible, are they?",
    "They wanted to know what the separator does in a solid-state cell",
    "I'd like to know why stack pressure is needed",
    "You'd think a solid electrolyte would stop dendrites, wouldn't you?",
])
def test_a_covered_question_put_with_function_word_forms_is_answered(advisor: Advisor, question: str) -> None:
    assert advisor.ask(question).found


@pytest.mark.parametrize("question", [
    "Everyone keeps saying my phone battery is dying, why?",
    "I was told sodium-ion cells are cheaper, what's going on there?",
    "People keep telling me to buy Tesla stock, should I?",
    "I've been reading that lead acid batteries are recyclable, why's that?",
    "They wanted to know how to fix a leaking car radiator",
    "You'd think a kettle would boil faster, wouldn't you?",
    "Someone described the mitochondria as the powerhouse, is that right?",
    "We're seeing our solar inverter trip, what should we ask the installer?",
])
def test_an_uncovered_question_put_with_them_is_still_declined(advisor: Advisor, question: str) -> None:
    assert not advisor.ask(question).found
