"""A superlative naming a property by its adjective picks the row whose words name it by its noun ("the most
brittle" -> the row whose drawbacks say "brittleness"), also when the question names the table's kind of
row in words no cell is asked by ("which of the electrolyte classes ...").

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.english import property_nouns


@pytest.mark.parametrize(("adjective", "noun"), [
    ("brittle", "brittleness"),
    ("flexible", "flexibility"),
    ("sensitive", "sensitivity"),
    ("dense", "density"),
    ("safe", "safety"),
    ("robust", "robustness"),
])
def test_the_noun_of_a_property_is_among_its_candidates(adjective: str, noun: str) -> None:
    assert noun in property_nouns(adjective)


def test_short_words_and_non_words_have_no_property_noun() -> None:
    assert property_nouns("red") == ()
    assert property_nouns("li-ion") == ()


@pytest.mark.parametrize("question", [
    "which type of solid electrolyte is most brittle",
    "Of the electrolyte classes, which one is the most brittle?",
    "Which group of solid electrolytes would you call the most brittle?",
])
def test_the_most_brittle_family_is_the_one_whose_drawbacks_say_brittleness(advisor: Advisor,
                                                                           question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert answer.text.startswith("**Oxides**")


def test_a_property_no_row_names_picks_no_row(advisor: Advisor) -> None:
    answer = advisor.ask("Of the electrolyte classes, which one is the most colourful?")
    assert not answer.text.startswith(("**Oxides**", "**Sulfides**", "**Polymers**", "**Composites**"))
