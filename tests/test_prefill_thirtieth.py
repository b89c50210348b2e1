"""The pre-fill's readings broadened in session thirty, after the thirty-seventh and thirty-sixth blind sets' misses.

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that keeps the
old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "expected"), [
    # A capacity given as a share right after the cycle count it was measured at, or as a share of its value at the
    # start, is retention; a resistance given as a signed share grew by it ...
    ("Endurance run, after 2,000 cycles: capacity 87 %; DCIR +15 % vs. initial.", "retention-and-resistance"),
    ("Module report\nOutcome after 800 cycles:\n* Module capacity: 93 % of the initial value\n"
     "* DC resistance: +4 % versus acceptance test", "retention-and-resistance"),
    ("After 600 full cycles, discharge capacity 91,2 %.", "retention-only"),
    ("Cells passed 1.200 cycles. Capacity 89 % vs. beginning of life.", "retention-only"),
    # ... while a resistance given at the start alone, or a cycle count alone, keeps the old readings.
    ("After 700 cycles the capacity was 90 %. Internal resistance (initial): 1.1 mOhm.", "retention-only"),
    ("Cycle life: 1,500 cycles at 25 °C.", "headline-only"),
])
def test_capacity_and_resistance_given_after_the_count(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A wiki template's field ("| label = value") is a row, and a cycle life whose value calls it rated or warranted
    # is a rating: the share it is counted to is its end-of-life criterion, so the count is its headline ...
    ("{{Infobox cell\n| name = X9\n| cycle_life = 2,500 (rated, to 70 % capacity)\n}}", "headline-only"),
    ("{{Infobox\n| cycle life = 4000 (warranted, EOL 80 % SOH)\n| chemistry = LFP\n}}", "headline-only"),
    ("Cycle life: 1,800 (guaranteed, to 75 % SoH)", "headline-only"),
    # ... while a cycle life measured to a share, with no word of rating, is still the capacity left then.
    ("{{Infobox cell\n| cycle_life = 2,500 cycles to 70 % capacity\n}}", "retention-only"),
    ("Cycle life: 1,800 cycles to 75 % capacity at 25 °C", "retention-only"),
])
def test_a_cycle_life_its_value_calls_rated_is_a_headline(spec: ChecklistSpec, text: str,
                                                          expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Products in series supply are shipping, and thousands of products sold, counted roughly, were sold ...
    ("Status: in series supply to two forklift makers since 2023.", "shipping"),
    ("The pack has been in series supply for the bus market since last year.", "shipping"),
    ("The distributor told us they have sold roughly 60,000 units to date.", "shipping"),
    ("We sold approximately 12,500 packs in the first year.", "shipping"),
    # ... while a few samples sold, or a supply of samples, keep the old readings.
    ("We sold about 12 sample cells to a university lab.", None),
    ("Pilot line in Turin; B-samples shipped to two customers.", "pilot-line"),
])
def test_series_supply_and_rough_counts_sold_are_shipping(spec: ChecklistSpec, text: str,
                                                          expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # The composition of a part is that part's, named after its "of": "composition" shares a stem with "composite"
    # but names no electrolyte family ...
    ("The composition of the anode was not disclosed.", "anode", "not-disclosed"),
    ("The composition of the anode was not disclosed.", "electrolyte", None),
    ("We cannot share the composition of the negative electrode.", "anode", "not-disclosed"),
    ("Anode composition: confidential, sorry.", "anode", "not-disclosed"),
    # ... while the electrolyte's composition declined is still the electrolyte's.
    ("The electrolyte composition is confidential.", "electrolyte", "not-disclosed"),
])
def test_the_composition_of_a_part_is_that_parts(spec: ChecklistSpec, text: str, step: str,
                                                 expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A refusal pointing back reaches the question past a remark that points back too and names no step's subject,
    # and past numbers alone (a subtitle's counter and timing) ...
    ("HOST: What temperature were the cells cycled at?\nFOUNDER: Well, that's the clever bit. I won't say.",
     "conditions", "not-disclosed"),
    ("Q: Which anode do you use?\nA: Oh, that one is tricky. We cannot say.", "anode",
     "not-disclosed"),
    ("7\n00:01:10,000 --> 00:01:14,500\nHOST: Is there any gel or liquid inside?\n\n8\n00:01:15,000 --> 00:01:18,000\n"
     "GUEST: That is something we do not disclose.", "route", "not-disclosed"),
    # ... while a remark naming a step's subject in between answers the question, and the refusal declines only it.
    ("Q: What temperature did you test at?\nA: It was 25 °C. The rest I won't say.", "conditions", "room-temperature"),
])
def test_a_refusal_points_back_past_a_remark(spec: ChecklistSpec, text: str, step: str, expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "All solid" as an alternative "neither ... nor" denies, a bracket or a quote closing before the "nor", is no
    # claim of the route ...
    ('Solid-state cell [the German original says neither "vollfest" (all-solid) nor "halbfest"].', "unclear"),
    ("The brochure calls it a solid-state battery and says neither 'all solid' nor 'semi-solid'.", "unclear"),
    ("Solid-state module; the datasheet states neither [all solid] nor [hybrid].", "unclear"),
    # ... while "all solid" said outright, even in brackets, is still the all-solid route.
    ("Solid-state cell (all solid), sulfide separator.", "all-solid-state"),
])
def test_all_solid_under_neither_nor_is_no_claim(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "route") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A laminated or bipolar stack of cells is a multilayer stack (knowledge wordings) ...
    ("A laminated stack of eight unit cells (4 Ah) was cycled 300 times at 25 °C.", "multilayer-stack"),
    ("Results: 500 cycles on a bipolar stack of six cells, 1 Ah each.", "multilayer-stack"),
    # ... while a coin cell or a stack named without a layered make-up keeps the old readings.
    ("A CR2032 coin cell was cycled 300 times at 25 °C.", "coin-cell"),
    ("The stack was cycled 300 times at 25 °C.", None),
])
def test_a_laminated_or_bipolar_stack_is_multilayer(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A part the clause goes on to say is not used is not in the product ...
    ("The cell uses bare lithium foil. The ceramic interlayer described in the paper is an option not used in "
     "production cells.", "anode", "lithium-metal-unprotected"),
    ("Lithium metal anode. The soft buffer layer from our 2024 paper is not employed in shipped cells.", "pressure",
     None),
    ("Lithium metal anode; the coating shown in figure 3 is not applied in this model.", "anode",
     "lithium-metal-unprotected"),
    # ... while a part said to be used, or one another thing is not used with, keeps the old readings.
    ("Lithium metal anode with a LiF interlayer, used in every production cell.", "anode", "lithium-metal-protected"),
    ("Lithium metal anode with a LiF interlayer; no liquid is used.", "anode", "lithium-metal-protected"),
])
def test_a_part_said_not_to_be_used_is_not_there(spec: ChecklistSpec, text: str, step: str,
                                                 expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A material before a coating, no layered make-up, is not a wrapping's: the anode's own layer is its material ...
    ("- Anode: graphite slurry coating on copper, water-based binder.", "anode", "graphite"),
    ("Negative electrode: silicon-graphite coating, 80 um.", "anode", "silicon-or-other"),
    ("Anode: graphite electrode coating, PVDF binder.", "anode", "graphite"),
    # ... while a layered make-up before a wrapping still names no layered cell stack.
    ("Cells are sealed in a multilayer barrier coating; tested as single pouch cells.", "format", "pouch-prototype"),
])
def test_a_material_before_a_coating_is_not_a_wrapping(spec: ChecklistSpec, text: str, step: str,
                                                       expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A figure opening the clause after one that stores the cells is the storing clause's value, no test condition ...
    ("Finished modules are stored in a sprinkler-protected hall, 18-24 °C, on racks.", None),
    ("Packs are transported in reefer containers, 20 °C, max. two layers high.", None),
    ("Cells stored in the dry room, 22 °C.", None),
    # ... while a storage test reporting a result, or a figure the test gives, keeps the old readings.
    ("Cells stored 30 days at 60 °C retained 96 % capacity.", "elevated-temperature"),
    ("Cells are stored in the warehouse. Cycling was done at 25 °C, 1C.", "room-temperature"),
])
def test_a_figure_after_a_storing_clause_is_its_value(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "conditions") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Retention named with a placeholder for its value is still to come: only the cycle count is given ...
    ("Cycle life: 1,200 cycles; retention curve TBD.", "headline-only"),
    ("We ran 600 cycles. Capacity retention: to follow.", "headline-only"),
    ("Endurance: 900 cycles, retention data pending.", "headline-only"),
    # ... while retention given with its figure keeps the old reading.
    ("Cycle life: 1,200 cycles; retention 91 % after 1,200 cycles.", "retention-only"),
])
def test_retention_with_a_placeholder_is_still_to_come(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A refusal naming the step by its title outranks the step's fallback read on another line ...
    ("System: 4 x HX-SSB racks, commissioned 2025.\nAsked if the cells hold any liquid, the maker said the route is "
     "confidential.", "route", "not-disclosed"),
    ("Product: solid-state battery pack for buses.\nNotes from the call:\nThe supplier told us the route is "
     "proprietary information.", "route", "not-disclosed"),
    # ... while a refusal naming something else on another line leaves the fallback.
    ("System: 4 x HX-SSB racks, commissioned 2025.\nPricing is confidential.", "route", "unclear"),
    ("Solid-state battery pack.\nThe stack pressure is confidential.", "route", "unclear"),
])
def test_a_refusal_naming_the_step_outranks_its_fallback(spec: ChecklistSpec, text: str, step: str,
                                                         expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A share of capacity a condition says the product may fall below is a threshold, no capacity measured ...
    ("Warranty: 8 years or 3,000 cycles. A module is replaced if its capacity drops below 75 % of rated capacity.",
     "headline-only"),
    ("Guarantee of 2,000 full cycles; claims are accepted when the capacity falls below 80 % of the initial capacity.",
     "headline-only"),
    ("Cycle life 4,000 cycles. The pack counts as worn out once its capacity is less than 70 %.", "headline-only"),
    # ... while a capacity measured after cycling keeps the old reading.
    ("After 1,000 cycles the capacity fell to 85 % of the initial capacity.", "retention-only"),
])
def test_a_capacity_threshold_in_a_condition_is_no_retention(spec: ChecklistSpec, text: str,
                                                             expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A share of capacity or energy a sentence gives after a count of charges or cycles is what is left then ...
    ("After 2,000 charges the scooters' packs still store 88 % of the energy they stored when new.", "retention-only"),
    ("After 500 recharges, the tool batteries deliver 93 % of their original energy.", "retention-only"),
    ("After 1,200 charge cycles our bikes keep 90 percent of their usable capacity.", "retention-only"),
    # ... while a share of something else, or a depth of discharge, keeps the old reading.
    ("After 800 cycles at 80 % depth of discharge nothing else was measured.", "headline-only"),
])
def test_a_share_of_energy_after_charges_is_retention(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Thousands of products made every day, week or month are made in volume ...
    ("The plant in Ulm produces 12,000 packs per week for two truck makers.", "shipping"),
    ("We build about 5,000 modules a month.", "shipping"),
    ("Line 3 turns out 30,000 cells every day.", "shipping"),
    # ... while a few hundred a week, with the line's yield, keep the old reading.
    ("Our pilot line makes 400 cells a week at 91 % yield.", "pilot-line"),
    ("Our pilot line runs at 92 % yield; the solar roof produces 2,000 kWh per day.", "pilot-line"),
])
def test_thousands_made_a_day_or_week_are_volume(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The samples a parcel's or a pallet's label addresses from a shipper to a consignee were sent to that customer ...
    ("FROM: Acme Cells Ltd, Plant 1\nTO: Beta Motors, Receiving Dock 3\nCONTENTS: B-SAMPLE CELLS, 24 PCS",
     "pilot-line"),
    ("SHIPPER: Volta Labs GmbH\nCONSIGNEE: Nordic Trucks AB\nGoods: prototype samples, 12 modules", "pilot-line"),
    # ... while an e-mail's headers address no goods, and a label without samples names none.
    ("From: sales@acme.example\nTo: buyer@beta.example\nSubject: samples\nWe plan to offer samples next year.", None),
    ("FROM: Acme Cells Ltd\nTO: Beta Motors\nCONTENTS: display dummies, 4 pcs", None),
])
def test_samples_a_label_addresses_were_sent(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # "X-ready" set right before what it praises plans nothing of it: the thing named after it is stated ...
    ('Tagline: "The first factory-ready all-solid-state pouch."', "route", "all-solid-state"),
    ("A production-ready sulfide cell for trucks.", "electrolyte", "sulfide"),
    ("Meet our OEM-ready semi-solid module.", "route", "semi-solid"),
    # ... while readiness still ahead, or a readiness ending its clause, keeps the old readings.
    ("The pilot line will be ready for series production in 2028.", "manufacturability", "announcements-only"),
    ("Revolutionary. Ultra-safe. Gigafactory-ready.", "manufacturability", None),
])
def test_a_ready_adjective_praises_what_follows(spec: ChecklistSpec, text: str, step: str,
                                               expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Results said to be confidential, naming nothing else, are those the sentence before dates after a count ...
    ("Endurance report on five modules after 1,000 cycles. The results are confidential.", "not-disclosed"),
    ("Cells were checked after 300 cycles. All data are confidential under our NDA.", "not-disclosed"),
    ("We ran a long test to 800 cycles and measured the packs after 800 cycles. Detailed figures are confidential.",
     "not-disclosed"),
    # ... while results withheld with nothing dated before them, or in another paragraph, keep the bare count.
    ("The pack is rated for 2,000 cycles.\n\nThe results are confidential.", "headline-only"),
    ("Cycle life: 1,500 cycles. Pricing figures are confidential.", "headline-only"),
])
def test_results_withheld_after_a_dated_count(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected
