"""An elliptical follow-up that goes on to ask the previous question again of what it names ("And the
oxide ones, what goes wrong with them?") is read as the bare ellipsis ("And the oxide ones?"); one that
asks something new of it ("And oxides, are they cheaper?") is not.

Our own examples, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor.retrieval.followups import FollowUpRows


def _ask(advisor, *turns):
    conversation = advisor.conversation()
    answer = None
    for turn in turns:
        answer = conversation.ask(turn)
    return answer


@pytest.mark.parametrize(("first", "again", "bare"), [
    ("What usually goes wrong with conventional lithium-ion cells?",
     "And the all-solid-state ones, what usually goes wrong with them?", "And the all-solid-state ones?"),
    ("Why do people like semi-solid batteries?", "and the conventional ones, why do people like them too?",
     "and the conventional ones?"),
    ("What electrolyte does a conventional lithium-ion cell use?", "And all-solid-state cells, what do they use "
     "instead?", "And all-solid-state cells?"),
])
def test_the_previous_question_asked_again_reads_as_the_ellipsis(advisor, first, again, bare):
    assert _ask(advisor, first, again).entry_ids == _ask(advisor, first, bare).entry_ids


@pytest.mark.parametrize(("piece", "asked_again"), [
    ("what do they use instead?", True),
    ("what goes wrong with them?", True),
    ("are they cheaper?", False),  # something new
    ("what goes wrong?", False),  # points at nothing: a question of its own
])
def test_asked_again_needs_a_pointer_and_nothing_new(advisor, piece, asked_again):
    rows = FollowUpRows(advisor.knowledge, advisor.retriever.prepare)
    previous = advisor.retriever.prepare("What goes wrong with the anode they use in conventional cells?")
    assert rows._asked_again(piece, previous) is asked_again
