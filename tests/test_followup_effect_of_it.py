"""A follow-up asking what the thing just talked about does to something ("what does that do to the
resistance?", "how does it affect ...?") is answered by the previous answer when that says it and still
scores nearly as well as the best (core.RELATED_SHARE); otherwise the usual reading stands.

Our own conversations, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from advisor import Answer
from advisor.retrieval.followups import asks_effect_of_previous


@pytest.mark.parametrize(("question", "asks"), [
    ("how does that affect the resistance?", True),
    ("what does it do to the contact?", True),
    ("and its effect on the interface?", True),
    ("what is the resistance?", False),
    ("does resistance matter?", False),
])
def test_effect_of_what_was_talked_about(question: str, asks: bool) -> None:
    assert asks_effect_of_previous(question) is asks


def test_the_previous_answer_says_what_it_does_to_the_resistance(last_answer: Callable[..., Answer]) -> None:
    answer = last_answer("What happens to the lithium during plating and stripping?",
                         "how does that affect the resistance?")
    assert answer.found and "voids" in answer.text


def test_without_saying_it_the_usual_answer_stands(last_answer: Callable[..., Answer]) -> None:
    # The passage on oxides says nothing of resistance: the passage on interfacial resistance answers.
    answer = last_answer("Why do oxides have trouble with contact?", "what does that do to the resistance?")
    assert answer.found and "interfacial resistance" in answer.text
