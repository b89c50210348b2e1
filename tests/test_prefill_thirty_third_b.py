"""General pre-fill mechanisms added after the forty-first blind set (session thirty-three, second helper).

Each text is written for the test, not copied from the set."""

from __future__ import annotations

from advisor.checklist.prefill import prefill
from advisor.checklist.spec import ChecklistSpec


def options(spec: ChecklistSpec, text: str) -> dict[str, str | None]:
    return {c.step_id: c.option_id for c in prefill(spec, text).claims}


def test_bilingual_line_keeps_the_english_half_named_in_cell_part_words(spec: ChecklistSpec) -> None:
    # Neither half has common prose words; the English one names the cell's parts in English.
    text = "Anodo: metal de litio, lamina de 40 µm / Anode: lithium metal, 40 µm foil"
    assert options(spec, text).get("anode") == "lithium-metal-unprotected"


def test_refusal_of_another_steps_other_name_does_not_withhold_the_format(spec: ChecklistSpec) -> None:
    # "end-of-test data" is what was measured after cycling; its "test" names no test format.
    text = "Our best cell is a 12-layer stacked cell of 3 Ah. End-of-test data are confidential."
    got = options(spec, text)
    assert got.get("format") == "multilayer-stack"
    assert got.get("after-cycles") == "not-disclosed"


def test_yes_or_no_question_in_a_table_cell_states_nothing(spec: ChecklistSpec) -> None:
    # The question's "stack pressure" is asked, not claimed; the answer cell beside it decides.
    text = ("No. | Topic                          | Reply\n"
            "7   | Does the cell need stack pressure? | Runs free-standing, no external pressure applied")
    assert options(spec, text).get("pressure") == "no-external-pressure"


def test_affirmed_question_in_a_table_cell_is_still_read(spec: ChecklistSpec) -> None:
    text = ("No. | Topic                          | Reply\n"
            "7   | Does the cell need stack pressure? | Yes, 3 MPa in a clamp")
    assert options(spec, text).get("pressure") == "external-pressure"


def test_question_word_and_copula_ask_for_what_follows(spec: ChecklistSpec) -> None:
    # "What was the DCIR growth?" asks for the resistance; it reports none.
    text = "What was the capacity retention at the end? We will publish that later."
    assert options(spec, text).get("after-cycles") is None


def test_question_quoted_inside_a_sentence_states_nothing(spec: ChecklistSpec) -> None:
    # The quoted question asks for the retention, and the sentence goes on past its closing quote mark.
    text = 'My answer to "what was the retention?" is that the cycle count matters more.'
    assert options(spec, text).get("after-cycles") is None


def test_json_member_with_a_placeholder_value_says_nothing(spec: ChecklistSpec) -> None:
    text = '{\n  "cell": "pouch",\n  "external_pressure_kpa": "TBD",\n  "capacity_ah": 5\n}'
    assert options(spec, text).get("pressure") is None


def test_json_member_with_a_value_is_read(spec: ChecklistSpec) -> None:
    text = '{\n  "external_pressure_kpa": 800,\n  "capacity_ah": 5\n}'
    assert options(spec, text).get("pressure") == "external-pressure"


def test_underwater_vehicle_named_by_its_abbreviation_is_a_field_test(spec: ChecklistSpec) -> None:
    text = "Our AUV ran 40 missions on the pack; after them the capacity retention was 97 %."
    assert options(spec, text).get("format") == "vehicle-test"


def test_refusal_carried_over_by_reference_declines_what_it_names(spec: ChecklistSpec) -> None:
    text = "- Negative electrode: not shared before the NDA is signed.\n  The same goes for the electrolyte family."
    assert options(spec, text).get("electrolyte") == "not-disclosed"


def test_same_applies_without_a_refusal_before_it_declines_nothing(spec: ChecklistSpec) -> None:
    text = "The anode is lithium metal foil. The same applies to the electrolyte family: it is a polymer."
    assert options(spec, text).get("electrolyte") == "polymer"
