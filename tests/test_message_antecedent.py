"""A question of a message pointing at a thing by a demonstrative and a word for it ("those meeting points",
"these spikes") is about the sentence of context that names that thing, not the sentence just before it,
and of any length, when the question names nothing on the guide's subject itself.

Our own examples, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor.core import Advisor
from advisor.retrieval.message import questions_in

_MEETING = ("My lecturer said the trouble with solid-state lithium cells is at the meeting points of the layers. "
            "I've read a lot about conductivity instead. What goes wrong at those meeting points?")
_SPIKES = ("Someone in the break room said solid cells grow tiny lithium spikes through the electrolyte. I drive a "
           "forklift with a lithium pack. Are those spikes a real danger?")


@pytest.mark.parametrize(("message", "named"), [
    (_MEETING, "meeting points of the layers"),
    (_SPIKES, "tiny lithium spikes"),
    ("A podcast said the electrolyte and the cathode react and build a film where they touch. I was driving at "
     "the time and my kids were loud in the back seat, so I missed most of it. Why does that film form, and "
     "what does it cost the battery in the end?", "build a film"),
])
def test_the_question_borrows_the_sentence_naming_what_it_points_at(advisor: Advisor, message, named):
    asked = questions_in(message, advisor.on_topic, advisor.names_subject)
    assert named in asked[0]


@pytest.mark.parametrize("message", [
    # The question names the guide's subject itself.
    "My niece told me phones will one day have solid batteries. I worry about fires at home. Would one of "
    "those solid batteries be completely safe?",
])
def test_no_sentence_is_borrowed_when_the_question_names_its_subject(advisor: Advisor, message):
    asked = questions_in(message, advisor.on_topic, advisor.names_subject)
    assert not any("colleague" in q or "niece" in q for q in asked)


@pytest.mark.parametrize(("message", "expected"), [
    (_SPIKES, "lithium penetration"),
])
def test_the_answer_is_about_the_thing_pointed_at(advisor: Advisor, message, expected):
    answer = advisor.ask(message)
    assert answer.found and expected in answer.text.lower()


@pytest.mark.parametrize(("message", "claim", "expected"), [
    ("A start-up told our fund its solid-state cell reached a record energy density in the lab. I have to brief "
     "the partners on Monday. What should I ask the founders about that figure before anyone gets too excited?",
     "record energy density", "lab"),
    ("My neighbour insists solid-state batteries can never catch fire. He repeats it at every barbecue we go to. "
     "How much truth is there honestly in this story that he keeps telling everyone?", "never catch fire",
     "not automatically"),
    ("A trade magazine said interfaces, not conductivity, are the main hurdle for solid-state cells. I'm new to "
     "the industry. Can you explain what lies behind that remark in a way a beginner can follow?",
     "main hurdle", "interfacial resistance"),
])
def test_a_long_question_pointing_at_what_was_said_borrows_it(advisor: Advisor, message, claim, expected):
    """"that figure", "this story": a word for what was said, named nowhere before, points at the nearest
    sentence on the subject, however long the question."""
    asked = questions_in(message, advisor.on_topic, advisor.names_subject)
    assert claim in asked[0]
    answer = advisor.ask(message)
    assert answer.found and expected in answer.text
