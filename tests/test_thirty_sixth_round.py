"""Mechanisms of the thirty-sixth round, each a general way people write:

* (DM) a question after another that is only a fragment of one ("Worth waiting for?"), or that goes on from it and
  points back ("And does every one have it?"), leans on the question before it, which is the one answered; a thing
  named alone before a question ("Mechanics?") is that question's heading; a comparison made of carrying a thing
  somewhere ("safer to lug underground than ours?") is made of the thing; a thing held back with its name inside
  the phrasal verb ("holding the full version back") is held back as "holding back" reads it; a battery or cell that
  "goes wrong" is asked about its failure mode; all of a kind "heading for one design" converge on one; what makes
  people excited (stoked, keen) about a thing is what they like about it, unless the thing is a whole cell; a
  material that "doesn't like" moisture (hates water, can't stand heat) is sensitive to it; a word spelled the
  British way ("optimising") is as ordinary as its American spelling; "what cycle life (range, lifespan) does X
  achieve?" asks for a figure; an unwanted layer grown in a cell is a resistive interphase; an uncovered topic
  named in the sentences before a question (an insurer who asked something) does not decline a question pointing
  back at what those sentences name of the guide's subject.
* (DN) "how come" asks why, and a question asking only why after another ("... more energy? How come?") asks why of
  it; a superlative made of an adverb ("moves ions most quickly") is the one-word superlative ("fastest"); an item
  of the list just answered, pointed at by a word of it ("why does the pressure question matter?"), is that item,
  and the pointing makes the question a follow-up; a closing clause saying what the writer will do with the answer
  (", so that we can ask sensible questions at the meeting?") is no part of what is asked; leave to ask ("may I
  ask") after a courtesy ("With respect, ...") frames the question as it does alone; the contact between layers is
  also their interface; whether something "makes any odds" is whether it matters; "enquire" is the British
  spelling of "inquire"; the juice flowing is the current, the wires a battery pushes power through are its
  external circuit, a grown-up technology is a mature one, and where a thing falls short is where it goes wrong.
* (DO) keeping a battery healthy and jump starts are battery care; a question inside a statement ("I'd appreciate
  knowing what kind of test cell a supplier's claims should come from?") is asked, not a request for the checklist;
  "the format thing" points at an item of a list as "the format question" does; a figure asked "in those mS/cm
  units" is asked in units; a product's headline figures are its figures; a cell with less liquid is a
  reduced-liquid architecture.
* (DP) a clause saying who offers a thing ("those cells they're advertising") says which thing is meant, not what
  is asked of it; a table cell ending its own sentence gets no second full stop.
* (DQ) "dose" after a question word is "does"; people keen on (excited about) a thing, said straight ("why are the
  researchers so keen on polymers?"), like it; being good at conducting ions is high ionic conductivity; the people
  in the lab are the researchers.
* (DR) a question naming nothing but what a table asks of its rows ("What's the appeal, and the reality check?")
  asks it of the one row its message names ("The 'all-solid-state' route."); the old (existing) lines are the
  current lines and a whole new factory a manufacturing reset; the most proven route is the most mature; a
  performance improvement is a performance gain; boasting about a figure claims it; whether a battery will fit a
  frame is nothing the guide covers.
* (DS) making a pile (loads, heaps) of them is making them in bulk, mass-producing them; a thing still everywhere is
  still dominant; "recycling a buzzword" is the guide's recycled buzzword, not battery recycling.
* (DT) "every1s" is typed for "everyone's"; an electrolyte's duties are its jobs; a cell's danger picture is its
  risk profile; into everyone's car is into every car.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.checklist.intent import is_checklist_request
from advisor.conversation import is_follow_up
from advisor.retrieval.english import (
    adverb_superlative_said_plainly,
    all_the_same_said_plainly,
    american_spelling,
    carried_compared_said_plainly,
    conducting_well_said_plainly,
    dislikes_said_plainly,
    excited_about_said_plainly,
    expand_shorthand,
    going_wrong_said_plainly,
    held_back_said_plainly,
    in_numbers_said_plainly,
    interfaces_said_plainly,
    is_ordinary,
    mattering_said_plainly,
    offered_by_them_said_plainly,
    without_leave_to_ask,
)
from advisor.retrieval.message import is_fragment, without_writers_purpose


def _source(advisor: Advisor, question: str) -> str:
    answer = advisor.ask(question)
    assert answer.found, question
    return answer.sources[0].id


def test_a_fragment_of_a_question_is_one() -> None:
    assert is_fragment("Worth the wait?")
    assert is_fragment("And cheaper, though?")
    assert is_fragment("Sulfides?")
    # A question with its own opening, or a statement, is none.
    assert not is_fragment("Is it worth the wait?")
    assert not is_fragment("Why?")
    assert not is_fragment("Shall we?")
    assert not is_fragment("Worth the wait.")
    assert not is_fragment("Worth waiting for in my view, for a fleet of delivery vans?")


def test_a_fragment_after_a_question_leans_on_it(advisor: Advisor) -> None:
    # Alone, "worth waiting for" is the long-game passage; after a question on oxides it asks about oxides.
    assert _source(advisor, "Worth waiting for?") == "all-solid-state-long-game"
    assert _source(advisor, "Where do polymer electrolytes sit commercially? Worth waiting for?") \
        .startswith("electrolyte-families/polymers")


def test_a_question_going_on_and_pointing_back_leans_on_the_one_before(advisor: Advisor) -> None:
    source = _source(advisor, "Where does the extra energy come from? And does every one of these batteries have it?")
    assert source in {"layers/anode-design/why", "lithium-metal-real-prize", "lithium-metal-energy-density"}


def test_a_thing_named_alone_heads_the_question_after_it(advisor: Advisor) -> None:
    answer = advisor.ask("Mechanics? Surely it is all chemistry. Why should a cell designer worry about stress?")
    assert answer.found
    assert not answer.sources[0].id.startswith("sources/")
    assert "stress" in answer.text


def test_carrying_a_thing_somewhere_compares_the_thing() -> None:
    assert carried_compared_said_plainly("are they safer to carry up a mountain than our packs?") \
        == "are they safer than our packs?"
    assert carried_compared_said_plainly("is it better to haul around than lithium-ion?") \
        == "is it better than lithium-ion?"
    # Other verbs say what the comparison is about.
    assert carried_compared_said_plainly("is it safer to charge than lithium-ion?") \
        == "is it safer to charge than lithium-ion?"


def test_safety_compared_while_carried_somewhere_is_answered(advisor: Advisor) -> None:
    assert _source(advisor, "Would they be safer to carry down a mine shaft than the packs we have now?") \
        == "faq-safety"


def test_a_thing_held_back_inside_the_phrasal_verb() -> None:
    assert held_back_said_plainly("what is holding the all-solid-state kind back?") \
        == "what is holding back the all-solid-state kind?"
    assert held_back_said_plainly("what keeps the new cells back") == "what keeps back the new cells"
    # Without a thing between, or with no "back", nothing moves.
    assert held_back_said_plainly("what is holding them back?") == "what is holding them back?"
    assert held_back_said_plainly("hold the cell at pressure") == "hold the cell at pressure"


def test_a_cell_that_goes_wrong_asks_its_failure_mode() -> None:
    assert going_wrong_said_plainly("how does a normal lithium-ion battery go wrong?") \
        == "how does a normal lithium-ion battery go wrong (failure mode)?"
    assert going_wrong_said_plainly("why do cells usually go wrong") == "why do cells usually go wrong (failure mode)"
    # A family going wrong keeps the families' own column.
    assert going_wrong_said_plainly("how do sulfides go wrong?") == "how do sulfides go wrong?"


def test_a_cell_going_wrong_is_answered_by_the_failure_mode_row(advisor: Advisor) -> None:
    assert _source(advisor, "in what way does an everyday lithium-ion battery go wrong?") \
        == "layers/failure-mode/conventional"


def test_all_heading_for_one_design_converge() -> None:
    assert all_the_same_said_plainly("are the makers all heading towards one design?") \
        .endswith("(converge on one final design)?")
    assert all_the_same_said_plainly("will every lab settle on the same chemistry") \
        .endswith("(converge on one final design)")
    assert all_the_same_said_plainly("are we heading for a crash?") == "are we heading for a crash?"


def test_what_excites_people_about_a_thing_is_what_they_like() -> None:
    assert excited_about_said_plainly("what gets researchers so keen on polymers?") \
        == "what do researchers like about polymers?"
    # Of a whole cell the guide says where the excitement comes from in its own words.
    assert excited_about_said_plainly("what makes people excited about solid-state cells?") \
        == "what makes people excited about solid-state cells?"


def test_excitement_about_a_family_is_its_why_researchers_like_it(advisor: Advisor) -> None:
    source = _source(advisor, "What gets scientists so enthusiastic about polymer electrolytes?")
    assert source.startswith("electrolyte-families/polymers") or source == "polymers-prose"


def test_a_material_that_dislikes_a_condition_is_sensitive_to_it() -> None:
    assert dislikes_said_plainly("an electrolyte that hates humidity") \
        == "an electrolyte that hates humidity (humidity sensitivity)"
    assert dislikes_said_plainly("it can't stand the heat") == "it can't stand the heat (heat sensitivity)"
    assert dislikes_said_plainly("I don't like the price") == "I don't like the price"


def test_the_family_that_dislikes_water_is_the_sulfides(advisor: Advisor) -> None:
    assert _source(advisor, "Which kind of solid electrolyte doesn't like water?").startswith(
        "electrolyte-families/sulfides")


def test_a_british_spelling_is_as_ordinary_as_the_american() -> None:
    assert american_spelling("optimising") == "optimizing"
    assert american_spelling("analysed") == "analyzed"
    assert american_spelling("rise") == "rise"
    assert is_ordinary("optimising", cutoff=3.0)
    assert not is_ordinary("optimisingly", cutoff=3.0)


def test_a_myth_with_a_british_spelling_is_answered(advisor: Advisor) -> None:
    answer = advisor.ask("With a solid electrolyte only the chemistry needs optimising and mechanics can be ignored, "
                         "true?")
    assert answer.found


@pytest.mark.parametrize("question", [
    "What lifespan does a solid-state cell reach in a car?",
    "What cycle life will a typical solid-state battery give?",
])
def test_what_figure_a_thing_achieves_is_a_figure_asked(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert not answer.found
    assert "no figure" in answer.text


def test_an_unwanted_layer_is_a_resistive_interphase(advisor: Advisor) -> None:
    answer = advisor.ask("I read about unwanted layers growing inside these cells. What is that about?")
    assert answer.found
    assert "interphase" in answer.text


def test_a_topic_named_before_does_not_decline_a_question_pointing_back(advisor: Advisor) -> None:
    answer = advisor.ask("The workshop gets hot in summer and our insurer has asked if solid-state batteries would "
                         "end the fire risk. How does their safety compare with conventional lithium-ion cells?")
    assert answer.found
    # A question naming nothing of the sentences before is still declined with them.
    declined = advisor.ask("Our insurer asked about our policy excess. How do I lower their premium?")
    assert not declined.found


def test_how_come_asks_why() -> None:
    assert expand_shorthand(["how", "come", "they", "crack"], frozenset()) == ["why", "they", "crack"]


def test_a_bare_why_after_a_question_asks_why_of_it(advisor: Advisor) -> None:
    answer = advisor.ask("Polymers need warmth to work? How come?")
    assert answer.found
    assert answer.sources[0].id.startswith(("electrolyte-families/polymers", "polymers-prose"))


def test_a_superlative_of_an_adverb_is_one_word() -> None:
    assert adverb_superlative_said_plainly("which one conducts ions most quickly?") \
        == "which one conducts ions fastest?"
    assert adverb_superlative_said_plainly("which is processed most easily") == "which is processed easiest"
    assert adverb_superlative_said_plainly("the most quick") == "the most quick"


def test_the_family_moving_ions_most_quickly_after_naming_them(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    conversation.ask("What kinds of solid electrolyte are there?")
    answer = conversation.ask("Which of them shifts the ions most rapidly?")
    assert "Sulfides" in answer.text


def test_an_item_of_the_list_pointed_at_is_a_follow_up() -> None:
    assert is_follow_up("Why does the format question matter so much?")
    assert is_follow_up("and what about that lithium metal point?")


@pytest.mark.parametrize(("item", "expected"), [
    ("Why does the format question matter so much?", "buyer-test-format"),
    ("Tell me more about the pressure one.", "buyer-validation-conditions"),
])
def test_an_item_of_the_ask_list_pointed_at_is_answered(advisor: Advisor, item: str, expected: str) -> None:
    conversation = advisor.conversation()
    conversation.ask("Which questions do I put to a cell vendor?")
    answer = conversation.ask(item)
    assert answer.found
    assert answer.sources[0].id == expected


def test_a_closing_purpose_is_no_part_of_the_question() -> None:
    assert without_writers_purpose("Could you list what each family does well, so that I can brief my team?") \
        == "Could you list what each family does well?"
    # Too little left before it, or a purpose in another sentence: as written.
    assert without_writers_purpose("Why, so we can?") == "Why, so we can?"
    assert without_writers_purpose("He says so we can relax. Is that right?") \
        == "He says so we can relax. Is that right?"


def test_leave_to_ask_after_a_courtesy_frames_the_question() -> None:
    assert without_leave_to_ask(["with", "respect", "may", "i", "ask", "why", "it", "cracks"]) \
        == ["why", "it", "cracks"]
    assert without_leave_to_ask(["excuse", "me", "could", "i", "ask", "how", "ions", "move"]) == ["how", "ions", "move"]


def test_the_contact_between_layers_is_their_interface() -> None:
    assert interfaces_said_plainly("why does the contact between the layers matter") \
        == "why does the contact (interface) between the layers matter"
    assert interfaces_said_plainly("good contact with the anode") == "good contact with the anode"


def test_making_any_odds_is_mattering() -> None:
    assert mattering_said_plainly("does the family make any odds?") == "does the family matter much?"


def test_enquire_is_the_british_inquire() -> None:
    assert american_spelling("enquiring") == "inquiring"
    assert is_ordinary("enquire", cutoff=3.0)


@pytest.mark.parametrize(("question", "expected"), [
    ("When it charges, how does the juice flow - what moves where?", "external circuit"),
    ("Does a solid-state one still send its power out through the wires like an ordinary battery?",
     "external circuit"),
    ("Which of the three routes is the most grown-up?", "Conventional"),
    ("Where do polymers fall short?", "Polymers"),
])
def test_everyday_words_for_the_guides_terms(advisor: Advisor, question: str, expected: str) -> None:
    answer = advisor.ask(question)
    assert answer.found, question
    assert expected in answer.text


@pytest.mark.parametrize("question", [
    "How do I keep the battery healthy in my scooter?",
    "Can I jump start a car with a solid-state battery?",
])
def test_battery_care_is_not_covered(advisor: Advisor, question: str) -> None:
    assert not advisor.ask(question).found


def test_a_question_inside_a_statement_is_no_checklist_request() -> None:
    assert not is_checklist_request("I'd like to know which test format a supplier's claims should come from?")
    assert is_checklist_request("I need to vet a supplier, can you walk me through how?")
    assert is_checklist_request("help me evaluate a vendor")


def test_the_format_thing_is_an_item_of_the_list(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    conversation.ask("what do i ask a supplier first?")
    answer = conversation.ask("why does the test format thing matter?")
    assert answer.sources[0].id == "buyer-test-format"


def test_a_figure_asked_in_those_units_is_a_figure_asked(advisor: Advisor) -> None:
    answer = advisor.ask("How conductive are oxides, in those mS/cm units?")
    assert not answer.found
    assert "no figure" in answer.text


def test_headline_figures_of_a_product_are_its_figures(advisor: Advisor) -> None:
    answer = advisor.ask("What are the headline figures for the AB-21700?")
    assert answer.found
    assert "300 Wh/kg" in answer.text


def test_less_liquid_is_reduced_liquid(advisor: Advisor) -> None:
    answer = advisor.ask("Why do purchasing teams favour the less-liquid cells?")
    assert answer.found
    assert answer.sources[0].id.startswith(("routes/semi-solid", "semi-solid-earlier"))


def test_who_offers_a_thing_says_which_thing() -> None:
    assert offered_by_them_said_plainly("the cells they're selling online, are they solid-state?") \
        == "the cells online, are they solid-state?"
    assert offered_by_them_said_plainly("the packs he keeps pushing") == "the packs"
    # A verb of the cells themselves stays.
    assert offered_by_them_said_plainly("do the cells offer more energy?") == "do the cells offer more energy?"


def test_the_products_someone_advertises_are_asked_about(advisor: Advisor) -> None:
    answer = advisor.ask("The AB batteries they keep advertising, are they really solid-state?")
    assert answer.found
    assert "semi-solid" in answer.text.lower()


def test_a_cell_ending_its_own_sentence_gets_one_full_stop(advisor: Advisor) -> None:
    answer = advisor.ask("What does the guide use Kalnaus et al. for?")
    assert answer.found
    assert ".." not in answer.text


def test_dose_after_a_question_word_is_does() -> None:
    assert expand_shorthand(["how", "dose", "it", "work"], frozenset()) == ["how", "does", "it", "work"]
    assert expand_shorthand(["the", "dose", "of", "lithium"], frozenset()) == ["the", "dose", "of", "lithium"]


def test_people_keen_on_a_thing_like_it() -> None:
    assert excited_about_said_plainly("why are the researchers so keen on polymers?") \
        == "why do the researchers like polymers?"
    assert excited_about_said_plainly("why is everyone excited about oxides") == "why does everyone like oxides"


def test_what_the_lab_people_like_about_a_family(advisor: Advisor) -> None:
    assert _source(advisor, "why are the lab folk so keen on oxides?") == "electrolyte-families/oxides/why-like"


def test_good_at_conducting_is_high_ionic_conductivity() -> None:
    assert conducting_well_said_plainly("if it is good at conducting ions") \
        == "if it is has high ionic conductivity"


def test_a_question_asks_of_the_row_its_message_names(advisor: Advisor) -> None:
    answer = advisor.ask("The semi-solid route. What's the appeal, and what's the honest reality check?")
    assert answer.found
    assert answer.sources[0].id.startswith("routes/semi-solid")
    # A request asking nothing of the row keeps its own reading.
    assert not advisor.ask("Tell me about the semi-solid route. Give me a number.").sources[0].id \
        .startswith("routes/semi-solid/reality")


@pytest.mark.parametrize(("question", "expected"), [
    ("Can makers keep using their existing lines for the semi-solid kind?", "current"),
    ("Which of the three routes is the most proven today?", "Conventional"),
    ("Does the performance improvement come from the solid electrolyte alone?", "lithium metal"),
])
def test_more_everyday_words_for_the_guides_terms(advisor: Advisor, question: str, expected: str) -> None:
    answer = advisor.ask(question)
    assert answer.found, question
    assert expected in answer.text


def test_whether_a_battery_fits_a_frame_is_not_covered(advisor: Advisor) -> None:
    assert not advisor.ask("Will a solid-state pack fit the frame of my bike?").found


def test_making_a_pile_of_them_is_making_them_in_bulk() -> None:
    assert in_numbers_said_plainly("why can't they make loads of them") != "why can't they make loads of them"
    assert in_numbers_said_plainly("they make a pile of money") == "they make a pile of money"


def test_a_buzzword_recycled_is_no_battery_recycling(advisor: Advisor) -> None:
    answer = advisor.ask("How do I spot a firm just recycling buzzwords?")
    assert answer.found


def test_a_thing_still_everywhere_is_still_dominant(advisor: Advisor) -> None:
    answer = advisor.ask("Why is ordinary lithium-ion still everywhere?")
    assert answer.found
    assert "production scale" in answer.text


def test_every1_is_everyone() -> None:
    assert expand_shorthand(["in", "every1s", "car"], frozenset()) == ["in", "everyone's", "car"]


@pytest.mark.parametrize(("question", "expected"), [
    ("Which duties does the solid electrolyte have to carry out?", "electrolyte-three-jobs"),
])
def test_everyday_words_for_the_guides_passages(advisor: Advisor, question: str, expected: str) -> None:
    assert _source(advisor, question).startswith(expected)


def test_the_danger_picture_is_the_risk_profile(advisor: Advisor) -> None:
    answer = advisor.ask("Is the danger picture of these cells just smaller, or different?")
    assert answer.found
    assert "risk profile" in answer.text
