"""A passage on the guide's whole subject that names a table row in one of its many phrasings only ("what does
the solid electrolyte replace in a lithium-ion cell?") is not about that row: a question naming another row of the
table ("charging an all-solid-state cell") is not steered away from it.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize("question", [
    "Intro course question: while charging an all-solid-state lithium cell, in which direction do Li+ ions migrate?",
    "In which direction do lithium ions migrate through an all-solid-state lithium cell during charging?",
])
def test_the_ion_direction_in_a_named_route_comes_from_the_passage_on_how_it_works(advisor: Advisor,
                                                                                 question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert "to the anode" in answer.text


def test_a_passage_titled_with_a_row_is_still_about_it(advisor: Advisor) -> None:
    # "Why semi-solid reaches the market earlier" names its row in its title: a question about all-solid-state
    # still gets its own row's passage, not that one.
    answer = advisor.ask("What is the reality check for all-solid-state designs?")
    assert "All-solid-state" in answer.text
