"""Two readings of short follow-ups that point back at the previous answer's row.

- "and the downside of those?" names no other thing: the phrase after "and" points back, so it asks
  something new of the same row, not the previous question again of a new thing;
- "why choose those over oxides?" compares the row pointed back at with the one named, so the answer
  describes both sides.

Our own examples, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

import advisor.retrieval.followups as followups


@pytest.mark.parametrize(("first", "then", "expected"), [
    ("What are polymer electrolytes good at?", "and the downside of those?", "electrolyte-families/polymers/drawbacks"),
    ("What do researchers like about sulfides?", "and the problems with them?",
     "electrolyte-families/sulfides/drawbacks"),
    ("Why do researchers like oxides?", "and the commercial outlook for them?",
     "electrolyte-families/oxides/commercial"),
    ("What goes wrong with composite electrolytes?", "and the advantages of those?",
     "electrolyte-families/composites/why-like"),
    ("What's the reality check for semi-solid?", "and the electrolyte picture of it?", "routes/semi-solid/picture"),
    ("Who wrote the Kalnaus et al. paper?", "and the year of it?", "sources/kalnaus-2023/year"),
])
def test_and_a_column_of_a_pronoun_asks_that_column_of_the_same_row(last_answer, first, then, expected):
    answer = last_answer(first, then)
    assert answer.found
    assert answer.entry_ids[0] == expected


def test_without_the_pointing_back_reading_the_previous_question_is_asked_again(last_answer, monkeypatch):
    # The test can fail: reading "those" as a new thing named re-asks "what are they good at?". (With the column
    # reading off too: "the downside" alone asks the row's column, see test_twenty_fourth_round.py.)
    monkeypatch.setattr(followups, "refers_back", lambda text: False)
    monkeypatch.setattr(followups.FollowUpRows, "asks_a_column", lambda self, named, table: False)
    answer = last_answer("What are polymer electrolytes good at?", "and the downside of those?")
    assert answer.entry_ids[:1] != ("electrolyte-families/polymers/drawbacks",)


@pytest.mark.parametrize(("first", "then", "sides"), [
    ("What are sulfide electrolytes?", "why would anyone choose those over oxides?", ("sulfides", "oxides")),
    ("Tell me about composite electrolytes.", "why use them over plain oxides?", ("composites", "oxides")),
    ("What's the reality check for semi-solid?", "so why back it over conventional lithium-ion?",
     ("semi-solid", "conventional lithium-ion")),
])
def test_choosing_a_row_over_another_describes_both(last_answer, first, then, sides):
    answer = last_answer(first, then)
    assert answer.found
    assert all(side in answer.text.lower() for side in sides), answer.text


def test_without_over_as_a_comparison_one_side_is_missing(last_answer, monkeypatch):
    monkeypatch.setattr(followups, "_COMPARING", followups._COMPARING - {"over"})
    answer = last_answer("What are sulfide electrolytes?", "why would anyone choose those over oxides?")
    assert not all(side in answer.text.lower() for side in ("sulfides", "oxides"))
