"""The pre-fill's readings broadened after the thirty-first blind set (session twenty-six, second helper).

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that keeps the
old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A question numbered with a "Q" ("Q5. Anode?", "Q12 Which cathode?") and lines below it that are neither numbered
    # nor questions, with no "A" mark: those lines answer it, so a refusal there withholds what it asks ...
    ("Q5. Anode material?\n    Not something we can disclose yet.\nQ6. Cathode?\n    NMC811.\n", "anode",
     "not-disclosed"),
    ("Q12 Which solid electrolyte family do you use (oxide, sulfide, polymer)?\n    Confidential.\n", "electrolyte",
     "not-disclosed"),
    ("Questionnaire\n\nQ3) Stack pressure applied in testing?\n    This is proprietary information.\n", "pressure",
     "not-disclosed"),
    # ... and an answer that states it answers it, as an "A" mark's answer does (which still needs its own number).
    ("Q5. Anode material?\n    Silicon-graphite blend.\nQ6. Cathode?\n    NMC811.\n", "anode", "silicon-or-other"),
    ("Q5. Anode material?\nA5. Confidential.\n", "anode", "not-disclosed"),
    ("Q5. Anode material?\nA6. Confidential.\n", "anode", None),
])
def test_a_q_numbered_question_is_answered_by_the_lines_below_it(spec: ChecklistSpec, text: str, step: str,
                                                                 expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A verb of refusing that ends its clause declines by itself the question its sentence opens on ...
    ("Asked for the yield of the pilot line, the vendor declined.\n", "manufacturability", "not-disclosed"),
    ("When asked about the anode material, the company refused, pointing to pending patents.\n", "anode",
     "not-disclosed"),
    # ... a section's number before it or not ...
    ("4.2 Asked which electrolyte family the cells use, the maker declined, citing trade secrets.\n", "electrolyte",
     "not-disclosed"),
    # ... while a quantity that declined is no refusal, and a refusal declines only the question it answers.
    ("After 400 cycles, capacity declined, ending at 88 % retention.\n", "after-cycles", "retention-only"),
    ("The anode is graphite. Asked for the pilot line's yield, the supplier declined.\n", "anode", "graphite"),
])
def test_a_refusing_verb_alone_declines_the_question_put_before_it(spec: ChecklistSpec, text: str, step: str,
                                                                   expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A form's field number before a row's label is no word of the label, so a long label ("Field 12  Temperature and
    # C-rate of the cycling data .... confidential") is still a row, and its refusal withholds what it names ...
    ("Field 12  Temperature and C-rate of the cycling data ...... confidential\n", "conditions",
     "not-disclosed"),
    ("Item 3 Pressure applied to the cells in the module ....... confidential (customer policy)\n",
     "pressure", "not-disclosed"),
    ("Entry 7  Temperature and charge rate of the published cycling data: not disclosed\n", "conditions",
     "not-disclosed"),
    # ... and a short label after its number reads as it did.
    ("Field 4  Anode material ....... graphite\n", "anode", "graphite"),
    ("Field 12  Test conditions ...... confidential\n", "conditions", "not-disclosed"),
])
def test_a_forms_field_number_is_no_word_of_its_label(spec: ChecklistSpec, text: str, step: str,
                                                     expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A fitting named after the vehicle it plugs into ("a car socket", "a truck charger") is no vehicle a result came
    # from ...
    ("The camping battery offers USB-C ports and a car socket. 1,000 cycles to 80 %.\n", "format", None),
    ("Accessories: truck charger, van adapter and a wall plug. 92 % capacity after 300 cycles.\n", "format", None),
    # ... while a vehicle the pack was run in still is one.
    ("The pack was run in a test car for 20,000 km; 94 % capacity after 700 cycles.\n", "format", "vehicle-test"),
    ("Two trucks ran the packs for a year; 95 % capacity after 400 cycles.\n", "format", "vehicle-test"),
])
def test_a_fitting_named_after_a_vehicle_is_no_vehicle_test(spec: ChecklistSpec, text: str, step: str,
                                                            expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A layered wrapping of the cell ("a multilayer moisture barrier", "a multilayer polymer coating") is no layered
    # cell stack ...
    ("The microcells are sealed under a multilayer moisture barrier.\n", "format", None),
    ("Every cell gets a multilayer polymer-ceramic encapsulation before shipment.\n", "format", None),
    # ... while a layered cell, or a stacked laminate cell, still is one.
    ("The 88 % retention after 500 cycles was measured on multilayer thin-film cells.\n", "format",
     "multilayer-stack"),
    ("Data from a 12-layer stacked laminate cell: 90 % capacity after 400 cycles.\n", "format", "multilayer-stack"),
])
def test_a_layered_wrapping_is_no_multilayer_stack(spec: ChecklistSpec, text: str, step: str,
                                                   expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A refusal that names nothing after it ("declined to answer", "would not answer") declines the question reported
    # in the sentence before it, as one that points back with a pronoun does ...
    ("We asked whether any liquid is added to the cell. Their engineer declined to answer.\n", "route",
     "not-disclosed"),
    ("I asked which anode chemistry they rely on. The founder would not answer, smiling.\n", "anode",
     "not-disclosed"),
    # ... while a refusal that names what it declines withholds only that, and a reported question answered stays.
    ("We asked whether any liquid is added to the cell. None is: the cell is all-solid-state.\n", "route",
     "all-solid-state"),
    ("We asked which anode they use. They would not answer on yields; the anode is graphite.\n", "anode",
     "graphite"),
])
def test_a_refusal_naming_nothing_declines_the_question_reported_before_it(spec: ChecklistSpec, text: str,
                                                                           step: str, expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A field trial is a field test by another name: the results it reports came from the field ...
    ("In a six-month field trial on two forklifts the packs kept 96 % capacity after 700 cycles.\n", "format",
     "vehicle-test"),
    ("Outcome of the field trials: 94 % state of health after 1,000 equivalent cycles.\n", "format", "vehicle-test"),
    # ... and a field test reads as it did.
    ("Field test: 93 % capacity after 900 cycles in two delivery vans.\n", "format", "vehicle-test"),
])
def test_a_field_trial_is_a_field_test(spec: ChecklistSpec, text: str, step: str, expected: str | None) -> None:
    assert reading(spec, text, step) == expected
