"""A yes/no question followed by its alternative after ", or" ("Is it the electrolyte, or do the electrons go
round outside?") asks one choice: the sentence is read whole, not answered from its first half.

Our own examples, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor.core import Advisor
from advisor.retrieval.message import asks_alternatives


@pytest.mark.parametrize("question", [
    "Does the solid layer carry the electrons too, or do they go through the wires outside?",
    "Is the gain from the electrolyte, or does the anode matter more?",
    "Are sulfides the fastest, or do oxides beat them?",
    "Can the layer crack under stress, or is it tough enough?",
])
def test_a_yes_no_question_with_its_alternative_is_one_choice(question):
    assert asks_alternatives(question)


@pytest.mark.parametrize("question", [
    "What goes wrong with oxides, and how does the guide read their outlook?",
    "How do ions move, or is that the wrong question?",
    "Is it safer? Or is it cheaper?",
    "Is it safer, or is it cheaper, or does it last longer?",
    "Is the separator gone in these cells?",
])
def test_other_sentences_are_not_one_choice(question):
    assert not asks_alternatives(question)


@pytest.mark.parametrize(("question", "options"), [
    ("Is moisture a problem for the oxide electrolytes, or is it the sulfides that react with air?",
     ("Oxides", "Sulfides")),
])
def test_the_whole_choice_is_answered(advisor: Advisor, question, options):
    text = advisor.ask(question).text
    assert all(option in text for option in options)
