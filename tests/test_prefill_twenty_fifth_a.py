"""The pre-fill's readings broadened after the twenty-eighth blind set (the first helper of session twenty-five).

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that
keeps the old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "expected"), [
    # A model code whose letters happen to be element symbols is no formula: its number names the cell size ...
    ("The BNC-18650 samples were cycled at 25 °C and kept 91 % capacity after 400 cycles.", "pouch-prototype"),
    ("Cycle data: CS-4680 test cells, 300 cycles at 0.5C, 94 % capacity retained.", "pouch-prototype"),
    ("Results were measured on KNO-21700 cells from the first lot.", "pouch-prototype"),
    # ... while a formula's parts each name a compound, and a coin cell stays a coin cell.
    ("The Li2S-P2S5 glass cells were tested as CR2032 coin cells for 200 cycles.", "coin-cell"),
])
def test_a_model_code_with_a_number_part_is_no_formula(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # No compression on the stack is no stack pressure ...
    ("The modules need no external compression; the cells sit loose in their trays.", "no-external-pressure"),
    ("Our pouch cells cycle without compression, and no end plates are used.", "no-external-pressure"),
    ("Stack: uncompressed, held in a plastic frame only.", "no-external-pressure"),
    # ... while a stack compressed to a figure needs it.
    ("The stack is held under compression at 1.5 MPa by steel end plates.", "external-pressure"),
])
def test_no_compression_is_no_stack_pressure(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "pressure") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The date or timeline of production is its schedule, announced or not, no evidence that it is there ...
    ("All cells so far were made by hand in our lab. A series production date has not been set.",
     "announcements-only"),
    ("Mass production timeline: to be confirmed after the B-sample phase.", "announcements-only"),
    ("Hand-built cells only so far; SOP date still open.", "announcements-only"),
    # ... while production under way is shipping.
    ("Series production has run since 2025 and 30,000 cells were shipped to customers.", "shipping"),
])
def test_the_date_of_production_is_a_schedule(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A later item of what a question asks for, joined by "and" or "or", is asked for too ...
    ("Buyer: The cells kept 90 % capacity after 500 cycles, fine. What about the capacity after cycling and DCIR?",
     "retention-only"),
    ("Pouch cells kept 88 % of capacity after 300 cycles. Which end-of-test capacity figure or DCIR value can "
     "you share?", "retention-only"),
    # ... while a resistance growth stated outright is reported.
    ("The cells kept 90 % capacity after 500 cycles, and DCIR rose by 12 %. What about 1,000 cycles?",
     "retention-and-resistance"),
])
def test_a_later_item_of_a_question_is_asked(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A statement someone puts to the supplier that the supplier's reply disowns is no claim of the supplier's ...
    ("Visitor: I heard a test house ran your cells at 70 °C for 2,000 cycles. Is that right?\n"
     "Supplier: Not our data. Our own tests run at 25 °C.", "conditions", "room-temperature"),
    ("Q: A university paper cycled your pouch cells at 80 °C. Comments? Thoughts?\n"
     "A: Those are not our numbers, sorry.", "conditions", None),
    ("Reporter: A rival says your cells need 5 MPa of stack pressure.\nCEO: Not ours. Ours cycle without clamping.",
     "pressure", "no-external-pressure"),
    # ... while a statement the reply confirms stays.
    ("Visitor: I heard your cells ran at 70 °C for 2,000 cycles. Is that right?\nSupplier: Yes, those are our data.",
     "conditions", "elevated-temperature"),
])
def test_a_statement_the_reply_disowns_is_no_claim(spec: ChecklistSpec, text: str, step: str,
                                                    expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A range written "between ... and" is a window, not the temperature a result was measured at ...
    ("Charge the pack between 0 and 45 °C only; discharge down to -20 °C is allowed.", None),
    ("The pack may be charged between 5 and 40 °C.", None),
    ("Keep cell temperature between 32 and 104 °F while charging.", None),
    # ... while a test between two temperatures close to room temperature is run at room temperature.
    ("Cycling was run between 23 and 27 °C at 0.5C.", "room-temperature"),
])
def test_a_between_and_range_is_a_window(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "conditions") == expected


@pytest.mark.parametrize("text", [
    # An e-mail or web address, or a firm's registered name, says nothing of the cell's route ...
    "From: sales@nova-ssb.example\nSubject: your RFQ\nWhether the cells hold any liquid or gel is something we cannot "
    "share.",
    "Supplier: Polar Solid State Battery GmbH, Oslo.\nWhether any liquid remains in the cell we cannot say.",
    "Product page: www.acme.example/solid-state-cells\n\nThe electrolyte is a sulfide. Whether the cell holds any "
    "liquid is confidential.",
])
def test_an_address_or_a_firms_name_is_no_route(spec: ChecklistSpec, text: str) -> None:
    assert reading(spec, text, "route") == "not-disclosed"


def test_a_product_called_solid_state_beside_a_firms_name_stays_unclear(spec: ChecklistSpec) -> None:
    # ... while the product the firm calls a solid-state battery is read as ever.
    assert reading(spec, "Nordic Cells Ltd. describes its product as a solid-state battery.", "route") == "unclear"


@pytest.mark.parametrize(("text", "step", "expected"), [
    # Information called proprietary is withheld wherever it stands in its line ...
    ("- Negative electrode material: proprietary information, available to the notified body only\n"
     "- Cycle life: 800 cycles at 25 °C", "anode", "not-disclosed"),
    ("Electrolyte family: proprietary information; available on request to certified partners.", "electrolyte",
     "not-disclosed"),
    # ... while a thing called proprietary is named.
    ("The cell uses a proprietary interlayer on the lithium metal foil.", "anode", "lithium-metal-protected"),
])
def test_proprietary_information_is_withheld(spec: ChecklistSpec, text: str, step: str, expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A long label before a refusal is counted by the words that name something, not its articles, prepositions and
    # numbers ...
    ("- Format of the cells used for the UN 38.3 transport test and the cycle-life test: confidential", "format",
     "not-disclosed"),
    ("Stack pressure applied to the cells during the IEC 62660 test sequence at the lab: confidential", "pressure",
     "not-disclosed"),
    # ... and a short label before one still withholds its own step only.
    ("Test format: 5 Ah pouch cells. Stack pressure during the cycle-life test: confidential.", "format",
     "pouch-prototype"),
])
def test_a_long_label_before_a_refusal_is_declined(spec: ChecklistSpec, text: str, step: str,
                                                   expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # The target for the period an actual column reports names what the actual figure was measured on, where the
    # actual cell holds a figure alone ...
    ("KPI | Target 2026 | Actual 2026 | Target 2028\n---|---|---|---\nElectrolyte | LLZO garnet tape, 40 µm | 44 µm | "
     "20 µm\nCycle life | 500 | 520 | 1000\n", "electrolyte", "oxide"),
    ("Item | Target H1 | Achieved H1 | Target H2\n---|---|---|---\nAnode | silicon-graphite blend, 1,500 mAh/g | "
     "1,420 mAh/g | -\nRate | 1C | 1C | 2C\n", "anode", "silicon-or-other"),
    ("Work package | Target Q2 | Actual Q2\n-----------|-----------|---------\nSolid electrolyte | sulfide sheet, "
     "30 µm | 31 µm\nYield | 80 % | 78 %\n", "electrolyte", "sulfide"),
    # ... while an actual cell with words of its own says what there is, and a later period's target is no fact.
    ("KPI | Target 2026 | Actual 2026\n---|---|---\nAnode | lithium metal foil | graphite\nCapacity | 5 Ah | 5.1 Ah\n",
     "anode", "graphite"),
    ("KPI | Actual 2026 | Target 2028\n---|---|---\nElectrolyte | 44 µm | LLZO garnet\nCapacity | 5 Ah | 10 Ah\n",
     "electrolyte", None),
])
def test_a_periods_target_names_what_its_actual_figure_measured(spec: ChecklistSpec, text: str, step: str,
                                                                 expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A plant's commissioning or construction dated by a year or a quarter is a schedule ...
    ("Manufacturing status: line commissioning in 2027.", "announcements-only"),
    ("Pilot line: commissioning Q4 2026", "announcements-only"),
    ("All cells are made in our R&D lab today; plant construction 2026, ramp-up 2027.", "announcements-only"),
    # ... while a line commissioned at a date is there.
    ("Pilot line commissioned Q2 2025; yield 91 % over 3,000 cells.", "pilot-line"),
])
def test_a_plants_dated_commissioning_is_a_schedule(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A pressure of nought that ends its clause is no pressure, not a stack pressure named by its unit ...
    ("The coin cells ran with no external fixture pressure (0 MPa).", "no-external-pressure"),
    ("Cells were not clamped (0 psi).", "no-external-pressure"),
    ("Data basis: 5 Ah pouch, 25 °C, 0.3C, stack load 0 kPa.", "no-external-pressure"),
    # ... while a pressure above nought is one.
    ("Cells were held in a fixture (2 MPa) during cycling.", "external-pressure"),
])
def test_a_pressure_of_nought_is_none(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "pressure") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A force and the area it is applied to, written apart, are a pressure ...
    ("Load: 2 kN over the 50 x 40 mm face of each cell during cycling.", "external-pressure"),
    ("A 150 kgf weight rests on the 10 cm × 8 cm cell while it cycles.", "external-pressure"),
    # ... below the least stack pressure where the force is slight, and a force per area is read as before.
    ("A 0.05 kgf label sits on the 100 mm x 80 mm cell.", None),
    ("The end plates were tightened to 12 kgf/cm² on the 100 mm x 80 mm stack.", "external-pressure"),
])
def test_a_force_over_an_area_is_a_pressure(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "pressure") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A part's label in prose that ends its line goes on in the next: its coating is that part's ...
    ("Cell design frozen in month 12: sulfide separator, 30 µm, hot-pressed onto the composite cathode. Cathode:\n"
     "NCM622 with a Li2ZrO3 coating. Anode: lithium metal foil, 20 µm.", "lithium-metal-unprotected"),
    ("Work package 2 delivered the cell stack: oxide separator, pouch format, six layers. Positive electrode:\n"
     "LFP, carbon-coated, 3 mAh/cm². Anode: lithium metal foil.", "lithium-metal-unprotected"),
    # ... while the anode's label ending its line still owns the lithium's coating.
    ("Cathode: NMC811.\nAnode:\nlithium metal with a LiF coating.", "lithium-metal-protected"),
])
def test_a_wrapped_part_label_owns_the_next_line(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "anode") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Where no format is named in the sentences reporting results, the one named in the numbered section reporting
    # them is where they came from, before the product format of another section ...
    ("1. Cell\n   Format: 280 Ah prismatic cells\n2. Field data\n   Site: a wind farm, in service since 2024\n"
     "   After 500 full cycles: SOH 95 %, DCIR +6 %", "vehicle-test"),
    ("1) Product: 20 Ah pouch cell, LFP\n2) Fleet experience\n   Operator: a city bus fleet of 12 buses, in service "
     "since 2023.\n   Capacity retention after 900 cycles: 92 %.", "vehicle-test"),
    # ... while a format named in the results themselves stays theirs.
    ("1. Cells: 5 Ah pouch cells\n2. Results: after 300 cycles the pouch cells kept 93 % capacity.\n"
     "3. Outlook: field tests with the operator next year.", "pouch-prototype"),
])
def test_the_section_reporting_results_names_their_format(spec: ChecklistSpec, text: str,
                                                          expected: str | None) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # What a standard or its clause is said to require, and the quoted words an editing instruction moves, are the
    # document's, not the product's ...
    ("Clause 5.2 requires a test temperature of 45 °C. We ran our cells at 25 °C.", "conditions", "room-temperature"),
    ("IEC 62660-1 specifies cycling under 2 MPa; our pouch cells cycle without clamping.", "pressure",
     "no-external-pressure"),
    ('Proposed change: replace "held at 60 °C" with "held at the temperature the maker states". Our own data were '
     "taken at 25 °C.", "conditions", "room-temperature"),
    # ... while what was done to meet a clause is the product's.
    ("Clause 7.3 was met: the cells were cycled at 45 °C.", "conditions", "elevated-temperature"),
])
def test_a_standards_requirement_is_no_claim(spec: ChecklistSpec, text: str, step: str, expected: str | None) -> None:
    assert reading(spec, text, step) == expected
