"""The pre-fill's readings broadened in session thirty-five, after the forty-third blind set's misses.

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that keeps the
old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "expected"), [
    # A milestone announced with an indefinite article ("A big milestone:", "Another milestone:") is an event that
    # has happened, so the line it heads states its facts ...
    ("A big milestone: this week we packed the 5 000th all-solid-state cell.", "all-solid-state"),
    ("Another milestone: our semi-solid cells passed the customer audit.", "semi-solid"),
    # ... while a milestone heading a schedule's line still plans what it names.
    ("Milestone: all-solid-state cell in 2029.", None),
    ("Next milestone: semi-solid cell samples.", None),
])
def test_a_milestone_announced_as_reached_is_no_plan(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "route") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A plant "to be built" is not there yet: a plan, whatever else the sentence does with it ...
    ("All cells so far are made by hand in the lab. Work then moves to the pilot line to be built in year two.",
     "announcements-only"),
    ("Cells are assembled manually. Scale-up moves to a pilot line to be installed at the partner's site.",
     "announcements-only"),
    # ... while a line that was built is a pilot line.
    ("Our pilot line was built in 2023 and has made 8 000 cells at 90 % yield.", "pilot-line"),
])
def test_a_plant_to_be_built_is_a_plan(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A refusing verb's further objects joined as embedded questions ("..., or whether ...", "..., and how much ...")
    # are declined with its first object ...
    ("We cannot disclose the cell format, or whether a stack pressure was applied in the test.", "not-disclosed"),
    ("I am not able to share the test temperature, and how much stack pressure the fixture applied.",
     "not-disclosed"),
    # ... while a clause joined without a question word states its own fact.
    ("We cannot disclose the cell format, and the cells were cycled at 2 MPa stack pressure.", "external-pressure"),
])
def test_a_refusal_declines_questions_joined_to_its_object(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "pressure") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A noun of aiming with a year or quarter right after it ("target Q2 2028", "goal: 2029") makes what its line
    # names a plan: the cells the results came from are the format ...
    ("Headline: 300 cycles. Cells: 2032 coin cells at C/5.\nNext: vehicle test with a partner - target Q2 2028.",
     "coin-cell"),
    ("Headline: 500 cycles. Cells: 2032 coin cells at C/10.\nRoad test in a delivery van - goal 2029.", "coin-cell"),
    # ... while a vehicle test with no date aimed at is still read.
    ("Headline: 300 cycles. Cells: 2032 coin cells at C/5.\nA vehicle test with a partner ran for 6 months.",
     "vehicle-test"),
])
def test_a_thing_targeted_at_a_date_is_a_plan(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A cycle's number said to be reached ("cycle 220 reached", "passed cycle 300") is as many cycles run: a count ...
    ("3 Dec: cycle 220 reached on all four cells, test continues.", "headline-only"),
    ("The pouch cells have now passed cycle 300 with no short.", "headline-only"),
    ("Cycle 90 completed on cell B; nothing else logged.", "headline-only"),
    # ... while a cycle's number that something was asked about at counts nothing.
    ("What was the impedance at cycle 400?", None),
])
def test_a_cycle_number_reached_is_a_count(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A form's count of the samples that go with it, naming no one they go to, is how many specimens the order or the
    # quote comes with: no sampling of customers, so a refusal of production stands ...
    ("Annual production volume: confidential\nNumber of samples supplied: 18 cells", "not-disclosed"),
    ("Production volume: confidential\nQuantity of samples sent: 10 + 2 spare", "not-disclosed"),
    # ... while samples said to go to customers are still samples to customers.
    ("Annual production volume: confidential\nNumber of samples shipped to customers: 150", "pilot-line"),
    ("Samples were supplied to three carmakers for evaluation.", "pilot-line"),
])
def test_a_forms_count_of_samples_is_no_sampling_of_customers(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "manufacturability") == expected
