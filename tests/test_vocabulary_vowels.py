"""Words written without some of their vowels, as text messages are ("elctrlyt", "sulfds"): read as the
knowledge word they come from by dropping only vowels, when nothing closer corrects them. A word that drops
anything else, or is too short to tell, is left as typed.

Our own words and questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

from collections import Counter

import pytest

from advisor import Advisor
from advisor.retrieval.vocabulary import SpellingCorrector

VOCABULARY = Counter({"electrolyte": 9, "families": 3, "sulfides": 4, "pressure": 5, "interfaces": 6,
                      "interface": 2, "separator": 3, "stack": 4, "state": 8})


@pytest.mark.parametrize(("typed", "word"), [
    ("elctrlyt", "electrolyte"),
    ("fmlies", "families"),
    ("sulfds", "sulfides"),
    ("prssr", "pressure"),
    ("sprtr", "separator"),
])
def test_a_word_written_without_some_of_its_vowels_is_read_as_that_word(typed: str, word: str) -> None:
    fix = SpellingCorrector(VOCABULARY, english_cutoff=3.0).correct_word(typed)
    assert fix is not None
    assert fix.corrected == word


@pytest.mark.parametrize("typed", [
    "stk",  # too short to tell
    "prssx",  # a letter that is no vowel is missing or changed
    "lctrlyt",  # the first letter dropped
    "gmng",  # no knowledge word drops to it
])
def test_a_word_that_drops_more_than_vowels_is_left_as_typed(typed: str) -> None:
    assert SpellingCorrector(VOCABULARY, english_cutoff=3.0).correct_word(typed) is None


def test_of_several_words_the_one_the_knowledge_uses_most_is_read() -> None:
    """"intrfcs" drops to "interfaces" only; "intrfc" to "interface" (and nothing else here)."""
    corrector = SpellingCorrector(VOCABULARY, english_cutoff=3.0)
    assert corrector.correct_word("intrfcs").corrected == "interfaces"  # type: ignore[union-attr]
    assert corrector.correct_word("intrfc").corrected == "interface"  # type: ignore[union-attr]


@pytest.mark.parametrize("question", [
    "wat do sulfd elctrlyts need",
    "wats the dffrnce btwn oxds n sulfds",
    "y do solid state cells need so much prssr",
])
def test_a_covered_question_typed_without_vowels_is_answered(advisor: Advisor, question: str) -> None:
    assert advisor.ask(question).found


@pytest.mark.parametrize("question", [
    "wht's the bst gmng phn rn",
    "hw do i fx my bke chn",
    "cn u rcmmnd a gd rstrnt nrby",
])
def test_an_uncovered_question_typed_without_vowels_is_still_declined(advisor: Advisor, question: str) -> None:
    assert not advisor.ask(question).found
