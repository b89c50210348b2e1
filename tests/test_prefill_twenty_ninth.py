"""The pre-fill's readings broadened in session twenty-nine, after the thirty-fifth blind set's misses.

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that keeps the
old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "step", "expected"), [
    # An instruction to the reader not to give or release a thing declines nothing the writer knows ...
    ("Please do not release the bolts before the temperature has settled.", "conditions", None),
    ("Do not give the modules to untrained staff in the test room.", "conditions", None),
    ("The cells run at 2 MPa. Please don't publish the cycling temperature chart without our consent.", "conditions",
     None),
    # ... while the writer's own refusal, a terse one, or an answer that does not know, still declines.
    ("Test temperature: we do not release that information.", "conditions", "not-disclosed"),
    ("Stack pressure: do not disclose.", "pressure", "not-disclosed"),
    ("Stack pressure: don't share.", "pressure", "not-disclosed"),
    ("Q: At what temperature were the cells tested?\nA: Don't know.", "conditions", "not-disclosed"),
])
def test_an_instruction_not_to_release_declines_nothing(spec: ChecklistSpec, text: str, step: str,
                                                        expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Lithium metal named only in a question its answer denies names no lithium a coating or interlayer could protect
    # ...
    ("Q: Is the anode lithium metal?\nA: No metal foil goes in. The cell is anode-free. A thin carbon interlayer on "
     "the copper makes the plating even.", "silicon-or-other"),
    ("Do you use a lithium metal anode? No, the cells are anodeless, and a buffer layer on the copper keeps the "
     "deposit smooth.", "silicon-or-other"),
    ("Is lithium metal used in the cell? Not at all: the cell is anode-free, and a tin interlayer on the copper evens "
     "the plating.", "silicon-or-other"),
    # ... while an answer affirming it keeps the protection its coating gives.
    ("Q: Do you use lithium metal?\nA: Yes. A silver-carbon coating on the foil helps it strip evenly.",
     "lithium-metal-protected"),
])
def test_lithium_named_in_a_denied_question_is_not_protected(spec: ChecklistSpec, text: str,
                                                             expected: str | None) -> None:
    assert reading(spec, text, "anode") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A resistance measure its tester had no means to take, named right after, was not measured ...
    ("The pack kept 91 % of its capacity after 300 cycles. We have no way to measure internal resistance on site.",
     "retention-only"),
    ("After 500 cycles the cells retained 88 % capacity; our rig is unable to measure impedance, so none is given.",
     "retention-only"),
    ("After 400 cycles the modules held 90 % of capacity. We are not able to measure the cell impedance in the field.",
     "retention-only"),
    # ... while something else the tester cannot do leaves a resistance growth given beside it.
    ("After 500 cycles: 88 % capacity retention and DCIR +9 %. We cannot test abuse cases in-house.",
     "retention-and-resistance"),
])
def test_a_resistance_with_no_means_to_measure_it_is_not_reported(spec: ChecklistSpec, text: str,
                                                                  expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A refusal in a bracketed aside withholds what the word before it names, not the rest of its sentence ...
    ("Chemistry: semi-solid cells with a gel electrolyte (its make-up is confidential and not given here), graphite "
     "anode, pouch format.", "electrolyte", "not-disclosed"),
    ("Chemistry: semi-solid cells with a gel electrolyte (its make-up is confidential and not given here), graphite "
     "anode, pouch format.", "anode", "graphite"),
    ("We use a gel electrolyte (the recipe is proprietary information) with a graphite anode.", "electrolyte",
     "not-disclosed"),
    ("Cell: polymer-gel electrolyte (its formulation is confidential), silicon-graphite anode, 60 Ah pouch cells.",
     "anode", "silicon-or-other"),
    ("Design notes: quasi-solid electrolyte [composition kept under NDA], lithium titanate anode, cylindrical 4680 "
     "cells.", "anode", "silicon-or-other"),
    # ... while an aside that ends its cell leaves the cell's label declined, and one naming who withholds leaves the
    # word before it stated.
    ("Electrolyte | Confidential (not shared by the cell maker)", "electrolyte", "not-disclosed"),
    ("Anode: graphite (supplier confidential), cathode NMC.", "anode", "graphite"),
])
def test_a_refusal_in_an_aside_withholds_what_the_aside_is_said_of(spec: ChecklistSpec, text: str, step: str,
                                                                   expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Products installed or deployed at sites for a time are in service there: the results come from that field use
    # ...
    ("Twelve storage containers deployed at customer depots since March 2024. After 600 cycles the modules kept 94 % "
     "capacity. Cells: 100 Ah prismatic.", "vehicle-test"),
    ("The units have been installed in four schools for 18 months; capacity retention 96 %. The product uses 50 Ah "
     "pouch cells.", "vehicle-test"),
    ("Scope: 40 home batteries installed in rented flats since Q2 2024 for solar self-consumption.\nCells: 100 Ah "
     "prismatic.\nResults: capacity retention 97 % after 300 cycles.", "vehicle-test"),
    # ... while a production line installed since a year makes the cells, in no field.
    ("Our pilot line installed since 2023 makes 280 Ah prismatic cells; they kept 90 % capacity after 1,000 cycles.",
     "pouch-prototype"),
])
def test_products_installed_at_sites_for_a_time_are_in_service(spec: ChecklistSpec, text: str,
                                                               expected: str | None) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Time spent aboard a vessel or at sea in use is a field test (knowledge wording) ...
    ("We ran the pack for 40 days aboard our catamaran; capacity afterwards was 97 % of rated. It is built from 20 Ah "
     "pouch cells.", "vehicle-test"),
    ("The bank spent forty days at sea on a research vessel and kept 95 % capacity over 50 cycles. It uses 100 Ah "
     "prismatic cells.", "vehicle-test"),
    # ... while a market on the water, with no time spent there, leaves the lab's cells.
    ("The pouch cells were cycled 500 times in the lab with 92 % capacity retention; the pack will spend its life "
     "aboard yachts.", "pouch-prototype"),
])
def test_time_aboard_or_at_sea_is_a_field_test(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # How many products are made, asked in the present, is a count of production a refusal after it withholds ...
    ("When we asked how many modules they make each month, the answer was that they couldn't share it.",
     "not-disclosed"),
    ("Asked how many cells the plant builds per week, the sales lead declined to say.", "not-disclosed"),
    # ... and what is "commercially sensitive" is withheld ...
    ("Production volumes: commercially sensitive.", "not-disclosed"),
    ("Line output and yield are commercially sensitive.", "not-disclosed"),
    # ... while a count of cycles is no production, and a material "moisture sensitive" withholds nothing.
    ("We asked how many cycles the cells survive; they would not share it.", None),
    ("Yield: 92 % first-pass. The sulfide is moisture sensitive.", "pilot-line"),
])
def test_production_counts_asked_and_commercially_sensitive_figures(spec: ChecklistSpec, text: str,
                                                                    expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An answer that did not come in time, or by a deadline, leaves the question open ...
    ("Production volumes: the maker did not answer our questions in time for this report.", None),
    ("They did not share yield figures by the deadline we set for this comparison.", None),
    # ... while one not given at all still declines.
    ("They did not share yield figures, citing competition.", "not-disclosed"),
])
def test_an_answer_too_late_is_no_refusal(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # What is "not reproduced here" is withheld ...
    ("Test temperatures are the customer's own data and are not reproduced here.", "conditions", "not-disclosed"),
    # ... while figures reproduced from a report are given.
    ("Cycling at 25 °C; the figures are reproduced from the customer's report.", "conditions", "room-temperature"),
    # A word of a step's subject opening a hyphened compound before another step's title word only says which:
    # "Flight-log temperatures" withholds temperatures, not where the results came from ...
    ("Pack history: 250 delivery flight cycles, capacity 95 % of initial. Flight-log temperatures are the operator's "
     "data and are not shared here.", "format", "vehicle-test"),
    # ... while such a word before a word of no step's title is what is withheld.
    ("Field-test data are confidential.", "format", "not-disclosed"),
])
def test_not_reproduced_and_a_compound_before_another_title(spec: ChecklistSpec, text: str, step: str,
                                                            expected: str | None) -> None:
    assert reading(spec, text, step) == expected


def test_a_unit_of_time_names_no_format(spec: ChecklistSpec) -> None:
    # The wordings of time spent aboard or at sea name each unit of time once, so that a week or a month is no word of
    # the format's subject a refusal could decline ("output per month is confidential").
    from advisor.checklist.refusals import step_topics

    topics = step_topics(spec.steps)["format"]
    assert "week" not in topics and "month" not in topics


@pytest.mark.parametrize(("text", "step", "expected"), [
    # Alternatives a label offers in parentheses, joined by "or", right before its colon, are what the row asks about,
    # none of them stated ...
    ("- Cell architecture (all-solid-state or semi-solid, i.e. any gel content): confidential.", "route",
     "not-disclosed"),
    ("Cell architecture (all-solid-state or semi-solid): to be confirmed by the maker.", "route", None),
    ("Electrolyte (sulfide or oxide-based): see section 4 of the dossier.", "electrolyte", None),
    ("Anode material (lithium metal or an alloy): see attached SDS.", "anode", None),
    # ... while the row's value still states its answer.
    ("Cell architecture (all-solid-state or semi-solid): semi-solid, 5 wt% liquid.", "route", "semi-solid"),
    ("Electrolyte (sulfide or oxide): argyrodite.", "electrolyte", "sulfide"),
])
def test_alternatives_a_label_offers_are_not_stated(spec: ChecklistSpec, text: str, step: str,
                                                    expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A product "not yet orderable" is not the one offered: its sentences are not read ...
    ("Models: QX-5 (offered); QX-7 (announced, not yet orderable).\nQX-7 uses a sulfide electrolyte and reaches 3,000 "
     "cycles.\nQX-5 uses a polymer electrolyte (PEO).", "polymer"),
    # ... and a sentence marking two products is read code by code, by the words after each.
    ("Line-up: RB-2 (offered now) and RB-3 (not offered).\n\nRB-3 uses an argyrodite separator. RB-2 runs on a garnet "
     "oxide electrolyte.", "oxide"),
    # A product orderable soon is still described.
    ("Models: QX-5 (offered); QX-7 (announced, orderable from May).\nQX-7 uses a sulfide electrolyte.", "sulfide"),
])
def test_a_product_not_yet_orderable_is_not_read(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "electrolyte") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Thousands of products a customer took into its fleet or bought were delivered in volume ...
    ("Since 2024 our rental company has taken more than 8,000 of the new packs into its fleet.", "shipping"),
    ("The city bought 3 500 modules for its bus depots last year.", "shipping"),
    ("The municipality purchased about 20,000 units across two tenders.", "shipping"),
    # ... not a count of cycles or a quantity in a unit.
    ("The test rig received 2,000 cycles of abuse before failing.", None),
    ("We bought 5,000 W of solar panels for the lab.", None),
])
def test_thousands_of_products_bought_or_taken_in_are_shipping(spec: ChecklistSpec, text: str,
                                                               expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # What is announced for a date ahead is a plan, not the product's current answer ...
    ("Our current packs are semi-solid-state. The maker has announced all-solid-state packs for the 2028 season.",
     "route", "semi-solid"),
    ("Today's modules use a gel electrolyte (semi-solid). An all-solid-state version was unveiled for 2029.", "route",
     "semi-solid"),
    ("Voltix announces volume production from 2027 at its new site.", "manufacturability", "announcements-only"),
    # ... while the date an announcement was made says nothing of what is there now.
    ("The cell announced in March 2024 is now in series production.", "manufacturability", "shipping"),
])
def test_what_is_announced_for_a_date_is_a_plan(spec: ChecklistSpec, text: str, step: str,
                                                expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A part a product is made without is a design free of it: a cell with no anode when it is made is anode-free ...
    ("Our cell has no anode when it is built: lithium plates onto the copper on the first charge.", "silicon-or-other"),
    ("The stack contains no anode as it is assembled; the first charge forms one on the current collector.",
     "silicon-or-other"),
    # ... while a thing named after the part ("no anode tab") is no such design.
    ("The module has no anode tab when it is made, only a busbar.", None),
    ("The cell uses a graphite anode; it has no separator when it is made.", "graphite"),
])
def test_a_part_a_cell_is_made_without_is_a_design_free_of_it(spec: ChecklistSpec, text: str,
                                                               expected: str | None) -> None:
    assert reading(spec, text, "anode") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A bag a cell is packed in ("a plain pouch bag") is its packaging, not how the cell inside was built ...
    ("Demo cell: 12-layer stacked cell, 3 Ah.\nIt was cycled 200 times in a plain pouch bag with 94 % capacity "
     "retention.", "multilayer-stack"),
    # ... while pouch cells are the format.
    ("Results come from 5 Ah pouch cells: 90 % capacity retention after 800 cycles.", "pouch-prototype"),
])
def test_a_pouch_bag_is_packaging(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A polymer swollen or plasticised with a solvent holds a liquid: the route is semi-solid whatever the headline ...
    ("Marketed as all-solid-state. Our analysis found the PVDF film swollen with a carbonate solvent.", "semi-solid"),
    ("The polymer membrane is plasticised with an organic solvent; the maker calls the cell all-solid-state.",
     "semi-solid"),
    # ... while a solvent used in making and dried off leaves none.
    ("All-solid-state cell; the electrode slurry is cast from a solvent that is fully dried off.", "all-solid-state"),
])
def test_a_polymer_swollen_with_a_solvent_is_partly_liquid(spec: ChecklistSpec, text: str,
                                                           expected: str | None) -> None:
    assert reading(spec, text, "route") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A teardown or post-mortem in a text that says nothing of cycling inspects a product as it was sold ...
    ("Teardown report: we opened a retail power bank; the film was wet and smelled of solvent.", None),
    ("Post-mortem of a returned pack showed a swollen pouch and a cracked weld.", None),
    # ... while one after a cycle count is evidence after cycling.
    ("After 500 cycles the cell kept 90 % capacity; the post-mortem showed no dendrites.", "retention-and-resistance"),
])
def test_a_teardown_with_no_cycling_measures_nothing_after_it(spec: ChecklistSpec, text: str,
                                                               expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A refusal word ending a bracketed aside declines the aside's words before it where they name what a step asks
    # about, as a row's value declines its label ...
    ("Cells were cycled at 25 °C (stack pressure confidential) in 10-layer pouches.", "pressure", "not-disclosed"),
    # ... not a part named there whose details alone are withheld.
    ("Anode: lithium metal (coating details confidential), 20 um foil.", "anode", "lithium-metal-protected"),
])
def test_a_refusal_ending_an_aside_declines_what_the_aside_names(spec: ChecklistSpec, text: str, step: str,
                                                                 expected: str | None) -> None:
    assert reading(spec, text, step) == expected
