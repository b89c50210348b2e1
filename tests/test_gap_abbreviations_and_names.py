"""What an abbreviation stands for, when the knowledge uses it without spelling it out, is a gap
(gaps.GapFinder.expansion_gap): using "SEI" is not saying what its letters mean. And a name asked for in a
request ("could you tell me who ...?") is asked for as by "who ...?" (gaps.GapFinder.name_gap).

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize("question", ["what is SEI short for?", "SEI stands for what?",
                                      "What do the letters SEI stand for in the layer table?"])
def test_an_abbreviation_the_guide_never_spells_out_is_a_gap(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert not answer.found
    assert "without spelling it out" in answer.text
    assert "SEI" not in answer.text.split("\n")[0]  # what the user typed is not repeated back


def test_an_abbreviation_the_knowledge_spells_out_is_answered(advisor: Advisor) -> None:
    # synonyms.yaml spells ASSB out as all-solid-state battery.
    assert advisor.ask("what does ASSB stand for?").found


def test_an_abbreviation_of_nothing_in_the_guide_is_left_to_the_scope_decision(advisor: Advisor) -> None:
    answer = advisor.ask("what does the acronym NATO stand for?")
    assert not answer.found and "without spelling it out" not in answer.text


@pytest.mark.parametrize("question", ["Could you tell me who invented the solid electrolyte?",
                                      "please tell me who first built a lithium metal anode"])
def test_who_asked_as_a_request_asks_for_a_name(advisor: Advisor, question: str) -> None:
    """(gaps._ASKS_NAME) "could you tell me who ...?" asks for a name as "who ...?" does: the passage on the
    topic names nobody, so the guide does not give it."""
    answer = advisor.ask(question)
    assert not answer.found and "names no company, person or place" in answer.text
