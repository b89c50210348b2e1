"""A product named together with a description of it ("the AB-21700 semi-solid cell", "the semi-solid
AB-100AH") and asked for something its table does not give is an attribute gap: the description is one
noun phrase with the name, not a claim about the product's cell type (which the table would answer).
A claim set apart from the name by a verb or an article ("is the AB-50AH an all-solid-state cell?") is
still answered from the table, and so is a column the table gives.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor

LISTS_ONLY = "lists only series, cell type, energy density and nominal voltage"


@pytest.mark.parametrize("question", [
    "what's the cycle life of the AB-50AH semi solid pouch cell?",
    "how heavy is the 100AH semi-solid prismatic cell",
    "max charge rate for the semi solid AB-21700?",
    "what's the internal resistance of the AB-21700 semi-solid cylindrical cell",
    "operating temp range on the semi solid 50AH pouch??",
    "how many cycles does the AB-100AH semi solid cell last",
    "peak discharge current of the 21700 semi-solid cell?",
    "self discharge rate of the semi-solid AB-21700 cylindrical cell?",
    "thermal runaway temperature of the AB-100AH semi-solid prismatic cell",
    "what's the shelf life on the semi solid 21700?",
])
def test_a_described_product_asked_beyond_its_table_is_a_gap(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert not answer.found
    assert LISTS_ONLY in answer.text
    assert answer.sources and answer.sources[0].kind == "product"


@pytest.mark.parametrize("question", [
    "is the AB-21700 a semi-solid cell?",
    "is the AB-50AH really an all-solid-state cell?",
    "the AB-21700 semi solid cell, what voltage is it?",
    "energy density of the semi-solid AB-100AH?",
    "nominal voltage of the AB-100AH semi solid prismatic cell",
    # Asking what a row is called asks for its name, which the table gives.
    "What's the prismatic semi solid cell called?",
    "what is the semi-solid pouch cell named?",
])
def test_what_the_table_gives_is_still_answered(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert LISTS_ONLY not in answer.text
