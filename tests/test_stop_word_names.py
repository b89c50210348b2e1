"""Names a stop-word filter would drop unread: a code in capitals before a number ("UN 38.3") and "UN" /
"US" in capitals. A question asking about such a name (a transport test, a country's makers) is one the
guide does not cover; a shouted message's "US" and an "IT helpdesk" introducing a covered question are not.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.english import stop_word_names


@pytest.mark.parametrize(("text", "names"), [
    ("Must the cells pass UN 38.3 first?", ("un",)),
    ("Which UN rules cover shipping them?", ("un",)),
    ("Are US factories ahead?", ("us",)),
    ("Does IT 2024 apply?", ("it",)),
    ("HOW DO THEY WORK? TELL US", ()),
    ("Let us know how they work", ()),
    ("Hi, IT helpdesk here. What are solid electrolytes made of?", ()),
])
def test_stop_word_names(text: str, names: tuple[str, ...]) -> None:
    assert stop_word_names(text) == names


@pytest.mark.parametrize("question", [
    "Before air freight, which UN test do solid-state packs have to pass?",
    "Are US makers ahead on solid-state cells?",
])
def test_a_question_about_such_a_name_is_declined(advisor: Advisor, question: str) -> None:
    assert not advisor.ask(question).found


def test_a_covered_question_with_an_it_helpdesk_is_answered(advisor: Advisor) -> None:
    answer = advisor.ask("Hi, IT helpdesk here. What are solid electrolytes made of?")
    assert answer.found and "sulfides" in answer.text
