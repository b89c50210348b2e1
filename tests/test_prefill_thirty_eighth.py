"""The pre-fill's readings broadened in session thirty-eight, after the forty-sixth blind set's misses.

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that keeps the
old reading beside them.
"""

from __future__ import annotations

from dataclasses import replace

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


def test_the_parts_a_step_asks_about_come_from_the_checklist(spec: ChecklistSpec) -> None:
    # The anode's names are knowledge (checklist.yaml, asked_parts): without them the clause stays the cathode's.
    text = "The separator lies between the cathode and a lithium-metal anode with a protective coating."
    assert "anode" in spec.asked_parts
    assert reading(replace(spec, asked_parts=()), text, "anode") == "lithium-metal-unprotected"


@pytest.mark.parametrize(("text", "expected"), [
    # Keeping cells warm on a shelf with no cycling, reporting nothing, is no condition a result was measured at ...
    ("Cycling: 24 °C, 0.5C/0.5C, 900 cycles, retention 91 %.\n"
     "Cells were stored at 55 °C for 60 days (storage test, no cycling).", "room-temperature"),
    ("Cycle life test at 23 °C and 1C: 1,200 cycles.\nThermal storage: kept at 50 °C for four weeks, not cycled.",
     "room-temperature"),
    # ... while a storage test that reports a result is a test, its temperature a condition.
    ("Cycling: 24 °C, 0.5C/0.5C, 900 cycles, retention 91 %.\n"
     "Cells were stored at 55 °C for 60 days, capacity retention 96 %.", "elevated-temperature"),
])
def test_a_storage_test_reporting_no_result_sets_no_condition(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "conditions") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A resistance measurement said not to have been done reports no resistance, whatever its row's label names ...
    ("Capacity retention after 500 cycles: 90 %\nDCIR measurement: not done", "retention-only"),
    ("After 500 cycles retention was 90 %. EIS was not performed on these cells.", "retention-only"),
    ("Retention after 800 cycles: 87 %. Impedance spectroscopy has not been carried out.", "retention-only"),
    # ... while another check not done leaves a resistance growth reported.
    ("After 500 cycles retention was 90 % and DCIR rose 12 %. A teardown was not done.", "retention-and-resistance"),
])
def test_a_resistance_measurement_not_done_reports_nothing(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A list numbered in brackets after a verb of asking asks for every item, whatever each says ...
    ("Capacity retention after 600 cycles: 91 %.\n"
     "The buyer asked (1) which temperature was used, (2) the DCIR growth, (3) the yield.", "retention-only"),
    ("Retention after 400 cycles is 93 %. They asked for (a) impedance after cycling and (b) teardown photos.",
     "retention-only"),
    # ... while a numbered list the supplier reports states its items.
    ("Capacity retention after 600 cycles: 91 %.\n"
     "We measured (1) capacity, (2) DCIR growth of 8 %, (3) thickness.", "retention-and-resistance"),
])
def test_a_numbered_list_after_a_verb_of_asking_is_asked(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A resistance measure still being chased from whoever has it is not in hand, no resistance reported ...
    ("Capacity retention after 700 cycles: 89 %.\nTo do: chase the lab for the DCIR numbers.", "retention-only"),
    ("Retention was 89 % after 700 cycles; we are chasing engineering for the impedance data.", "retention-only"),
    # ... while one given is reported.
    ("Capacity retention after 700 cycles: 89 %; DCIR growth +14 %.", "retention-and-resistance"),
])
def test_a_resistance_measure_still_chased_is_not_in_hand(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A plan's label standing alone inside a row's value or a line ("Roadmap:", "Outlook:") plans what it introduces to
    # its sentence's end ...
    ("Manufacturing: Roadmap: pilot line 2027, volume production 2029.", "announcements-only"),
    ("Production status | Outlook: pilot line in 2028 and series production after that", "announcements-only"),
    # ... not what the text states before it, in a sentence of its own.
    ("Production: a pilot line has run since 2024 at 85 % yield. Roadmap: series line 2029.", "pilot-line"),
])
def test_a_plan_label_inside_a_value_plans_what_it_introduces(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # What a comparison sets the product against is another product, nothing the product is ...
    ("Our solid-state cells are lighter than gel or lead-acid batteries.", "route", "unclear"),
    ("Cycled in pouch cells, which are closer to the product than coin cells.", "format", "pouch-prototype"),
    # ... while a quantity compared is the product's own bound ...
    ("Stack pressure: less than 0.5 MPa, applied by end plates.", "pressure", "external-pressure"),
    # ... and the product's own words before the comparison still count.
    ("A gel electrolyte cell, safer than liquid lithium-ion.", "route", "semi-solid"),
])
def test_what_the_product_is_compared_with_is_another_product(spec: ChecklistSpec, text: str, step: str,
                                                              expected: str) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A prototype pack or module is an assembly being tried out, no full-size prototype cell: the vehicle it ran in is
    # where the result came from ...
    ("Our test truck just finished 20,000 km of desert driving.\n\n"
     "*Test-truck figures: prototype pack of 120 cells, driven Jan 2026 - Mar 2026 by our engineering team.",
     "vehicle-test"),
    ("Our test van has now run 8,000 km.\n\n*Test-van figures: prototype module of 24 cells.", "vehicle-test"),
    # ... while prototype cells are a cell format.
    ("Our demo van has covered 9,000 km.\nCycle data: 600 cycles on prototype cells in the lab.", "pouch-prototype"),
])
def test_a_prototype_pack_is_no_prototype_cell(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A cycle count called rated in a sentence that backs it with a warranty is a promise: the share it is counted to is
    # the warranty's end-of-life criterion, no capacity measured ...
    ("Rated 5,000 cycles to 70 %, covered by a 10-year warranty.", "headline-only"),
    ("Cycle life? Rated for 3 000 cycles to 80 % capacity and guaranteed for eight years.", "headline-only"),
    # ... and it still reads as the headline beside a refusal of something else.
    ("What C-rate was used? We keep the test protocol internal and do not share it.\n"
     "Lifetime: rated 6,000 cycles to 80 %, backed by a 12-year warranty.", "headline-only"),
    # A rating with no warranty is the capacity a rating test left, and a measured retention stays one.
    ("The module is rated for 3,000 cycles to 70 % capacity.", "retention-only"),
    ("After 1,000 cycles the cells kept 91 % of their capacity; the pack has a 5-year warranty.", "retention-only"),
])
def test_a_rated_count_backed_by_a_warranty_is_the_headline(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "after-cycles") == expected
