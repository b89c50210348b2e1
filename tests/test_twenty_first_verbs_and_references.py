""""Which electrode receives the ions?" asks for one thing: a word in -s right after the thing asked for, with
its object after it ("receives the ...", "covers the ..."), is a verb, not a plural asking for a list; "which
design knobs matter?" still asks for several. A reference asked for is one of the guide's sources, not its
"minimal reference system".

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.compose import asks_which_things


@pytest.mark.parametrize(("question", "several"), [
    ("During discharge, which electrode takes the ions back?", False),
    ("which layer blocks the electrons?", False),
    ("which design knobs matter most?", True),
    ("what factors limit the cell?", True),
])
def test_a_verb_with_its_object_asks_for_one_thing(question: str, several: bool) -> None:
    assert asks_which_things(question) is several


def test_which_electrode_gets_the_ions_is_answered_by_the_direction(advisor: Advisor) -> None:
    answer = advisor.ask("During discharge, which electrode receives the lithium ions back?")
    assert answer.found and "to the anode" in answer.text


@pytest.mark.parametrize("question", ["Which reference covers the mechanics of the cell?",
                                      "which reference should I read on mechanics?"])
def test_a_reference_is_a_source(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found and "Kalnaus" in answer.text
