"""A follow-up that describes another column of the row just answered by a word of its name ("and in the solid
kind?" after the conventional cell of the separator row) asks for that column's cell of the same row; it is not
the previous question asked again with the description put in place of the row.

Our own conversations, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.followups import describes_a_column


@pytest.mark.parametrize(("first", "follow_up", "cell"), [
    ("What is the separator in a conventional lithium-ion battery?", "and in the solid kind?",
     "layers/separator/solid-state"),
    ("Which anode does an ordinary lithium-ion cell use?", "what about the solid type?",
     "layers/anode-design/solid-state"),
    ("What is the failure mode of conventional lithium-ion cells?", "and for the solid ones?",
     "layers/failure-mode/solid-state"),
])
def test_the_described_column_of_the_same_row_answers(advisor: Advisor, first: str, follow_up: str,
                                                      cell: str) -> None:
    conversation = advisor.conversation()
    conversation.ask(first)
    assert conversation.ask(follow_up).sources[0].id == cell


def test_a_description_names_a_column_only_when_one_column_holds_its_words(advisor: Advisor) -> None:
    layers = advisor.knowledge.table("layers")
    assert describes_a_column("the solid kind", layers)
    assert not describes_a_column("the cheap kind", layers)
    assert not describes_a_column("and the solid kind", advisor.knowledge.table("routes"))
