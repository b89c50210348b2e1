"""Which electrode the ions move to is the direction the guide's one-sentence definition and its FAQ in simple
terms give (cathode to anode while charging, back while discharging): a question asking it by "which
electrode" is answered from one of those passages, not from the separator's, which also speaks of the electrodes.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize("question", [
    "Toward which electrode do lithium ions drift while the cell charges?",
    "On discharge, which electrode receives the lithium ions in a solid-state cell?",
    "Charging a solid-state pack: which electrode ends up with the ions?",
])
def test_which_electrode_is_the_direction_passage(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    # The one-sentence definition ("from the cathode to the anode during charging") or the FAQ in simple
    # terms ("During charging, ions move to the anode"): both give the direction.
    assert "to the anode" in answer.text
