"""A question of a long message that names too little to be answered on its own ("What's the usual weak
spot?") is asked of the subject the sentences around it name ("the polymer electrolyte in her new cell"):
those words help pick the entry, as the previous question does for a follow-up, but only the question's
own words decide whether the guide covers it. So a vague question about something the guide never
discusses stays declined, whatever subject its message names.

Our own examples, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("context", "question", "entry"), [
    # Each question alone is declined: nothing in it says which part of the guide it asks about.
    ("A reader wrote in about the polymer electrolyte in her new cell. She's curious but not technical.",
     "What's the usual weakness?", "electrolyte-families/polymers/drawbacks"),
    ("Our supplier praises the composite electrolyte in their pouch cells. I'm sceptical by nature.",
     "What's the usual weak spot?", "electrolyte-families/composites/drawbacks"),
    ("Our team keeps arguing about sulfide electrolytes for a racing drone. Nobody agrees.",
     "Is the commercial outlook good?", "electrolyte-families/sulfides/commercial"),
    ("My colleague says the oxide electrolyte in our supplier's cell is bulletproof. I'm not so sure.",
     "What's the usual weakness?", "electrolyte-families/oxides/drawbacks"),
])
def test_a_vague_question_is_asked_of_the_subject_its_message_names(advisor, context, question, entry):
    assert not advisor.ask(question).found
    answer = advisor.ask(f"{context} {question}")
    assert answer.found
    assert answer.entry_ids[0] == entry


@pytest.mark.parametrize("message", [
    # Their context names the guide's subject; the question asks about something else in everyday words.
    "My team is writing a tender for solid-state cells. We want to be strict. What penalty clause should the "
    "tender set for late delivery?",
    "A student wants to read about the mechanics of lithium metal in solid-state cells. Our library is small. "
    "Which bookshop near me sells the journal?",
    "I'm studying for a materials exam on sulfide solid electrolytes. I'm exhausted. How many hours of sleep do "
    "I need before an exam?",
    "At the trade fair a vendor showed a solid-state cell with stack pressure fixtures. The booth was busy. "
    "Where is the next fair being held?",
    "Our insurer asked about the oxide electrolyte in our forklift packs. They want numbers. What insurance "
    "premium should we expect?",
])
def test_the_subject_around_a_question_does_not_make_an_uncovered_question_covered(advisor, message):
    assert not advisor.ask(message).found


def test_small_talk_around_a_vague_question_lends_no_subject(advisor):
    # Nothing around it names the guide's subject: the question is asked as it stands, and declined.
    assert not advisor.ask("We moved house last month. The boxes are everywhere. What's the usual weakness?").found
