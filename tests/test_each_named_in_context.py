""""whats the weak spot of each one" points at the rows the message named around it, as "these" and "both"
do; and a verb's "-s" form before a row's name ("some guy swears polymers are ...") says something of the row,
it makes no compound naming another thing ("a cream separator" still does).

Our own messages, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize(("text", "rows"), [
    ("my cousin swears polymers are the future", ["polymers"]),
    ("a lecturer reckons oxides are too brittle", ["oxides"]),
    ("is a cream separator any good?", []),
])
def test_a_verb_before_a_row_name_still_names_the_row(advisor: Advisor, text: str, rows: list[str]) -> None:
    assert [m.row_id for m in advisor.retriever.prepare(text).mentions] == rows


def test_each_one_points_at_every_row_named_around_it(advisor: Advisor) -> None:
    message = ("I keep reading about electrolytes. A podcast says sulfides win, my cousin swears polymers are the "
               "future and a lecturer prefers oxides. so whats the weak spot of each one")
    answer = advisor.ask(message)
    assert answer.found
    for drawback in ("Moisture sensitivity", "brittleness", "room-temperature conductivity"):
        assert drawback in answer.text
