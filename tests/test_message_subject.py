"""A long message's question read against the rest of the message: context that names the guide's
subject makes a plainly worded question a question about that subject.

Our own examples, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

#: Questions in plain words only (no word of the guide's subject), each asked by a buyer.
_PLAIN_QUESTIONS = ("What should I ask before I hand over the deposit?",
                    "What sort of questions should I put to them before we sign the order?")


@pytest.mark.parametrize("question", _PLAIN_QUESTIONS)
def test_ordinary_words_weigh_less_when_the_message_names_the_subject(advisor, question):
    retriever = advisor.retriever
    plain, on_subject = retriever.retrieve(question), retriever.retrieve(question, on_subject=True)
    assert not plain.found
    assert on_subject.found
    assert on_subject.explained > plain.explained


def test_a_question_naming_the_subject_itself_reads_the_same_either_way(advisor):
    question = "Why do sulfide electrolytes need a dry room during manufacturing?"
    plain, on_subject = advisor.retriever.retrieve(question), advisor.retriever.retrieve(question, on_subject=True)
    assert (plain.found, plain.explained, plain.best) == (on_subject.found, on_subject.explained, on_subject.best)


@pytest.mark.parametrize(("context", "question"), [
    ("We are replacing the forklift packs in our warehouse and the vendor quotes solid-state cells.",
     _PLAIN_QUESTIONS[0]),
    ("My club is buying a boat with a solid-state battery pack.", _PLAIN_QUESTIONS[1]),
])
def test_context_on_the_subject_lets_a_plain_question_be_answered(advisor, context, question):
    answer = advisor.ask(f"{context} {question}")
    assert answer.found
    assert answer.entry_ids[0].startswith("buyer-")


@pytest.mark.parametrize(("context", "question"), [
    ("We are redecorating the office and the painter wants money upfront.", _PLAIN_QUESTIONS[0]),
    ("My club is buying a new sailing boat from a yard in Wales.", _PLAIN_QUESTIONS[1]),
])
def test_context_off_the_subject_leaves_a_plain_question_declined(advisor, context, question):
    assert not advisor.ask(f"{context} {question}").found
    assert not advisor.ask(question).found
