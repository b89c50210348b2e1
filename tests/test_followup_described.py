"""A follow-up describing a row by a word or two of its names ("the all solid ones", "the pouch type", "the gel
ones") asks about that row: words of the rows' names decide before words of their cells (a semi-solid cell
that compares it with "full all-solid-state" does not make "the all solid ones" ambiguous), a description
naming a column of the table is that column, not a row ("the solid-state ones" in the layer table), and a
pointer before the description points at the row talked about ("why look at those before the all solid
ones?").

Our own examples, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor.retrieval.followups import described_row


@pytest.mark.parametrize(("first", "then", "expected"), [
    ("What's the reality check for conventional lithium-ion?", "what about the all solid ones, what holds them back?",
     "routes/all-solid-state/reality"),
    ("What's the energy density of the AB-21700?", "and the pouch type?", "products/ab-50ah/energy-density"),
    ("What goes wrong with polymer electrolytes?", "what about the oxide type, what holds them back?",
     "electrolyte-families/oxides/drawbacks"),
])
def test_a_row_described_by_words_of_its_names_is_asked_about(last_answer, first, then, expected):
    assert last_answer(first, then).entry_ids[0] == expected


@pytest.mark.parametrize(("question", "row"), [
    ("what about the all solid ones?", "All-solid-state"),
    ("and the gel ones?", "Semi-solid"),
])
def test_names_decide_before_cells(advisor, question, row):
    table = advisor.knowledge.table("routes")
    assert row in described_row(question, table, "conventional")


def test_a_description_naming_a_column_is_no_row_but_that_column(advisor):
    table = advisor.knowledge.table("layers")
    # The column named in full: "solid" alone is the guide's whole subject ("and the solid kind?").
    assert described_row("and the solid-state ones?", table, "anode-design") == "and Solid-state battery?"
    assert described_row("and the solid kind?", table, "anode-design") == "and Solid-state battery?"


def test_a_pointer_before_the_description_points_at_the_row_talked_about(advisor):
    followups = advisor._followups
    resolved = followups.resolved("why would a buyer look at those before the all solid ones?",
                                  ("routes", "semi-solid"))
    assert "All-solid-state" in resolved
    assert resolved.endswith("(Semi-solid)")
