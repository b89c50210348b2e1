"""A row name that qualifies another row's name names one thing (advisor/retrieval/ranking.py:
Retriever._without_qualified_heads): "a semi-solid lithium-ion cell" is a kind of lithium-ion cell, the
semi-solid one, as an adjective before its noun is; the conventional row is not named, nothing is compared,
and its cells do not lead on the head noun's words (rows.py: RowScoring.adjust's ``absorbed``). Names in a
list ("semi-solid, lithium-ion") stay two.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize(("question", "row"), [
    ("in a semi-solid lithium ion cell what is the electrolyte?", "semi-solid"),
    ("why do people like all-solid-state lithium-ion cells?", "all-solid-state"),
    ("what is the reality check for semi-solid li-ion batteries?", "semi-solid"),
    ("what's the electrolyte picture in an all-solid-state lithium-ion battery?", "all-solid-state"),
    ("what holds back all-solid-state lithium ion batteries?", "all-solid-state"),
    ("what is the main challenge for all-solid-state li-ion cells?", "all-solid-state"),
])
def test_a_qualified_row_name_names_the_qualifier(advisor: Advisor, question: str, row: str) -> None:
    retrieval = advisor.retriever.retrieve(question)
    assert [m.row_id for m in retrieval.mentions] == [row]
    assert retrieval.comparison is None
    assert retrieval.best is not None and retrieval.best.row_id == row


@pytest.mark.parametrize("question", [
    "semi-solid, lithium-ion: which is safer?",
    "semi-solid/lithium-ion, which is safer?",
    "semi-solid & lithium-ion compared",
])
def test_names_in_a_list_stay_two_rows(advisor: Advisor, question: str) -> None:
    retrieval = advisor.retriever.retrieve(question)
    assert {m.row_id for m in retrieval.mentions} == {"semi-solid", "conventional"}
    assert retrieval.comparison is not None


@pytest.mark.parametrize(("typed", "read"), [
    ("where do li ions go?", "lithium ions"),  # the plural of a phrase rewritten word for word stays plural
    ("do li-ions cross the solid?", "lithium ions"),
    ("li ion batteries and their fires", "lithium ion batteries"),  # the battery, with its own plural noun
])
def test_the_ions_are_not_the_battery(advisor: Advisor, typed: str, read: str) -> None:
    query = advisor.retriever.prepare(typed)
    assert read in query.prepared
    assert not [m for m in query.mentions if m.row_id == "conventional"] or "batteries" in read
