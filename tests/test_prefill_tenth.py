"""The pre-fill's readings broadened after the ninth and tenth blind sets (issue 9 item 9).

None of these texts is a copy of a blind set's; each mechanism has texts in several forms.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "expected"), [
    # A row's label that names the mixture states how the families its value names are combined, though the
    # value (not the label) answers the step ...
    ("Composite electrolyte: LLZO particles in a PEO electrolyte", "composite"),
    ("Electrolyte (hybrid): PEO with LATP", "composite"),
    ("Separator type | composite membrane: LLZO + PVDF", "composite"),
    ("Composite separator: Li6PS5Cl and PEO", "composite"),
    ("Hybrid solid electrolyte - LATP powder, PVDF-HFP binder phase", "composite"),
    # ... while a plain label names no mixture, and one family in the value is that family.
    ("Electrolyte: LLZO particles in a PEO electrolyte", "oxide"),
    ("Composite electrolyte: sulfide", "sulfide"),
    ("Electrolyte: PEO", "polymer"),
])
def test_a_label_naming_the_mixture_reads_its_value_as_mixed(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "electrolyte") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The doped garnets are named as the garnet's acronym with the dopant's letter (Ta, Al, Ga) ...
    ("The separator is LLZTO.", "oxide"),
    ("Our electrolyte is Al-doped LLZO (LLZAO) sintered tape.", "oxide"),
    ("Electrolyte: LLZTO garnet ceramic, 30 um", "oxide"),
    ("We sinter LLZGO pellets at 1100 °C for the electrolyte.", "oxide"),
    # ... and read as the oxide family in a mixture too.
    ("Separator: PEO matrix loaded with 20 wt% LLZGO nanoparticles.", "composite"),
    ("A PEO film with LLZTO fibres embedded in it serves as separator.", "composite"),
    ("Electrolyte: PVDF-HFP gel with LLZAO filler", "composite"),
])
def test_doped_garnets_are_oxides(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "electrolyte") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A number of ten or more spelled in words is read as the number it is ...
    ("We cycled at twenty-five degrees C.", "conditions", "room-temperature"),
    ("The cells ran at sixty degrees Celsius throughout.", "conditions", "elevated-temperature"),
    ("Stack pressure of fifty bar was applied during cycling.", "pressure", "external-pressure"),
    ("Two hundred psi were kept on the stack.", "pressure", "external-pressure"),
    ("After fifteen hundred cycles at thirty degrees C the cell kept ninety-two percent of its capacity.",
     "after-cycles", "retention-only"),
    # ... while small counts in words stay words.
    ("One of two products is offered; five samples were built.", "conditions", None),
])
def test_numbers_spelled_in_words_are_read(spec: ChecklistSpec, text: str, step_id: str, expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected
