"""The guide's own subject words ("solid", "state", "battery": words nearly every entry uses) are no
evidence either way in the scope decision: every entry is about them.

* A question naming nothing of the guide but them, whose other words are all words the knowledge never
  uses, nor longer words of their family ("degrade" of "degradation"), asks about something else:
  declined, however well an entry matches the subject words.
* A question the best entry accounts for too little of is answered when it accounts for enough of the
  rest, and the rest names the guide's subject too ("how do solid-state cells fail?" answered by the
  passage on how interfaces fail, which does not repeat "solid-state").

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize("question", [
    "what colour are solid state batteries?",
    "are solid state batteries allowed on planes?",
    "how do I dispose of a solid state battery?",
    "do solid state batteries smell?",
    "are solid-state batteries vegan?",
    "do solid state batteries glow in the dark?",
])
def test_the_subject_with_nothing_the_guide_says_of_it_is_declined(advisor: Advisor, question: str) -> None:
    assert not advisor.ask(question).found


@pytest.mark.parametrize("question", [
    "how do solid-state cells fail?",
    "why do solid-state batteries degrade?",
    "are solid-state batteries safer?",
    "how do solid state batteries work?",
    "why are solid-state batteries hard to manufacture?",
    "what limits solid state battery production?",
    "why do solid state cells need pressure?",
    "how does a solid state battery lose capacity?",
    "are solid-state batteries better?",
])
def test_the_subject_with_what_the_guide_says_of_it_is_answered(advisor: Advisor, question: str) -> None:
    assert advisor.ask(question).found


@pytest.mark.parametrize(("word", "expected"), [
    ("degrade", True),  # the knowledge says "degradation"
    ("country", False),  # "count" is shorter: no family
    ("colour", False),
])
def test_a_word_of_a_family_the_knowledge_uses(advisor: Advisor, word: str, expected: bool) -> None:
    assert advisor.retriever.reader_.has_relative(word) is expected
