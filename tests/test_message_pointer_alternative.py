"""A question pointing back at a claim, with an alternative after "or" and no comma ("Is that where the
energy comes from or is he making it up?"), is as short as its first reading: the alternative is the same
question read the other way, so the question still borrows the claim it points at.

Our own messages, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.message import questions_in

_MESSAGES = (
    ("My friend reckons semi-solid cells are just a halfway step to all-solid-state.",
     "Is that a fair description of where they sit or is he being unfair?", "faq-semi-solid"),
    ("My uncle says interfaces are the real bottleneck in these batteries.",
     "Is that what most of the research literature actually says or is he behind the times?", None),
    ("A salesman told me the solid electrolyte also does the separator's job.",
     "Is that really how the cell is put together or is he making it up?", "faq-separator"),
    ("Someone on a forum said voids at the lithium metal anode raise the resistance.",
     "Is that really what happens during stripping and plating or are they confused?", "voids-plating-stripping"),
)


@pytest.mark.parametrize(("claim", "question", "entry"), _MESSAGES)
def test_the_question_borrows_the_claim(claim: str, question: str, entry: str | None) -> None:
    advisor = Advisor()
    asked = questions_in(f"I have a question. {claim} {question}", advisor.on_topic, advisor.names_subject)
    assert len(asked) == 1
    assert asked[0].endswith(question)
    assert asked[0] != question


@pytest.mark.parametrize(("claim", "question", "entry"), _MESSAGES)
def test_the_claim_is_answered(claim: str, question: str, entry: str | None) -> None:
    answer = Advisor().ask(f"{claim} {question}")
    assert answer.found
    if entry is not None:
        assert answer.entry_ids[:1] == (entry,)


@pytest.mark.parametrize("question", [
    "Is that the separator or is it the electrolyte?",
    "Is it still a real battery or is it just hype?",
])
def test_a_short_question_with_an_alternative_still_borrows(question: str) -> None:
    advisor = Advisor()
    asked = questions_in(f"My friend says solid cells have no separator. {question}", advisor.on_topic,
                         advisor.names_subject)
    assert asked[0].endswith(question)
    assert asked[0] != question
