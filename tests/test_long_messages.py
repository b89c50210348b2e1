"""Long and compound messages: the question asked is answered, whatever surrounds it.

Our own examples, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations


def test_a_later_clause_pointing_back_does_not_outrank_the_main_question(advisor):
    # "is there a catch?" alone matches some passage with full confidence, but it is about sulfides.
    answer = advisor.ask("For our product review, what makes sulfide electrolytes attractive compared with the "
                         "others, and is there a catch?")
    assert answer.entry_ids[0].startswith("electrolyte-families/sulfides") or answer.entry_ids[0] == "sulfides-prose"
    assert "is there a catch?" in answer.suggestions
