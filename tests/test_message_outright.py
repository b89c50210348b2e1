"""A question asked outright (a question mark, or a sentence opening by asking) is the one a message asks,
before a question inside a statement of what the writer, or someone in their story, has to explain ("my
teacher wants us to explain how batteries work", "in my story the engineer explains how it works"): that
statement says what the writer is doing, not what they ask us. Asking us to explain is still asking
("Can you explain ...?"), and a statement wanting to know something ("I need to know why ...") asks it.

Our own examples, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor.retrieval.message import asked_outright, questions_in


@pytest.mark.parametrize(("message", "entry"), [
    ("My teacher wants us to explain how batteries work. What does the separator do in a solid-state cell?",
     "layers/separator/solid-state"),
    ("In my story the engineer explains how the battery works. Which electrolyte family is easiest to process?",
     "electrolyte-families"),
    ("At work I have to explain how the cells are made. Who wrote the benchmarking paper?",
     "sources/randau-2020/authors"),
    ("Our guide explains how a battery is put together. What goes wrong with oxide electrolytes?",
     "electrolyte-families/oxides/drawbacks"),
])
def test_the_question_asked_outright_is_answered_not_the_writers_task(advisor, message, entry):
    answer = advisor.ask(message)
    assert answer.found
    assert answer.entry_ids[0] == entry


@pytest.mark.parametrize(("message", "outright"), [
    # The writer's task, or a character's: not asked of us.
    ("My teacher wants us to explain how batteries work. What is a sulfide?", False),
    ("In one scene she explains why the cells fade. Why do voids form?", False),
    ("I need to explain what a separator is. Who wrote the mechanics review?", False),
    # Asked of us, or wanting to know: asked.
    ("I want you to explain how ions move. Also, who wrote the mechanics review?", True),
    ("I need to know why cells need stack pressure. Who wrote the mechanics review?", True),
    ("I wonder which family needs a dry room. Who wrote the mechanics review?", True),
])
def test_a_statement_of_what_someone_explains_is_not_asked_outright(advisor, message, outright):
    first = questions_in(message, advisor.on_topic)[0]
    assert asked_outright(message, first) is outright


def test_a_question_mark_is_always_outright(advisor):
    message = "My teacher wants us to explain how batteries work. What is a sulfide?"
    assert all(asked_outright(message, q) for q in questions_in(message, advisor.on_topic) if q.endswith("?"))


def test_a_task_of_explaining_alone_is_still_answered(advisor):
    # Nothing else is asked: the statement is the question.
    answer = advisor.ask("For my class next week. I need to explain how lithium ions move in a solid-state battery.")
    assert answer.found
