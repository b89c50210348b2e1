"""A question that names nothing it asks about ("Can you confirm?", "Which should I order?") asks about
the sentence before it, as "Confirm?" does; a question naming its own subject, on the guide or not, is
asked as it stands.

Our own examples, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor.retrieval.message import questions_in


@pytest.mark.parametrize(("context", "question"), [
    ("A forum post says polymer electrolytes are easy to process.", "Can you confirm?"),
    ("I need the product from the guide's list with the highest nominal voltage.", "Which should I order?"),
    ("Our lab manager thinks sulfides need a dry room.", "What do you reckon?"),
])
def test_a_question_naming_nothing_borrows_the_sentence_before(advisor, context, question):
    assert questions_in(f"{context} {question}", advisor.on_topic) == [f"{context} {question}"]


@pytest.mark.parametrize(("context", "question"), [
    # Its own subject, off the guide: asked (and declined) as it stands.
    ("Our team evaluates sulfide cells for forklifts.", "What is the best sourdough starter?"),
    # Its own subject on the guide: asked as it stands.
    ("We moved offices last spring.", "Why do sulfides crack?"),
])
def test_a_question_naming_its_subject_is_asked_as_it_stands(advisor, context, question):
    assert questions_in(f"{context} {question}", advisor.on_topic) == [question]


def test_small_talk_before_a_nameless_question_is_not_borrowed_as_a_subject(advisor):
    # The sentence before names nothing of the guide either: there is nothing to answer.
    assert not advisor.ask("The garden looks lovely this spring. Can you confirm?").found


def test_a_nameless_question_after_a_claim_is_answered_about_the_claim(advisor):
    claim = "A salesman told me oxide electrolytes are soft and forgiving at contact points."
    assert advisor.ask(f"{claim} Can you confirm?").entry_ids == advisor.ask(f"{claim} Confirm?").entry_ids
