"""A device of the writer's own ("my phone", "our forklifts") in a question about the guide's subject is where
they meet it, not what they ask about: "will solid-state batteries stop my phone catching fire?" asks about
safety. A question about the device itself is still declined.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize("question", [
    "Will solid-state batteries stop my phone catching fire?",
    "Would a solid electrolyte make our forklifts less flammable?",
    "Could a solid-state battery in my laptop still catch fire?",
])
def test_the_writers_own_device_is_the_setting(advisor: Advisor, question: str) -> None:
    assert advisor.ask(question).found


@pytest.mark.parametrize("question", [
    "How do I extend my phone's battery life?",
    "Can I put a solid-state battery in my laptop myself?",
    "Is it safe to charge my e-bike overnight in the hallway?",
    "Which charger should I buy for our forklifts?",
])
def test_a_question_about_the_device_itself_is_still_declined(advisor: Advisor, question: str) -> None:
    assert not advisor.ask(question).found
