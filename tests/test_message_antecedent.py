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
    # No sentence of context names what "those" points at.
    "A colleague praised a solid-state start-up at lunch. I was not convinced. What should I honestly make of "
    "those rumours that keep going round the whole office these days?",
])
def test_no_sentence_is_borrowed_when_the_question_names_its_subject_or_none_names_the_thing(advisor: Advisor,
                                                                                             message):
    asked = questions_in(message, advisor.on_topic, advisor.names_subject)
    assert not any("colleague" in q or "niece" in q for q in asked)


@pytest.mark.parametrize(("message", "expected"), [
    (_SPIKES, "lithium penetration"),
])
def test_the_answer_is_about_the_thing_pointed_at(advisor: Advisor, message, expected):
    answer = advisor.ask(message)
    assert answer.found and expected in answer.text.lower()
