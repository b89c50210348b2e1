"""What a question about the product table asks for.

* An adverb says how much or how sure ("a *fully* solid-state cell", "*truly* solid"), never what is asked: a claim
  about a product's cell type is answered from that column, not declined as an attribute the table lacks.
* A question opening with "when did / will ..." or "who ..." asks for a date or a name; of the whole table, which
  gives neither, that is a gap saying what it does give, not the table as if it answered.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.english import is_adverb

TABLE_GAP = "The guide does not cover that. For its related products it lists only"


@pytest.mark.parametrize(("word", "adverb"), [
    ("fully", True), ("truly", True), ("completely", True),
    ("early", False), ("reply", False), ("apply", False), ("holy", False), ("ugly", False), ("tally", False),
])
def test_short_irregular_adverbs(word: str, adverb: bool) -> None:
    assert is_adverb(word, cutoff=3.0) is adverb


@pytest.mark.parametrize(("question", "row"), [
    ("Is the AB-100AH a truly solid-state cell?", "ab-100ah"),
    ("The AB-21700 is completely solid, right?", "ab-21700"),
    ("Is the AB-50AH entirely solid?", "ab-50ah"),
    ("So the AB-100AH is fully solid-state?", "ab-100ah"),
    ("the AB-50AH is purely solid state, yes?", "ab-50ah"),
    ("is the AB-21700 fully solid state or semi?", "ab-21700"),
])
def test_a_claim_about_the_cell_type_is_answered_from_its_column(advisor: Advisor, question: str, row: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert answer.entry_ids[0].startswith(f"products/{row}")
    assert "Semi Solid" in answer.text


@pytest.mark.parametrize("question", [
    "How quickly does the AB-50AH charge?",
    "How much does the AB-21700 weigh?",
    "How fast can the AB-50AH be fully recharged?",
])
def test_what_the_table_lacks_is_still_a_gap(advisor: Advisor, question: str) -> None:
    assert not advisor.ask(question).found


@pytest.mark.parametrize("question", [
    "When were the listed cells released?",
    "when did the related products first go on the market?",
    "when were the AB cells launched?",
    "When can I buy the AB series cells?",
    "when was the AB product line introduced?",
])
def test_when_of_the_whole_table_is_a_gap(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert not answer.found
    assert answer.text.startswith(TABLE_GAP)


@pytest.mark.parametrize("question", [
    "Where does the extra energy density come from?",
    "When charging, which way do the ions move?",
    "Which related product has the highest energy density?",
])
def test_other_openings_are_not_taken_for_a_date(advisor: Advisor, question: str) -> None:
    assert advisor.ask(question).found


@pytest.mark.parametrize("question", [
    "What does a solid-state cell cost per kilowatt-hour?",
    "roughly what would a sulfide cell cost per kilowatt hour to make?",
    "what's the manufacturing cost of an oxide cell per kilowatt-hour?",
    "what does the semi-solid route cost per kilowatt hour today?",
    "how expensive is lithium metal anode production per kilowatt hour?",
])
def test_a_figure_asked_in_a_unit_written_out_is_a_figure_gap(advisor: Advisor, question: str) -> None:
    """"per kilowatt-hour" asks for a figure as "per kWh" does; the passages that answer give none."""
    answer = advisor.ask(question)
    assert not answer.found
    assert answer.text.startswith("The guide does not cover that: it gives no figure for it")
