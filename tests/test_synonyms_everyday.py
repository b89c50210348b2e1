"""Everyday words for the guide's: making something in volume asked in phrasal verbs ("churn them out", "crank
these out", "pumping them out", "knock them out"), with the object between verb and particle or after, is
asked about mass production; flames ("go up in flames") are flammability.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize("question", [
    "Why is nobody pumping these out yet?",
    "What stops manufacturers from cranking them out by the thousand?",
    "why can't the big players churn out solid-state cells already",
    "why can't factories knock these out by the thousand?",
])
def test_phrasal_verbs_of_volume_production_ask_about_mass_production(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert answer.sources[0].id in {"faq-mass-production", "buyer-manufacturability"}


def test_the_phrasal_verb_is_read_as_mass_production(advisor: Advisor) -> None:
    assert "mass produce" in advisor.retriever.prepare("could they churn them out").prepared


@pytest.mark.parametrize("question", [
    "Could a solid-state pack in my van burst out in flames?",
    "do these things ever go up in flames",
])
def test_flames_ask_about_flammability(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert answer.sources[0].id == "faq-safety"


@pytest.mark.parametrize("question", [
    "so why can't the factories make heaps of these for everyone??",
    "whats the holdup with solid state cells in factories",
    "y cant they jus make tons of em",
])
def test_everyday_words_for_volume_and_delay_ask_about_mass_production(advisor: Advisor, question: str) -> None:
    """"make heaps / loads / tons of them" is making in volume; "the holdup" is "the hold up" (the words
    apart are ordinary English; together no word the guide uses); "jus" and "em" are chat shorthand."""
    answer = advisor.ask(question)
    assert answer.found
    assert answer.sources[0].id in {"faq-mass-production", "buyer-manufacturability"}


def test_what_can_still_go_wrong_after_an_answer_on_safety_asks_for_the_failure_modes(advisor: Advisor) -> None:
    """"still go wrong" is a failure (synonyms.yaml): the follow-up reaches the layer table's "Failure mode" row,
    whose solid-state cell names what the safety answer said can still happen."""
    conversation = advisor.conversation()
    conversation.ask("Is a solid-state pack safer than a lithium-ion one?")
    answer = conversation.ask("ok so what can still go wrong in them?")
    assert answer.entry_ids[0].startswith("layers/failure-mode")
    assert "lithium penetration" in answer.text
