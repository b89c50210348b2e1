"""A short question whose words on the guide's subject name only an aspect that many of its things have
("So what's the catch?", "What are the weaknesses?": a column of one of its tables, in the words of its
name or of its phrasings around the row) names nothing of its own: after a sentence naming a thing of the
guide, it asks about that thing. A question naming a thing of its own is asked as it stands.

Our own examples, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor.retrieval.message import questions_in


@pytest.mark.parametrize(("message", "entry"), [
    ("Everyone raves about composite electrolytes. What are the drawbacks, though?",
     "electrolyte-families/composites/drawbacks"),
    ("I keep reading about the all-solid-state route. So what's the catch?", "routes/all-solid-state/reality"),
    ("Composites sound like a compromise to me. What are the advantages?", "electrolyte-families/composites/why-like"),
    ("Our team keeps talking about the AB-100AH. What's the nominal voltage?", "products/ab-100ah/nominal-voltage"),
    ("Sulfides are what everyone in our lab uses. What are the pros?", "electrolyte-families/sulfides/why-like"),
])
def test_an_aspect_alone_is_asked_of_the_thing_named_before(advisor, message, entry):
    answer = advisor.ask(message)
    assert answer.found
    assert answer.entry_ids[0] == entry


@pytest.mark.parametrize("message", [
    "My uncle swears by lead-acid batteries for his boat. So what's the catch?",
    "Hydrogen fuel cells get a lot of hype. What are the drawbacks?",
])
def test_an_aspect_of_a_thing_the_guide_does_not_cover_is_declined(advisor, message):
    assert not advisor.ask(message).found


@pytest.mark.parametrize(("question", "names"), [
    ("So what's the catch?", False),
    ("What are the weaknesses?", False),
    ("What's the nominal voltage?", False),
    ("What are the weaknesses of oxides?", True),
    ("Why do sulfides need a dry room?", True),
    ("What's the catch with solid-state batteries?", True),
])
def test_what_names_a_thing_of_the_subject(advisor, question, names):
    assert advisor.names_subject(question) is names


def test_a_question_naming_its_own_thing_is_asked_as_it_stands(advisor):
    message = "Everyone raves about composite electrolytes. What are the drawbacks of sulfides?"
    assert questions_in(message, advisor.on_topic, advisor.names_subject) == ["What are the drawbacks of sulfides?"]


def test_small_talk_lends_no_thing_to_an_aspect(advisor):
    message = "We had a lovely holiday in Spain. So what's the catch?"
    assert questions_in(message, advisor.on_topic, advisor.names_subject) == ["So what's the catch?"]
