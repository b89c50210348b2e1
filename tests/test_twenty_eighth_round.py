"""Mechanisms of the twenty-eighth round, each a general way people write:

* (BK) "regarding" and "concerning" are prepositions of a formal register, like "about": no topic of their own; a
  purchaser is a buyer and what they request is what they ask for; what "functions as" or "serves as" a thing acts
  as it; a good ion (or ionic) conductor is ionically conductive, and what conducts ions well
  has high ionic conductivity;
* (BL) a noun for "the matter of" after a noun ("the pressure business", "the whole interface malarkey") names the
  noun before it as the topic and is no topic itself; "what are the ... you list?" asks which things are listed (a
  clause saying who lists a thing is otherwise where it is found); an opening asking leave to ask ("May I ask which
  ...", "Could I just ask why ...") is a courtesy, not a question about asking, nor a yes/no question; "Right, so
  if ..., how ...?": the words opening a sentence do not hide the condition before its question.
* (BN) "Why is that a problem?", "why is that supposed to be such a big deal?": a verdict on the thing pointed at is
  the previous topic asked again; the sources the guide relies on are those it cites; slow ion movement is poor
  ionic conductivity; lithium poking or pushing through is lithium penetration; the joint between layers is their
  interface;
* (BO) "Why does that happen?" is the previous topic asked again, as a verdict pointing back is; what happens "while
  they're charging and discharging" happens during cycling (a time, not what is asked); what makes up (or
  compensates) for a weakness rescues it.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.english import without_leave_to_ask, without_matter_nouns, without_where_listed
from advisor.retrieval.message import question_after_scene

# --- BK, read as the round's first development set -----------------------------------------------------------


@pytest.mark.parametrize("word", ["regarding", "concerning"])
def test_a_formal_preposition_is_no_word_the_guide_lacks(advisor: Advisor, word: str) -> None:
    query = advisor.retriever.prepare(f"What should buyers check {word} cycle life?")
    assert word not in query.ordinary and word not in query.unknown


def test_a_purchaser_requesting_evidence_is_a_buyer_asking_for_it(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("What should a purchaser request from a supplier?")
    assert query.prepared == "what should a buyer ask for from a supplier"


def test_what_functions_as_a_thing_acts_as_it(advisor: Advisor) -> None:
    answer = advisor.ask("So the solid electrolyte functions as the separator too?")
    assert answer.entry_ids[:1] == ("faq-separator",)


@pytest.mark.parametrize("question", ["Is a good ionic conductor automatically a good solid electrolyte?",
                                      "Does a solid electrolyte that conducts ions well make a great battery?"])
def test_a_good_ion_conductor_is_ionically_conductive(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.entry_ids[:1] == ("zhao-good-electrolyte",)


# --- BL, read as the round's second development set ----------------------------------------------------------


@pytest.mark.parametrize(("written", "read"), [
    ("is there anything to the pressure business", "is there anything to the pressure"),
    ("what about this whole interface malarkey", "what about this whole interface"),
    ("is the business headline wrong", "is the business headline wrong"),
    ("what business makes them", "what business makes them"),
])
def test_a_noun_for_the_matter_of_a_thing_is_no_topic(written: str, read: str) -> None:
    assert " ".join(without_matter_nouns(written.split())) == read


def test_the_matter_of_pressure_is_asked_about_pressure(advisor: Advisor) -> None:
    answer = advisor.ask("My cousin fits heat pumps and says these cells must be clamped hard. Is there "
                         "anything to the whole pressure business?")
    assert answer.entry_ids[:1] == ("stack-pressure-interlayers",)


@pytest.mark.parametrize(("written", "read"), [
    ("what are the cells you list", "what are the cells you list"),
    ("how heavy is the pouch one you list", "how heavy is the pouch one"),
])
def test_asking_what_the_listed_things_are_keeps_who_lists_them(written: str, read: str) -> None:
    assert " ".join(without_where_listed(written.split())) == read


def test_what_the_listed_cells_are_is_answered_by_the_products(advisor: Advisor) -> None:
    answer = advisor.ask("What are the semi-solid cells you list?")
    assert answer.entry_ids[:1] == ("products",)


@pytest.mark.parametrize(("written", "read"), [
    ("may i ask which jobs the electrolyte has", "which jobs the electrolyte has"),
    ("could i just ask why interfaces fail", "why interfaces fail"),
    ("i would like to ask how ions move", "how ions move"),
    ("what should i ask the supplier", "what should i ask the supplier"),
    ("can i ask the supplier for data", "can i ask the supplier for data"),
])
def test_asking_leave_to_ask_is_a_courtesy(written: str, read: str) -> None:
    assert " ".join(without_leave_to_ask(written.split())) == read


def test_a_question_asked_with_leave_is_not_about_asking(advisor: Advisor) -> None:
    answer = advisor.ask("Could I ask what a solid electrolyte is required to do?")
    assert answer.entry_ids[:1] == ("electrolyte-three-jobs",)
    assert not answer.text.startswith(("No.", "Yes."))


def test_words_opening_a_sentence_do_not_hide_its_condition() -> None:
    assert question_after_scene("Right, so if nothing inside is liquid, how do these cells fail?") == (
        "if nothing inside is liquid", "how do these cells fail?")


def test_a_condition_after_an_opening_word_is_what_the_writer_takes_as_given(advisor: Advisor) -> None:
    answer = advisor.ask("Alright, so if nothing in there is liquid, how do these solid cells fail then?")
    # (The ways the cells fail are their failure modes, the layer table's row, since the thirty-fourth round; the
    # passage on how interfaces fail answered before. Either way, not the passage the condition names.)
    assert answer.entry_ids[:1] in {("layers/failure-mode/solid-state",), ("interface-failure-bullets",)}


# --- BN, written blind this round and read as its third development set -----------------------------------------


def test_a_verdict_pointing_back_asks_the_previous_topic_again(advisor: Advisor) -> None:
    turns = advisor.conversation()
    turns.ask("What happens to the lithium metal as the cell cycles?")
    answer = turns.ask("Why is that such a problem?")
    assert answer.entry_ids[:1] == ("voids-plating-stripping",)


def test_the_sources_the_guide_relies_on_are_those_it_cites(advisor: Advisor) -> None:
    assert advisor.retriever.prepare("Which sources does the guide rely on?").prepared == \
        "which sources does the guide cite"
    assert advisor.ask("What sources does the guide rely on?").entry_ids[:1] == ("sources-list",)
    # (A cell relying on lithium metal is still relying on it.)
    assert advisor.retriever.prepare("Does the cell rely on lithium metal?").prepared == \
        "does the cell rely on lithium metal"


def test_ions_moving_slowly_is_poor_ionic_conductivity(advisor: Advisor) -> None:
    answer = advisor.ask("Are ions moving slowly the main trouble with solid electrolytes?")
    assert answer.entry_ids[:1] == ("zhao-interfacial-resistance",)


def test_lithium_poking_through_is_lithium_penetration(advisor: Advisor) -> None:
    answer = advisor.ask("Can lithium end up poking through the solid electrolyte?")
    assert answer.entry_ids[:1] == ("lithium-penetration",)


def test_the_joint_between_layers_is_their_interface(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("What goes wrong at the joint between the cathode and the electrolyte?")
    assert "interface between" in query.prepared


# --- BO, written blind this round and read as its fourth development set ----------------------------------------


def test_asking_why_that_happens_asks_the_previous_topic_again(advisor: Advisor) -> None:
    turns = advisor.conversation()
    turns.ask("Is it possible for the solid electrolyte to crack?")
    answer = turns.ask("And why would that happen?")
    assert answer.entry_ids[:1] == ("fracture-and-cracking",)


def test_while_charging_and_discharging_is_during_cycling(advisor: Advisor) -> None:
    answer = advisor.ask("What mechanical problems show up in these cells while they're charging and discharging?")
    assert answer.entry_ids[:1] == ("mechanics-bullets",)


def test_what_makes_up_for_a_weakness_rescues_it(advisor: Advisor) -> None:
    assert "rescue" in advisor.retriever.prepare("Would an excellent electrolyte compensate for it?").prepared
    answer = advisor.ask("Can a very strong electrolyte material make up for a poor interface?")
    assert answer.entry_ids[:1] == ("interface-failure-bullets",)
