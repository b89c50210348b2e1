"""The pre-fill's readings broadened after the thirty-second blind set (session twenty-seven).

None of these texts is a copy of a blind set's; each mechanism has texts in several forms, and a text that keeps the
old reading beside them.
"""

from __future__ import annotations

import pytest
from prefill_reading import reading

from advisor.checklist.spec import ChecklistSpec


@pytest.mark.parametrize(("text", "step", "expected"), [
    # Cells assembled by hand are one-off cells, as cells built or made by hand are ...
    ("Every cell is hand-assembled in our university workshop.", "manufacturability", "announcements-only"),
    ("Notes: the demonstrator cells are assembled by hand for each customer.", "manufacturability",
     "announcements-only"),
    ("Production: hand assembled in the lab, 20 cells a month", "manufacturability", "announcements-only"),
    # ... while cells assembled on a pilot line are its evidence.
    ("The cells are assembled on our pilot line with a yield of 91 %.", "manufacturability", "pilot-line"),
])
def test_cells_assembled_by_hand_are_one_off_cells(spec: ChecklistSpec, text: str, step: str,
                                                   expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A protective threshold is a bound the product guards, not the temperature a result was measured at, in prose ...
    ("Gateway notes: alarm above 58 °C pack temperature; SOC pushed every minute.", "conditions", None),
    ("The BMS shuts down the pack above 65 °C.", "conditions", None),
    ("Cells cycled at 25 °C and 1C; the over-temperature warning is set to 50 °C.", "conditions",
     "room-temperature"),
    # ... or in a row its label names ...
    ("Over-temperature cut-off: 70 °C\nCapacity: 5 Ah", "conditions", None),
    # ... while a test's own temperature is read.
    ("Cycled at 55 °C for 500 cycles.", "conditions", "elevated-temperature"),
])
def test_a_protective_threshold_is_no_test_condition(spec: ChecklistSpec, text: str, step: str,
                                                     expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A range reaching below freezing is the weather's or a window the product is kept in, not a test's temperature,
    # whatever its upper end ...
    ("Outdoor temperatures over the trial: -12 °C to +28 °C. After 600 cycles the packs kept 94 % of capacity.",
     "conditions", None),
    ("Site temperatures ranged from -5 to 30 °C during the year.", "conditions", None),
    ("Yard temperatures (14 F to 86 F) were logged; test temperature and rate: confidential.", "conditions",
     "not-disclosed"),
    # ... where a test's own band is read.
    ("Cells were cycled at 20-25 °C and 1C.", "conditions", "room-temperature"),
    ("The cells were cycled at 5 to 30 °C.", "conditions", "room-temperature"),
])
def test_a_range_reaching_below_freezing_is_no_test_temperature(spec: ChecklistSpec, text: str, step: str,
                                                                expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # How long a site or a fleet has been in service weighs where results came from, as a distance run does: a product
    # format named apart from the results is not where they were measured ...
    ("Vendor sheet: 100 Ah prismatic cells.\n\nFindings:\n- Cabinets in service since June 2023.\n"
     "- Counter: 1,240 cycles. Capacity check: 95 % of rated energy.", "format", "vehicle-test"),
    ("The manual lists 21700 cylindrical cells. The packs have been in service for 20 months on the ferry. "
     "Measured after 700 cycles: 92 % capacity.", "format", "vehicle-test"),
    # ... while a format named in the sentence reporting the results is theirs.
    ("The storage system is in service since 2024. In 50 Ah pouch cells we measured 96 % retention after 800 "
     "cycles.", "format", "pouch-prototype"),
    ("Vendor sheet: 100 Ah prismatic cells.\n\nFindings:\n- Cabinets installed in June 2023.\n"
     "- Counter: 1,240 cycles. Capacity check: 95 % of rated energy.", "format", "pouch-prototype"),
])
def test_a_time_in_service_weighs_where_results_came_from(spec: ChecklistSpec, text: str, step: str,
                                                          expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A "how" question asks for the amount it names ("how much", "how many") or for how what it names changed: it
    # states neither ...
    ("Cells passed 900 cycles. How much remaining capacity did they have?", "after-cycles", "headline-only"),
    ("Cells passed 900 cycles. How did the internal resistance evolve?", "after-cycles", "headline-only"),
    ("The stacks ran 600 cycles. What was left, and how has the DCIR developed since?", "after-cycles",
     "headline-only"),
    # ... while a statement of the change, or a question of manner taking it for granted, states it.
    ("Cells passed 900 cycles; the internal resistance evolved from 10 to 12 mOhm.", "after-cycles",
     "retention-and-resistance"),
    ("How do our cells keep 95 % capacity retention after 900 cycles? Thanks to the interlayer.", "after-cycles",
     "retention-only"),
])
def test_a_how_question_states_nothing_of_what_it_asks_about(spec: ChecklistSpec, text: str, step: str,
                                                             expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # The end-of-test data are what was measured after cycling (the guide's follow-up asks for them): a refusal of them
    # declines the step, in a row or in prose ...
    ("Pouch cells ran 1,000 cycles. End-of-test data: confidential.", "after-cycles", "not-disclosed"),
    ("The end-of-test data are only released under NDA. The cells ran 800 cycles.", "after-cycles", "not-disclosed"),
    ("The stacks ran 400 cycles. \"We do not share end of test data,\" the CTO said.", "after-cycles",
     "not-disclosed"),
    # ... and end-of-test data given are read.
    ("Pouch cells ran 1,000 cycles. End of test data: 93 % capacity retention.", "after-cycles", "retention-only"),
])
def test_end_of_test_data_name_what_was_measured_after_cycling(spec: ChecklistSpec, text: str, step: str,
                                                               expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A refusal of whether the cell holds a liquid or gel electrolyte withholds the route, what is liquid or gel, not
    # the family of the solid electrolyte ...
    ("Asked whether the cells are semi-solid or contain any gel electrolyte, the maker said: confidential.",
     "electrolyte", None),
    ("Asked whether the cells are semi-solid or contain any gel electrolyte, the maker said: confidential.", "route",
     "not-disclosed"),
    ("Whether any liquid electrolyte remains in the cell is proprietary information we cannot share.",
     "electrolyte", None),
    # ... while a refusal of the electrolyte itself withholds its family.
    ("The electrolyte is confidential.", "electrolyte", "not-disclosed"),
    ("The solid electrolyte composition is proprietary information we cannot share.", "electrolyte",
     "not-disclosed"),
])
def test_a_refusal_of_a_liquid_or_gel_electrolyte_withholds_the_route(spec: ChecklistSpec, text: str, step: str,
                                                                     expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A refusal of the step in a later item of a list outranks a fallback read in an earlier item, as a later sentence
    # of a paragraph does: the items answer one by one ...
    ("- Lab result: 85 % of its capacity kept after 250 cycles at 25 °C.\n"
     "- How many have you built? Production volumes are confidential.", "manufacturability", "not-disclosed"),
    ("* Lab data: 91 % retention after 400 cycles\n* Electrolyte: oxide\n"
     "* Units shipped? Our production volumes are confidential.", "manufacturability", "not-disclosed"),
    # ... where it names the step in words of its own.
    ("- Lab result: 85 % of its capacity kept after 250 cycles.\n- Battery pricing is confidential.",
     "manufacturability", "announcements-only"),
])
def test_a_refusal_in_a_later_item_of_a_list_outranks_a_fallback(spec: ChecklistSpec, text: str, step: str,
                                                                 expected: str | None) -> None:
    assert reading(spec, text, step) == expected


