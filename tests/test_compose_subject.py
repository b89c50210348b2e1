"""A question asked about one thing is answered by a passage about that thing
(advisor/retrieval/compose.py: question_subject and the passage about it).

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.compose import question_subject

TOPICAL = {"electrons", "ions", "lithium", "metal", "solid", "state", "cells", "separator", "anode", "stack",
           "pressure"}


@pytest.mark.parametrize(("question", "subject"), [
    ("do the electrons cross the middle layer", "electron"),
    ("so can electrons get through", "electron"),
    ("which way do the lithium ions go", "ion"),          # the head of the noun phrase, not its first word
    ("do lithium metal solid state cells need stack pressure", "cell"),
    ("where does the separator sit", "separator"),
    # Not asked by inversion, or no subject of the guide's words right after the auxiliary.
    ("electrons go where", None),
    ("does it need stack pressure", None),
    ("can anyone explain the anode", None),
    ("why electrons", None),
])
def test_the_subject_is_the_head_of_the_phrase_after_the_auxiliary(question: str, subject: str | None) -> None:
    assert question_subject(question.split(), TOPICAL) == subject


@pytest.mark.parametrize("question", [
    "Do the electrons travel across the solid middle layer too?",
    "Can electrons get through the middle layer of a solid-state cell?",
    "Do electrons cross the solid separator region as well?",
])
def test_a_question_about_electrons_is_answered_by_the_passage_about_them(advisor: Advisor, question: str) -> None:
    """The passage on the middle layer matches "middle layer" better, but the question asks about the
    electrons, which the passage on ion and electron paths is about."""
    answer = advisor.ask(question)
    assert answer.found
    assert answer.entry_ids == ("ion-electron-separator-paths",)
    assert "external circuit" in answer.text


@pytest.mark.parametrize("question", [
    "Does a solid-state cell run on some brand-new battery physics?",
    "Do solid-state cells need new battery physics?",
])
def test_the_guides_own_subject_picks_no_passage(advisor: Advisor, question: str) -> None:
    """Many passages are about cells: a question whose subject is "cell" keeps its best entry (the passage
    on physics), not one that happens to have "cell" in its title."""
    answer = advisor.ask(question)
    assert answer.found
    assert "does not break battery physics" in answer.text
