"""A question asking what one table row is ("what does all-solid-state mean?") is answered by a passage that says
it in words, not by the row's cells, which compare it on a few respects (compose._definition_of_the_row).

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize(("question", "words"), [
    ("what does all-solid-state mean?", "throughout"),
    ("what is meant by semi-solid?", "gel-like"),
    ("ok, what's semi-solid?", "gel-like"),
])
def test_what_a_row_is_is_answered_by_the_passage_defining_it(advisor: Advisor, question: str, words: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert advisor.knowledge.entry(answer.entry_ids[0]).table_id is None
    assert words in answer.text


@pytest.mark.parametrize(("question", "entry"), [
    # Asking for one of the row's respects: the row answers.
    ("what is the reality check for all-solid-state?", "routes/all-solid-state/reality"),
    # A row no passage defines: the row answers.
    ("what is the AB-50AH?", "products/ab-50ah"),
])
def test_a_row_asked_for_its_values_is_still_answered_by_the_row(advisor: Advisor, question: str, entry: str) -> None:
    assert advisor.ask(question).entry_ids[0] == entry
