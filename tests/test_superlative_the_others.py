""""One <thing> beats the others / outperforms the rest" sets one thing against the rest of its set, which the
question may name loosely ("electrolyte chemistries", "electrolyte material"): the table whose kind of row it names
anywhere gives the verdict (advisor/retrieval/superlatives.py: SuperlativeFinder._tables_of_thing_named), the
passage written for it ("no single family wins every category").

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize("question", [
    "does one electrolyte material outperform the rest?",
    "I bet one electrolyte chemistry dominates the others by now",
    "surely some electrolyte chemistry outperforms the rest by now",
    "do any of the solid electrolyte materials outperform the others overall?",
])
def test_one_against_the_others_is_a_verdict_over_the_set(advisor: Advisor, question: str) -> None:
    superlative = advisor.retriever.retrieve(question).superlative
    assert superlative is not None and superlative.passage is not None
    assert superlative.table.id == "electrolyte-families"


@pytest.mark.parametrize("question", [
    "my team beats the others at football",  # names no table's kind of row
    "one battery brand beats the rest, which?",
])
def test_no_set_of_the_guide_named_gives_no_verdict(advisor: Advisor, question: str) -> None:
    assert not advisor.ask(question).found
