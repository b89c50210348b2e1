"""Mechanisms of the twenty-fifth round, each a general way people write:

* how a battery "makes power" or "produces electricity" is how it works;
* "mkt" is texted for market, "1st" and "2nd" for first and second;
* what "takes the place of" a thing replaces it, and what a design "attempts" to do it tries to do;
* "what does X do?" about one layer or route asks for its role in words, not its row of a table; "what does X
  do well?" still asks for the row;
* what a design's "settings" are is its design variables;
* fighting a battery fire, storing batteries between uses (charge level, winter storage), a battery's cost per kWh,
  and cameras or torches are topics the guide does not cover;
* a question texted after a clause ("..., wot format were those cells?") asks the guide: it does not start the
  supplier checklist;
* a condition set before a yes/no question ("If a cell is solid, does that mean ...?") leaves it a yes/no question;
* the device a message is typed on ("quick q from my phone") is how it is sent, not what it asks about;
* "why's" asks why, as "why" does;
* what "comes out on top" wins; a cell's "two ends" are its electrodes; "battery science" is battery physics;
  a product not "in shops" yet is not in high-volume supply;
* storing batteries "over the winter" or "laid up" is battery care the guide does not cover;
* more chat shorthand ("summat", "every1", "cos", "y/n"), "oxyde" for oxide, and "what's the crack with X?" asking
  about X (not about cracks);
* a topic named on its own ("Oxide electrolytes.") is what the bare question after it asks about; "thats" points
  back as "that's" does;
* a product not yet "in every van" is not in high-volume supply; the "practical point" is the practical value;
* where raw materials are mined, batteries in medical devices, and energy per litre are not covered (a mining
  company as the writer's setting still asks about the cells); a topic "set aside" a few words later is set aside;
* "most of the ..." says how much, not which row is most; "in thousands of cycles" asks for a figure;
* a why-question that also asks the yes/no one keeps the verdict whichever rule would have given the reason;
* what to ask a person, named nothing of the subject, is as short without when it is asked ("before I part with
  any money"), and borrows the sentence before it; a big "cycle number" is the headline cycle count;
* a "hot take" is an opinion, a "practical payoff" the practical value, problems "tied together" coupled;
  transport rules and certifications (UN38.3) are not covered;
* "ok n ..." (chat shorthand) opens a follow-up as "and ..." does;
* a condition before a wh-question ("If ions cross the middle layer, where do electrons go?") is what the writer
  takes as given: the question proper is asked, unless it names only an aspect ("what's the catch?") or asks what
  to ask, which the condition says about;
* a passage quoted word for word is answered from a runner-up scoring half the best (``quoted_entry_share`` 0.5);
* how a battery stores and releases its energy is how it works; cells rolling off the production lines are in
  high-volume supply; designs ending up as one converge; the most important point is the main opinion; tyres are
  the vehicle's, not the battery's;
* "why does X beat Y?" asks the reason, not which row wins;
* what goes wrong "as it charges and discharges (over and over)" goes wrong during cycling, not how charging works;
* what one "should be asking" is what one should ask;
* a battery running or powering something is discharging; the stuff between a cell's two electrodes is its
  separator; designs settling on the same design converge; current not spread evenly concentrates; where two
  layers (or the electrolyte and an electrode) meet is their interface; lithium getting through a solid layer
  penetrates it; a huge cycle count or "the big number" is the headline cycle count;
* a question that borrowed a sentence lending nothing of the subject is asked alone.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.checklist.intent import is_checklist_request
from advisor.conversation import is_follow_up
from advisor.retrieval.english import expand_shorthand
from advisor.retrieval.message import (
    asks_what_to_ask,
    asks_yes_or_no,
    questions_in,
    starts_with_condition,
    without_device_typed_on,
    without_why_asked,
)


def _answers_with(advisor: Advisor, question: str, expected: str) -> None:
    """The guide covers ``question`` and its answer says ``expected`` (in any case: a table cell opens with a
    capital, "Moisture sensitivity ...", prose does not)."""
    answer = advisor.ask(question)
    assert answer.found, question
    assert expected.lower() in answer.text.lower(), answer.text

@pytest.mark.parametrize("question", [
    "how does one of these solid batteries actually make electricity?",
    "So how do solid-state cells produce power at all?",
    "explain how a solid state cell generates electricity, simply please",
])
def test_making_power_is_how_it_works(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert "lithium ions" in answer.text and "solid electrolyte" in answer.text


def test_market_and_first_as_texted(advisor: Advisor) -> None:
    _answers_with(advisor, "semi-solid or all-solid, which one hits the mkt 1st??", "earlier")


@pytest.mark.parametrize("question", [
    "Once the liquid is gone, what takes its place inside the cell?",
    "What has taken the place of the liquid electrolyte in a solid-state cell?",
])
def test_taking_the_place_of_is_replacing(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert "solid electrolyte" in answer.text and "replace" in answer.text


def test_attempting_is_trying(advisor: Advisor) -> None:
    _answers_with(advisor, "What does a genuinely all-solid-state design attempt to do about the liquid electrolyte?",
                  "replace")


@pytest.mark.parametrize("question", [
    "what does a separator actually do?",
    "whats the separator do",
])
def test_what_a_layer_does_is_its_role_in_words(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.entry_ids[:1] == ("faq-separator",)
    assert "apart" in answer.text


def test_what_a_row_does_well_still_asks_for_the_row(advisor: Advisor) -> None:
    answer = advisor.ask("What does the polymer family do well?")
    assert answer.entry_ids[:1] == ("electrolyte-families/polymers",)


def test_a_designs_settings_are_its_design_variables(advisor: Advisor) -> None:
    answer = advisor.ask("Which settings can a cell designer tune?")
    assert answer.found
    assert "design variables" in answer.text


@pytest.mark.parametrize("question", [
    "How do firefighters put out a burning battery pack?",
    "Is a fire blanket enough for an e-scooter battery fire?",
    "What state of charge is best for long-term storage of lithium batteries?",
    "Should I keep spare batteries in storage over winter?",
    "What will a solid-state pack cost per kWh in 2030?",
    "Do solid state batteries work in cameras?",
])
def test_topics_the_guide_does_not_cover(advisor: Advisor, question: str) -> None:
    assert not advisor.ask(question).found


@pytest.mark.parametrize("question", [
    "are solid state batteries less likely to catch fire?",
    "Why is a solid electrolyte safer than a flammable liquid?",
    "Why is conventional lithium-ion cheaper to make today?",
])
def test_the_guides_own_fire_and_cost_questions_are_still_answered(advisor: Advisor, question: str) -> None:
    assert advisor.ask(question).found


@pytest.mark.parametrize("text", [
    "vendor brags about test data, wot format were those cells",
    "my supplier keeps testing at 60C, wat does that mean for the results",
])
def test_a_texted_question_after_a_clause_asks_the_guide(text: str) -> None:
    assert not is_checklist_request(text)


def test_a_request_to_vet_a_supplier_still_starts_the_checklist() -> None:
    assert is_checklist_request("help me vet a supplier")
    assert is_checklist_request("I want to evaluate a vendor's datasheet")


@pytest.mark.parametrize(("question", "expected"), [
    ("If a cell is solid, does that mean it can't burn?", True),
    ("Once the electrolyte is solid, is a separator still needed?", True),
    ("Assuming the pressure is high, will contact hold?", True),
    ("If a cell is solid, why is contact harder?", False),
    ("If you had to pick one family, which would it be?", False),
])
def test_a_condition_before_a_question_leaves_it_yes_or_no(question: str, expected: bool) -> None:
    assert asks_yes_or_no(question) is expected


def test_a_conditional_yes_no_question_gets_the_verdict(advisor: Advisor) -> None:
    answer = advisor.ask("If a cell uses a solid electrolyte, does it then also have a lithium metal anode?")
    assert answer.entry_ids[:1] == ("faq-lithium-metal",)


@pytest.mark.parametrize(("question", "expected"), [
    ("quick q from my phone - are sulfides fragile?", "quick q - are sulfides fragile?"),
    ("Typing this on my mobile, so what do oxides do well?", "so what do oxides do well?"),
    ("Will solid-state cells end up in my phone?", "Will solid-state cells end up in my phone?"),
])
def test_the_device_typed_on_is_how_it_is_sent(question: str, expected: str) -> None:
    assert without_device_typed_on(question) == expected


def test_a_question_typed_from_a_phone_asking_whys_gets_the_reason(advisor: Advisor) -> None:
    # ("why's" asks why: the reason, not the yes/no FAQ on lithium metal or the buyer's question about it.)
    answer = advisor.conversation().ask("asking from my phone on the train - lithium metal anode, why's it wanted "
                                        "so badly??")
    assert answer.found
    assert answer.entry_ids[:1] == ("lithium-metal-real-prize",)


@pytest.mark.parametrize(("question", "expected"), [
    ("how are the two ends kept apart with no liquid in there?", "apart"),
    ("Is solid-state a whole new battery science?", "does not break battery physics"),
    ("why aren't solid-state cells in the shops yet?", "yield"),
])
def test_everyday_words_for_the_guides_terms(advisor: Advisor, question: str, expected: str) -> None:
    _answers_with(advisor, question, expected)


def test_which_comes_out_on_top_after_a_study_asks_which_family_wins(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    conversation.ask("What do Famprikis and colleagues say about electrolytes?")
    answer = conversation.ask("so which one comes out on top then?")
    assert "no single family wins" in answer.text


@pytest.mark.parametrize("question", [
    "How should I keep my e-bike battery over the winter?",
    "What is the right way to look after batteries in storage over the winter?",
])
def test_keeping_batteries_between_uses_is_not_covered(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert not answer.found
    # (The topic's own message: what the guide is about instead.)
    assert "battery care" in answer.text


@pytest.mark.parametrize(("words", "expected"), [
    ("summat", "something"), ("every1", "everyone"), ("cos", "because"), ("y n", "yes or no"),
])
def test_more_chat_shorthand(words: str, expected: str) -> None:
    assert expand_shorthand(words.split(), frozenset()) == expected.split()


@pytest.mark.parametrize(("question", "expected"), [
    ("do the solid ones need summat squeezing them together?", "stack pressure"),
    ("is it hard cos sulfides hate moisture?", "moisture"),
    ("oxides - what's the crack with them?", "Rigid contact"),
    ("why isn't there a solid-state pack in every van yet?", "yield"),
])
def test_informal_words_read_as_meant(advisor: Advisor, question: str, expected: str) -> None:
    _answers_with(advisor, question, expected)


def test_a_topic_named_on_its_own_is_what_the_bare_question_asks_about(advisor: Advisor) -> None:
    answer = advisor.ask("Oxide electrolytes. Easy to scale?")
    assert answer.entry_ids[:1] == ("electrolyte-families/oxides/commercial",)


def test_thats_points_back_at_what_was_said(advisor: Advisor) -> None:
    answer = advisor.ask("A salesman said the solid electrolyte alone is why the range is better. "
                         "thats the full story?")
    assert answer.found
    assert "lithium metal" in answer.text


@pytest.mark.parametrize(("question", "message"), [
    ("Which countries is most lithium mined in?", "mined"),
    ("Would a hearing aid use a solid-state cell?", "devices"),
    ("What is the AB-50AH's energy per litre?", "related (semi-solid) products"),
])
def test_more_topics_the_guide_does_not_cover(advisor: Advisor, question: str, message: str) -> None:
    answer = advisor.ask(question)
    assert not answer.found
    assert message in answer.text


@pytest.mark.parametrize("question", [
    "I work at a mining firm; how do sulfide electrolytes differ from oxides?",
    "Setting the whole recycling question aside, why does stack pressure matter?",
])
def test_a_topic_in_the_setting_or_set_aside_does_not_decline(advisor: Advisor, question: str) -> None:
    assert advisor.ask(question).found


def test_most_of_says_how_much_not_which_row(advisor: Advisor) -> None:
    answer = advisor.ask("Which layer gives most of the energy-density advantage?")
    assert "lithium metal" in answer.text
    assert answer.entry_ids[:1] != ("products",)


def test_in_thousands_of_cycles_asks_for_a_figure(advisor: Advisor) -> None:
    answer = advisor.ask("What's the cycle life of a sulfide cell in thousands of cycles?")
    assert not answer.found
    assert "gives no figure" in answer.text


def test_what_to_ask_a_person_before_paying_borrows_the_sentence_naming_the_subject(advisor: Advisor) -> None:
    message = ("Our club treasurer runs the boat store. A chap there is flogging a solid-state pack and says that "
               "is all anyone needs to know. I don't trust salesmen. What should I really be asking him before I "
               "hand over any money?")
    asked = questions_in(message, advisor.on_topic, advisor.names_subject)
    assert len(asked) == 1 and "solid-state pack" in asked[0]


def test_what_to_ask_a_person_that_names_the_subject_keeps_its_own_words(advisor: Advisor) -> None:
    message = ("I run a depot. A rep visited last week and kept saying his packs are solid-state. What should I "
               "actually ask him before I treat his solid-state claim as commercial fact?")
    asked = questions_in(message, advisor.on_topic, advisor.names_subject)
    assert asked == ["What should I actually ask him before I treat his solid-state claim as commercial fact?"]


def test_what_to_ask_after_a_sentence_of_context_is_without_when_it_is_asked() -> None:
    assert without_why_asked("A rep pushes a solid-state pack. What should I ask him before I order?") \
        == "A rep pushes a solid-state pack. What should I ask him?"


def test_a_big_cycle_number_is_the_headline_cycle_count(advisor: Advisor) -> None:
    answer = advisor.ask("why check what was measured after the big cycle number a maker advertises?")
    assert answer.found
    assert "headline cycle count" in answer.text


@pytest.mark.parametrize(("question", "expected"), [
    ("What's the practical payoff of knowing how a solid-state cell works?", "practical value"),
    ("Which problems end up tied together once every layer is solid?", "tightly coupled"),
])
def test_idioms_read_as_the_guides_words(advisor: Advisor, question: str, expected: str) -> None:
    _answers_with(advisor, question, expected)


def test_a_hot_take_is_an_opinion(advisor: Advisor) -> None:
    assert advisor.ask("what's the guide's hot take on pressure?").found


def test_certification_is_not_covered(advisor: Advisor) -> None:
    answer = advisor.ask("Do lithium cells need UN38.3 certification?")
    assert not answer.found
    assert "certification" in answer.text


@pytest.mark.parametrize("question", ["ok n whats the downside", "k n what about oxides?"])
def test_texted_and_opens_a_follow_up(question: str) -> None:
    assert is_follow_up(question)


def test_texted_and_the_downside_keeps_the_row(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    conversation.ask("what do polymers do well")
    answer = conversation.ask("k n whats the downside")
    assert answer.entry_ids[:1] == ("electrolyte-families/polymers/drawbacks",)


@pytest.mark.parametrize(("text", "expected"), [
    ("If a cell is solid", True), ("Once the layers are solid", True), ("Assuming ions move", True),
    ("Ions move", False), ("Whatever happens", False),
])
def test_a_condition_opens_the_text(text: str, expected: bool) -> None:
    assert starts_with_condition(text) is expected


@pytest.mark.parametrize(("question", "expected"), [
    ("what follow-up should I put to them?", True), ("What should I check with the supplier?", True),
    ("where do electrons go?", False),
])
def test_what_to_ask_is_recognised(question: str, expected: bool) -> None:
    assert asks_what_to_ask(question) is expected


def test_a_condition_before_a_question_is_what_the_writer_takes_as_given(advisor: Advisor) -> None:
    answer = advisor.ask("Assuming ions move through the solid layer in the middle, where do electrons go?")
    assert answer.entry_ids[:1] == ("ion-electron-separator-paths",)


@pytest.mark.parametrize(("question", "expected"), [
    # (The condition names what is asked about: the question proper alone names only an aspect, or what to ask.)
    ("If soft layers give better contact, what's the downside?", "sacrifice other properties"),
    ("If a cell relies on lithium metal, what follow-up should I put to the supplier?", "protection concept"),
])
def test_a_condition_naming_what_is_asked_about_stays(advisor: Advisor, question: str, expected: str) -> None:
    assert expected in advisor.ask(question).text


def test_a_quoted_passage_wins_at_half_the_best_score(advisor: Advisor) -> None:
    answer = advisor.ask("Instead of simply 'is it solid-state?', what should a buyer say?")
    assert answer.entry_ids[:1] == ("buyer-better-question",)


@pytest.mark.parametrize(("question", "expected"), [
    ("how does a solid state battery store and release its energy?", "lithium ions"),
    ("Are solid-state cells rolling off the production lines yet?", "not just making ions move"),
    ("Will every solid-state design end up as one?", "converge"),
    ("what's the most important point the guide makes?", "the interface is the battery"),
])
def test_more_everyday_words_for_the_guides_terms(advisor: Advisor, question: str, expected: str) -> None:
    _answers_with(advisor, question, expected)


def test_tyres_are_not_the_batterys(advisor: Advisor) -> None:
    assert not advisor.ask("how often should I check tyre pressure on an electric car?").found


def test_why_one_beats_another_asks_the_reason_not_which_wins(advisor: Advisor) -> None:
    answer = advisor.ask("so why do composites beat single families on flexibility?")
    assert answer.entry_ids[:1] == ("electrolyte-families/composites/why-like",)


def test_charging_and_discharging_over_and_over_is_cycling(advisor: Advisor) -> None:
    answer = advisor.ask("What goes wrong with the lithium as the battery charges and discharges over and over?")
    assert answer.entry_ids[:1] != ("faq-simple-terms",)
    assert "cycling" in answer.text


def test_what_one_should_be_asking_is_what_to_ask(advisor: Advisor) -> None:
    answer = advisor.ask("Two firms quoted us solid-state packs for the shop. What should I really be asking them?")
    assert answer.entry_ids[:1] in {("buyer-better-question",), ("buyer-ask-list",)}


@pytest.mark.parametrize(("question", "expected"), [
    ("when my torch is running something, which way do the ions go?", "discharge"),
    ("what's the thing between the two electrodes made of in a normal cell?", "Porous film"),
    ("will the industry settle on the same design for every cell?", "converge"),
    ("what if the current isn't spread evenly?", "concentrate current"),
    ("what happens chemically where the electrolyte meets the anode over time?", "interface"),
    ("so can the lithium get through a ceramic electrolyte in the end?", "lithium penetration"),
])
def test_everyday_pictures_of_the_guides_terms(advisor: Advisor, question: str, expected: str) -> None:
    _answers_with(advisor, question, expected)


def test_what_matters_beyond_the_big_number_is_what_was_measured_after_it(advisor: Advisor) -> None:
    answer = advisor.ask("A brochure quotes a huge cycle count. What matters beyond the big number?")
    assert answer.entry_ids[:1] == ("buyer-validation-conditions",)


def test_a_question_that_borrowed_a_sentence_lending_nothing_is_asked_alone(advisor: Advisor) -> None:
    # ("dont want to look daft on friday" names nothing of the subject: the questions to ask are the list.)
    answer = advisor.ask("two firms pitched solid state packs to us. my boss said not to sign till I know what to "
                         "ask. dont want to look daft on friday. so what questions should I be asking them?")
    assert answer.entry_ids[:1] == ("buyer-ask-list",)
