"""The pre-fill's readings broadened in session thirty-three, after the fortieth blind set's misses.

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that keeps the
old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "expected"), [
    # A coded thing said not to be a product of the supplier's ("is not our product", "is not one of our products", "is
    # not a product or embodiment of ours") is a cell of someone else's: its sentence says nothing of the one offered,
    # whether the code opens it or follows the kind of thing it names ("Model QP-4", "Type ZX-2") ...
    ("Our cell uses an LLZO garnet electrolyte. Model QP-4, a PEO polymer cell, is not our product and was measured "
     "by a customer.", "oxide"),
    ("Our cell uses an LLZO garnet electrolyte. Type ZX-2 (PEO polymer electrolyte) is not one of our products.",
     "oxide"),
    ("Our cell uses an LLZO garnet electrolyte. QP-4 (a PEO polymer cell) is not an embodiment of our design.",
     "oxide"),
    # ... while a second product said to be the supplier's own is still read.
    ("Our cell uses an LLZO garnet electrolyte. Model QP-4, a PEO polymer cell, is our product too.", "oxide"),
    ("Model QP-4 is our product: a PEO polymer cell.", "polymer"),
])
def test_a_cell_said_not_to_be_a_product_of_ours_is_not_offered(spec: ChecklistSpec, text: str,
                                                                expected: str) -> None:
    assert reading(spec, text, "electrolyte") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A boat is a vehicle as a van is, and races run with the pack are its use in the field: where the results come
    # from, before the cells' product format named elsewhere ...
    ("Season report: the pack ran 18 races in our electric boat, 40 equivalent full cycles. Cell: 20 Ah pouch.",
     "vehicle-test"),
    ("Durability: 12 races, 35 cycles, no capacity loss. Cells: 30 Ah pouch.", "vehicle-test"),
    # ... while boats named as a market outside the results are no test.
    ("The pouch cells (20 Ah) are designed for boats and yachts. 300 cycles tested at 25 °C.", "pouch-prototype"),
])
def test_boats_and_races_are_a_field_test(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A capacity dated by when or where it was taken, given as a share of its value at the start or at delivery, is
    # the share left: retention ...
    ("After 60 equivalent cycles, capacity at the end of the trial 96 % of initial.", "retention-only"),
    ("After 200 cycles the capacity measured on the test bench was 97 % of the delivery value.", "retention-only"),
    ("Pack capacity at season end: 95 % of the starting value; 45 cycles.", "retention-only"),
    # ... while a share of a rated capacity is a warranty's threshold, no measurement.
    ("Rated 2,000 cycles; capacity at end of warranty 70 % of rated.", "headline-only"),
])
def test_a_capacity_dated_when_taken_is_retention(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A one-word wording that a bracket right after it names more closely is what the bracket names: a prototype that
    # is a car or a van is a development vehicle, not a prototype cell ...
    ("Our prototype (car #2) has driven 9,000 km with the cells; 120 cycles so far.", "vehicle-test"),
    ("Our prototype (van no. 3) has run 200 cycles on the road.", "vehicle-test"),
    # ... while a bracket naming the same option, or none, leaves the word's own reading.
    ("Our prototype (pouch, 10 Ah) has run 500 cycles.", "pouch-prototype"),
    ("Our prototype has run 500 cycles.", "pouch-prototype"),
])
def test_a_bracket_names_what_the_word_before_it_is(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # How high the air around a trial went ("ambient up to 113 °F", "outdoor temperatures as high as 45 °C") is the
    # weather's peak, no temperature the cell was tested at ...
    ("Field test in Arizona, outdoor temperatures as high as 45 °C; 300 cycles on the road.", None),
    ("Road testing, ambient up to 113 °F, 200 cycles.", None),
    # ... while an ambient given as one value is the room the test ran in, and a cell cycled up to a temperature was
    # heated to it.
    ("Cells cycled at 45 °C ambient for 300 cycles.", "elevated-temperature"),
    ("Cycled up to 45 °C for 300 cycles.", "elevated-temperature"),
])
def test_the_peak_of_the_air_around_a_trial_is_no_test_condition(spec: ChecklistSpec, text: str,
                                                                 expected: str | None) -> None:
    assert reading(spec, text, "conditions") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A teardown or post-mortem whose sentence says what share of the cell a material is, and nothing of cycling,
    # assays what the cell is made of, wherever else the text cycles: no measurement after cycling ...
    ("500 cycles at 25 °C, capacity retention 91 %. A teardown by a customer's lab found 4 wt% liquid electrolyte in "
     "the cells.", "retention-only"),
    ("After 500 cycles capacity retention was 91 %. A post-mortem showed about 3 vol% of liquid in the separator.",
     "retention-only"),
    # ... while one after the cycling, or one saying what the cycling did, is read as before.
    ("500 cycles at 25 °C, capacity retention 91 %. A teardown after the 500 cycles found 4 wt% liquid electrolyte "
     "left.", "retention-and-resistance"),
    ("After 500 cycles capacity retention was 91 %; the teardown showed no dendrites.", "retention-and-resistance"),
])
def test_a_teardown_assaying_the_cell_is_no_measurement_after_cycling(spec: ChecklistSpec, text: str,
                                                                      expected: str) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A row that calls its format the product's ("Product format: ...", "Format of the product: ...") names what is
    # sold, not what produced the results the text reports: with no format named where they are, the step stays open
    # ...
    ("Product format: 20 Ah pouch cells\nCycle life: after 800 cycles, retention 90 %", None),
    ("Format of the product: prismatic cells, 50 Ah\nAfter 1,000 cycles the capacity retention was 92 %.", None),
    # ... while a row naming the test format answers it, a format named where the results are still decides, and a
    # product format in a text reporting no result is still read (the sets disagree there; see
    # tests/test_prefill_blind.py, set 35).
    ("Test format: 20 Ah pouch cells\nCycle life: after 800 cycles, retention 90 %", "pouch-prototype"),
    ("Product format: 20 Ah pouch cells\nAfter 800 cycles in coin cells, retention 90 %", "coin-cell"),
    ("Product format: 20 Ah pouch cells\nSamples available now.", "pouch-prototype"),
])
def test_a_product_format_row_is_not_where_results_came_from(spec: ChecklistSpec, text: str,
                                                             expected: str | None) -> None:
    assert reading(spec, text, "format") == expected
