"""Mechanisms of the twenty-third round, each a general way people write:

* the word every row name of a table starts with names that family of rows ("the AB cells"), so a row of
  another table written after it describes them ("the AB semi-solid cells") and asks nothing of that row;
* a name typed without its capital ("is samsung ...") is a name all the same: it travels untranslated
  between languages, which an everyday English word does not;
* "should a supplier tell me what ...?": who tells is not what the question is about;
* a sentence of two clauses that one passage answers whole is answered by that passage.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.compose import question_subject
from advisor.retrieval.english import reads_as_name
from advisor.retrieval.message import without_why_asked


def test_the_family_word_of_the_product_rows_makes_a_route_name_a_description(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("What cathode do the AB semi-solid cells use?")
    assert not query.mentions
    answer = advisor.ask("What cathode do the AB semi-solid cells use?")
    assert not answer.found
    assert "series, cell type, energy density and nominal voltage" in answer.text


def test_a_route_named_on_its_own_is_still_the_route(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("What cathode do semi-solid cells use?")
    assert [(m.table_id, m.row_id) for m in query.mentions] == [("routes", "semi-solid")]


def test_a_product_named_in_full_is_still_that_product(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("what is the AB-50AH pouch cell's energy density")
    assert {(m.table_id, m.row_id) for m in query.mentions} == {("products", "ab-50ah")}


@pytest.mark.parametrize("word", ["samsung", "Toyota", "volkswagen", "bbc", "iphone"])
def test_names_that_travel_between_languages_read_as_names(word: str) -> None:
    assert reads_as_name(word)


@pytest.mark.parametrize("word", ["selling", "online", "team", "battery", "actually", "tbh", "c", "sm"])
def test_everyday_words_and_letters_do_not(word: str) -> None:
    assert not reads_as_name(word)


def test_a_lower_case_company_name_is_declined_as_a_name(advisor: Advisor) -> None:
    answer = advisor.ask("is samsung making solid state cells yet")
    assert not answer.found
    assert advisor.retriever.retrieve("is samsung making solid state cells yet").reason == "names-unknown"


@pytest.mark.parametrize("question", [
    "Would a supplier explain what temperature the cells were tested at?",
    "Should a supplier tell me what was measured after the headline cycle count?",
])
def test_who_tells_is_not_what_is_asked_about(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert answer.entry_ids[0] == "buyer-validation-conditions"


def test_one_passage_answering_both_clauses_answers_the_sentence(advisor: Advisor) -> None:
    answer = advisor.ask("When the battery discharges, which direction do the lithium ions move, "
                         "and what delivers the power?")
    assert answer.found and "external circuit delivers power" in answer.text


def test_two_questions_no_passage_answers_together_keep_the_first(advisor: Advisor) -> None:
    answer = advisor.ask("How do ions move, and what voltage does the AB-50AH have?")
    assert answer.found and "Ion path" in answer.text
    # (Since the thirty-fifth round the second question is answered after the first, both fitting in one answer.)
    assert "3.7 V" in answer.text and answer.text.index("Ion path") < answer.text.index("3.7 V")


def test_in_what_respects_asks_how_not_for_a_list(advisor: Advisor) -> None:
    answer = advisor.ask("In what respects are solid-state batteries safer than today's lithium-ion ones?")
    assert answer.found and "risk-free" in answer.text


@pytest.mark.parametrize(("question", "stripped"), [
    ("What should I actually be asking them so I'm not taken in by the marketing?",
     "What should I actually be asking them?"),
    ("which questions should we put to them to tell a real product from hype?",
     "which questions should we put to them?"),
    ("Before the call, what should I ask the supplier, beyond whether it is solid-state?",
     "Before the call, what should I ask the supplier?"),
])
def test_why_the_asking_is_done_is_set_aside(question: str, stripped: str) -> None:
    assert without_why_asked(question) == stripped


@pytest.mark.parametrize("question", [
    "What should I ask the supplier about pressure?",  # what it asks about stays
    "Why is pressure applied to keep contact?",  # no question about what to ask
    "What should I ask them?",
])
def test_other_questions_are_left_as_they_are(question: str) -> None:
    assert without_why_asked(question) == question


def test_a_message_asking_what_to_ask_gets_the_questions_to_ask(advisor: Advisor) -> None:
    answer = advisor.ask("Two suppliers have quoted us solid-state packs. Their brochures are glossy and vague. "
                         "What should I actually be asking the suppliers to separate real engineering from a "
                         "sales pitch?")
    assert answer.found and "electrolyte family" in answer.text


def test_a_question_on_what_to_ask_asked_whole_when_nothing_is_left_without_why(advisor: Advisor) -> None:
    # "What should I actually be asking them?" is "What should I ask them?" (session twenty-five: the "-ing" form
    # was read as naming nothing, the plain form as asking for the questions to ask): both get the list.
    assert advisor.ask("What should I actually be asking them?").entry_ids \
        == advisor.ask("What should I ask them?").entry_ids
    answer = advisor.ask("What should I actually be asking them so I'm not sold on the solid-state marketing?")
    assert answer.found


def test_a_row_compared_with_the_guides_subject_gets_the_table_comparing_both(advisor: Advisor) -> None:
    # "Normal lithium-ion" names the conventional route; the layer table's columns set it beside solid-state.
    answer = advisor.ask("In what way is a solid-state cell different from a normal lithium-ion cell?")
    assert answer.found and answer.entry_ids[0] == "layers"
    assert "Conventional lithium-ion" in answer.text and "Solid-state battery" in answer.text


def test_whether_two_things_are_the_same_is_answered_in_the_guides_words(advisor: Advisor) -> None:
    answer = advisor.ask("Is a solid-state cell the same basic chemistry as a normal lithium-ion cell?")
    assert answer.found and answer.entry_ids[0] != "layers"


def test_the_negative_end_of_a_battery_is_its_anode(advisor: Advisor) -> None:
    answer = advisor.ask("What is the negative end of a normal lithium-ion cell made from?")
    assert answer.found and "graphite" in answer.text


def test_a_measure_named_after_what_and_a_place_asks_for_a_figure(advisor: Advisor) -> None:
    answer = advisor.ask("What glovebox dew point should a sulfide line run at?")
    assert not answer.found and "no figure" in answer.text


def test_the_picture_a_simile_draws_is_no_evidence_of_another_topic(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("why are these cells squeezed like a hydraulic swage, what is that for?")
    assert "swage" not in query.unknown
    assert "swage" in advisor.retriever.prepare("what is a hydraulic swage for?").unknown


def test_a_degrading_interface_is_one_losing_performance(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("What happens to a cell as the solid-solid interface degrades?")
    assert "loses performance" in query.prepared


def test_a_phrase_saying_where_before_the_question_leaves_its_subject(advisor: Advisor) -> None:
    words = ["in", "one", "of", "these", "cells", "do", "the", "electrons", "cross", "the", "solid", "layer"]
    assert question_subject(words, {"cells", "electrons", "solid", "layer"}) == "electron"
    # A question word makes the phrase part of the question: "in which direction do the ions move".
    assert question_subject(["in", "which", "direction", "do", "the", "ions", "move"], {"ions"}) is None
    answer = advisor.ask("In one of these batteries, do the electrons travel through the solid layer?")
    assert answer.found and "external circuit" in answer.text


def test_the_parts_of_a_web_address_are_no_names(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("what goes wrong with oxides? see http://www.example.invalid/page")
    assert "http" not in query.names and "www" not in query.names
    assert advisor.ask("What goes wrong with oxides? see http://www.example.invalid/page").found


def test_they_asked_how_they_differ_are_the_rows_named_around_the_question(advisor: Advisor) -> None:
    answer = advisor.ask("Our report lists sulfide, oxide and polymer electrolytes side by side. My manager thinks "
                         "the choice hardly matters. How do they differ in conductivity and in how they behave at "
                         "the contacts?")
    assert answer.found
    assert "Sulfides" in answer.text and "Oxides" in answer.text and "Polymers" in answer.text
