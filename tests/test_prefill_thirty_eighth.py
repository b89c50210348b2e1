"""The pre-fill's readings broadened in session thirty-eight, after the forty-sixth blind set's misses.

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that keeps the
old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "expected"), [
    # A clause that names a part no step asks about and then the anode: what comes after the anode describes the anode,
    # so its coating is the lithium's protection ...
    ("The separator lies between the cathode and a lithium-metal anode with a protective coating.",
     "lithium-metal-protected"),
    ("Stack: NMC cathode, sulfide separator and a Li metal anode coated with LiF.", "lithium-metal-protected"),
    # ... while a coating named before the anode is still the other part's.
    ("A carbon-coated LFP cathode faces the lithium metal anode.", "lithium-metal-unprotected"),
    ("The cathode has a protective coating; the anode is lithium metal foil.", "lithium-metal-unprotected"),
])
def test_words_after_the_anode_in_a_clause_about_another_part_are_the_anodes(spec: ChecklistSpec, text: str,
                                                                            expected: str) -> None:
    assert reading(spec, text, "anode") == expected
