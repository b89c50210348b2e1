"""A question naming nothing of the guide's subject is not answered on words that common in English ("the long run"
of "Full all-solid-state designs may still win the long game ... in the long run"), even when the passage shares two
of them; and "needle" is lithium penetration only when it is lithium's (a tattooist's needle is not).

Our own questions, written for these tests; not copies of any evaluation set. Each fails on the code before the
twentieth round.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize("question", [
    "What should I pack for a long run in the hills?",
    "What shoes are best for a long run on the road?",
])
def test_everyday_words_in_common_are_no_shared_topic(advisor: Advisor, question: str) -> None:
    assert not advisor.ask(question).found


def test_the_same_words_about_the_subject_are_answered(advisor: Advisor) -> None:
    answer = advisor.ask("Will all-solid-state designs win in the long run?")
    assert answer.found and answer.entry_ids[0] == "all-solid-state-long-game"


@pytest.mark.parametrize("question", ["Which needle size suits a beginner's knitting?",
                                      "how do I thread a sewing needle?"])
def test_a_needle_that_is_not_lithiums_is_not_lithium_penetration(advisor: Advisor, question: str) -> None:
    assert not advisor.ask(question).found


@pytest.mark.parametrize("question", ["do lithium needles form in solid electrolytes?",
                                      "can lithium grow like needles across the separator layer?"])
def test_lithium_needles_are_still_lithium_penetration(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found and answer.entry_ids[0] == "lithium-penetration"
