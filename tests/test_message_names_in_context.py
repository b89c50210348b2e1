"""A name the guide never mentions declines a question about it; but when the name is only in the sentence of
context a question borrowed (where a claim was heard: "in his Brixton garage", "at the Gordon Ramsay dinner"),
not in the question itself, the question's clauses are still tried.

Our own messages, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize(("message", "entry"), [
    ("My neighbour, who tinkers with Vespas in his Brixton garage, told me that solid electrolytes crack easily. "
     "What did he mean, and why do rigid layers fracture at all?", "fracture-and-cracking"),
    ("At the Gordon Ramsay dinner a chemist said the anode is where the energy comes from. What was she getting "
     "at, and why is lithium metal such a prize?", "lithium-metal-real-prize"),
])
def test_a_name_only_in_the_borrowed_context_does_not_decline(advisor: Advisor, message: str, entry: str) -> None:
    answer = advisor.ask(message)
    assert answer.found
    assert answer.entry_ids[0] == entry


def test_a_name_in_the_question_itself_still_declines(advisor: Advisor) -> None:
    assert not advisor.ask("What does Barolo wine have to do with solid electrolytes, and why do they crack?").found
