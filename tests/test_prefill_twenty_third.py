"""The pre-fill's readings broadened after the twenty-fourth blind set (the helper of session twenty-three).

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that
keeps the old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "expected"), [
    # A temperature a carrier is told to keep the cells at is no test's condition ...
    ("Keep the cartons between 10 and 30 °C during transport.", None),
    ("Transport temperature: 10-30 °C", None),
    ("The pallets travel in transit at 20 °C.", None),
    # ... while the test's own temperature beside it still is.
    ("Cells kept at 25 °C in transit; cycling at 60 °C, 0.5C.", "elevated-temperature"),
])
def test_a_transport_temperature_is_advice_not_a_condition(spec: ChecklistSpec, text: str,
                                                           expected: str | None) -> None:
    assert reading(spec, text, "conditions") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A cycle life counted down to a share of capacity is the capacity retained then ...
    ("The pack is rated for 2,500 cycles to 75 % capacity at 25 °C.", "retention-only"),
    ("Cycle life: 1,200 cycles down to 80 % of initial capacity.", "retention-only"),
    ("Rated life 900 cycles until 70 % of rated capacity.", "retention-only"),
    ("| Rated life | the module is rated for 3,000 cycles to 70 % |\n| | capacity at 25 °C |", "retention-only"),
    # ... while a depth of discharge or a charge state is not.
    ("Cycle life: 4,000 cycles at 80 % DoD.", "headline-only"),
    ("Charged 500 cycles to 80 % SOC.", "headline-only"),
])
def test_cycles_counted_to_a_share_of_capacity_are_retention(spec: ChecklistSpec, text: str,
                                                             expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An AC internal resistance given after cycling is a resistance result ...
    ("After 400 cycles: capacity retention 91 %, ACIR +9 %.", "retention-and-resistance"),
    # ... and a measure recorded but left out of what is reported reports nothing ...
    ("Capacity retention 91 % after 500 cycles; EIS was recorded but not analysed.", "retention-only"),
    ("Capacity retention 91 % after 500 cycles; impedance spectra were not compared between the cells.",
     "retention-only"),
    # ... while one reported is still read.
    ("Capacity retention 91 % after 500 cycles; DCIR +12 %.", "retention-and-resistance"),
])
def test_a_resistance_taken_but_not_reported_is_not_a_result(spec: ChecklistSpec, text: str,
                                                             expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Thousands of products counted as sold were sold to their users ...
    ("More than 12,000 packs sold across Asia.", "shipping"),
    ("We have sold 8.500 units to date.", "shipping"),
    ("✓ 30,000 HomeStore batteries sold", "shipping"),
    # ... while a few, samples, or a count of cycles are not.
    ("We sold 3 samples to a university lab.", None),
    ("Sold 12 prototype cells.", None),
    ("1,500 cycles sold as the headline of the campaign.", None),
])
def test_thousands_of_products_sold_is_shipping(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Hours flown or run in customers' equipment are a field record ...
    ("Customer drones have logged 12,000 flight hours on our cells.", "vehicle-test"),
    ("Over 3,000 hours in the field with utility customers.", "vehicle-test"),
    # ... while hours on a lab tester are not.
    ("Tested for 3,000 hours in CR2032 coin cells.", "coin-cell"),
])
def test_hours_in_the_field_are_a_field_test(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A figure a planned study will vary is the study's question, not what the results needed ...
    ("WP2: the institute will study how stack pressure between 1 and 20 MPa affects cycle life.", None),
    ("We plan to investigate stack pressures of 0.5 to 5 MPa next year.", None),
    # ... while a pressure the results were cycled at, or one the pack will apply in use, is still read.
    ("Cycled at 2 MPa; a future study will examine lower pressures.", "external-pressure"),
    ("The pack will apply 2 MPa to the cells.", "external-pressure"),
])
def test_a_planned_study_s_figures_are_not_a_condition(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "pressure") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A subject an aside parts from the rest of its words is still what the refusal withholds ...
    ("The test conditions (temperature, current rates) of the reported results are confidential.", "not-disclosed"),
    ("The test conditions (temperature and C-rate) for the B-sample data are not disclosed.", "not-disclosed"),
    # ... while a refusal of something else, with an aside, leaves the conditions stated.
    ("The price (per kWh) of the cells is confidential. Cycled at 25 °C, 1C.", "room-temperature"),
])
def test_a_refused_subject_runs_on_past_an_aside(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "conditions") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # What an association says of its members in general, or of some designs among others, is the field's ...
    ("Among our 20 members, polymer and oxide electrolytes are used.", "electrolyte", None),
    ("Several members use oxide electrolytes; others prefer sulfides.", "electrolyte", None),
    ("Some designs need external stack pressure; others rely on interlayers.", "pressure", None),
    ("Members operate nine pilot lines across Europe.", "manufacturability", None),
    # ... while what the supplier says of its own cell beside it, or of its own team, is still read.
    ("Our cell uses a polymer electrolyte; several members use oxides.", "electrolyte", "polymer"),
    ("Members of our team built the sulfide cells.", "electrolyte", "sulfide"),
])
def test_an_association_s_members_in_general_are_no_claim(spec: ChecklistSpec, text: str, step_id: str,
                                                          expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Shipping" as one consignment's freight, its paperwork or its cost, is no volume production ...
    ("Described by the proper shipping name UN 3480.", None),
    ("Shipping costs are borne by the buyer.", None),
    ("Shipping documents attached; hand-built prototype cells.", "announcements-only"),
    # ... while shipping cells to customers still is.
    ("We are shipping 2 MWh a month to customers.", "shipping"),
    ("Shipping in volume since 2025.", "shipping"),
])
def test_freight_shipping_is_not_volume_shipping(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A form's question cell ending on a colon, or listing its choices after one, labels the next cell's answer ...
    ("| 1 | Cell route: [ ] all-solid-state  [ ] semi-solid | not disclosed |", "not-disclosed"),
    ("| 1 | Route: | not disclosed |", "not-disclosed"),
    ("| Route: | semi-solid, 10 wt% gel |", "semi-solid"),
    # ... and a ticked choice in it is still the answer.
    ("| Cell route: [ ] all-solid-state [x] semi-solid | see box |", "semi-solid"),
])
def test_a_form_s_question_cell_with_a_colon_labels_its_answer(spec: ChecklistSpec, text: str,
                                                               expected: str | None) -> None:
    assert reading(spec, text, "route") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A row whose label and value pair their items by slashes leaves the item with a placeholder unanswered ...
    ("| 8 | Capacity retention after 500 cycles / DCIR growth | 88 % / N/A |", "retention-only"),
    ("Capacity retention after 500 cycles / resistance growth: 88 % / TBD", "retention-only"),
    # ... while an item with a value is answered.
    ("Capacity retention after 500 cycles / DCIR growth: 88 % / +12 %", "retention-and-resistance"),
])
def test_slash_paired_items_with_a_placeholder_are_unanswered(spec: ChecklistSpec, text: str,
                                                              expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Test vehicle" as a lab's word for the cell tested names that cell ...
    ("| 4 | Test vehicle for the cycling data | Single-layer pouch, 30 mAh, lab-built |", "coin-cell"),
    ("The test vehicle was a CR2032 coin cell.", "coin-cell"),
    ("Test vehicle: 2 Ah pouch cells", "pouch-prototype"),
    ("| 3 | Test vehicle behind the cycling and abuse data in rows 6 to 9 | Coin cell, CR2032 |", "coin-cell"),
    # ... while cells driven in one were in a vehicle.
    ("The cells ran 20,000 km in a test vehicle.", "vehicle-test"),
    ("Prototype cells were tested in a test vehicle for six months.", "vehicle-test"),
])
def test_a_test_vehicle_that_is_a_cell_is_no_vehicle(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Each item of a list that a request opens is asked for, not stated ...
    ("We need the route, the format behind your figure, the pressure and your yield.", None),
    ("They asked for the format, the pressure and the yield.", None),
    # ... while a clause after it that says something of its own, or a statement before the request, is read.
    ("We need the cells by May, the pilot line yield is 92 %.", "pilot-line"),
    ("Our pilot line runs at 92 % yield; we need the price and the volume.", "pilot-line"),
])
def test_a_list_a_request_opens_is_asked_for(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A quoted e-mail's sentence wrapped over two quoted lines is read whole ...
    ("> From: Ana\n> Before we order we need the route, the anode, the format behind your 600-cycle\n"
     "> figure, the pressure, the test temperature and your yield. Thanks.", None),
    # ... while a quoted line that opens a new sentence is its own.
    ("> We need the route and the anode.\n> Our pilot line yield is 92 %.", "pilot-line"),
])
def test_a_quoted_sentence_wrapped_over_lines_is_read_whole(spec: ChecklistSpec, text: str,
                                                            expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Words close to an alias's only in another order say something else: a module's cell stack is no stacked cell ...
    ("The end plates keep the cell stack compressed.", None),
    # ... while the alias's words in its own order, or with a typo, are still read.
    ("Tested in stacked cells of 2 Ah.", "multilayer-stack"),
    ("Tested in a stackd cell.", "multilayer-stack"),
])
def test_close_words_in_another_order_are_another_thing(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Cells said not to be clamped need no clamping ...
    ("We don't clamp the cells at all.", "no-external-pressure"),
    ("There is no need to clamp the stack.", "no-external-pressure"),
    ("We clamp the cells at 2 MPa.", "external-pressure"),
    # ... and an interlayer named in the answer about the anode, in a sentence saying why they are not clamped, is what
    # keeps contact instead; one only protecting the anode is still the anode's.
    ("Moderator: The anode?\nSupplier: Lithium metal with a soft interlayer. That interlayer is why we don't clamp "
     "the cells.", "interlayers"),
    ("Anode: Li metal, protected by an interlayer", None),
])
def test_an_interlayer_said_to_replace_clamping_is_the_pressure_answer(spec: ChecklistSpec, text: str,
                                                                       expected: str | None) -> None:
    assert reading(spec, text, "pressure") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A long line of prose that wraps inside its sentence's subject, before a capitalised name and its verb, is one
    # sentence ...
    ("Clause 4. The test conditions (temperature and current rates) of the Project\nData are confidential.",
     "not-disclosed"),
    # ... while a short heading over a sentence of its own is not joined to it.
    ("Summary of the programme\nResults are shown below: 25 °C, 1C.", "room-temperature"),
])
def test_a_sentence_wrapped_inside_its_subject_is_read_whole(spec: ChecklistSpec, text: str,
                                                             expected: str | None) -> None:
    assert reading(spec, text, "conditions") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A start of production dated by its year is a schedule ...
    ("• Gigafactory SOP 2030", "announcements-only"),
    ("The plant is on our roadmap for 2029, with start of production (SOP) in 2030.", "announcements-only"),
    # ... while one that has happened, or that dates the production a status states, is not.
    ("SOP since 2024, 2 GWh shipped.", "shipping"),
    ("Status: Mass production, SOP 2025-Q3", "shipping"),
])
def test_a_start_of_production_dated_by_its_year_is_a_plan(spec: ChecklistSpec, text: str,
                                                           expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A plant still to be built, or whose ground is still to be broken, is a plan ...
    ("The ask: EUR 25 M to build our first pilot line (commissioning 2028)", "announcements-only"),
    ("Our first production facility is scheduled to break ground in 2029.", "announcements-only"),
    # ... and so is availability dated in a table's next cell; samples counted after their label were shipped samples.
    ("| Sample availability | Q2 2028 |", "announcements-only"),
    ("B-samples: 80 pcs shipped to three OEM customers", "pilot-line"),
    # A line that builds now is still one.
    ("We use the pilot line to build 2 Ah cells.", "pilot-line"),
])
def test_a_plant_still_to_be_built_is_a_plan(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A micro sign before an element's symbol names its micro-sized powder ...
    ("Anode: µSi (99.5 % Si), binder-free.", "silicon-or-other"),
    ("Negative electrode: μSi, 20 µm", "silicon-or-other"),
    # ... while a thickness in micrometres names nothing.
    ("Anode: Li foil, 20 µm", "lithium-metal-unprotected"),
])
def test_a_micro_sign_before_an_element_is_its_micro_powder(spec: ChecklistSpec, text: str,
                                                            expected: str | None) -> None:
    assert reading(spec, text, "anode") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A question and its answer marked as whose they are ("Your question 4.7:", "Our answer:") pair as "Q:" and "A:"
    # do: the answer's refusal withholds what the question asks, whose words the supplier does not claim ...
    ('Your question 5.2: "What was measured after the headline cycle count?"\nOur answer: End-of-test data are '
     'confidential.', "not-disclosed"),
    ("The question 3: What was measured after the cycle count?\nThe answer: Retention only, 90 % after 400 cycles.",
     "retention-only"),
])
def test_a_question_and_answer_marked_as_whose_they_are_pair(spec: ChecklistSpec, text: str,
                                                             expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The setting of a safety or abuse test is a temperature the cell was made to survive, no test condition ...
    ("T.5 External short circuit at 57 °C - PASS\nThermal abuse, 130 °C for 30 min - PASS", None),
    ("Thermal test (-40 °C / +72 °C, 10 cycles) - PASS", None),
    # ... while cycling at a temperature beside one still is.
    ("Cycled at 60 °C, 0.5C; nail penetration passed.", "elevated-temperature"),
    ("Cycled at 60 °C, no fire in the nail penetration test.", "elevated-temperature"),
])
def test_a_safety_test_s_temperature_is_no_condition(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "conditions") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The cycles of a safety test are the test's, no cycle life ...
    ("Thermal test (-40 °C / +72 °C, 10 cycles) - PASS", None),
    # ... while a cycle count before one, said of something else, is still a count.
    ("1,000 cycles at 25 °C, then nail penetration: no fire.", "headline-only"),
    # Results named as outside a report's scope are not reported.
    ("Capacity retention data are not included in this summary.", None),
    ("Cycle-life and capacity-retention results are outside the scope of this report.", None),
    ("Capacity retention 91 % after 500 cycles. Abuse tests are outside the scope of this report.", "retention-only"),
])
def test_a_safety_test_s_cycles_and_excluded_results_report_no_cycling(spec: ChecklistSpec, text: str,
                                                                       expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Composite" alone in a row about the anode says how the anode is made ...
    ("Electrolyte: in-situ polymerised gel\nAnode: Si/C composite, 900 mAh/g", None),
    # ... while a composite electrolyte named as one is still read, beside such a row or not.
    ("Anode: Si/C composite\nElectrolyte: LLZO-in-PEO composite", "composite"),
    ("Anode: Li metal\nCell: semi-solid, composite electrolyte", "composite"),
])
def test_composite_in_another_part_s_row_is_that_part_s(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "electrolyte") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A document's confidentiality marking ("Confidential investor presentation") declines nothing it states ...
    ("ACME - Series A | Confidential investor presentation | May 2026\nPilot line running, yield 88 %", "pilot-line"),
    # ... while a value declared confidential is still withheld.
    ("Confidential draft. Our yield data are confidential.", "not-disclosed"),
    # A plan heading after a slide's or a section's number heads a plan ...
    ("Slide 6 - Roadmap\n• 2027: pilot line (funded by this round)\n• 2030: 2 GWh plant, SOP", "announcements-only"),
    ("4.2 Outlook\nPilot line commissioning next year.", "announcements-only"),
    # ... and another heading does not.
    ("Slide 3 - Production\n• Pilot line running, yield 88 %", "pilot-line"),
])
def test_document_markings_and_numbered_plan_headings(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A value cell whose items pair by slashes with its label's reads each number in the unit its label item names ...
    ("Q-07 | Test temperature [°C] / C-rate | 25 / 0.5C", "room-temperature"),
    ("| Test temperature [°F] / rate | 140 / C/3 |", "elevated-temperature"),
    # ... and a number paired with an item without a unit is no temperature.
    ("| Rate / humidity [%] | 1 / 50 |", None),
])
def test_slash_paired_items_take_their_label_item_s_unit(spec: ChecklistSpec, text: str,
                                                         expected: str | None) -> None:
    assert reading(spec, text, "conditions") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A refusal of a word of one step's subject that another step's title qualifies ("the anode composition") withholds
    # that other step's make-up ...
    ("The cell uses an in-house solid electrolyte. The anode composition is confidential.", "electrolyte", None),
    ("The anode composition is confidential.", "anode", "not-disclosed"),
    # ... while the step's own composition is still withheld.
    ("The electrolyte composition is confidential.", "electrolyte", "not-disclosed"),
])
def test_a_refused_make_up_of_another_part_is_that_part_s(spec: ChecklistSpec, text: str, step_id: str,
                                                          expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A small amount of an ionic liquid, hyphenated or not, is a liquid fraction, whatever "all solid" says first ...
    ("All solid in the sense that nothing flows. We add a small amount of ionic-liquid plasticiser (~3 wt%) to the "
     "membrane.", "route", "semi-solid"),
    # ... and samples on their way to customers, or that left the building for them, are samples to customers.
    ("Today our first A-samples left the building: 200 cells on their way to two OEMs.", "manufacturability",
     "pilot-line"),
    ("Our B-samples are on their way to three OEMs.", "manufacturability", "pilot-line"),
])
def test_hyphenated_ionic_liquid_and_samples_on_their_way(spec: ChecklistSpec, text: str, step_id: str,
                                                          expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A cell made only to be compared with the product is not the product: what it needed is no claim ...
    ("[0012] The buffer layer keeps contact, so no external stack pressure is required.\n\n[0020] Comparative "
     "Example 2. An otherwise identical cell without the buffer layer required 4 MPa to cycle.", "interlayers"),
    ("The control cells without the buffer layer needed 5 MPa.", None),
    # ... while the product said to be identical to another is still itself.
    ("Cycled at 2 MPa, otherwise identical to the B-sample.", "external-pressure"),
])
def test_a_comparison_cell_is_not_the_product(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "pressure") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # What a sentence reports before someone is said to contradict it is disputed, no claim ...
    ("Their sales rep told me they're \"in volume production\", but their engineer says otherwise. Engineer: lab "
     "scale only, no pilot line yet.", "announcements-only"),
    ("We are in mass production, but the analyst says otherwise.", None),
    # ... while an uncontested one stands.
    ("We are in mass production since 2024.", "shipping"),
])
def test_a_contradicted_claim_is_no_claim(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Cells taken out of a vehicle were tested in it ...
    ("We tore down four B-sample cells after they came out of a development vehicle driven 38,000 km.", "vehicle-test"),
    ("Two pouch cells removed from the test car after 9 months were analysed.", "vehicle-test"),
    # ... while what is taken from a line is no thing held in it.
    ("Cells taken from the pouch line were tested in coin cells.", "coin-cell"),
])
def test_cells_taken_out_of_a_vehicle_were_tested_in_it(spec: ChecklistSpec, text: str,
                                                        expected: str | None) -> None:
    assert reading(spec, text, "format") == expected
