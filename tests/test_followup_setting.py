"""An elliptical follow-up that names a setting ("what about in a normal lithium-ion cell?") asks the previous
question again in that setting (followups.FollowUpRows.elided, conversation.SETTING_OPENINGS): the thing it
names is a row of another table than the one asked about, which is where the question is asked, not a row
put in the place of the one before.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.conversation import is_follow_up


@pytest.mark.parametrize(("first", "then", "entry"), [
    ("Does the solid layer double as the separator?", "and in an ordinary lithium-ion battery?",
     "layers/separator/conventional"),
    ("What does the anode look like in advanced designs?", "what about in a conventional lithium-ion cell?",
     "layers/anode-design/conventional"),
])
def test_the_previous_question_is_asked_again_in_the_setting_named(advisor: Advisor, first: str, then: str,
                                                                   entry: str) -> None:
    conversation = advisor.conversation()
    conversation.ask(first)
    assert conversation.ask(then).entry_ids[0] == entry


def test_a_thing_named_in_place_of_the_one_before_is_still_a_switch(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    conversation.ask("What are sulfides good at?")
    answer = conversation.ask("and the oxides?")
    assert "Oxides" in answer.text and "Sulfides" not in answer.text.split("\n")[0]


@pytest.mark.parametrize(("question", "follows"), [
    ("what about in a normal lithium-ion cell?", True),
    ("and in the pouch cells of the product table?", True),
    ("what about the safety of lithium metal anodes in electric cars?", False),
])
def test_a_setting_opening_makes_a_follow_up(question: str, follows: bool) -> None:
    assert is_follow_up(question) is follows
