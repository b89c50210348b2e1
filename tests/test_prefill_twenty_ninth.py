"""The pre-fill's readings broadened in session twenty-nine, after the thirty-fifth blind set's misses.

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that keeps the
old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "step", "expected"), [
    # An instruction to the reader not to give or release a thing declines nothing the writer knows ...
    ("Please do not release the bolts before the temperature has settled.", "conditions", None),
    ("Do not give the modules to untrained staff in the test room.", "conditions", None),
    ("The cells run at 2 MPa. Please don't publish the cycling temperature chart without our consent.", "conditions",
     None),
    # ... while the writer's own refusal, or an answer that does not know, still declines.
    ("Test temperature: we do not release that information.", "conditions", "not-disclosed"),
    ("Q: At what temperature were the cells tested?\nA: Don't know.", "conditions", "not-disclosed"),
])
def test_an_instruction_not_to_release_declines_nothing(spec: ChecklistSpec, text: str, step: str,
                                                        expected: str | None) -> None:
    assert reading(spec, text, step) == expected
