"""A question asking for a figure in a unit written out ("in megapascals", "in microns", "in milliohms") asks for
a number, as "in MPa" does: a passage stating none is a gap, whatever its phrasings ask in words.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize("question", [
    "How much pressure, in kilopascals, keeps the layers of a solid-state cell in contact?",
    "How thick is a solid electrolyte layer, in microns?",
    "What is the interfacial resistance of an oxide electrolyte in milliohms?",
])
def test_a_figure_asked_in_a_unit_written_out_is_a_gap(advisor: Advisor, question: str) -> None:
    assert not advisor.ask(question).found


def test_the_same_question_asked_in_words_is_answered(advisor: Advisor) -> None:
    assert advisor.ask("How much stack pressure does a typical all-solid-state cell need?").found
