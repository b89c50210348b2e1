"""The pre-fill's readings broadened after the thirtieth blind set (session twenty-six).

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that keeps the
old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A log's answer that names who gave it in brackets after its number is the answer to the question before it: a
    # placeholder there makes the pair no claim, whatever the question names ...
    ("Q3 (Buyer): Report the impedance rise after cycling.\nA3 (Seller): TBD\n\n"
     "Q4 (Buyer): Cycle data?\nA4 (Seller): 91 % capacity retention after 900 cycles.", "after-cycles",
     "retention-only"),
    ("Q7 (Purchaser): Give the stack pressure applied.\nA7 (Vendor): to be confirmed\n", "pressure", None),
    # ... a refusal there withholds what the question asks ...
    ("Q2 (Client): Which anode is used?\nA2 (Supplier): Confidential at this stage.\n", "anode", "not-disclosed"),
    # ... and an answer that states it answers it, as an unbracketed one does.
    ("Q2 (Client): Which anode is used?\nA2 (Supplier): Graphite.\n", "anode", "graphite"),
    ("Q7: Give the stack pressure applied.\nA7: to be confirmed\n", "pressure", None),
])
def test_an_answer_naming_who_gave_it_in_brackets_answers_its_question(spec: ChecklistSpec, text: str, step: str,
                                                                        expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A label alone on its line, its value set below it, is a row: a refusal below it withholds what it labels ...
    ("Form B - product\n\n4. Route:\n   Confidential - commercially sensitive.\n5. Warranty:\n   8 years.\n",
     "route", "not-disclosed"),
    ("Electrolyte family:\n    confidential\nAnode:\n    graphite\n", "electrolyte", "not-disclosed"),
    # ... whatever choices the label offers in brackets, and a form's "cell technology" is the route it asks for ...
    ("B1 Cell technology (Li-ion / semi-solid / all-solid-state / other):\n    Not disclosed for this survey.\n",
     "route", "not-disclosed"),
    ("Cell technology: confidential\nAnode: graphite\n", "route", "not-disclosed"),
    # ... and a value below it states what it says, as on one line.
    ("Anode:\n    synthetic graphite\nCathode:\n    LFP\n", "anode", "graphite"),
    ("Anode: synthetic graphite\nCathode: LFP\n", "anode", "graphite"),
])
def test_a_label_alone_on_its_line_labels_the_value_below_it(spec: ChecklistSpec, text: str, step: str,
                                                             expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # Another name of a non-disclosure agreement withholds what is given only under it, as "NDA" does ...
    ("Test temperature and rates: released only under a confidentiality agreement.", "conditions", "not-disclosed"),
    ("The stack pressure we use is shared with OEMs under a signed CDA.", "pressure", "not-disclosed"),
    ("Anode material - available once a non-disclosure agreement is in place.", "anode", "not-disclosed"),
    ("Electrolyte family: only under a secrecy agreement.", "electrolyte", "not-disclosed"),
    # ... whose the agreement is names no step ...
    ("Pouch cells were tested at 25 °C and 1C. Yield data: under customer CDA.", "format", "pouch-prototype"),
    # ... and an agreement that withholds nothing names nothing withheld.
    ("We signed a confidentiality agreement with an OEM last year. Our cells run at 2 MPa.", "pressure",
     "external-pressure"),
])
def test_other_names_of_a_non_disclosure_agreement_withhold(spec: ChecklistSpec, text: str, step: str,
                                                            expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A resistance of the interface, or the ohmic one, given at the start and after cycling is a growth reported ...
    ("Retention was 93 % after 400 cycles; interfacial resistance 20 Ohm cm2 at the start and 26 Ohm cm2 after "
     "cycling.", "retention-and-resistance"),
    ("After 600 cycles the pouch keeps 88 % of its capacity. Interface resistance went from 9 to 13 Ohm cm2.",
     "retention-and-resistance"),
    ("Capacity retention 91 % after 500 cycles, ohmic resistance up 18 %.", "retention-and-resistance"),
    # ... one given at the start alone is none ...
    ("Capacity retention 91 % after 500 cycles.\nInterfacial resistance at the start of the test: 20 Ohm cm2.",
     "retention-only"),
    # ... nor is a change said in words alone, with no figure ...
    ("Capacity retention 91 % after 500 cycles, and the interfacial resistance showed only a slight increase.",
     "retention-only"),
    ("Capacity retention 91 % after 500 cycles; impedance growth was negligible.", "retention-only"),
    # ... while a figure still reports it.
    ("Capacity retention 91 % after 500 cycles; impedance growth was small (+6 %).", "retention-and-resistance"),
])
def test_a_resistance_at_two_points_is_growth_and_one_in_words_alone_is_none(spec: ChecklistSpec, text: str,
                                                                             expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # Of a bilingual line with the same figures in both halves, the English half is read, whichever comes first ...
    ("Batterie BX-4 tout-solide / BX-4 all-solid-state battery", "route", "all-solid-state"),
    ("Électrolyte sulfure, cellule C-3 / C-3 cell with a sulfide electrolyte", "electrolyte", "sulfide"),
    ("Zelle Z-7: Festkörper, Anode aus Lithiummetall / Z-7 cell: all solid, lithium metal anode", "anode",
     "lithium-metal-unprotected"),
    # ... as when it comes first.
    ("BX-4 all-solid-state battery / Batterie BX-4 tout-solide", "route", "all-solid-state"),
])
def test_the_english_half_of_a_bilingual_line_is_read(spec: ChecklistSpec, text: str, step: str,
                                                      expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Data dated by a time in use are data after cycling: withheld, they withhold what was measured after it ...
    ("Pack data after 2 years of daily use: available only under NDA.", "not-disclosed"),
    ("Cell data after 12 months in field service are confidential.", "not-disclosed"),
    ("Measurements after six months of bus operation: we cannot share them.", "not-disclosed"),
    # ... as data dated by a cycle count are ...
    ("Cell data after 500 cycles: confidential.", "not-disclosed"),
    # ... while a time that dates no use withholds nothing measured.
    ("Price list after 6 months: confidential.", None),
])
def test_data_after_a_time_in_use_are_data_after_cycling(spec: ChecklistSpec, text: str,
                                                          expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Words after a preposition that follows what a refusal withholds only say which one: the fleet they name is
    # still where the results came from ...
    ("Track record: 12-bus pilot fleet since 2024, 90,000 km driven.\n"
     "Cell data after 18 months of fleet operation: confidential.", "vehicle-test"),
    ("Field history: 30 delivery vans since 2023, 1.2 million km driven.\n"
     "Pack data after two years of fleet use: under NDA.", "vehicle-test"),
    # ... while a refusal of the format itself withholds it.
    ("Track record: 12-bus pilot fleet since 2024, 90,000 km driven.\nTest format: confidential.", "not-disclosed"),
])
def test_what_only_says_which_thing_is_withheld_is_not_withheld(spec: ChecklistSpec, text: str,
                                                                expected: str | None) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A statement quoted to open its line, that the reply after it corrects or declines to confirm, is someone else's:
    # the reply says what holds ...
    ('1. "Their cells need 5 MPa of stack pressure." - Not true: our cells run without external pressure.',
     "pressure", "no-external-pressure"),
    ('"The anode is protected lithium metal." - Incorrect. The anode is a silicon-carbon composite.', "anode",
     "silicon-or-other"),
    ('- "Needs a 4 MPa clamp." - We do not comment on stack pressure, which is proprietary information.',
     "pressure", "not-disclosed"),
    # ... while one the reply confirms is the writer's own, and so is a quote its speaker is named after.
    ('2. "The cell needs 5 MPa of stack pressure." - Correct, in a steel fixture.', "pressure", "external-pressure"),
    ('"Our cells need 5 MPa of stack pressure." - J. Doe, CTO', "pressure", "external-pressure"),
])
def test_a_quoted_statement_the_reply_corrects_is_no_claim(spec: ChecklistSpec, text: str, step: str,
                                                           expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A clause an aside in brackets parts from the rest naming a part no step asks about is about that part ...
    ("Anode: lithium metal foil.\nThe LiNbO3 coating (2 nm) is on the cathode particles.", "lithium-metal-unprotected"),
    ("Li foil anode, 30 µm. A protective coating (Al2O3, by ALD) sits on the cathode powder.",
     "lithium-metal-unprotected"),
    # ... not a clause of its own after the aside.
    ("The lithium anode carries a coating (LiPON) and the cathode is NMC811.", "lithium-metal-protected"),
])
def test_a_clause_parted_by_an_aside_goes_on_about_its_part(spec: ChecklistSpec, text: str,
                                                            expected: str | None) -> None:
    assert reading(spec, text, "anode") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A row declining the step by a word sharing its title's stem ("manufacturing" of "manufacturability") outweighs
    # what the text says of the step outside the rows about it and the results ...
    ("Manufacturing status: confidential.\nWhy us? Our founders have shipped batteries since 1998.", "not-disclosed"),
    ("4. Manufacturing readiness:\n   Not disclosed at this stage.\n5. Team:\n   A team that has shipped batteries "
     "for 20 years.", "not-disclosed"),
    # ... as one by the title's own word does ...
    ("Manufacturability: confidential.\nWhy us? Our founders have shipped batteries since 1998.", "not-disclosed"),
    # ... while a row that states it answers it.
    ("Manufacturing status: pilot line running at 88 % yield.\nOur founders have shipped batteries for 20 years.",
     "pilot-line"),
])
def test_a_row_declining_the_step_by_its_titles_stem_outweighs_the_rest(spec: ChecklistSpec, text: str,
                                                                        expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


def test_a_row_withholding_who_makes_it_does_not_outweigh_the_evidence(spec: ChecklistSpec) -> None:
    # A word naming whoever does what the step's title names ("manufacturer") names a party, not the step.
    text = "Cell manufacturer: confidential.\nThe cells are in series production; 2 GWh shipped to customers in 2025."
    assert reading(spec, text, "manufacturability") == "shipping"
