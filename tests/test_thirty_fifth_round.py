"""Mechanisms of the thirty-fifth round, each a general way people write:

* (DE) "I should be most grateful to learn ..." is a courtesy, not a superlative; pressing someone on a point ("pin
  him down on", "push the rep about") is asking them about it; what goes wrong with a whole cell ("what tends to go
  wrong inside an ordinary battery?") is its failure mode, while what goes wrong with a family, or with "them", is
  the families' own column; where layers meet or touch, however said, and the joins, seams or edges between them
  are their interfaces; which kinds of solid a cell uses are its electrolyte families; a cell with no liquid in it
  is a solid-state cell; whether a thing "changes much" or "makes much difference" is whether it matters; the
  battery in a phone (or laptop, car ...), set beside another, is today's lithium-ion battery and names no device
  topic; in the shops before another is on the market before it; why every car does not run on them yet is why
  they are not yet in universal supply; lithium going where it shouldn't is lithium penetration; an electric
  current is the electrons' flow; "mak" is "make".
* (DF) a question after a scene naming nothing of the guide's and pointing back ("My kettle keeps clicking at
  night, how do I make it stop?") is about the scene, off the subject; a simile set off at a sentence's end by a
  comma or a dash ("... - like tuning a bike's gears?") is the writer's picture, every word of it; punching (or
  worming, boring ...) one's way through a layer is penetrating it; an electrolyte that conducts really well, a
  good conductor of ions, has high ionic conductivity; advertising is marketing; all of a kind ending up made the
  same way is whether they converge on one design; "this explanation" is the guide.
* (DG) layers coming unstuck, drifting or peeling apart lose contact, mechanically separated; pumping (churning,
  cranking ...) cells out in bulk or by the million is mass-producing them; for sale (or on sale) before another is
  on the market before it; lithium going where it "shouldnt" (no apostrophe) is lithium penetration; available in
  volume is in high-volume supply; packing in more energy is energy density, and going further on a charge is more
  of it; the research a guide is "leaning on" is what it cites; contractions typed without their apostrophe
  ("theyll", "theyre", "thats") are spelled out.
* (DH) what goes wrong inside "the solid ones" (a kind of whole cell before "ones") is its failure mode, and "wat"
  asks what; why a kind of cell has not yet replaced (pushed out, taken over from) what is there is why it is not yet
  in universal supply; which bit of a solid-state cell is solid is its solid electrolyte; "the best lab cell number"
  is the guide's best lab number; a neg (pos) end is the anode (cathode); half solid is semi-solid; a cylinder cell
  is a cylindrical one; regulations of any kind, and sending batteries through the post, are rules the guide names
  none of; "pray" in "why is that, pray?" is a courtesy, as "please" is.
* (all sets) a sentence asking two questions in two clauses ("How do the ions move, and what pressure do the cells
  need?") is answered for both when another passage answers the second confidently and both fit in one answer; a
  second clause pointing back ("..., and why does it matter?") is read as a follow-up to the first; a cell of the
  row the first answer shows whole, or the same passage, is not given twice, and a pair too long for one answer
  offers the second back as before; a second clause of too few words of its own ("..., and is there a catch?") is
  answered only by a passage that follows on from the first (related to it, of its table, or using most of its
  words), else offered back.
* (DI) a best passage saying, word for word, what the question quotes ("why is it argued that 'the interface is the
  battery'?") is not passed over for a runner-up; spikes punching (boring, piercing) through a layer penetrate it;
  "what can actualy go wrong inside a solid one then" is asked of a whole cell, whatever words come between; the
  middle bit of two cells set beside each other is their middle layer; the short run is the near term; paperwork, by
  sea and polysulfides (lithium-sulfur cells, "sulfer" and all) are topics the guide leaves out; surpassing all the
  others is beating them.
* (DJ) lithium going "places it shouldn't go" (or anywhere it is not supposed to be) is lithium penetration; cells
  keeping a bit of liquid are semi-solid; a phone (laptop ...) battery named before its battery ("safer than my phone
  batt") and set beside another is today's lithium-ion battery; a metaphor set off at a sentence's end ("..., a
  champion among electrolytes?") is the writer's picture; "2" before a verb is "to" ("hard 2 make").
* (DK) a good electrolyte (really good, top-notch, excellent ...) weighed against the contact between layers is the
  guide's strong bulk electrolyte, which does not rescue a weak interface; "..., or is that just the usual hype?" only
  dismisses the claim asked about; a question opening as a gloss on the one before ("like what are the options") does
  not outrank it; showing up (turning up, coming out) before another is reaching the market first; the battery
  "already" in a phone is still the phone's; unplugging and looking after a battery are battery care, and who invented
  batteries is history, both outside the guide.
* (DL) heavy text-speak ("hw dz a slid st8 batt wrk"); poking (boring, stabbing ...) through a layer, with its g
  dropped or not, is penetrating it; a bulk material said to be strong enough, against the contact surfaces, is the
  guide's strong bulk electrolyte; a battery giving out its power is discharging; an all-rounder is the family that
  wins every category; fussy to make is demanding; which makers have put cells into service is no subject of the
  guide's.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.english import (
    all_the_same_said_plainly,
    asking_said_plainly,
    best_lab_number_said_plainly,
    coming_apart_said_plainly,
    conducting_well_said_plainly,
    device_battery_said_plainly,
    going_wrong_said_plainly,
    good_electrolyte_said_plainly,
    in_numbers_said_plainly,
    interfaces_said_plainly,
    kinds_of_solid_said_plainly,
    liquid_free_said_plainly,
    mattering_said_plainly,
    middle_said_plainly,
    not_in_everything_said_plainly,
    on_sale_first_said_plainly,
    solid_part_said_plainly,
    some_liquid_left_said_plainly,
    way_through_said_plainly,
    where_it_should_not_said_plainly,
    without_hype_alternative,
)
from advisor.retrieval.superlatives import superlative_word


def _words(text: str) -> list[str]:
    return text.split()


def _source(advisor: Advisor, question: str) -> str:
    answer = advisor.ask(question)
    assert answer.found, question
    return answer.sources[0].id


def test_a_courtesy_is_no_superlative() -> None:
    assert superlative_word(_words("i would be most obliged if you told me which layers there are")) is None
    assert superlative_word(_words("we'd be most grateful for the list")) is None
    # ... while a row picked by "most" still is one, with or without "be".
    assert superlative_word(_words("which family would be most brittle")) == "most"
    assert superlative_word(_words("which one is most mature")) == "most"


def test_courtesy_does_not_turn_a_question_into_a_table_pick(advisor: Advisor) -> None:
    retrieval = advisor.retriever.retrieve("I would be most grateful to know what kinds of solid they put in them.")
    assert retrieval.reason != "superlative"


def test_pressing_someone_is_asking_them() -> None:
    assert asking_said_plainly("what should I pin her down on?") == "what should I ask her about?"
    assert asking_said_plainly("what do I push the rep about") == "what do I ask the rep about"
    # Pressure on a cell is not pressing a person.
    assert asking_said_plainly("why press the cell stack so hard?") == "why press the cell stack so hard?"


@pytest.mark.parametrize("question", [
    "Which points should I pin the salesman down on?",
    "What should we push the supplier about before signing?",
])
def test_what_to_press_a_supplier_on_is_the_ask_list(advisor: Advisor, question: str) -> None:
    assert _source(advisor, question).startswith("buyer-")


def test_going_wrong_with_a_whole_cell_is_its_failure_mode() -> None:
    assert going_wrong_said_plainly("what can go wrong inside a normal battery?").endswith("failure modes?")
    assert going_wrong_said_plainly("what usually goes wrong with the cells").endswith("failure modes")
    # A family, or a pronoun that may point at one, keeps the families' column.
    assert "failure" not in going_wrong_said_plainly("what tends to go wrong with oxides?")
    assert "failure" not in going_wrong_said_plainly("what tends to go wrong with them in practice?")


def test_what_goes_wrong_inside_an_ordinary_battery(advisor: Advisor) -> None:
    assert _source(advisor, "What can go wrong inside a normal lithium-ion battery?") \
        == "layers/failure-mode/conventional"


def test_where_layers_meet_are_their_interfaces() -> None:
    assert interfaces_said_plainly("what happens where two solids touch each other?") \
        == "what happens at the interfaces?"
    assert interfaces_said_plainly("the seams between the layers") == "the interfaces between the layers"
    assert interfaces_said_plainly("the edge of a layer") == "the edge of a layer"  # no second layer named


def test_a_join_between_layers_failing(advisor: Advisor) -> None:
    answer = advisor.ask("Why is it such a headache where one layer touches the next?")
    assert answer.found and "interface" in answer.text.lower()


def test_kinds_of_solid_are_electrolyte_families() -> None:
    assert "electrolyte families" in kinds_of_solid_said_plainly("what kinds of solid stuff go in them?")
    assert "electrolyte families" in kinds_of_solid_said_plainly("which solid do they use?")
    # The guide's own terms are read as they are.
    assert kinds_of_solid_said_plainly("which solid electrolyte is best?") == "which solid electrolyte is best?"
    assert kinds_of_solid_said_plainly("what solid-state cells exist?") == "what solid-state cells exist?"


def test_which_solid_they_use(advisor: Advisor) -> None:
    answer = advisor.ask("Which solid do the makers use in there?")
    assert answer.found and "sulfide" in answer.text.lower()


def test_a_cell_with_no_liquid_is_a_solid_state_cell() -> None:
    assert liquid_free_said_plainly("can a cell without any liquid still catch fire?") \
        == "can a solid-state cell still catch fire?"
    assert liquid_free_said_plainly("are liquid-free batteries safer?") == "are solid-state batteries safer?"


def test_changing_much_is_mattering() -> None:
    assert mattering_said_plainly("does the family change much?") == "does the family matter much?"
    assert mattering_said_plainly("does it make any real difference?") == "does it matter much?"
    assert mattering_said_plainly("how does the anode change?") == "how does the anode change?"


def test_whether_the_kind_of_solid_changes_much(advisor: Advisor) -> None:
    assert _source(advisor, "Does the kind of solid change much in the end?") == "why-electrolyte-type-matters"


def test_a_device_battery_set_beside_another_is_todays_lithium_ion() -> None:
    assert device_battery_said_plainly("how is it different from the cells in my laptop?") \
        == "how is it different from conventional lithium-ion batteries?"
    # Asked of on its own, the device stays: it is no subject of the guide's.
    assert device_battery_said_plainly("how long will the battery in my laptop last?") \
        == "how long will the battery in my laptop last?"


def test_what_is_different_from_the_battery_in_a_laptop(advisor: Advisor) -> None:
    answer = advisor.ask("What is different inside, compared with the battery in my laptop?")
    assert answer.found and "liquid" in answer.text.lower()


def test_the_battery_in_a_phone_alone_is_still_out_of_scope(advisor: Advisor) -> None:
    assert not advisor.ask("How long will the battery in my phone last?").found


def test_in_the_shops_before_is_on_the_market_before() -> None:
    assert on_sale_first_said_plainly("why are the gel ones in the shops first?") \
        == "why are the gel ones on the market first?"
    assert on_sale_first_said_plainly("why aren't they in the shops?") == "why aren't they in the shops?"


def test_which_kind_is_in_the_shops_first(advisor: Advisor) -> None:
    assert _source(advisor, "Why would semi-solid cells be on the shelves sooner than all-solid ones?") \
        == "semi-solid-earlier"


def test_why_not_every_car_uses_them_yet() -> None:
    assert "universal high-volume supply" in not_in_everything_said_plainly("why don't all vans use them yet?")
    assert "universal high-volume supply" in not_in_everything_said_plainly("y arent more trucks fitted with them")
    assert not_in_everything_said_plainly("why don't all cells use lithium metal?") \
        == "why don't all cells use lithium metal?"


def test_why_every_car_does_not_run_on_them(advisor: Advisor) -> None:
    assert _source(advisor, "Why aren't all the buses running on solid-state ones by now?") == "faq-mass-production"


def test_lithium_going_where_it_should_not(advisor: Advisor) -> None:
    assert _source(advisor, "Why does lithium creep where it's not supposed to?") == "lithium-penetration"


def test_an_electric_current_is_the_electrons(advisor: Advisor) -> None:
    answer = advisor.ask("Does an electric current go through the solid electrolyte?")
    assert answer.found and "external circuit" in answer.text


def test_mak_is_make(advisor: Advisor) -> None:
    assert _source(advisor, "y so hard to mak them in bulk") == "faq-mass-production"


def test_a_question_pointing_back_at_an_everyday_scene_is_about_the_scene(advisor: Advisor) -> None:
    assert not advisor.ask("My kettle keeps clicking in the night, how do I make it stop?").found
    # ... while a question proper that points at nothing is still asked after its scene.
    assert advisor.ask("According to the published reviews, what is the hardest part?").found


def test_a_set_off_simile_is_the_writers_picture(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("What can a designer adjust on the stack - like tuning a bike's gears?")
    assert not {"tuning", "bike", "gears"} & set(query.ordinary)
    assert advisor.ask("What can a designer adjust on the stack - like tuning a bike's gears?").found


def test_making_ones_way_through_is_penetrating() -> None:
    assert "penetration" in way_through_said_plainly("does lithium worm its way into the solid?")
    assert "penetration" in way_through_said_plainly("can it bore their way across the separator")
    assert way_through_said_plainly("they made their way home") == "they made their way home"


def test_lithium_boring_its_way_through(advisor: Advisor) -> None:
    assert _source(advisor, "Can lithium bore its way through the electrolyte?") == "lithium-penetration"


def test_conducting_well_is_high_ionic_conductivity() -> None:
    assert conducting_well_said_plainly("an electrolyte which conducts very well") \
        == "an electrolyte which has high ionic conductivity"
    assert "high ionic conductivity" in conducting_well_said_plainly("is a great ion conductor enough?")
    # Granted or denied, conducting is left as said.
    assert conducting_well_said_plainly("they do conduct well") == "they do conduct well"
    assert conducting_well_said_plainly("solids can't conduct ions well") == "solids can't conduct ions well"


def test_a_great_conductor_is_not_enough(advisor: Advisor) -> None:
    answer = advisor.ask("Is a great ion conductor all you need for a good solid electrolyte?")
    assert answer.found and "interfacial resistance" in answer.text


def test_advertisements_are_marketing(advisor: Advisor) -> None:
    answer = advisor.ask("What should I make of the advertising for solid-state cells?")
    assert answer.found and ("marketing" in answer.text or "sales language" in answer.text)


def test_ending_up_the_same_is_converging() -> None:
    assert "converge" in all_the_same_said_plainly("will they all wind up alike?")
    assert "converge" in all_the_same_said_plainly("will every design end up the same")
    assert all_the_same_said_plainly("are they the same?") == "are they the same?"


def test_whether_every_design_ends_up_the_same(advisor: Advisor) -> None:
    answer = advisor.ask("Will every solid-state design end up the same in the long run?")
    assert answer.found and "converge" in answer.text


def test_coming_apart_is_losing_contact() -> None:
    assert "lose contact" in coming_apart_said_plainly("do the layers peel away from each other?")
    assert "lose contact" in coming_apart_said_plainly("can the stack delaminate?")
    assert "lose contact" in coming_apart_said_plainly("will the sheets work loose over time")
    assert coming_apart_said_plainly("how do the layers stay together?") == "how do the layers stay together?"


def test_layers_working_loose(advisor: Advisor) -> None:
    answer = advisor.ask("Can the layers in one of these cells work loose as it is charged?")
    assert answer.found and ("contact" in answer.text or "separated" in answer.text)


def test_in_great_numbers_is_mass_producing() -> None:
    assert in_numbers_said_plainly("why can't they churn them out by the million?") \
        == "why can't they mass-produce in high volume?"
    assert "mass-produce" in in_numbers_said_plainly("could anyone crank these out in bulk")
    assert in_numbers_said_plainly("how are they made?") == "how are they made?"


def test_why_they_cannot_be_churned_out(advisor: Advisor) -> None:
    assert _source(advisor, "why cant makers churn these out in bulk yet") == "faq-mass-production"


def test_for_sale_first(advisor: Advisor) -> None:
    assert _source(advisor, "Why do the semi-solid cells go on sale before the all-solid ones?") == "semi-solid-earlier"


def test_lithium_going_where_it_shouldnt(advisor: Advisor) -> None:
    assert _source(advisor, "what pushes lithium where it shouldnt go") == "lithium-penetration"


def test_available_in_volume(advisor: Advisor) -> None:
    answer = advisor.ask("Are all-solid-state cells available in volume yet?")
    assert answer.found and "high-volume" in answer.text


def test_packing_in_more_energy_is_energy_density(advisor: Advisor) -> None:
    answer = advisor.ask("Is lithium metal about packing in more energy?")
    assert answer.found and "energy density" in answer.text.lower().replace("-", " ")


def test_the_research_a_guide_is_leaning_on(advisor: Advisor) -> None:
    assert _source(advisor, "Which research is the guide leaning on?") == "sources-list"


def test_contractions_without_apostrophes_are_spelled_out(advisor: Advisor) -> None:
    prepared = advisor.retriever.prepare("thats why theyll never be cheap, theyre too hard to make").prepared
    assert "that is" in prepared and "they will" in prepared and "they are" in prepared


def test_going_wrong_inside_a_kind_of_whole_cell() -> None:
    assert going_wrong_said_plainly("wot goes wrong inside the normal ones?").endswith("failure modes?")
    assert "failure" not in going_wrong_said_plainly("what goes wrong with the oxide ones?")


def test_why_it_has_not_replaced_what_is_there() -> None:
    assert "universal high-volume supply" in not_in_everything_said_plainly("why haven't they taken over yet?")
    assert "universal high-volume supply" in not_in_everything_said_plainly(
        "why hasn't solid state tech already replaced lithium-ion?")


def test_why_solid_state_has_not_taken_over(advisor: Advisor) -> None:
    assert _source(advisor, "If they're so good, why haven't they taken over from normal batteries yet?") \
        == "faq-mass-production"


def test_which_part_is_solid_is_the_electrolyte() -> None:
    assert "solid electrolyte" in solid_part_said_plainly("which layer of it is really solid?")
    assert solid_part_said_plainly("which part is solid-state?") == "which part is solid-state?"


def test_which_bit_is_solid(advisor: Advisor) -> None:
    answer = advisor.ask("so which part is really solid then?")
    assert answer.found and "electrolyte" in answer.text


def test_the_best_lab_cell_number() -> None:
    assert best_lab_number_said_plainly("the top lab cell result") == "the best lab number"


def test_a_neg_end_is_the_anode(advisor: Advisor) -> None:
    assert "anode" in advisor.retriever.prepare("what's the neg end made of?").prepared


def test_half_solid_is_semi_solid(advisor: Advisor) -> None:
    assert "semi" in advisor.retriever.prepare("are the half solid ones safer?").prepared


def test_a_cylinder_cell_is_cylindrical(advisor: Advisor) -> None:
    answer = advisor.ask("what are the figures on the AB-21700 cylinder cell?")
    assert answer.found and "300 Wh/kg" in answer.text


@pytest.mark.parametrize("question", [
    "Which regulations cover selling solid-state cells?",
    "Can I send a lithium battery through the post?",
])
def test_regulations_and_the_post_are_not_covered(advisor: Advisor, question: str) -> None:
    assert not advisor.ask(question).found


def test_pray_is_a_courtesy(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    conversation.ask("Does the stack pressure matter much?")
    assert conversation.ask("Why is that, pray?").found


def test_a_sentence_asking_two_questions_gets_both_answers(advisor: Advisor) -> None:
    answer = advisor.ask("How do the lithium ions move during charging, and what pressure do the cells need?")
    assert answer.found and len(answer.text) <= 1500
    assert answer.entry_ids[:2] == ("one-sentence-definition", "stack-pressure-interlayers")
    assert [s.id for s in answer.sources] == ["one-sentence-definition", "stack-pressure-interlayers"]
    assert "cathode to the anode" in answer.text and "stack pressure" in answer.text
    # The second question, answered, is no longer offered back.
    assert not any("pressure" in s for s in answer.suggestions)


def test_a_second_clause_about_the_same_row_is_not_answered_twice(advisor: Advisor) -> None:
    answer = advisor.ask("Why do researchers like sulfides, and what usually goes wrong with them?")
    assert answer.entry_ids == ("electrolyte-families/sulfides/why-like",)
    assert answer.text.count("Moisture sensitivity") == 1


def test_one_question_in_two_steps_is_answered_once(advisor: Advisor) -> None:
    # "Is it X, or is it Y?": one choice, answered whole by one passage.
    answer = advisor.ask("Is the electrolyte what carries the electrons, or do they go round the outside?")
    assert answer.found and len(answer.entry_ids) == 1


def test_a_quoted_phrase_keeps_the_passage_that_says_it(advisor: Advisor) -> None:
    answer = advisor.ask("Why would anyone say 'the interface is the battery' about an all-solid-state cell?")
    assert answer.entry_ids[:1] == ("interface-is-the-battery",)


def test_spikes_punching_through_penetrate() -> None:
    assert "penetration through" in way_through_said_plainly("do dendrites bore straight thru the separator?")
    assert way_through_said_plainly("we drove through the night") == "we drove through the night"


def test_what_goes_wrong_whatever_words_come_between() -> None:
    assert going_wrong_said_plainly("wot could realy go wrong inside a normal one then").endswith("failure modes then")


def test_the_middle_bit_of_cells_set_beside_each_other() -> None:
    assert middle_said_plainly("how does the middle bit differ from a phone battery's?") \
        == "how does the middle layer differ from a phone battery's?"
    assert middle_said_plainly("can the solid middle bit crack?") == "can the solid middle bit crack?"


def test_the_short_run_is_the_near_term(advisor: Advisor) -> None:
    assert "near term" in advisor.retriever.prepare("which route pays off in the short run?").prepared


@pytest.mark.parametrize("question", [
    "What paperwork is needed to send cells by sea?",
    "how do polysulfides behave in lithium sulfer cells?",
])
def test_paperwork_sea_freight_and_lithium_sulfur_are_not_covered(advisor: Advisor, question: str) -> None:
    assert not advisor.ask(question).found


def test_surpassing_the_others_is_beating_them() -> None:
    assert superlative_word(_words("does one family surpass the others")) == "surpass"


def test_a_second_clause_of_too_few_words_is_offered_back_unless_it_follows_on(advisor: Advisor) -> None:
    answer = advisor.ask("What makes sulfide electrolytes attractive compared with the others, and is there a catch?")
    assert "is there a catch?" in answer.suggestions and len(answer.entry_ids) == 1
    # ... while one answered by a passage the first leads to is answered.
    answer = advisor.ask("Can a ceramic electrolyte crack, and what helps against that?")
    assert answer.entry_ids[:2] == ("fracture-and-cracking", "mechanics-bullets")


def test_anywhere_it_should_not_be_is_penetration() -> None:
    assert "penetration" in where_it_should_not_said_plainly("why does lithium creep into spots it isn't supposed to?")
    assert "penetration" in where_it_should_not_said_plainly("lithium growing somewhere it shouldnt")


def test_cells_keeping_a_bit_of_liquid_are_semi_solid() -> None:
    assert some_liquid_left_said_plainly("why pick the cells with a little liquid left in them?") \
        == "why pick the semi-solid cells?"


def test_why_buyers_favour_cells_with_some_liquid(advisor: Advisor) -> None:
    assert _source(advisor, "Why do buyers prefer the ones that keep some liquid?") == "semi-solid-earlier"


def test_a_device_battery_named_before_it() -> None:
    assert device_battery_said_plainly("are they safer than my laptop battery?") \
        == "are they safer than conventional lithium-ion battery?"


def test_safer_than_a_laptop_battery(advisor: Advisor) -> None:
    answer = advisor.ask("r these safer than my laptop batt?")
    assert answer.found and "risk" in answer.text


def test_a_set_off_metaphor_is_the_writers_picture(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("Does one family beat all the others, a grandmaster among electrolytes?")
    assert "grandmaster" not in query.unknown and "grandmaster" not in query.ordinary


def test_two_before_a_verb_is_to(advisor: Advisor) -> None:
    assert "hard to" in advisor.retriever.prepare("why r they so hard 2 make").prepared
    assert "2 layers" in advisor.retriever.prepare("does it have 2 layers").prepared


def test_a_good_electrolyte_against_contact_is_a_strong_bulk_electrolyte() -> None:
    assert "strong bulk electrolyte" in good_electrolyte_said_plainly(
        "does an excellent electrolyte make poor contact between layers irrelevant?")
    # Praised on its own, it is left as said.
    assert good_electrolyte_said_plainly("which is a good electrolyte?") == "which is a good electrolyte?"


def test_a_top_notch_electrolyte_does_not_rescue_poor_contact(advisor: Advisor) -> None:
    answer = advisor.ask("Will a top-notch electrolyte make up for poor contact between the layers?")
    assert answer.found and ("does not rescue" in answer.text or "interfacial resistance" in answer.text)


def test_an_alternative_that_only_dismisses_is_dropped() -> None:
    assert without_hype_alternative("Are they safer, or is that just the usual hype?") == "Are they safer?"
    assert without_hype_alternative("Is it sulfide, or is it oxide?") == "Is it sulfide, or is it oxide?"


def test_safer_or_just_hype(advisor: Advisor) -> None:
    assert _source(advisor, "Are solid-state packs really safer, or is it all marketing?") == "faq-safety"


def test_a_gloss_on_the_question_before_does_not_outrank_it(advisor: Advisor) -> None:
    answer = advisor.ask("Which solid materials are used for the electrolyte? like what are the choices")
    assert answer.found and "sulfide" in answer.text.lower()


def test_showing_up_first(advisor: Advisor) -> None:
    assert _source(advisor, "Why are the semi-solid cells turning up first?") == "semi-solid-earlier"


@pytest.mark.parametrize("question", [
    "Should I unplug my e-bike battery when it is full?",
    "Who invented the lithium-ion battery?",
])
def test_battery_care_and_history_are_not_covered(advisor: Advisor, question: str) -> None:
    assert not advisor.ask(question).found


def test_heavy_text_speak(advisor: Advisor) -> None:
    assert advisor.ask("hw dz a slid st8 cell wrk").found


def test_poking_through_with_its_g_dropped() -> None:
    assert "penetration through" in way_through_said_plainly("is lithium pokin thru the separator still a thing")


def test_a_bulk_material_strong_enough_against_contact() -> None:
    assert "strong bulk electrolyte" in good_electrolyte_said_plainly(
        "if the bulk material is strong enough, do the contact surfaces matter?")


def test_giving_out_its_power_is_discharging(advisor: Advisor) -> None:
    prepared = advisor.retriever.prepare("where do ions go while the cell is giving out its power").prepared
    assert "discharging" in prepared


def test_an_all_rounder_wins_every_category(advisor: Advisor) -> None:
    answer = advisor.ask("Is there an all-rounder among the electrolyte families?")
    assert answer.found and "no single family" in answer.text.lower()


def test_which_operators_use_them_is_not_covered(advisor: Advisor) -> None:
    assert not advisor.ask("Which ferry companies have put solid-state packs into service?").found
