"""What something costs in the figurative sense ("is there a price to pay?", "at what cost?") is its drawbacks:
the idiom is read as the guide's word (knowledge/synonyms.yaml), and its "price" or "cost" names no topic of
scope.yaml. A price asked for is still declined.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize("question", [
    "Is there a price to pay for using a lithium metal anode?",
    "Oxides are chemically robust, but at what cost?",
    "Polymers are easy to process. What's the price you pay for that?",
    "Sulfides conduct ions fast, at a price: what is it?",
    "Is there any price to be paid for choosing oxides?",
])
def test_a_figurative_price_asks_for_the_drawbacks(advisor: Advisor, question: str) -> None:
    assert advisor.ask(question).found


@pytest.mark.parametrize("question", [
    "What is the price of a solid-state cell?",
    "What price should I pay per kWh for a solid-state pack?",
])
def test_a_price_asked_for_is_still_declined(advisor: Advisor, question: str) -> None:
    assert not advisor.ask(question).found
