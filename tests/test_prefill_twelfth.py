"""The pre-fill's readings broadened after the twelfth blind set (seventeenth session).

None of these texts is a copy of a blind set's; each mechanism has texts in several forms.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.prefill import prefill
from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A bilingual sheet's row is read in its Latin part: a "none" there denies the label ...
    ("压力 Clamping pressure: 不需要 / 0 bar", "pressure", "no-external-pressure"),
    ("Stack pressure | 无 / none required", "pressure", "no-external-pressure"),
    ("外加压力 External pressure: 无需 / not required", "pressure", "no-external-pressure"),
    # ... a placeholder there makes the row no claim ...
    ("Capacity retention: 91 % after 700 cycles\nResistance growth: 待定 / TBD", "after-cycles", "retention-only"),
    ("Cycle life: 900 cycles to 85 % SOH\n内阻增长 Internal resistance increase: 待定 / TBD", "after-cycles",
     "retention-only"),
    ("Capacity retention: 88 % @ 500 cycles\nImpedance rise | 未定 / n/a", "after-cycles", "retention-only"),
    # ... and a value stated there is read as it is.
    ("外部压力 Stack pressure: 约 / 2 MPa", "pressure", "external-pressure"),
    ("阻抗增长 DCIR growth: 12 % / 百分之十二", "after-cycles", "retention-and-resistance"),
])
def test_a_bilingual_row_is_read_in_its_latin_part(spec: ChecklistSpec, text: str, step_id: str,
                                                   expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # "Zero" in front of what it counts is a "no": zero stack pressure is no stack pressure ...
    ("Modules run at zero external stack pressure.", "pressure", "no-external-pressure"),
    ("Cycled with zero stack pressure at 25 °C.", "pressure", "no-external-pressure"),
    ("Pack design: zero clamping, zero compression plates.", "pressure", "no-external-pressure"),
    ("Zero protective coating on the lithium metal foil.", "anode", "lithium-metal-unprotected"),
    # ... while a pressure stated beside it is still read.
    ("Held at 2 MPa of stack pressure in the fixture.", "pressure", "external-pressure"),
])
def test_zero_in_front_of_a_thing_denies_it(spec: ChecklistSpec, text: str, step_id: str, expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The shorthand of a hurried note: "cyc" counts cycles ...
    ("Life: 1,800 cyc at 1C, that's all we have so far", "headline-only"),
    ("quick update - pouch passed 650 cyc last night", "headline-only"),
    # ... and "cap ret" is the capacity retained.
    ("cap ret 90% after 800 cycles", "retention-only"),
    ("94 % cap ret @ 450 cyc, DCIR up 15 %", "retention-and-resistance"),
    ("Cap ret: 87 % after 2k cycles", "retention-only"),
])
def test_a_notes_shorthand_for_cycles_and_retention(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A temperature of a step in making the cell is the process's, not the test's ...
    ("Cycled at 25 °C and 1C for 800 cycles. Formation is carried out at 55 °C.", "room-temperature"),
    ("Life test: 23 °C, 1C/1C. The electrolyte sheet is sintered at 1,050 °C.", "room-temperature"),
    ("Cells were tested at 0.5C and 25 °C; electrodes are dried at 120 °C under vacuum.", "room-temperature"),
    # ... while a test temperature above room temperature is still read as one.
    ("Cycling at 60 °C, 1C. Formation at 25 °C.", "elevated-temperature"),
    ("Tested at 45 °C after formation.", "elevated-temperature"),
])
def test_a_process_temperature_is_no_test_condition(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "conditions") == expected


BOM = """PARTS LIST   Cell LX-2 (A-sample)

Item  Part                 Specification                 Qty   Vendor
{row}
0040  Housing              Al can, laser welded          1     Alcan
"""


@pytest.mark.parametrize(("row", "step_id", "expected"), [
    # A bill of materials' zero-padded position opens its row, and a "none" there denies the row's label, whatever
    # blanks its quantity and vendor columns hold ...
    ("0030  Liquid electrolyte   none                          -     -", "route", "all-solid-state"),
    ("020   Pressure plates      none required                 n/a   n/a", "pressure", "no-external-pressure"),
    ("0030  Stack pressure       0 MPa                         -     -", "pressure", "no-external-pressure"),
    # ... and a stated part is read as it is.
    ("010   Anode                Li foil, 30 um, bare           1     Albemarle", "anode",
     "lithium-metal-unprotected"),
    ("0050  Solid electrolyte    LLZO garnet tape, 40 um        12    in-house", "electrolyte", "oxide"),
])
def test_a_bill_of_materials_row_is_read_as_a_row(spec: ChecklistSpec, row: str, step_id: str, expected: str) -> None:
    assert reading(spec, BOM.format(row=row), step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Silicon written as its symbol with the form it takes ("micro-Si", "nano-Si", "porous Si", "pure Si") is a
    # silicon anode ...
    ("Anode: micro-Si (D50 3 um), 50 um coating", "silicon-or-other"),
    ("The negative side is nano-Si on copper foil.", "silicon-or-other"),
    ("Anode | porous Si film, 10 um", "silicon-or-other"),
    ("Anode material: pure Si, binder-free", "silicon-or-other"),
    # ... and lithium metal is still lithium metal.
    ("Anode: Li metal foil, 20 um", "lithium-metal-unprotected"),
])
def test_silicon_named_by_its_symbol_and_form(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "anode") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A negated place ("not on the X", "not from our Y") denies the format named there, past its articles and model
    # code: the text does not point to it at all ...
    ("Test cells: 10-layer stacked cell, 3 Ah\nRemark: the data above were obtained on that cell, not on the NV-80 "
     "prismatic cell offered here.", "multilayer-stack"),
    ("Cycle data: from coin cells.\nNote: these results were measured not on the AX-5 pouch cell.", "coin-cell"),
    ("Cycling (1,000 cycles) was done in a 12-layer stack; the data are not from the ZP-2 pouch cell.",
     "multilayer-stack"),
])
def test_a_negated_place_denies_the_format_named_there(spec: ChecklistSpec, text: str, expected: str) -> None:
    claim = prefill(spec, text).claim("format")
    assert claim is not None and claim.option_id == expected
    assert "Pouch" not in claim.explanation


@pytest.mark.parametrize(("text", "expected"), [
    # ... while a place that is not negated is still read, and "no X on the Y" denies X, not Y.
    ("Results were measured on the 50 Ah pouch cell itself.", "pouch-prototype"),
    ("No issues were seen on the 50 Ah pouch cell over 800 cycles.", "pouch-prototype"),
])
def test_a_place_not_negated_is_read(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "format") == expected
