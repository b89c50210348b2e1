"""A question asking which things (a plural noun after "which"/"what") is answered by a close list about
its subject (advisor/retrieval/compose.py).

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.compose import asks_which_things


@pytest.mark.parametrize(("question", "asks"), [
    ("Which design choices matter?", True),
    ("what failure modes show up at interfaces?", True),
    ("Which electrolytes are brittle?", True),
    ("What problems do these cells have?", True),
    # No plural noun after the question word.
    ("Which way do the ions move?", False),
    ("What does the separator do?", False),
    ("What is the catch?", False),
    ("Which family is the most brittle?", False),
    ("How do interfaces fail?", False),
])
def test_a_plural_noun_after_which_asks_for_several_things(question: str, asks: bool) -> None:
    assert asks_which_things(question) is asks


def test_a_close_list_about_the_subject_answers_a_which_things_question(advisor: Advisor) -> None:
    answer = advisor.ask("In the guide's mechanics part, which design choices apart from chemistry come up?")
    assert answer.found
    assert answer.entry_ids == ("mechanics-bullets",)
    assert "design variables" in answer.text


def test_a_list_of_other_things_does_not_answer_it(advisor: Advisor) -> None:
    """The list of sources is close to "which interface problems does the guide list?" (it is the guide's
    list, and one source is about interfaces) but is not about interface problems."""
    answer = advisor.ask("Which interface problems does the guide list?")
    assert answer.found
    assert "sources-list" not in answer.entry_ids
