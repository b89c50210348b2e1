"""The pre-fill's readings broadened in session thirty-one, after the thirty-ninth blind set's misses.

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that keeps the
old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "expected"), [
    # A share of liquid given in words ("a few percent", "a couple of percent", "single-digit wt%") is a fraction of
    # liquid as a figure is: the route is semi-solid, whatever the headline says ...
    ("The cell is all-solid-state. We add a few percent of ionic-liquid electrolyte to the cathode blend.",
     "semi-solid"),
    ("All-solid-state cell; the separator holds a couple of percent of liquid.", "semi-solid"),
    ("All-solid-state pouch with single-digit wt% liquid electrolyte for wetting.", "semi-solid"),
    ("Fully solid design, though several percent by weight of organic liquid remains in the cathode.", "semi-solid"),
    # ... while a few percent of something else beside a liquid named is no fraction of liquid.
    ("All-solid-state cell. It holds a few percent more capacity than liquid cells.", "all-solid-state"),
])
def test_a_share_of_liquid_in_words_is_a_fraction(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "route") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A layer said in a verb to protect the lithium ("a thin layer that protects it", "a film protects the lithium")
    # is a protection concept ...
    ("Anode is lithium metal, and over it sits a thin layer that protects it from dendrites.",
     "lithium-metal-protected"),
    ("The anode is lithium metal with a thin film that protects it.", "lithium-metal-protected"),
    ("Lithium metal anode; a carbon layer protecting it against dendrites.", "lithium-metal-protected"),
    ("Lithium foil anode. A sputtered alloy film protects the lithium during plating.", "lithium-metal-protected"),
    ("Li metal anode with a LiF protection layer.", "lithium-metal-protected"),
    # ... while a layer protecting the whole cell is its package, and plain lithium metal stays unprotected.
    ("Lithium metal anode. The pouch has an outer layer that protects the cell from moisture.",
     "lithium-metal-unprotected"),
    ("Lithium metal anode, 20 µm.", "lithium-metal-unprotected"),
])
def test_a_layer_said_to_protect_the_lithium_is_protection(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "anode") == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A question asking why something is not so ("Why doesn't the KX-3 datasheet list stack pressure?") names what is
    # missing and states nothing of it, however many words (a product code) stand between the negation and it ...
    ("Why doesn't the KX-3 datasheet list stack pressure?", "pressure", None),
    ("FAQ: \"Why doesn't the ZR-40 sheet give a stack pressure?\" Q: Which pressure was used? A: This is "
     "proprietary information.", "pressure", "not-disclosed"),
    ("Why isn't the PX-9 test temperature on the datasheet?", "conditions", None),
    ("Why does the MK-2 datasheet not show stack pressure?", "pressure", None),
    # ... while a statement naming it, or a question that is no question of something missing, still reads.
    ("Our KX-3 datasheet lists a stack pressure of 2 MPa.", "pressure", "external-pressure"),
    ("Why do the KX-3 cells need 2 MPa of stack pressure? The sulfide separator needs contact.", "pressure",
     "external-pressure"),
])
def test_a_question_why_something_is_missing_states_nothing(spec: ChecklistSpec, text: str, step: str,
                                                            expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Money set aside for a plant ("the proceeds fund a pilot line", "the grant is financing a pilot plant") pays for
    # one still to be built: the plant is a plan ...
    ("Cells are made in lab-scale batches. The loan proceeds fund a pilot line.", "announcements-only"),
    ("The grant is financing a new pilot plant.", "announcements-only"),
    ("Cells are hand-built; the round pays for a pilot line next to the lab.", "announcements-only"),
    # ... while a plant paid for in the past, or simply running, is there.
    ("The 2022 grant funded our pilot line, which has run at 90 % yield since 2023.", "pilot-line"),
    ("Our pilot line runs at 92 % yield.", "pilot-line"),
])
def test_a_plant_being_funded_is_a_plan(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A press making the stack ("the warm isostatic press densifies each stack at 300 MPa") presses the stack it makes,
    # no stack held in use, and how warm the press is is the process's temperature ...
    ("The warm isostatic press densifies each stack at up to 350 MPa before sealing.", "pressure", None),
    ("The warm isostatic press densifies each stack at up to 350 MPa before sealing.", "conditions", None),
    ("Our hot press compacts the stack at 250 MPa.", "pressure", None),
    ("Stacks are warm-pressed at 300 MPa in the dry room.", "conditions", None),
    # ... while a stack held under pressure while it cycles, and a warm chamber a test runs in, still read.
    ("The press densifies the stack at 350 MPa. Cells cycled under 2 MPa at 45 °C.", "pressure", "external-pressure"),
    ("The stack was held at 5 MPa during cycling in a warm chamber.", "conditions", "elevated-temperature"),
    ("The stack was held at 5 MPa during cycling in a warm chamber.", "pressure", "external-pressure"),
])
def test_a_press_making_the_stack_is_the_process(spec: ChecklistSpec, text: str, step: str,
                                                 expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A resistance a condition says may rise above a share of its first value ("replace the pack when DCIR exceeds
    # 150 % of its initial value") is a service or warranty criterion, no resistance measured after cycling ...
    ("Rated life 5,000 cycles. Replace the module when capacity falls below 70 % or when DCIR exceeds 150 % of the "
     "commissioning value.", "headline-only"),
    ("Warranty: 4,000 cycles. The pack is replaced once its impedance rises above 200 % of the value at delivery.",
     "headline-only"),
    ("Cycle life 3,000 cycles (rated). Service the unit if internal resistance grows beyond 180 %.", "headline-only"),
    # ... while a resistance measured after cycling still reads beside such a criterion.
    ("After 1,000 cycles the capacity was 92 % and DCIR rose 8 %. Replace when DCIR exceeds 150 %.",
     "retention-and-resistance"),
])
def test_a_resistance_threshold_is_no_measurement(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Buyers named by what they run or make ("fleet customers", "car makers") say who buys, not where a result was
    # measured ...
    ("Over 5,000 packs have been delivered to fleet customers.", None),
    ("Modules are sold to car makers and fleet clients across Europe.", None),
    ("Our vehicle customers receive the packs pre-charged.", None),
    # ... while a fleet or a vehicle the packs ran in is still a field test.
    ("The packs run in a fleet of delivery vans; SOH 94 % after two years.", "vehicle-test"),
    ("Sold to car makers. Cells tested in a development vehicle for 10,000 km.", "vehicle-test"),
])
def test_buyers_named_by_what_they_run_are_no_field_test(spec: ChecklistSpec, text: str,
                                                         expected: str | None) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A count of pieces delivered ("40 pcs delivered", "samples: 120 delivered") hands goods over, in prose or in a
    # table's first row: it reports no result, so a field test the results came from is not outweighed ...
    ("Prototype pouch cells, 60 pcs delivered. Fleet test: 3 vans, 25,000 km; after 150 cycles SOH 97 %.",
     "vehicle-test"),
    ("P1 | B-sample prismatic cells, 40 pcs delivered | done Q1 2026\n"
     "P2 | C-sample cells, 300 units, pilot line | done Q3 2026\n"
     "P3 | Road test: 4 test cars, 30,000 km; after 200 cycles SOH 96 % | done Q4 2026\n",
     "vehicle-test"),
    # ... while cells said to have delivered a figure still report it.
    ("Pouch cells delivered 320 Wh/kg over 500 cycles. A demo car is planned for 2027.", "pouch-prototype"),
])
def test_pieces_delivered_report_no_result(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Fast charging rated in watts ("45 W fast charging", "a thirty-watt fast charger") is the product's charging
    # feature, no rate a result was measured at ...
    ("The new power bank: 20,000 mAh and 45 W fast charging.", None),
    ("Sixty-watt fast charging in a pocket-sized pack.", None),
    ("A 100W fast-charging station for e-bikes.", None),
    # ... while fast charging a test ran with still reads as its rate.
    ("Cells cycled with fast charging at 25 °C for 800 cycles.", "room-temperature"),
])
def test_fast_charging_rated_in_watts_is_a_feature(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "conditions") == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A refusal's word set as an adjective before a thing named in a row's value ("a proprietary silver-carbon
    # interlayer") is no refusal of the row: the label's words still answer the step ...
    ("Anode-free design: lithium plates onto a proprietary silver-carbon interlayer.", "anode", "silicon-or-other"),
    ("Graphite anode: with a proprietary carbon coating.", "anode", "graphite"),
    ("Semi-solid cell: the electrolyte uses a proprietary gel-polymer host.", "route", "semi-solid"),
    # ... while a refusal that is the row's value, or withholds information, still declines it.
    ("Anode: our proprietary information.", "anode", "not-disclosed"),
    ("Anode-free: proprietary.", "anode", "not-disclosed"),
])
def test_a_refusal_word_as_an_adjective_leaves_the_row(spec: ChecklistSpec, text: str, step: str,
                                                       expected: str) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A heading over what is still to come ("Coming in v4.1 (planned 2028)", "Upcoming:", "Next release") makes the
    # lines under it plans ...
    ("Cells are still assembled by hand in our lab.\n\nComing in v4.1 (planned 2028)\n- Pilot line in operation\n",
     "manufacturability", "announcements-only"),
    ("Cells are still assembled by hand.\n\nUpcoming:\n- Pilot production with yield tracking\n",
     "manufacturability", "announcements-only"),
    ("82 % capacity retention after 600 cycles.\n\nNext release (Q2):\n- Impedance growth data for every cell\n",
     "after-cycles", "retention-only"),
    # ... while what is there before the heading, and a sentence that only names a plan, still read.
    ("Our pilot line is in operation.\n\nComing soon: a gigafactory.", "manufacturability", "pilot-line"),
    ("Planned upgrades are done. The pilot line runs at 90 % yield.", "manufacturability", "pilot-line"),
])
def test_a_heading_over_what_is_to_come_makes_plans(spec: ChecklistSpec, text: str, step: str,
                                                    expected: str) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A range said to be how far a temperature spreads ("ranges from 2 °C to 30 °C over the year", "varies between 18
    # and 28 °C") is where the product is kept, whatever its ends, and the words naming it ("the engine room
    # temperature") name that window, no test condition ...
    ("Engine room temperature on these vessels ranges from 5 °C to 32 °C over the year.", None),
    ("The hall temperature varies between 18 and 28 °C.", None),
    ("The boiler room temperature fluctuates between 12 °C and 30 °C with the seasons.", None),
    # ... while a test run at a temperature, or a range it was cycled across, still reads.
    ("Cells were cycled at 25 °C; the room temperature ranges from 18 to 26 °C.", "room-temperature"),
    ("Cells cycled at 20-30 °C.", "room-temperature"),
    ("Cycled at room temperature. Operating range -20 to 60 °C.", "room-temperature"),
])
def test_a_temperature_spread_over_time_is_a_window(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "conditions") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Utility and all-terrain vehicles, and cargo bikes, are vehicles a pack is run in: their trial is a field test ...
    ("Trial: 12 UTVs on four vineyards ran the pack for a season; SOH 96 % after 150 cycles. Pack: 10 kWh, pouch "
     "cells.", "vehicle-test"),
    ("Six ATVs ran the packs all winter; capacity 95 % after 120 cycles.", "vehicle-test"),
    ("Our cargo bikes ran the packs for 3,000 km; capacity 93 % after 200 cycles.", "vehicle-test"),
    # ... while a pouch cell tested on the bench stays the pouch.
    ("20 Ah pouch cells retained 95 % after 500 cycles on the bench.", "pouch-prototype"),
])
def test_utility_vehicles_and_cargo_bikes_are_a_field_test(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # An imperative of demanding opening a clause ("Require impedance after cycling", "2. Request the yield data")
    # asks for what follows, and states nothing of it ...
    ("Result: 91 % capacity retention after 300 cycles.\nLessons:\n3. Require impedance after cycling, not only "
     "capacity.", "after-cycles", "retention-only"),
    ("92 % capacity left after 400 cycles. Demand DCIR growth figures before the next order.", "after-cycles",
     "retention-only"),
    ("Cells are hand-built in the lab. Next step: request pilot-line yield data from the supplier.",
     "manufacturability", "announcements-only"),
    # ... while a statement that a cell requires something, or a measure reported beside a demand, still reads.
    ("91 % retention after 300 cycles; DCIR rose 5 %. Require the same from every supplier.", "after-cycles",
     "retention-and-resistance"),
    ("The cell requires 2 MPa of stack pressure.", "pressure", "external-pressure"),
])
def test_a_demand_in_the_imperative_states_nothing(spec: ChecklistSpec, text: str, step: str, expected: str) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A clause whose subject is a part no step asks about, with a verb saying what it is or became ("The catholyte is
    # a sulfide", "Catholyte switched from a sulfide to a halide"), describes that part, as a row labelled with it
    # does: its family words are not the electrolyte's ...
    ("- Catholyte switched from a sulfide to a halide for better voltage stability.", None),
    ("The catholyte is a polymer gel blend.", None),
    ("Our cathode contains an oxide coating and a sulfide catholyte.", None),
    # ... while the cell's or the separator's family named beside the part still reads.
    ("Sulfide cell. The cathode uses NMC.", "sulfide"),
    ("The cathode uses a halide catholyte; the separator is an argyrodite sulfide.", "sulfide"),
    ("Cell with NMC cathode and sulfide electrolyte.", "sulfide"),
])
def test_a_clause_about_another_part_names_no_family(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "electrolyte") == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # What follows "until" or "pending" in a refusal says when the thing withheld will be given ("confidential until
    # the customer sign-off"), never what is withheld: a customer named there declines no manufacturing evidence ...
    ("End-of-season cell data are confidential until the customer sign-off.", "manufacturability", None),
    ("Cycling data remain confidential pending customer approval.", "manufacturability", None),
    # ... while the thing named before it is still withheld.
    ("Production volumes are confidential until the customer sign-off.", "manufacturability", "not-disclosed"),
    ("The stack pressure stays confidential until the audit.", "pressure", "not-disclosed"),
])
def test_when_a_refusal_ends_names_nothing_withheld(spec: ChecklistSpec, text: str, step: str,
                                                    expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Production said to be growing, with nothing to show how much ("production is being scaled", "we are scaling
    # up"), is an announcement ...
    ("The maker says \"production is being scaled\" but gave no dates or volumes.", "announcements-only"),
    ("We are scaling up production for next year's models.", "announcements-only"),
    ("Output is being ramped up, the CEO told reporters.", "announcements-only"),
    # ... while a pilot line with a yield, being scaled up, is still the pilot line.
    ("Our pilot line runs at 90 % yield and is being scaled up.", "pilot-line"),
])
def test_production_said_to_grow_is_an_announcement(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "manufacturability") == expected
