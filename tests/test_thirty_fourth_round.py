"""Mechanisms of the thirty-fourth round, each a general way people write:

* (DB) a claim dismissed in a sentence of its own ("Complete codswallop, surely?") is asked about, without who said
  it, and the words of the dismissal are no words of what it is about; "what should I ask them?" after a condition
  that names only the guide's subject ("If a firm pitches us a solid-state pack, ...") is asked on its own: the
  condition says who is asked; "oomph" is energy, and "the electric" flowing is the electrons; charging and emptying
  a cell again and again ("charge and drain it over and over") is cycling it; storing a battery through the summer
  is everyday battery care, as storing it over winter is; "why is that?" (or "y is that tho") after an answer asks
  why of what that answer said, even when that answer is found first again; the ways a cell or battery fails
  ("how do these packs usually give out?") are its failure modes, while the ways a part of one fails are that part's;
* (DC) a request naming nothing after a question ("Could you summarise what is known?") asks for that question's
  answer, not for a passage saying "known"; "thy" is typed for "they"; after a row answered whole ("Tell me about
  the sulfide ones."), "And the oxides?" is answered by that row whole, whatever the turn before asked;
* (DD) posting batteries, labelling them and the law on selling them are rules the guide names none of; a year
  when they will be cheaper than others is a price forecast; "in storage" is battery care only as a place kept
  ("kept in storage"), not "a jump in storage"; "rite" is "right"; "what should a guy ask?" asks what to ask;
  empty pockets are voids; charging a cell and running it down is cycling it; the ways a thing goes bad or wears
  out are its failure modes, and the thing failing is named before its preposition ("interfaces in solid-state
  cells"); which way ions go is their direction, the word the charge-and-discharge FAQ is found by; a red flag (an
  alarm bell) is a problem; a question naming the row it is answered with starts its own topic.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

from advisor import Advisor
from advisor.answer import AnswerKind
from advisor.retrieval.message import only_confirms, questions_in


def test_a_dismissal_alone_only_gives_a_verdict() -> None:
    assert only_confirms("Complete codswallop, surely?")
    assert only_confirms("Utter rubbish?")
    assert not only_confirms("Utter rubbish about pressure?")


def test_dismissed_claim_is_asked_without_who_said_it(advisor: Advisor) -> None:
    asked = questions_in("A chap at the pub reckons solid-state cells rewrite all the old battery physics. "
                         "Complete codswallop, surely?", advisor.on_topic)
    assert asked and not asked[0].lower().startswith("a chap")


def test_dismissed_claim_is_answered(advisor: Advisor) -> None:
    answer = advisor.ask("A chap at the pub reckons solid state throws away all the old battery physics and starts "
                         "again. Complete codswallop, surely?")
    assert answer.found and "battery physics" in answer.text


def test_dismissal_words_do_not_count_against_the_question(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("solid electrolytes never crack, what a load of tosh")
    assert "tosh" not in query.unknown and "tosh" not in query.ordinary


def test_what_to_ask_after_a_condition_naming_only_the_subject(advisor: Advisor) -> None:
    answer = advisor.ask("If some company sells us a solid-state pack, what should I ask them?")
    assert answer.found and "electrolyte family" in answer.text


def test_what_to_ask_after_a_condition_naming_a_thing_keeps_it(advisor: Advisor) -> None:
    answer = advisor.ask("If the cell uses lithium metal, what should I ask the supplier?")
    assert answer.found and "lithium metal" in answer.text.lower()


def test_oomph_is_energy(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("where does the oomph come from")
    assert "energy" in query.prepared.split()


def test_the_electric_flowing_is_the_electrons(advisor: Advisor) -> None:
    answer = advisor.ask("does the electric travel through the solid bit as well?")
    assert answer.found and "external circuit" in answer.text


def test_the_electric_before_a_noun_is_left_alone(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("is it bad to leave the electric car plugged in")
    assert "electrons" not in query.prepared.split()


def test_charging_and_emptying_again_and_again_is_cycling() -> None:
    from advisor.retrieval.english import cycling_said_plainly  # (here: the module's other tests run without it)

    assert cycling_said_plainly("what happens if you charge and empty it again and again?") \
        == "what happens if you cycling repeatedly?"
    assert cycling_said_plainly("once it has been charged and drained hundreds of times") \
        == "once it has been cycled repeatedly"
    assert cycling_said_plainly("run it flat and recharge it time after time") == "cycling repeatedly"
    assert cycling_said_plainly("should I charge it every night?") == "should I charge it every night?"


def test_cycling_said_plainly_finds_what_cycling_does(advisor: Advisor) -> None:
    answer = advisor.ask("What happens to the lithium metal if you charge and empty the cell again and again?")
    assert answer.found and ("voids" in answer.text or "changes shape" in answer.text)


def test_storing_through_the_summer_is_battery_care(advisor: Advisor) -> None:
    answer = advisor.ask("how do I keep my e-bike's lithium battery over the summer?")
    assert not answer.found


def test_bare_why_in_shorthand_after_an_answer(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    first = conversation.ask("whats the story with lithium metal anodes")
    second = conversation.ask("y is that tho")
    assert first.found and second.found
    assert "energy density" in second.text or "per mass" in second.text


def test_ways_a_cell_fails_are_its_failure_modes() -> None:
    from advisor.retrieval.english import failing_said_plainly

    assert failing_said_plainly("in what ways can these packs give out?") \
        == "in what ways can these packs give out failure modes?"
    assert failing_said_plainly("how do the cells actually die") == "how do the cells actually die failure modes"
    assert failing_said_plainly("how does the interface break down?") == "how does the interface break down?"
    assert failing_said_plainly("how does it work?") == "how does it work?"


def test_ways_a_cell_fails_finds_the_failure_mode_row(advisor: Advisor) -> None:
    answer = advisor.ask("What are the usual ways one of these solid cells gives out?")
    assert answer.found and "voids" in answer.text and "fracture" in answer.text


def test_request_naming_nothing_after_a_question_asks_nothing_new(advisor: Advisor) -> None:
    asked = questions_in("I run a small workshop. What is the main weakness of oxide electrolytes? "
                         "Could you summarise what is known?", advisor.on_topic)
    assert len(asked) == 1 and "oxide" in asked[0]


def test_request_naming_a_thing_after_a_question_is_its_own(advisor: Advisor) -> None:
    asked = questions_in("What goes wrong with oxides? Could you explain stack pressure too?", advisor.on_topic)
    assert len(asked) == 2


def test_thy_is_they(advisor: Advisor) -> None:
    assert advisor.ask("r thy safer than normal ones").found


def test_row_switch_after_a_whole_row_three_turns_in(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    conversation.ask("Which families of solid electrolyte exist?")
    conversation.ask("Tell me about the polymer ones.")
    answer = conversation.ask("And the sulfides?")
    assert answer.entry_ids and answer.entry_ids[0].endswith("/sulfides")


def test_posting_labelling_and_price_years_are_not_covered(advisor: Advisor) -> None:
    assert not advisor.ask("can I send a lithium battery by post to my sister in Spain?").found
    assert not advisor.ask("is there a law on how solid-state cells must be labelled in shops?").found
    assert not advisor.ask("which year will solid state batteries be cheaper than lithium-ion?").found


def test_a_relative_by_marriage_is_no_law(advisor: Advisor) -> None:
    assert advisor.ask("My son-in-law says solid-state cells can't fail at all. Is he right?").found


def test_a_jump_in_storage_is_no_battery_care(advisor: Advisor) -> None:
    answer = advisor.ask("why is there a jump in storage when the cell uses lithium metal?")
    assert answer.kind != AnswerKind.NOT_COVERED


def test_what_should_a_guy_ask_is_asked_without_why() -> None:
    from advisor.retrieval.message import without_why_asked

    assert without_why_asked("What should a bloke ask them so he isn't fooled by the numbers?") \
        == "What should a bloke ask them?"


def test_rite_is_right() -> None:
    from advisor.retrieval.english import CHAT_SHORTHAND

    assert CHAT_SHORTHAND["rite"] == "right"


def test_empty_pockets_are_voids(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("why do empty pockets form near the lithium metal")
    assert "voids" in query.prepared.split()


def test_charging_and_running_down_once_is_cycling() -> None:
    from advisor.retrieval.english import cycling_said_plainly

    assert "cycling" in cycling_said_plainly("what happens when you charge it and run it flat?")
    assert cycling_said_plainly("what happens when you charge and discharge it?") \
        == "what happens when you charge and discharge it?"


def test_ways_a_cell_goes_bad_are_its_failure_modes(advisor: Advisor) -> None:
    answer = advisor.ask("For the old liquid lithium-ion cells, in what ways do they wear out?")
    assert answer.found and "leakage" in answer.text.lower()


def test_the_thing_failing_is_named_before_its_preposition() -> None:
    from advisor.retrieval.english import failing_said_plainly

    assert failing_said_plainly("how do interfaces in these cells fail?") == "how do interfaces in these cells fail?"
    assert failing_said_plainly("how does one of these cells break down?") \
        == "how does one of these cells break down failure modes?"


def test_which_way_ions_go_during_discharge(advisor: Advisor) -> None:
    answer = advisor.ask("In which direction do the lithium ions travel while the cell discharges?")
    assert answer.found and "back to the cathode" in answer.text


def test_a_red_flag_is_a_problem(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("is a result from a coin cell a red flag")
    assert "problem" in query.prepared.split()


def test_a_question_naming_its_row_starts_its_own_topic(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    conversation.ask("What sorts of solid electrolyte exist?")
    conversation.ask("Tell me about the composite ones.")
    answer = conversation.ask("And the oxides?")
    assert answer.entry_ids and answer.entry_ids[0] == "electrolyte-families/oxides"
