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


@pytest.mark.parametrize(("text", "expected"), [
    # A measure's data asked for, an item's imperative after its owner's name or opening its sentence, or after
    # "please", is yet to be delivered: no resistance reported ...
    ("Capacity retention after 600 cycles: 88 %.\nOpen items - Quality: send the DCIR growth figures.",
     "retention-only"),
    ("Retention 90 % after 800 cycles.\nAction: please send any impedance results.", "retention-only"),
    ("Retention 90 % after 800 cycles.\n- Lab team: provide the EIS spectra by Friday", "retention-only"),
    # ... while a resistance growth stated is reported, whatever else the sentence offers to share.
    ("Retention after 500 cycles is 91 %. DCIR rose 14 % after cycling; we share the raw files on request.",
     "retention-and-resistance"),
])
def test_a_measures_data_asked_for_is_not_reported(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A series line is where series production runs: cells taken from one are shipped cells ...
    ("The cells in the trial came off our series line in Ohio.", "shipping"),
    ("Build location: serial line 2, plant B.", "shipping"),
    # ... while a series line still to come is a plan.
    ("Cells are hand-made in the lab; a series line is planned for 2028.", "announcements-only"),
])
def test_a_series_line_is_series_production(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # What someone unnamed might claim ("anyone quoting you", "whoever promises", "any supplier that claims") is the
    # market's talk, no claim of the supplier's ...
    ("Coin cells only so far. Whoever promises you 2,000 cycles on a first build is guessing.", None),
    ("No long-term data yet. Any supplier that claims 1,500 cycles should send the raw files.", None),
    ("Formation data only so far - anybody quoting 3000 cycles at this stage is selling slides.", None),
    # ... while someone named, or one of the supplier's own, reports a count.
    ("Someone from our lab ran 500 cycles on the pouch cells.", "headline-only"),
])
def test_a_claim_by_someone_unnamed_is_no_claim(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected
