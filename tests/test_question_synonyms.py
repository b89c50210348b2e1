"""Phrases read in questions only (synonyms.yaml's ``in_questions``): a question's everyday phrase is read as the
guide's words, but the guide's own text is left as written, nothing is corrected into the phrase's words, and
those words are understood only inside the phrase.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.knowledge import load_knowledge


def test_the_section_is_loaded_apart_from_the_synonyms(advisor: Advisor) -> None:
    knowledge = load_knowledge()
    assert ("in every phone", "in universal high-volume supply") in knowledge.question_synonyms
    assert "in every phone" not in dict(knowledge.synonyms)


def test_a_question_phrase_is_read_in_questions_only(advisor: Advisor) -> None:
    reader = advisor.retriever.reader_
    assert reader.expand_question("not in every phone yet") == "not in universal high volume supply yet"
    # The knowledge's own text is read without it.
    assert reader.expand("not in every phone yet") == "not in every phone yet"


def test_a_question_using_the_phrase_is_answered(advisor: Advisor) -> None:
    answer = advisor.ask("why isn't solid-state in every phone already?")
    assert answer.found and "universal high-volume supply" in answer.text


def test_its_words_are_understood_only_inside_it(advisor: Advisor) -> None:
    inside = advisor.retriever.prepare("why isn't solid-state in every phone already?")
    assert "phone" not in (*inside.unknown, *inside.ordinary)
    outside = advisor.retriever.prepare("will a solid-state battery make my phone last longer?")
    assert "phone" in (*outside.unknown, *outside.ordinary)


def test_its_words_are_no_target_of_spelling_correction(advisor: Advisor) -> None:
    assert "phone" not in advisor.retriever.reader_.corrector.known_words
    assert "came" not in advisor.retriever.reader_.corrector.known_words


def test_where_a_result_came_from_asks_for_the_format_that_produced_it(advisor: Advisor) -> None:
    answer = advisor.ask("How do I find out where the results came from before I trust a supplier's figures?")
    assert answer.found and "coin cell" in answer.text


def test_sorting_something_out_at_the_end_is_treating_it_as_a_detail(advisor: Advisor) -> None:
    answer = advisor.ask("Isn't the interface something engineers can sort out at the end?")
    assert answer.found and "treat the interface as a detail" in answer.text


@pytest.mark.parametrize("question", [
    "so a solid electrolyte takes the risk away completely?",
    "does removing the liquid remove the risks?",
])
def test_taking_every_risk_away_is_being_risk_free(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found and "risk-free" in answer.text


def test_a_stepping_stone_is_a_bridge(advisor: Advisor) -> None:
    answer = advisor.ask("Is semi-solid basically a stepping stone towards the real thing?")
    assert answer.found and "Bridge" in answer.text


@pytest.mark.parametrize(("question", "read_as"), [
    ("Would a lithium metal anode give an electric car more range?", "higher energy density"),
    ("Do lithium whiskers still grow through a solid electrolyte?", "lithium penetration"),
])
def test_everyday_pictures_are_read_as_the_guides_words(advisor: Advisor, question: str, read_as: str) -> None:
    assert read_as in advisor.retriever.prepare(question).prepared


def test_a_word_left_as_written_by_a_synonym_is_not_understood_by_it(advisor: Advisor) -> None:
    # "lies" matches the key "li" with a plural ending, which leaves it as written: no phrase was read.
    query = advisor.retriever.prepare("what lies behind the claim that interfaces are the main hurdle?")
    assert "lies" in (*query.unknown, *query.ordinary)
