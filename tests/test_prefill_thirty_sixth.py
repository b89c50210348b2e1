"""The pre-fill's readings broadened in session thirty-six, after the forty-fourth blind set's misses.

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that keeps the
old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "expected"), [
    # Two families joined by "in" into one compound name, nothing between them, name one material holding the first
    # inside the second: a mixture, as the checklist's own "ceramic in polymer" is ...
    ("Separator: a 30 µm garnet-in-PVDF film, cast on the cathode.", "composite"),
    ("The cells use our argyrodite-in-PEO membrane.", "composite"),
    ("Electrolyte: LLZTO in PEO, 50 µm.", "composite"),
    # ... while a family named before words that put it in a place stays that family (no share says it is mixed),
    # and a comma parts the words of a compound.
    ("Electrolyte: garnet particles in a PEO electrolyte.", "oxide"),
    ("We tried sulfide, in PEO cells too.", "sulfide"),
])
def test_two_families_joined_by_in_name_a_mixture(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "electrolyte") == expected
