"""A single capital letter standing in for a name the writer leaves out ("Startup X", "supplier B's cells") is
no name the guide never mentions: the question is about what is said of it.

Our own examples, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.english import names_in


@pytest.mark.parametrize(("text", "names"), [
    ("Startup X has a record lab result.", set()),
    ("We compared supplier B's cells with Toyota's.", {"toyota", "toyota's"}),
    ("I think Company Q is ahead.", {"company"}),
])
def test_a_single_letter_is_no_name(text: str, names: set[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize("question", [
    "Supplier B says its cells need no stack pressure at all. Is that plausible?",
    "Startup X reports a record result from a coin cell. Does that make it the best battery?",
    "Is Company Q's claim that its solid-state cell cannot catch fire believable?",
])
def test_a_claim_about_a_placeholder_company_is_answered(advisor: Advisor, question: str) -> None:
    assert advisor.ask(question).found


def test_a_real_name_the_guide_never_mentions_is_still_declined(advisor: Advisor) -> None:
    assert not advisor.ask("Startup Voltaris reports a record result. Is it the best battery?").found
