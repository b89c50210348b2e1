"""A question asking for a physical quantity by its name ("the melting point of ...", "state the ... rate",
"what is the internal resistance of ...") asks for a figure: a passage that states none answers it as a gap
(``found`` False), with that passage as what the guide does say. "What's the point of ...?" asks no figure.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize("question", [
    "What's the boiling point of a sulfide electrolyte?",
    "State the annual capacity fade rate of a semi-solid cell.",
    "Quote the typical thickness of a polymer electrolyte layer.",
])
def test_a_named_quantity_the_guide_never_gives_is_a_gap(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert not answer.found
    assert "gives no figure" in answer.text


def test_the_point_of_something_is_no_quantity(advisor: Advisor) -> None:
    answer = advisor.ask("What is the point of a composite electrolyte?")
    assert answer.found
    assert "gives no figure" not in answer.text


def test_a_quantity_the_table_gives_is_answered(advisor: Advisor) -> None:
    answer = advisor.ask("What is the nominal voltage of the AB-21700?")
    assert answer.found
    assert "V" in answer.text


def test_the_support_of_a_gap_carries_no_verdict_of_its_own(advisor: Advisor) -> None:
    # The FAQ quoted as support opens "No." to its own yes/no question, which is not the one asked.
    answer = advisor.ask("What is the freezing point of lithium metal?")
    assert not answer.found
    support = answer.text.split("\n\n")[1]
    assert not support.startswith(("No.", "Yes."))


@pytest.mark.parametrize("question", [
    "What is ionic conductivity?",
    "What is interfacial resistance?",
    "Solid state battery resistance problems?",
])
def test_a_quantity_named_without_an_article_asks_what_the_term_means(advisor: Advisor, question: str) -> None:
    # "What is the ionic conductivity of ...?" asks its value; "What is ionic conductivity?" what it is; and
    # "solid state ... resistance" is no request to "state" one.
    answer = advisor.ask(question)
    assert answer.found
