"""A table cell does not lead on another form of a word inside its row's names (advisor/retrieval/rows.py:
_name_fragments, RowScoring._name_only_words): "ions" meets the cells of "Conventional lithium-ion" by its
stem, but rows are named by their exact words, so the question has not picked that row by its content.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


def test_words_inside_names_that_name_no_row(advisor: Advisor) -> None:
    fragments, exact = advisor.retriever.rows_._name_fragments["routes"]
    assert {"ion", "lithium"} <= fragments  # inside "lithium-ion", used all over the guide
    assert "normal" not in fragments  # names only the conventional row ("normal lithium ion battery")
    assert "ion" in exact and "ions" not in exact
    # "anode" starts every name of the row "Anode design": it names that row.
    assert "anode" not in advisor.retriever.rows_._name_fragments["layers"][0]


@pytest.mark.parametrize("question", [
    "Where do the ions go?",
    "How do the ions get across?",
    "Can the ions get stuck somewhere?",
])
def test_ions_do_not_pick_the_conventional_row(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert not answer.entry_ids[0].startswith("routes/conventional/")
    assert "Ion path" in answer.text


@pytest.mark.parametrize(("question", "entry"), [
    ("Which route uses a liquid electrolyte?", "routes/conventional/picture"),  # the cell's own words pick it
    ("What anode does a normal lithium-ion battery use?", "layers/anode-design/conventional"),  # named
    ("Which paper appeared in Nature Nanotechnology?", "sources/tan-2020/title"),  # a word naming one row
])
def test_a_row_picked_by_its_content_or_named_still_answers(advisor: Advisor, question: str, entry: str) -> None:
    assert advisor.ask(question).entry_ids == (entry,)
