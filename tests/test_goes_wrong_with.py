"""What goes wrong with or in something is its failures: "what goes wrong with normal lithium-ion batteries?"
is the layer table's failure mode for them (leakage, flammable solvent, SEI growth), not the routes table's
reality check, which row scoring picked for the row's name alone. A family's drawbacks still answer for it.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize("question", ["what tends to go wrong with normal lithium-ion batteries?",
                                      "what goes wrong in a li-ion cell?"])
def test_what_goes_wrong_is_the_failure_mode(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found and "Leakage" in answer.text


def test_a_familys_drawbacks_still_answer_for_it(advisor: Advisor) -> None:
    answer = advisor.ask("what goes wrong with oxides?")
    assert answer.found and "brittleness" in answer.text
