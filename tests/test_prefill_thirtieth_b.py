"""The pre-fill's readings broadened in session thirty, after the thirty-eighth blind set's misses.

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that keeps the
old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A refusal naming nothing itself whose object is a pronoun ("we do not reproduce them") declines what the
    # statement before it is about, the subject opening it, in the same sentence or the sentence before ...
    ("Test conditions follow our internal procedure; we do not reproduce them here.", "conditions", "not-disclosed"),
    ("The test conditions follow the customer's protocol. We do not disclose them.", "conditions", "not-disclosed"),
    ("Cycling temperature is set by the OEM's procedure AB-12, so we cannot share it.", "conditions",
     "not-disclosed"),
    ("Our stack pressure follows the client's specification. We are not able to publish it.", "pressure",
     "not-disclosed"),
    # ... while a statement giving a number states it, and a refusal naming its own subject declines that alone.
    ("The cells were cycled at 25 °C. We cannot share them.", "conditions", "room-temperature"),
    ("Test conditions follow our internal procedure; we do not disclose the anode.", "conditions", None),
])
def test_a_refusal_with_a_pronoun_declines_the_subject_before(spec: ChecklistSpec, text: str, step: str,
                                                              expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A run said of a machine making cells ("the formation ovens run at ...") is the machine working, not a test run:
    # its temperature is the process's ...
    ("The formation oven runs at 60 °C.", None),
    ("Plant safety: the drying ovens run at 90 °C; wear gloves.", None),
    ("Our sintering furnace ran at 1,100 °C all week.", None),
    # ... while a chamber or the cells running at a temperature are still a test's condition.
    ("The climate chamber ran at 45 °C for 500 cycles.", "elevated-temperature"),
    ("The cells ran 500 cycles at 45 °C.", "elevated-temperature"),
])
def test_a_making_machine_running_is_no_test_run(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "conditions") == expected
