"""The pre-fill's readings broadened after the twenty-sixth blind set (the helper of session twenty-four).

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that
keeps the old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "step", "expected"), [
    # "Proprietary" or "secret" said of a thing by a copula withholds it, as "confidential" does ...
    ("Remark: the electrolyte family is proprietary to us and not part of this offer.", "electrolyte", "not-disclosed"),
    ("The anode recipe remains secret; 400 cycles at 25 °C were run.", "anode", "not-disclosed"),
    ("Our build details (route, electrolyte family) are proprietary, and the cells ship in Q2.", "route",
     "not-disclosed"),
    # ... while a proprietary thing described is still described.
    ("We use a proprietary sulfide electrolyte.", "electrolyte", "sulfide"),
    ("The proprietary anode is lithium metal with a LiF coating.", "anode", "lithium-metal-protected"),
])
def test_a_thing_said_to_be_proprietary_is_withheld(spec: ChecklistSpec, text: str, step: str,
                                                    expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A share of capacity kept, given as a floor, is still capacity retention ...
    ("The pouch cells kept 85 % or more of their initial capacity after 800 cycles.", "retention-only"),
    ("Cells retained 80%+ of rated capacity over 1,200 cycles.", "retention-only"),
    ("After 500 cycles they maintain 92 percent or better of the capacity.", "retention-only"),
    # ... and a cycle count alone stays the headline.
    ("The cells ran 800 cycles or more.", "headline-only"),
])
def test_a_share_of_capacity_kept_as_a_floor_is_retention(spec: ChecklistSpec, text: str,
                                                          expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A line to be done by a year is a target, a roadmap ...
    ("We intend to grow the team, finish a pilot line by 2029, and then scale.", "announcements-only"),
    ("Next steps: larger cells in 2027, a pilot plant by Q3 2028.", "announcements-only"),
    ("Partners will get samples; yield data from the pilot line by 2027.", "announcements-only"),
    # ... while one the clause says was done by then is there.
    ("The pilot line was completed by 2024 and has run since.", "pilot-line"),
    ("We had shipped 20,000 cells to customers by 2025.", "shipping"),
])
def test_a_line_to_be_done_by_a_date_is_a_roadmap(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Coated" before another noun coats that thing, not the lithium named beside it ...
    ("Anode: lithium metal foil, shipped in nickel-coated steel cans.", "lithium-metal-unprotected"),
    ("Li metal anode; the housing uses powder-coated aluminium panels.", "lithium-metal-unprotected"),
    # ... while before the lithium, or going on with what coats it, it is the lithium's protection.
    ("Anode: LiF-coated lithium metal foil.", "lithium-metal-protected"),
    ("Anode: lithium metal, coated with a thin LiPON film.", "lithium-metal-protected"),
    ("Anode: lithium metal foil, coated.", "lithium-metal-protected"),
])
def test_coated_before_another_noun_coats_that_noun(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "anode") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A plant's start of operation dated ahead is a schedule, a roadmap ...
    ("Factory in Saxony: start of operation planned for 2029.", "announcements-only"),
    ("The new site, 4 GWh; start of operations scheduled for H1 2030.", "announcements-only"),
    ("Start of operation 2028 at the Lyon plant.", "announcements-only"),
    # ... and one under way is not.
    ("Start of operation was in 2023; the pilot line has since made 60,000 cells.", "pilot-line"),
])
def test_a_start_of_operation_dated_ahead_is_a_roadmap(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Samples that went to customers are pilot evidence, with an aside on the samples between ...
    ("A-samples (pouch, 10 Ah) went to two OEMs last spring.", "pilot-line"),
    ("Our B-samples (prismatic) were delivered to a Tier-1 in June.", "pilot-line"),
    ("The samples went out to four customers.", "pilot-line"),
    # ... and samples still to come are a schedule.
    ("B-samples are planned for Q3 2027.", "announcements-only"),
])
def test_samples_that_went_to_customers_are_pilot_evidence(spec: ChecklistSpec, text: str,
                                                           expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A row declining one kind of evidence leaves the evidence the text gives elsewhere ...
    ("Samples: 300 cells were shipped to two customers in May.\nYield: not disclosed.", "pilot-line"),
    ("Shipped 40,000 packs to customers since 2024.\nLine yield: confidential.", "shipping"),
    # ... while a row declining the step by its title still outweighs a slogan.
    ("Ready for mass production!\nManufacturability evidence: confidential.", "not-disclosed"),
    ("Yield: confidential.", "not-disclosed"),
])
def test_a_row_declining_one_kind_of_evidence_leaves_the_rest(spec: ChecklistSpec, text: str,
                                                              expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # In a row's value, a plan in a later clause joined by a conjunction plans that clause's own thing ...
    ("Pressure: the cells ran without clamping, and none is foreseen in the pack.", "pressure", "no-external-pressure"),
    ("Stack pressure: cycled unclamped, and a pack design will follow in 2027.", "pressure", "no-external-pressure"),
    ("Production: 2,000 cells shipped to customers so far, and a second line is planned.", "manufacturability",
     "shipping"),
    # ... while one in the clause or the sentence without such a join still plans what the row names.
    ("Production: series production, planned for 2028.", "manufacturability", "announcements-only"),
    ("Mass production | Q4 2027 (planned)", "manufacturability", "announcements-only"),
])
def test_a_plan_in_a_joined_clause_plans_its_own_thing(spec: ChecklistSpec, text: str, step: str,
                                                       expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A refusal under a reply's mark answers the question reported before it, for what that question asks for ...
    ("We asked which stack pressure they used in the tests.\nReply: internal data is confidential.", "pressure",
     "not-disclosed"),
    ("Question sent: at what temperature were the 900 cycles run?\nAnswer: the test report is confidential.",
     "conditions", "not-disclosed"),
    ("I asked them what anode the 2,000 cycles came from.\nReply: confidential, sorry.", "anode", "not-disclosed"),
    # ... not for what it takes for granted: the cycle count asked about stays the headline ...
    ("I asked them what anode the 2,000 cycles came from.\nReply: confidential, sorry.", "after-cycles",
     "headline-only"),
    # ... and a reply giving something gives it.
    ("We asked which stack pressure they used.\nReply: 2 MPa in a fixture.", "pressure", "external-pressure"),
])
def test_a_reply_declining_answers_the_question_reported_before_it(spec: ChecklistSpec, text: str, step: str,
                                                                   expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # What an observer could not make out ("couldn't tell if ...") is neither declined nor claimed ...
    ('The maker calls it "solid-state". We could not tell if the cell holds any liquid.', "unclear"),
    ('Vendor: "solid-state battery". From the teardown we can\'t tell whether gel is present.', "unclear"),
    ("Hard to judge if there is a gel phase; the label says solid-state.", "unclear"),
    # ... while telling someone is still declined, and a gel stated is still semi-solid.
    ('Our "solid-state" cell: I can\'t tell you whether it contains liquid.', "not-disclosed"),
    ("The cell uses a gel electrolyte; we could not tell if it ages faster.", "semi-solid"),
])
def test_what_an_observer_could_not_make_out_is_no_claim(spec: ChecklistSpec, text: str,
                                                         expected: str | None) -> None:
    assert reading(spec, text, "route") == expected


_CAPABILITIES = """Test house brochure
Our test capabilities:
- Cycling of coin cells and pouch cells, -20 to 60 °C, C/20 to 3C
- Cycling under stack pressure, 1 to 20 MPa
- DCIR and EIS after cycling, post-mortem analysis
Contact us for a quote."""

_RESULTS_BELOW_CAPABILITIES = _CAPABILITIES + """

