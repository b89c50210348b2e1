"""The pre-fill's readings broadened after the eighth blind set (issue 9 item 9).

None of these texts is a copy of a blind set's; each mechanism has texts in several forms.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.prefill import find_measurements
from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "expected"), [
    # A charge or discharge rate written as a number, in either decimal convention, is slow at C/10 or slower ...
    ("Test temperature: 25 °C\nCharge / discharge: 0,1 C / 0,1 C", "slow-rate"),
    ("Cycled at 23 °C with 0.05 C charge and 0.1 C discharge.", "slow-rate"),
    ("Temperatur: 25,0 °C\nStrom: C / 20", "slow-rate"),
    ("Protocol | 0.1P charge, 0.1P discharge, 24 °C", "slow-rate"),
    ("All cycling ran at C/10 in a 25 °C chamber.", "slow-rate"),
    ("Rate: 0,05C", "slow-rate"),
    # ... and not faster, nor a temperature written with a bare "C".
    ("Test temperature: 25 °C\nCharge / discharge: 0,5 C / 1 C", "room-temperature"),
    ("Cycled at 25 C, 1C charge and 1C discharge.", "room-temperature"),
    ("Cycled at 60 °C and 0.2C / 0.2C.", "elevated-temperature"),
])
def test_a_rate_written_as_a_number(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "conditions") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A decimal comma is no break in a row's value: "0,5 MPa" is a pressure, not "0" denying it.
    ("Stack pressure: 0,5 MPa", "external-pressure"),
    ("Stapeldruck / stack pressure: 0,8 MPa (Prüfung)", "external-pressure"),
    ("External pressure | 0,25 MPa, spring clamp", "external-pressure"),
    ("Stack pressure: 0, none needed", "no-external-pressure"),
    ("Stack pressure: 0 MPa, none required", "no-external-pressure"),
])
def test_a_decimal_comma_is_no_break(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "pressure") == expected


@pytest.mark.parametrize(("text", "value"), [
    # A tolerance after a value leaves the nominal value.
    ("Cycled at 25 ± 2 °C.", 25.0),
    ("Test temperature: 45±1 °C", 45.0),
    ("chamber at 60 +/- 2 °C", 60.0),
    ("at -10 ± 1 °C", -10.0),
    ("T = 30 +- 0,5 °C", 30.0),
])
def test_a_tolerance_leaves_the_nominal_value(text: str, value: float) -> None:
    found = [m for m in find_measurements(text) if m.kind == "temperature"]
    assert [m.normalised for m in found] == [value]


def test_a_pressure_with_a_tolerance(spec: ChecklistSpec) -> None:
    assert [m.normalised for m in find_measurements("held at 2 ± 0.2 MPa")] == [2.0]
    assert reading(spec, "Cycled at 25 ± 2 °C, 0.5C / 0.5C.", "conditions") == "room-temperature"


QUESTIONS = ('1.{n} "{question}"\n    Answer: {answer}\n')


@pytest.mark.parametrize(("question", "answer", "step_id", "expected"), [
    # Any line an unnumbered "Answer:" or "A:" line follows is the question it answers: its own words are no claim,
    # and the answer ends before the next question ...
    ("Which electrolyte family (oxide, sulfide, polymer)?", "Garnet-type LLZO.", "electrolyte", "oxide"),
    ("State whether the cell is all-solid-state or semi-solid.", "Solid-state battery.", "route", "unclear"),
    ("Required stack pressure?", "n/a", "pressure", None),
    ("Describe the anode (graphite, silicon, lithium metal).", "Silicon-carbon composite.", "anode",
     "silicon-or-other"),
    # ... and "Proprietary" as the whole answer declines to state what it asks.
    ("Which electrolyte family?", "Proprietary.", "electrolyte", "not-disclosed"),
    ("Anode material and protection?", "Proprietary", "anode", "not-disclosed"),
])
def test_an_answer_line_answers_the_line_above(spec: ChecklistSpec, question: str, answer: str, step_id: str,
                                               expected: str | None) -> None:
    text = (QUESTIONS.format(n=1, question=question, answer=answer)
            + QUESTIONS.format(n=2, question="Manufacturing evidence?", answer="Pilot line, 300 cells a month."))
    assert reading(spec, text, step_id) == expected
    assert reading(spec, text, "manufacturability") == "pilot-line"


@pytest.mark.parametrize(("text", "expected"), [
    # "Proprietary" declines only as a whole value, not as a word describing what is named.
    ("Electrolyte: proprietary\nAnode: graphite", "not-disclosed"),
    ("Q: Electrolyte family?\nA: Proprietary.", "not-disclosed"),
    ("Electrolyte | Proprietary", "not-disclosed"),
    ("Electrolyte: proprietary sulfide", "sulfide"),
    ("Our proprietary polymer electrolyte is made in-house.", "polymer"),
])
def test_proprietary_as_a_whole_answer(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "electrolyte") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A heading that withdraws its product and goes on after its colon blanks its line and the prose lines after it,
    # up to a blank line or the next row or numbered item ...
    ("Offered: Z-40 pouch, 4 MPa stack pressure.\nAppendix (not offered): Z-10 lab cell,\n"
     "coin cells, argyrodite, 25 °C.", "format", "pouch-prototype"),
    ("1. Format: 30 Ah pouch, the cycle data are from these cells.\nAnnex A (for reference only): older design in\n"
     "CR2032 coin cells, oxide electrolyte.", "format", "pouch-prototype"),
    ("Electrolyte: PEO-LiTFSI polymer\nCompetitor benchmark (not offered): a sulfide cell at 5 MPa,\nheld in a clamp.",
     "electrolyte", "polymer"),
    # ... and stops at the next "Label: value" row.
    ("Previous generation (not offered): 3 MPa clamp\nStack pressure: 1 MPa", "pressure", "external-pressure"),
    ("Legacy cell (not for sale): graphite anode\nAnode: lithium metal foil, bare", "anode",
     "lithium-metal-unprotected"),
])
def test_a_withdrawn_heading_that_goes_on(spec: ChecklistSpec, text: str, step_id: str, expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Serial production" is series production.
    ("The cells have been in serial production since 2022.", "shipping"),
    ("Serial production: since Q1 2024, 2 GWh/a", "shipping"),
    # A target date is a plan, also of a name in parentheses beside it ...
    ("Start of production (SOP) is targeted for 2030.", "announcements-only"),
    ("Mass production is targeted for late 2029; today we hand-build prototypes.", "announcements-only"),
    ("We are targeting series production (SOP) in 2031.", "announcements-only"),
    # ... and a row labelled as a roadmap or outlook lists plans.
    ("Roadmap: pilot line 2028, gigafactory 2031", "announcements-only"),
    ("Outlook | Series production in Spain", "announcements-only"),
    ("Milestones: pilot production, then volume production", "announcements-only"),
])
def test_plans_and_serial_production(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A datasheet row is read whole: a resistance measure whose value cell defers or withholds it reports nothing ...
    ("| Capacity retention | 88 % after 1 000 cycles |\n| Impedance growth | on request |", "retention-only"),
    ("Capacity retention: 90 % @ 800 cycles\nDCIR increase: available on request", "retention-only"),
    ("SoH after 600 cycles | 91 %\nASR after cycling | confidential", "retention-only"),
    # ... and one withheld in prose too ...
    ("Capacity fade of 9 % after 1,200 cycles. Resistance data is confidential.", "retention-only"),
    ("Retention 85 % at 2k cycles; the impedance figures are withheld under NDA.", "retention-only"),
    # ... while a "DCR" (a direct-current resistance) that grew is resistance growth.
    ("Capacity after 1,500 cycles: 92 %\nDCR growth after 1,500 cycles: 15 %", "retention-and-resistance"),
    ("After 700 cycles 90 % capacity is retained and the DCR rose by 11 %.", "retention-and-resistance"),
    ("| Capacity retention | 88 % after 1 000 cycles |\n| Impedance growth | +9 % |", "retention-and-resistance"),
    # A share said to be left is retention ("80 % left at the end"), not a share of something named.
    ("~2k cycles at RT, 82% left at the end", "retention-only"),
    ("After 1,000 cycles: 87 % remaining.", "retention-only"),
    ("Cycle life 900 cycles, 79 % retained", "retention-only"),
])
def test_what_was_measured_after_cycling(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize("text", [
    "Cell: 5 wt% liquid electrolyte left after formation; 600 cycles.",
    "Up to 600 cycles with 3 vol% electrolyte remaining in the cathode.",
])
def test_a_share_of_something_named_is_no_retention(spec: ChecklistSpec, text: str) -> None:
    assert reading(spec, text, "after-cycles") == "headline-only"


@pytest.mark.parametrize(("text", "expected"), [
    # "all solid" said, in an answer or a line of its own, is the all-solid-state route ...
    ("[14:02] Ken (buyer): solid or semi-solid?\n[14:05] Lea: all solid, sulfide", "all-solid-state"),
    ("Q: Gel, liquid or solid?\nA: All solid.", "all-solid-state"),
    ("Architecture: all-solid, no gel", "all-solid-state"),
    ("Yes - all solid throughout the stack.", "all-solid-state"),
    # ... not the alternatives of a question.
    ("Could you confirm whether it is all-solid or hybrid?", None),
    ("Tell me: all solid or semi?", None),
    # ... nor denied.
    ("To be fair, it isn't all solid: a little gel remains.", "semi-solid"),
    ("The pack is not all-solid.", None),
    ("The architecture (all-solid vs. hybrid) is not public.", None),
])
def test_all_solid_said_not_asked(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "route") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # What a text says is confidential ("X is confidential") is declined, also in a reply's one-line answer ...
    ("> 4. What stack pressure is needed?\nStack pressure spec is confidential, sorry.", "pressure", "not-disclosed"),
    ("The stack pressure we apply is confidential.", "pressure", "not-disclosed"),
    ("Electrolyte family remains confidential; cells are 20 Ah pouches.", "electrolyte", "not-disclosed"),
    ("Q3. Anode?\nA3. Anode details are confidential at this stage.", "anode", "not-disclosed"),
    ("Our anode material was confidential until the patent filing; it is graphite.", "anode", "graphite"),
    # ... not what is stated beside it.
    ("Cells need 2 MPa; the clamp design is confidential.", "pressure", "external-pressure"),
])
def test_what_is_said_to_be_confidential(spec: ChecklistSpec, text: str, step_id: str, expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A glass's components joined by a middle dot are one formula: a thiophosphate is a sulfide, whatever "ceramic"
    # or "glass" says ...
    ("Electrolyte: 75Li2S·25P2S5 glass-ceramic, 30 µm", "electrolyte", "sulfide"),
    ("We use a 70Li2S·30P2S5 glass as separator.", "electrolyte", "sulfide"),
    ("Solid electrolyte | 80Li2S∙20P2S5 (glass ceramic)", "electrolyte", "sulfide"),
    # ... lithium titanate is another anode, by formula or name ...
    ("Anode: Li4Ti5O12, 60 µm", "anode", "silicon-or-other"),
    ("The negative electrode is lithium titanium oxide.", "anode", "silicon-or-other"),
    ("| Anode | Li4Ti5O12 (spinel) |", "anode", "silicon-or-other"),
    # ... and a formula is read as the alias closest to it: LLTO is an oxide electrolyte, no titanate anode.
    ("Electrolyte: Li0.33La0.56TiO3 pellet\nAnode: graphite", "anode", "graphite"),
    ("Electrolyte: Li0.34La0.51TiO2.94 film\nAnode: Li metal, bare", "anode", "lithium-metal-unprotected"),
    ("Electrolyte: Li0.33La0.56TiO3 pellet\nAnode: graphite", "electrolyte", "oxide"),
    ("The sintered Li0.33La0.56TiO3 separator is 50 µm thick.", "anode", None),
])
def test_formulas(spec: ChecklistSpec, text: str, step_id: str, expected: str) -> None:
    assert reading(spec, text, step_id) == expected
