"""A request picks a row as "which" does: "identify the family with the highest ...", "name the cell with the
lowest ..." are answered from the table, the winner first.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize(("question", "winner"), [
    ("Identify the solid electrolyte family with the most moisture sensitivity.", "**Sulfides**"),
    ("Identify which of the electrolyte families is the most brittle, please.", "**Oxides**"),
    ("Determine the related product with the highest energy density.", "**AB-50AH**"),
])
def test_a_request_for_the_top_row_is_answered_from_the_table(advisor: Advisor, question: str, winner: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert answer.text.startswith(winner)


def test_a_request_to_explain_the_best_one_still_gets_the_verdict_passage(advisor: Advisor) -> None:
    # No family wins every category: a request for "the best" one is answered so, not by a declared winner.
    answer = advisor.ask("Explain the best electrolyte family.")
    assert "no single" in answer.text.lower()
