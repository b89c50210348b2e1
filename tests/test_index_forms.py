"""A question's verb is matched in the forms the knowledge uses (advisor/retrieval/index.py: other_forms).

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize(("prepared", "forms"), [
    ("is the cell being charged", {"charge", "charging"}),
    ("once it discharged", {"discharge", "discharging"}),
])
def test_a_verb_is_matched_in_the_forms_the_knowledge_uses(advisor: Advisor, prepared: str, forms: set[str]) -> None:
    assert forms <= set(advisor.retriever.index_.other_forms(prepared))


@pytest.mark.parametrize("prepared", [
    "what does the separator do",  # words the knowledge uses as written
    "the bed",  # too short a root to be one ("b" + "ed")
])
def test_a_word_the_knowledge_uses_or_no_inflection_gives_no_other_form(advisor: Advisor, prepared: str) -> None:
    assert advisor.retriever.index_.other_forms(prepared) == []


def test_other_forms_weigh_in_the_fields_not_in_what_was_asked(advisor: Advisor) -> None:
    index = advisor.retriever.index_
    plain = index.vectorize("which electrode do ions go to while charging")
    inflected = index.vectorize("which electrode do ions go to while being charged")
    assert set(inflected.asked) < set(plain.asked)  # "charged" is not a word the question asked
    assert index.word_vocabulary_["charging"] in set(inflected.words[0])


def test_a_charging_question_in_another_verb_form_gets_the_direction(advisor: Advisor) -> None:
    answer = advisor.ask("Which electrode do ions head to while the cell is being charged?")
    assert answer.found
    assert "to the anode" in answer.text
