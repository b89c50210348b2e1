"""The pre-fill's readings broadened after the twenty-seventh blind set (the second helper of session twenty-four).

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that
keeps the old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "expected"), [
    # Whoever would have measured resistance saying they did not denies it, whatever else the text names ...
    ("After 300 cycles the capacity was 91 % of the start value. We did not measure internal resistance. A teardown "
     "of one cell found a dry separator.", "retention-only"),
    ("The modules kept 88 % capacity over 600 cycles; the lab hasn't tested impedance. Post mortem pending.",
     "retention-only"),
    # ... and a measure of resistance growth reported still counts.
    ("The modules kept 88 % capacity over 600 cycles, and DCIR grew by 9 % after cycling.",
     "retention-and-resistance"),
])
def test_a_measure_the_tester_says_was_not_taken_is_denied(spec: ChecklistSpec, text: str,
                                                           expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A resistance measure put off to a later period reports nothing yet ...
    ("Pouch cells kept 87 % capacity after 400 cycles. EIS over cycling was postponed to the next quarter.",
     "retention-only"),
    ("Retention after 250 cycles: 90 %. Impedance tracking moved to phase 2 because the rig broke.",
     "retention-only"),
    ("Capacity retention 84 % after 500 cycles; DCIR growth measurement deferred.", "retention-only"),
    # ... while one taken and reported stays.
    ("Capacity retention 84 % after 500 cycles; impedance rose by 12 % over the test.", "retention-and-resistance"),
])
def test_a_resistance_measure_put_off_reports_nothing(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected
