"""Mechanisms of the twenty-sixth round, each a general way people write:

* a battery "emptying", "draining", "going flat" or "running down" is discharging; one "filling up" is charging;
* "define X" (or "what is X?") about one table row, best matched by the definition of the guide's subject, is
  answered by a passage titled with that row (``defined_row_passage_share``);
* "give me the list of ..." asks for a list, and a list about what the question names answers it in place of one
  cell of a table (a cell lists a few words; "the typical ways a cell fails" keeps the cell);
* "what does X cost?" and "... per kilogram" ask for a figure the guide never gives ("what does it cost you?" asks
  the trade-off);
* battery management systems and cell balancing are pack electronics the guide does not cover;
* rows named in a message the guide gives only part of what was asked about stay the topic: "Which of the two
  ...?" next points back at them;
* a name's last word said once for two names joined before it ("the pouch or the prismatic cell") names both;
* "at what scale ...?" is answered in words by a passage saying "at the microscopic scale";
* telling things apart is separating them; worries are risks; design choices are design variables, and what is
  added later is an afterthought;
* a word spelt as it sounds ("grafite", "elektrolyte") is the knowledge's word, when no word is as near as a slip
  ("interfase" stays "interface"); a short word missing a letter ("oxids") is the word with it, not another;
* "best in every respect" (or way, or at everything) asks whether one row wins every category; layers coming or
  pulling apart separate;
* "what happens to ...?" asks what one thing does, not for a list of things;
* a doubt added as a question's other alternative ("..., or is it hype?") is how sure the writer is, not what the
  question asks about ("is it real or just hype?" still asks about the hype);
* "what is the practical value of ...?" is asked about a value, not about the topical word before it;
* a table cited as where the answer is ("according to the route comparison") answers from that table
  (``cited_table_share``), and so does "the comparison of electrolyte families";
* an interjection ("Ooh, and the prismatic one?") says how the writer feels, not what they ask about;
* a question whose borrowed context alone named what the guide never mentions ("PhD", "Sunday") is asked alone;
* layers pressed or squashed together are under pressure; mischief, grief and bother are problems; things not
  uniform are an inhomogeneity; a cell's two sides are its electrodes; what takes over another's job replaces it;
  cells that die fail;
* running on new or different physics would break battery physics; "true or tall tale?" (or myth, or fable) is a
  quiz's frame around the claim before it;
* a fragment after a question saying it again with a question word ("like what kinds?") belongs to it ("like in
  a vice" does not);
* a battery giving its power back, or something running off it, is discharging;
* a clause before a question about when ("While it's charging, ...") is part of the question unless it is about
  the writer ("Before we sign anything, ...");
* taking batteries on a plane (aircraft, hand luggage, airlines) is transport the guide does not cover;
* sorts of electrolytes or cells are kinds of them; a material easy to work with is easy to process;
* "still", "else", "tho" carry a short question on from the turn before ("wat can still go wrong tho");
* a material that holds more stores more;
* a phrase saying where before a wh-question ("In one of these cells, where do the electrons go?") leaves the
  question's subject to the question;
* what "acts as" or "does the job of" a row is answered by the passage titled with it, even when the best passage
  is titled with another row;
* a why-question repeating words a passage says ("why do you keep saying the interface basically is the
  battery?") is answered by that passage;
* "most" before a word the knowledge never uses ("has been most insistent") says "very", not which row has most
  (a unit still names what there is most of: "the most juice per kilo");
* a demonstrative set against something else ("why buy that over the full kind?") points back;
* how a battery stores and gives back its energy is how it works;
* a condition written without its comma ("if its got a solid electrolyte does that mean ...?") leaves the
  question yes/no;
* a noun made an adverb by "-wise" ("current-wise") asks about that noun;
* a claim put for confirmation is answered by the passage with a sentence denying it (a negation naming at least
  three of its words, one of them a word few passages are about: "A strong bulk electrolyte does not rescue a weak
  interface"), when the best entry has none (``denying_sentence_share``); a polite request ("Could you explain
  ...?") puts no claim;
* a table row's own name is no property a superlative reads ("the maximum charging current for the cylindrical
  cell" picks no row), and a size word before a row's name ("the little cylindrical cell") still names it;
* a scope term right before a noun for a battery ("a sodium-ion battery", "lithium-sulphur batteries") names the
  battery asked about, however covered the rest of the question is;
* "X. Meaning what?" asks what X is; cells that go bad fail; "according to your comparison" cites whichever table
  answers best; charging and discharging over and over is cycling repeatedly.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.conversation import is_follow_up
from advisor.retrieval.message import questions_in


def _answers_with(advisor: Advisor, question: str, expected: str) -> None:
    """The guide covers ``question`` and its answer says ``expected``."""
    answer = advisor.ask(question)
    assert answer.found, question
    assert expected in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "While my torch battery is emptying, which way do the lithium ions travel?",
    "as the battery is going flat where are the ions heading",
    "Where do lithium ions move when a cell is running down?",
])
def test_emptying_is_discharging(advisor: Advisor, question: str) -> None:
    _answers_with(advisor, question, "back again during discharge")


@pytest.mark.parametrize("question", ["Define a semi-solid battery.", "What's a semi-solid battery, then?"])
def test_defining_a_row_is_answered_by_its_passage(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.entry_ids[:1] == ("faq-semi-solid",)
    assert "gel" in answer.text


def test_defining_the_subject_keeps_its_definition(advisor: Advisor) -> None:
    assert advisor.ask("Define a solid-state battery.").entry_ids[:1] == ("one-sentence-definition",)


@pytest.mark.parametrize("question", [
    "Give me the list of ways an interface can fail in these cells.",
    "Show me a full list of ways interfaces go wrong in a solid stack",
])
def test_a_list_request_is_answered_by_the_list_not_a_cell(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.entry_ids[:1] == ("interface-failure-bullets",)
    assert "resistive interphases" in answer.text


def test_a_cell_about_what_is_asked_still_answers_a_question_naming_no_list(advisor: Advisor) -> None:
    answer = advisor.ask("What are the typical ways a solid-state cell fails?")
    assert "lithium penetration" in answer.text


@pytest.mark.parametrize("question", [
    "What does each electrolyte family cost?",
    "what would a polymer electrolyte cost per kilogram?",
    "For the oxide family, what does the material cost per kilogram?",
])
def test_what_something_costs_is_a_figure_the_guide_never_gives(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert not answer.found
    assert "gives no figure" in answer.text or "no prices" in answer.text


def test_what_it_costs_you_asks_the_trade_off(advisor: Advisor) -> None:
    answer = advisor.ask("Why pick a composite electrolyte, and what does it cost you?")
    assert answer.found


@pytest.mark.parametrize("question", [
    "How does a BMS balance the cells in a solid-state pack?",
    "what does the battery management system do in these packs",
])
def test_battery_management_is_not_covered(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert not answer.found
    assert "battery management" in answer.text


def test_rows_named_beside_a_gap_stay_the_topic(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    first = conversation.ask("We're weighing up the cylindrical cell against the pouch cell for a signage job.")
    assert not first.found
    answer = conversation.ask("Which of the two has more energy per kg?")
    assert answer.found
    assert "300 Wh/kg" in answer.text and "320 Wh/kg" in answer.text


def test_an_uncovered_message_leaves_no_topic(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    assert not conversation.ask("What's the best pasta recipe?").found
    assert not conversation.ask("Which of the two is cheaper?").found


@pytest.mark.parametrize("question", [
    "which has more energy per kg, the pouch or the cylindrical cell?",
    "Is the pouch or the prismatic cell more energy dense?",
])
def test_a_head_word_said_once_names_both_rows(advisor: Advisor, question: str) -> None:
    mentions = {m.row_id for m in advisor.retriever.retrieve(question).query.mentions}
    assert "ab-50ah" in mentions and len(mentions) == 2


def test_at_what_scale_is_answered_in_words(advisor: Advisor) -> None:
    _answers_with(advisor, "At what scale does contact between the layers matter?", "microscopic scale")


def test_at_what_pressure_still_asks_a_figure(advisor: Advisor) -> None:
    assert not advisor.ask("At what pressure should the cells be clamped?").found


def test_telling_apart_is_separating(advisor: Advisor) -> None:
    _answers_with(advisor, "What does understanding the mechanics help a buyer tell apart?", "recycled buzzword")


def test_worries_are_risks(advisor: Advisor) -> None:
    _answers_with(advisor, "Does a solid cell just bring a new set of worries?", "risk")


@pytest.mark.parametrize("question", [
    "Which design choices matter in a solid-state cell, rather than being added later?",
    "what design decisions can't be bolted on later in these cells?",
])
def test_design_choices_are_design_variables(advisor: Advisor, question: str) -> None:
    _answers_with(advisor, question, "design variables")


@pytest.mark.parametrize(("typed", "meant"), [
    ("grafite", "graphite"), ("elektrolyte", "electrolyte"), ("oxids", "oxides"), ("interfase", "interface"),
])
def test_words_spelt_as_they_sound(advisor: Advisor, typed: str, meant: str) -> None:
    corrected, _ = advisor.retriever.reader_.corrector.correct([typed])
    assert corrected == [meant]


def test_graphite_spelt_as_it_sounds_is_answered(advisor: Advisor) -> None:
    _answers_with(advisor, "anode: grafite or lithium metal??", "graphite")


@pytest.mark.parametrize("question", [
    "My brother says sulfide electrolytes are the best in every respect. Is he right?",
    "Is the polymer family better in every way than the others?",
])
def test_best_in_every_respect_asks_whether_one_wins_every_category(advisor: Advisor, question: str) -> None:
    _answers_with(advisor, question, "no single family")


def test_layers_coming_apart_separate(advisor: Advisor) -> None:
    assert "coming apart" not in advisor.retriever.prepare("what if the layers start coming apart?").prepared


def test_what_happens_to_asks_of_one_thing() -> None:
    from advisor.retrieval.compose import asks_which_things

    assert not asks_which_things("what happens to performance if the layers separate?")
    assert asks_which_things("what problems happen at the interfaces?")


@pytest.mark.parametrize("question", [
    "Is there a genuine reason interfaces cause trouble in these cells, or is it hype?",
    "do solid-state cells really need stack pressure or is that just marketing",
])
def test_a_doubt_added_as_an_alternative_is_not_the_subject(advisor: Advisor, question: str) -> None:
    assert "buzzword" not in advisor.retriever.prepare(question).prepared
    answer = advisor.ask(question)
    assert answer.found and "buzzword" not in answer.text


def test_real_or_hype_still_asks_about_the_hype(advisor: Advisor) -> None:
    _answers_with(advisor, "is solid state for real or just hype?", "buzzword")


def test_the_practical_value_of_is_asked_about_the_value(advisor: Advisor) -> None:
    _answers_with(advisor, "What is the practical value of knowing the ion path and the interface?",
                  "recycled buzzword")


@pytest.mark.parametrize("question", [
    "According to the route comparison, what still limits all-solid-state designs?",
    "What still limits all-solid-state, going by the route table?",
])
def test_a_cited_table_answers(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.entry_ids[0].startswith("routes")
    assert "scale-up" in answer.text


@pytest.mark.parametrize("question", [
    "In the comparison of electrolyte families, what is the commercial reading for oxides?",
    "According to the electrolyte family table, what's the commercial reading on polymers?",
])
def test_a_table_cited_by_what_its_rows_are(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.entry_ids[0].startswith("electrolyte-families/")
    assert "Commercial reading" in answer.text


def test_an_interjection_is_no_attribute_asked(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    conversation.ask("What's the nominal voltage of the AB-50AH?")
    answer = conversation.ask("Oh wow, and the cylindrical one?")
    assert answer.found and "3.7 V" in answer.text and "AB-21700" in answer.text


def test_a_question_is_asked_alone_when_only_its_borrowed_context_names_the_unknown(advisor: Advisor) -> None:
    answer = advisor.ask("My niece is writing her MSc thesis and at Easter dinner she kept saying 'the interface is "
                         "everything' in solid-state cells. I just nodded along. Why are interfaces such a big deal in "
                         "these batteries?")
    assert answer.found and "solid layer" in answer.text


@pytest.mark.parametrize(("question", "expected"), [
    ("what keeps the layers squashed together in a solid-state cell?", "stack pressure"),
    ("why do solid-state cells need their layers pressed together?", "stack pressure"),
    ("Why do the spots where the layers meet cause so much grief?", "touches another solid layer"),
    ("what goes wrong in a cell when the current isn't uniform?", "concentrate current"),
    ("In a solid-state battery, what keeps the two sides apart?", "electrodes"),
    ("What takes over the separator's job in a solid-state cell?", "solid electrolyte"),
])
def test_everyday_words_for_the_guides_terms(advisor: Advisor, question: str, expected: str) -> None:
    _answers_with(advisor, question, expected)


@pytest.mark.parametrize(("question", "reading"), [
    ("What takes over the separator's job?", "replaces"),
    ("what keeps the two sides apart?", "electrodes"),
    ("how do these cells usually die?", "fail"),
])
def test_everyday_words_read_as_the_guides(advisor: Advisor, question: str, reading: str) -> None:
    assert reading in advisor.retriever.prepare(question).prepared.split()


@pytest.mark.parametrize("question", [
    "Do solid-state cells rely on some new kind of physics?",
    "My uncle reckons these batteries obey different physics from normal ones. True or myth?",
])
def test_new_physics_would_break_battery_physics(advisor: Advisor, question: str) -> None:
    _answers_with(advisor, question, "does not break battery physics")


def test_true_or_tall_tale_frames_the_claim_before_it() -> None:
    from advisor.retrieval.english import without_confirmation_frame

    assert without_confirmation_frame(["true", "or", "tall", "tale"]) == []


def test_a_clarifying_fragment_belongs_to_the_question_before_it(advisor: Advisor) -> None:
    assert questions_in("wot r solid electrolytes made of?? like wat kinds", advisor.on_topic,
                        advisor.names_subject) == ["wot r solid electrolytes made of?? like wat kinds"]
    _answers_with(advisor, "wot r solid electrolytes made of?? like wat kinds", "sulfides, oxides, and polymers")


def test_a_picture_after_a_question_is_no_clarification() -> None:
    from advisor.retrieval.message import clarifies

    assert clarifies("like what kinds?") and not clarifies("like in a vice")


@pytest.mark.parametrize("question", [
    "When the battery is giving its power back, where do the ions go?",
    "where do the lithium ions head while my radio runs off it?",
])
def test_giving_power_back_is_discharging(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert "back again during discharge" in answer.text or "move back to the cathode" in answer.text


def test_a_clause_about_when_stays_in_the_question() -> None:
    from advisor.retrieval.message import without_lead_in

    question = "While it's charging, which way do the ions go?"
    assert without_lead_in(question) == question
    assert without_lead_in("Before we sign anything, what should we ask?") == "what should we ask?"


@pytest.mark.parametrize("question", [
    "Can I take a solid-state power bank in my hand luggage on a plane?",
    "Do airlines allow solid-state batteries aboard an aircraft?",
    "is it ok to carry solid-state cells on a passenger aircraft?",
])
def test_flying_with_batteries_is_not_covered(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert not answer.found
    assert "plane" in question or "transporting batteries" in answer.text


def test_sorts_of_electrolytes_are_kinds(advisor: Advisor) -> None:
    _answers_with(advisor, "What sorts of electrolytes do these batteries use?", "sulfides, oxides, and polymers")


def test_easiest_to_work_with_is_easiest_to_process(advisor: Advisor) -> None:
    _answers_with(advisor, "which electrolyte family is the easiest to work with?", "Polymers")


@pytest.mark.parametrize("question", ["what can still go wrong tho", "what else could go wrong?",
                                      "and why would a fleet pick that over the all-solid-state kind?"])
def test_carrying_on_words_make_a_follow_up(question: str) -> None:
    assert is_follow_up(question)


def test_a_new_question_is_no_follow_up() -> None:
    assert not is_follow_up("What is a solid electrolyte made of in a solid-state battery?")


def test_holding_more_is_storing_more(advisor: Advisor) -> None:
    _answers_with(advisor, "how come lithium metal holds so much more?", "stores far more lithium")


def test_a_phrase_saying_where_leaves_the_subject_to_the_question() -> None:
    from advisor.retrieval.compose import question_subject

    words = ["in", "one", "of", "these", "solid", "cells", "where", "do", "the", "electrons", "go"]
    assert question_subject(words, {"solid", "cells", "electrons"}) == "electron"


@pytest.mark.parametrize("question", [
    "In a solid-state cell, which component serves as the separator?",
    "In a solid-state battery, what acts as the separator?",
])
def test_what_plays_a_rows_part_is_answered_by_its_passage(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.entry_ids[:1] == ("faq-separator",)


def test_a_why_question_repeating_a_passage_is_answered_by_it(advisor: Advisor) -> None:
    answer = advisor.ask("Why does the guide keep saying the interface really is the battery?")
    assert answer.entry_ids[:1] == ("interface-is-the-battery",)


def test_most_before_an_unsaid_word_is_no_superlative(advisor: Advisor) -> None:
    answer = advisor.ask("A dealer has been most emphatic that his cells are solid-state. What should I ask him?")
    assert answer.found and "electrolyte family" in answer.text
    assert advisor.retriever.retrieve("which cell has the most juice per kilo?").superlative is not None


def test_storing_and_giving_back_energy_is_how_it_works(advisor: Advisor) -> None:
    _answers_with(advisor, "So how does a solid-state cell store and give back energy?", "lithium ions")


@pytest.mark.parametrize("question", [
    "if a cell has a solid electrolyte does that mean it has a lithium metal anode",
    "when a battery is solid state does it always use lithium metal?",
])
def test_a_condition_without_its_comma_leaves_a_yes_no_question(advisor: Advisor, question: str) -> None:
    from advisor.retrieval.message import asks_yes_or_no

    assert asks_yes_or_no(question)
    answer = advisor.ask(question)
    assert answer.text.startswith("No.") and "not every" in answer.text


@pytest.mark.parametrize(("question", "reading"), [
    ("What does uneven material do inside the cell, current-wise?", "current"),
    ("safety wise, are they better?", "safety"),
])
def test_a_wise_adverb_asks_about_its_noun(advisor: Advisor, question: str, reading: str) -> None:
    prepared = advisor.retriever.prepare(question).prepared.split()
    assert reading in prepared and "wise" not in prepared


def test_uneven_material_concentrates_current(advisor: Advisor) -> None:
    _answers_with(advisor, "What does patchy, uneven material do inside a cell, current-wise?", "concentrate current")


@pytest.mark.parametrize("question", [
    "Will a superb bulk electrolyte rescue a weak interface?",
    "So a top-notch bulk electrolyte makes up for a bad interface, yes?",
])
def test_a_claim_is_answered_by_the_sentence_denying_it(advisor: Advisor, question: str) -> None:
    _answers_with(advisor, question, "does not rescue a weak interface")


def test_a_polite_request_puts_no_claim(advisor: Advisor) -> None:
    _answers_with(advisor, "Could you explain why mechanics matters in these cells and what happens to the "
                           "electrolyte if stress is not managed?", "fracture")


@pytest.mark.parametrize("question", [
    "What's the maximum charge current of the little cylindrical cell?",
    "what's the max discharge current on the small pouch cell?",
])
def test_a_missing_attribute_of_a_described_row_is_a_gap(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert not answer.found
    assert "lists only series, cell type, energy density and nominal voltage" in answer.text


@pytest.mark.parametrize("question", [
    "What is the typical cell voltage of a sodium-ion battery?",
    "how do lithium-sulphur cells work?",
])
def test_another_chemistrys_battery_is_not_covered(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert not answer.found and "other chemistries" in answer.text


def test_a_chemistry_set_aside_still_leaves_the_question(advisor: Advisor) -> None:
    assert advisor.ask("Ignoring sodium, why does stack pressure matter?").found


def test_meaning_what_asks_what_a_row_is(advisor: Advisor) -> None:
    assert advisor.ask("Semi-solid. Meaning what?").entry_ids[:1] == ("faq-semi-solid",)


def test_going_bad_is_failing(advisor: Advisor) -> None:
    assert "fail" in advisor.retriever.prepare("how do these cells go bad?").prepared.split()


def test_your_comparison_cites_the_table_that_answers(advisor: Advisor) -> None:
    _answers_with(advisor, "How do the old lithium-ion cells go bad, according to your comparison?", "SEI growth")


def test_charging_and_discharging_over_and_over_is_cycling(advisor: Advisor) -> None:
    question = "Why do gaps form in a solid cell when it's charging and discharging over and over?"
    assert "cycling" in advisor.retriever.prepare(question).prepared.split()
    answer = advisor.ask(question)
    assert answer.found and ("voids" in answer.text or "gaps" in answer.text)
