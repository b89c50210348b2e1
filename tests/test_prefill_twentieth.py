"""The pre-fill's readings broadened after the eighteenth blind set (twentieth session).

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that
keeps the old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "expected"), [
    # A speaker's "No," before a reply that goes on to deny in words of its own is no label the reply denies ...
    ("BUYER: Do the packs need end plates?\nSELLER: No, no external pressure, nothing at all.",
     "no-external-pressure"),
    ("Anna: Any clamping during the test?\nTom: Nope, no stack pressure, none needed.", "no-external-pressure"),
    # ... and a reply that goes on about something else still denies what was asked.
    ("Anna: Any clamping during the test?\nTom: No, the cells were tested at 25 °C.", "no-external-pressure"),
])
def test_a_reply_opening_with_no_keeps_what_it_goes_on_to_deny(spec: ChecklistSpec, text: str,
                                                                expected: str) -> None:
    assert reading(spec, text, "pressure") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A need denied over its passive "be" ("shall not be required to apply") denies what it needs ...
    ("The buyer shall not be required to apply stack pressure; a soft interlayer keeps contact.", "interlayers"),
    ("Integrators must not be required to use external pressure.", "no-external-pressure"),
    # ... while a need stated is still one.
    ("The module shall be required to apply stack pressure of 1 MPa.", "external-pressure"),
])
def test_a_need_denied_over_be_denies_what_it_needs(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "pressure") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A liquid's share read through a hyphenated compound ("ionic-liquid") makes the cell partly liquid ...
    ("Sold as all-solid-state, but about 2 wt% ionic-liquid additive sits at the cathode interface.", "semi-solid"),
    ("All-solid-state cell; contains 4 vol% of an ionic-liquid wetting agent.", "semi-solid"),
    # ... while an all-solid-state cell without one stays all-solid-state.
    ("All-solid-state cell with an argyrodite separator.", "all-solid-state"),
])
def test_a_hyphenated_liquid_share_is_a_liquid_fraction(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "route") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A resistance measured as the goods arrive says nothing about growth over cycling ...
    ("Cycle life: 2,000 cycles.\nDC internal resistance on receipt: 1.1 mOhm", "headline-only"),
    ("Rated for 4,000 cycles. Incoming check: AC internal resistance 0.6 mOhm.", "headline-only"),
    # ... while one measured after cycling still reports it.
    ("After 2,000 cycles: DC internal resistance rose by 18 %.", "retention-and-resistance"),
])
def test_a_resistance_measured_at_receipt_is_no_growth(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A resistance measure called off, refused or left as a placeholder for later reports nothing ...
    ("500 cycles: 88 % capacity retention. Impedance spectroscopy after cycling was cancelled.", "retention-only"),
    ("After 700 cycles, 90 % capacity retained. DCIR data: the supplier refused.", "retention-only"),
    ("Capacity retention 86 % after 900 cycles.\nResistance growth: to be added in the next issue.", "retention-only"),
    # ... while a measure reported with its growth still counts.
    ("After 500 cycles: 88 % capacity retention and DCIR growth of 9 %.", "retention-and-resistance"),
    # (A retention that dropped is still reported, and a capacity that declined is no refusal.)
    ("Capacity retention dropped to 82 % after 1,000 cycles.", "retention-only"),
    ("Capacity declined to 82 % after 500 cycles; DCIR rose 12 %.", "retention-and-resistance"),
    ("Capacity retention 80 % after 600 cycles. DCIR data: the supplier declined.", "retention-only"),
])
def test_a_resistance_measure_called_off_reports_nothing(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A pressure that made a part of the cell holds no stack in use ...
    ("Separator: LLZO-in-PEO film, hot-pressed at 8 MPa. Cycled in coin cells at 25 °C.", None),
    ("Electrolyte pellets were densified at 350 MPa, then sintered.", None),
    # ... while a pressure held during cycling, even beside a pressing step, is stack pressure, and a cold day is no
    # pressing step.
    ("Pellets hot-pressed, then cycled at 10 MPa in a fixture.", "external-pressure"),
    ("Even in cold weather the pack needs 1 MPa of clamping.", "external-pressure"),
])
def test_a_pressure_of_making_a_part_is_no_stack_pressure(spec: ChecklistSpec, text: str,
                                                          expected: str | None) -> None:
    assert reading(spec, text, "pressure") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A time "next" points to is ahead: what starts then is a plan ...
    ("Volume production starts next year at our new plant.", "manufacturability", "announcements-only"),
    ("Series production begins next quarter.", "manufacturability", "announcements-only"),
    # ... and what is still being explored is not yet the product's ...
    ("The cells use a LiPON film electrolyte. We are also exploring sulfide electrolytes for larger cells.",
     "electrolyte", "oxide"),
    # ... while "next generation" names a product, and production there now stays a fact.
    ("Our next-generation cells are in series production since 2023.", "manufacturability", "shipping"),
])
def test_a_time_ahead_or_a_research_topic_is_a_plan(spec: ChecklistSpec, text: str, step_id: str,
                                                    expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A clause right after a plant's name that plans its building, opening on a bare noun of building, plans it ...
    ("Help define our pilot line; construction is scheduled for 2028.", "announcements-only"),
    ("Tasks: layout of the pilot line; commissioning expected in Q2 2027.", "announcements-only"),
    # ... while a building with its own object plans that building, not the line already running.
    ("Our pilot line runs at 85 % yield. Construction of a gigafactory is planned for 2029.", "pilot-line"),
])
def test_a_plant_whose_building_the_next_clause_plans_is_a_plan(spec: ChecklistSpec, text: str,
                                                                 expected: str) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # Not knowing is not disclosing: an answer "I don't know" declines what it answers ...
    ("Buyer: Is the anode lithium metal?\nRep: Honestly, I don't know, I'd need to check.", "anode", "not-disclosed"),
    ("Q: Which electrolyte family is it?\nA: We do not know that yet.", "electrolyte", "not-disclosed"),
    # ... while an answer that names the anode after its "No," still answers.
    ("Buyer: Is the anode lithium metal?\nRep: No, it's graphite.", "anode", "graphite"),
])
def test_an_answer_not_knowing_declines_what_it_answers(spec: ChecklistSpec, text: str, step_id: str,
                                                        expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # What is said not to be shared, before the negated copula, is what is declined ...
    ("Stack pressure is not something we share with buyers.", "pressure", "not-disclosed"),
    ("The clamping pressure isn't shared outside a signed agreement.", "pressure", "not-disclosed"),
    # ... and so is a subject parted from its refusal by an aside ...
    ("The cell architecture, including any gel or liquid share, is confidential.", "route", "not-disclosed"),
    # ... while a subject stated before, in a sentence of its own, is not declined.
    ("Stack pressure: 2 MPa. The rest of the test plan is confidential.", "pressure", "external-pressure"),
])
def test_what_is_said_not_to_be_shared_is_declined(spec: ChecklistSpec, text: str, step_id: str,
                                                   expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A bare noun asked about states nothing of it ...
    ("Customer: Some questions. 1) Anode? 2) Stack pressure?\nSupplier: 1) Graphite.", "pressure", None),
    ("HOST: Stack pressure?\nGUEST: Let's move on to cost.", "pressure", None),
    # ... while a bare row with its value still states it, and so does a bare question its answer affirms.
    ("Stack pressure: 1 MPa", "pressure", "external-pressure"),
    ("All-solid-state? Yes, fully.", "route", "all-solid-state"),
    ("External pressure? Absolutely, 2 MPa in a jig.", "pressure", "external-pressure"),
])
def test_a_bare_noun_asked_about_states_nothing(spec: ChecklistSpec, text: str, step_id: str,
                                                expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A negation reaches over articles, numbers and units to what it denies ...
    ("The 500 cycles come from 5 Ah pouch cells, not the 20 mm coin cells.", "pouch-prototype"),
    ("Cycled in 2 Ah pouch cells and not the 1 mAh coin cells.", "pouch-prototype"),
    # ... while a coin cell named without a negation still counts, the more cautious reading first.
    ("Cycled in 2 Ah pouch cells and in 1 mAh coin cells.", "coin-cell"),
])
def test_a_negation_reaches_over_articles_and_numbers(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A count joined to its noun by a hyphen is a cycle count, and its sentence reports results ...
    ("The 900-cycle figure comes from our stacked cells. The 20 Ah pouch B-samples are with the customer.",
     "multilayer-stack"),
    # ... and a sentence that denies having results reports none ...
    ("Our figures come from 12-layer stacked cells. The 40 Ah pouch B-samples have no test data yet.",
     "multilayer-stack"),
    # ... while a sentence reporting results from the pouch cells still points to them.
    ("Our figures come from 12-layer stacked cells. The 40 Ah pouch B-samples have test data too.",
     "pouch-prototype"),
])
def test_where_results_were_reported_is_read_from_counts_and_denials(spec: ChecklistSpec, text: str,
                                                                     expected: str) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Goods called off under a series or volume order are shipped in volume ...
    ("Lot 4 of 6 under the series order from a bus maker went out in May.", "shipping"),
    ("Volume order PO-77: 5,000 cells, second call-off.", "shipping"),
    # ... while a series order that is planned is a roadmap.
    ("A series order is planned for 2028.", "announcements-only"),
])
def test_a_series_order_is_shipping(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A part no step asks about, named as a label in prose, is what its sentence goes on to describe ...
    ("Parts. Positive electrode: NCM622 particles with a thin Li3BO3 coating for stability. Negative electrode: "
     "30 µm lithium foil.", "lithium-metal-unprotected"),
    ("Build: cathode: LFP with an Al2O3 surface coating applied by ALD; anode: lithium metal.",
     "lithium-metal-unprotected"),
    # ... up to another part's label, while the anode's own coating, in its own sentence, still protects it.
    ("Lithium metal anode with a LiF coating. Cathode: NMC811.", "lithium-metal-protected"),
    ("Electrodes. Cathode: NMC811, anode: Li metal with a LiF coating.", "lithium-metal-protected"),
])
def test_a_part_labelled_in_prose_owns_its_sentence(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "anode") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # What was requested or asked for is not stated ...
    ("Capacity retention 84 % after 500 cycles. We requested DCIR data from the supplier.", "retention-only"),
    ("90 % capacity retained at 1,000 cycles. The customer asked for impedance growth figures.", "retention-only"),
    # ... while what is reported still is.
    ("90 % capacity retained at 1,000 cycles; DCIR growth 6 %.", "retention-and-resistance"),
])
def test_what_was_requested_is_not_stated(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A resistance said to be "up" has grown ...
    ("After 800 cycles: 88 % capacity retained and DC resistance up 11 %.", "retention-and-resistance"),
    ("After 900 cycles: 90 % capacity left, and the cell resistance is up about a tenth.",
     "retention-and-resistance"),
    # ... while a resistance "up to" a value is a limit.
    ("After 800 cycles: 88 % capacity retained. Cell resistance up to 2 mOhm is allowed.", "retention-only"),
])
def test_a_resistance_said_to_be_up_has_grown(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A count of layers in a laminate cell is a multilayer build ...
    ("Test article: 8-layer stacked laminate cell, 1 Ah, 300 cycles.", "multilayer-stack"),
    ("Evaluation cell: 12-layer laminate cells (5 Ah); 500 cycles.", "multilayer-stack"),
    # ... while a layered laminate material is not.
    ("Results: 300 cycles in coin cells with a 3-layer laminate separator.", "coin-cell"),
])
def test_a_layered_laminate_cell_is_a_multilayer_stack(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A bare "No" before a spaced dash answers a question; it negates nothing after the dash ...
    ("Restraint required? No - cells qualified without external stack pressure.", "no-external-pressure"),
    ("Module restraint? No — units qualified without external clamping.", "no-external-pressure"),
    # ... and a "Yes" before one neither.
    ("Is an end plate needed? Yes - 1 MPa stack pressure.", "external-pressure"),
])
def test_an_answers_no_before_a_dash_negates_nothing_after_it(spec: ChecklistSpec, text: str,
                                                              expected: str) -> None:
    assert reading(spec, text, "pressure") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A label's colon before a refusal's clause, not only before its word, says what is declined ...
    ("Chemistry is confidential. Test conditions: available under NDA.", "conditions", "not-disclosed"),
    ("Format: pouch. Stack pressure: given only under NDA.", "pressure", "not-disclosed"),
    # ... while a label with a value of its own is answered.
    ("Electrolyte details are confidential. Test conditions: 25 °C, 1C.", "conditions", "room-temperature"),
])
def test_a_label_before_a_refusals_clause_is_declined(spec: ChecklistSpec, text: str, step_id: str,
                                                      expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Proprietary" with what is withheld after it is a refusal as a row's whole value ...
    ("Production readiness (pilot / volume, yield): proprietary information", "not-disclosed"),
    ("Yield data: proprietary info", "not-disclosed"),
    ("Manufacturing status: proprietary details", "not-disclosed"),
    # ... while a proprietary process is a fact about a line.
    ("Manufacturing: proprietary roll-to-roll process on our pilot line.", "pilot-line"),
])
def test_proprietary_information_as_a_value_is_a_refusal(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Only a form's ticked choice is stated; the unticked boxes are choices not made ...
    ("Electrolyte family: [ ] Sulfide [x] Oxide [ ] Polymer [ ] Composite", "oxide"),
    ("Electrolyte: ☐ sulfide ☒ polymer ☐ oxide", "polymer"),
    # ... and a ticked choice before an unticked one stays.
    ("Electrolyte: [x] Sulfide [ ] Oxide", "sulfide"),
])
def test_an_unticked_box_is_no_claim(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "electrolyte") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A topic fronted before a refusal ("As for X", "Regarding X") is what it declines, and a refusal's negation
    # reaches over modal words ("not something I can comment on") ...
    ("As for production volumes or a line — not something I can comment on.", "not-disclosed"),
    ("Regarding the pilot line, we cannot comment.", "not-disclosed"),
    # ... while a refusal fronting another topic leaves this one stated.
    ("Pilot line since 2024. Regarding the anode, we cannot comment.", "pilot-line"),
])
def test_a_topic_fronted_before_a_refusal_is_declined(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A column naming a kind of product ("Typical NMC pack", "Generic Li-ion") beside the supplier's is no product of
    # theirs ...
    ("| | Our AX-2 | Typical NMC pack |\n|---|---|---|\n| Anode | n/a | Graphite |\n| Cycle life | 5,000 cycles | "
     "3,000 cycles |", None),
    ("| | Our AX-2 | Generic Li-ion |\n|---|---|---|\n| Anode | Li metal | Graphite |", "lithium-metal-unprotected"),
    # ... while where every column is one, none is told apart and all are read, and a datasheet's column of typical
    # values is read.
    ("| | Typical pack A | Typical pack B |\n|---|---|---|\n| Anode | Li metal | Graphite |", "graphite"),
    ("| Parameter | Min | Typical | Max |\n|---|---|---|---|\n| Anode | - | Li metal | - |",
     "lithium-metal-unprotected"),
])
def test_a_column_of_a_kind_of_product_is_not_the_offer(spec: ChecklistSpec, text: str,
                                                        expected: str | None) -> None:
    assert reading(spec, text, "anode") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # In a comparison, the one column the text names as the writer's own ("our KX40") is the product offered ...
    ("How does our KX40 compare with the big names?\n\n| | Volt KX40 | Cell Q | Cell R |\n|---|---|---|---|\n"
     "| Stack pressure | none | 2 MPa | 5 MPa |", "no-external-pressure"),
    # ... while two of the writer's own, or a text that compares nothing, keep every column read.
    ("Benchmark: our KX40 and our KX50 against Cell Q.\n\n| | KX40 | KX50 | Cell Q |\n|---|---|---|---|\n"
     "| Stack pressure | none | none | 2 MPa |", "external-pressure"),
    ("Our KX40 datasheet, both versions.\n\n| | KX40 | KX40-S |\n|---|---|---|\n| Stack pressure | none | 1 MPa |",
     "external-pressure"),
])
def test_the_writers_own_column_of_a_comparison_is_the_offer(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "pressure") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # What the text says was replaced is superseded wherever else it is named (an earlier revision's entry) ...
    ("Rev 1: results from coin cells. Rev 2: coin-cell data replaced with results from 5 Ah pouch cells.",
     "pouch-prototype"),
    ("Rev 1 used coin cells. Rev 3: coin cells superseded by 10 Ah pouch cells for all cycling data.",
     "pouch-prototype"),
    # ... while what is said not to be replaced, or only to be replaced later, stays.
    ("Rev 2: coin-cell data not replaced; pouch cells planned.", "coin-cell"),
    ("Cycling data from coin cells. The coin-cell data will be replaced with pouch results.", "coin-cell"),
])
def test_what_was_replaced_is_superseded(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # What the text says the product now is supersedes what an earlier entry said of the same step ...
    ("Rev A: semi-solid cell with 5 wt% liquid electrolyte. Rev B: the cell is now all-solid-state.",
     "all-solid-state"),
    ("Version 1 was a semi-solid gel cell. Version 2 is now all-solid-state.", "all-solid-state"),
    # ... while without "now" a liquid share beside the claim still makes it semi-solid.
    ("The cell is all-solid-state, but 3 wt% liquid electrolyte remains.", "semi-solid"),
])
def test_what_the_product_now_is_supersedes_earlier_entries(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "route") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An "only" after a noun with its article qualifies the verb after it, not the noun ...
    ("The lab only logged the cycle count for that test.", None),
    ("Their lab only checks incoming powders.", None),
    # ... while results said to be "lab only" are one-off lab evidence.
    ("Results are lab only; no pilot line yet.", "announcements-only"),
    ("We have the lab results only.", "announcements-only"),
])
def test_an_only_before_a_verb_is_no_lab_only_label(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # What "whatever" dismisses is someone else's say, not the writer's evidence ...
    ("Whatever the press releases say, the cells are still in development.", None),
    ("As for production - not something I can comment on, whatever the press releases say.", "not-disclosed"),
    # ... while the writer's own press release still is an announcement.
    ("The cells are in development; our press release covers the launch.", "announcements-only"),
])
def test_what_whatever_dismisses_is_not_the_writers_evidence(spec: ChecklistSpec, text: str,
                                                             expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected
