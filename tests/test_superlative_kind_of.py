""""Which type of (solid) electrolyte <verb> ... the fastest?" picks among the thing the kind is of, whatever
word follows it (advisor/retrieval/superlatives.py: _names_the_thing), and the answer cites the winner's cell
that says the property asked, or a longer word each asked word begins ("conducts ions" -> "ionic
conductivity"), not the column the whole table matched best (SuperlativeFinder._column_saying).

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize(("question", "row", "column"), [
    ("Which type of solid electrolyte conducts ions the fastest?", "sulfides", "why-like"),
    ("which sort of solid electrolyte transports ions fastest?", "sulfides", "why-like"),
    ("what kind of electrolyte conducts the highest?", "sulfides", "why-like"),
    ("which class of electrolyte reacts most with moisture?", "sulfides", "drawbacks"),
])
def test_the_kind_of_thing_is_the_table_picked_among(advisor: Advisor, question: str, row: str,
                                                     column: str) -> None:
    retrieval = advisor.retriever.retrieve(question)
    assert retrieval.superlative is not None
    assert retrieval.superlative.table.id == "electrolyte-families"
    assert retrieval.superlative.order[0] == row
    assert retrieval.superlative.column_id == column


@pytest.mark.parametrize("question", [
    "which electrolyte layers carry ions fastest?",  # "electrolyte" qualifies layers: not a kind of it
])
def test_a_modifier_without_kind_of_picks_nothing_by_it(advisor: Advisor, question: str) -> None:
    assert "electrolyte-families" not in advisor.retriever.superlatives_.tables_picked_among(question.split())
