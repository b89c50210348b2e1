"""The pre-fill's readings broadened after the twentieth blind set (twenty-first session).

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that
keeps the old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.prefill import prefill
from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "expected"), [
    # A phrase whose words are close as a whole but one of which is another word is no wording of an option:
    # "figure" is no "fixture" ...
    ("Please send us the pressure figure.", None),
    ("We still need the pressure figures from the lab.", None),
    # ... while a typo of the same words still reads ("fixure" for "fixture").
    ("Cells were cycled in a pressure fixure.", "external-pressure"),
])
def test_a_word_of_a_phrase_must_itself_be_close(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "pressure") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # The full stop of a title ("Dr.", "Prof.") ends no sentence: a topic fronted before it is what the sentence
    # goes on to decline ...
    ("On stack pressure, Dr. Moreau declined to give a number.", "pressure", "not-disclosed"),
    ("Regarding the anode, Prof. Ito would not comment.", "anode", "not-disclosed"),
    # ... and a fronted "On X," or "About X," is a topic like "As for X" ...
    ("About the electrolyte family, we cannot say more at this stage.", "electrolyte", "not-disclosed"),
    ("On stack pressure, typ. values stay confidential.", "pressure", "not-disclosed"),
    # ... while a refusal of something else leaves what the sentence states.
    ("On the 2 MPa fixture, Dr. Moreau declined to give the supplier's name.", "pressure", "external-pressure"),
])
def test_a_fronted_topic_over_a_title_is_what_is_declined(spec: ChecklistSpec, text: str, step_id: str,
                                                          expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A cell that declines is a refusal whatever blanks a scorecard's other cells hold ...
    ("| No. | Item | Response | Score |\n|---|---|---|---|\n| 3 | Test format of the data | confidential | - |\n",
     "format", "not-disclosed"),
    ("| No. | Item | Response | Score |\n|---|---|---|---|\n| 5 | Anode material | undisclosed | n/a |\n",
     "anode", "not-disclosed"),
    # ... while a compliance mark beside a placeholder is still no claim.
    ("| No. | Item | Response | Score |\n|---|---|---|---|\n| 5 | Anode material | No | TBD |\n", "anode", None),
])
def test_a_declining_cell_beside_blanks_is_a_refusal(spec: ChecklistSpec, text: str, step_id: str,
                                                     expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # Words after a preposition only say which thing is withheld, whatever step's subject names the thing: a growth
    # "after cycling" is the measure withheld, not the cycling conditions ...
    ("Impedance growth after cycling: confidential.", "conditions", None),
    ("Capacity fade during cycling | undisclosed", "conditions", None),
    ("Impedance growth after cycling: confidential.", "after-cycles", "not-disclosed"),
    # ... while conditions withheld by name are still declined.
    ("Cycling conditions: confidential.", "conditions", "not-disclosed"),
])
def test_a_qualifier_of_another_steps_subject_is_not_withheld(spec: ChecklistSpec, text: str, step_id: str,
                                                              expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Goods delivered to someone report a delivery, not where a result was measured: a customer's kind of vehicle
    # there is no vehicle test where the test format is declined ...
    ("Test format: confidential.\nSince 2025 our cells are delivered to two city-bus makers.", "not-disclosed"),
    ("Format of the cycling data: undisclosed. Modules delivered to a truck OEM in 2025.", "not-disclosed"),
    # ... while a result a vehicle delivered still reports the vehicle.
    ("Test format: confidential. The test vehicle delivered 400 km per charge.", "vehicle-test"),
])
def test_goods_delivered_to_someone_report_no_result(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Declining to talk about something, or being unwilling to, declines it ...
    ("Not going to talk about yields or volumes today, sorry.", "not-disclosed"),
    ("We are not willing to discuss production volumes.", "not-disclosed"),
    ("Yield? I won't talk about that in public.", "not-disclosed"),
    # ... while talk of something stated still states it.
    ("We can talk about our pilot line: yield is 92 %.", "pilot-line"),
])
def test_not_going_to_talk_about_declines(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A refusal that points back with a pronoun declines the question just put or reported ...
    ("You asked which cell format the cycling data came from. That is internal, and we cannot share it.", "format",
     "not-disclosed"),
    ("Anode material? Sorry, I can't disclose that yet.", "anode", "not-disclosed"),
    ("Here is our memo. Questions on line yield I cannot answer today: that information is confidential.",
     "manufacturability", "not-disclosed"),
    # ... not a statement before it, which still states what it says ...
    ("The cells use a graphite anode. We cannot share that with distributors.", "anode", "graphite"),
    # ... nor anything where the refusal names what it declines.
    ("Which anode? We cannot disclose the stack pressure.", "anode", None),
])
def test_a_refusal_pointing_back_declines_the_question_before(spec: ChecklistSpec, text: str, step_id: str,
                                                              expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A label and its "none" inside a line deny the label, as a datasheet row of the same words does ...
    ("Transport: UN3480, lithium-ion cells. Lithium metal content: none (rated by Wh).", "anode", None),
    ("All cells passed. Liquid electrolyte: none. Separator: argyrodite sulfide.", "route", "all-solid-state"),
    ("Shipped in the module frame. Stack pressure: 0 MPa (no end plates).", "pressure", "no-external-pressure"),
    # ... while a label with a value of its own still states it.
    ("Transport: UN3090. Lithium metal content: 0.8 g per cell.", "anode", "lithium-metal-unprotected"),
])
def test_a_label_and_none_inside_a_line_deny_the_label(spec: ChecklistSpec, text: str, step_id: str,
                                                      expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


_ROADMAP = """| | Current cell (2026) | Planned cell (2029) |
|---|---|---|
| Electrolyte | Polymer (PEO) | Sulfide |
| Test format | 30 Ah pouch cells | coin cells so far |
"""
_SPEC_AGAINST_TARGET = """| Parameter | Target | Achieved |
|---|---|---|
| Stack pressure | none | 0.5 MPa |
"""
_TWO_GENERATIONS = """| | Gen A | Gen B |
|---|---|---|
| Route | all-solid-state | semi-solid |
"""


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A column of what is planned or targeted is no evidence of the product beside it ...
    (_ROADMAP, "electrolyte", "polymer"),
    (_ROADMAP, "format", "pouch-prototype"),
    (_SPEC_AGAINST_TARGET, "pressure", "external-pressure"),
    # ... while two columns, neither a plan, are both read (the more cautious reading is taken).
    (_TWO_GENERATIONS, "route", "all-solid-state"),
])
def test_a_planned_column_is_not_the_product(spec: ChecklistSpec, text: str, step_id: str, expected: str) -> None:
    assert reading(spec, text, step_id) == expected


_ERRATA = """| Page | Reads | Should read |
|---|---|---|
| p. 2 | pouch cells, 5 MPa stack pressure | coin cells, no external pressure |
| p. 3 | graphite anode | Li-In alloy anode |
"""


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # What an errata table says was printed is superseded by what it should read ...
    (_ERRATA, "pressure", "no-external-pressure"),
    (_ERRATA, "anode", "silicon-or-other"),
    (_ERRATA, "format", "coin-cell"),
    # ... while a table of old and new without a correction column is read whole.
    ("| Item | Old | Also valid |\n|---|---|---|\n| Anode | graphite | silicon-graphite |\n", "anode",
     "silicon-or-other"),
])
def test_an_errata_tables_printed_column_is_superseded(spec: ChecklistSpec, text: str, step_id: str,
                                                        expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A stack pressure the text states outweighs an interlayer named beside it: the cell still needs pressure ...
    ("A compliant interlayer between anode and separator lets the stacks cycle at 0.4 MPa.", "external-pressure"),
    ("Thanks to the buffer interlayer, 2 bar of clamping is now enough (it was 20 bar).", "external-pressure"),
    # ... while an interlayer with no pressure figure still reads as relying on interlayers.
    ("A compliant interlayer between anode and separator keeps the contact.", "interlayers"),
])
def test_a_stated_pressure_outweighs_an_interlayer(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "pressure") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # What someone only suspects or guesses is an inference, not a claim ...
    ("The supplier named no family; we suspect a sulfide, given the dry room.", None),
    ("My guess is the separator is an oxide.", None),
    ("Presumably a garnet, but they would not say.", None),
    # ... while a family stated is still read.
    ("The separator is a garnet oxide, we are told.", "oxide"),
])
def test_what_is_only_suspected_is_no_claim(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "electrolyte") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Taking pre-orders sells what is not yet delivered: an announcement ...
    ("Pre-orders are open now; first deliveries in 2028.", "announcements-only"),
    ("Reserve yours: preorders close in March.", "announcements-only"),
    # ... while pre-orders beside a pilot line in operation are outweighed by it.
    ("Our pilot line runs at 85 % yield; pre-orders for the volume product are open.", "pilot-line"),
])
def test_pre_orders_are_an_announcement(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A row's "none" denies its label in its first sentence only: the sentences after it are read as prose ...
    ("Liquid: none. The separator is a garnet oxide sheet on lithium foil.", "electrolyte", "oxide"),
    ("Change: 0 MPa - no fixture. The Li6PS5Cl separator faces a lithium-metal foil.", "electrolyte", "sulfide"),
    # ... while the row still denies what it labels.
    ("Stack pressure: none. The separator is a garnet oxide sheet.", "pressure", "no-external-pressure"),
])
def test_sentences_after_a_rows_none_are_read(spec: ChecklistSpec, text: str, step_id: str, expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A line labelled as what was is superseded by a line labelled as what is now ...
    ("Old: cells need 2 MPa in a clamp.\nNew: a soft interlayer keeps contact.", "interlayers"),
    ("- Was: cycled at 1.5 MPa stack pressure\n- Corrected: cycled with no external pressure", "no-external-pressure"),
    # ... while an old line with no new one after it still states what it says.
    ("Old: cells need 2 MPa in a clamp.\nNote: a soft interlayer is being tried.", "external-pressure"),
])
def test_an_old_line_is_superseded_by_a_new_one(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "pressure") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # What the removal of something removes is not there ...
    ("Title: Removal of the stack-pressure fixture. Contact is kept by a soft interlayer.", "interlayers"),
    ("This revision removes the external pressure; a buffer layer keeps contact.", "interlayers"),
    # ... while what is not removed is.
    ("The 1 MPa stack pressure stays; a buffer layer was also added.", "external-pressure"),
])
def test_what_a_removal_removes_is_not_there(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "pressure") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # An interlayer "coated on" something is an interlayer, not the material of a coating ...
    ("Contact is maintained by a silver-carbon interlayer coated on the foil.", "pressure", "interlayers"),
    # ... while a family word before "coated" still names a coating's material, not the electrolyte.
    ("The lithium foil is LiPON-coated; the separator is a sulfide.", "electrolyte", "sulfide"),
])
def test_an_interlayer_coated_on_a_part_is_an_interlayer(spec: ChecklistSpec, text: str, step_id: str,
                                                         expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A cycle count reached or completed, and one given against its target ("200 of 200"), is a count ...
    ("Cycle count reached: 400 of 400 (no shorts).", "headline-only"),
    ("Cycles completed: 1,200.", "headline-only"),
    # ... while a cycle's number in a sequence of another kind is still none.
    ("Cycle 3 of the programme: electrolyte screening.", None),
])
def test_a_cycle_count_reached_is_a_count(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A refusal in a later sentence of a line a colon made a row covers its own sentence, not the row's label ...
    ("Our electrolyte is a new design: a sulfide sheet on lithium foil. Pack makers may not be able to provide the "
     "needed pressure.", "electrolyte", "sulfide"),
    ("We use a graphite anode: no lithium metal at all. Yields we cannot disclose.", "anode", "graphite"),
    # ... while a refusal opening the row's value still declines its label, and so does one after a semicolon or after
    # "no." before a number, which numbers it and ends no sentence.
    ("Anode material: confidential. Shipped in 2 Ah pouch cells.", "anode", "not-disclosed"),
    ("Anode: see annex; confidential.", "anode", "not-disclosed"),
    ("Route: solid-state; details (see annex no. 4) confidential.", "route", "not-disclosed"),
])
def test_a_refusal_in_a_later_sentence_of_a_row_keeps_its_label(spec: ChecklistSpec, text: str, step_id: str,
                                                                expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A fronted "whether" question resumed by a pronoun declines all of it, the alternatives set after it too ...
    ("Whether there is gel in the cell, semi-solid or all-solid, that's something we cannot disclose.",
     "not-disclosed"),
    ("Whether any liquid remains, semi-solid or not, that is confidential for now.", "not-disclosed"),
    # ... while a route the text states beside a refusal of something else is read.
    ("The cell is semi-solid. Whether the gel is PEO-based, that's confidential.", "semi-solid"),
])
def test_a_resumed_whether_question_is_declined_whole(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "route") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Pressure units written out are read like their symbols, a spelled number before them too ...
    ("The stacks sit in a clamp at a hundred kilopascals.", "external-pressure"),
    ("Cycled under 2 megapascals of stack pressure.", "external-pressure"),
    # ... and a pressure too small to hold a stack is still no stack pressure.
    ("Held at five kilopascals in the dry room.", None),
])
def test_pressure_units_written_out_are_read(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "pressure") == expected


def test_a_spelled_number_before_its_unit_is_quoted_from_its_first_word(spec: ChecklistSpec) -> None:
    (found,) = prefill(spec, "The clamp holds ninety kilopascals.").measurements
    assert (found.normalised, found.explanation) == (0.09, "read “ninety kilopascals” as a pressure")


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # The choices of a multiple-choice question are posed: only the one its answer picks is stated ...
    ("Q2. Which family? a) sulfide  b) oxide  c) polymer  d) composite\nAnswer: b) oxide (garnet).", "electrolyte",
     "oxide"),
    ("Where do the cycle data come from? a) coin cells  b) 20 Ah pouch cells  c) a test car\nAnswer: b)", "format",
     "pouch-prototype"),
    # ... and none where no answer follows ...
    ("Quiz: which family do you think we use? a) sulfide  b) oxide  c) polymer", "electrolyte", None),
    # ... while a list that is no question's choices ("(a) ... (b)") is read as written.
    ("The cell stacks (a) a sulfide separator and (b) a lithium foil.", "electrolyte", "sulfide"),
])
def test_only_the_chosen_choice_of_a_quiz_is_stated(spec: ChecklistSpec, text: str, step_id: str,
                                                    expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


_SUCCESSION = """We announce the retirement of the QX-1 cell.

