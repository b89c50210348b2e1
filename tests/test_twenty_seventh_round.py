"""Mechanisms of the twenty-seventh round, each a general way people write:

* "Is that too high?" after a sentence naming nothing of the guide's subject asks about what that sentence said
  (a coffee machine's gauge), which the guide does not cover; asked alone it would meet any passage on high
  figures ("What should I ask them?" after such a sentence names its own thing and is still asked);
* the sources a guide "draws on" (or upon) are the ones it cites;
* chat hedges and verdicts ("ngl", "fr", "lowkey", "OP", "mid") say how the writer sees it, not what they ask;
* a business spoken of as an "outfit" is a company; designs that all "end up building/making/using the same" one
  converge;
* problems "tangled together" (or up, or bound up together) are coupled;
* a short question after another whose only pointer is "it" or "they" and that names nothing itself ("what does it
  actually buy you") is asked of what the question before it named; one naming things of its own ("how much range
  do they lose at -20?") is still its own question;
* a multi-word scope term names its topic in the singular too ("a shipping regulation" of "shipping regulations");
* something "such a serious difficulty" (or a major problem, a huge challenge ...) is "such a big issue";
* a table row named only as what the question's subject is set against ("different from lithium-ion", "than
  lithium-ion") is not the row asked about: the passage titled with it does not answer in place of the best;
* something that will "beat everything" (or the rest, or all the others) in the end wins;
* (BH) a battery being or getting drained is discharging; ions moving fast is high ionic conductivity; "which
  <kind of row>" said right after "which", in the singular ("which electrolyte has ..."), is answered by the row its
  content picks, unless the best passage is about a row of that table ("which paper calls the electrolyte ...");
  the cells of living things are not battery cells; making or producing in volume is mass production; the bottom
  line, takeaway or upshot of the guide is its practical value; a clause after a noun saying who lists it ("the
  cylindrical one you list") is where it is found, not a request for a list;
* (BI) regular lithium-ion is ordinary lithium-ion; a clause with the writer as its subject that asks nothing ("I
  don't need the chemistry degree version, but ...") beside one that asks is how the question is framed, not a
  question; a mixture of the electrolyte families is the composites; a pointing question of up to fourteen words
  borrows the sentence before it; explainer websites are the guide's editorial explainers; "which ones" points at
  the things named before;
* (BJ) normal, regular or ordinary lithium batteries are conventional lithium-ion ones; a design "coming out first"
  reaches the market first; holes in the lithium are voids; the bottom line "of it all" is the guide's practical
  value; "ye" is "you"; a superlative over a table whose kind of row the question names ("which route ... the most
  mature ...") is read whether or not its other words are characteristic of the guide; superior (or better than the
  others) in every respect wins every category; totally different science is different physics; what goes on
  between the layers goes on at the interfaces; "each" after kinds the question names in the plural ("the main
  types of solid electrolytes ... the weakness of each") is each of them, not the two rows the writer's story named.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.english import expand_shorthand, without_where_listed
from advisor.retrieval.message import points_at_statement, questions_in


@pytest.mark.parametrize("message", [
    "My kettle's thermostat clicks off at 96 degrees. Is that too hot?",
    "Our office printer jams every Monday morning. Is that normal?",
])
def test_that_pointing_at_a_sentence_off_the_subject_is_not_asked_alone(advisor: Advisor, message: str) -> None:
    assert not advisor.ask(message).found


def test_a_question_naming_its_own_thing_after_such_a_sentence_is_still_asked(advisor: Advisor) -> None:
    answer = advisor.ask("I have a call with three vendors tomorrow. What should I ask them?")
    assert answer.found
    assert "electrolyte family" in answer.text


@pytest.mark.parametrize(("question", "points"), [
    ("Is that too high?", True),
    ("that's normal?", True),
    ("Is that cell the safest one?", False),
    ("What should I ask them?", False),
])
def test_what_points_at_a_statement(question: str, points: bool) -> None:
    assert points_at_statement(question) is points


@pytest.mark.parametrize("question", [
    "What literature does the guide draw on?",
    "Which research papers does this guide draw upon?",
])
def test_what_a_guide_draws_on_is_what_it_cites(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert "Janek and Zeier" in answer.text


@pytest.mark.parametrize("question", [
    "ngl sulfide electrolytes sound OP, so what's the catch?",
    "lowkey sulfide electrolytes seem goated fr, what's the catch",
])
def test_chat_hedges_and_verdicts_ask_nothing(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert "Moisture sensitivity" in answer.text


def test_the_hedges_are_read_away() -> None:
    assert expand_shorthand(["ngl", "oxides", "sound", "mid"], frozenset()) == ["oxides", "sound"]


@pytest.mark.parametrize("question", [
    "Will the big battery outfits end up using the same cell design?",
    "will every solid-state company end up using the same design eventually?",
])
def test_companies_ending_up_with_one_design_converge(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert "converge" in answer.text


@pytest.mark.parametrize("question", [
    "Why do people say the problems in an all-solid cell are all tangled up?",
    "why are the layers' problems all tangled up together once every layer is solid",
])
def test_tangled_problems_are_coupled(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert "tightly coupled" in answer.text


def test_a_bare_pronoun_question_after_a_question_is_asked_of_what_it_named() -> None:
    asked = questions_in("Why is lithium metal such a prize for these cells? What does it really buy you?",
                         on_topic=lambda s: "lithium" in s.lower())
    assert any("lithium metal" in q and "buy you" in q for q in asked)


def test_a_pronoun_question_naming_its_own_things_stays_its_own() -> None:
    asked = questions_in("Do solid state cells mind the cold? How much range do they lose at -10 in January?",
                         on_topic=lambda s: "solid" in s.lower())
    assert "How much range do they lose at -10 in January?" in asked


def test_what_a_pronoun_stands_for_is_answered(advisor: Advisor) -> None:
    answer = advisor.ask("why do people call lithium metal the jackpot? what does it buy you")
    assert answer.entry_ids[:1] == ("lithium-metal-real-prize",)


def test_a_pronoun_question_asking_a_figure_the_guide_never_gives_is_declined(advisor: Advisor) -> None:
    answer = advisor.ask("do solid state batteries mind the cold?? how much range do they lose at -20 in winter")
    assert not answer.found


@pytest.mark.parametrize("question", [
    "Which shipping regulation applies to solid-state cells?",
    "What transport regulation covers moving these batteries?",
])
def test_a_scope_phrase_in_the_singular_names_its_topic(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert not answer.found
    assert "transporting batteries" in answer.text


@pytest.mark.parametrize("question", [
    "why are interfaces such a huge challenge in all-solid-state batteries",
])
def test_such_a_serious_problem_is_such_a_big_issue(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.entry_ids[:1] == ("faq-interfaces",)


def test_an_interface_problem_said_as_the_guide_says_it_still_answers(advisor: Advisor) -> None:
    assert advisor.ask("Why is the interface such a serious problem in a solid-state cell?").entry_ids[:1] == (
        "faq-interfaces",)


def test_a_row_set_against_the_subject_is_not_the_row_asked_about(advisor: Advisor) -> None:
    answer = advisor.ask("Is it true that a solid-state cell runs on a completely different electrochemistry "
                         "from lithium-ion cells?")
    assert answer.entry_ids[:1] != ("routes-compared",)
    assert "electrochemistry stays recognizable" in answer.text or "does not break battery physics" in answer.text


@pytest.mark.parametrize("question", [
    "Will full all-solid-state beat the rest in the end?",
    "Can full all-solid-state beat all the others in the end?",
])
def test_beating_everything_is_winning(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert "long game" in answer.text


# --- BH, read as the round's second development set ---------------------------------------------------------


def test_a_battery_being_drained_is_discharging(advisor: Advisor) -> None:
    answer = advisor.ask("when a cell is being drained, which way do the lithium ions head?")
    assert answer.found
    assert "back again during discharge" in answer.text


@pytest.mark.parametrize("question", [
    "Which electrolyte has high ionic conductivity?",
    "which electrolyte moves ions quickly and packs well?",
])
def test_which_kind_of_row_is_answered_by_the_row_its_content_picks(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.entry_ids[:1] == ("electrolyte-families/sulfides/why-like",)


def test_a_passage_about_a_row_of_that_kind_still_answers(advisor: Advisor) -> None:
    answer = advisor.ask("Which paper calls the electrolyte the heart of the whole concept?")
    assert "Famprikis" in answer.text


@pytest.mark.parametrize("question", [
    "How do red blood cells carry oxygen around the body?",
    "what does the cell membrane of an animal cell let through?",
])
def test_living_cells_are_not_battery_cells(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert not answer.found
    assert "cells of living things" in answer.text


def test_making_in_volume_is_mass_production(advisor: Advisor) -> None:
    answer = advisor.ask("Why is it that these batteries are so difficult to make in volume?")
    assert answer.entry_ids[:1] == ("faq-mass-production",)


@pytest.mark.parametrize("question", ["So what's the upshot of the guide for a buyer?",
                                      "What is the bottom line of the guide?"])
def test_the_bottom_line_of_the_guide_is_its_practical_value(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.entry_ids[:1] == ("buyer-academic-evidence",)


@pytest.mark.parametrize(("written", "read"), [
    ("what energy density does the pouch one you list have", "what energy density does the pouch one have"),
    ("the products the guide mentions are semi solid", "the products are semi solid"),
    ("which products do you list", "which products do you list"),
    ("what do you list", "what do you list"),
])
def test_a_clause_saying_who_lists_a_thing_is_where_it_is_found(written: str, read: str) -> None:
    assert " ".join(without_where_listed(written.split())) == read


def test_a_row_named_with_who_lists_it_is_answered_by_its_row(advisor: Advisor) -> None:
    advisor_turns = advisor.conversation()
    advisor_turns.ask("Tell me about the pouch cell you list.")
    answer = advisor_turns.ask("and the cylindrical one?")
    assert "300 Wh/kg" in answer.text


# --- BI, read as the round's third development set ----------------------------------------------------------


def test_regular_lithium_ion_is_the_conventional_row(advisor: Advisor) -> None:
    answer = advisor.ask("what usually goes wrong with regular lithium-ion cells?")
    assert answer.entry_ids[:1] == ("layers/failure-mode/conventional",)


def test_a_clause_framing_the_question_is_not_answered(advisor: Advisor) -> None:
    answer = advisor.ask("My choir keeps talking about electric cars before rehearsal, and someone says the next "
                         "ones get solid batteries. I don't need the chemistry degree version, but could you tell me "
                         "what actually carries the charge inside one of these batteries?")
    assert "lithium ions" in answer.text


def test_a_clause_that_asks_beside_another_still_counts(advisor: Advisor) -> None:
    answer = advisor.ask("In what respects are solid-state cells safer than liquid ones, and which hazards remain?")
    assert "flammable" in answer.text


def test_the_mixture_of_families_is_the_composites(advisor: Advisor) -> None:
    turns = advisor.conversation()
    turns.ask("What are sulfide electrolytes good for?")
    answer = turns.ask("and the mixture of the families?")
    assert answer.entry_ids[:1] == ("electrolyte-families/composites",)


def test_a_pointing_question_of_fourteen_words_borrows_the_sentence_before(advisor: Advisor) -> None:
    answer = advisor.ask("My quilting layers slip apart whenever the fabric bends. Is that a real problem in these "
                         "cells and how do they handle it?")
    assert answer.found
    assert answer.entry_ids[:1] != ("routes/conventional/reality",)
    assert "interface" in answer.text.lower() or "contact" in answer.text.lower()


@pytest.mark.parametrize("message", [
    "I've read several explainer websites. Which ones describe the basic idea the way you do?",
    "Our kitchen team reads lots of explainer articles. Which ones agree with the guide on the basics?",
])
def test_which_ones_points_at_the_things_named_before(advisor: Advisor, message: str) -> None:
    answer = advisor.ask(message)
    assert "Murata" in answer.text


# --- BJ, read as the round's fourth development set ---------------------------------------------------------


def test_ordinary_lithium_batteries_are_the_conventional_kind(advisor: Advisor) -> None:
    answer = advisor.ask("what's the real difference between solid-state and ordinary lithium batteries?")
    assert answer.entry_ids[:1] == ("layers",)


def test_coming_out_first_is_reaching_the_market_first(advisor: Advisor) -> None:
    answer = advisor.ask("which of semi-solid and all-solid-state is coming out first?")
    assert answer.entry_ids[:1] == ("semi-solid-earlier",)


def test_holes_in_the_lithium_are_voids(advisor: Advisor) -> None:
    answer = advisor.ask("does lithium leave holes behind when it goes back and forth?")
    assert "voids" in answer.text


def test_the_bottom_line_of_it_all_is_the_guides_practical_value(advisor: Advisor) -> None:
    assert advisor.ask("So what's the bottom line of it all for a buyer?").entry_ids[:1] == (
        "buyer-academic-evidence",)


def test_dialect_ye_is_you(advisor: Advisor) -> None:
    answer = advisor.ask("when ye charge it up, which end do the ions head for?")
    assert answer.found
    assert "During charging" in answer.text


def test_a_superlative_over_the_table_whose_rows_it_names_is_read(advisor: Advisor) -> None:
    answer = advisor.ask("Which route has the most mature manufacturing?")
    assert answer.text.startswith("**Conventional lithium-ion**")


def test_a_superlative_naming_no_table_is_still_not_read(advisor: Advisor) -> None:
    answer = advisor.ask("Which truck carries the most cargo?")
    assert not answer.found


@pytest.mark.parametrize("question", ["Are sulfide electrolytes superior in every way?",
                                      "are oxides better than the others in every respect?"])
def test_superior_in_every_respect_asks_whether_one_wins_every_category(advisor: Advisor, question: str) -> None:
    assert advisor.ask(question).entry_ids[:1] == ("no-single-family-wins",)


def test_different_science_is_different_physics(advisor: Advisor) -> None:
    answer = advisor.ask("do these cells work on totally different science from lithium-ion?")
    assert "does not break battery physics" in answer.text


def test_what_happens_between_the_layers_happens_at_the_interfaces(advisor: Advisor) -> None:
    answer = advisor.ask("so what's actually happening between the layers when a cell wears out?")
    assert "interface" in answer.text.lower()
    assert answer.entry_ids[:1] != ("layers",)


def test_each_of_the_kinds_a_question_names_is_every_row(advisor: Advisor) -> None:
    answer = advisor.ask("My uncle argued about oxide vs polymer for an hour at dinner. Could you list the main "
                         "types of solid electrolytes and the big weakness of each?")
    assert "sulfides" in answer.text.lower()


def test_these_two_still_points_at_the_rows_named_before(advisor: Advisor) -> None:
    answer = advisor.ask("My uncle argued about oxide vs polymer for an hour at dinner. What sets these two apart?")
    assert answer.text.startswith("**Oxides vs Polymers**")
