"""The pre-fill's readings broadened after the thirty-second blind set (session twenty-seven).

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that keeps the
old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "step", "expected"), [
    # Cells assembled by hand are one-off cells, as cells built or made by hand are ...
    ("Every cell is hand-assembled in our university workshop.", "manufacturability", "announcements-only"),
    ("Notes: the demonstrator cells are assembled by hand for each customer.", "manufacturability",
     "announcements-only"),
    ("Production: hand assembled in the lab, 20 cells a month", "manufacturability", "announcements-only"),
    # ... while cells assembled on a pilot line are its evidence.
    ("The cells are assembled on our pilot line with a yield of 91 %.", "manufacturability", "pilot-line"),
])
def test_cells_assembled_by_hand_are_one_off_cells(spec: ChecklistSpec, text: str, step: str,
                                                   expected: str | None) -> None:
    assert reading(spec, text, step) == expected
