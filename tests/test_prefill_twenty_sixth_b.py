"""The pre-fill's readings broadened after the thirty-first blind set (session twenty-six, second helper).

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that keeps the
old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A question numbered with a "Q" ("Q5. Anode?", "Q12 Which cathode?") and lines below it that are neither numbered
    # nor questions, with no "A" mark: those lines answer it, so a refusal there withholds what it asks ...
    ("Q5. Anode material?\n    Not something we can disclose yet.\nQ6. Cathode?\n    NMC811.\n", "anode",
     "not-disclosed"),
    ("Q12 Which solid electrolyte family do you use (oxide, sulfide, polymer)?\n    Confidential.\n", "electrolyte",
     "not-disclosed"),
    ("Questionnaire\n\nQ3) Stack pressure applied in testing?\n    This is proprietary information.\n", "pressure",
     "not-disclosed"),
    # ... and an answer that states it answers it, as an "A" mark's answer does (which still needs its own number).
    ("Q5. Anode material?\n    Silicon-graphite blend.\nQ6. Cathode?\n    NMC811.\n", "anode", "silicon-or-other"),
    ("Q5. Anode material?\nA5. Confidential.\n", "anode", "not-disclosed"),
    ("Q5. Anode material?\nA6. Confidential.\n", "anode", None),
])
def test_a_q_numbered_question_is_answered_by_the_lines_below_it(spec: ChecklistSpec, text: str, step: str,
                                                                 expected: str | None) -> None:
    assert reading(spec, text, step) == expected
