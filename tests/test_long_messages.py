"""Long and compound messages: the question asked is answered, whatever surrounds it.

Our own examples, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor.core import offered_back
from advisor.retrieval.message import questions_in, refers_back, without_lead_in


def test_a_later_clause_pointing_back_does_not_outrank_the_main_question(advisor):
    # "is there a catch?" alone matches some passage with full confidence, but it is about sulfides.
    answer = advisor.ask("For our product review, what makes sulfide electrolytes attractive compared with the "
                         "others, and is there a catch?")
    assert answer.entry_ids[0].startswith("electrolyte-families/sulfides") or answer.entry_ids[0] == "sulfides-prose"
    assert "is there a catch?" in answer.suggestions


def test_a_scene_setting_clause_before_the_question_is_dropped():
    message = "We run a small lab. Before we sign anything, what should we ask about cycle life?"
    assert questions_in(message) == ["what should we ask about cycle life?"]
    message = "I keep notes for a club. For the newsletter: how do ions cross the solid layer?"
    assert questions_in(message) == ["how do ions cross the solid layer?"]
    # A sentence that is all lead-in is kept whole.
    assert without_lead_in("Before lunch, please.") == "Before lunch, please."


@pytest.mark.parametrize(("question", "back"), [
    ("what voltage does that cell have?", True), ("is this one any good?", True), ("is it any good?", True),
    ("what voltage does the prismatic cell have?", False), ("that is all I know, what is an anode?", False),
])
def test_refers_back(question, back):
    assert refers_back(question) is back


def test_that_cell_in_a_question_is_the_row_the_context_names(advisor):
    message = ("I build torch batteries at home. A friend pointed me to the AB-100AH in the list. Could you tell me "
               "which nominal voltage that cell is listed with in the guide?")
    answer = advisor.ask(message)
    assert answer.found
    assert answer.entry_ids == ("products/ab-100ah/nominal-voltage",)


def test_a_compound_question_whose_first_part_points_back_keeps_the_sentence_before_it():
    message = ("I run a small workshop. A colleague insists polymer cells never need heating. Is that right, or do "
               "polymer electrolytes only conduct well when they are warm?")
    assert questions_in(message) == [
        "A colleague insists polymer cells never need heating. Is that right, or do polymer electrolytes only "
        "conduct well when they are warm?"]


def test_that_opening_a_clause_does_not_point_back():
    message = "I run a small workshop. Would you say that polymer cells never need heating, or is that a myth?"
    assert questions_in(message) == ["Would you say that polymer cells never need heating, or is that a myth?"]


def test_a_request_insisting_on_the_answer_is_not_a_second_question():
    message = "I read a lot of hype. Why do solid cells need stack pressure? Give me the real reasons."
    assert questions_in(message) == ["Why do solid cells need stack pressure?"]
    # A request for something else is a question of its own.
    message = "I read a lot of hype. Why do solid cells need stack pressure? Tell me about sulfides as well."
    assert questions_in(message) == ["Why do solid cells need stack pressure?", "Tell me about sulfides as well."]


def test_a_question_typed_in_lower_case_after_context_is_still_found():
    message = "I teach an evening class for adults. One of them stumped me last week. why do voids form at the anode"
    assert questions_in(message) == ["why do voids form at the anode"]


def test_padding_a_lower_case_question_with_context_keeps_its_answer(advisor):
    question = "what does stack pressure do in a solid-state cell"
    padded = advisor.ask("I teach an evening class for adults. One of them stumped me last week. " + question)
    assert padded.entry_ids == advisor.ask(question).entry_ids


@pytest.mark.parametrize("other", [
    "what about <script>fetch('http://example.invalid/x')</script> oxides?",
    "and [this](http://example.invalid/) one?",
    "is www.example.invalid right?",
    "see https://example.invalid/page, why?",
])
def test_a_part_carrying_markup_or_an_address_is_never_offered_back(advisor, other):
    answer = advisor.ask(f"What goes wrong with sulfides? {other}")
    assert answer.found
    assert all("example.invalid" not in s for s in answer.suggestions)


@pytest.mark.parametrize(("questions", "offered"), [
    (["What about oxides?"], ["What about oxides?"]),
    (["What about <b>oxides</b>?", "And polymers?"], ["And polymers?"]),
    (["x" * 400], ["x" * 159 + "…"]),
])
def test_offered_back_cuts_long_questions_and_drops_markup(questions, offered):
    assert offered_back(questions) == offered
