"""The pre-fill reads what a supplier withholds, defers or leaves implicit as a cautious buyer would.

Written for issue 9 item 9 after the fourth blind set; none of these texts is a copy of a blind set's.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "expected"), [
    # A resistance measure whose values are deferred is no resistance figure.
    ("We keep 87 % of capacity after 1,100 cycles. Impedance: our lab will follow up next week.", "retention-only"),
    ("Retention 90 % after 700 cycles. As for ASR, I need to confirm with the test team.", "retention-only"),
    ("Capacity retention of 84 % at 2,000 cycles; internal resistance to be confirmed.", "retention-only"),
    ("SOH 91 % after 800 cycles. The DCIR values will be shared after the audit.", "retention-only"),
    # ... while a resistance that was reported still counts.
    ("SOH 91 % after 800 cycles, and DCIR grew by 11 % over the test.", "retention-and-resistance"),
])
def test_a_deferred_resistance_is_no_figure(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A compliance matrix's mark beside a placeholder says nothing: the response cell is empty.
    ("Item | Compliant | Response\nCapacity retention | Yes | 86 % after 900 cycles\nImpedance growth | No | TBD",
     "retention-only"),
    ("Clause  Requirement           Met       Response\n"
     "4.2     Retention at EOL      Yes       88 % after 1,500 cycles\n"
     "4.3     DCIR increase         Partial   n/a", "retention-only"),
    # ... but a mark beside a figure is a response.
    ("Item | Compliant | Response\nCapacity retention | Yes | 86 % after 900 cycles\nImpedance growth | Yes | +9 %",
     "retention-and-resistance"),
])
def test_a_compliance_mark_beside_a_placeholder_says_nothing(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A polymer host named by its own name is a polymer; an oxide filler in it makes a composite.
    ("Separator: LATP-filled PVDF-HFP membrane, 25 µm.", "composite"),
    ("The electrolyte is garnet powder dispersed in a polyacrylonitrile matrix.", "composite"),
    ("Electrolyte: PMMA-based gel, cross-linked in the cell.", "polymer"),
    ("Electrolyte | PVDF-HFP gel polymer", "polymer"),
    ("Electrolyte | sintered LLZO pellet, 200 µm", "oxide"),
])
def test_a_polymer_named_by_its_host_and_mixed_families(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "electrolyte") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A cell said in plain words to hold no liquid, or to be all solid, is all-solid-state.
    ("Our cell is built with no liquid whatsoever; every layer is a ceramic.", "all-solid-state"),
    ("To your question: the design is all solid, from one current collector to the other.", "all-solid-state"),
    # ... but not a safety claim about leaks, nor a gel holding no free liquid.
    ("No liquid leakage was seen in the crush test.", None),
    ("A gel electrolyte, so there is no free liquid in the pouch.", "semi-solid"),
    ("Strictly, the cell is not all solid.", None),
])
def test_no_liquid_in_plain_words(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "route") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An anode said to be Li, the element's symbol and nothing more, is lithium metal.
    ("The anode is a thin evaporated Li layer on copper.", "lithium-metal-unprotected"),
    ("Anode: Li, 20 µm, rolled onto Cu.", "lithium-metal-unprotected"),
    ("We pair it with a lithium anode and an NMC cathode.", "lithium-metal-unprotected"),
    ("Anode is pure Li with a LiF-rich artificial SEI.", "lithium-metal-protected"),
    ("Anode is Li, without a coating of any kind.", "lithium-metal-unprotected"),
    # ... not an alloy, a titanate, or a lithium-ion graphite anode.
    ("Anode: Li-In alloy, 50 µm.", "silicon-or-other"),
    ("The anode is lithium titanate.", "silicon-or-other"),
    ("Anode is a lithium-ion graphite anode.", "graphite"),
    ("Conducting salt: Li TFSI in PEO; anode: graphite.", "graphite"),
    ("Electrolyte = Li salt in a polymer, graphite anode.", "graphite"),
    ("Anode-free: lithium plates on the current collector during the first charge.", "silicon-or-other"),
])
def test_an_anode_said_to_be_lithium(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "anode") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A plan written in a row about another step is that step's plan, not the product's roadmap.
    ("Electrolyte: oxide (sulfide variant on the roadmap for 2029)\nFormat: pouch, 5 Ah", None),
    ("| Stack pressure | 1 MPa; a pressure-free design is planned for Gen 2 |\n| Format | coin cell |", None),
    ("- Anode: graphite. Silicon is coming soon.\n- Production: pilot line, 92 % yield", "pilot-line"),
    # ... while a row about production, or prose, still reads as a roadmap.
    ("Production status: roadmap only, SOP planned for 2029", "announcements-only"),
    ("Electrolyte: oxide\nMass production is planned for 2028.", "announcements-only"),
])
def test_a_plan_in_a_row_about_another_step(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A refusal withholds the noun it names, not a step whose word only qualifies that noun.
    ("Detailed test conditions can be shared once an NDA is signed.", "conditions", "not-disclosed"),
    ("Detailed test conditions can be shared once an NDA is signed.", "format", None),
    ("Our production temperature profile is confidential.", "manufacturability", None),
    ("Our production temperature profile is confidential.", "conditions", "not-disclosed"),
    # ... while the step's own noun is still withheld.
    ("The test format is confidential until the tender closes.", "format", "not-disclosed"),
    ("Production volumes are confidential.", "manufacturability", "not-disclosed"),
])
def test_a_refusal_withholds_its_noun_not_its_qualifier(spec: ChecklistSpec, text: str, step_id: str,
                                                        expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


QUESTIONNAIRE = ("Q1. Which electrolyte family?\nA1. Sulfide (argyrodite).\n"
                 "Q2. Pilot line yield and shipped volumes.\nA2. {answer}\n")


@pytest.mark.parametrize(("answer", "expected"), [
    # A questionnaire's answer is read under its question: a refusal withholds what the question asks ...
    ("Not disclosed at this point of the bid.", "not-disclosed"),
    ("We consider this confidential until award.", "not-disclosed"),
    # ... a placeholder answer leaves the question no claim ...
    ("TBD", None),
    # ... and an answer that states something is read as usual.
    ("Pilot line at 1 MWh a year, 91 % yield.", "pilot-line"),
    ("In series production since 2025.", "shipping"),
])
def test_a_questionnaires_answer_is_read_under_its_question(spec: ChecklistSpec, answer: str,
                                                            expected: str | None) -> None:
    text = QUESTIONNAIRE.format(answer=answer)
    assert reading(spec, text, "manufacturability") == expected
    assert reading(spec, text, "electrolyte") == "sulfide"


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # An explicit refusal of a step outranks its fallback option, which counts only where nothing more is given ...
    ("Our solid-state cell: whether it is all-solid or gel-assisted is shared only under NDA.", "route",
     "not-disclosed"),
    ("Platform: solid-state battery; which cell architecture we use stays confidential for now.", "route",
     "not-disclosed"),
    ("Production: we cannot disclose our production plans before the announcement.", "manufacturability",
     "not-disclosed"),
    # (a parenthesis wrapped over two lines is one line, whatever the first ends with)
    ("Technology: solid-state pouch cell; route details (see note no.\n7) confidential.", "route", "not-disclosed"),
    # ... unless the text says the fallback's words are all there is ...
    ("The vendor declined to say whether the cells are all-solid-state or semi-solid; they just call it "
     "solid-state.", "route", "unclear"),
    # ... or the refusal withholds something else, named in the fallback's own words or elsewhere ...
    ("Next-generation solid-state battery, 400 Wh/kg. Battery pricing is confidential.", "route", "unclear"),
    # ... and without a refusal the fallback stands.
    ("Our solid-state cell sets a new standard.", "route", "unclear"),
])
def test_a_refusal_outranks_a_fallback(spec: ChecklistSpec, text: str, step_id: str, expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A negated modal reports a refusal and a cell's construction is its build, not a plan ...
    ("They could not confirm the yield of the pilot line.", "pilot-line"),
    ("The construction of the pilot line cells follows ISO 9001; yield 93 %.", "pilot-line"),
    # ... while what is under construction is still a plan.
    ("A pilot line is under construction.", "announcements-only"),
])
def test_negated_modals_and_construction_are_no_plans(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The alternatives of an open question are not stated.
    ("We are still evaluating whether to use a sulfide or an oxide separator.", None),
    ("The customer asked whether the electrolyte is a polymer or a composite; it is a polymer.", "polymer"),
    ("The separator is a sulfide glass.", "sulfide"),
])
def test_the_alternatives_of_an_open_question_are_not_stated(spec: ChecklistSpec, text: str,
                                                             expected: str | None) -> None:
    assert reading(spec, text, "electrolyte") == expected