Results for the customer's cells: pouch cells, 800 cycles at 25 °C and 2 MPa, 91 % capacity retention."""


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A list under a heading of capabilities reports no result: no format, pressure, conditions or measure ...
    (_CAPABILITIES, "format", None),
    (_CAPABILITIES, "pressure", None),
    (_CAPABILITIES, "conditions", None),
    (_CAPABILITIES, "after-cycles", None),
    ("Accredited services (scope B):\n1. Cycle life of pouch cells\n2. Impedance growth per IEC 62660-1.",
     "after-cycles", None),
    # ... while results reported below the list are read.
    (_RESULTS_BELOW_CAPABILITIES, "format", "pouch-prototype"),
    (_RESULTS_BELOW_CAPABILITIES, "pressure", "external-pressure"),
    (_RESULTS_BELOW_CAPABILITIES, "after-cycles", "retention-only"),
    # A list under another heading is read as before.
    ("Test results:\n1. Pouch cells, 800 cycles at 25 °C\n2. Stack pressure 2 MPa", "pressure", "external-pressure"),
])
def test_a_list_of_capabilities_reports_no_result(spec: ChecklistSpec, text: str, step: str,
                                                  expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # What a purpose's work is done on ("supports the development of X") is a fact of X ...
    ("Our lab supports the development of semi-solid pouch cells.", "route", "semi-solid"),
    ("The grant enables our production of all-solid-state cells.", "route", "all-solid-state"),
    ("The line supports the qualification of oxide separators.", "electrolyte", "oxide"),
    # ... while what a product is meant for is still no fact of it.
    ("The pack is ideal for all-solid-state retrofits.", "route", None),
    ("Designed for semi-solid cells of any maker.", "route", None),
])
def test_what_a_purposes_work_is_done_on_is_a_fact(spec: ChecklistSpec, text: str, step: str,
                                                   expected: str | None) -> None:
    assert reading(spec, text, step) == expected
