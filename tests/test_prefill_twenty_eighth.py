"""The pre-fill's readings broadened in session twenty-eight, after the thirty-third blind set's leftovers.

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that keeps the
old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A product that "ships" at a date ahead is on a timetable, not shipping ...
    ("Reserve your unit today. Ships Q2 2028.", "manufacturability", "announcements-only"),
    ("The TX-9 pack ships in October 2027 to the first customers.", "manufacturability", "announcements-only"),
    ("Pre-sale is open; we ship from H1 2028.", "manufacturability", "announcements-only"),
    # ... while shipping said without a date, or looked back on, is shipping.
    ("The TX-9 pack ships to fleet customers across Europe.", "manufacturability", "shipping"),
    ("The pack has shipped to fleet customers since 2023.", "manufacturability", "shipping"),
])
def test_shipping_at_a_date_ahead_is_a_timetable(spec: ChecklistSpec, text: str, step: str,
                                                 expected: str | None) -> None:
    assert reading(spec, text, step) == expected
