"""A possessive points back as its pronoun does: "Sulfides conduct well. What is their big weakness?" asks
about sulfides, as "What is wrong with them?" would.

Our own examples, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor.core import Advisor
from advisor.retrieval.message import questions_in


@pytest.mark.parametrize(("message", "borrowed"), [
    ("Oxide electrolytes are supposed to be very robust. What holds back their commercial use?", "Oxide"),
    ("The AB-21700 is one of the cells in the guide. What is its nominal voltage?", "AB-21700"),
    ("A regular battery has a liquid electrolyte. What takes its place in a solid-state battery?", "liquid"),
    ("Semi-solid cells keep some gel inside. Why do their makers get to market sooner?", "gel"),
])
def test_a_short_question_with_a_possessive_borrows_the_sentence_before(advisor: Advisor, message, borrowed):
    asked = questions_in(message, advisor.on_topic, advisor.names_subject)
    assert len(asked) == 1 and borrowed in asked[0]


def test_a_possessive_in_a_long_question_borrows_nothing(advisor: Advisor):
    message = ("Oxide electrolytes are supposed to be robust. What holds back the commercial use of sulfide "
               "electrolytes in their current form in the big car factories of today?")
    asked = questions_in(message, advisor.on_topic, advisor.names_subject)
    assert not asked[0].startswith("Oxide")
