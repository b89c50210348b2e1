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
* storing batteries "over the winter" or "laid up" is battery care the guide does not cover.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.checklist.intent import is_checklist_request
from advisor.retrieval.message import asks_yes_or_no, without_device_typed_on


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
    answer = advisor.ask("semi-solid or all-solid, which one hits the mkt 1st??")
    assert answer.found
    assert "earlier" in answer.text


@pytest.mark.parametrize("question", [
    "Once the liquid is gone, what takes its place inside the cell?",
    "What has taken the place of the liquid electrolyte in a solid-state cell?",
])
def test_taking_the_place_of_is_replacing(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert "solid electrolyte" in answer.text and "replace" in answer.text


def test_attempting_is_trying(advisor: Advisor) -> None:
    answer = advisor.ask("What does a genuinely all-solid-state design attempt to do about the liquid electrolyte?")
    assert answer.found
    assert "replace" in answer.text


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
    answer = advisor.ask(question)
    assert answer.found
    assert expected in answer.text


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
