"""A comparison that counts as many of a table's kind of row as the table has ("each of the three routes",
"the four electrolyte families") is about every row, also one it names by a shortened name or not at all.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize(("question", "every"), [
    ("Give the reality check for each of the three routes: conventional, semi-solid and all-solid-state.",
     ("Conventional lithium-ion", "Semi-solid", "All-solid-state")),
    ("Compare the four electrolyte families: sulfides, oxides and polymers.",
     ("Sulfides", "Oxides", "Polymers", "Composites")),
])
def test_counting_every_row_compares_all_of_them(advisor: Advisor, question: str, every: tuple[str, ...]) -> None:
    heading = advisor.ask(question).text.split("\n")[0]
    assert all(name in heading for name in every)


def test_two_rows_named_without_a_count_compare_those_two(advisor: Advisor) -> None:
    heading = advisor.ask("Semi-solid vs all-solid-state: what is the reality check?").text.split("\n")[0]
    assert "Semi-solid" in heading and "All-solid-state" in heading and "Conventional" not in heading
