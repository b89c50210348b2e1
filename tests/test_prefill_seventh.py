"""The pre-fill reads supplier texts as a cautious buyer would: the mechanisms added after the seventh blind set.

Written for issue 9 item 9; none of these texts is a copy of a blind set's. Each mechanism is a general reading
(how a buyer reads any supplier text), not a pattern keyed to one text.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec

ROWS = ("Family overview (letter of 3 March)\n\n"
        "Type     Cell                   Pressure   Temp.    Result\n"
        "TQ-10    {first}   {first_p}      {first_t}    900 cycles, 90 % retained\n"
        "TQ-20    {second}   {second_p}      {second_t}    700 cycles, 85 % retained\n\n"
        "{note}\n")


@pytest.mark.parametrize(("note", "step_id", "expected"), [
    # A table row that opens with the code of a product the text calls not offered ("shown for reference") is not
    # read: the offered product's row answers alone.
    ("We quote TQ-20 only; TQ-10 is listed for reference.", "format", "pouch-prototype"),
    ("We quote TQ-20 only; TQ-10 is listed for reference.", "pressure", None),
    ("We quote TQ-20 only; TQ-10 is listed for reference.", "conditions", "room-temperature"),
    ("TQ-20 is the offered type. TQ-10 (not offered) is shown for comparison.", "format", "pouch-prototype"),
    # Without a product marked not offered, every row is read, the most cautious reading first.
    ("Both types can be quoted.", "format", "coin-cell"),
    ("Both types can be quoted.", "pressure", "external-pressure"),
    ("Both types can be quoted.", "conditions", "elevated-temperature"),
])
def test_a_row_of_a_product_not_offered_is_not_read(spec: ChecklistSpec, note: str, step_id: str,
                                                    expected: str | None) -> None:
    text = ROWS.format(first="coin cell, CR2032", first_p="8 MPa", first_t="333 K",
                       second="pouch cell, 12 Ah ", second_p="-    ", second_t="295 K", note=note)
    assert reading(spec, text, step_id) == expected


BLOCKS = ("Hello Jan,\n\nhere is the summary you asked for.\n\n"
          "Mira 2 (what we can supply now):\n- quasi-solid, gel electrolyte\n- 20 Ah pouch, tested at 23 degC, 0.5C\n"
          "- 92 % capacity retained after 800 cycles\n\n"
          "{heading}\n- sulfide, all-solid-state\n- pellet cells only, 70 degC, 8 MPa fixture\n\nRegards, Tomas")


@pytest.mark.parametrize(("heading", "step_id", "expected"), [
    # A block headed by a line that marks its product not offered ("not for sale", "for reference") is not read ...
    ("Mira 3 (lab project, not for sale):", "format", "pouch-prototype"),
    ("Mira 3 (lab project, not for sale):", "pressure", None),
    ("Mira 3 (for reference only):", "conditions", "room-temperature"),
    ("Mira 3 (for reference only):", "route", "semi-solid"),
    # ... but a block under a heading that says nothing of the sort is.
    ("Mira 3 (our next step):", "route", "all-solid-state"),
    ("Mira 3 (our next step):", "pressure", "external-pressure"),
])
def test_a_block_about_a_product_not_offered_is_not_read(spec: ChecklistSpec, heading: str, step_id: str,
                                                         expected: str | None) -> None:
    assert reading(spec, BLOCKS.format(heading=heading), step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A cell whose build is stated ("N-layer", "bilayer", "multilayer") is the multilayer stack its pouch or capacity
    # is made of: the wording that says more of the same cell wins between two equally cautious formats.
    ("Results: 1,000 cycles in 14-layer, 6 Ah pouch cells at 25 degC.", "multilayer-stack"),
    ("We tested bilayer pouch cells (1.2 Ah) for 600 cycles. The pouch cells kept 90 % capacity.", "multilayer-stack"),
    ("Test basis: 40 Ah multilayer pouch. 800 cycles at 1C.", "multilayer-stack"),
    # Without such words, a full-size pouch or an Ah-class cell stays a full-size prototype.
    ("Results: 1,000 cycles in 6 Ah pouch cells at 25 degC.", "pouch-prototype"),
    ("Validation: 900 cycles in 40 Ah cells at room temperature.", "pouch-prototype"),
    # "We report" cells reports results: the bilayer build said there outweighs a title's pouch cells.
    ("Paper title: fast cycling of pouch cells.\nWe report 3 Ah bilayer pouch cells with a sulfide separator. "
     "The cells retained 90 % of capacity after 500 cycles.", "multilayer-stack"),
    # A lab coin cell named in the results is still the most cautious reading.
    ("We report 500 cycles in coin cells and in 10-layer stacks.", "coin-cell"),
])
def test_a_stated_multilayer_build_refines_a_pouch(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "format") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A cycle life counted to an end-of-life share of capacity gives the capacity retained then.
    ("Cycle life: 2 000 cycles (70 % EOL)", "retention-only"),
    ("Cycle life 1,200 cycles, end-of-life criterion 80 %.", "retention-only"),
    ("Cycle life: 2 000 cycles", "headline-only"),
    # A count of full-equivalent cycles, and nothing measured after them, is the headline only.
    ("The demonstrator buses have run 900 full-equivalent cycles.", "headline-only"),
    ("The demonstrator buses have run 900 full equivalent cycles.", "headline-only"),
    # A measure given at the start and after cycling ("initial -> N cycles") reports its growth ...
    ("| Capacity retained after 1k cycles | 91 % |\n| DCIR (initial -> 1k cycles) | 20 -> 24 mOhm |",
     "retention-and-resistance"),
    # ... at the start alone it does not.
    ("| Capacity retained after 1k cycles | 91 % |\n| DCIR (initial) | 20 mOhm |", "retention-only"),
    # A measure whose value is a placeholder reports nothing, in a sentence as in a row.
    ("A: Capacity retention 88 % after 1,000 cycles. Impedance growth: TBD.", "retention-only"),
    ("A: Capacity retention 88 % after 1,000 cycles. Resistance growth: n/a", "retention-only"),
    ("A: Capacity retention 88 % after 1,000 cycles. Impedance growth: 7 %.", "retention-and-resistance"),
])
def test_what_was_measured_after_the_cycles(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # What a product is able to do is a capability, not the condition a result was measured at.
    ("Our pack supports fast charging and a wide operating window.", None),
    ("The new line enables fast charging for delivery vans.", None),
    # A result measured at a practical rate is a condition.
    ("The cells were cycled with fast charging at 25 degC for 800 cycles.", "room-temperature"),
])
def test_a_capability_is_no_test_condition(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert reading(spec, text, "conditions") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Samples, availability or production dated by a quarter or half-year are a schedule: a roadmap.
    ("Availability: customer samples H1 2028", "announcements-only"),
    ("Launch Q4 2027 with first samples.", "announcements-only"),
    # Samples said to be out already are samples to customers.
    ("B-samples shipped to a customer in Q2 2025.", "pilot-line"),
    ("Pilot line in operation since Q1 2025, yield 81 %.", "pilot-line"),
])
def test_a_dated_sample_or_availability_is_a_roadmap(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "manufacturability") == expected


CHAT = ("[14:01] Olga (buyer): Hello, two quick questions.\n"
        "[14:02] Olga (buyer): Do the cells need a pressure jig?\n"
        "[14:02] Kenji (applications): {answer}\n"
        "[14:03] Olga (buyer): Thanks!\n")


@pytest.mark.parametrize(("answer", "expected"), [
    # A question asked in a chat is answered by the next speaker's turn; its own words ("pressure jig") claim nothing.
    ("No external pressure is needed, the cells are bonded into the module.", "no-external-pressure"),
    ("Not at all.", "no-external-pressure"),
    ("Yes, about 1 MPa during cycling.", "external-pressure"),
])
def test_a_question_in_a_chat_is_answered_by_the_next_turn(spec: ChecklistSpec, answer: str, expected: str) -> None:
    assert reading(spec, CHAT.format(answer=answer), "pressure") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A hybrid of two families is a mixture of them: a composite.
    ("Electrolyte: sulfide-polymer hybrid membrane, 30 um.", "composite"),
    ("We use a hybrid of a garnet oxide and a PEO polymer.", "composite"),
    # One family named alone stays that family.
    ("Electrolyte: polymer membrane, 30 um.", "polymer"),
])
def test_a_hybrid_of_two_families_is_a_composite(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert reading(spec, text, "electrolyte") == expected
