"""A comparison that names nothing it compares ("What's the real difference I should tell people?") asks
about what the sentence before it names ("Buyers keep asking about oxides versus sulfides."): it is asked
together with that sentence. Only a comparison without sides of its own borrows the sentence; a question
naming its own sides, or asking about something else, is decided on its own words.

Our own examples, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize(("context", "question", "expected"), [
    # Who asks and where ("buyers at our stand keep asking about") is not what is compared.
    ("Buyers at our stand keep asking about semi-solid versus all-solid-state packs.",
     "What difference should I point out to shoppers?", "gel-like"),
    ("Buyers at our stand keep asking about semi-solid versus all-solid-state packs.",
     "What's the honest difference I should mention at the counter?", "gel-like"),
    ("My students mix up the conventional cell and the solid-state battery all the time.",
     "What is the main difference, in a nutshell?", "layer by layer"),
])
def test_a_comparison_without_sides_is_asked_of_the_sentence_before_it(
        advisor: Advisor, context: str, question: str, expected: str) -> None:
    assert expected not in advisor.ask(question).text.lower()
    answer = advisor.ask(f"{context} {question}")
    assert answer.found
    assert expected in answer.text.lower()


@pytest.mark.parametrize("message", [
    "My cousin loves sulfide electrolytes. What is the difference between cricket and baseball?",
    "I run a shop selling solid-state cells. What football team should I support this season?",
])
def test_a_question_about_something_else_stays_declined(advisor: Advisor, message: str) -> None:
    assert not advisor.ask(message).found
