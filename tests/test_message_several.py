"""A question of a long message pointing back at several things its context named ("these two",
"both", "either") is asked about those rows of the table.

Our own messages, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor.retrieval.followups import FollowUpRows
from advisor.retrieval.message import questions_in


@pytest.mark.parametrize(("message", "expected"), [
    ("Our supplier shortlist has sulfides and polymers on it. For the report, what is the main drawback that each of "
     "these brings to a production line?",
     "what is the main drawback that each of these brings to a production line? (Sulfides and Polymers)"),
    ("The Council's memo lists the AB-50AH and the AB-100AH. Do both use the same cell type?",
     "Do both use the same cell type? (AB-50AH and AB-100AH)"),
    # Rows of two different tables: which of them is meant is not clear.
    ("A colleague compared sulfides with semi-solid cells. Is either ready for cars?", "Is either ready for cars?"),
    # One row only: the question is read against it elsewhere (named_in_context).
    ("Our lab works with sulfides. In a small university lab with no dry room, are those hard to handle every day?",
     "In a small university lab with no dry room, are those hard to handle every day?"),
    # The question names its rows itself.
    ("Our lab works with sulfides and oxides. Are both oxides and polymers brittle?",
     "Are both oxides and polymers brittle?"),
    # No word pointing at several things.
    ("Our lab works with sulfides and oxides. What is stack pressure?", "What is stack pressure?"),
])
def test_a_question_pointing_at_several_things_names_them(advisor, message, expected):
    asked = questions_in(message, advisor.on_topic)
    rows = FollowUpRows(advisor.knowledge, advisor.retriever.prepare)
    assert rows.pair_in_context(message, asked, asked[0]) == expected


@pytest.mark.parametrize(("context", "question", "rows"), [
    ("The Directorate's circular names sulfides and oxides.",
     "Kindly set out the principal drawbacks of these two families, and indicate whether either is nearer to "
     "manufacture.", "Sulfides and Oxides"),
])
def test_a_message_pointing_at_several_rows_is_answered_about_them(advisor, context, question, rows):
    # Answered as the question with those rows named, not as the names of offices around it.
    padded, named = advisor.ask(f"{context} {question}"), advisor.ask(f"{question} ({rows})")
    assert named.found
    assert (padded.found, padded.entry_ids) == (named.found, named.entry_ids)
