"""The pre-fill's readings broadened after the thirty-third blind set (session twenty-seven, second helper).

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that keeps the
old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A vessel's trial at sea is its own test drive, a field test, in prose or a row's label ...
    ("The ferry ran sea trials over the summer with the packs on board; 300 cycles.", "format", "vehicle-test"),
    ("Evidence from sea-trials: 40 kWh bank, 250 cycles, no faults.", "format", "vehicle-test"),
    ("Boat trials on the lake, 90 cycles in two months.", "format", "vehicle-test"),
    # ... while a cell format with no trial stays the format.
    ("Cells: 60 Ah pouch, 500 cycles in the lab. The shipyard is on the coast.", "format", "pouch-prototype"),
])
def test_a_sea_trial_is_a_field_test(spec: ChecklistSpec, text: str, step: str, expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A capacity a row or a clause dates after cycling or a trial, given as a share, is the share left ...
    ("Cycled 300 times. Capacity after the trial: 96 % of nominal.", "after-cycles", "retention-only"),
    ("Capacity after 250 cycles: 93,5 %", "after-cycles", "retention-only"),
    ("Capacity check after the season = 97 % of rated; 180 cycles logged.", "after-cycles", "retention-only"),
    ("Capacity after 800 cycles: 90 %, DCIR +9 %", "after-cycles", "retention-and-resistance"),
    # ... while a count alone stays a headline, and a charge state is no share of capacity left.
    ("Cycle life: 2,000 cycles.", "after-cycles", "headline-only"),
    ("Capacity after charging: 80 % SOC", "after-cycles", None),
])
def test_a_capacity_share_dated_after_cycling_is_retention(spec: ChecklistSpec, text: str, step: str,
                                                           expected: str | None) -> None:
    assert reading(spec, text, step) == expected
