"""The pre-fill's readings broadened in session thirty-seven, after the forty-fifth blind set's misses.

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that keeps the
old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A task board's item opened by a status tag is a card of its own, not the rest of the line above: a finished
    # card's result is read in its own row ...
    ("Result: capacity retention 92 % after the 800-cycle test on the stacks in the climate chamber\n"
     "[BLOCKED] pilot line readiness review, waiting for the audit team", "after-cycles", "retention-only"),
    # ... and a card still to do or in progress names work not done: no result, no fixture used.
    ("[DONE] Cycled 12 pouch cells, 700 cycles, free-standing on the rack\n"
     "Outcome: retention 90 %\n[TODO] impedance growth analysis for the quarterly review", "after-cycles",
     "retention-only"),
    ("[DONE] Cycled 12 pouch cells, 700 cycles, no fixture\n[IN PROGRESS] compare against clamped cells",
     "pressure", "no-external-pressure"),
    # (A finished card's measure is reported.)
    ("[DONE] Cycled 12 pouch cells, 700 cycles\nOutcome: retention 90 %\n[DONE] impedance growth +9 % measured",
     "after-cycles", "retention-and-resistance"),
])
def test_a_status_tag_opens_a_card_and_open_work_is_no_result(spec: ChecklistSpec, text: str, step: str,
                                                              expected: str) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Samples said to come from whoever supplied them name their source, no sampling of customers ...
    ("Lab kit: twelve sample cells supplied by our partner, built by hand in the R&D lab.", "announcements-only"),
    ("Sample cells: delivered by the cell maker with this kit; every cell is hand-built.", "announcements-only"),
    # ... while samples sent by someone to someone are samples to customers.
    ("B-samples shipped by air freight to two OEMs in May.", "pilot-line"),
])
def test_samples_from_their_supplier_are_no_customer_samples(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Goods delivered to the makers of what the cells go into are delivered to customers ...
    ("The line made 40,000 modules last year; they go out and are delivered to four forklift makers.", "shipping"),
    ("Cells from plant 2 are supplied to two scooter manufacturers.", "shipping"),
    # ... not samples sent to them.
    ("First samples delivered to two scooter manufacturers in March.", "pilot-line"),
])
def test_goods_delivered_to_makers_are_shipped(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Findings dated after cycling name what was measured after the cycle count: withheld, they decline the step,
    # whatever bare cycle count the text gives elsewhere ...
    ("Cycle test: 900 cycles at 1C, 25 °C.\nResults after cycling: available only under NDA.", "not-disclosed"),
    ("Endurance: 1,200 cycles.\nMeasurements post-cycling: confidential.", "not-disclosed"),
    # ... while findings given after it are read for what they are.
    ("Cycle test: 900 cycles at 1C.\nResults after cycling: capacity retention 91 %.", "retention-only"),
])
def test_findings_after_cycling_name_what_was_measured_after(spec: ChecklistSpec, text: str,
                                                             expected: str) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A schedule's task row with a start date and an end date is no plan by its dates alone: a task done states what
    # it names ...
    ("Task | Start | End | Done\nSeparator casting: LLZO tape | 2025-03-01 | 2025-06-30 | 100 %\n"
     "Cell assembly | 2025-07-01 | 2025-09-30 | 100 %", "electrolyte", "oxide"),
    # ... while a row whose one date dates its label is still a plan, and so is a task its row calls planned.
    ("Pilot line: 2028\nCells are hand-made in the lab.", "manufacturability", "announcements-only"),
    ("Task | Start | End | Status\nPilot line set-up | 2027-01-04 | 2027-06-30 | planned\n"
     "Lab cells | 2025-01-01 | 2025-12-31 | hand-made", "manufacturability", "announcements-only"),
])
def test_a_task_row_from_its_start_to_its_end_is_no_plan_by_its_dates(spec: ChecklistSpec, text: str, step: str,
                                                                     expected: str) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # Items of a question parted by a spaced slash are each asked: a bare noun among them states nothing ...
    ("Open questions from the buyer:\n- Yield / how many cells per shift?\n- Price?", "manufacturability", None),
    ("Their questions: stack pressure / what fixture do you need in the module?", "pressure", None),
    # ... while an answer that states it still does.
    ("- Yield / how many cells per shift? 91 % on the pilot line, 400 a shift.", "manufacturability", "pilot-line"),
])
def test_items_of_a_question_parted_by_slashes_are_each_asked(spec: ChecklistSpec, text: str, step: str,
                                                              expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A procedure's instruction to take a resistance measure, an imperative opening its sentence or after a label, is
    # a step to follow, no value reported ...
    ("Capacity retention after 200 cycles: 94 %. Step 5: record the DCIR at 50 % SOC.", "retention-only"),
    ("Retention 90 % after 300 cycles.\nIf time allows, optionally measure the impedance spectrum too.",
     "retention-only"),
    # ... while a measure reported with its change is read.
    ("Retention 90 % after 300 cycles. We measured the DCIR: +11 % after cycling.", "retention-and-resistance"),
])
def test_an_instruction_to_measure_resistance_reports_nothing(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A capacity of ten ampere-hours or more said of a pack or a module says nothing of the cells' size or case ...
    ("The 96 V / 120 Ah packs ran in 25 delivery tricycles; the fleet logged 600 cycles each.", "vehicle-test"),
    ("Tested as 200 Ah modules in our climate chamber.", None),
    # ... while one said of cells is a full-size cell.
    ("Tested as 40 Ah cells in our climate chamber.", "pouch-prototype"),
])
def test_a_packs_capacity_is_no_cell_format(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A DC or AC resistance is a resistance measure as DCIR is: given after cycling, it is reported with retention ...
    ("| Measure | Start | After 400 cycles |\n|---|---|---|\n| Capacity (Ah) | 50.1 | 46.2 |\n"
     "| DC resistance (mOhm) | 2.1 | 2.4 |", "retention-and-resistance"),
    ("After 700 cycles: capacity retention 90 %, AC resistance up from 1.1 to 1.3 mOhm.", "retention-and-resistance"),
    # ... while one given at the start of life only reports nothing after cycling.
    ("After 700 cycles: capacity retention 90 %. DC resistance (BOL): 1.1 mOhm.", "retention-only"),
])
def test_a_dc_or_ac_resistance_is_a_resistance_measure(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A cell's stack drawn layer by layer with bars is no row labelled by its first layer: each cell speaks of its own
    # layer, the cathode's of the cathode only ...
    ("Cell build: NMC811 cathode | argyrodite separator | Li foil, 20 µm, with an ALD alumina coating",
     "anode", "lithium-metal-protected"),
    ("Stack: LFP cathode | garnet electrolyte (30 µm) | lithium metal anode", "electrolyte", "oxide"),
    # ... while a table's row, which a bar opens, still has its label.
    ("| Cathode | NMC811, LiNbO3-coated | 3 mAh/cm² |\n| Anode | lithium metal | 20 µm |",
     "anode", "lithium-metal-unprotected"),
])
def test_a_stack_drawn_with_bars_names_a_layer_in_each_cell(spec: ChecklistSpec, text: str, step: str,
                                                           expected: str) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A chat's time in brackets before its speaker opens a turn of its own, wherever the line before wrapped onto it:
    # a bare noun asked there states nothing ...
    ("[10:00] Vendor: the stack is a 10-layer pouch, graphite anode\n[10:01] buyer_tom: clamped?\n"
     "[10:02] Vendor: no, no fixture at all", "no-external-pressure"),
    # ... while a time after the speaker, before the colon, opens nothing: the answer is still read.
    ("Tom B. [10:01]: clamped?\nVendor [10:02]: yes, 2 MPa in a steel fixture", "external-pressure"),
])
def test_a_chat_time_before_its_speaker_opens_a_turn(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "pressure") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A layer named in a clause about a part no step asks about is that part's layer, no layer keeping contact in place
    # of stack pressure ...
    ("The stacks are cycled with no clamping. A thin wetting layer (1 wt %) at the cathode interface helps the rate.",
     "no-external-pressure"),
    ("The cathode carries a thin buffer layer against side reactions. The stacks are cycled without any fixture.",
     "no-external-pressure"),
    # ... unless its sentence says what it does for contact, or speaks of pressure beside it.
    ("A soft interlayer on the cathode side keeps contact, so the stacks are cycled with no clamping.", "interlayers"),
    ("A soft polymer buffer layer (2 µm) at the cathode replaces the end plates; no clamping.", "interlayers"),
])
def test_a_layer_at_a_part_no_step_asks_about_is_that_parts(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "pressure") == expected
