"""Mechanisms of the twenty-fourth round, each a general way people write:

* "and the downside?" after an answer about one row asks that row's column of that name, not the previous
  question again about a thing called "the downside";
* "ought" and "shall" are modal verbs like "should": how, not what, is asked;
* "in your view" (opinion, judgement, experience) beside a question says how the answer is wanted;
* what to ask "a supplier" is what to ask, whatever the article before the person;
* "which carmaker / automaker / startup ...?" asks for a company's name like "which company ...?";
* what goes "round the outside" of a cell goes through its external circuit;
* a short question pointing back ("Could you check that for me?") stays short with why it is asked after it;
* a word asked about "as a term" is asked about alone: "term" meets the guide's "near term";
* a "why" question gets the passage giving the reason rather than an FAQ answering a yes/no question;
* who is spoken to ("mate", "bro") and a sign-off ("cheers") say nothing of what is asked;
* the everyday words of a fire, and what "limits" a thing, are the guide's "flammable" and "challenges";
* a clause pointing at a topic the guide does not cover ("is it easier?") does not make the sentence answerable;
* what a question asks of a product, even a word of the guide's subject ("what electrolyte"), is an attribute
  the product table lacks when the table never uses it;
* what "performs the function of" a thing acts as it; a normal phone battery, or one a cell is compared with,
  is today's lithium-ion battery, while "my phone battery" alone is still a device; boffins banging on are
  researchers talking, and lithium sneaking through penetrates;
* the product rows named as a family ("the AB cells") are asked about as a group, beyond the columns they have;
* an entry's own asking words ("questions to ask") alone do not make a question naming nothing of the
  guide's subject one about it;
* a battery being used up or run down is discharging;
* "how many years" asks for a span of time, which a year given as a date does not answer;
* the top dog, forcing a way through, cutting down, the boundaries between the layers, and plating and
  stripping as verbs read as the guide's words;
* "why not completely?" after an answer asks the previous topic again: an adverb the guide never uses is how;
* a short verdict tagged for confirmation ("Problem solved, right?") confirms the sentence before it.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.message import questions_in, without_advisor_view, without_why_asked


def _last(advisor: Advisor, *turns: str) -> tuple[str, ...]:
    conversation = advisor.conversation()
    answer = None
    for turn in turns:
        answer = conversation.ask(turn)
    assert answer is not None
    return answer.entry_ids


@pytest.mark.parametrize(("first", "then", "expected"), [
    ("Why do researchers like polymer electrolytes?", "and the weaknesses?", "electrolyte-families/polymers/drawbacks"),
    ("What goes wrong with oxide electrolytes?", "and the upsides?", "electrolyte-families/oxides/why-like"),
    ("Tell me about sulfide electrolytes.", "and the disadvantages?", "electrolyte-families/sulfides/drawbacks"),
])
def test_and_the_column_keeps_the_row(advisor: Advisor, first: str, then: str, expected: str) -> None:
    assert _last(advisor, first, then)[:1] == (expected,)


def test_and_another_row_still_switches_the_row(advisor: Advisor) -> None:
    assert _last(advisor, "What are the drawbacks of polymers?", "and for oxides?")[:1] \
        == ("electrolyte-families/oxides/drawbacks",)


def test_ought_is_how_a_question_is_asked(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("Which questions ought I to put to a cell vendor?")
    assert "ought" not in query.content
    answer = advisor.ask("Which questions ought I to put to a cell vendor?")
    assert answer.found


@pytest.mark.parametrize(("question", "expected"), [
    ("What, in your view, is the hardest part of oxides?", "What is the hardest part of oxides?"),
    ("In your opinion, which electrolyte family is most promising?", "which electrolyte family is most promising?"),
    ("Which route is closest to production, in your honest judgement?", "Which route is closest to production?"),
    ("What is your view of the guide's sources?", "What is your view of the guide's sources?"),
    ("What is the guide's main opinion?", "What is the guide's main opinion?"),
])
def test_the_advisors_view_is_not_what_is_asked(question: str, expected: str) -> None:
    assert without_advisor_view(question) == expected


def test_a_question_in_your_view_is_answered_as_the_question(advisor: Advisor) -> None:
    plain = advisor.ask("What usually goes wrong with polymer electrolytes?")
    hedged = advisor.ask("What, in your view, usually goes wrong with polymer electrolytes?")
    assert hedged.entry_ids[:1] == plain.entry_ids[:1]


@pytest.mark.parametrize("question", [
    "What should I ask a vendor so that I am not taken in?",
    "What should we ask an integrator before we sign the order?",
])
def test_what_to_ask_a_person_without_why(question: str) -> None:
    assert without_why_asked(question) == question.split(" so ")[0].split(" before ")[0] + "?"


def test_what_to_ask_a_vendor_without_why_gets_the_list(advisor: Advisor) -> None:
    answer = advisor.ask("What should we ask a vendor before we believe that their cell is really solid-state?")
    assert answer.found
    assert "electrolyte family" in answer.text


@pytest.mark.parametrize("question", [
    "Which carmakers use semi-solid pouch cells?",
    "What automakers are testing all-solid-state cells in vehicles?",
    "Which startups are behind the sulfide electrolyte work?",
])
def test_company_words_ask_for_names(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert not answer.found
    assert advisor.retriever.retrieve(question).reason == "not-given"
    assert "names no company" in answer.text


def test_round_the_outside_is_the_external_circuit(advisor: Advisor) -> None:
    answer = advisor.ask("When the ions cross the solid electrolyte, what travels round the outside?")
    assert answer.found
    assert "external circuit" in answer.text


def test_a_pointing_request_with_its_purpose_borrows_the_sentence_it_points_at(advisor: Advisor) -> None:
    message = ("I am making a poster for our school open day. It has to show which particles cross the solid "
               "electrolyte and which ones go round the outside. Could you check that for me so the pupils "
               "don't learn it wrong?")
    asked = questions_in(message, advisor.on_topic, advisor.names_subject)
    assert len(asked) == 1 and "go round the outside" in asked[0]
    answer = advisor.ask(message)
    assert answer.found
    assert "external circuit" in answer.text


@pytest.mark.parametrize("question", [
    "What does 'semi-solid' mean as a term?",
    "what does all-solid-state mean as a word?",
])
def test_a_word_asked_about_as_a_term_is_the_word_alone(advisor: Advisor, question: str) -> None:
    query = advisor.retriever.prepare(question)
    assert "term" not in query.content and "word" not in query.content
    assert advisor.ask(question).confidence == 1.0


def test_semi_solid_asked_as_a_term_gets_what_it_is(advisor: Advisor) -> None:
    answer = advisor.ask("What does 'semi-solid' mean as a term?")
    assert "gel" in answer.text


def test_a_request_for_these_figures_with_its_purpose_asks_for_the_figures_named_before(advisor: Advisor) -> None:
    # The price and warranty asked for are figures the guide never gives: declined, not the sulfides' row.
    answer = advisor.ask("Our board asked what a sulfide cell costs per kWh and how long its warranty usually runs. "
                         "Could you send me these figures so that I can finish the board paper today?")
    assert not answer.found


@pytest.mark.parametrize("question", [
    "Why do engineers want a lithium metal anode so badly?",
    "so why is a lithium metal anode worth all the trouble?",
])
def test_a_why_question_gets_the_reason_not_a_yes_no_verdict(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.entry_ids[:1] == ("lithium-metal-real-prize",)


def test_a_why_question_that_also_asks_the_yes_no_one_keeps_the_verdict(advisor: Advisor) -> None:
    # (The sentence as a whole; its clauses compete as any two clauses do.)
    retrieval = advisor.retriever.retrieve("Why are engineers so excited by lithium metal anodes, and do all "
                                           "solid-state cells use them?")
    assert retrieval.best is not None and retrieval.best.id == "faq-lithium-metal"


@pytest.mark.parametrize("question", [
    "bro do the solid ones still catch fire or nah",
    "dude are solid state batteries safer? cheers",
])
def test_who_is_spoken_to_is_not_what_is_asked(advisor: Advisor, question: str) -> None:
    query = advisor.retriever.prepare(question)
    assert not {"bro", "dude", "cheers", "nah"} & set(query.content)
    assert advisor.ask(question).entry_ids[:1] == ("faq-safety",)


@pytest.mark.parametrize("question", [
    "could a solid-state pack still end up ablaze?",
    "can the electrolyte ignite in a crash?",
])
def test_the_words_of_a_fire_are_what_flammable_warns_of(advisor: Advisor, question: str) -> None:
    assert "flammable" in advisor.retriever.prepare(question).prepared
    assert advisor.ask(question).found


def test_what_limits_a_thing_is_what_holds_it_back(advisor: Advisor) -> None:
    answer = advisor.ask("What limits all-solid-state cells, in a nutshell?")
    assert answer.entry_ids[:1] == ("routes/all-solid-state/reality",)


def test_a_clause_pointing_at_an_uncovered_topic_does_not_answer_the_sentence(advisor: Advisor) -> None:
    answer = advisor.ask("How do recyclers handle solid-state batteries, and is it easier than with ordinary "
                         "lithium-ion ones?")
    assert not answer.found


def test_a_clause_of_its_own_beside_an_uncovered_topic_is_still_answered(advisor: Advisor) -> None:
    answer = advisor.ask("How are solid-state packs recycled, and why are sulfides sensitive to moisture?")
    assert answer.found


@pytest.mark.parametrize("question", [
    "what electrolyte does the AB-21700 use?",
    "What electrolyte is inside the AB-100AH?",
])
def test_a_subject_word_asked_of_a_product_is_an_attribute_it_lacks(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert not answer.found
    assert "series, cell type, energy density and nominal voltage" in answer.text


def test_a_column_asked_of_a_product_is_still_answered(advisor: Advisor) -> None:
    assert advisor.ask("what cell type is the AB-21700?").found


def test_what_performs_the_function_of_a_thing_acts_as_it(advisor: Advisor) -> None:
    assert "act as the separator" in advisor.retriever.prepare("Does the electrolyte perform the function of the "
                                                               "separator?").prepared
    answer = advisor.ask("Does the solid electrolyte perform the function of the separator as well?")
    assert answer.entry_ids[:1] == ("faq-separator",)


@pytest.mark.parametrize("question", [
    "How is the separator of an ordinary laptop battery different from the solid-state one?",
    "Would a solid-state cell be less flammable than a phone battery?",
])
def test_a_normal_phone_battery_as_a_reference_is_todays_lithium_ion(advisor: Advisor, question: str) -> None:
    assert advisor.ask(question).found


@pytest.mark.parametrize("question", [
    "how can I make my phone battery last longer?",
    "will my laptop battery be solid-state next year?",
])
def test_a_phone_battery_of_ones_own_is_still_a_device(advisor: Advisor, question: str) -> None:
    assert not advisor.ask(question).found


@pytest.mark.parametrize(("question", "reading"), [
    ("why do the boffins keep banging on about interfaces?", "researchers keep talking about interfaces"),
    ("can lithium creep through the electrolyte?", "penetrate"),
])
def test_everyday_idioms_read_as_the_guides_words(advisor: Advisor, question: str, reading: str) -> None:
    assert reading in advisor.retriever.prepare(question).prepared


@pytest.mark.parametrize("question", [
    "What kind of anode is in the AB cells?",
    "Which electrolyte family - oxide or sulfide - is in the AB semi-solid cells?",
])
def test_what_the_product_family_is_asked_for_beyond_its_columns_is_declined(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert not answer.found
    assert "series, cell type, energy density and nominal voltage" in answer.text


def test_a_column_asked_of_the_product_family_is_answered(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("what energy density do the AB cells have?")
    assert query.families == ("products",)
    assert advisor.ask("what energy density do the AB cells have?").found
    assert advisor.retriever.prepare("what is the AB-50AH's voltage?").families == ()


def test_the_entrys_own_asking_words_alone_do_not_bring_a_question_on_subject(advisor: Advisor) -> None:
    # "questions to ask" is how the supplier list is asked for; here it is asked of a job interview.
    assert not advisor.ask("What questions are good to ask at a planning committee hearing?").found
    assert advisor.ask("What questions are wise to ask a cell supplier?").found


def test_a_battery_being_used_up_is_discharging(advisor: Advisor) -> None:
    assert "discharging" in advisor.retriever.prepare("my torch battery is being used up").prepared


def test_a_question_about_discharge_gets_the_passage_that_says_where_the_ions_go(advisor: Advisor) -> None:
    answer = advisor.ask("During discharge, which electrode do the ions go to?")
    assert "back to the cathode" in answer.text


def test_how_many_years_asks_for_a_span_a_date_does_not_give(advisor: Advisor) -> None:
    answer = advisor.ask("How many years does a solid-state pack keep working?")
    assert not answer.found
    assert advisor.ask("In which year was the Kalnaus review published?").found


@pytest.mark.parametrize(("question", "reading"), [
    ("is lithium-ion still top dog?", "dominant"),
    ("could lithium force its way through the separator?", "penetrat"),
    ("what risk does a solid electrolyte cut down?", "reduce"),
    ("why are the boundaries between the layers so hard?", "interfaces"),
    ("what happens as the lithium plates and strips?", "plating and stripping"),
])
def test_more_everyday_phrases_read_as_the_guides_words(advisor: Advisor, question: str, reading: str) -> None:
    assert reading in advisor.retriever.prepare(question).prepared


def test_why_not_with_an_adverb_asks_the_previous_topic_again(advisor: Advisor) -> None:
    assert _last(advisor, "Are solid-state batteries safer than lithium-ion?", "Why not entirely, though?")[:1] \
        == ("faq-safety",)


def test_a_misspelt_word_still_names_what_the_why_question_asks_about(advisor: Advisor) -> None:
    assert advisor.ask("why do people say a lithum metal anode is the goal?").entry_ids[:1] \
        == ("lithium-metal-real-prize",)


def test_a_verdict_tagged_for_confirmation_confirms_the_sentence_before_it(advisor: Advisor) -> None:
    message = "I read that solid cells can never catch fire. Sorted then, right?"
    asked = questions_in(message, advisor.on_topic, advisor.names_subject)
    assert asked == ["I read that solid cells can never catch fire. Sorted then, right?"]
    assert advisor.ask(message).entry_ids[:1] == ("faq-safety",)
