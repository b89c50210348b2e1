"""Everyday wording of the guide's notions: a misspelt plural ("battrys"), a noun naming a term as a word ("the term
all-solid-state"), "their catch" or a "snag" for drawbacks and "the appeal" for advantages, unevenness for the
guide's "local inhomogeneity", making something "in huge numbers" for its high-volume supply, and a question typed
in lower case after a filler ("... yet?? like what's ...") as a sentence of its own.

Our own sentences, written for these tests; not copies of any evaluation set. Each fails on the code before the
twentieth round's first commit.
"""

from __future__ import annotations

from collections import Counter

import pytest

from advisor import Advisor
from advisor.retrieval.english import without_naming_nouns
from advisor.retrieval.message import questions_in, sentences
from advisor.retrieval.vocabulary import SpellingCorrector


@pytest.mark.parametrize(("typed", "word"), [("battrys", "battery"), ("elecrolytes", "electrolyte"),
                                             ("seperators", "separator")])
def test_a_misspelt_plural_is_corrected_as_its_word(typed: str, word: str) -> None:
    corrector = SpellingCorrector(Counter({"battery": 5, "electrolyte": 9, "separator": 4, "state": 7}))
    fix = corrector.correct_word(typed)
    assert fix is not None and fix.corrected == word


def test_a_plural_of_no_known_word_stays_unknown() -> None:
    assert SpellingCorrector(Counter({"battery": 5})).correct_word("zebras") is None


@pytest.mark.parametrize(("words", "kept"), [
    ("what does the term semi solid mean", "what does the semi solid mean"),
    ("is this word accurate for it", "is this accurate for it"),
    ("in the near term", "in the near term"),          # a time span, not a term named
    ("what is the term", "what is the term"),          # nothing named after it
])
def test_a_noun_naming_the_next_words_as_a_term_is_left_out(words: str, kept: str) -> None:
    assert " ".join(without_naming_nouns(words.split())) == kept


@pytest.mark.parametrize(("question", "expected"), [
    ("What does the term all-solid-state mean, precisely?", "throughout"),
    ("What does the term semi-solid describe?", "gel"),
])
def test_a_term_named_as_a_word_is_answered_by_what_it_means(advisor: Advisor, question: str,
                                                            expected: str) -> None:
    answer = advisor.ask(question)
    assert answer.found and expected in answer.text.lower()
    assert not answer.text.startswith("**Semi-solid — Reality check")


@pytest.mark.parametrize(("question", "expected"), [
    ("Oxide electrolytes sound great, so what is their catch?", "brittle"),
    ("Polymers are easy to process, but is there a catch?", "room"),
    ("Any snags with sulfide electrolytes?", "moisture"),
    ("What is the appeal of polymer electrolytes?", "flexible"),
])
def test_their_catch_asks_for_the_drawbacks(advisor: Advisor, question: str, expected: str) -> None:
    answer = advisor.ask(question)
    assert answer.found and expected in answer.text.lower()


@pytest.mark.parametrize("question", [
    "What does uneven current do inside a solid-state cell?",
    "what does nonuniform contact do to the lithium?",
])
def test_unevenness_is_the_guides_local_inhomogeneity(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found and "inhomogeneity" in answer.text.lower()


@pytest.mark.parametrize("question", [
    "Why can't factories build solid-state cells in large numbers yet?",
    "what stops them making solid state batteries in huge quantities",
    "so why can't anyone make these in big amounts?",
])
def test_making_in_huge_numbers_is_high_volume_supply(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found and "high-volume supply" in answer.text


def test_a_question_typed_in_lower_case_after_a_filler_is_a_sentence_of_its_own() -> None:
    message = "my cousin says the new cells are perfect?? like what's still going wrong with them"
    assert sentences(message) == ["my cousin says the new cells are perfect?",
                                  "like what's still going wrong with them"]
    assert "like what's still going wrong with them" in questions_in(message)


def test_a_lower_case_continuation_after_a_question_mark_stays_in_its_sentence() -> None:
    assert len(sentences("so which one moves?? electrons or ions lol")) == 1


@pytest.mark.parametrize("question", ["Of the solid-state routes, which one ships first?",
                                      "why would semi-solid cells be shipping first?"])
def test_shipping_first_is_reaching_the_market_first(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found and "earlier" in answer.text


@pytest.mark.parametrize(("question", "expected"), [
    ("What is the negative side made from in a lithium-ion battery?", "graphite"),
    ("Could the electrolyte be made of a flexible plastic instead?", "polymer"),
])
def test_everyday_names_of_a_battery_side_and_of_a_polymer(advisor: Advisor, question: str, expected: str) -> None:
    answer = advisor.ask(question)
    assert answer.found and expected in answer.text.lower()
