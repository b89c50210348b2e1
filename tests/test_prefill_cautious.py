"""The pre-fill reads a supplier's text as a cautious buyer would: each mechanism with texts of its own.

Written for issue 9 item 9 after the third blind set; none of these texts is a copy of a blind set's.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.match import match_step
from advisor.checklist.prefill import find_measurements, prefill
from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "expected"), [
    # An article after a negation does not hide what is denied.
    ("The pouch cell cycles without any external pressure.", "no-external-pressure"),
    ("Our modules need no external stack pressure at all.", "no-external-pressure"),
    ("It runs without the stack pressure fixture used in the lab.", "no-external-pressure"),
    ("Cells were held at 3 MPa in a fixture.", "external-pressure"),
])
def test_pressure_denied_with_an_article(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "pressure") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Readiness and what is still being bought or built are plans, not production.
    ("Our platform is volume-production ready and awaits its first order.", "announcements-only"),
    ("We are fully ready for series production.", "announcements-only"),
    ("A pilot line is under construction next to our research centre.", "announcements-only"),
    ("Equipment for the pilot line is in procurement.", "announcements-only"),
    # Samples that went out to customers are samples, not volume shipping.
    ("A-samples went out to three OEMs last quarter.", "pilot-line"),
    ("The first C-samples were dispatched to a truck maker in May.", "pilot-line"),
    # Results from the lab alone are one-off cells.
    ("All figures above are lab results from hand-made cells.", "announcements-only"),
    ("These are laboratory results; no scale-up has been attempted.", "announcements-only"),
    # Production that is running is still production.
    ("In series production since 2024, 2 GWh delivered to customers.", "shipping"),
    ("Our pilot line runs at 85 % yield.", "pilot-line"),
])
def test_plans_readiness_and_samples(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A resistance measured at the start of life, or named without its values, is no resistance after cycling.
    ("Cycle life: 1,500 cycles to 80 % SOH\nInternal resistance (initial, 1 kHz): 3 mOhm", "retention-only"),
    ("After 900 cycles capacity retention was 90 %. Fresh-cell impedance is 12 ohm cm2.", "retention-only"),
    ("800 cycles with 88 % capacity retention; we also did EIS, but I do not have the data.", "retention-only"),
    # Retention in other words.
    ("A capacity decay of 0.03 % per cycle was measured over 600 cycles.", "retention-only"),
    # A resistance that changed, or measured after cycling, is reported.
    ("1,000 cycles, 90 % capacity retention; DCIR after cycling +15 % versus BOL.", "retention-and-resistance"),
    ("Capacity retention 85 % after 700 cycles, and the impedance rose by 9 %.", "retention-and-resistance"),
])
def test_resistance_reported_only_after_cycling(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A coating or an interlayer is a protected anode only where the text names lithium metal.
    ("Separator: PP 12 µm, boehmite-coated\nAnode: graphite", "graphite"),
    ("Graphite anode; the electrolyte is coated onto both electrodes.", "graphite"),
    ("Anode: silicon-carbon composite. Current collector: carbon-coated Al foil.", "silicon-or-other"),
    ("The cathode powder gets a thin niobate coating.", None),
    ("An interlayer between cathode and electrolyte lowers the interfacial resistance.", None),
    ("Anode: Si/C with 8 % SiOx", "silicon-or-other"),
    # ... and then it is one.
    ("Lithium metal anode with an artificial SEI coating.", "lithium-metal-protected"),
    ("Li foil anode, 20 µm; a polymer interlayer sits between foil and separator.", "lithium-metal-protected"),
    ("Anode: lithium metal, 30 µm, no coating.", "lithium-metal-unprotected"),
])
def test_protection_needs_lithium_metal(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "anode") == expected


@pytest.mark.parametrize("answer", ["coated", "they use an interlayer", "protective coating"])
def test_a_buyer_naming_a_protection_still_means_protected(spec: ChecklistSpec, answer: str) -> None:
    step = spec.step("anode")
    assert step is not None
    found = match_step(step, answer).option
    assert found is not None and found.id == "lithium-metal-protected"


@pytest.mark.parametrize(("text", "expected"), [
    # The format the results were reported from decides, before a product format named elsewhere ...
    ("Our product is a 60 Ah prismatic cell. The cycling data come from 8-layer stacks.", "multilayer-stack"),
    ("The cell inside is a 50 Ah pouch. Packs were tested in a fleet of 30 delivery vans over 200,000 km.",
     "vehicle-test"),
    ("A 21700 cylindrical product is planned. Results: 12-layer stacked cells retained 90 % after 500 cycles.",
     "multilayer-stack"),
    # ... the most cautious of the formats the results came from ...
    ("Tested in coin cells and in 10-layer stacks: 400 cycles each.", "coin-cell"),
    # ... and, where no result names a format, the most cautious format named.
    ("Available as a pouch cell; coin cells are used for screening.", "coin-cell"),
])
def test_format_of_the_results(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A window from below room temperature to above it is where a product operates, not a test condition ...
    ("Operating range: -20 to 55 °C. Cycle life 2,000 cycles.", None),
    ("Works in every climate, from -22 °F on winter nights up to 122 °F in summer.", None),
    ("Charge between 0 °C and 45 °C.", None),
    # ... while a single test temperature, or a range that stays warm, is one.
    ("Cycled at 45 °C, 0.5C.", "elevated-temperature"),
    ("Operating range -20 to 55 °C; the 1,000 cycles were run at 60 °C.", "elevated-temperature"),
    ("Tested at 50-60 °C.", "elevated-temperature"),
    ("Cycling at 25 °C.", "room-temperature"),
])
def test_an_operating_window_is_no_test_condition(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "conditions") == expected


def test_a_window_is_still_a_figure_the_supplier_quotes(spec: ChecklistSpec) -> None:
    found = [m for m in prefill(spec, "Operating range: -20 to 55 °C.").measurements if m.kind == "temperature"]
    assert [m.normalised for m in found] == [55.0] and found[0].window


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A row whose value declines declines what its label names, even where the label is an option's wording ...
    ("Required stack pressure: confidential.", "pressure", "not-disclosed"),
    ("Clamping pressure | undisclosed (NDA)", "pressure", "not-disclosed"),
    ("4.2 Production volume: we cannot share this before the award.", "manufacturability", "not-disclosed"),
    # ... in numbered sections, whose lines are never one wrapped sentence ...
    ("4. Production\n4.1 Readiness level: TBD\n4.2 Manufacturing capacity: confidential at this stage.",
     "manufacturability", "not-disclosed"),
    ("6.1 Cycle life and end-of-life data: shared only under NDA.", "after-cycles", "not-disclosed"),
    # ... and after a spaced dash, a label's other layout.
    ("3) Anode material - sorry, that is confidential for now.", "anode", "not-disclosed"),
    ("- Electrolyte family - we cannot disclose it yet.", "electrolyte", "not-disclosed"),
    # A value stated before the refusal is still stated.
    ("Electrolyte: sulfide (exact composition confidential)", "electrolyte", "sulfide"),
    ("Stack pressure: 2 MPa (fixture design confidential)", "pressure", "external-pressure"),
    # A word that only shares a short start with a step's subject is no refusal of it.
    ("Product name: confidential until launch.", "manufacturability", None),
    # Prose with a dash is no row.
    ("The new cell - a 5 Ah pouch made on our pilot line - ran 800 cycles.", "format", "pouch-prototype"),
])
def test_refusals_in_rows_and_sections(spec: ChecklistSpec, text: str, step_id: str, expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2.1 Cycle data were obtained on pouch cells.", None),  # a section number, not 2.1 cycles
    ("Cycle life: 1.500 cycles", 1500.0),
    ("2.5k cycles at 1C", 2500.0),
])
def test_a_cycle_count_is_whole(text: str, expected: float | None) -> None:
    counts = [m.normalised for m in find_measurements(text) if m.kind == "cycles"]
    assert counts == ([] if expected is None else [expected])


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A table laid out with spaces or tabs is read row by row: the cathode's coating stays the cathode's ...
    ("Item        Value\nAnode       lithium metal foil, 25 µm\nCathode     NCM811, LiNbO3-coated\n",
     "anode", "lithium-metal-unprotected"),
    ("Anode\tLi metal, 40 µm\nCathode\tcarbon-coated LFP\n", "anode", "lithium-metal-unprotected"),
    ("Part        Cell A             Cell B\n"
     "Cathode     NMC, coated        same\n"
     "Anode       Li foil            same\n",
     "anode", "lithium-metal-unprotected"),
    # ... a row's placeholder says nothing ...
    ("Stack pressure      n/a\nAnode               graphite\n", "pressure", None),
    # ... while padding after a label's colon is no column, and one gap in prose is no table.
    ("Stack pressure:      0 psi - none\nAnode:     graphite\n", "pressure", "no-external-pressure"),
    ("Our anode is lithium metal   with a thin protective coating.", "anode", "lithium-metal-protected"),
])
def test_tables_laid_out_with_spaces(spec: ChecklistSpec, text: str, step_id: str, expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected
    written = " ".join(text.split())
    assert all(c.evidence in written for c in prefill(spec, text).claims)


@pytest.mark.parametrize("text", [
    # A column headed by a result word holds what the results came from ...
    "| Parameter | Product | Test cell |\n|---|---|---|\n| Format | 40 Ah prismatic pouch cell | 6-layer stack |\n",
    "Item          Offered as                 Measured on\n"
    "-----------   ------------------------   ----------------------\n"
    "Format        21700 cylindrical cell     10-layer stacked cell\n"
    "Capacity      5 Ah                       1 Ah\n",
    # ... and so does a row labelled by one.
    "Tested format | 12-layer stack\nProduct format | 60 Ah prismatic pouch cell\n",
])
def test_a_tables_result_column_or_row_names_the_format(spec: ChecklistSpec, text: str) -> None:
    assert reading(spec, text, "format") == "multilayer-stack"


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # Each line of an agenda is its own; a placeholder after a spaced dash leaves its line no claim.
    ("Agenda:\n 09:30  Arrival\n 10:00  Roadmap talk - TBD\n 11:30  Lunch\n", "manufacturability", None),
    ("Agenda:\n 09:30  Arrival\n 10:00  Tour of the pilot line\n 11:30  Lunch\n", "manufacturability", "pilot-line"),
    ("Next steps\n 1.1 Stack pressure - n/a\n 1.2 Anode - graphite\n", "pressure", None),
    ("Next steps\n 1.1 Stack pressure - n/a\n 1.2 Anode - graphite\n", "anode", "graphite"),
])
def test_agenda_and_section_lines_are_lines(spec: ChecklistSpec, text: str, step_id: str,
                                            expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


def test_a_buyer_answering_with_a_range_reports_the_conditions(spec: ChecklistSpec) -> None:
    step = spec.step("conditions")
    assert step is not None
    typed = "between 0 °C and 45 °C"
    found = match_step(step, typed, measurements=find_measurements(typed)).option
    assert found is not None and found.id == "elevated-temperature"
    assert reading(spec, typed, "conditions") is None  # the same words in a supplier's text: a window


@pytest.mark.parametrize(("text", "expected"), [
    ("We ship ready-to-use packs to customers.", "shipping"),
    ("In mass production since 2023; ready-made modules ship monthly.", "shipping"),
    ("Our plant is ready for mass production.", "announcements-only"),
])
def test_ready_made_goods_are_no_plan(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "manufacturability") == expected
