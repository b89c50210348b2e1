"""Mechanisms of the thirty-third round, each a general way people write:

* (CV) a question shouted and ended with "??!!" ends there, and the lower-case words after it are small talk;
  the kind of answer wanted tacked on at the end ("... or not straight answer pls") is how it is asked, not what;
  a question asked with a modal ("can the solid layer crack?") is answered by the passage about its verb when a
  passage only naming its subject ("that solid layer") comes close; the MVP of something is its best; "cracking
  good" and "ace" praise, "ropey" scorns; a picture set off by a comma ("..., like everybody playing the same
  tactic") is how the writer puts it, and a field "heading towards one" design is converging on one; chemistry
  that "isn't stable" is chemical instability, layers expanding and shrinking by different amounts a mechanical
  mismatch, mischief trouble; a question about two things ("do the ions and electrons both go ...?") is answered by
  the passage about both, not one naming the first; a claim about two rows of a table that meets each row's own
  passage alike ("sulfides hate damp and oxides are the brittle ones?") is answered with both rows side by side;
  the unit standing for a figure ("what's the Wh/kg of ...?") asks for a figure, which a passage stating none does
  not give; "the claim" (line, quote, phrase) in a question points back at the sentence saying it, and "the line
  that ..." (idea, statement) reports the claim after it;
* (CY) a word English uses ("chirping") is not corrected into a knowledge word letters away ("charging"); a cell
  "squashed" is under pressure (as "squished" is); insurance is a topic the guide does not cover, except as who said a
  claim ("an insurance man said ..."); "how quickly" asks for a figure, as "how fast" does; a battery leaking is
  leakage, and older batteries set against these are conventional lithium-ion; "can it happen or nah" after a question
  asks that question again; plugging a battery in is charging it; making them in bulk is mass-producing them, with the
  object between too; what goes wrong chemically is chemical instability; the extra power of a new cell is its
  performance gain; the chemistry in them being different asks whether the working principle is; ", surely ..." after
  a claim puts a second claim; a phrase saying where ("In a solid-state cell is there ...?") comes before a yes/no
  question; folk are people (so "why do folk like it" asks the routes table's "Why people like it"); grilling someone
  on something is asking them; a clause pointing back ("...; how do I make it stop?") at a clause before it off the
  guide's subject names nothing to answer about;
* (CT, read again) "how often" asks for a figure; how much weight to put on (give) something asks how much it
  matters, not a quantity;
* (CX) a greeting opening a question ("hey, so ...") is no word of what it asks; the same design landed on by all is
  one design converged on; lithium going on and coming off an anode is plating and stripping; layers losing touch
  lose contact; energy for its weight is energy density; changing the chemistry asks whether battery physics
  breaks; no scope term is read across the seam between the question as written and as read ("... for its weight"
  then "of those cells" is no "weight of");
* (CZ) a question opening with its preposition ("Upon which sources does the guide rely?") is read with the
  preposition after its verb; "shouldn't", "wouldn't" ... are words of asking, as "don't" is; "how many km (miles)"
  asks for a figure; import tariffs and duties are a topic the guide does not cover; what is so sought after is a
  prize, the metallic one the metal one; a kind said with "-type" ("plastic-type") is that kind; where something
  falls down is what goes wrong with it;
* (DA) a layer taking a battering is under stress; what designers can tweak are the design variables, how thick
  the layers are their thickness; layers that stop touching lose contact; a battery's plus and minus ends are its
  cathode and anode; what is proven in the factory has mature manufacturing; an aspect asked right after a
  question ("... help the layers stay in contact? Any downside?") is asked of what that question named;
* (CX, again) "in words an old conductor can follow" is how a definition is wanted, not what it is of; a word alone
  in shouted capitals before a question ("DENDRITES. still a thing ...?") is what the question is about;
* (CY, DA) "what is the electrolyte in a solid-state battery made of?" asks what the electrolyte is made of, the place
  set after it;
* (CW) a kind asked for without its noun ("Which type has trouble with ...?") in a message whose other sentences
  name what it is a kind of is asked of that.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

from advisor import Advisor
from advisor.retrieval.english import made_of_beside_its_thing, preposition_last, without_kind_suffix
from advisor.retrieval.message import asks_yes_or_no, claim_in, clauses, questions_in, without_register_wanted


def test_shouted_question_ends_at_its_last_mark(advisor: Advisor) -> None:
    asked = questions_in("DO THEY NEED PRESSURE OR NOT?!?! asking for my mate", advisor.on_topic)
    assert asked == ["DO THEY NEED PRESSURE OR NOT?!?!"]


def test_shouted_question_with_small_talk_is_answered(advisor: Advisor) -> None:
    answer = advisor.ask("IS THE ANODE LITHIUM METAL OR NOT??!! quick answer pls")
    assert answer.found and "conservative" in answer.text


def test_kind_of_answer_wanted_at_the_end_is_set_aside() -> None:
    assert without_register_wanted("do they still need a separator or not straight answer pls") == \
        "do they still need a separator or not"
    assert without_register_wanted("is it safer, just an honest answer please") == "is it safer"
    # The guide's own heading stays what is asked.
    assert without_register_wanted("what's the short answer?") == "what's the short answer?"


def test_modal_question_is_answered_by_the_passage_about_its_verb(advisor: Advisor) -> None:
    answer = advisor.ask("might the solid layer crack?")
    assert answer.found and "fracture" in answer.text.lower()


def test_subject_passage_still_answers_when_the_verb_is_no_guide_word(advisor: Advisor) -> None:
    answer = advisor.ask("do the electrons pass through the middle layer?")
    assert answer.found and "external circuit" in answer.text


def test_mvp_is_the_best(advisor: Advisor) -> None:
    assert "best" in advisor.retriever.prepare("which electrolyte family is the MVP").prepared.split()


def test_british_praise_and_scorn(advisor: Advisor) -> None:
    prepared = advisor.retriever.prepare("the electrolyte is ace but the contact is ropey").prepared.split()
    assert "strong" in prepared and "weak" in prepared and "ace" not in prepared
    assert "crack" not in advisor.retriever.prepare("a cracking good electrolyte").prepared.split()


def test_picture_after_a_comma_is_no_evidence_against_the_question(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("Will the designs converge on one, like every band covering the same tune?")
    assert "band" not in query.ordinary and "tune" not in query.unknown


def test_heading_towards_one_design_is_converging(advisor: Advisor) -> None:
    answer = advisor.ask("Are solid-state batteries heading towards one design?")
    assert answer.found and "converge" in answer.text


def test_chemistry_not_stable_is_chemical_instability(advisor: Advisor) -> None:
    answer = advisor.ask("what if the chemistry is not stable where layers touch?")
    assert answer.found and "resistive interphase" in answer.text


def test_layers_expanding_by_different_amounts_is_mechanical_mismatch(advisor: Advisor) -> None:
    answer = advisor.ask("what if the layers swell and shrink differently during cycling")
    assert answer.found and "gaps" in answer.text


def test_question_about_two_things_is_answered_by_the_passage_about_both(advisor: Advisor) -> None:
    answer = advisor.ask("do ions n electrons both move thru the middle layer")
    assert answer.found and "external circuit" in answer.text


def test_kind_without_its_noun_is_a_kind_of_what_the_message_names(advisor: Advisor) -> None:
    answer = advisor.ask("I heard solid electrolytes each have problems. Sulfide, oxide, polymer I think. Which type "
                         "struggles with damp?")
    assert answer.found and "oisture" in answer.text


def test_kind_without_its_noun_still_declines_what_the_guide_never_covers(advisor: Advisor) -> None:
    answer = advisor.ask("My nephew says every kind of solid electrolyte has a weak spot. I'm a baker, so I only "
                         "half followed. Which kind rises best in a sourdough starter?")
    assert not answer.found


def test_claim_about_two_rows_meeting_each_rows_passage_alike_gets_both(advisor: Advisor) -> None:
    answer = advisor.ask("Am I right in thinking sulfides hate moisture while oxides are brittle?")
    assert answer.found and "Moisture sensitivity" in answer.text and "brittleness" in answer.text


def test_one_row_named_in_passing_is_no_comparison(advisor: Advisor) -> None:
    answer = advisor.ask("Describe where lithium-ion movement goes during charging in an all-solid-state cell.")
    assert answer.found and "|---|" not in answer.text


def test_unit_standing_for_the_figure_asks_for_a_figure(advisor: Advisor) -> None:
    answer = advisor.ask("what's the Wh/kg of an ordinary graphite cell nowadays?")
    assert not answer.found and "no figure" in answer.text
    listed = advisor.ask("what's the Wh/kg of the AB-50AH?")
    assert listed.found and "320 Wh/kg" in listed.text


def test_the_saying_named_before_the_claim_reports_it(advisor: Advisor) -> None:
    assert claim_in("A poster at the fair carried the line that lithium metal is the real prize.",
                    advisor.on_topic) == "lithium metal is the real prize."


def test_the_claim_points_back_at_the_sentence_saying_it(advisor: Advisor) -> None:
    asked = questions_in("My uncle forwarded a blog with the idea that the separator changes jobs in these cells. "
                         "I thought it was a clever way to put it. What does the claim mean in practice?",
                         advisor.on_topic, advisor.names_subject)
    assert len(asked) == 1 and "separator changes jobs" in asked[0]


def test_a_word_of_english_is_not_corrected_into_a_knowledge_word(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("the smoke alarm keeps chirping")
    assert "charging" not in query.prepared.split() and not query.corrections
    # A misspelling still is.
    assert "electrolyte" in advisor.retriever.prepare("wots the eletrolite made of").prepared.split()


def test_squashed_cells_are_under_pressure(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("do the cells have to be squashed to work")
    assert "pressure" in query.prepared.split() and not query.corrections


def test_insurance_is_not_covered(advisor: Advisor) -> None:
    answer = advisor.ask("Will my insurer charge a higher premium for a van with a solid-state pack?")
    assert not answer.found


def test_a_claim_reported_by_someone_in_insurance_is_still_about_the_cells(advisor: Advisor) -> None:
    assert advisor.ask("An insurance man at the club said solid electrolytes never crack. Can you confirm?").found


def test_how_quickly_asks_for_a_figure(advisor: Advisor) -> None:
    answer = advisor.ask("How quickly can a lithium metal solid-state cell reach 80 percent?")
    assert not answer.found


def test_leaking_is_leakage_and_older_batteries_are_conventional(advisor: Advisor) -> None:
    answer = advisor.ask("Will the solid ones leaking be a thing, like older batteries did?")
    assert answer.found and "leakage" in answer.text


def test_a_question_asked_again_joins_the_question_before(advisor: Advisor) -> None:
    asked = questions_in("do dendrites grow thru the solid layer?? does it happen or not", advisor.on_topic,
                         advisor.names_subject)
    assert asked == ["do dendrites grow thru the solid layer? does it happen or not"]


def test_plugging_in_is_charging(advisor: Advisor) -> None:
    answer = advisor.ask("when you plug it in, where do the lithium ions go?")
    assert answer.found and "to the anode" in answer.text


def test_making_them_in_bulk_is_mass_producing(advisor: Advisor) -> None:
    assert "mass" in advisor.retriever.prepare("can they make them in bulk yet").prepared.split()


def test_going_wrong_chemically_is_chemical_instability(advisor: Advisor) -> None:
    answer = advisor.ask("what goes wrong chemically at the boundary between the layers?")
    assert answer.found and "resistive interphase" in answer.text


def test_extra_power_is_the_performance_gain(advisor: Advisor) -> None:
    answer = advisor.ask("so the extra power is cos the electrolyte is solid?")
    assert answer.found and "incomplete" in answer.text


def test_chemistry_being_different_asks_about_the_working_principle(advisor: Advisor) -> None:
    answer = advisor.ask("is the chemistry in them different from ordinary lithium-ion?")
    assert "working principle" in advisor.retriever.prepare("is the chemistry in them different").prepared
    assert answer.found


def test_surely_after_a_claim_puts_a_second_claim() -> None:
    assert clauses("polymers are the easy ones to make, surely they win on cost") == \
        ["polymers are the easy ones to make", "they win on cost"]
    assert clauses("Come on, surely one family is best?") == []


def test_a_place_before_a_yes_no_question() -> None:
    assert asks_yes_or_no("In a pouch cell is there still a separate film?")
    assert asks_yes_or_no("Inside these cells, do the electrons cross the electrolyte?")
    assert not asks_yes_or_no("In a solid-state cell, what does the separator do?")


def test_folk_are_people(advisor: Advisor) -> None:
    answer = advisor.ask("Why do folk still like ordinary lithium-ion?")
    assert answer.text.startswith("**Conventional lithium-ion — Why people like it:**")


def test_grilling_someone_on_something_is_asking_them(advisor: Advisor) -> None:
    # (Pressing someone on a point, said any way, is asking them about it: tests/test_thirty_fifth_round.py.)
    assert advisor.retriever.prepare("what should I grill them on").prepared.startswith("what should i ask them")


def test_a_clause_pointing_back_at_something_off_the_subject_is_not_answered(advisor: Advisor) -> None:
    assert not advisor.ask("My kettle keeps clicking off early; how do I make it stop?").found
    # ... while one pointing back at the guide's subject still is.
    assert advisor.ask("Sulfide electrolytes hate moisture; how do makers handle it?").found


def test_how_often_asks_for_a_figure(advisor: Advisor) -> None:
    assert not advisor.ask("How often do the layers of a solid-state cell lose contact?").found


def test_how_much_weight_to_put_on_something_asks_how_much_it_matters(advisor: Advisor) -> None:
    answer = advisor.ask("How much weight should I put on the solid-state branding of a cell?")
    assert answer.found and "branding" in answer.text


def test_a_greeting_is_no_word_of_the_question(advisor: Advisor) -> None:
    assert "hey" not in advisor.retriever.prepare("hey, how do solid electrolytes work?").content


def test_landing_on_the_same_design_is_converging(advisor: Advisor) -> None:
    answer = advisor.ask("Will solid-state batteries end up landing on the same design?")
    assert answer.found and "converge" in answer.text


def test_lithium_going_on_and_coming_off_is_plating_and_stripping(advisor: Advisor) -> None:
    answer = advisor.ask("what happens as lithium goes on and comes off the anode again and again?")
    assert answer.found and "voids" in answer.text


def test_layers_losing_touch_lose_contact(advisor: Advisor) -> None:
    assert "contact" in advisor.retriever.prepare("what if the layers lose touch").prepared.split()


def test_energy_for_its_weight_is_energy_density_and_no_weight_asked(advisor: Advisor) -> None:
    answer = advisor.ask("Of the cells in the product list, which one packs the most energy for its weight?")
    assert answer.found and "AB-50AH" in answer.text


def test_changing_the_chemistry_asks_whether_battery_physics_breaks(advisor: Advisor) -> None:
    assert "battery physics" in advisor.retriever.prepare("does going solid change the chemistry").prepared
    answer = advisor.ask("Does going solid change the chemistry?")
    assert answer.found and "battery physics" in answer.text


def test_a_preposition_first_is_read_after_its_verb(advisor: Advisor) -> None:
    assert preposition_last("Upon which studies does the guide rely?") == "which studies does the guide rely upon?"
    assert preposition_last("In which cell is the voltage highest?") == "In which cell is the voltage highest?"
    answer = advisor.ask("On which papers does the guide rely?")
    assert answer.found and "Famprikis" in answer.text


def test_negated_modals_are_words_of_asking(advisor: Advisor) -> None:
    assert "shouldn't" not in advisor.retriever.prepare("why shouldn't I trust the cycle count").content


def test_distances_and_tariffs_are_not_given(advisor: Advisor) -> None:
    assert not advisor.ask("how many miles does a solid-state car go on one charge").found
    assert not advisor.ask("What import duty applies to solid-state cells?").found


def test_sought_after_metal_anode_is_the_prize(advisor: Advisor) -> None:
    answer = advisor.ask("Why is a metallic anode so sought after?")
    assert answer.found and ("prize" in answer.text.lower() or "far more lithium" in answer.text)


def test_a_kind_said_with_type_is_that_kind(advisor: Advisor) -> None:
    assert without_kind_suffix("ceramic-type and gel-style layers") == "ceramic and gel layers"
    answer = advisor.ask("where do the oxide-type electrolytes fall down?")
    assert answer.found and "brittleness" in answer.text


def test_a_battering_is_stress(advisor: Advisor) -> None:
    answer = advisor.ask("does the solid layer crack when it takes a battering?")
    assert answer.found and "fracture" in answer.text


def test_what_designers_can_tweak_are_design_variables(advisor: Advisor) -> None:
    answer = advisor.ask("What can designers tweak, like how thick the layers are?")
    assert answer.found and "design variables" in answer.text


def test_layers_that_stop_touching_lose_contact(advisor: Advisor) -> None:
    assert "contact" in advisor.retriever.prepare("what if the layers stop touching").prepared.split()


def test_plus_and_minus_ends(advisor: Advisor) -> None:
    prepared = advisor.retriever.prepare("which is the plus end and which the minus end").prepared.split()
    assert "cathode" in prepared and "anode" in prepared


def test_proven_in_the_factory_is_mature_manufacturing(advisor: Advisor) -> None:
    answer = advisor.ask("Which route is proven in the factory?")
    assert answer.found and "Mature manufacturing" in answer.text


def test_an_aspect_asked_after_a_question_joins_it(advisor: Advisor) -> None:
    asked = questions_in("Do interlayers help the layers keep contact? Any catch?", advisor.on_topic,
                         advisor.names_subject)
    assert asked == ["Do interlayers help the layers keep contact? Any catch?"]


def test_words_someone_can_follow_is_how_an_answer_is_wanted() -> None:
    assert without_register_wanted("What's a solid electrolyte, in words my nan could follow?") == \
        "What's a solid electrolyte?"


def test_a_word_alone_before_a_question_is_its_topic(advisor: Advisor) -> None:
    asked = questions_in("VOIDS. still a problem in solid state cells??", advisor.on_topic, advisor.names_subject)
    assert asked == ["VOIDS. still a problem in solid state cells??"]


def test_made_of_is_asked_of_the_thing_not_the_place(advisor: Advisor) -> None:
    assert made_of_beside_its_thing("What is the electrolyte in a solid-state cell actually made of?") == \
        "What is the electrolyte made of in a solid-state cell?"
    answer = advisor.ask("what is the electrolyte in these batteries made of?")
    assert answer.found and "sulfide" in answer.text
