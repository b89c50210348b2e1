"""The pre-fill's readings broadened after the twenty-ninth blind set (the second helper of session twenty-five).

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that
keeps the old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "expected"), [
    # A temperature that the cell's surroundings reach is a reading of its setting, no test condition ...
    ("On a July afternoon the asphalt reaches 55 °C, yet the scooters keep going.", None),
    ("Inside a parked delivery van the air can reach 60 °C, so we chose a robust chemistry.", None),
    ("Roof-top cabinets reaching 50 °C in summer are common in our market.", None),
    # ... while the temperature cells were cycled at is one.
    ("The pouch cells were cycled at 60 °C and 0.5C for 400 cycles.", "elevated-temperature"),
])
def test_a_temperature_the_setting_reaches_is_no_test_condition(spec: ChecklistSpec, text: str,
                                                                 expected: str | None) -> None:
    assert reading(spec, text, "conditions") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A prose label of keeping or carrying the cells, its value after a colon, is advice to a carrier ...
    ("Handle with care. Storage temperature: 10-30 °C.", None),
    ("Keep away from water. Do not drop. Temperature during transport: 10-30 °C.", None),
    ("Fragile. Stack two high at most. Transport temperature: 15-25 °C.", None),
    # ... while a prose label of a test keeps its value.
    ("Handle with care. Test temperature: 45 °C.", "elevated-temperature"),
])
def test_a_storage_label_in_prose_labels_its_value(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "conditions") == expected


_FIELDS = ("Item 1   Cell route ............. all-solid-state\n"
           "Item 2   Stack pressure ......... {pressure}\n"
           "Item 3   Anode .................. lithium metal foil\n")


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A form's field number in a column of its own is no label: the row after it is read as a row of its own ...
    (_FIELDS.format(pressure="-"), "pressure", None),
    (_FIELDS.format(pressure="confidential"), "pressure", "not-disclosed"),
    ("Field 4    Electrolyte family      confidential\nField 5    Anode      graphite\n", "format", None),
    ("Field 4    Electrolyte family      confidential\nField 5    Anode      graphite\n", "electrolyte",
     "not-disclosed"),
    # ... and its value still answers it.
    (_FIELDS.format(pressure="2 MPa during cycling"), "pressure", "external-pressure"),
])
def test_a_field_number_in_its_own_column_is_no_label(spec: ChecklistSpec, text: str, step: str,
                                                      expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Whose agreement a thing is kept under names a party, not what is withheld ...
    ("Test cell format: we can't say, sorry (customer NDA applies)", None),
    ("Anode: withheld under customer NDA.", None),
    ("Electrolyte family: we cannot say, customer NDA.", None),
    # ... while the customers and volumes withheld are withheld.
    ("Customer list and delivered volumes: under NDA.", "not-disclosed"),
])
def test_the_party_to_an_nda_is_not_withheld(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A numbered question is answered by the lines below it that are neither numbered nor questions ...
    ("4. Is an external stack pressure needed?\nConfidential, sorry.\n5. Anode?\nGraphite.", "pressure",
     "not-disclosed"),
    ("B.2 Test temperature and C-rate for the cycle data?\nAvailable only under NDA.", "conditions", "not-disclosed"),
    ("D1 Stack pressure applied in the test?\n   Confidential.\nD2 Anode material?\n   Graphite.", "pressure",
     "not-disclosed"),
    # ... while an answer that states the figure still gives it.
    ("3. What stack pressure was applied?\nThe cells were held at 1.5 MPa in a steel fixture.", "pressure",
     "external-pressure"),
])
def test_a_numbered_question_is_answered_by_the_lines_below(spec: ChecklistSpec, text: str, step: str,
                                                            expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A distance a fleet has run is its field result, which outweighs a product format named without a result ...
    ("- Product: 50 Ah prismatic cell\n- Our packs have powered the eight delivery vans of a parcel firm since 2024 - "
     "220,000 km so far", "vehicle-test"),
    ("Product: 21700 cylindrical cell. Three demo cars have covered 95,000 miles with these packs.", "vehicle-test"),
    # ... while a distance beside no vehicle leaves the cells the results were measured on.
    ("Product: 60 Ah prismatic cell, 1,200 cycles measured in the lab. Our plant is 20 km from the port.",
     "pouch-prototype"),
    ("Format: 40 Ah pouch cell. The cell maker sits 15 km from the bus depot.", "pouch-prototype"),
    ("Driven 4,000 km in our demo car, the pack is now back in the lab.", "vehicle-test"),
])
def test_a_distance_run_is_a_field_result(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "format") == expected
