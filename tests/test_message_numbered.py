"""A question of a message pointing back at things by their number ("which of the three ...", "how do the two
differ?") is asked about the rows of one table its context named, when it named that many: "the three" points
at three things, no other number of them.

Our own messages, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor.retrieval.followups import FollowUpRows
from advisor.retrieval.message import questions_in


@pytest.mark.parametrize(("message", "expected"), [
    ("I'm comparing the AB-50AH and the AB-21700 for a drone. Which of the two has the higher energy density?",
     "Which of the two has the higher energy density? (AB-50AH and AB-21700)"),
    ("Our shortlist has a pouch cell, a prismatic cell and a cylindrical cell. Which of the three has the lowest "
     "voltage?", "Which of the three has the lowest voltage? (AB-50AH and AB-100AH and AB-21700)"),
    ("I read about semi-solid and all-solid-state routes. Which of the two is closer to the market today?",
     "Which of the two is closer to the market today? (Semi-solid and All-solid-state)"),
    # Three things pointed at, two named: which three is not clear.
    ("I'm comparing the AB-50AH and the AB-21700. Which of the three has the highest voltage?",
     "Which of the three has the highest voltage?"),
])
def test_the_number_pointed_at_names_that_many_rows(advisor, message, expected):
    asked = questions_in(message, advisor.on_topic)
    rows = FollowUpRows(advisor.knowledge, advisor.retriever.prepare)
    assert rows.pair_in_context(message, asked, asked[0]) == expected


def test_the_top_of_the_three_named_is_answered(advisor):
    answer = advisor.ask("Our buyers have quotes for a pouch cell, a prismatic cell and a cylindrical cell. "
                         "Which of the three comes out on top for energy density?")
    assert answer.found
    assert answer.text.startswith("**AB-50AH**")
