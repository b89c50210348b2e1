"""The pre-fill's readings broadened after the twentieth blind set (twenty-first session).

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that
keeps the old reading beside them.
"""

from __future__ import annotations

import pytest

from advisor.checklist.prefill import prefill
from advisor.checklist.spec import ChecklistSpec


def reading(spec: ChecklistSpec, text: str, step_id: str) -> str | None:
    claim = prefill(spec, text).claim(step_id)
    return claim.option_id if claim else None


@pytest.mark.parametrize(("text", "expected"), [
    # A phrase whose words are close as a whole but one of which is another word is no wording of an option:
    # "figure" is no "fixture" ...
    ("Please send us the pressure figure.", None),
    ("We still need the pressure figures from the lab.", None),
    # ... while a typo of the same words still reads ("fixure" for "fixture").
    ("Cells were cycled in a pressure fixure.", "external-pressure"),
])
def test_a_word_of_a_phrase_must_itself_be_close(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "pressure") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The full stop of a title ("Dr.", "Prof.") ends no sentence: a topic fronted before it is what the sentence
    # goes on to decline ...
    ("On stack pressure, Dr. Moreau declined to give a number.", "not-disclosed"),
    ("Regarding the anode, Prof. Ito would not comment.", "not-disclosed"),
    # ... and a fronted "On X," or "About X," is a topic like "As for X" ...
    ("About the electrolyte family, we cannot say more at this stage.", "not-disclosed"),
    # ... while a refusal of something else leaves what the sentence states.
    ("On the 2 MPa fixture, Dr. Moreau declined to give the supplier's name.", "external-pressure"),
])
def test_a_fronted_topic_over_a_title_is_what_is_declined(spec: ChecklistSpec, text: str, expected: str) -> None:
    step = {"On": "pressure", "Re": "anode", "Ab": "electrolyte"}[text[:2]]
    assert reading(spec, text, step) == expected
