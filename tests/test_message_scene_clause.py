"""A sentence that first sets the scene and then, after a comma, asks ("the boat stays wet all week, which
family is the one that hates moisture?") asks its question proper: the scene's everyday words say where the
writer is, not what is asked, so they do not count against the question when it would otherwise be declined.
A relative clause ("Sulfides, which are fast, ...") is no scene, and a question proper about something the
guide does not cover stays declined.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.message import question_after_scene


def test_the_scene_and_the_question_proper() -> None:
    assert question_after_scene("my shed is damp all year, what goes wrong with sulfides there?") == \
        ("my shed is damp all year", "what goes wrong with sulfides there?")
    assert question_after_scene("Sulfides, which are fast, suffer from what exactly?") is None
    assert question_after_scene("What goes wrong with sulfides, and why?") is None


@pytest.mark.parametrize(("message", "expected"), [
    ("the boat stays wet all week, which family is the one that hates moisture?", "moisture sensitivity"),
    ("the kids drop things all day long, how do solid layers cope with cracking?", "less forgiving"),
])
def test_the_question_after_a_scene_is_answered(advisor: Advisor, message: str, expected: str) -> None:
    answer = advisor.ask(message)
    assert answer.found
    assert expected in answer.text.lower()


@pytest.mark.parametrize("message", [
    "I cycle to work every day, which bike shop is cheapest?",
    "The sea air here is salty and humid, which bank has the best savings rate?",
])
def test_a_question_after_a_scene_about_something_else_stays_declined(advisor: Advisor, message: str) -> None:
    assert not advisor.ask(message).found
