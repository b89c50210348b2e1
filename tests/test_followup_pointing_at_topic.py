"""A follow-up pointing back at what was talked about ("what can go wrong there?", "what fails in them?"),
whose own words are too few to be answered alone, is asked with the words the previous question named its
topic by (less the guide's subject as a whole); "there" points back like a pronoun, except in "is there" /
"there are". Also chat writing: a dropped g on a short word ("goin", "doin") and "wots"; "tl;dr" and "ELI5" say how
to answer, never what about.

Our own conversations, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from advisor import Advisor, Answer
from advisor.conversation import is_follow_up
from advisor.retrieval.english import expand_shorthand
from advisor.retrieval.followups import points_at_place


@pytest.mark.parametrize(("question", "points"), [
    ("what can go wrong there?", True),
    ("and what happens there during cycling?", True),
    ("is there a separator?", False),
    ("there are three families, right?", False),
    ("are there any interlayers?", False),
    ("what is in there's place?", False),
])
def test_there_points_at_a_place_talked_about(question: str, points: bool) -> None:
    assert points_at_place(question) is points


def test_a_question_pointing_there_is_a_follow_up() -> None:
    assert is_follow_up("what goes wrong there in practice?")
    assert not is_follow_up("Is there a separator in a solid-state battery?")


@pytest.mark.parametrize("follow_up", ["what goes wrong there in practice?", "What can go wrong with them, exactly?"])
def test_the_topic_pointed_at_is_asked_about(last_answer: Callable[..., Answer], follow_up: str) -> None:
    answer = last_answer("Why do interfaces cause so much trouble in solid-state batteries?", follow_up)
    assert answer.found and "Interfaces fail in four main ways" in answer.text


def test_a_follow_up_that_names_its_own_subject_is_read_as_before(last_answer: Callable[..., Answer]) -> None:
    answer = last_answer("Why do interfaces cause so much trouble in solid-state batteries?",
                         "and what goes wrong with sulfides there?")
    assert answer.found and "Sulfides" in answer.text


@pytest.mark.parametrize(("typed", "meant"), [
    ("goin", "going"), ("doin", "doing"), ("coin", "coin"), ("thin", "thin"), ("join", "join"),
    ("wots", "what is"),
])
def test_chat_writing_on_short_words(typed: str, meant: str) -> None:
    assert " ".join(expand_shorthand([typed], frozenset())) == meant


def test_a_dropped_g_no_longer_counts_against_a_question(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("where r the ions goin while it charges")
    assert "going" in query.prepared.split() and "goin" not in (*query.unknown, *query.ordinary)


def test_a_battery_in_use_is_discharging(advisor: Advisor, last_answer: Callable[..., Answer]) -> None:
    assert "during discharge" in advisor.ask("which way do the lithium ions move when you're using the battery?").text
    answer = last_answer("Where do lithium ions travel while a solid-state cell charges?", "and while I'm using it?")
    assert answer.found and "discharge" in answer.text


@pytest.mark.parametrize(("typed", "meant"), [("tl dr why", "why"), ("eli5 how", "how"), ("tldr", "")])
def test_a_frame_for_how_to_answer_is_no_word_of_the_question(typed: str, meant: str) -> None:
    assert " ".join(expand_shorthand(typed.split(), frozenset())) == meant


def test_a_short_answer_asked_for_is_still_about_its_subject(advisor: Advisor) -> None:
    answer = advisor.ask("tl;dr: why do the interfaces between layers cause so much grief?")
    assert answer.found and "The short answer is simple" not in answer.text


@pytest.mark.parametrize("follow_up", ["And the solid-state equivalent?", "and the solid-state version?"])
def test_the_equivalent_of_another_row_is_that_row(last_answer: Callable[..., Answer], follow_up: str) -> None:
    answer = last_answer("How does a conventional lithium-ion cell typically fail?", follow_up)
    assert answer.found and answer.entry_ids[0] == "layers/failure-mode/solid-state"


@pytest.mark.parametrize(("typed", "meant"), [("cn", "can"), ("innit", "")])
def test_more_chat_shorthand(typed: str, meant: str) -> None:
    assert " ".join(expand_shorthand([typed], frozenset())) == meant

