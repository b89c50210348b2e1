"""A quiz's frame around a claim ("True or false: ...", "fact or fiction?", "myth or reality?") asks for the
verdict on the claim and names nothing it is about: the claim is read as if asked without it.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.english import without_confirmation_frame


def test_the_frame_is_dropped_and_nothing_else() -> None:
    words = ["true", "or", "false", "sulfides", "are", "moisture", "sensitive"]
    assert without_confirmation_frame(words) == ["sulfides", "are", "moisture", "sensitive"]
    assert without_confirmation_frame(["is", "it", "true", "that", "oxides", "are", "brittle"]) == \
        ["is", "it", "true", "that", "oxides", "are", "brittle"]


@pytest.mark.parametrize(("framed", "plain"), [
    ("True or false: a solid electrolyte also keeps the electrodes apart without any separate layer.",
     "A solid electrolyte also keeps the electrodes apart without any separate layer?"),
    ("Fact or fiction - the electrons travel through the solid electrolyte too?",
     "The electrons travel through the solid electrolyte too?"),
])
def test_a_framed_claim_is_answered_as_the_claim(advisor: Advisor, framed: str, plain: str) -> None:
    answer = advisor.ask(framed)
    assert answer.found
    assert answer.sources[0].id == advisor.ask(plain).sources[0].id


def test_the_verdict_on_a_framed_claim_comes_first(advisor: Advisor) -> None:
    answer = advisor.ask("Fact or fiction: lithium metal anodes come with every solid-state cell.")
    assert answer.text.startswith("No.")


@pytest.mark.parametrize("message", [
    "Overheard at lunch: oxide electrolytes are soft and bend easily. True or false?",
    "Somebody wrote that the electrons cross the solid electrolyte as well. Fact or fiction?",
])
def test_a_frame_standing_alone_asks_about_the_claim_before_it(advisor: Advisor, message: str) -> None:
    # The frame is the message's only asking sentence; without the claim it names nothing to answer.
    claim = message.rsplit(".", 1)[0] + "?"
    answer = advisor.ask(message)
    assert answer.found
    assert answer.sources[0].id == advisor.ask(claim).sources[0].id
