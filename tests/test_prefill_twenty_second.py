"""The pre-fill's readings broadened after the twenty-second blind set (and set 21's misses left from the last round).

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that
keeps the old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.prefill import prefill
from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "expected"), [
    # A share of capacity "still" there after cycling is what is left of it ...
    ("After 800 cycles still 89 % capacity.", "retention-only"),
    ("2,000 cycles done, still around 90 percent of the capacity.", "retention-only"),
    ("Cycled 600 times and still 93% of its initial capacity.", "retention-only"),
    # ... while a share of something else, or a bare count, is not.
    ("After 800 cycles the cell still holds 5 % liquid.", "headline-only"),
])
def test_a_share_of_capacity_still_there_is_retention(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # What a supplier keeps to itself, or under wraps, it declines to state ...
    ("Buyer: Which electrolyte family?\nSupplier: That we keep to ourselves until the patents publish.",
     "not-disclosed"),
    ("The electrolyte chemistry is kept under wraps for now.", "not-disclosed"),
    ("Which electrolyte do you use? That I have to keep to myself, sorry.", "not-disclosed"),
    # ... while a cell that keeps its capacity declines nothing.
    ("The cell keeps 90 % of its capacity; the electrolyte is a sulfide.", "sulfide"),
])
def test_what_is_kept_to_oneself_is_not_disclosed(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "electrolyte") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Whom a secret is kept among ("confidential to the customer programme") is no part of what is withheld: a
    # refusal of the test conditions withholds nothing about customers ...
    ("Test temperature and C-rate are confidential to our customer programme and cannot be shared.", None),
    ("Cycling conditions remain confidential between us and the customer.", None),
    ("Rates and temperatures are under NDA with the customer.", None),
    # ... while a refusal of what the customers get still withholds it.
    ("Customer shipment volumes are confidential.", "not-disclosed"),
])
def test_whom_a_secret_is_kept_among_is_not_withheld(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A question's later clause that opens with a question word asks for what it names, and states nothing ...
    ("Buyer: Which cell format did you test, and what stack pressure?\nSupplier: I will check with the lab.", None),
    ("Which electrolyte was that, or what stack pressure did it need?", None),
    # ... while an answer naming it still states it.
    ("Which cell format did you test, and what stack pressure? Pouch cells at 2 MPa stack pressure.",
     "external-pressure"),
])
def test_a_question_s_later_clause_asks_for_what_it_names(spec: ChecklistSpec, text: str,
                                                         expected: str | None) -> None:
    assert reading(spec, text, "pressure") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A refusal answering "At what temperature do you test?" declines the temperature the question asks for, not the
    # testing it takes for granted: the format the text gives elsewhere stands ...
    ("Buyer: At what temperature do you test?\nSupplier: Sorry, I can't tell you that.\nBuyer: And the cells?\n"
     "Supplier: 20 Ah pouch cells.", "pouch-prototype"),
    ("Our cells drove 8,000 km in a demo car. At what temperature did you test? We cannot share that.",
     "vehicle-test"),
    # ... while a question asking for the format is declined with it.
    ("Our cells drove 8,000 km in a demo car.\nQ: Which test format and temperature?\nA: I can't tell you that.",
     "not-disclosed"),
])
def test_a_refused_question_withholds_what_it_asks_for(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "format") == expected


def test_a_refused_question_still_withholds_what_it_asks_for(spec: ChecklistSpec) -> None:
    text = "Buyer: At what temperature do you test?\nSupplier: Sorry, I can't tell you that."
    assert reading(spec, text, "conditions") == "not-disclosed"


@pytest.mark.parametrize(("text", "expected"), [
    # Cells said to run in a vehicle were tested in it: the vehicle is where the results came from ...
    ("Our pouch prototype cells have been running for six months in four test vehicles, 900 cycles so far.",
     "vehicle-test"),
    ("40 Ah pouch cells were tested in a prototype car over 20,000 km and 300 cycles.", "vehicle-test"),
    # ... while a stack in its pouch is still the stack, and a vehicle only planned is no result.
    ("The 12-layer stack sits in a pouch; it was cycled 500 times.", "multilayer-stack"),
    ("Pouch cells ran 300 cycles in the lab and in one demo car.", "pouch-prototype"),
    ("Pouch prototypes were cycled 500 times in the lab. A fleet test in buses follows next year.",
     "pouch-prototype"),
])
def test_cells_run_in_a_vehicle_were_tested_in_it(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "format") == expected


def test_the_vehicle_reading_says_why(spec: ChecklistSpec) -> None:
    claim = prefill(spec, "Prototype cells ran 400 cycles in two development vehicles.").claim("format")
    assert claim is not None and "puts in this one" in claim.explanation


@pytest.mark.parametrize(("text", "expected"), [
    # A refusal of the step by its own name outweighs words said of another step's subject alone: a buffer layer on
    # the anode is the anode's, no answer about pressure ...
    ("The lithium anode carries a thin buffer layer against dendrites. The stack pressure used in testing is "
     "confidential.", "not-disclosed"),
    ("Anode: Li metal with a polymer interlayer\nStack pressure: confidential", "not-disclosed"),
    # ... while without the refusal the layer still reads, and so does one said of the pressure itself.
    ("The anode has a buffer layer. Stack pressure is not needed.", "interlayers"),
    ("Stack pressure is confidential. Contact is held by a soft interlayer instead of stack pressure.", "interlayers"),
])
def test_a_refusal_by_the_step_s_name_outweighs_another_subject_s_words(spec: ChecklistSpec, text: str,
                                                                        expected: str | None) -> None:
    assert reading(spec, text, "pressure") == expected


def test_the_anode_keeps_its_layer_beside_the_refused_pressure(spec: ChecklistSpec) -> None:
    text = "The lithium anode carries a thin buffer layer against dendrites. The stack pressure is confidential."
    assert reading(spec, text, "anode") == "lithium-metal-protected"


@pytest.mark.parametrize(("text", "expected"), [
    # The current collector is a part no step asks about: its coating is not the lithium's protection ...
    ("Anode: lithium metal foil, laminated on a carbon-coated copper current collector.", "lithium-metal-unprotected"),
    ("Li metal anode on a nickel-coated current collector.", "lithium-metal-unprotected"),
    # ... while a coating of the lithium itself still is one, a collector named beside it or not.
    ("Lithium metal anode with a LiF coating; copper current collector.", "lithium-metal-protected"),
])
def test_a_current_collector_s_coating_is_not_the_anode_s(spec: ChecklistSpec, text: str,
                                                          expected: str | None) -> None:
    assert reading(spec, text, "anode") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A refusal of the route later in the paragraph that calls the cell "solid-state" withholds the route ...
    ('Our cells are "solid-state". Asked about liquid content, the architecture is confidential, they said.',
     "not-disclosed"),
    ("We sell solid-state batteries. The architecture is confidential for now.", "not-disclosed"),
    # ... while one in another paragraph, one of something else, or one beside "that is all we call it" does not.
    ("We sell solid-state batteries.\nThe architecture is confidential for now.", "unclear"),
    ("We sell solid-state batteries. Pricing is confidential.", "unclear"),
    ('They only call them "solid-state". The architecture is confidential.', "unclear"),
])
def test_a_refusal_later_in_the_paragraph_withholds_the_route(spec: ChecklistSpec, text: str,
                                                              expected: str | None) -> None:
    assert reading(spec, text, "route") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A family word that qualifies a buffer layer or a skin names that layer's material, not the electrolyte's ...
    ("A polymer buffer layer sits on the collector.", None),
    ("A thin polymer skin covers the garnet separator.", "oxide"),
    ("A 5 µm polymer buffer layer keeps contact between the sulfide sheet and the collector.", "sulfide"),
    # ... while the electrolyte named as a polymer still is one.
    ("The electrolyte is a solid polymer; a ceramic coating protects the lithium.", "polymer"),
])
def test_a_buffer_layer_s_material_is_not_the_electrolyte(spec: ChecklistSpec, text: str,
                                                          expected: str | None) -> None:
    assert reading(spec, text, "electrolyte") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A slow rate of a step in making the cell is the process's, not the test's ...
    ("Formation: two cycles at C/20 and 45 °C.\nCycling: 1C at 25 °C, 500 cycles.", "room-temperature"),
    ("After formation at C/10, the cells were cycled at 1C and 25 °C.", "room-temperature"),
    # ... while a slow rate the cells were cycled at is still the test's.
    ("Cycled at C/20 and 25 °C for 300 cycles.", "slow-rate"),
])
def test_a_formation_rate_is_no_test_condition(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "conditions") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A resistance measured after formation is measured at the start of life, before any test ...
    ("Capacity retention after 500 cycles: 91 %. DCIR is measured once, after formation.", "retention-only"),
    ("Capacity retention after 500 cycles: 91 %. Post-formation EIS: 12 Ohm cm2.", "retention-only"),
    # ... while one measured after the cycling still reports its growth.
    ("Capacity retention after 500 cycles: 91 %; DCIR rose from 10 to 13 mOhm after cycling.",
     "retention-and-resistance"),
])
def test_a_resistance_after_formation_reports_no_growth(spec: ChecklistSpec, text: str,
                                                        expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A sentence the next one takes back is withdrawn, no claim ...
    ("We wrote that the cell uses a sulfide electrolyte. That was our own assumption; the supplier has not named "
     "the family.", "electrolyte", "not-disclosed"),
    ("Earlier reports said the anode is lithium metal. This is wrong: the anode is graphite.", "anode", "graphite"),
    ("- Oxide separator\n- Our note said the anode was silicon. That was a mistake, it is graphite.", "anode",
     "graphite"),
    # ... while a sentence the next one goes on about stands, and so does the line before a withdrawn one.
    ("The electrolyte is a sulfide. That is what makes it fast.", "electrolyte", "sulfide"),
    ("- Oxide separator\n- Our note said the anode was silicon. That was a mistake, it is graphite.", "electrolyte",
     "oxide"),
])
def test_a_sentence_taken_back_is_no_claim(spec: ChecklistSpec, text: str, step_id: str,
                                           expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A product's own "reference data" are the figures it is judged by, not a product set beside it for reference ...
    ("Cycling: the HX-2 reference data were recorded at 25 °C and 1C.", "room-temperature"),
    # ... while a product named "for reference" is still not the one offered.
    ("For reference, our HX-1 cell ran at 60 °C. HX-2 is the offered cell, cycled at 25 °C and 1C.",
     "room-temperature"),
])
def test_a_product_s_reference_data_are_its_own(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "conditions") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # What an earlier generation did, in a text that says what the product is now, is history ...
    ("Our first-generation cell needed 60 °C to run. Today our cells cycle at 25 °C and 1C.", "conditions",
     "room-temperature"),
    ("When we built our first coin cells in 2020, they needed 5 MPa of stack pressure. Now our 10 Ah pouch cells "
     "run without stack pressure.", "pressure", "no-external-pressure"),
    ("Gen 1 used a polymer. It only worked warm, at 60 °C.\n\nToday Gen 2 cycles at 25 °C and 1C.", "conditions",
     "room-temperature"),
    # ... while a generation said to be the product now is the product, and history with no "now" beside it stands.
    ("Our Gen-1 cells are now shipping. Gen 1 cells are cycled at 45 °C.", "conditions", "elevated-temperature"),
    ("Our first prototypes used a sulfide electrolyte.", "electrolyte", "sulfide"),
])
def test_an_earlier_generation_is_history(spec: ChecklistSpec, text: str, step_id: str,
                                          expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A resistance growth not shown, or one the supplier is still to send, reports nothing ...
    ("90 % capacity retention after 400 cycles. DCIR growth not presented; supplier to send by Friday.",
     "retention-only"),
    ("90 % capacity retention after 400 cycles. Impedance growth was not shown at the review.", "retention-only"),
    # ... while one given with its values still does.
    ("90 % capacity retention after 400 cycles; DCIR growth shown: +9 %.", "retention-and-resistance"),
])
def test_a_resistance_not_shown_or_still_to_send_reports_no_growth(spec: ChecklistSpec, text: str,
                                                                   expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


def test_an_electric_current_is_no_present(spec: ChecklistSpec) -> None:
    # "current density" speaks of no "now": the first prototypes' sentence is not history without one.
    text = "Our first prototypes used a sulfide electrolyte. The current density was 1 mA/cm2."
    assert reading(spec, text, "electrolyte") == "sulfide"


def test_a_word_ending_in_error_takes_nothing_back(spec: ChecklistSpec) -> None:
    text = "The electrolyte is a sulfide. That is an error-free design, we think."
    assert reading(spec, text, "electrolyte") == "sulfide"
