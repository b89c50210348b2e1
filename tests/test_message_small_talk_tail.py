"""A question typed in lower case ends at its question marks when the words after them say nothing on the
guide's subject ("whos right?? loser does the dishes"): that is small talk, and the question is read alone
(and, when it points back, with the sentence it points at). Words after it on the subject go on with it.

Our own examples, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor.core import Advisor
from advisor.retrieval.message import questions_in


@pytest.mark.parametrize(("message", "asked", "not_asked"), [
    ("my bro reckons sulfides are the best electrolyte family full stop. whos right?? loser does the dishes for "
     "a whole week", "sulfides", "dishes"),
    ("my gf says solid state batteries use lithium metal every time. is that true?? she wont let it go and we "
     "have been at it since breakfast", "lithium metal", "breakfast"),
    ("why do the solid ones crack?? my little sister asked me and i had no clue what to tell her at the park",
     "crack", "park"),
])
def test_small_talk_after_a_question_mark_is_not_asked(advisor: Advisor, message, asked, not_asked):
    questions = questions_in(message, advisor.on_topic, advisor.names_subject)
    assert any(asked in q for q in questions)
    assert not any(not_asked in q for q in questions)


@pytest.mark.parametrize("message", [
    "what moves thru the solid layer?? ions or electrons or both",
    "is the electrolyte also the separator?? or is there still a plastic film in there",
])
def test_words_on_the_subject_after_a_question_mark_stay_with_it(advisor: Advisor, message):
    assert questions_in(message, advisor.on_topic, advisor.names_subject) == [message]


@pytest.mark.parametrize(("message", "expected"), [
    ("my bro reckons sulfides are the best electrolyte family full stop. whos right?? loser does the dishes for "
     "a whole week", "Sulfides"),
    ("my gf says solid state batteries use lithium metal every time. is that true?? she wont let it go and we "
     "have been at it since breakfast", "not every"),
])
def test_the_claim_before_is_answered(advisor: Advisor, message, expected):
    answer = advisor.ask(message)
    assert answer.found and expected in answer.text
