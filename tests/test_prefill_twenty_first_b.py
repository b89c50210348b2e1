"""The pre-fill's readings broadened after the twenty-first blind set (second pass).

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that
keeps the old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "expected"), [
    # One atmosphere called the air's pressure ("normal air pressure", "barometric pressure") is none applied ...
    ("Stack pressure: none, the cells sit at normal air pressure (101 kPa).", "no-external-pressure"),
    ("No external pressure is applied; the cells see only air pressure of 0.1 MPa.", "no-external-pressure"),
    ("No clamp is needed; the pouch works at barometric pressure, about 14.7 psi.", None),
    # ... while the same figure holding a stack still is.
    ("The stack is clamped at 101 kPa during cycling.", "external-pressure"),
])
def test_the_air_s_own_pressure_is_none_applied(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "pressure") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # An unticked box before a label with its own answer is a form item not yet ticked off, and its answer stands ...
    ("[x] 1. Electrolyte: oxide\n[ ] 2. Production status / yield: confidential", "manufacturability",
     "not-disclosed"),
    ("[ ] Anode: graphite", "anode", "graphite"),
    ("☐ Stack pressure: none needed", "pressure", "no-external-pressure"),
    # ... while an unticked choice among boxes is still no claim.
    ("Electrolyte family: [ ] Sulfide [x] Oxide [ ] Polymer", "electrolyte", "oxide"),
])
def test_an_unticked_box_before_an_answered_label_keeps_the_answer(spec: ChecklistSpec, text: str, step_id: str,
                                                                   expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A temperature the cell must not pass is a handling limit, not a condition a result was measured at ...
    ("Do not heat above 60 °C.", None),
    ("Never exceed 80 °C during charge.", None),
    ("Cells must not be exposed to temperatures over 70 °C.", None),
    # ... while a test temperature beside a limit on something else still reads.
    ("Cycled at 60 °C; do not exceed 1C.", "elevated-temperature"),
])
def test_a_temperature_not_to_be_passed_is_a_limit(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "conditions") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A "not" earlier in the sentence forbids every verb of its list, the last one's bound too ...
    ("Do not drop, puncture or charge the cell above 65 °C.", None),
    ("Never short, crush or expose the cell to anything above 70 °C.", None),
])
def test_a_forbidding_word_reaches_over_a_list_of_verbs(spec: ChecklistSpec, text: str,
                                                        expected: str | None) -> None:
    assert reading(spec, text, "conditions") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # How to keep the cells on a shelf is advice to a warehouse, not where a result was measured ...
    ("Storage: 15-25 °C, 30-50 % SOC", None),
    ("Store cells at 15 to 25 °C, away from sunlight.", None),
    ("Shelf storage 0 … 30 °C, dry.", None),
    # ... while a storage test that reports a result is a test, and a row after the advice still reads.
    ("Cells stored for 7 days at 60 °C retained 95 % of their capacity.", "elevated-temperature"),
    ("Storage: 15-25 °C. Cycling: 45 °C, C/3.", "elevated-temperature"),
])
def test_storage_advice_is_no_test_condition(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "conditions") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A sentence there for comparison that names only the product set beside describes that product, wherever its
    # code stands ...
    ("Our offer is the ZX-7 pouch cell with an oxide electrolyte. For comparison, our older AB-3 is a semi-solid "
     "graphite cell.", "anode", None),
    ("Our offer is the ZX-7 pouch cell with an oxide electrolyte. For comparison, our older AB-3 is a semi-solid "
     "graphite cell.", "electrolyte", "oxide"),
    ("Anode: confidential.\n\nShown for reference only, the retired MK-2 used graphite.", "anode", "not-disclosed"),
    # ... while a sentence naming the offered product beside it still speaks for the offered one.
    ("The ZX-7 is the cell quoted here. For comparison with the AB-3, the ZX-7 uses a graphite anode.", "anode",
     "graphite"),
])
def test_a_sentence_set_beside_for_comparison_describes_the_other_product(spec: ChecklistSpec, text: str,
                                                                          step_id: str,
                                                                          expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A refusal as a row's value stays one when a remark after it only says nothing more came ...
    ('Anode: "proprietary information", no further answer.', "anode", "not-disclosed"),
    ("Anode: proprietary, nothing more given.", "anode", "not-disclosed"),
    ("Stack pressure: withheld, nothing more.", "pressure", "not-disclosed"),
    # ... while a value after it says what it is.
    ("Anode: secret, graphite.", "anode", "graphite"),
])
def test_a_refusal_followed_by_nothing_more_is_the_value(spec: ChecklistSpec, text: str, step_id: str,
                                                         expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A row labelled with a step in making the cell holds that step's temperature, not the test's ...
    ("Formation: two cycles at 45 °C. Cycling: 1C at 25 °C for 500 cycles.", "room-temperature"),
    ("Annealing: 300 °C, 2 h\nTest: 1C/1C at 25 °C", "room-temperature"),
    # ... while a row whose label also names the test is the test's.
    ("Test after formation: 45 °C, 1C.", "elevated-temperature"),
])
def test_a_row_labelled_with_a_making_step_holds_no_test_condition(spec: ChecklistSpec, text: str,
                                                                   expected: str | None) -> None:
    assert reading(spec, text, "conditions") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A start in the present with a year or quarter after it is a timetable, not production under way ...
    ("Volume production starts in 2029.", "announcements-only"),
    ("Our series production begins in Q2 2028 at the new site.", "announcements-only"),
    # ... while a start in the past is production that runs, and "the start of" is no date.
    ("Mass production started in 2022.", "shipping"),
])
def test_a_start_with_a_date_ahead_is_a_timetable(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A prototype car driven is a vehicle test, not a prototype cell ...
    ("Last week our prototype car drove 600 km between two cities on one charge.", "vehicle-test"),
    ("Our test car covered 800 km on public roads.", "vehicle-test"),
    # ... while prototype cells are still cells.
    ("The prototype cells are 5 Ah pouches.", "pouch-prototype"),
])
def test_a_prototype_car_is_a_vehicle_test(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "format") == expected
