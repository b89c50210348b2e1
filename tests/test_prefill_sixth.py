"""The pre-fill reads supplier texts as a cautious buyer would: mechanisms added after the sixth blind set.

Written for issue 9 item 9; none of these texts is a copy of a blind set's.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A share written in words is a share: retention "in percent", a liquid fraction "per cent".
    ("After 800 cycles the cells kept 87 percent of their initial capacity.", "after-cycles", "retention-only"),
    ("Our stacks hold 91 per cent of rated capacity after 600 cycles.", "after-cycles", "retention-only"),
    ("The cycle life is 900 cycles.", "after-cycles", "headline-only"),
    ("A solid-state cell; about 4 percent liquid electrolyte remains.", "route", "semi-solid"),
    # "Free liquid" is liquid that is there, not a cell free of liquid.
    ("Solid-state cells with a gel; roughly 6 wt% free liquid stays in the cell.", "route", "semi-solid"),
    ("Solid-state cell, liquid free.", "route", "all-solid-state"),
    # The same words in another order say something else: "free liquid" matches no "liquid free".
    ("A solid-state battery whose gel still holds free liquid.", "route", "semi-solid"),
    ("Our solid-state battery: free liquid stays below the separator.", "route", "unclear"),
])
def test_a_share_in_words_and_free_liquid(spec: ChecklistSpec, text: str, step_id: str, expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # In a row's value, a plan qualifies its own sentence: the samples already sent are no plan ...
    ("Q5. Production status.\nA5. A-samples are supplied to 3 customers. Series production is planned for 2028.",
     "manufacturability", "pilot-line"),
    ("Anode: SiOx-graphite blend. A lithium metal anode is planned for the next generation.", "anode",
     "silicon-or-other"),
    # ... while a plan in the same sentence still is one, and a row dated by its value is still dated.
    ("Q5. Production status.\nA5. Samples will be supplied to customers in 2028.", "manufacturability",
     "announcements-only"),
    # Samples said to be supplied to customers are samples, not volume shipping.
    ("The B-sample was supplied to four customers in June.", "manufacturability", "pilot-line"),
    ("Cells have been delivered to 30 customers since 2024.", "manufacturability", "shipping"),
    # A pilot line still being built is no pilot line yet.
    ("We are building a pilot line near Lyon.", "manufacturability", "announcements-only"),
    ("The pilot line is being commissioned this winter.", "manufacturability", "announcements-only"),
    ("Our pilot line has built 900 cells at 90 % yield.", "manufacturability", "pilot-line"),
    ("We are building 400 cells a week on our pilot line.", "manufacturability", "pilot-line"),
    ("Samples are being built on the pilot line in Lyon.", "manufacturability", "pilot-line"),
])
def test_plans_and_samples(spec: ChecklistSpec, text: str, step_id: str, expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("mark", "expected"), [
    # A compliance matrix's "PC" or "C" beside a placeholder leaves the row a placeholder.
    ("PC", None), ("C", None), ("Partial", None),
])
def test_a_compliance_mark_beside_a_placeholder(spec: ChecklistSpec, mark: str, expected: str | None) -> None:
    text = ("| 2.1 | Cell technology | Semi-solid, 8 wt% liquid | C |\n"
            f"| 2.2 | Anode | TBD (graphite or Li metal; decided at design freeze) | {mark} |\n")
    assert reading(spec, text, "anode") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A stiff refusal: giving "no information", "no comment", or "cannot give" what is asked.
    ("> 6) Which evidence for manufacturability exists?\nOn this point we can give no information for now.",
     "manufacturability", "not-disclosed"),
    ("Stack pressure: no comment at this stage.", "pressure", "not-disclosed"),
    ("We cannot give the electrolyte family at this stage.", "electrolyte", "not-disclosed"),
    # A placeholder is no refusal, and "no" before other words refuses nothing.
    ("Stack pressure: not given", "pressure", None),
    ("Stack pressure: no external pressure, the cell runs at ambient pressure.", "pressure",
     "no-external-pressure"),
])
def test_a_stiff_refusal(spec: ChecklistSpec, text: str, step_id: str, expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A line ending on a word no sentence ends with goes on in the next line, whatever its first letter: the
    # correction's coin cells report the results, and "not the pouch" negates the pouch.
    ("Cycled 500 times in our 10 Ah pouch cells.\nCorrection: the cycling data above are from\n"
     "LIR2032 coin cells, not the pouch.\n", "coin-cell"),
    ("Cycled 500 times in our 10 Ah pouch cells.\nUpdate: those cycles were measured in\n"
     "Single-layer cells only.\n", "coin-cell"),
    # A line ending a sentence stays a line, and so does a row ending on a capital letter.
    ("Cycled 500 times in pouch cells.\nSafety class: Type A\nCoin cells: screening only\n", "pouch-prototype"),
    ("Cycled 500 times in our pouch cells.\nCoin cells are used for screening only.\n", "pouch-prototype"),
])
def test_a_line_ending_on_a_dangling_word_goes_on(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A sentence naming the mixture ("composite", "hybrid") beside two families it mixes is a composite, however
    # often one family is named again elsewhere.
    ("- electrolyte: garnet-in-PVDF composite (LLZO particles, 30 wt%, in PVDF-HFP)\n"
     "- cycled at 45 °C (PVDF-based, so warm)", "composite"),
    ("Electrolyte: a sulfide-polymer hybrid electrolyte (Li6PS5Cl with PEO).\nTested in PEO-friendly conditions.",
     "composite"),
    # A family word that qualifies another part (an interlayer, a coating) is not the electrolyte.
    ("A thin polymer interlayer keeps the lithium in contact with our proprietary electrolyte.", None),
    ("Sulfide electrolyte (argyrodite); the separator carries a polymer coating.", "sulfide"),
    ("Our ceramic coating protects the separator.", None),
    ("The solid polymer electrolyte is 30 µm thick.", "polymer"),
])
def test_mixtures_and_qualifying_family_words(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "electrolyte") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A coating in a clause about the cathode is the cathode's, whatever anode is named beside it.
    ("• Cells: sulfide SE | lithium metal anode, 25 µm | NCM811 cathode with an LiNbO3 coating",
     "lithium-metal-unprotected"),
    ("Li metal anode; the cathode is coated with Li3BO3.", "lithium-metal-unprotected"),
    # A coating in the anode's own clause still protects it.
    ("• Cells: sulfide SE | lithium metal anode with a LiF coating | NCM811 cathode", "lithium-metal-protected"),
])
def test_a_coating_beside_the_cathode_is_the_cathodes(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "anode") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Cells of ten ampere-hours or more are full-size cells ...
    ("Cycled 1,200 times in 45 Ah cells at 25 °C.", "pouch-prototype"),
    ("Over 900 cycles in 12-Ah cells.", "pouch-prototype"),
    # ... but not a small cell, nor where the words between say more.
    ("Over 900 cycles in 3 Ah cells.", None),
    ("Over 900 cycles; capacity 60 Ah nominal.", None),
    ("A 20 Ah solid-state cell built as a 16-layer stack completed 800 cycles.", "multilayer-stack"),
])
def test_an_ampere_hour_class_cell_is_full_size(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A row that declines the step outweighs a slogan elsewhere that is no result ...
    ("• A revolutionary platform: 15-minute fast charging\n• 800 cycles in pouch cells\n"
     "• Test conditions: confidential", "conditions", "not-disclosed"),
    # ... but not what the results report.
    ("• 800 cycles at 25 °C in pouch cells\n• Test conditions: confidential", "conditions", "room-temperature"),
    # A refusal of the format the results came from withholds the step; the product format offered is no answer.
    ("| 1 | Offered format | 4680 cylindrical |\n| 2 | Format of the reported test results | Confidential |",
     "format", "not-disclosed"),
    ("| 1 | Offered format | 4680 cylindrical |\n| 2 | Test results | 600 cycles in coin cells |\n"
     "| 3 | Format of the reported test results | Confidential |", "format", "coin-cell"),
    ("| 1 | Offered format | 4680 cylindrical |\n| 2 | Electrolyte family | Confidential |", "format",
     "pouch-prototype"),
])
def test_a_row_declining_the_step(spec: ChecklistSpec, text: str, step_id: str, expected: str) -> None:
    assert reading(spec, text, step_id) == expected


SIDE_BY_SIDE = (
    "Item            {first:<28}  {second}\n"
    "--------------  ----------------------------  --------------------\n"
    "Electrolyte     LLZO garnet film, sintered,   PEO-LiTFSI film\n"
    "Anode           graphite (conventional)       Li foil, LiF-coated\n"
    "Test article    2.5 Ah 14-layer stack         coin cells (CR2016)\n"
)


@pytest.mark.parametrize(("first", "second", "step_id", "expected"), [
    # Two products side by side, one marked as offered (or the other as not offered): only the offered one is read,
    # and a cell that fills its column up to the next one still ends where the rule line's next run starts.
    ("KX-1 (offered)", "KX-9 (development)", "electrolyte", "oxide"),
    ("KX-1 (offered)", "KX-9 (development)", "anode", "graphite"),
    ("KX-1 (offered)", "KX-9 (development)", "format", "multilayer-stack"),
    ("KX-1", "KX-9 (for reference only)", "anode", "graphite"),
    ("KX-1 (for reference)", "KX-9 (offered)", "electrolyte", "polymer"),
    ("KX-1 (for reference)", "KX-9 (offered)", "format", "coin-cell"),
    # Unmarked products are both read (the cautious reading of the two).
    ("KX-1", "KX-9", "format", "coin-cell"),
    # A column of what the offered product was measured on is no other product.
    ("Offered as", "Measured on", "format", "coin-cell"),
])
def test_only_the_offered_product_of_a_side_by_side_table_is_read(spec: ChecklistSpec, first: str, second: str,
                                                                    step_id: str, expected: str) -> None:
    assert reading(spec, SIDE_BY_SIDE.format(first=first, second=second), step_id) == expected


def test_a_product_not_offered_gives_no_numbers(spec: ChecklistSpec) -> None:
    text = ("Parameter       A-20 (offered)       B-40 (not offered)\n"
            "--------------  -------------------  ------------------\n"
            "Stack pressure  none required        4 MPa in a jig\n"
            "Cycles          1,000 (pouch)        300 (coin)\n")
    assert reading(spec, text, "pressure") == "no-external-pressure"


@pytest.mark.parametrize(("text", "expected"), [
    # An interlayer in a row about the anode is the anode's protection, not what replaces stack pressure ...
    ("• Anode: Li metal, shielded by a patented polymer interlayer\n• Cycling: 600 cycles in coin cells", None),
    ("Anode | Li foil with a buffer layer\nStack pressure | 1.5 MPa", "external-pressure"),
    # ... while in prose, or in the pressure row's own remark, it is what keeps contact.
    ("A soft interlayer keeps contact, so the cell needs no stack pressure.", "interlayers"),
    ("Anode | Li foil, coated\nStack pressure | none required (soft interlayer at the anode)", "interlayers"),
    ("Stack pressure | none required (see test report)", "no-external-pressure"),
])
def test_an_interlayer_in_the_anode_row(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "pressure") == expected


TWO_LINES = ("Hi Sam,\n\nwe build two lines: {other}. Everything below is about the one we offer, the K7.\n\n"
             "> 1. Stack pressure?\n{answer}\n\n> 2. Test temperature?\n25 °C.\n\nBest, Lee")


@pytest.mark.parametrize(("other", "answer", "expected"), [
    # Where the answer under the question states the step, the prose about another product does not answer it ...
    ("the K9 needs about 4 MPa in a clamp and is not for sale", "None, no fixture on the K7.",
     "no-external-pressure"),
    ("the K9 runs at ambient pressure", "About 1 MPa in our test jig.", "external-pressure"),
    # ... but where the answer states nothing, the prose still speaks.
    ("the K9 needs about 4 MPa in a clamp", "I will check with the lab.", "external-pressure"),
])
def test_an_answer_outweighs_the_prose_around_it(spec: ChecklistSpec, other: str, answer: str, expected: str) -> None:
    assert reading(spec, TWO_LINES.format(other=other, answer=answer), "pressure") == expected
