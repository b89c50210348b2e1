"""Everyday pictures of the guide's terms: lithium growing "like needles" or "poking through" the
electrolyte is lithium penetration; a "fully solid" cell is the all-solid-state route.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize("question", [
    "can lithium needles grow right across a solid electrolyte?",
    "can lithium poke through a solid electrolyte over time?",
])
def test_needles_and_poking_through_are_lithium_penetration(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert answer.entry_ids[0] == "lithium-penetration"


def test_fully_solid_is_the_all_solid_state_route(advisor: Advisor) -> None:
    answer = advisor.ask("and the fully solid kind, why do people like it?")
    assert answer.found
    assert answer.entry_ids[0] == "routes/all-solid-state/why-like"
