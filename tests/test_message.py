"""Finding the questions in a message: long messages, compound questions, yes/no questions.

Our own examples, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor.retrieval.message import asks, asks_yes_or_no, clauses, points_back, questions_in, sentences


def test_sentences_split_at_end_punctuation_and_line_breaks():
    assert sentences("I run a lab. We test cells!\nWhat is an anode? Thanks") == [
        "I run a lab.", "We test cells!", "What is an anode?", "Thanks"]


def test_an_abbreviation_inside_a_sentence_does_not_split_it():
    question = "Which one is fastest, i.e. the best conductor?"
    assert sentences(question) == [question]


@pytest.mark.parametrize(("sentence", "asking"), [
    ("What does the separator do?", True),
    ("so how do ions move", True),
    ("Please explain the anode", True),
    ("I want to know why pressure matters", True),
    ("I teach chemistry at a college.", False),
    ("My manager asked me to write a summary.", False),
])
def test_asking_sentences(sentence, asking):
    assert asks(sentence) is asking


def test_context_sentences_are_dropped():
    message = ("I work for a logistics company and we are planning our fleet for 2027. My boss read an "
               "article last week. Why do solid-state cells need stack pressure?")
    assert questions_in(message) == ["Why do solid-state cells need stack pressure?"]


def test_a_short_question_pointing_back_keeps_the_sentence_before_it():
    message = "A friend says solid batteries cannot catch fire. Is that true?"
    assert questions_in(message) == ["A friend says solid batteries cannot catch fire. Is that true?"]


def test_a_one_sentence_message_is_returned_whole():
    assert questions_in("tell me about sulfides") == ["tell me about sulfides"]


def test_a_message_without_a_question_is_returned_whole():
    message = "Sulfides are great. Oxides are robust."
    assert questions_in(message) == [message]


def test_a_compound_question_splits_into_its_questions():
    assert clauses("What goes wrong with oxides, and how do polymers compare?") == [
        "What goes wrong with oxides", "how do polymers compare?"]
    assert clauses("What goes wrong with oxides and polymers?") == []


@pytest.mark.parametrize(("question", "yes_no"), [
    ("Is a solid electrolyte safer?", True),
    ("So does pressure matter?", True),
    ("Lithium metal is the whole story, right?", True),
    ("That problem is solved, isn't it?", True),
    ("What does lithium metal change?", False),
    ("Tell me about lithium metal anodes", False),
])
def test_yes_no_questions(question, yes_no):
    assert asks_yes_or_no(question) is yes_no


def test_a_bare_question_asks_about_the_sentence_before_it():
    message = "A colleague says oxides and sulfides behave the same. Thoughts?"
    assert questions_in(message) == [message]


@pytest.mark.parametrize(("clause", "back"), [
    ("and are they cheaper to build?", True), ("is it any good", True), ("what do those cells cost", True),
    ("how do ions cross the solid electrolyte", False), ("which phone has the best battery?", False),
])
def test_a_clause_with_a_pronoun_points_back(clause, back):
    assert points_back(clause) is back


@pytest.mark.parametrize(("sentence", "asking"), [
    ("My manager asked me to find out which electrolyte family needs a dry room.", True),
    ("I have to check whether the separator is still there in these cells.", True),
    ("I am trying to understand how the ions cross the solid layer.", True),
    ("We checked the datasheet last week and the numbers looked fine.", False),
    # Explained to someone: the question still follows the verb.
    ("Our newsletter has to explain to readers how the ions cross the solid layer.", True),
    ("The label must explain to our museum visitors why the separator changed.", True),
    ("I explained to him for an hour and he left.", False),
])
def test_a_question_inside_a_statement_asks(sentence, asking):
    assert asks(sentence) is asking


def test_a_question_inside_a_statement_is_one_of_the_messages_questions():
    message = ("I work in quality control. My manager asked me to find out which electrolyte family needs a dry "
               "room. We start on Monday.")
    # Its question proper: who asked for it is context (tests/test_message_question_proper.py).
    assert questions_in(message) == ["which electrolyte family needs a dry room."]
