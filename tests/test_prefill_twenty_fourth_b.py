"""The pre-fill's readings broadened after the twenty-seventh blind set (the second helper of session twenty-four).

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that
keeps the old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "expected"), [
    # Whoever would have measured resistance saying they did not denies it, whatever else the text names ...
    ("After 300 cycles the capacity was 91 % of the start value. We did not measure internal resistance. A teardown "
     "of one cell found a dry separator.", "retention-only"),
    ("The modules kept 88 % capacity over 600 cycles; the lab hasn't tested impedance. Post mortem pending.",
     "retention-only"),
    # ... and a measure of resistance growth reported still counts.
    ("The modules kept 88 % capacity over 600 cycles, and DCIR grew by 9 % after cycling.",
     "retention-and-resistance"),
])
def test_a_measure_the_tester_says_was_not_taken_is_denied(spec: ChecklistSpec, text: str,
                                                           expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A resistance measure put off to a later period reports nothing yet ...
    ("Pouch cells kept 87 % capacity after 400 cycles. EIS over cycling was postponed to the next quarter.",
     "retention-only"),
    ("Retention after 250 cycles: 90 %. Impedance tracking moved to phase 2 because the rig broke.",
     "retention-only"),
    ("Capacity retention 84 % after 500 cycles; DCIR growth measurement deferred.", "retention-only"),
    # ... while one taken and reported stays.
    ("Capacity retention 84 % after 500 cycles; impedance rose by 12 % over the test.", "retention-and-resistance"),
])
def test_a_resistance_measure_put_off_reports_nothing(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A pack run in a van, a truck or a drone was tested in the field, whatever cell format it holds ...
    ("Log, day 12: test van 4 back at the yard after 180 km; pack temperature 31 °C, 2,400 km on the pack so far.",
     "vehicle-test"),
    ("Six packs of 21700 cells ran in our yard trucks for 9 months; after 700 cycles capacity was 93 %.",
     "vehicle-test"),
    ("A-sample packs were flown on survey drones; after 90 flight cycles the packs kept 95 % capacity.",
     "vehicle-test"),
    # ... while a pouch cell cycled on the bench stays a pouch prototype.
    ("The 10 Ah pouch cells kept 95 % capacity after 90 cycles on the bench.", "pouch-prototype"),
])
def test_a_pack_run_in_a_van_truck_or_drone_is_a_field_test(spec: ChecklistSpec, text: str,
                                                             expected: str | None) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # The "for" of thanks or apology names what was given or done, not what a product is meant for ...
    ("Thank you for sending back the four solid-state packs; our lab has them now.", "route", "unclear"),
    ("Many thanks for the semi-solid samples you sent in May.", "route", "semi-solid"),
    ("We apologise for the sulfide-electrolyte cells arriving late.", "electrolyte", "sulfide"),
    # ... while a product meant for something is still an intended use.
    ("Our pack platform is designed for solid-state cells from any maker.", "route", None),
])
def test_the_for_of_thanks_names_what_was_given(spec: ChecklistSpec, text: str, step: str,
                                                expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # "Both" or "they" after a reported question points back to what it asked for, even where the refusal says
    # whom it is kept from ...
    ("You also asked about the cathode coating and the electrolyte family. Both are not disclosed to customers.",
     "electrolyte", "not-disclosed"),
    ("You asked for the test temperature and the anode. They are proprietary and not disclosed to distributors.",
     "conditions", "not-disclosed"),
    # ... and a phrase read as a step's subject in that question ("negative electrode" as the anode) is asked for.
    ("You asked about the negative electrode material. It is confidential.", "anode", "not-disclosed"),
    # ... while a refusal naming something of its own withholds only that.
    ("You asked about the anode. The pressure is confidential; the anode is graphite.", "anode", "graphite"),
])
def test_a_refusal_points_back_to_a_reported_question(spec: ChecklistSpec, text: str, step: str,
                                                      expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A translation's original term in parentheses parts nothing: what the sentence says of the term is said of it ...
    ("Series production (量产) scheduled (计划) for 2028.", "manufacturability", "announcements-only"),
    ("Volume production (批量生产) is expected (预计) in 2029.", "manufacturability", "announcements-only"),
    # ... while an English aside in parentheses is still read.
    ("Series production (our second plant) has shipped 2 GWh to customers since 2024.", "manufacturability",
     "shipping"),
])
def test_an_original_term_in_parentheses_parts_nothing(spec: ChecklistSpec, text: str, step: str,
                                                       expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # Whoever a thing is given to under NDA may be any party: what is said to be given only so is withheld ...
    ("Our stack pressure figures are shared with the certification body only under NDA.", "pressure",
     "not-disclosed"),
    ("End-of-life retention and resistance data can be given to the auditors only under NDA.", "after-cycles",
     "not-disclosed"),
    # ... while a figure stated beside such a party is still stated.
    ("The cells were given to the committee at 2 MPa stack pressure for the test.", "pressure", "external-pressure"),
])
def test_a_party_given_to_under_nda_is_read_past(spec: ChecklistSpec, text: str, step: str,
                                                 expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A column of the buyer's own current part, set beside the replacement offered, is not the offer ...
    ("| Item | Your current cell: ACME P42 | Our proposal: Z-9 |\n|---|---|---|\n"
     "| Anode | Si-C composite | Graphite |\n| Supply | in mass production | sampling |\n", "anode", "graphite"),
    ("| | Your existing pack (LX-40) | Drop-in replacement: QS-41 |\n|---|---|---|\n"
     "| Anode | silicon-carbon | lithium metal with a LiF coating |\n", "anode", "lithium-metal-protected"),
    # ... while a table of the supplier's own two products still reads both.
    ("| | Model A-1 | Model A-2 |\n|---|---|---|\n| Anode | graphite | graphite |\n", "anode", "graphite"),
])
def test_the_buyers_current_part_is_not_the_offer(spec: ChecklistSpec, text: str, step: str,
                                                  expected: str | None) -> None:
    assert reading(spec, text, step) == expected
