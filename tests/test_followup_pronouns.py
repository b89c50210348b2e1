"""Follow-ups that point back at what the previous answer picked: "its", "it", "they".

Our own examples, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import re

import pytest

from advisor.retrieval.followups import FollowUpRows


def test_its_after_a_superlative_means_the_row_that_won(advisor):
    conversation = advisor.conversation()
    first = conversation.ask("Which product has the lowest nominal voltage?")
    winner = re.match(r"\*\*([^*]+)\*\*", first.text)
    assert winner is not None
    answer = conversation.ask("what's its energy density?")
    assert answer.found
    assert answer.entry_ids == (f"products/{winner.group(1).lower()}/energy-density",)


def test_it_after_an_answer_about_one_row_names_that_row(advisor):
    conversation = advisor.conversation()
    conversation.ask("Tell me about the Kalnaus review")
    answer = conversation.ask("which journal ran it?")
    assert answer.found
    assert answer.entry_ids[0].startswith("sources/kalnaus-2023")
    assert "Science" in answer.text


def test_the_topic_keeps_the_row_a_superlative_picked(advisor):
    reply = advisor.answer_in_context("Which product has the highest energy density?")
    assert reply.topic is not None
    assert reply.topic.row is not None and reply.topic.row[0] == "products"
    assert reply.answer.text.startswith(f"**{advisor.knowledge.table('products').row(reply.topic.row[1]).name}**")


def test_a_passage_naming_a_row_in_passing_does_not_make_they_that_row(advisor):
    # A passage on what two researchers argue names all-solid-state cells; "they" is still the researchers.
    reply = advisor.answer_in_context("Who are Janek and Zeier?")
    assert reply.topic is not None and reply.topic.row is None


def test_the_other_two_are_the_rest_of_the_table(advisor):
    conversation = advisor.conversation()
    conversation.ask("What energy density does the AB-21700 have?")
    answer = conversation.ask("and the other two?")
    assert answer.found
    assert "AB-50AH" in answer.text and "AB-100AH" in answer.text


def test_a_count_that_does_not_fit_the_table_is_not_read_as_its_other_rows(advisor):
    reply = advisor.answer_in_context("What energy density does the AB-21700 have?")
    rows = FollowUpRows(advisor.knowledge, advisor.retriever.prepare)
    assert reply.topic is not None
    assert rows.resolved("and the other five?", reply.topic.row) == "and the other five?"
    assert rows.resolved("and the other two?", reply.topic.row) == "and the other two? (AB-50AH and AB-100AH)"


@pytest.mark.parametrize(("first", "then", "expected"), [
    ("Is Randau et al. one of the sources in the list?", "what year was their paper?", "sources/randau-2020/year"),
    ("Are Kalnaus et al. in the list of sources?", "what year was their paper?", "sources/kalnaus-2023/year"),
    ("Tell me what the source list says about Tan et al.", "and what was their paper called?",
     "sources/tan-2020/title"),
])
def test_it_after_an_answer_about_no_row_is_the_row_the_question_named(advisor, first, then, expected):
    conversation = advisor.conversation()
    conversation.ask(first)
    answer = conversation.ask(then)
    assert answer.found
    assert answer.entry_ids[0] == expected


def test_it_is_not_a_row_the_answer_named_in_passing(advisor):
    # The answer's passage names one route, but the question named none: "it" is the cell asked about.
    conversation = advisor.conversation()
    conversation.ask("Where do the ions go when I charge a solid-state cell?")
    answer = conversation.ask("and when it is discharging?")
    assert answer.found
    assert not answer.entry_ids[0].startswith("routes/")


def test_row_of_prefers_the_row_answered_about():
    assert FollowUpRows.row_of(("sources", "tan-2020"), ("sources", "randau-2020")) == ("sources", "tan-2020")
    assert FollowUpRows.row_of(None, ("sources", "randau-2020")) == ("sources", "randau-2020")
    assert FollowUpRows.row_of(None, None) is None
