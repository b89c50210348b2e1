"""Two or more rows of a table named with one of its columns asked ("the drawbacks of sulfides, oxides and
polymers", "what do researchers like about oxides and polymers") are compared side by side on the table, with
no comparison word: a passage that only lists those rows gives none of their cells.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize(("question", "heading", "cell"), [
    ("What are the drawbacks of sulfides, oxides and polymers?", "Sulfides vs Oxides vs Polymers",
     "Moisture sensitivity"),
    ("List the weaknesses of oxides and polymers.", "Oxides vs Polymers", "brittleness"),
    ("Commercial reading for sulfides, oxides and composites, please.", "Sulfides vs Oxides vs Composites",
     "process control is demanding"),
])
def test_rows_named_with_a_column_are_compared(advisor: Advisor, question: str, heading: str, cell: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert heading in answer.text.split("\n")[0]
    assert cell in answer.text


def test_rows_named_without_a_column_keep_the_passage_about_them(advisor: Advisor) -> None:
    # "How is semi-solid different ...": a comparison word, and a passage written about exactly these rows.
    answer = advisor.ask("Is semi-solid just a step towards all-solid-state?")
    assert answer.found
    assert " vs " not in answer.text.split("\n")[0]
