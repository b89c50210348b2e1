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


# --------------------------------------------------------------------------- the products as a group

GROUP_LISTS_ONLY = "For its related products it lists only series, cell type, energy density and nominal voltage"


@pytest.mark.parametrize("question", [
    "how much do the listed products weigh?",
    "which certifications do the related products have?",
    "how long is the shelf life of the related products?",
    "what self-discharge figures do the listed products have?",
    "what charging temperature range do the AB cells allow?",
    "which fire tests have the related products passed?",
])
def test_the_products_as_a_group_asked_beyond_their_table_is_a_gap(advisor: Advisor, question: str) -> None:
    """Naming no product, a question best answered by the whole product table that asks for something the
    table does not give (the noun after "what"/"which", the word after "how") is not found, with the table."""
    answer = advisor.ask(question)
    assert not answer.found
    assert answer.text.startswith(f"The guide does not cover that. {GROUP_LISTS_ONLY}")
    assert answer.entry_ids[0] == "products"


@pytest.mark.parametrize("question", [
    "which products are listed in the guide?",
    "what's the energy density of the listed products?",
    "what voltages do the AB cells have?",
    "what formats do the related products come in?",
    # The head of the noun carries the plural: "appear" is the verb, not part of what is asked for.
    "which cell formats show up among the related products?",
    "are the related products fully solid-state cells?",
    "what series are the AB cells in?",
    "how energy dense are the related products?",
    "how many products are listed?",
    "what nominal voltages do the related products run at?",
])
def test_what_the_product_table_gives_is_answered_with_it(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert GROUP_LISTS_ONLY not in answer.text


# --------------------------------------------------------------------------- "how much is it?"


@pytest.mark.parametrize("question", [
    "how much is the AB-50AH?",
    "how much are the AB-21700 cells?",
    "how much for one AB-100AH?",
    "how much does the pouch cell go for?",
])
def test_a_quantity_no_column_is_asked_as_is_a_gap(advisor: Advisor, question: str) -> None:
    """"How much is it?" asks for a quantity in nothing but its asking words: none of the product
    table's columns is asked that way ("how much energy does {row} store?" is), so the table lacks it."""
    answer = advisor.ask(question)
    assert not answer.found
    assert LISTS_ONLY in answer.text


def test_a_follow_up_asking_how_much_it_is_is_a_gap(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    assert conversation.ask("What's the nominal voltage of the prismatic cell?").found
    answer = conversation.ask("and how much is it?")
    assert not answer.found
    assert LISTS_ONLY in answer.text


@pytest.mark.parametrize("question", [
    "how much energy does the AB-50AH store?",
    "how energy dense is the AB-21700?",
    "how many volts is the AB-100AH?",
    "how much energy per kg does the prismatic cell hold?",
])
def test_a_quantity_a_column_is_asked_as_is_answered(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert LISTS_ONLY not in answer.text
