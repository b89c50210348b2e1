"""A sentence that only asks for confirmation ("true?", "right?", "is that correct?") after a question asks
for that question to be confirmed: it joins it, and is no question of its own (alone, "true" would meet the
guide's "true all-solid-state").

Our own messages, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.message import only_confirms, questions_in


@pytest.mark.parametrize(("sentence", "confirms"), [
    ("true?", True), ("Right?", True), ("is that correct??", True), ("True or false?", True),
    ("why?", False), ("sulfides?", False), ("is that true for oxides too?", False),
])
def test_a_sentence_that_only_confirms(sentence: str, confirms: bool) -> None:
    assert only_confirms(sentence) is confirms


def test_it_joins_the_question_before_it(advisor: Advisor) -> None:
    message = "my mate reckons polymers are flexible?? correct?"
    assert questions_in(message, advisor.on_topic, advisor.names_subject) == [message]


def test_the_question_confirmed_is_answered(advisor: Advisor) -> None:
    answer = advisor.ask("sulfides react with moisture?? true?")
    assert answer.found and "moisture" in answer.text
