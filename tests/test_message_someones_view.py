"""A question about what someone said, named by whose it is ("Is the manager's view right?", "Is the chemist's
theory sound?"), asks about the sentence saying it, as "Is that claim right?" does, even past a sentence of
small talk between them.

Our own messages, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize(("message", "entry"), [
    ("Our purchasing manager holds the view that lithium metal anodes come in every solid-state cell. I have "
     "doubts. Is the manager's view right?", "faq-lithium-metal"),
    ("At our book club a retired chemist offered the theory that a solid-state cell needs no separator job at "
     "all. I am curious. Is the chemist's theory sound?", "layers/separator/solid-state"),
])
def test_someones_view_is_the_sentence_saying_it(advisor: Advisor, message: str, entry: str) -> None:
    answer = advisor.ask(message)
    assert answer.found
    assert answer.entry_ids[0] == entry
