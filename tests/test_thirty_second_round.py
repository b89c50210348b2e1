"""Mechanisms of the thirty-second round, each a general way people write:

* (CP) a battery "running my" things is discharging; "unable to" is "cannot"; to degrade is to lose performance,
  as "degrades" already read; silicon is a material the guide never names; "what should I be asking to tell if
  ...?" asks what to ask, its purpose set aside, whoever is asked; "the coach reckons solid-state ..." lends
  "solid-state" to the question after it ("reckons" is a verb, not a noun before it); a confirmation tag after a
  claim ("..., true?") is how the claim is put, not what it is about; an amount of nothing named ("what happens if
  there isn't enough?") is an amount of what the previous question named; an FAQ's yes or no to a question weighing
  nothing is no verdict on "is X better than Y?"; "better then" after a comparative is "better than"; the stack
  pressure passage sends the reader on to voids;
* (CQ) a word of a phrase read in questions ("mechanically mismatched") is read as typed, not corrected first into
  another word ("mismatch") the phrase no longer matches; a pathway is a path; sending something by air is a
  transport rule the guide does not give;
* (CR) designing software, apps and their user interfaces is a topic the guide does not cover (its interfaces are
  a cell's);
* (CT) getting to the shops is reaching the market; what someone loses sleep over is what they worry about; a
  verb ending in "e" names an uncovered topic in its "-ing" form too ("disposing"); "why not completely, though?"
  asks why of the answer just given, its adverb saying only how far; "better simply (just, only) because" asks
  where the advantage comes from; a later question of a message pointing at the claim ("That's what makes them
  solid-state?") leaves the question before it the one asked; where "the magic happens" is where the upside comes
  from, and what is "so special" about a thing is its advantage;
* (CU) "summarise" is "summarize", an ordinary word, not one the knowledge lacks; what fails inside a cell asks its
  failure mode (CT); a single cell result is one-off cell performance, and new electrochemistry asks whether
  battery physics breaks (CR, CT); how hard they are to make (whether making them is easy) is how hard they are to
  mass-produce (CR); where people are from, said before a word for them ("German professors"), names nothing the
  guide would have to mention; a sticking point is a bottleneck (CR); to run something in a factory is to
  manufacture it (CQ); "there" ending a question after another is where the question before was ("... the weak
  point? What actually goes wrong there?", CQ); a why-FAQ that never names what the best passage names of the
  question ("uneven contact": local inhomogeneity) is not its reason (CQ); wanting to know asks, with the "I" left
  out too ("just want to know whats ..."); "the difference between them" compares what the nearest sentence naming
  two things named, not the nearest naming one (CU);
* (CS) how much to care (worry) about something asks how much it matters, not a quantity; chemistry going unstable
  is chemical instability; a completely different chemistry asks whether battery physics breaks; fire suppression
  and sprinklers are fighting a fire, which the guide does not cover.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.english import ends_in_amount_of_nothing, names_in, without_confirmation_tag
from advisor.retrieval.message import asks, questions_in, without_why_asked

# --- words ----------------------------------------------------------------------------------------------------------


def test_a_battery_running_my_things_is_discharging(advisor: Advisor) -> None:
    answer = advisor.ask("While the battery is running my hedge trimmer, which way are the lithium ions moving?")
    assert answer.found and "back again" in answer.text


def test_unable_to_reads_as_cannot(advisor: Advisor) -> None:
    assert "cannot" in advisor.retriever.prepare("Are the new cells unable to short?").prepared.split()


def test_degrade_reads_as_degrades_and_degradation_do(advisor: Advisor) -> None:
    answer = advisor.ask("What can degrade the electrode electrolyte boundary in a solid cell?")
    assert answer.found and "Chemical instability" in answer.text


def test_silicon_is_a_material_the_guide_never_names(advisor: Advisor) -> None:
    answer = advisor.ask("How much silicon do cell makers mix into the anode of a solid-state cell?")
    assert not answer.found and "does not discuss this material" in answer.text


def test_better_then_after_a_comparative_is_better_than(advisor: Advisor) -> None:
    assert "better than" in advisor.retriever.prepare("r sulfides better then oxides").prepared


def test_a_phrase_read_in_questions_is_not_corrected_out_of_its_words(advisor: Advisor) -> None:
    prepared = advisor.retriever.prepare("What happens to a cell whose layers are mechanically mismatched?").prepared
    assert "mechanical mismatch" in prepared
    answer = advisor.ask("What happens to a cell whose layers are mechanically mismatched?")
    assert answer.found and "Mechanical mismatch" in answer.text


def test_a_pathway_is_a_path(advisor: Advisor) -> None:
    assert "path" in advisor.retriever.prepare("by what pathway do the electrons go?").prepared.split()


def test_sending_by_air_is_a_transport_rule_the_guide_does_not_give(advisor: Advisor) -> None:
    answer = advisor.ask("Can I send solid-state cells by air to Spain?")
    assert not answer.found and "rule for transporting batteries" in answer.text


# --- messages -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "asked"), [
    ("What should I be asking to find out if it's genuine?", "What should I be asking?"),
    ("what should we ask to tell whether it is real?", "what should we ask?"),
    # ... and as it is when what follows is about something else.
    ("What should I ask before I pay the deposit?", "What should I ask before I pay the deposit?"),
    # With no purpose after it, the question is as it was.
    ("What should I ask about the pressure?", "What should I ask about the pressure?"),
])
def test_what_to_ask_without_anyone_named_sets_its_purpose_aside(question: str, asked: str) -> None:
    assert without_why_asked(question) == asked


def test_what_to_ask_after_a_story_is_asked_of_the_story(advisor: Advisor) -> None:
    answer = advisor.ask("My cousin's startup won't stop going on about its solid-state cell, only ever tested as a "
                         "tiny coin cell. What should I be asking to find out if it's genuine or just hype?")
    assert answer.found and answer.entry_ids == ("buyer-test-format",)


def test_a_verb_of_saying_before_the_subject_lends_the_subject(advisor: Advisor) -> None:
    answer = advisor.ask("My physio reckons solid-state will make the clinic's ultrasound packs indestructible, even "
                         "if dropped down the stairs. Are these things really safe and cannot fail?")
    assert answer.found and answer.entry_ids == ("faq-safety",)


@pytest.mark.parametrize(("claim", "read"), [
    ("Oxides are tougher than sulfides, true?", "Oxides are tougher than sulfides?"),
    ("it's the same thing, right?", "it's the same thing?"),
    ("is that true?", "is that true?"),
    ("true?", "true?"),
])
def test_a_confirmation_tag_after_a_claim_is_set_aside(claim: str, read: str) -> None:
    assert without_confirmation_tag(claim) == read


def test_a_claim_with_a_confirmation_tag_is_answered_as_without(advisor: Advisor) -> None:
    tagged = advisor.ask("a semi-solid cell is basically identical to an all-solid-state one, true?")
    plain = advisor.ask("a semi-solid cell is basically identical to an all-solid-state one?")
    assert tagged.found and tagged.entry_ids == plain.entry_ids == ("faq-semi-solid",)


@pytest.mark.parametrize("question", ["Is a lithium metal anode better than a graphite one?",
                                      "is lithium metal better then graphite"])
def test_a_comparison_gets_no_verdict_from_an_faq_weighing_nothing(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found and not answer.text.startswith(("No.", "Yes."))
    assert "more lithium per mass" in answer.text


# --- follow-ups -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("prepared", "expected"), [
    ("what happens if there isn't enough", True),
    ("and if it is too much", True),
    ("what happens if there isn't enough pressure", False),
    ("is there enough evidence", False),
])
def test_an_amount_of_nothing_named(prepared: str, expected: bool) -> None:
    assert ends_in_amount_of_nothing(prepared) is expected


def test_an_amount_of_nothing_is_an_amount_of_what_was_asked_before(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    conversation.ask("What is stack pressure for in a solid-state cell?")
    answer = conversation.ask("so what happens when there's not enough?")
    assert answer.found and "voids" in answer.text


def test_designing_an_apps_user_interface_is_not_the_guides_interface(advisor: Advisor) -> None:
    answer = advisor.ask("How should I lay out the user interface of my fitness app?")
    assert not answer.found and "user interfaces" in answer.text


def test_getting_to_the_shops_is_reaching_the_market(advisor: Advisor) -> None:
    assert "reach the market" in advisor.retriever.prepare("when will they get to the shops?").prepared


def test_what_engineers_lose_sleep_over_is_what_they_worry_about(advisor: Advisor) -> None:
    assert "worry about" in advisor.retriever.prepare("what do chemists lose sleep over here?").prepared


def test_a_verb_dropping_its_e_before_ing_names_an_uncovered_topic(advisor: Advisor) -> None:
    answer = advisor.ask("How do I go about disposing of an old solid-state cell?")
    assert not answer.found and "disposal" in answer.text


def test_why_not_completely_asks_why_of_the_answer_just_given(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    conversation.ask("Is a solid-state pack safer than the usual kind?")
    answer = conversation.ask("why not entirely, though?")
    assert answer.found and answer.entry_ids == ("faq-safety",)


def test_better_simply_because_asks_where_the_advantage_comes_from(advisor: Advisor) -> None:
    answer = advisor.ask("Adverts say the new cells are better simply because their electrolyte is solid. Is that "
                         "really it?")
    assert answer.found and answer.entry_ids == ("lithium-metal-real-prize",)


def test_a_later_question_pointing_at_the_claim_leaves_the_first_one_asked(advisor: Advisor) -> None:
    answer = advisor.ask("Solid-state packs always run a lithium metal anode, correct? That is what makes a pack "
                         "solid-state?")
    assert answer.found and answer.entry_ids == ("faq-lithium-metal",)


def test_where_the_magic_happens_is_where_the_upside_comes_from(advisor: Advisor) -> None:
    prepared = advisor.retriever.prepare("the anode is where the magic happens, so what's so special about it?")
    assert "upside comes from" in prepared.prepared and "advantage of" in prepared.prepared


def test_summarise_is_read_as_summarize(advisor: Advisor) -> None:
    assert "summarize" in advisor.retriever.prepare("could you summarise the families").prepared.split()


def test_what_fails_inside_a_cell_asks_its_failure_mode(advisor: Advisor) -> None:
    answer = advisor.ask("Which parts are most likely to fail inside an all-solid-state battery?")
    assert answer.found and answer.entry_ids == ("layers/failure-mode/solid-state",)


def test_a_single_cell_result_is_one_off_cell_performance(advisor: Advisor) -> None:
    answer = advisor.ask("Is one impressive single cell result proof enough to buy?")
    assert answer.found and answer.entry_ids == ("buyer-manufacturability",)


def test_new_electrochemistry_asks_whether_battery_physics_breaks(advisor: Advisor) -> None:
    answer = advisor.ask("Do these cells need brand-new electrochemistry to work?")
    assert answer.found and "does not break battery physics" in answer.text


@pytest.mark.parametrize("question", ["Why are these cells so tricky to make?",
                                      "My uncle says they're a doddle to produce. Is making them easy?"])
def test_how_hard_they_are_to_make_is_how_hard_they_are_to_mass_produce(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found and answer.entry_ids == ("faq-mass-production",)


@pytest.mark.parametrize(("text", "names"), [
    ("A pair of German professors wrote on this.", frozenset()),
    ("Some Japanese researchers disagree.", frozenset()),
    # A nationality before anything else is still read as a name: "the German army" is one.
    ("Is the German army using them?", frozenset({"german"})),
])
def test_where_people_are_from_is_no_name(text: str, names: frozenset[str]) -> None:
    assert names_in(text) == names


def test_a_sticking_point_is_a_bottleneck(advisor: Advisor) -> None:
    assert "bottlenecks" in advisor.retriever.prepare("what are the sticking points?").prepared.split()


def test_running_something_in_a_factory_is_manufacturing_it(advisor: Advisor) -> None:
    assert "manufacture" in advisor.retriever.prepare("are oxides easy to run in a factory?").prepared.split()


def test_there_ending_a_question_is_where_the_question_before_was(advisor: Advisor) -> None:
    asked = questions_in("Is the boundary between electrolyte and anode the weak spot? What actually happens there?",
                         advisor.on_topic, advisor.names_subject)
    assert asked[-1] == "Is the boundary between electrolyte and anode the weak spot? What actually happens there?"


def test_a_why_faq_naming_less_than_the_best_passage_is_not_its_reason(advisor: Advisor) -> None:
    answer = advisor.ask("Why is nonuniform contact at the interface such a risk?")
    assert answer.found and answer.entry_ids == ("interface-failure-bullets",)
    assert "Local inhomogeneity" in answer.text


@pytest.mark.parametrize("sentence", ["just want to know whats the difference", "wanna know if they're safe"])
def test_wanting_to_know_asks_with_the_i_left_out(sentence: str) -> None:
    assert asks(sentence)


def test_the_difference_between_them_compares_what_a_sentence_before_named_side_by_side(advisor: Advisor) -> None:
    answer = advisor.ask("we hire out marquees and we're pricing packs for the lighting. the crew were arguing about "
                         "semi solid vs full solid state. one reckons semi solid is a con. honestly just want to know "
                         "whats the actual difference between them before the meeting")
    assert answer.found and answer.entry_ids == ("faq-semi-solid",)


def test_how_much_to_worry_about_something_asks_how_much_it_matters(advisor: Advisor) -> None:
    answer = advisor.ask("How much should we worry about stack pressure when reading a datasheet?")
    assert answer.found and answer.entry_ids == ("stack-pressure-interlayers",)


def test_chemistry_going_unstable_is_chemical_instability(advisor: Advisor) -> None:
    assert "chemical instability" in advisor.retriever.prepare("what if the chemistry goes unstable?").prepared


def test_a_completely_different_chemistry_asks_whether_battery_physics_breaks(advisor: Advisor) -> None:
    answer = advisor.ask("Do these cells use a completely different chemistry from lithium-ion?")
    assert answer.found and "does not break battery physics" in answer.text


def test_a_sprinkler_system_is_fighting_a_fire_the_guide_does_not_cover(advisor: Advisor) -> None:
    answer = advisor.ask("Which sprinkler system suits a battery room?")
    assert not answer.found and "put out a battery fire" in answer.text
