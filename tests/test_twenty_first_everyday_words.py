"""Everyday and textbook words of the twenty-first round (synonyms.yaml): "electronic conduction" is electrons
crossing (the adjective of electron, not electronics); "X loses me" / "lost me" says the writer does not follow
X, no loss of performance; making something "at scale" is making it in volume; people "hyped" about something
are excited about it; proof asked for is the guide's "evidence", and making "lots" of something is making it
in volume.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


def test_electronic_conduction_is_electrons_crossing(advisor: Advisor) -> None:
    answer = advisor.ask("is electronic conduction through the electrolyte a problem?")
    assert answer.found and "electrons" in answer.text


def test_a_topic_that_loses_the_writer_is_still_the_topic(advisor: Advisor) -> None:
    answer = advisor.ask("honestly the pressure stuff loses me, why do they squeeze them?")
    assert answer.found and "stack pressure" in answer.text


@pytest.mark.parametrize("question", ["biggest pain making these at scale?", "why cant they build these at scale yet"])
def test_at_scale_is_in_volume(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found and "mass-produce" in answer.text.lower()


def test_people_hyped_about_something_are_excited_about_it(advisor: Advisor) -> None:
    answer = advisor.ask("what has everyone hyped about lithium metal anodes?")
    assert answer.found and "graphite" in answer.text


def test_proof_of_making_lots_is_evidence_of_manufacturability(advisor: Advisor) -> None:
    answer = advisor.ask("what proof should a supplier give that they can make lots of these?")
    assert answer.found and "manufacturability" in answer.text


def test_making_lots_of_them_is_mass_production(advisor: Advisor) -> None:
    answer = advisor.ask("how do I know they can make lots of them and not just a few?")
    assert answer.found and answer.entry_ids[0] in {"faq-mass-production", "buyer-manufacturability"}
