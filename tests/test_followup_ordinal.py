"""Follow-ups that point at a row by its place: "the last one", "the middle one", "the former".

A place is counted in the order the previous question named the table's rows (when it named two or
more), else in the table's own order. Our own conversations, written for these tests from the guide;
not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor.retrieval.followups import FollowUpRows

_CONVERSATIONS = [
    # The table's own order: sulfides, oxides, polymers, composites.
    (["Show me the table of solid electrolyte families", "What are the drawbacks of the first one?"],
     "electrolyte-families/sulfides/drawbacks"),
    (["Show me the table of solid electrolyte families", "What are the drawbacks of the last one?"],
     "electrolyte-families/composites/drawbacks"),
    # The order the question named the rows in.
    (["How do oxides compare with sulfides?", "What goes wrong with the latter?"],
     "electrolyte-families/sulfides/drawbacks"),
    (["How do oxides compare with sulfides?", "What goes wrong with the former?"],
     "electrolyte-families/oxides/drawbacks"),
    (["How do oxides compare with sulfides?", "Is the latter commercially promising?"],
     "electrolyte-families/sulfides/commercial"),
    # After an answer about one row, the place still counts in the table.
    (["Compare the battery routes", "Why do people like the first route?", "And the middle one?"],
     "routes/semi-solid/why-like"),
    (["What is the nominal voltage of the AB-50AH?", "And of the last one?"], "products/ab-21700/nominal-voltage"),
]


@pytest.mark.parametrize(("turns", "entry"), _CONVERSATIONS)
def test_a_row_pointed_at_by_its_place(advisor, turns, entry):
    conversation = advisor.conversation()
    for turn in turns:
        answer = conversation.ask(turn)
    assert answer.found
    assert answer.entry_ids[0] == entry


@pytest.mark.parametrize(("question", "expected"), [
    ("what about the middle one?", "what about Semi-solid?"),
    ("is the last route ready?", "is All-solid-state ready?"),
    ("and the second", "and Semi-solid"),
    # No such place, or no place at all: left as it is.
    ("and the fifth one?", "and the fifth one?"),
    ("and the former?", "and the former?"),
    ("what happened in the last decade?", "what happened in the last decade?"),
])
def test_a_place_names_the_row_of_the_table_talked_about(advisor, question, expected):
    rows = FollowUpRows(advisor.knowledge, advisor.retriever.prepare)
    assert rows.ordinal(question, advisor.retriever.prepare("compare the routes"), None, "routes") == expected
