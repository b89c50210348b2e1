"""Covered topics, asked for something the guide does not give: a name (who invented it?) or a figure
(how many cycles?). The answer is found=False with what the guide does give; a question the guide
does answer in the same words is still answered.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor

NO_NAME = "The guide does not cover that: it names no company, person or place"


@pytest.mark.parametrize("question", [
    "who developed the first solid state cell, what year was that?",
    "Who patented the solid-state battery, and in which year?",
    "who came up with solid state batteries in the first place and what year",
])
def test_who_invented_is_history_the_sources_table_does_not_give(advisor: Advisor, question: str) -> None:
    """The sources table's names are its papers' authors: "who wrote ...?" is asked in its words,
    "who patented ...?" asks for names of something else."""
    answer = advisor.ask(question)
    assert not answer.found
    assert answer.text.startswith(NO_NAME)


@pytest.mark.parametrize(("question", "entry_id"), [
    ("Who reviewed the problems at solid-state interfaces?", "tan-interface-barriers"),  # "Tan et al. reviewed"
    ("Who benchmarked solid electrolytes against each other?", "randau-benchmarking"),
    ("Who wrote about the mechanics of solid-state cells?", "sources/kalnaus-2023/authors"),
    ("who are the authors of the Kalnaus paper?", "sources/kalnaus-2023/authors"),
])
def test_who_did_the_research_is_answered_with_the_names_the_guide_gives(advisor: Advisor, question: str,
                                                                       entry_id: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert answer.entry_ids[0] == entry_id


NO_FIGURE = "The guide does not cover that: it gives no figure for it"


@pytest.mark.parametrize("question", [
    # A phrasing of the passage asks "how much more energy": not the same quantity as these.
    "How much range does a lithium metal anode add to an electric car?",
    "How much weight does a lithium metal anode save compared with graphite?",
    # A figure of the question's own: a passage stating none cannot meet it, whatever its phrasings ask.
    "How many cycles does a sulfide cell survive at 2C?",
])
def test_a_figure_the_passage_never_states_is_not_found(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert not answer.found
    assert answer.text.startswith(NO_FIGURE)


@pytest.mark.parametrize(("question", "entry_id"), [
    ("how much pressure does a solid-state cell need?", "stack-pressure-interlayers"),  # a phrasing asks it
    ("How much more lithium does lithium metal hold than graphite?", "lithium-metal-energy-density"),  # "far more"
])
def test_a_quantity_the_knowledge_says_it_answers_in_words_is_answered(advisor: Advisor, question: str,
                                                                     entry_id: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert answer.entry_ids[0] == entry_id


@pytest.mark.parametrize("question", [
    "What do oxide electrolytes need during manufacturing, and at what temperature are they sintered?",
    "Why do polymer electrolytes need warmth, and at what temperature do they conduct well?",
])
def test_a_figure_asked_by_a_second_question_joined_with_and_is_a_figure_question(advisor: Advisor,
                                                                                  question: str) -> None:
    answer = advisor.ask(question)
    assert not answer.found
    assert answer.text.startswith(NO_FIGURE)


@pytest.mark.parametrize("question", [
    "Why do sulfides react with moisture, and what happens then?",
    "What goes wrong at interfaces, and how do engineers fix it?",
])
def test_a_second_question_that_asks_no_figure_is_answered(advisor: Advisor, question: str) -> None:
    assert advisor.ask(question).found
