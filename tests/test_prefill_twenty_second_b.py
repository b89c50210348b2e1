"""The pre-fill's readings broadened after the twenty-third blind set (and misses left on earlier sets).

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that
keeps the old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "expected"), [
    # Goods handed to the people who use them are delivered to customers, whoever they are ...
    ("More than 50,000 packs delivered to e-bike riders since 2024.", "shipping"),
    ("The home battery has been shipped to 12,000 households.", "shipping"),
    ("Cells supplied to fleet drivers across Europe.", "shipping"),
    # ... a product on the market is on sale, and a buyer's packs bought at a shop were sold to them ...
    ("Status: placed on the market in March 2026.", "shipping"),
    ("The power bank has been on the market since 2024.", "shipping"),
    ("We purchased six of the packs from an online retailer.", "shipping"),
    ("The module is sold through dealers in nine countries.", "shipping"),
    # ... while a product not yet on the market is not, nor are samples delivered.
    ("The cell is not yet placed on the market.", None),
    ("Not yet available from dealers.", None),
    ("Samples were delivered to two drivers for evaluation.", "pilot-line"),
])
def test_a_product_sold_to_its_users_is_shipping(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A question's clause put outright with its alternatives asks which, after a speaker's name or another clause ...
    ("Buyer: Is there any liquid or gel in the cell?", None),
    ("Could you say more about the build - does it use a gel or a liquid additive?", None),
    ("Journalist: One more on the build: is there a gel or liquid phase, and how thick is the separator?", None),
    # ... while an answer stating one still states it.
    ("Buyer: Is there any liquid or gel in the cell?\nSupplier: A small gel fraction, yes.", "semi-solid"),
])
def test_a_question_s_clause_put_outright_poses_its_alternatives(spec: ChecklistSpec, text: str,
                                                                   expected: str | None) -> None:
    assert reading(spec, text, "route") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # What a revised document strikes through is withdrawn; what replaces it is the claim ...
    ("Electrolyte: ~~garnet oxide~~ -> argyrodite sulfide", "electrolyte", "sulfide"),
    ("Stack pressure: ~~no pressure needed~~ 2 MPa in the fixture", "pressure", "external-pressure"),
    ("Route: ~~all-solid-state~~ semi-solid, 5 wt% gel", "route", "semi-solid"),
    ("Anode: ~~lithium metal foil~~ graphite", "anode", "graphite"),
    # ... while a single tilde or a word between two on separate lines strikes nothing.
    ("Electrolyte: ~ sulfide (argyrodite)", "electrolyte", "sulfide"),
])
def test_struck_text_is_withdrawn(spec: ChecklistSpec, text: str, step_id: str, expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A sentence that withdraws what it names leaves no claim of it ...
    ("Product: SX cell, solid-state.\nThe label \"all-solid-state\" has been withdrawn by marketing.", "route",
     "unclear"),
    ("The earlier claim of operation without stack pressure is hereby retracted.", "pressure", None),
    # ... and what the sentence says after the withdrawal stands.
    ("The 5 MPa figure was withdrawn; the cell now runs at 1 MPa stack pressure.", "pressure", "external-pressure"),
])
def test_what_is_said_to_be_withdrawn_is_no_claim(spec: ChecklistSpec, text: str, step_id: str,
                                                  expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A row's value that is all remark says what its first clause says: a placeholder there states nothing ...
    ("Capacity retention after 500 cycles: 90 %\nDCIR growth after 500 cycles: (withdrawn; to be re-measured)",
     "retention-only"),
    ("Capacity retention after 500 cycles: 90 %\nImpedance growth: (TBD, lab busy)", "retention-only"),
    # ... while a remark with a figure in it is the value.
    ("Capacity retention after 500 cycles: 90 %\nDCIR growth after 500 cycles: (+9 %, at 25 °C)",
     "retention-and-resistance"),
])
def test_a_value_all_remark_is_read_by_its_first_clause(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A polymer swollen or plasticised with a liquid holds that liquid: the cell is partly liquid ...
    ("Called all-solid-state, but the separator is a PVDF film swollen with carbonate liquid.", "semi-solid"),
    ("All-solid-state cell; the PEO layer is plasticized with an ionic liquid.", "semi-solid"),
    # ... while a polymer with no liquid named stays what the text calls the cell.
    ("All-solid-state cell; the PEO layer is cross-linked with a ceramic filler.", "all-solid-state"),
])
def test_a_polymer_swollen_with_liquid_is_partly_liquid(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "route") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A wording a text forbids is mentioned, not claimed ...
    ('Say: "a semi-solid cell with a small gel share".\nNever say: "all-solid-state" or "no liquid".', "semi-solid"),
    ('Sales note: avoid the term "all solid state" - the cell is semi-solid.', "semi-solid"),
    ('Marketing must not use the words "fully solid"; it is a quasi-solid cell.', "semi-solid"),
    # ... while a wording quoted without a ban is the text's claim.
    ('The datasheet calls it "all-solid-state".', "all-solid-state"),
])
def test_a_forbidden_wording_is_no_claim(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "route") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Capacity said to be all that was measured reports retention only, whatever a teardown elsewhere suggests ...
    ("Teardown report. Retention after 400 cycles was 81 %; we tested capacity only.", "retention-only"),
    ("Post-mortem pending. After 400 cycles only the capacity was measured: 81 % retention.", "retention-only"),
    # ... while capacity that "only" changed a little is no such statement.
    ("After 400 cycles capacity only dropped 4 %, and DCIR rose 9 %.", "retention-and-resistance"),
])
def test_capacity_only_measured_is_retention_only(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A bilingual line's second language repeats the first's figures in words the pre-fill may not read: it is read
    # once, in the first ...
    ("Do not heat above 70 °C. / Nicht über 70 °C erhitzen.", None),
    ("Never heat above 65 °C. / Ne jamais chauffer au-dessus de 65 °C.", None),
    # ... while a line whose halves give different figures is read whole.
    ("Cycled at 25 °C / charged at 45 °C in the chamber.", "elevated-temperature"),
])
def test_a_translation_s_figures_are_read_once(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "conditions") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A translation of a window's figures says nothing more: "Charge between 0 °C and 40 °C." is an operating window.
    ("Charge only between 0 °C and 40 °C. / Nur zwischen 0 °C und 40 °C laden.", None),
])
def test_a_translated_window_stays_a_window(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "conditions") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A distance the product has travelled in use is a field test ...
    ("Beta programme: 80 packs, 95,000 km logged by commuters.", "vehicle-test"),
    ("The scooters have ridden 40 thousand km since spring.", "vehicle-test"),
    ("Our delivery vans clocked 300,000 miles on these packs.", "vehicle-test"),
    # ... while a range is what it could travel.
    ("The pack gives a range of 70 km per charge.", None),
])
def test_a_distance_travelled_in_use_is_a_field_test(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A remark about the field in general is no claim about the product ...
    ("Expert: Most sulfide cells in the literature need 10 MPa. Supplier: Ours is an oxide cell.", "electrolyte",
     "oxide"),
    ("Values reported in published papers often come from coin cells. We test 20 Ah pouch cells.", "format",
     "pouch-prototype"),
    ("Many polymer cells run only when heated. The offered cell is a garnet oxide cell.", "electrolyte", "oxide"),
    # ... while a sentence about the supplier's own cells stays theirs.
    ("Most of our cells use a sulfide electrolyte.", "electrolyte", "sulfide"),
    ("Most cells we ship use an argyrodite sulfide.", "electrolyte", "sulfide"),
])
def test_a_remark_about_the_field_is_no_claim(spec: ChecklistSpec, text: str, step_id: str,
                                              expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A build's layers counted in words are a multilayer build, as in digits ...
    ("Results from five-layer 2 Ah pouch cells.", "multilayer-stack"),
    ("The data come from eight layer stacked pouches.", "multilayer-stack"),
    # ... while one layer is none.
    ("Results from a one-layer pouch cell.", "pouch-prototype"),
])
def test_layers_counted_in_words_are_a_multilayer_build(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A glass-ceramic is a crystallised glass of any family: its "ceramic" names none ...
    ("Electrolyte: LPS glass ceramic, 30 µm.", "sulfide"),
    ("We use a thiophosphate glass-ceramic electrolyte.", "sulfide"),
    ("A glass-ceramic electrolyte separates the electrodes.", None),
    # ... while a ceramic on its own is the oxide family's word.
    ("The electrolyte is a dense ceramic.", "oxide"),
])
def test_a_glass_ceramic_names_no_family(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "electrolyte") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A question's later clause whose question word follows a preposition asks for what it names ...
    ("Q: Which anode do you use, and with which protection concept?\nA: Lithium metal foil, 30 µm.",
     "lithium-metal-unprotected"),
    ("Which anode is it, and under what coating scheme? Answer: rolled lithium metal.", "lithium-metal-unprotected"),
    # ... while an answer naming the protection still states it.
    ("Which anode, and with which protection concept? Lithium metal with a LiF coating.", "lithium-metal-protected"),
])
def test_a_question_word_after_a_preposition_asks(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "anode") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A table checking claims against findings is read in its findings ...
    ("| Item | Datasheet claim | Our finding |\n|---|---|---|\n| Electrolyte | garnet ceramic | PEO polymer film |",
     "polymer"),
    ("| Item | Claimed | Observed |\n|---|---|---|\n| Electrolyte | oxide | argyrodite sulfide |", "sulfide"),
    # ... while a table with no findings column keeps its claims.
    ("| Item | Datasheet claim | Remark |\n|---|---|---|\n| Electrolyte | garnet ceramic | dense |", "oxide"),
])
def test_findings_supersede_the_claims_they_check(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "electrolyte") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # What someone has not released is withheld ...
    ("The customer has not released the test temperatures and C-rates.", "not-disclosed"),
    ("Cycling temperature and rate: not released by the OEM.", "not-disclosed"),
    # ... while data released are given.
    ("Cycled at 25 °C and 1C; the data were released in May.", "room-temperature"),
])
def test_what_is_not_released_is_withheld(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "conditions") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A temperature the cell itself reached is a reading taken on it, not the condition it was tested at ...
    ("Overcharge test: max. surface temperature 74 °C, no fire.", None),
    ("External short circuit: the cell rose to 88 °C and then cooled.", None),
    ("Cycled at 25 °C and 1C; peak cell temperature 47 °C.", "room-temperature"),
    # ... while the temperature it was tested at is.
    ("Cycled at 55 °C in a chamber.", "elevated-temperature"),
])
def test_a_temperature_the_cell_reached_is_no_condition(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "conditions") == expected