QX-1 was our first product: a gel electrolyte with a graphite anode. It powered 30 test buses.
QX-1 is followed by QX-2. QX-2 uses a sulfide separator, tested in 2 Ah pouch cells.
"""


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # The sentences about a product the text retires, or says is no longer available, are not the offered one's ...
    (_SUCCESSION, "route", None),
    (_SUCCESSION, "anode", None),
    (_SUCCESSION, "format", "pouch-prototype"),
    ("RX-5 is no longer available. RX-5 used a silicon anode.\nRX-6 uses a graphite anode.", "anode", "graphite"),
    # ... while a product named in passing beside no retirement is read.
    ("QX-1 uses a gel electrolyte. QX-2 uses a sulfide separator.", "route", "semi-solid"),
])
def test_a_retired_products_sentences_are_not_read(spec: ChecklistSpec, text: str, step_id: str,
                                                   expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # What is on a roadmap is planned ...
    ("Series production is on our roadmap for 2029.", "announcements-only"),
    ("Mass production: on the roadmap, not yet dated.", "announcements-only"),
    # ... in its own clause only: a roadmap remark in a row does not plan what the row states before it.
    ("Production status | pilot line in operation (volume line: roadmap 2028)", "pilot-line"),
])
def test_what_is_on_a_roadmap_is_planned(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "manufacturability") == expected


_WRAPPED_TABLE = """| Item | Answer |
|------|--------|
| Anode | Lithium metal foil, 20 um, with a LiF |
| | artificial SEI coating. |
| After 800 cycles | Capacity retention 88 %. DCIR |
| | figures: confidential. |
"""


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A table line with its first cell empty goes on with the row above it ...
    (_WRAPPED_TABLE, "anode", "lithium-metal-protected"),
    (_WRAPPED_TABLE, "after-cycles", "retention-only"),
    # ... while a table line with a label of its own is a row of its own.
    ("| Item | Value |\n|---|---|\n| Anode | Lithium metal foil |\n| Cathode | NMC with a LiNbO3 coating |\n", "anode",
     "lithium-metal-unprotected"),
])
def test_a_wrapped_table_cell_goes_on_with_its_row(spec: ChecklistSpec, text: str, step_id: str,
                                                   expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # What a thing is free of is not in it ...
    ("Sulfide-free by design: our separator is a garnet oxide.", "electrolyte", "oxide"),
    ("A sulfide-free design; the separator is LLZO.", "electrolyte", "oxide"),
    ("A stack-pressure-free cell: an interlayer keeps contact.", "pressure", "interlayers"),
    # ... while an alias that takes "free" in is read as the wording it is.
    ("A liquid-free cell with a sulfide separator.", "route", "all-solid-state"),
])
def test_what_a_thing_is_free_of_is_not_in_it(spec: ChecklistSpec, text: str, step_id: str, expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # Where the capacity stands after cycling is its retention ...
    ("After 900 cycles we were at about 84 percent capacity.", "after-cycles", "retention-only"),
    ("We stopped at 600 cycles; it's at 90 % of its initial capacity.", "after-cycles", "retention-only"),
    ("The capacity is maintained 92 % after 400 times of charge and discharge.", "after-cycles", "retention-only"),
    ("After 1,000 cycles the cells kept 91 % of their first-cycle capacity.", "after-cycles", "retention-only"),
    # ... and "room temp" is room temperature.
    ("Cycled at room temp.", "conditions", "room-temperature"),
])
def test_where_capacity_stands_and_room_temp(spec: ChecklistSpec, text: str, step_id: str, expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A chat turn whose time follows the speaker's name is a turn: a question there is answered by the next speaker,
    # and states nothing itself ...
    ("Mia Keller [09:22]: Stack pressure during the tests?\nJonas Berg [09:25]: I'd rather not share those settings, "
     "that's internal.", "not-disclosed"),
    ("Ana [10:02]: Stack pressure?\nBen [10:03]: Let's talk about that on Monday.", None),
    # ... while an answer that states it is read.
    ("Ana [10:02]: Stack pressure?\nBen [10:03]: About 2 MPa in a fixture.", "external-pressure"),
])
def test_a_chat_turn_with_its_time_after_the_name(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "pressure") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # Words before a colon that make a clause with a verb are prose, not a row's label: the clause states its option ...
    ("Our cell uses an anode-free design: the lithium plates on copper during the first charge, under our "
     "proprietary process.", "anode", "silicon-or-other"),
    ("The separator is a garnet oxide: dense, 30 um, sintered; details proprietary.", "electrolyte", "oxide"),
    # ... while a label of a few nouns still heads its row.
    ("Anode material: proprietary.", "anode", "not-disclosed"),
])
def test_a_clause_before_a_colon_is_prose(spec: ChecklistSpec, text: str, step_id: str, expected: str) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Work at laboratory scale is one-off evidence only ...
    ("The work is at laboratory scale; the team now seeks industrial partners.", "announcements-only"),
    # ... unless a refusal in the answer about manufacturing withholds more ...
    ("> 4) Which format produced the results?\nPellet cells in laboratory scale.\n\n"
     "> 8) Which evidence for manufacturability exists?\nTo this we can give no information at present.",
     "not-disclosed"),
    # ... or the text gives more (a pilot line).
    ("Our pilot line yields 90 %; the new cathode is still at lab scale.", "pilot-line"),
])
def test_laboratory_scale_is_one_off_evidence(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A refusal of an option's own words withholds the step, wherever the text says the fallback's words ...
    ("Conclusion: promising lab results.\n\nLine yield and output volumes are confidential at this stage.",
     "not-disclosed"),
    # ... while a refusal of something else leaves the fallback.
    ("Conclusion: promising lab results.\n\nThe name of our cathode supplier I cannot share.", "announcements-only"),
])
def test_a_refusal_of_an_options_words_outranks_a_fallback(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A gigafactory that is only named or planned is an announcement ...
    ("Our first gigafactory will open in 2029 and run on hydropower.", "announcements-only"),
    ("Vision: a 20 GWh gigafactory in Portugal.", "announcements-only"),
    # ... a "gigafactory-ready" design none, and a pilot line in operation outweighs it.
    ("Cells built on our pilot line in Brno; gigafactory planned for 2030.", "pilot-line"),
])
def test_a_gigafactory_named_or_planned_is_an_announcement(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A form's choices in parentheses after its label or question are offered, not stated ...
    ("Q1. Cell technology (all-solid-state / semi-solid / other):\nSolid-state lithium battery.", "route", "unclear"),
    ("Electrolyte family (sulfide / oxide / polymer)?\nOxide, LLZO.", "electrolyte", "oxide"),
    # ... a blend of graphite and silicon is a silicon anode, and deliveries to integrators are shipping ...
    ("Anode: Graphite/Si composite (Si 5 %).", "anode", "silicon-or-other"),
    ("Line in operation since 2024; deliveries to three storage integrators.", "manufacturability", "shipping"),
    # ... while a slash inside a stated value is read as written.
    ("Route: semi-solid (gel / polymer / ceramic separator).", "route", "semi-solid"),
])
def test_a_forms_offered_choices_and_blends(spec: ChecklistSpec, text: str, step_id: str, expected: str) -> None:
    assert reading(spec, text, step_id) == expected


_UNIT_COLUMNS = "Parameter\tValue\tUnit\nTest temperature\t140\t°F\nCycles completed\t900\t-\nASR growth\t-\tΩ·cm²\n"


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A value with its unit in the next cell of a table is read in that unit, and a unit cell beside a placeholder
    # (area-specific "Ω·cm²" too) leaves the row no claim ...
    (_UNIT_COLUMNS, "conditions", "elevated-temperature"),
    (_UNIT_COLUMNS, "after-cycles", "headline-only"),
    ("| Item | Value | Unit |\n|---|---|---|\n| Stack pressure | 1.5 | MPa |\n", "pressure", "external-pressure"),
    # ... while a bare "C" in the next cell is no temperature unit (it may be a rate's).
    ("| Item | Value | Unit |\n|---|---|---|\n| Rate | 25 | C |\n", "conditions", None),
])
def test_a_value_with_its_unit_in_the_next_cell(spec: ChecklistSpec, text: str, step_id: str,
                                                expected: str | None) -> None:
    assert reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # What is said to be shared with customers only under NDA is declined, an aside in its subject too ...
    ("Cycle-life results, including the test temperature and rates used, are shared with customers only under NDA.",
     "after-cycles", "not-disclosed"),
    ("Anode details are given to partners under NDA.", "anode", "not-disclosed"),
    # ... while what is shared openly beside it is read.
    ("Our anode is graphite. Pack data are shared with customers under NDA.", "anode", "graphite"),
])
def test_what_is_shared_with_customers_under_nda_is_declined(spec: ChecklistSpec, text: str, step_id: str,
                                                             expected: str) -> None:
    assert reading(spec, text, step_id) == expected
