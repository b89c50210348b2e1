"""An FAQ answer opening with a hedged verdict ("Usually yes, at least functionally.") answers a yes/no
question; reused for an open question, the verdict goes as "Yes." and "No." do, and stays for the yes/no question.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

from advisor import Advisor


def test_a_hedged_verdict_is_not_given_to_an_open_question(advisor: Advisor) -> None:
    answer = advisor.ask("what keeps the electrodes apart in a solid-state cell?")
    assert answer.found and answer.text.startswith("In many solid-state designs")


def test_the_yes_no_question_keeps_it(advisor: Advisor) -> None:
    answer = advisor.ask("Does the solid electrolyte double as the separator?")
    assert answer.found and answer.text.startswith("Usually yes")
