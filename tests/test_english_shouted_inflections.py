"""An inflected common word written in capitals ("my buddy SWEARS", "it BURNS") is emphasis, not a name: names and
acronyms take no English ending, so the form counts as shouted when its root is as common as a shouted word must
be, even when the inflected form itself is rarer. Acronyms and brands, plain or with an ending, stay names.

Our own sentences, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.english import is_shouted, names_in


@pytest.mark.parametrize("word", ["SWEARS", "BURNS", "KILLS", "FAILS", "PROMISES", "LASTS", "SHOWED"])
def test_an_inflected_common_word_in_capitals_is_shouted(word: str) -> None:
    assert is_shouted(word)
    assert names_in(f"my friend at work {word} about it") == frozenset()


@pytest.mark.parametrize(("text", "name"), [
    ("the NASA probe uses them", "nasa"),
    ("a pack from CATL", "catl"),
    ("two BMWS had them", "bmws"),
    ("the TOYOTAS of next year", "toyotas"),
])
def test_acronyms_and_brands_in_capitals_stay_names(text: str, name: str) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize("question", [
    "the startup PROMISES mass production next year, why is scaling hard?",
    "my neighbour SWEARS solid cells need a lot of stack pressure, why is that?",
    "the vendor PROMISES high energy density, is lithium metal the reason?",
    "a youtuber SWEARS the separator disappears in solid cells?",
])
def test_a_covered_question_with_a_shouted_verb_is_answered(advisor: Advisor, question: str) -> None:
    assert advisor.ask(question).found
