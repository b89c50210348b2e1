"""The pre-fill's readings broadened after the twenty-fifth blind set (the second helper of session twenty-three).

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that
keeps the old reading beside them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec, load_checklist
from advisor.errors import KnowledgeError

CHECKLIST = Path(__file__).resolve().parents[1] / "knowledge" / "checklist.yaml"


@pytest.mark.parametrize(("text", "expected"), [
    # A text saying the cells were never cycled gives every resistance before any cycling ...
    ("Incoming check: OCV and ACIR at 1 kHz on every cell. No cycle-life testing was performed.", None),
    ("Sorting report: DCIR 11 mOhm median. The cells were not cycled.", None),
    ("Cycling was not performed; internal resistance at 1 kHz recorded per cell.", None),
    # ... while a denial of cycling under one condition only leaves the results beside it.
    ("After 600 cycles DCIR rose 12 %; the cells were not cycled at 45 °C.", "retention-and-resistance"),
    ("ACIR at 1 kHz recorded per cell.", "retention-and-resistance"),
])
def test_a_resistance_in_a_text_without_cycling_is_no_growth(spec: ChecklistSpec, text: str,
                                                            expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The negative electrode is the anode: declined by that name, the anode is declined ...
    ("Negative electrode: not disclosed.", "not-disclosed"),
    ("4) Negative electrode - confidential", "not-disclosed"),
    ("The negative electrode material is proprietary and confidential.", "not-disclosed"),
    # ... and described by it, the anode is what it says.
    ("Negative electrode: lithium metal foil, 30 µm.", "lithium-metal-unprotected"),
    ("Negative electrode: artificial graphite.", "graphite"),
])
def test_the_negative_electrode_is_the_anode(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "anode") == expected


def test_a_steps_other_names_are_read_from_the_knowledge(spec: ChecklistSpec) -> None:
    anode = spec.step("anode")
    assert anode is not None and anode.other_names == ("negative electrode",)


def test_a_steps_other_names_must_be_a_list_of_names(tmp_path: Path) -> None:
    text = CHECKLIST.read_text(encoding="utf-8").replace("other_names: [negative electrode]", "other_names: seven", 1)
    path = tmp_path / "checklist.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"other_names"):
        load_checklist(path)


@pytest.mark.parametrize(("text", "expected"), [
    # Whose the withheld information is names no step: the manufacturer owning it withholds nothing of manufacturing ...
    ("Cycling temperature: the manufacturer's confidential information.", None),
    ("Rates used: the producer's own proprietary data, not released to us.", None),
    # ... while a manufacturing word that is what is withheld still declines the step.
    ("Production volume: the supplier's confidential information.", "not-disclosed"),
    ("The manufacturer's production figures are confidential.", "not-disclosed"),
])
def test_whose_information_is_withheld_is_not_what_is_withheld(spec: ChecklistSpec, text: str,
                                                               expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Declining to state, or to say, how many products were made or delivered declines the production evidence ...
    ("The startup declined to state its production volume.", "not-disclosed"),
    ("Asked about volumes, the company declined to state how many packs were built or sold.", "not-disclosed"),
    ("We cannot disclose how many modules have been delivered.", "not-disclosed"),
    ("Field use: the vendor refused to state how many units it has shipped so far.", "not-disclosed"),
    # ... while a count given in answer is still read, and "state" as a noun refuses nothing.
    ("How many cells have been produced so far? About 40,000, all delivered to customers.", "shipping"),
])
def test_declining_to_state_how_many_were_made_withholds_production(spec: ChecklistSpec, text: str,
                                                                     expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The cell is not solid state: it holds a gel.", "semi-solid"),
    ("The separator is not state of the art, but the cell is all-solid-state.", "all-solid-state"),
])
def test_state_as_a_noun_declines_nothing(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "route") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Cells made by hand are one-off cells, however the text words it ...
    ("All prototypes are handmade in our lab.", "announcements-only"),
    ("Every stack is hand-made by two technicians.", "announcements-only"),
    ("The cells are made by hand in a glovebox.", "announcements-only"),
    # ... while a pilot line the text reports is still one.
    ("Our pilot line runs at 92 % yield.", "pilot-line"),
])
def test_cells_made_by_hand_are_one_off_cells(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A "for" that opens a span of time is no purpose: what follows it is stated ...
    ("For now the cells are hand-built.", "announcements-only"),
    ("for the time being each cell is hand built by our team", "announcements-only"),
    # ... while a purpose still names no fact about the product.
    ("A chemistry for mass production.", "announcements-only"),
])
def test_for_now_is_a_time_not_a_purpose(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # What a supplier is talking or negotiating with a party about is not there yet ...
    ("We are talking to an investor about a pilot line.", "announcements-only"),
    ("We are in talks with two OEMs about series production.", "announcements-only"),
    ("The firm is negotiating with a carmaker on volume orders.", "announcements-only"),
    # ... while "talking" as a way of stating something leaves it stated.
    ("We're talking about 92 % yield on our pilot line.", "pilot-line"),
])
def test_what_is_in_talks_is_a_plan(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A variant the text says was tried and given up is no claim about the product ...
    ("Anode: plain lithium foil. We tried LiPON-coated lithium too, but it cracked.", "lithium-metal-unprotected"),
    ("We experimented with coated lithium metal, but it shorted early. Anode: graphite.", "graphite"),
    ("Early on we attempted a protected lithium metal anode, but it was abandoned. Anode: silicon-graphite.",
     "silicon-or-other"),
    ("Anode: Li foil. We trialled a coated lithium metal anode, which failed after 20 cycles.",
     "lithium-metal-unprotected"),
    # ... while one tried and kept, and the idiom "tried and tested", still state it.
    ("We tried coated lithium metal and it works well.", "lithium-metal-protected"),
    ("A tried and tested graphite anode.", "graphite"),
])
def test_a_variant_tried_and_given_up_is_not_the_product(spec: ChecklistSpec, text: str,
                                                         expected: str | None) -> None:
    assert reading(spec, text, "anode") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # What an audience voted for in a poll is its opinion, lines it wraps onto included ...
    ("Live poll: which test matters most? Coin cell 40 %, pouch 35 %,\nvehicle test 25 %.\n"
     "Our results come from 12-layer stacks.", "multilayer-stack"),
    ("Poll #3 - Most convincing format? coin cells 55 % (80 votes)\nThe reported cycling used 8-layer stacks.",
     "multilayer-stack"),
    ("Poll: what do you trust? Vehicle test 60 %, coin cell 40 %.", None),
    # ... while a line that only mentions polling, not a poll's line, is still read.
    ("We polled our engineers; all data come from coin cells.", "coin-cell"),
])
def test_a_poll_is_the_audiences_opinion(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A "production line" is where any cells are made, a series line too: cells taken from it are no pilot line ...
    ("Four cells from the production line were cycled. The model has been in series production since 2024, with "
     "cells delivered to customers.", "shipping"),
    # ... while a pilot line, or a line's yield, still is one.
    ("Cells from our pilot line in Wuxi; 500 cycles at 25 °C.", "pilot-line"),
    ("Production line yield: 93 % first-pass.", "pilot-line"),
])
def test_a_production_line_alone_is_no_pilot_line(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A protection against the weather or the road guards a housing, not the lithium ...
    ("Lithium metal foil anode; the modules carry a protective coating against road salt.",
     "lithium-metal-unprotected"),
    ("Li metal anode. The pack housing has a coating against stone chips and UV.", "lithium-metal-unprotected"),
    # ... while one against what harms lithium is still its protection.
    ("Lithium metal anode with a protective coating against dendrites.", "lithium-metal-protected"),
    ("Lithium metal anode, coated against moisture during assembly.", "lithium-metal-protected"),
])
def test_a_coating_against_the_surroundings_is_no_anode_protection(spec: ChecklistSpec, text: str,
                                                                   expected: str | None) -> None:
    assert reading(spec, text, "anode") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Results said of "those" or "these" cells are the cells described where the text first named them ...
    ("All data below come from our 16-layer, 8 Ah pouch cells. Those pouch cells ran 900 cycles at 1C.",
     "multilayer-stack"),
    ("We build 12-layer, 4 Ah pouch cells in Ulm. These pouch cells kept 90 % after 600 cycles.", "multilayer-stack"),
    # ... while results said of other cells stay theirs.
    ("We make 20-layer pouch cells for cars. Our coin cells ran 1,500 cycles.", "coin-cell"),
])
def test_results_of_those_cells_are_of_the_cells_described_before(spec: ChecklistSpec, text: str,
                                                                   expected: str | None) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A quoted gloss after a term in another script is that term: a "not" before the term denies the gloss too ...
    ('Type: solid battery (the source has 固体電池, not 全固体電池, "all-solid-state battery").', "unclear"),
    # ... and so does a "not" that ends a wrapped line of prose ...
    ('Type: solid battery; the maker writes "solid", not\n   "all-solid-state battery".', "unclear"),
    ('The label reads 固体電池, "solid battery", not\n  全固体電池, "all-solid-state battery".', "unclear"),
    # ... while a gloss said outright, or a row after a line ending "not", is still read.
    ('Type: 全固体電池, "all-solid-state battery".', "all-solid-state"),
    ("Liquid content: not\nRoute: all-solid-state", "all-solid-state"),
])
def test_a_negation_reaches_a_gloss_and_a_wrapped_line(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "route") == expected
