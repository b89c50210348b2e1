"""Mechanisms of the thirty-seventh round, each a general way people write:

* (DU) a thing called such a big problem, however big and whatever the problem is called ("such a significant
  difficulty", "such a massive headache"), is "such a big issue"; problems hard to deal with one at a time ("difficult
  to treat separately", "tackled in isolation") are the guide's tightly coupled problems; an ordinary (normal,
  regular, everyday) rechargeable, lithium, phone or laptop battery is today's conventional lithium-ion battery; what
  a cell goes wrong in, named in a phrase opening the question ("in the ordinary ones, what tends to go wrong?"),
  asks its failure mode; what others get wrong, in the writer's view, is the guide's main opinion; "just (only,
  merely) a detail" is a minor detail; what the writer says of their own knowledge first ("My physics is rusty, but
  ...") is no part of the question; asking for no padding ("..., and don't pad it out.") is how the answer is
  wanted; a year asked of the future ("what year will ...?") is a forecast, which no source's date answers; a
  question asking what to ask someone after what sets the scene ("if a company says ..., what should I ask them?")
  is answered with questions for a supplier; "sez" is typed for "says"; "which end" of a cell is which electrode.
* (DV) what conducts ions "most readily" (freely) conducts them fastest; "why is that detrimental (harmful)?" asks why
  of the question before, as "why is that bad?" does; a sentence asking only whether the reader agrees ("Would you
  agree?") lends no question of its own to the subject words of the claim before it.
* (DW) leave to ask closing a question (", may I ask?", ", if you don't mind me asking") is a courtesy, as it is
  opening one; "da" is typed for "the"; a thing said to be the hard part ("people keep saying the contact is the
  hard part") is asked about as a big issue; extra layers wedged (sandwiched) between others are interlayers; a thing
  "doing its thing" is working; made "in large volumes" is mass-produced; all agreed on one design converge on one;
  an all-rounder, top in every event, wins every category; "a battery of tests" is a series of them; the trouble a
  cell has ("what sort of trouble do these batteries have?") is its failure mode; what a question sets aside at its
  end (", apart from sitting in the middle?") is not what it asks about.
* (DX) force applied to a cell from outside is its stack pressure; people agreeing on one design (no "all") converge
  on one, and a field still a free-for-all has not; what people keep underestimating (overlooking, missing) is, in the
  guide's view, its main opinion; a stack's weak link is its main trouble (a thing's "weak spot" stays what goes wrong
  with it); a habit the writer states ("I like to know how long things last") asks nothing, unlike "I'd like to know
  ..."; "no boom" is not flammable; "why is it advantageous (beneficial)?" asks why of the question before.
* (DY) what limits the (practical) use of a thing holds it back; the most (best, well) established kind is the most
  mature; everyone heading for one single design converge on one; "why is that the case?" asks why of the question
  before; a claim put for confirmation by a tag at its end without a question mark ("..., surely.") asks, unless
  another sentence of the message is a question proper, of which it is a remark.
* (DZ) a figure asked "in numbers" after what it measures ("the cycle life, in numbers") asks for a figure (not
  "build these in numbers", made in quantity); "the GOAT" is the best, and what beats everything else wins every
  category; the science people are researchers and "the science in these" their physics, not the journal Science;
  the highest figure achieved in a lab is the guide's best lab number.
* (EA) the middle of a solid-state cell ("the solid layer in the middle", "the middle layer"), asked about for what
  happens to it or through it, is the solid electrolyte, unless set beside another cell's middle or asked what its job
  is or what changes there (eleven earlier sets' questions answered as well); in-between layers are interlayers; the
  biggest blockers are bottlenecks; a phrase thrown around online creates noise; a word typed with a letter dropped
  from a common English word ("acording") is read as that word, not as a word of the guide two edits away; the way
  electrons take ("what carries the electrons?", "the electrons go straight through?") is the electron path, unless
  the question asks the ions' way as well.
* (EC) goods kept in stock ("we'll be stocking semi-solid cells") are no company's stock: the markets topic is named
  by a company's stock, its price or the stock market; a question asking what to check ("when a supplier brags about
  how many cycles they did, what should I check?") asks no figure; a thing called so troublesome (problematic,
  difficult) is such a big issue; "lith" is typed for "lithium"; the solid bit (part, stuff) of a cell is its solid
  electrolyte, unless offered as what a gain comes down to ("is it just the solid bit?").
* (EE) a verb in "-ate" the guide uses only as its noun in "-ation" ("penetrate") is read as that noun, unless it is
  as common as "generate"; a hazard (warning) label is regulation, out of scope.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.english import (
    adverb_superlative_said_plainly,
    all_the_same_said_plainly,
    battery_of_said_plainly,
    best_lab_number_said_plainly,
    big_issue_said_plainly,
    dealt_with_apart_said_plainly,
    does_its_thing_said_plainly,
    electrons_going_said_plainly,
    everyday_battery_said_plainly,
    expand_shorthand,
    force_applied_said_plainly,
    going_wrong_said_plainly,
    hard_part_said_plainly,
    in_numbers_said_plainly,
    layers_between_said_plainly,
    others_get_wrong_said_plainly,
    solid_middle_said_plainly,
    solid_part_said_plainly,
    use_limited_said_plainly,
    wins_everything_said_plainly,
    without_leave_to_ask,
)
from advisor.retrieval.message import (
    asks_only_for_agreement,
    asks_what_to_ask_someone,
    questions_in,
    without_register_wanted,
    without_set_aside,
    without_writers_knowledge,
)


def _source(advisor: Advisor, question: str) -> str:
    answer = advisor.ask(question)
    assert answer.found, question
    return answer.sources[0].id


@pytest.mark.parametrize("said", ["such a significant difficulty", "such a massive headache", "such a real obstacle",
                                  "such a major problem", "such a tough challenge"])
def test_a_big_problem_of_any_name_is_a_big_issue(said: str) -> None:
    assert big_issue_said_plainly(f"why is the anode {said}?") == "why is the anode such a big issue?"


def test_a_problem_not_called_big_is_left_alone() -> None:
    assert big_issue_said_plainly("is there such a problem with oxides?") == "is there such a problem with oxides?"


def test_interfaces_called_a_big_problem_are_answered(advisor: Advisor) -> None:
    assert _source(advisor, "Why are interfaces viewed as such an enormous obstacle?") == "faq-interfaces"


@pytest.mark.parametrize("said", ["hard to treat separately", "hard to tackle in isolation", "hard to solve one by one",
                                  "hard to deal with them independently"])
def test_problems_hard_to_deal_with_apart_are_coupled(said: str) -> None:
    assert dealt_with_apart_said_plainly(f"why are they {said}?") \
        == "why are they hard to tightly coupled rather than separate ones?"


def test_things_kept_apart_in_a_cell_are_not_coupled_problems() -> None:
    # The separator keeps the electrodes apart: nothing here is dealt with one at a time.
    assert dealt_with_apart_said_plainly("what keeps the electrodes apart?") == "what keeps the electrodes apart?"


def test_coupled_problems_asked_in_everyday_words_are_answered(advisor: Advisor) -> None:
    assert _source(advisor, "Why can't engineers handle ion transport and mechanical stress independently?") \
        == "coupled-problems"


@pytest.mark.parametrize(("said", "read"), [
    ("ordinary rechargeable batteries", "conventional lithium-ion batteries"),
    ("a normal phone battery", "a conventional lithium-ion battery"),
    ("everyday laptop batteries", "conventional lithium-ion batteries"),
    ("regular lithium batts", "conventional lithium-ion batteries"),
])
def test_an_everyday_rechargeable_battery_is_conventional_lithium_ion(said: str, read: str) -> None:
    assert everyday_battery_said_plainly(f"how long do {said} last?") == f"how long do {read} last?"


def test_an_everyday_cell_or_a_battery_alone_is_left_alone() -> None:
    # ("ordinary lithium cells" may be set against solid-state ones for what they share: the guide's own words.)
    assert everyday_battery_said_plainly("like ordinary lithium cells do") == "like ordinary lithium cells do"
    assert everyday_battery_said_plainly("is a normal battery safer?") == "is a normal battery safer?"


def test_what_goes_wrong_in_a_cell_named_first_asks_its_failure_mode(advisor: Advisor) -> None:
    assert going_wrong_said_plainly("In the batteries we use now, what usually goes wrong?") \
        == "In the batteries we use now, what usually goes wrong (failure mode)?"
    assert _source(advisor, "With standard rechargeable batteries, like the one in my torch, what can go wrong?") \
        == "layers/failure-mode/conventional"


def test_what_others_get_wrong_is_the_guides_main_opinion(advisor: Advisor) -> None:
    assert "main opinion" in others_get_wrong_said_plainly("what do most people get wrong?")
    assert others_get_wrong_said_plainly("what did I get wrong?") == "what did I get wrong?"
    assert _source(advisor, "In the writer's view, what is the industry getting wrong?") == "interface-is-the-battery"


def test_just_a_detail_is_a_minor_detail(advisor: Advisor) -> None:
    assert _source(advisor, "The interface inside these cells is only a detail for designers, right?") \
        == "interface-is-the-battery"


def test_what_the_writer_says_of_their_knowledge_is_no_part_of_the_question() -> None:
    assert without_writers_knowledge("My chemistry is a bit rusty these days, but why do dendrites form?") \
        == "why do dendrites form?"
    assert without_writers_knowledge("I'm no engineer, so what does the separator do?") \
        == "what does the separator do?"
    assert without_writers_knowledge("Forgive my ignorance, but what is an anode?") == "what is an anode?"
    # Nothing is left to ask, or the knowledge is what is asked about.
    assert without_writers_knowledge("My physics is rusty.") == "My physics is rusty."
    assert without_writers_knowledge("Is the interface physics rusty?") == "Is the interface physics rusty?"
    assert without_writers_knowledge("My results are poor at low temperature, why is that?") \
        == "My results are poor at low temperature, why is that?"


def test_a_question_after_what_the_writer_knows_is_answered(advisor: Advisor) -> None:
    answer = advisor.ask("My physics is shaky at best, but while it charges, which end do the ions head for?")
    assert answer.found
    assert "to the anode" in answer.text


def test_no_padding_asked_is_how_the_answer_is_wanted() -> None:
    assert without_register_wanted("What are the figures of the AB-50AH, and don't pad it out.") \
        == "What are the figures of the AB-50AH"
    assert without_register_wanted("why do sulfides need pressure, keep it short please") \
        == "why do sulfides need pressure"


def test_a_row_asked_for_its_figures_without_padding_is_answered(advisor: Advisor) -> None:
    assert _source(advisor, "The AB-50AH: what are its figures? Don't waffle.").startswith("products/ab-50ah")
    assert _source(advisor, "The AB-50AH, what are its figures, and please don't waffle?") \
        .startswith("products/ab-50ah")


def test_a_year_asked_of_the_future_is_a_forecast(advisor: Advisor) -> None:
    assert not advisor.ask("What year will solid-state packs be standard in lawnmowers?").found
    # A source's year is when it appeared: that is given.
    answer = advisor.ask("What year was the Science review on mechanics published?")
    assert answer.found
    assert "2023" in answer.text


def test_what_to_ask_after_the_scene_is_a_question_for_a_supplier(advisor: Advisor) -> None:
    assert asks_what_to_ask_someone("if a firm says its cells are solid state, what should we ask them?")
    assert not asks_what_to_ask_someone("what questions does the guide answer?")
    source = _source(advisor, "if a firm tells us their cells are solid state what should we ask them")
    assert source.startswith("buyer-")


def test_sez_is_says() -> None:
    assert expand_shorthand(["he", "sez", "it", "is", "safe"], frozenset()) == ["he", "says", "it", "is", "safe"]


def test_most_readily_is_fastest() -> None:
    assert adverb_superlative_said_plainly("which family conducts ions most readily?") \
        == "which family conducts ions fastest?"
    assert adverb_superlative_said_plainly("which lets ions through most freely") == "which lets ions through fastest"


def test_a_formal_why_is_that_bad_asks_why_of_the_question_before(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    conversation.ask("How does lithium behave as it plates and strips?")
    answer = conversation.ask("Why is that harmful?")
    assert answer.found
    assert "void" in answer.text.lower()


def test_asking_only_for_agreement() -> None:
    assert asks_only_for_agreement("Would you agree?")
    assert asks_only_for_agreement("Is that right?")
    assert asks_only_for_agreement("Am I right?")
    assert not asks_only_for_agreement("Would you agree that oxides are brittle?")
    assert not asks_only_for_agreement("Is that right for sulfides too?")


def test_a_claim_put_for_agreement_is_not_asked_of_its_subject_word_alone(advisor: Advisor) -> None:
    # The claim names little of the guide's words; "battery" alone with "would you agree?" is no question about the
    # guide's opening passage.
    answer = advisor.ask("I gather a shiny brochure reliably proves a battery. Would you agree?")
    assert not answer.sources or answer.sources[0].id != "short-answer"


def test_leave_to_ask_closing_a_question_is_a_courtesy() -> None:
    question = ["which", "paper", "does", "the", "guide", "cite", "on", "mechanics"]
    assert without_leave_to_ask([*question, "may", "i", "ask"]) == question
    assert without_leave_to_ask(["what", "is", "an", "interphase", "if", "you", "don't", "mind", "me", "asking"]) \
        == ["what", "is", "an", "interphase"]
    # Too little is left before it to be a question of its own.
    assert without_leave_to_ask(["why", "may", "i", "ask"]) == ["why", "may", "i", "ask"]


def test_da_is_the() -> None:
    assert expand_shorthand(["wots", "da", "catch"], frozenset()) == ["what", "is", "the", "catch"]


def test_a_thing_called_the_hard_part_is_asked_about_as_a_big_issue(advisor: Advisor) -> None:
    assert hard_part_said_plainly("why is the contact the hard part?") == "why is the contact such a big issue?"
    assert hard_part_said_plainly("why are the seams the tricky bit") == "why are the seams such a big issue"
    # Asking which part is the hard one is left alone.
    assert hard_part_said_plainly("what is the hard part?") == "what is the hard part?"
    assert _source(advisor, "Why do engineers say the interfaces are the toughest bit?") == "faq-interfaces"


def test_extra_layers_between_others_are_interlayers(advisor: Advisor) -> None:
    assert layers_between_said_plainly("why add buffer layers sandwiched between the cathode and electrolyte?") \
        == "why add interlayers between the cathode and electrolyte?"
    # A thin layer between the electrodes is the electrolyte itself.
    assert layers_between_said_plainly("is the electrolyte a thin layer between the electrodes?") \
        == "is the electrolyte a thin layer between the electrodes?"
    assert layers_between_said_plainly("is there an extra layer in between?") == "is there an interlayer between?"
    assert layers_between_said_plainly("how many layers are between them?") == "how many layers are between them?"
    assert _source(advisor, "What are the additional layers slotted between the main ones for?") \
        == "stack-pressure-interlayers"


def test_doing_its_thing_is_working() -> None:
    assert does_its_thing_said_plainly("how does the battery do its thing?") == "how does the battery work?"
    assert does_its_thing_said_plainly("while the cells are doing their thing") == "while the cells are working"


def test_made_in_large_volumes_is_mass_produced() -> None:
    assert in_numbers_said_plainly("before they can be produced in large volumes") \
        == "before they can be mass-produce in high volume"


def test_all_agreed_on_one_design_converge() -> None:
    assert "converge on one final design" in all_the_same_said_plainly("are the labs all agreed on one design yet?")


def test_an_all_rounder_wins_every_category(advisor: Advisor) -> None:
    assert "wins every category" in wins_everything_said_plainly("which electrolyte is the all-rounder?")
    assert "wins every category" in wins_everything_said_plainly("is one family best in every way?")
    assert wins_everything_said_plainly("which family is best?") == "which family is best?"
    assert _source(advisor, "Is any solid electrolyte an all-rounder?") == "no-single-family-wins"


def test_a_battery_of_tests_is_no_battery(advisor: Advisor) -> None:
    assert battery_of_said_plainly("I face a battery of questions at the interview") \
        == "I face a series of questions at the interview"
    assert battery_of_said_plainly("a battery of cells") == "a battery of cells"
    assert not advisor.ask("The clinic wants a battery of blood tests first, how long do those take?").found


def test_the_trouble_a_cell_has_is_its_failure_mode(advisor: Advisor) -> None:
    assert going_wrong_said_plainly("which problems do the older batteries run into?") \
        == "which problems do the older batteries run into (failure mode)?"
    assert _source(advisor, "What kind of trouble do conventional lithium-ion batteries get?") \
        == "layers/failure-mode/conventional"


def test_what_a_question_sets_aside_at_its_end_is_not_asked() -> None:
    assert without_set_aside("What does the anode do in there, apart from holding lithium?") \
        == "What does the anode do in there?"
    assert without_set_aside("What else, aside from pressure?") == "What else, aside from pressure?"
    # Telling two things apart sets nothing aside.
    assert without_set_aside("How can a buyer tell a real platform apart from a recycled buzzword?") \
        == "How can a buyer tell a real platform apart from a recycled buzzword?"


def test_force_applied_from_outside_is_stack_pressure(advisor: Advisor) -> None:
    assert force_applied_said_plainly("why must force be applied to the cells?") \
        == "why must stack pressure to the cells?"
    assert force_applied_said_plainly("does it need external force?") == "does it need stack pressure?"
    assert force_applied_said_plainly("what forces the ions across?") == "what forces the ions across?"
    assert _source(advisor, "How come these cells need a force exerted on them from outside?") \
        == "stack-pressure-interlayers"


def test_experts_agreeing_on_one_design_converge() -> None:
    assert "converge on one final design" in all_the_same_said_plainly("have researchers agreed on a single design?")


def test_what_people_keep_underestimating_is_the_main_opinion(advisor: Advisor) -> None:
    assert "main opinion" in others_get_wrong_said_plainly("what do most people keep overlooking?")
    assert _source(advisor, "In the author's view, what does everyone tend to underestimate?") \
        == "interface-is-the-battery"


def test_a_habit_of_the_writer_asks_nothing(advisor: Advisor) -> None:
    # The question is declined (no figure for it); the habit stated after it is no second question to answer.
    answer = advisor.ask("How many years will my solid-state power bank last? I like to know how things hold up.")
    assert not answer.found
    assert advisor.ask("I'd like to know how a solid-state battery works.").found


def test_no_boom_asks_about_fire(advisor: Advisor) -> None:
    assert _source(advisor, "solid state means no boom, yeah?") == "faq-safety"


def test_what_limits_the_use_of_a_thing_holds_it_back(advisor: Advisor) -> None:
    assert use_limited_said_plainly("what limits the wider adoption of oxides?") == "what hold back oxides?"
    assert use_limited_said_plainly("what limits the current?") == "what limits the current?"
    assert _source(advisor, "Which issues restrict the real-world use of sulfide electrolytes?") \
        == "electrolyte-families/sulfides/drawbacks"


def test_the_best_established_kind_is_the_most_mature(advisor: Advisor) -> None:
    answer = advisor.ask("Which type of cell is the best established today?")
    assert answer.found
    assert "Conventional lithium-ion" in answer.text


def test_everyone_heading_for_one_single_design_converge() -> None:
    assert "converge on one final design" in all_the_same_said_plainly(
        "is everybody heading towards one single design?")


def test_why_is_that_the_case_asks_why_of_the_question_before(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    conversation.ask("Where does most of the energy-density upside come from?")
    answer = conversation.ask("Why is that the case?")
    assert answer.found


def test_a_claim_with_a_tag_and_no_question_mark_asks() -> None:
    # Alone, or beside another claim put for confirmation, the tagged claim is asked.
    assert questions_in("Oxides never crack, surely. And sulfides are the slow ones, yes?") \
        == ["Oxides never crack, surely.", "And sulfides are the slow ones, yes?"]
    # Beside a question proper it is the writer's remark on it.
    assert questions_in("Why does the type of solid matter? A solid's a solid, surely.") \
        == ["Why does the type of solid matter?"]


def test_a_figure_asked_in_numbers_is_a_figure(advisor: Advisor) -> None:
    assert not advisor.ask("What is the usual stack pressure, in numbers, for an oxide cell?").found
    # Made in numbers is made in quantity: the manufacturability passage answers.
    answer = advisor.ask("What evidence shows a maker can produce these in numbers, beyond one good cell?")
    assert answer.found


def test_the_goat_is_the_best_and_beating_everything_wins_every_category(advisor: Advisor) -> None:
    assert "wins every category" in wins_everything_said_plainly("polymers beat everything else, right?")
    assert _source(advisor, "sulfides are the GOAT, they beat everything?") == "no-single-family-wins"


def test_the_science_said_of_people_or_cells_is_no_journal(advisor: Advisor) -> None:
    answer = advisor.ask("Is the science in it any good?")
    assert not answer.sources or not answer.sources[0].id.startswith("sources/")


def test_the_highest_figure_from_a_lab_is_the_best_lab_number() -> None:
    assert best_lab_number_said_plainly("the highest figure achieved in a laboratory") == "the best lab number"
    assert best_lab_number_said_plainly("the best result from the lab") == "the best lab number"


def test_the_middle_of_a_solid_cell_is_its_solid_electrolyte(advisor: Advisor) -> None:
    assert solid_middle_said_plainly("can the solid layer in the middle snap?") == "can the solid electrolyte snap?"
    assert solid_middle_said_plainly("does lithium get through the middle layer?") \
        == "does lithium get through the solid electrolyte?"
    # Set beside a conventional cell's middle, or asked what its job is, it stays the guide's middle layer.
    for kept in ("how is the middle layer different from a normal battery's?", "what does the middle layer do?",
                 "what job does the middle layer have now?"):
        assert solid_middle_said_plainly(kept) == kept
    assert _source(advisor, "Might that middle slab break under load?") == "fracture-and-cracking"


def test_in_between_layers_are_interlayers() -> None:
    assert layers_between_said_plainly("why add in-between layers at all?") == "why add interlayers at all?"


def test_the_biggest_blockers_are_bottlenecks(advisor: Advisor) -> None:
    assert _source(advisor, "what are the main blockers for lithium metal anodes?") == "janek-zeier-views"


def test_a_common_word_with_a_letter_dropped_is_read_as_that_word(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("what do sulfides need acording to the guide")
    assert [(c.original, c.corrected) for c in query.corrections] == [("acording", "according")]


def test_the_way_electrons_take_is_the_electron_path(advisor: Advisor) -> None:
    assert electrons_going_said_plainly("what moves the electrons around?") \
        == "what moves the electrons (electron path) around?"
    assert electrons_going_said_plainly("which way do ions go and where do electrons flow?") \
        == "which way do ions go and where do electrons flow?"
    assert _source(advisor, "What shifts the electrons between the two sides?") == "ion-electron-separator-paths"


def test_goods_kept_in_stock_are_no_market(advisor: Advisor) -> None:
    assert _source(advisor, "Our shop will be stocking semi-solid packs before all-solid-state ones. Why is that?") \
        in {"faq-semi-solid", "semi-solid-earlier"}
    assert not advisor.ask("Which battery maker's stock should we buy this year?").found
    assert not advisor.ask("Is the stock market keen on solid-state firms?").found


def test_what_to_check_about_a_figure_asks_no_figure(advisor: Advisor) -> None:
    answer = advisor.ask("If a vendor boasts about how many cycles their cell survived, what should we check?")
    assert answer.found
    assert answer.sources[0].id.startswith("buyer-")


def test_so_troublesome_is_a_big_issue() -> None:
    assert big_issue_said_plainly("why are interfaces so troublesome?") == "why are interfaces such a big issue?"
    assert big_issue_said_plainly("why is it so difficult to make them at scale?") \
        == "why is it so difficult to make them at scale?"


def test_lith_is_lithium() -> None:
    assert expand_shorthand(["lith", "metal"], frozenset()) == ["lithium", "metal"]


def test_the_solid_bit_is_the_solid_electrolyte() -> None:
    assert solid_part_said_plainly("what does the solid bit do?") == "what does the solid electrolyte do?"
    # Offered as what a gain comes down to, it stays the word for being solid.
    assert solid_part_said_plainly("where does the energy come from, is it just the solid bit?") \
        == "where does the energy come from, is it just the solid bit?"
    assert solid_part_said_plainly("the solid part itself?") == "the solid part itself?"


def test_a_verb_the_guide_uses_as_its_noun_is_read_as_the_noun(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("does lithium penetrate oxides too?")
    assert "penetrate" not in query.unknown
    assert _source(advisor, "Could lithium penetrate the electrolyte and short the cell?") == "lithium-penetration"
    # A verb as common as "generate" keeps its own senses.
    assert not advisor.ask("How do nerve cells generate signals?").found


def test_a_hazard_label_is_regulation(advisor: Advisor) -> None:
    assert not advisor.ask("Which warning label goes on a box of solid-state cells?").found
