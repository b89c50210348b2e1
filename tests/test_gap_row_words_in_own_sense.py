"""A row named by words that the best passage uses in its own sense ("a pouch cell" among test formats) is not
what the question asks about, when that passage scores far above every entry of the row: no attribute gap of
the product whose alias those words are. Asked of the product itself, a missing attribute is still a gap.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize("question", [
    "Why should a buyer care whether a result came from a coin cell or a pouch cell?",
    "Is a result from a coin cell worth as much as one from a pouch cell?",
])
def test_a_row_alias_used_in_the_passages_own_sense_is_no_gap(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found and answer.entry_ids[0] == "buyer-test-format"


@pytest.mark.parametrize("question", [
    "What's the max continuous discharge current on the pouch cell?",
    "What is the warranty period of the prismatic cell?",
    "How much does the AB-50AH weigh?",
])
def test_an_attribute_the_product_table_lacks_is_still_a_gap(advisor: Advisor, question: str) -> None:
    assert not advisor.ask(question).found
