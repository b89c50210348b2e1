""""Do all solid-state batteries ...?" asks about every solid-state battery, not about all-solid-state ones
(english.quantifier_all, read the same way in the knowledge and in questions); and a follow-up goes where the
previous answer points (its ``related`` entries) when one scores at least core.RELATED_SHARE of the best.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.english import quantifier_all


@pytest.mark.parametrize(("text", "read"), [
    ("Do all solid-state cells need pressure?", "Do every solid-state cells need pressure?"),
    ("not all solid state designs use lithium metal", "not every solid state designs use lithium metal"),
    # Written as one term, or after a preposition: the guide's all-solid-state.
    ("Do all-solid-state cells need pressure?", "Do all-solid-state cells need pressure?"),
    ("the future of all solid state batteries", "the future of all solid state batteries"),
])
def test_a_quantifier_all_is_read_as_every(text: str, read: str) -> None:
    assert quantifier_all(text) == read


def test_every_solid_state_cell_is_no_all_solid_state_row(advisor: Advisor) -> None:
    assert not advisor.retriever.prepare("Will all solid-state cells use lithium metal one day?").mentions
    assert advisor.retriever.prepare("Will all-solid-state cells use lithium metal one day?").mentions


def test_a_follow_up_about_it_goes_where_the_answer_points(advisor: Advisor) -> None:
    # "it" is lithium metal, which the answer was about; the all-solid-state row's "why people like it" was
    # answered when "all solid-state" was read as that row.
    conversation = advisor.conversation()
    conversation.ask("Do all solid-state cells rely on a lithium metal anode?")
    answer = conversation.ask("why are people so keen on it, then?")
    assert answer.entry_ids[0] == "lithium-metal-real-prize"
