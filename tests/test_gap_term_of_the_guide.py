"""A term of the guide that a table never uses, though it uses its words apart, asks for something else than
the table gives: "the electrolyte family of the AB-50AH" is no "product family" (the products' series), so the
answer says what the guide lists for the product instead.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize("question", [
    "Tell me the electrolyte family of the AB-50AH.",
    "Which electrolyte family is in the AB-21700, please?",
])
def test_a_term_the_table_never_uses_is_a_gap(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert not answer.found
    assert "it lists only series, cell type, energy density and nominal voltage" in answer.text


def test_the_tables_own_words_still_answer(advisor: Advisor) -> None:
    answer = advisor.ask("What product family is the AB-100AH in?")
    assert answer.found
    assert answer.entry_ids[0] == "products/ab-100ah/series"
