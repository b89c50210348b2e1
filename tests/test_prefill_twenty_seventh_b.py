"""The pre-fill's readings broadened after the thirty-third blind set (session twenty-seven, second helper).

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that keeps the
old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A vessel's trial at sea is its own test drive, a field test, in prose or a row's label ...
    ("The ferry ran sea trials over the summer with the packs on board; 300 cycles.", "format", "vehicle-test"),
    ("Evidence from sea-trials: 40 kWh bank, 250 cycles, no faults.", "format", "vehicle-test"),
    ("Boat trials on the lake, 90 cycles in two months.", "format", "vehicle-test"),
    # ... while a cell format with no trial stays the format.
    ("Cells: 60 Ah pouch, 500 cycles in the lab. The shipyard is on the coast.", "format", "pouch-prototype"),
])
def test_a_sea_trial_is_a_field_test(spec: ChecklistSpec, text: str, step: str, expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A capacity a row or a clause dates after cycling or a trial, given as a share, is the share left ...
    ("Cycled 300 times. Capacity after the trial: 96 % of nominal.", "after-cycles", "retention-only"),
    ("Capacity after 250 cycles: 93,5 %", "after-cycles", "retention-only"),
    ("Capacity check after the season = 97 % of rated; 180 cycles logged.", "after-cycles", "retention-only"),
    ("Capacity after 800 cycles: 90 %, DCIR +9 %", "after-cycles", "retention-and-resistance"),
    # ... while a count alone stays a headline, and a charge state is no share of capacity left.
    ("Cycle life: 2,000 cycles.", "after-cycles", "headline-only"),
    ("Capacity after charging: 80 % SOC", "after-cycles", None),
])
def test_a_capacity_share_dated_after_cycling_is_retention(spec: ChecklistSpec, text: str, step: str,
                                                           expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A label after a sentence on its line is the last sentence's alone, so its value on the next line answers it and
    # a refusal there declines what the sentence before asked ...
    ('- We asked about the anode material of the samples. Their answer:\n  "not for release."', "anode",
     "not-disclosed"),
    ("We asked them for the electrolyte family of the sample cells. Reply:\nconfidential, sorry.", "electrolyte",
     "not-disclosed"),
    ("Our engineers asked which electrolyte family the cell uses. Response from the maker:\nnot disclosed.",
     "electrolyte", "not-disclosed"),
    # ... while a label alone on its line still labels the value below it.
    ("The anode is graphite. Electrolyte:\nsulfide argyrodite", "electrolyte", "sulfide"),
])
def test_a_label_after_a_sentence_labels_the_next_line(spec: ChecklistSpec, text: str, step: str,
                                                       expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # The electrolyte's architecture (all solid, or a hybrid with some liquid) is the route by another name, so a
    # refusal of it declines the route, in a row or in prose ...
    ("| Electrolyte architecture | on request under NDA |\n| Anode | graphite |", "route", "not-disclosed"),
    ("Electrolyte architecture: confidential. Anode: lithium metal.", "route", "not-disclosed"),
    ("We cannot disclose the electrolyte architecture at this stage.", "route", "not-disclosed"),
    # ... while an architecture stated is read as the route it states.
    ("The electrolyte architecture is a hybrid with 5 % liquid.", "route", "semi-solid"),
])
def test_the_electrolyte_architecture_is_the_route(spec: ChecklistSpec, text: str, step: str,
                                                   expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A two-column table's value cell wrapped onto a row whose first cell is empty is one value with the row above ...
    ("| Item | Result |\n|---|---|\n| After 600 cycles | 94 % capacity retention, internal |\n"
     "| | resistance +10 % |", "after-cycles", "retention-and-resistance"),
    ("| End of test (2,000 cycles) | capacity retention 88 %, internal |\n|  | resistance +20 %, OCV -15 mV |",
     "after-cycles", "retention-and-resistance"),
    # ... while a row under a label cell that wrapped, its value cell empty, stays a row of its own.
    ("| Capacity retention after 500 | 95 % |\n| cycles | |\n| Anode | graphite |", "after-cycles",
     "retention-only"),
])
def test_a_wrapped_value_cell_is_read_with_its_row(spec: ChecklistSpec, text: str, step: str,
                                                   expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A heading over a table laid out with spaces labels none of its rows alone, though the first row's gap is too
    # narrow to be read as a cell border, so what the heading says stands ...
    ("Cell design (all-solid-state):\n  Separator electrolyte  argyrodite, 40 um\n  Anode            lithium metal\n"
     "  Cathode          NMC811", "route", "all-solid-state"),
    ("Cell design (ASSB):\n  Separator layer  LLZO, 40 um\n  Anode            lithium metal\n  Format   pouch", "route",
     "all-solid-state"),
    # ... while a label alone on its line still labels the value below it.
    ("Cell technology:\nconfidential\nAnode: graphite", "route", "not-disclosed"),
])
def test_a_heading_over_a_spaced_table_labels_no_row_alone(spec: ChecklistSpec, text: str, step: str,
                                                           expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # Thousands of products counted as delivered or shipped are shipping, whoever they went to ...
    ("Roughly 3,400 kits have been delivered to mountain rescue teams so far.", "manufacturability", "shipping"),
    ("Status: 15,000 modules shipped since launch.", "manufacturability", "shipping"),
    ("By June, 2.600 scooters delivered to rental operators in three cities.", "manufacturability", "shipping"),
    # ... while power delivered, cycles counted, samples and what has not been delivered are not.
    ("Peak output: 1,500 W delivered for 10 s.", "manufacturability", None),
    ("1,200 packs have not been delivered yet.", "manufacturability", None),
])
def test_thousands_delivered_are_shipping(spec: ChecklistSpec, text: str, step: str, expected: str | None) -> None:
    assert reading(spec, text, step) == expected

