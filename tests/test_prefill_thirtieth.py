"""The pre-fill's readings broadened in session thirty, after the thirty-seventh and thirty-sixth blind sets' misses.

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that keeps the
old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "expected"), [
    # A capacity given as a share right after the cycle count it was measured at, or as a share of its value at the
    # start, is retention; a resistance given as a signed share grew by it ...
    ("Endurance run, after 2,000 cycles: capacity 87 %; DCIR +15 % vs. initial.", "retention-and-resistance"),
    ("Module report\nOutcome after 800 cycles:\n* Module capacity: 93 % of the initial value\n"
     "* DC resistance: +4 % versus acceptance test", "retention-and-resistance"),
    ("After 600 full cycles, discharge capacity 91,2 %.", "retention-only"),
    ("Cells passed 1.200 cycles. Capacity 89 % vs. beginning of life.", "retention-only"),
    # ... while a resistance given at the start alone, or a cycle count alone, keeps the old readings.
    ("After 700 cycles the capacity was 90 %. Internal resistance (initial): 1.1 mOhm.", "retention-only"),
    ("Cycle life: 1,500 cycles at 25 °C.", "headline-only"),
])
def test_capacity_and_resistance_given_after_the_count(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected
