"""A request for a whole list is answered with every item that fits, and says how many there are.

Our own examples, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import re

from advisor.answer import MAX_ANSWER_CHARS


def test_a_list_request_says_how_many_items_it_shows(advisor):
    answer = advisor.ask("enumerate everything I should ask a supplier")
    items = len(re.findall(r"^- ", answer.text, re.MULTILINE))
    assert items >= 2
    assert f"{items} items in all" in answer.text
    assert len(answer.text) <= MAX_ANSWER_CHARS


def test_a_plain_question_gets_no_count(advisor):
    assert "items in all" not in advisor.ask("What should I ask a supplier?").text
