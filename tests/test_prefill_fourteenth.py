"""The pre-fill's readings broadened after the fourteenth blind set (eighteenth session).

None of these texts is a copy of a blind set's; each mechanism has texts in several forms.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A close spelling with another first letter is another word: "field data" are no "yield data" ...
    ("Field data show 94 % retention. 20,000 cells shipped to customers so far.", "manufacturability", "shipping"),
    ("Our field data are public. Volume production since 2024.", "manufacturability", "shipping"),
    # ... while a typo that keeps the first letter is still read.
    ("Yeild data from the pilot line: 92 % over 3 months.", "manufacturability", "pilot-line"),
])
def test_a_close_spelling_with_another_first_letter_is_another_word(spec: ChecklistSpec, text: str, step_id: str,
                                                                    expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A number that places an item of an order or a document ("Item 40", "Pos. 3") is no count of what it names ...
    ("Item 40 Cycle-life certificate, PDF", "after-cycles", None),
    ("Pos. 20 cycle test protocol (English)", "after-cycles", None),
    ("Section 5 cycle data follow on the next page.", "after-cycles", None),
    # ... while a count is still read.
    ("The cells passed 40 cycles at 1C.", "after-cycles", "headline-only"),
])
def test_a_number_that_places_an_item_is_no_count(spec: ChecklistSpec, text: str, step_id: str,
                                                  expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A resistance measure that was never taken reports no growth ...
    ("Cycle life: 1,000 cycles at 25 C, capacity retention 90 %. Impedance: not measured in this study.",
     "after-cycles", "retention-only"),
    ("Capacity retention after 800 cycles: 88 %.\nDCIR growth: not tested by the lab.", "after-cycles",
     "retention-only"),
    # ... nor one whose values cannot be given (passive or not), while the retention given is read ...
    ("600 cycles, 91 % capacity retention. Internal resistance data cannot be shared yet.", "after-cycles",
     "retention-only"),
    ("After 700 cycles the cells kept 89 % of capacity; EIS results can't be released.", "after-cycles",
     "retention-only"),
    # ... and a measured rise is still read.
    ("600 cycles, 91 % capacity retention; impedance rose 12 %.", "after-cycles", "retention-and-resistance"),
])
def test_a_resistance_measure_not_taken_or_not_given_reports_no_growth(spec: ChecklistSpec, text: str,
                                                                      step_id: str, expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A cell cycled free of any clamp or fixture needs no external stack pressure ...
    ("All cells were cycled without clamping at 25 °C.", "pressure", "no-external-pressure"),
    ("Modules are operated free-standing in the rack.", "pressure", "no-external-pressure"),
    ("Test setup: no fixture, cells lying flat on the bench.", "pressure", "no-external-pressure"),
    ("The pouch cells ran without external clamping for 500 cycles.", "pressure", "no-external-pressure"),
    # ... while a clamp that is used is still read.
    ("Cells were held in a fixture at 3 MPa.", "pressure", "external-pressure"),
])
def test_a_cell_without_clamp_or_fixture_needs_no_stack_pressure(spec: ChecklistSpec, text: str, step_id: str,
                                                                 expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # The air's own pressure, one atmosphere, is no pressure applied to the cell ...
    ("Cells were left unclamped at ambient pressure (0.1 MPa) for the whole test.", "pressure",
     "no-external-pressure"),
    ("No press, no plates: the stack sees only atmospheric pressure, about 14.7 psi.", "pressure",
     "no-external-pressure"),
    ("Cycling was done without stack pressure, at 1 atm.", "pressure", "no-external-pressure"),
    # ... while a pressure above it is applied.
    ("Stack pressure during cycling: 1 MPa, well above ambient.", "pressure", "external-pressure"),
    ("The cells were held at 2 bar in a fixture.", "pressure", "external-pressure"),
])
def test_the_airs_own_pressure_is_none_applied(spec: ChecklistSpec, text: str, step_id: str, expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A refusal that declines another refusal's words declines what they are about, not every step ...
    ("We cannot disclose this: the chemistry stays confidential for now. Cells ran 800 cycles.", "anode", None),
    ("Sorry, we can't share that - confidential until launch. Tested in pouch cells at 25 °C.", "pressure", None),
    ("We are not able to disclose more, it is confidential. The electrolyte is a sulfide.", "anode", None),
    # ... while a refusal naming a step still withholds it.
    ("We cannot disclose the anode: it stays confidential.", "anode", "not-disclosed"),
])
def test_a_refusal_of_a_refusal_withholds_no_other_step(spec: ChecklistSpec, text: str, step_id: str,
                                                        expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A question fronted before a refusal ("Which anode they use, we may not say") is what the refusal declines ...
    ("Which anode the partner uses, we are not allowed to disclose.", "anode", "not-disclosed"),
    ("What temperature the cycling ran at, they would not tell us.", "conditions", "not-disclosed"),
    ("Asked about the stack pressure, the supplier declined: confidential.", "pressure", "not-disclosed"),
    ("Asked for the electrolyte family, the vendor said this is confidential for now.", "electrolyte",
     "not-disclosed"),
    # ... and a sentence that states the thing is read as it is.
    ("Which anode? Graphite, as in any Li-ion cell.", "anode", "graphite"),
])
def test_a_question_fronted_before_a_refusal_is_declined(spec: ChecklistSpec, text: str, step_id: str,
                                                         expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # The alternatives of a question put outright are posed, not stated ...
    ("Is the cell all-solid-state or semi-solid? We will answer that at launch.", "route", None),
    ("Does it use a sulfide or an oxide electrolyte? Good question, more soon.", "electrolyte", None),
    ("Was it tested in coin cells or in pouch cells? Details follow in Q3.", "format", None),
    # ... while an answer that follows is read.
    ("Is the cell all-solid-state or semi-solid? It is semi-solid, with 5 % liquid.", "route", "semi-solid"),
])
def test_the_alternatives_of_a_question_put_outright_are_posed(spec: ChecklistSpec, text: str, step_id: str,
                                                               expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # What someone asks for is asked, not stated: a request names no answer ...
    ("Buyer: they want yield data from the production line.\nEngineer: no comment on that yet.",
     "manufacturability", None),
    ("The customer asks for the stack pressure in MPa.", "pressure", None),
    ("Procurement wants to know the pilot line output.", "manufacturability", None),
    # ... while the answer to it is read.
    ("The customer asks for the yield. Our pilot line runs at 85 % yield.", "manufacturability", "pilot-line"),
])
def test_what_someone_asks_for_is_not_stated(spec: ChecklistSpec, text: str, step_id: str,
                                             expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # The article "a" is no A-sample: a lower-case "a sample" names no full-size cell ...
    ("We propose a sample schedule for the second quarter.", "format", None),
    ("The buyer signed a sample contract last week.", "format", None),
    ("We attach a sample calculation of the pack cost.", "format", None),
    # ... while the designation, a capital, still is one.
    ("A-samples (pouch, 10 Ah) were tested at 25 °C.", "format", "pouch-prototype"),
    ("Results from A-sample cells: 92 % after 500 cycles.", "format", "pouch-prototype"),
])
def test_the_article_is_no_sample_designation(spec: ChecklistSpec, text: str, step_id: str,
                                              expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # Data called laboratory data, with nothing said of a line, are one-off cells' evidence ...
    ("Our promise: 5,000 cycles. (Lab data, single cells, 30 °C.)", "manufacturability", "announcements-only"),
    ("All figures are laboratory data from hand-picked cells.", "manufacturability", "announcements-only"),
    # ... while a line named beside them is read.
    ("Lab data from 2023; since then our pilot line has run at 90 % yield.", "manufacturability", "pilot-line"),
])
def test_laboratory_data_alone_are_one_off_evidence(spec: ChecklistSpec, text: str, step_id: str,
                                                    expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # Two sentences joined by a semicolon each report their own results: the cells of a step before the results are
    # not where they came from ...
    ("Materials were pre-selected in coin cells; the cycling data shown were measured on 8-layer stacks.",
     "format", "multilayer-stack"),
    ("Coatings were compared in Swagelok cells; all results below come from 5 Ah pouch cells.", "format",
     "pouch-prototype"),
    # ... while a format named in the sentence with the results is still read.
    ("Cycled in coin cells at 25 °C; 92 % capacity retention after 300 cycles.", "format", "coin-cell"),
])
def test_a_semicolon_parts_the_results_of_two_sentences(spec: ChecklistSpec, text: str, step_id: str,
                                                         expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # The lines under a heading that names a plan list what is planned, to the next blank line ...
    ("Cells tested at 25 °C.\n\nTimeline\n2027 - pilot line starts\n2029 - volume production\n", "manufacturability",
     "announcements-only"),
    ("Milestones:\nH1 2028 - cells ship to first customers\n", "manufacturability", "announcements-only"),
    ("Outlook\nSerial production at the new plant, then deliveries to customers.", "manufacturability",
     "announcements-only"),
    ("Our plans:\nShip cells to customers from the second line.", "manufacturability", "announcements-only"),
    # ... while a line after the blank line is a fact again.
    ("Roadmap\n2028 - second plant\n\nToday our pilot line makes 3,000 cells a month at 91 % yield.",
     "manufacturability", "pilot-line"),
])
def test_the_lines_under_a_plan_heading_are_plans(spec: ChecklistSpec, text: str, step_id: str,
                                                  expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A refusal on the line under a bare title declines what the title names ...
    ("Deliverables\nStack pressure specification\nAvailable under NDA only, not part of this offer.\n",
     "pressure", "not-disclosed"),
    ("Item 7 Cycle-life test data\nNot included - under NDA only.", "after-cycles", "not-disclosed"),
    ("Cell anode material\nConfidential until the supply agreement is signed.", "anode", "not-disclosed"),
    # ... but not where the line above is a sentence of its own.
    ("The anode is graphite.\nFurther details are confidential.", "anode", "graphite"),
])
def test_a_refusal_under_a_bare_title_declines_it(spec: ChecklistSpec, text: str, step_id: str,
                                                  expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # Free liquid and liquid a solid holds, both denied, are no liquid at all ...
    ("Analysis found no free or bound liquid in the separator.", "route", "all-solid-state"),
    ("The cell contains no residual or free liquid of any kind.", "route", "all-solid-state"),
    # ... while free liquid alone denied leaves room for a gel.
    ("The cell has no free liquid; a gel polymer electrolyte holds it.", "route", "semi-solid"),
])
def test_free_and_held_liquid_both_denied_is_no_liquid(spec: ChecklistSpec, text: str, step_id: str,
                                                       expected: str) -> None:
    assert reading(spec, text, step_id) == expected
