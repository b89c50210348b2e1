"""A question naming only an aspect ("wh per kg?", "What is the energy density?") after a sentence naming a
row ("prismatic cell on the list.") asks about that row. A word of a paper's title in a table of sources
("... safe, energy-dense batteries") names no thing of its own, so "energy" stays an aspect of the products,
as "density" is.

Our own messages, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize(("message", "entry_id"), [
    ("prismatic cell on the list. wh per kg?", "products/ab-100ah/energy-density"),
    ("Looking at the AB-100AH. What is the energy density?", "products/ab-100ah/energy-density"),
    ("that pouch cell in the table. how much energy per kg?", "products/ab-50ah/energy-density"),
    ("the cylindrical one in the table. energy density?", "products/ab-21700/energy-density"),
])
def test_an_aspect_asked_after_a_sentence_naming_a_row_is_that_rows(advisor: Advisor, message: str,
                                                                     entry_id: str) -> None:
    answer = advisor.ask(message)
    assert answer.found and answer.entry_ids[0] == entry_id


@pytest.mark.parametrize("fragment", ["energy density?", "wh per kg?", "how much energy per kg?"])
def test_a_word_of_a_long_title_names_no_thing(advisor: Advisor, fragment: str) -> None:
    assert advisor.on_topic(fragment) and not advisor.names_subject(fragment)
