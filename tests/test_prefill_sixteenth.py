"""The pre-fill's readings broadened after the sixteenth blind set (nineteenth session).

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that
keeps the old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A label joined by a colon to a refusal, inside prose or a row's value, is what is declined ...
    ("Release test: 20 cycles at 25 C. Clamping pressure for the test: confidential (see annex 4).", "pressure",
     "not-disclosed"),
    ("Summary: 300 cycles passed. Stack pressure in that run: not disclosed.", "pressure", "not-disclosed"),
    ("Pilot run: two lots of 40 cells. Volume production plan: not disclosed.", "manufacturability", "not-disclosed"),
    # ... and the words after a preposition only say which one: neither a format nor results are declined here ...
    ("Qualification: 40 cycles passed. Stack pressure during the qualification test: confidential.", "format", None),
    ("Q9 Temperature and rate of the reported results: confidential", "manufacturability", None),
    # ... nor is the row's own label ("Test summary") once the refusal has a label of its own ...
    ("Test summary: 500 cycles at 45 °C. Pressure: confidential. Format: pouch.", "format", "pouch-prototype"),
    # ... while what follows a word naming nothing a step asks about is still declined.
    ("We cannot share details of the test format.", "format", "not-disclosed"),
])
def test_a_label_before_a_refusal_is_what_is_declined(spec: ChecklistSpec, text: str, step_id: str,
                                                      expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


_COMPARED = """| | ZX-40 | Orbis R7 |
|---|---|---|
| Sold by us | Yes | {other} |
| Cycling conditions | 25 °C, 1C | 60 °C, 1C |
| Stack pressure | none | 3 MPa in a fixture |
"""


@pytest.mark.parametrize(("other", "step_id", "expected"), [
    # A column that a row of its own marks as not offered (an empty corner cell over the labels) is not read ...
    ("No - listed for comparison only", "conditions", "room-temperature"),
    ("Not sold here", "pressure", "no-external-pressure"),
    # ... while two products both offered are both read, the more cautious reading first.
    ("Yes", "pressure", "external-pressure"),
])
def test_a_column_a_row_marks_not_offered_is_not_read(spec: ChecklistSpec, other: str, step_id: str,
                                                      expected: str) -> None:
    assert reading(spec, _COMPARED.format(other=other), step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # What a thing replaces or does away with is not there ...
    ("Contact: a 5 µm gel-free buffer layer replaces external stack pressure.", "pressure", "interlayers"),
    ("Our compliant interlayer eliminates clamping pressure entirely.", "pressure", "interlayers"),
    # ... while what something is replaced with is.
    ("We replaced the spring clamp with a 2 MPa stack pressure frame.", "pressure", "external-pressure"),
])
def test_what_a_thing_replaces_is_not_there(spec: ChecklistSpec, text: str, step_id: str, expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A pressure of nought written in its unit before the pressure it measures is none at all ...
    ("The pouch cells cycled with 0 MPa external stack pressure.", "pressure", "no-external-pressure"),
    ("Test rig: 0.0 bar clamping pressure, 300 cycles.", "pressure", "no-external-pressure"),
    # ... while a pressure that is there is still read.
    ("The pouch cells cycled with 2 MPa external stack pressure.", "pressure", "external-pressure"),
])
def test_a_pressure_of_nought_is_none(spec: ChecklistSpec, text: str, step_id: str, expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A share of the initial capacity is the capacity retained, with or without an article ...
    ("After two winters the packs still showed 84 % of the original capacity.", "after-cycles", "retention-only"),
    ("Checks in May found 90 % of their rated capacity.", "after-cycles", "retention-only"),
    # ... and a liquid with a bound on its share is a share of liquid: the cell is semi-solid.
    ("All-solid-state cell; a wetting liquid, less than 2 wt%, is added at the cathode.", "route", "semi-solid"),
    ("All-solid-state design with an ionic liquid below 0.5 vol% at the interfaces.", "route", "semi-solid"),
    # (A liquid said to be absent still is absent, with its detection limit too.)
    ("All-solid-state cell, liquid-free, 0 % solvent.", "route", "all-solid-state"),
    ("All-solid-state cell. No liquid electrolyte detected, below 0.05 wt%.", "route", "all-solid-state"),
])
def test_shares_read_with_their_article_or_bound(spec: ChecklistSpec, text: str, step_id: str,
                                                 expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A question states nothing of what it asks for ...
    ("Buyer: What capacity and DCIR did the cells show after 500 cycles?\nVendor: Good question, a long test.",
     "after-cycles", "headline-only"),
    ("Is the cell fully solid, or does it hold some gel? Our answer: it is semi-solid.", "route", "semi-solid"),
    # ... while an answer still states what it names, and a question takes for granted what follows its verb.
    ("Which electrolyte? A sulfide argyrodite, 30 µm.", "electrolyte", "sulfide"),
    ("What makes our all-solid-state cell safer? No liquid to leak.", "route", "all-solid-state"),
])
def test_a_question_states_nothing(spec: ChecklistSpec, text: str, step_id: str, expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # What is said to be given only under NDA is declined, and a bare cycle count beside it is no "nothing more" ...
    ("The cells ran 2,000 cycles. Retention and impedance data are only released under NDA.", "after-cycles",
     "not-disclosed"),
    ("Stack pressure figures are available under NDA.", "pressure", "not-disclosed"),
    ("Capacity and impedance data after 1,500 cycles are confidential.", "after-cycles", "not-disclosed"),
    # ... a refusal after a speaker's name still declines what the question above it asks ...
    ("Buyer: In which format were the cycling results obtained?\nSupplier: Sorry: confidential.", "format",
     "not-disclosed"),
    # ... while a refusal in an answer reaches no further than its sentence: what follows it is given.
    ("Q: Which cells, and what was left after cycling?\nA: Sorry, the cell design is confidential. What I can say: "
     "after 900 cycles they kept 85 % of their capacity.", "after-cycles", "retention-only"),
])
def test_what_is_given_only_under_nda_is_declined(spec: ChecklistSpec, text: str, step_id: str,
                                                  expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A pressure in atmospheres or bars, its number spelled in words however small, is a pressure ...
    ("The stacks are held at two and a half atmospheres during cycling.", "pressure", "external-pressure"),
    ("Cells were cycled under four bars in a spring fixture.", "pressure", "external-pressure"),
    ("Cycled at 3 atmospheres in a pouch holder.", "pressure", "external-pressure"),
    # ... while the air's own pressure is none applied, and a small number in prose stays a word.
    ("Cycled at one atmosphere, nothing else applied.", "pressure", None),
    ("One of our two pouch lines runs three shifts.", "pressure", None),
])
def test_pressures_in_written_out_units_and_numbers(spec: ChecklistSpec, text: str, step_id: str,
                                                    expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # The answer to a question about a cycle count says where that count came from ...
    ("Analyst: Your deck claims 800 cycles. Where is that from?\nCTO: Our button cells. The 12-layer stacks are "
     "being tested now.", "format", "coin-cell"),
    ("Buyer: The 2,000 cycles - which cells?\nSales: Lab cells. Our 20-layer stacks start testing in May.", "format",
     "coin-cell"),
])
def test_the_answer_to_a_question_about_a_cycle_count_reports_its_format(spec: ChecklistSpec, text: str,
                                                                        step_id: str, expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A few words after a part no step asks about go on describing it: the coating is the cathode's ...
    ("Stack: Li metal anode, 30 µm; NMC622 cathode, alumina-coated.", "anode", "lithium-metal-unprotected"),
    # ... a coating far from the lithium the text names is another thing's (a machine's, a separator's) ...
    ("Cell build: lithium foil anode, 40 µm.\n\nDefect: 6 cells were made from one worn coating roll.", "anode",
     "lithium-metal-unprotected"),
    ("Cell build: lithium foil anode, 40 µm.\n\nElectrode sheets are dried right after coating.", "anode",
     "lithium-metal-unprotected"),
    # ... while a protection named beside the lithium, or in the next sentence, still protects it.
    ("The anode is lithium metal. A 50 nm LiF coating on the lithium suppresses dendrites.", "anode",
     "lithium-metal-protected"),
    ("Stack: Li metal anode, LiPON-coated, 30 µm; NMC622 cathode.", "anode", "lithium-metal-protected"),
])
def test_a_coating_protects_the_lithium_only_near_it(spec: ChecklistSpec, text: str, step_id: str,
                                                     expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A restraint or confining pressure is a stack pressure, in translated datasheets too ...
    ("Restraint pressure during cycling: 5 MPa.", "pressure", "external-pressure"),
    ("Cycled under a confining pressure in a steel holder.", "pressure", "external-pressure"),
    # ... and an unclamped cell, or one needing no restraint pressure, has none applied.
    ("All cycling data come from unclamped pouch cells.", "pressure", "no-external-pressure"),
    ("No restraint pressure is required for this design.", "pressure", "no-external-pressure"),
])
def test_restraint_pressure_is_stack_pressure(spec: ChecklistSpec, text: str, step_id: str, expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # An adjective of readiness is praise, no evidence of production and no plan for it ...
    ("Our cell: 380 Wh/kg, ultra-safe, a gigafactory-ready design.", "manufacturability", None),
    ("A volume-production-ready platform for premium EVs.", "manufacturability", None),
    # ... while a launch dated by its year is a plan, an announcement ...
    ("The new pack is coming to dealers in 2029.", "manufacturability", "announcements-only"),
    ("Launching in late 2028 with two OEM partners.", "manufacturability", "announcements-only"),
    # ... and so is being ready for production at a date.
    ("The cell will be ready for mass production in 2028.", "manufacturability", "announcements-only"),
])
def test_an_adjective_of_readiness_is_no_evidence(spec: ChecklistSpec, text: str, step_id: str,
                                                  expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # The samples a shipping document lists are samples sent to a customer ...
    ("DELIVERY NOTE DN-0412\nConsignee: cell lab of our customer, Turin\nItems: 8 B-sample prismatic cells, 50 Ah.",
     "manufacturability", "pilot-line"),
    ("Packing list 77/2026\n\nBox 1: 24 engineering samples (pouch, 5 Ah), not for resale.", "manufacturability",
     "pilot-line"),
    # ... while samples a test report or a brochure names are not said to have gone anywhere.
    ("TEST REPORT TR-88\nItems tested: 8 B-sample prismatic cells, 50 Ah.", "manufacturability", None),
])
def test_the_samples_a_shipping_document_lists_were_sent(spec: ChecklistSpec, text: str, step_id: str,
                                                         expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A resistance measure said never to have been taken denies resistance growth, whatever else names a method ...
    ("Our post-mortem of one cell found no lithium dendrites. Capacity retention 88 % after 600 cycles. DCIR growth "
     "was not measured.", "after-cycles", "retention-only"),
    ("A teardown confirmed the layer thicknesses. 500 cycles, 90 % capacity retained; impedance has never been "
     "measured.", "after-cycles", "retention-only"),
    # ... while a growth that was measured is still read.
    ("A teardown confirmed the layer thicknesses. 500 cycles, 90 % capacity retained; impedance rose 9 %.",
     "after-cycles", "retention-and-resistance"),
])
def test_a_measure_never_taken_denies_what_it_names(spec: ChecklistSpec, text: str, step_id: str,
                                                    expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A family word joined to "coated" names the coating's material, not the cell's electrolyte ...
    ("Anode: lithium metal, LiPON-coated. Cells cycled 300 times.", "electrolyte", None),
    ("Li foil, polymer-coated; no further details.", "electrolyte", None),
    # ... while the coating still protects the lithium.
    ("Li foil, polymer-coated; no further details.", "anode", "lithium-metal-protected"),
])
def test_a_family_word_before_coated_names_the_coating(spec: ChecklistSpec, text: str, step_id: str,
                                                       expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected
