"""Covered topics, asked for something the guide does not give: a name (who invented it?) or a figure
(how many cycles?). The answer is found=False with what the guide does give; a question the guide
does answer in the same words is still answered.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor

NO_NAME = "The guide does not cover that: it names no company, person or place"


@pytest.mark.parametrize("question", [
    "who developed the first solid state cell, what year was that?",
    "Who patented the solid-state battery, and in which year?",
    "who came up with solid state batteries in the first place and what year",
])
def test_who_invented_is_history_the_sources_table_does_not_give(advisor: Advisor, question: str) -> None:
    """The sources table's names are its papers' authors: "who wrote ...?" is asked in its words,
    "who patented ...?" asks for names of something else."""
    answer = advisor.ask(question)
    assert not answer.found
    assert answer.text.startswith(NO_NAME)


@pytest.mark.parametrize(("question", "entry_id"), [
    ("Who reviewed the problems at solid-state interfaces?", "tan-interface-barriers"),  # "Tan et al. reviewed"
    ("Who benchmarked solid electrolytes against each other?", "randau-benchmarking"),
    ("Who wrote about the mechanics of solid-state cells?", "sources/kalnaus-2023/authors"),
    ("who are the authors of the Kalnaus paper?", "sources/kalnaus-2023/authors"),
])
def test_who_did_the_research_is_answered_with_the_names_the_guide_gives(advisor: Advisor, question: str,
                                                                       entry_id: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert answer.entry_ids[0] == entry_id
