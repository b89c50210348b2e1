"""The pre-fill reads replies, questionnaires and compliance matrices as a buyer would.

Written for issue 9 item 9 after the fifth blind set; none of these texts is a copy of a blind set's.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec

REPLY = ("Hi Tom, answers below.\n\n> 3. Which anode do you use, and is it protected?\n{anode}\n\n"
         "> 4. Does the cell need a pressure fixture?\n{pressure}\n\nBest, Ana")


@pytest.mark.parametrize(("anode", "pressure", "anode_reading", "pressure_reading"), [
    # A question quoted in a reply is what the lines below it answer; its own words ("protected",
    # "pressure fixture") are no claim ...
    ("Plain graphite.", "Nope, none at all.", "graphite", "no-external-pressure"),
    ("Li foil, 20 µm, bare.", "Yes, 2 MPa in a clamp.", "lithium-metal-unprotected", "external-pressure"),
    # ... and a refusal below it withholds what it asks.
    ("Confidential, sorry.", "No external pressure needed.", "not-disclosed", "no-external-pressure"),
])
def test_a_quoted_question_is_answered_by_the_lines_below_it(spec: ChecklistSpec, anode: str, pressure: str,
                                                            anode_reading: str, pressure_reading: str) -> None:
    text = REPLY.format(anode=anode, pressure=pressure)
    assert reading(spec, text, "anode") == anode_reading
    assert reading(spec, text, "pressure") == pressure_reading


QUESTIONNAIRE = ("Q2.1 Describe the anode and any protection concept.\nA: {anode}\n\n"
                 "Q2.2 State the cycle-life evidence (capacity retention, resistance growth).\nA: {cycles}\n\n"
                 "Q2.3 State the cell format in which the results were obtained.\nA: {format}\n\n"
                 "Q2.4 Manufacturing evidence.\nA: B-samples sent to one customer in May.\n")


@pytest.mark.parametrize(("answers", "step_id", "expected"), [
    # Sub-numbered questions ("Q2.1") with "A:" answers are read as a questionnaire: the question's words are no
    # claim, and a refusal under it withholds what it asks.
    ({"cycles": "We cannot share that at this stage."}, "after-cycles", "not-disclosed"),
    ({"cycles": "88 % of initial capacity after 700 cycles."}, "after-cycles", "retention-only"),
    # A negation covers every alternative it joins: "no coating or interlayer", "neither coating nor interlayer".
    ({"anode": "Lithium metal foil; no coating or interlayer is used."}, "anode", "lithium-metal-unprotected"),
    ({"anode": "Lithium metal, neither coated nor with an interlayer."}, "anode", "lithium-metal-unprotected"),
    # The first sentence answering where results came from is the result; a row about another step is no evidence
    # for this one where this step's own question is answered.
    ({"format": "A 10-bilayer stacked pouch. We sell it as a 50 Ah prismatic cell."}, "format", "multilayer-stack"),
    ({"format": "An 8-layer stack, 2 Ah."}, "format", "multilayer-stack"),
])
def test_a_questionnaire_is_read_answer_by_answer(spec: ChecklistSpec, answers: dict[str, str], step_id: str,
                                                  expected: str) -> None:
    filled = {"anode": "Graphite.", "cycles": "90 % retention after 500 cycles.", "format": "Coin cells."} | answers
    assert reading(spec, QUESTIONNAIRE.format(**filled), step_id) == expected


@pytest.mark.parametrize(("row", "step_id", "expected"), [
    # A requirement's number in its own cell is no label: the requirement is.
    ("R-3 | Need for external stack pressure | C | None needed, cells run at ambient pressure", "pressure",
     "no-external-pressure"),
    ("7.2 | External pressure during operation | PC | 1.2 MPa via end plates", "pressure", "external-pressure"),
    # A label asking about readiness makes no plan of the value answering it; a plan in the value still is one.
    ("T-8 | Production readiness | C | Pilot line running since 2024, yield 88 %", "manufacturability", "pilot-line"),
    ("Series production | Q3 2028 (planned)", "manufacturability", "announcements-only"),
])
def test_a_compliance_matrix_row_is_read_under_its_requirement(spec: ChecklistSpec, row: str, step_id: str,
                                                               expected: str) -> None:
    assert reading(spec, row, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A range written with a tilde is a window, not a test condition.
    ("Operating temperature: -20 ~ 55 °C\nTest temperature: 25 °C, 1C / 1C", "room-temperature"),
    ("Operating range -25～60 °C. Cycling was run at 60 °C.", "elevated-temperature"),
])
def test_a_tilde_joins_a_range(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "conditions") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A unit column does not make a placeholder row a claim.
    ("PARAMETER        UNIT   VALUE\nCapacity retention   %      84 after 900 cycles\nDCIR growth   %      TBD\n",
     "retention-only"),
    ("PARAMETER        UNIT   VALUE\nCapacity retention   %      84 after 900 cycles\nDCIR growth   %      +14\n",
     "retention-and-resistance"),
    # A resistance measure still being run, or withheld, reports nothing ...
    ("Capacity stays at 91 % after 750 cycles. Impedance tests are ongoing.", "retention-only"),
    ("After 750 cycles the capacity is still 91 %; we can't share the DCIR numbers.", "retention-only"),
    # ... and capacity said to stay at a share is retention.
    ("After 750 cycles the capacity is still 91 %.", "retention-only"),
])
def test_what_was_measured_after_cycling(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Goods delivered to customers, with what and how much in between, are shipping ...
    ("Our Lyon plant delivered 35,000 modules to forklift customers last year.", "shipping"),
    ("The line shipped 80 MWh of cells to three utility customers in 2025.", "shipping"),
    # ... samples sent out are not.
    ("A-samples were delivered to two OEM customers in March.", "pilot-line"),
])
def test_deliveries_to_customers(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A row whose value opens with a date dates its label: no evidence it is there yet ...
    ("Pilot line: 2028\nPrototype cells: 3 Ah pouch", "announcements-only"),
    ("SOP | Q2 2029", "announcements-only"),
    # ... unless the value says it is there.
    ("Pilot line: 2024, in operation since May, yield 90 %", "pilot-line"),
    ("Series production: since 2023", "shipping"),
])
def test_a_dated_row_is_a_plan(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "manufacturability") == expected
