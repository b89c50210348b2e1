"""A claim set out and then asked about on its own ("... True?", "..., is that right?") asks the guide whether it
holds; the words "check" and "claim" in it do not start the supplier checklist.

Our own messages, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.checklist.intent import is_checklist_request


@pytest.mark.parametrize("message", [
    "A claim I need to check for a client: solid electrolytes carry the electrons as well as the ions. True?",
    "Marketing claim to check: pressure never matters in these cells, is that right?",
    "Checking a claim from a trade magazine: sulfides are the most moisture-sensitive family. Correct?",
])
def test_a_claim_asked_about_is_a_question(message: str) -> None:
    assert not is_checklist_request(message)


@pytest.mark.parametrize("message", [
    "Help me check a supplier's claim",
    "I want to vet a vendor's datasheet",
    "check this supplier claim for me",
])
def test_asking_to_check_a_supplier_still_starts_the_checklist(message: str) -> None:
    assert is_checklist_request(message)


def test_the_claim_is_answered_from_the_guide(advisor: Advisor) -> None:
    answer = advisor.conversation().ask(
        "A claim I need to check for a client: solid electrolytes carry the electrons as well as the ions. True?")
    assert "external circuit" in answer.text
    assert "Step 1 of" not in answer.text
