""""Inside the cell" is where a question's thing happens, not a request for what is inside conventional
lithium-ion: the routes table no longer asks "what is inside a {row} battery" once per name of every row
(eighteen phrasings of "inside ... lithium-ion cell" made any question with "lithium", "inside" and "cell"
meet the conventional row's electrolyte picture), and "inside" is a stop word as "within" and "into" are: the
one phrasing left using it (the layer table's "what changes inside the cell") made every question saying
"inside" meet the whole layer table.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

from advisor import Advisor
from advisor.text import STOP_WORDS


def test_lithium_inside_the_cell_is_not_the_conventional_row(advisor: Advisor) -> None:
    answer = advisor.ask("why does lithium pile up inside the cell in the wrong places?")
    assert "routes/conventional/picture" not in answer.entry_ids


def test_what_a_route_uses_inside_is_still_its_electrolyte_picture(advisor: Advisor) -> None:
    answer = advisor.ask("what electrolyte does a semi-solid battery use?")
    assert answer.found and "gel-assisted" in answer.text


def test_inside_is_a_preposition_like_within() -> None:
    assert {"inside", "within", "into"} <= STOP_WORDS
