"""A pointing question that borrows the sentence it points at ("The whole interface thing sounds like an
excuse. Why is it such a big deal?") is about that sentence's subject: the sentence's everyday words (how
it sounded, who said it) do not count against the question in the decision whether the guide covers it.

Our own examples, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("said", "question", "bare"), [
    # Without the rule both are declined: the sentence's everyday words outweigh its subject.
    ("Honestly the interphase stuff sounds like jargon consultants adore.", "Why does it matter?",
     "Why does the interphase matter?"),
    ("Frankly the voids story sounds like folklore grad students whisper.", "Why is it such a huge deal?",
     "Why are voids such a huge deal?"),
])
def test_a_borrowed_sentence_lends_its_subject_not_its_everyday_words(advisor, said, question, bare):
    answer, alone = advisor.ask(f"{said} {question}"), advisor.ask(bare)
    assert alone.found and answer.found
    assert answer.entry_ids[0] == alone.entry_ids[0]



@pytest.mark.parametrize("message", [
    "Frankly the sulfide hype smells like a scam cooked up by marketers. How do I recycle it safely?",
    "Honestly the whole lithium metal thing sounds like a fad. How long will it take to charge my car with it?",
    "My neighbour thinks oxide cells are overrated. What is the price of them in Europe?",
])
def test_a_borrowed_subject_does_not_make_an_uncovered_question_covered(advisor, message):
    assert not advisor.ask(message).found
