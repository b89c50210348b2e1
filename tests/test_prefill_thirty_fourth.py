"""The pre-fill's readings broadened in session thirty-four, after the forty-second blind set's misses.

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that keeps the
old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "expected"), [
    # A measure's name before the instrument that takes it ("the EIS channel", "the impedance analyser") names the
    # instrument: that it was busy or broken reports no measurement ...
    ("After 500 cycles the cells kept 91 % of their capacity. The EIS channel was busy that month.", "retention-only"),
    ("After 400 cycles: 88 % capacity retention. Our impedance analyser was away for calibration.", "retention-only"),
    ("Capacity after 600 cycles: 90 %. The impedance spectrometer is shared with another group.", "retention-only"),
    # ... while a measure reported with its figure is still read.
    ("After 500 cycles the cells kept 91 % of their capacity and EIS showed a 14 % resistance rise.",
     "retention-and-resistance"),
])
def test_a_measure_naming_its_instrument_reports_no_measurement(spec: ChecklistSpec, text: str,
                                                                expected: str) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # What the maker's own programme or project is named after ("for its ... programme", "for our ... project") is
    # what the maker develops, a fact of its cells, not a use a part is meant for ...
    ("The membrane is for its all-solid-state cell programme.", "all-solid-state"),
    ("This cathode coating was developed for our semi-solid pouch project.", "semi-solid"),
    # ... while a use named without the maker's own programme stays an intended use, no claim.
    ("The separator is well suited for all-solid-state cells.", None),
    ("The separator is ideal for customers' all-solid-state cell programmes.", None),
])
def test_a_part_for_the_makers_own_programme_names_its_route(spec: ChecklistSpec, text: str,
                                                             expected: str | None) -> None:
    assert reading(spec, text, "route") == expected


@pytest.mark.parametrize("text", [
    # A count whose noun is written in another language with its English gloss in brackets is a cycle count.
    "Levensduur (life): 800 cycli (cycles)",
    "Lebensdauer: 1.200 Zyklen (cycles)",
    "Durata: 700 cicli (cycles) garantiti",
])
def test_a_cycle_count_glossed_in_brackets_is_a_count(spec: ChecklistSpec, text: str) -> None:
    assert reading(spec, text, "after-cycles") == "headline-only"


@pytest.mark.parametrize(("text", "expected"), [
    # A long line of prose wrapped right after a semicolon goes on on the next line when that line opens in lower
    # case: "it is commercially sensitive" there points back to the figures the first clause would not give ...
    ("Dr Lee: I would rather not put stack pressure figures on the record in this hearing today;\n"
     "it is commercially sensitive.", "not-disclosed"),
    ("Ms Ortiz: With respect, we would rather not put stack pressure figures into the public minutes;\n"
     "it is commercially sensitive.", "not-disclosed"),
    # ... while a next line opening a sentence of its own (a capital) stays apart.
    ("Dr Lee: I would rather not put stack pressure figures on the record in this hearing today;\n"
     "It is commercially sensitive.", None),
])
def test_a_line_wrapped_after_a_semicolon_goes_on(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "pressure") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A stated share of one family's material put inside another's by "in" ("LLZO 40 wt% in PEO", "garnet 30 vol% in
    # PVDF") is a recipe of the two: a composite ...
    ("Membrane: garnet 25 wt% in PEO, 40 µm.", "composite"),
    ("The separator is LLZTO 30 vol% in PVDF-HFP.", "composite"),
    ("Electrolyte layer: argyrodite 60 wt % in a PEO film.", "composite"),
    # ... while a material named alone before "in", or two families each set in its own year, is no mixture.
    ("Separator: LLZO particles in PEO.", "oxide"),
    ("We tried PEO in 2022 and LLZO in 2024.", "oxide"),
])
def test_a_share_of_one_family_in_another_is_a_composite(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "electrolyte") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A figure in a question that guesses at its answer, put outright or as a bare phrase ("A pouch at 45 °C?", "Was
    # that at 60 °C?"), is asked about, not stated, in a reader's comment or a chat turn ...
    ("Reader comment: Nice claim. A pouch cell at 45 °C in a bench vice? Show us the data.", None),
    ("[10:02] Tom: Was that measured at 60 °C?\n[10:05] Ana: We will send the report next week.", None),
    # ... while an answer affirming it states it, and a question with a question word guesses at nothing: the figure
    # it takes for granted is the supplier's.
    ("[10:02] Tom: Was that measured at 60 °C?\n[10:05] Ana: Yes, at 60 °C in a climate chamber.",
     "elevated-temperature"),
    ("The 800 cycles at 60 °C on your slide, which cell was that?", "elevated-temperature"),
    ("Tested at 45 °C in a climate chamber.", "elevated-temperature"),
])
def test_a_figure_in_a_guessing_question_is_no_condition(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "conditions") == expected
