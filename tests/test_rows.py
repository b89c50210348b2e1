"""Table rows (advisor/retrieval/rows.py): a yes/no claim about one cell is settled by the cell's value.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.rows import cell_verdict


@pytest.mark.parametrize(("question", "cell", "verdict"), [
    # A row of another table named in the claim against the one the cell names.
    ("Is the AB-21700 an all-solid-state cell?", "products/ab-21700/cell-type", False),
    ("the AB-100AH is a semi-solid cell, isn't it?", "products/ab-100ah/cell-type", True),
    # A value only some rows of the column have.
    ("Does the AB-100AH run at 3.65 V?", "products/ab-100ah/nominal-voltage", True),
    ("Is the AB-50AH's energy density 285 Wh/kg?", "products/ab-50ah/energy-density", False),
    ("Did Randau et al. appear in Nature Energy?", "sources/randau-2020/journal", True),
    ("Was Famprikis et al. published in Science?", "sources/famprikis-2019/journal", False),
    # A bound is not a value; a description is read by meaning, never word by word.
    ("Is the AB-50AH above 285 Wh/kg?", "products/ab-50ah/energy-density", None),
    ("Are polymers a universal EV answer?", "electrolyte-families/polymers/commercial", None),
    # Nothing claimed that the column's values settle.
    ("Is the AB-50AH a good cell?", "products/ab-50ah/cell-type", None),
])
def test_a_claim_about_a_cell_is_settled_by_its_value(advisor: Advisor, question: str, cell: str,
                                                      verdict: bool | None) -> None:
    entry = advisor.knowledge.entry(cell)
    assert entry is not None
    assert cell_verdict(advisor.knowledge, entry, advisor.retriever.prepare(question)) is verdict


@pytest.mark.parametrize(("question", "opening"), [
    ("So the AB-100AH counts as an all-solid-state cell, correct?", "No. **AB-100AH — Cell type:**"),
    ("So the AB-21700 is one of the semi-solid cells, right?", "Yes. **AB-21700 — Cell type:**"),
])
def test_a_yes_no_claim_about_a_column_the_table_gives_is_answered_with_its_verdict(
        advisor: Advisor, question: str, opening: str) -> None:
    """A confirmation tag ("right?", "correct?") asks for no attribute: the claim is about the cell
    type, which the products table gives."""
    answer = advisor.ask(question)
    assert answer.found
    assert answer.text.startswith(opening)


def test_an_open_question_about_a_cell_gets_no_verdict(advisor: Advisor) -> None:
    answer = advisor.ask("What kind of cell is the AB-21700?")
    assert answer.found
    assert answer.text.startswith("**AB-21700 — Cell type:**")


def test_a_confirmation_tag_does_not_hide_an_attribute_the_table_lacks(advisor: Advisor) -> None:
    answer = advisor.ask("The AB-50AH weighs under a kilogram, right?")
    assert not answer.found
    assert "lists only series, cell type, energy density and nominal voltage" in answer.text


# --------------------------------------------------------------------------- one side named, both described


@pytest.mark.parametrize("question", [
    "Is a semi-solid cell the same as a solid-state one?",
    "Semi-solid and solid-state: one thing with two labels, the same really?",
    "Is a gel battery any different from a real solid-state battery?",
    "Is semi-solid just a fancy word for solid-state?",  # "a word for": the two are claimed to be one
    "Semi-solid is simply a sales label for solid-state, no?",
])
def test_a_comparison_naming_one_row_is_answered_by_a_passage_setting_it_beside_another(
        advisor: Advisor, question: str) -> None:
    """The other side is named only in general words ("solid-state"): the passage that describes
    semi-solid and all-solid-state side by side answers, so both sides are described."""
    answer = advisor.ask(question)
    assert answer.found
    assert answer.entry_ids == ("faq-semi-solid",)
    assert "gel" in answer.text and "throughout" in answer.text


def test_a_passage_naming_every_row_is_an_overview_not_a_comparison(advisor: Advisor) -> None:
    assert advisor.ask("How do oxides differ from the rest?").entry_ids != ("electrolyte-family-groups",)


def test_a_pointer_to_the_comparison_table_asks_for_no_comparison(advisor: Advisor) -> None:
    """"According to the comparison table" names the table; the question is about composites alone."""
    retrieval = advisor.retriever.retrieve("According to the comparison table, what do composites do well?")
    assert retrieval.best is not None and retrieval.best.id != "electrolyte-family-groups"


def test_a_comparison_passage_is_lifted_only_when_asked_and_can_be_turned_off(advisor: Advisor) -> None:
    from advisor.retrieval.tuning import Tuning
    question = "Is a semi-solid cell the same as a solid-state one?"
    off = Advisor(tuning=Tuning(comparison_passage_share=1.1)).ask(question)
    assert off.entry_ids != ("faq-semi-solid",)
    assert advisor.ask("Is a semi-solid cell a pouch cell?").entry_ids != ("faq-semi-solid",)
