"""A question naming nothing of the guide's subject, with a word the knowledge never uses, whose best entry shares
only one everyday word with it, matched by a coincidence of English ("how often should you water a cactus?" for a
passage that happens to say "often"): declined. One that points at its subject without naming it ("why can't
factories churn these out?") is about the guide's subject and is still answered.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.tuning import Tuning


@pytest.mark.parametrize("question", [
    "what's the most spoken language?",
    "how often should you water a cactus?",
    "how deep is the deepest ocean trench?",
    "what's the rarest gemstone?",
    "how often should a piano be tuned?",
    "why do leaves fall in autumn?",
])
def test_one_everyday_word_in_common_is_no_topic(advisor: Advisor, question: str) -> None:
    assert not advisor.ask(question).found


@pytest.mark.parametrize("question", [
    "why can't factories churn these out?",
    "why can't they just mass produce these?",
    "is this stuff ready to buy yet?",
    "what's the author's main opinion?",
    "which route reaches the market first?",
    "what should a buyer ask about cycle counts?",
])
def test_a_question_pointing_at_the_subject_or_sharing_more_is_answered(advisor: Advisor, question: str) -> None:
    assert advisor.ask(question).found


@pytest.mark.parametrize("question", [
    "what's the most spoken language?",
    # (Not "how often ...?": that asks for a figure, which the passage does not state either way.)
    "how should you water a cactus?",
])
def test_the_setting_decides(question: str) -> None:
    """With the setting off, these are answered from the one word they share with a passage."""
    assert Advisor(tuning=Tuning().with_value("min_shared_words", 0)).ask(question).found
