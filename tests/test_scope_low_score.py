"""A low best score guards questions that name nothing of the guide's subject: their best match comes from a
common word ("a good recipe for ..."). A question that names the subject in many everyday words scores low
because those words dilute the match, not because it is about something else; whether the best entry accounts
for enough of it decides.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize("question", [
    "If the layers don't touch properly, does the whole cell just stop working?",
    "Could little rough patches on the electrolyte surface let lithium creep where it really shouldn't?",
    "What happens at the boundary when two hard layers just sit there next to each other?",
])
def test_the_subject_asked_in_everyday_words_is_answered(advisor: Advisor, question: str) -> None:
    assert advisor.ask(question).found


@pytest.mark.parametrize("question", [
    "Is my grandmother's old solid wood table worth anything at an auction house these days?",
    "How do I get a stubborn layer of rust off the bottom of a cast iron pan quickly?",
    "What should I pack in a solid overnight bag for a two day hike in the hills?",
    "Can I store the spare battery for my camera in the fridge over the summer months?",
    "How do I add page numbers to a slide deck before tomorrow's meeting?",
    "What's a quick way to fold fitted sheets neatly?",
])
def test_a_question_off_the_subject_is_still_declined(advisor: Advisor, question: str) -> None:
    assert not advisor.ask(question).found


@pytest.mark.parametrize("question", [
    "How do I add page numbers to a slide deck before tomorrow's meeting?",
    "What's a quick way to fold fitted sheets neatly?",
])
def test_without_the_subject_a_low_score_still_declines(advisor: Advisor, question: str) -> None:
    retrieval = advisor.retriever.retrieve(question)
    assert not retrieval.query.topical
    assert not retrieval.found