@pytest.mark.parametrize(("text", "step", "expected"), [
    # A cycle life a row's label calls rated or warranted is a rating: the share it is counted to is its end-of-life
    # criterion, no capacity measured after cycling ...
    ("Rated cycle life: 3,000 cycles to 70 %\nWeight: 2 kg", "after-cycles", "headline-only"),
    ("| Cycle life (warranted) | 4,000 cycles to 80 % SOH |\n| Weight | 2 kg |", "after-cycles", "headline-only"),
    ("Cycle life (rated): 1,200 cycles to 80 % SoH. Basis: pouch cells cycled at 25 °C.", "after-cycles",
     "headline-only"),
    # ... while a cycle life counted to a share, not called rated, is the capacity retained then, and retention
    # measured beside a rating is read.
    ("Cycle life: 2,000 cycles to 80 % SOH", "after-cycles", "retention-only"),
    ("Rated cycle life: 2,000 cycles\nCapacity retention after 500 cycles: 95 %", "after-cycles", "retention-only"),
    # (A rated life whose label names no cycle count reads its share as the capacity left, the count a rating test
    # ran to.)
    ("| Rated life | rated for 2,500 cycles to 75 % capacity |\n| Weight | 3 kg |", "after-cycles", "retention-only"),
])
def test_a_rated_cycle_life_is_a_headline_count(spec: ChecklistSpec, text: str, step: str,
                                                expected: str | None) -> None:
    assert reading(spec, text, step) == expected
