"""A sentence asking two things: answered whole when the whole sentence agrees on the entry with a
later part that points back at the first (one question asked in two steps), else by its first part
(two questions, the second offered back).

Our own examples, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor.retrieval.message import clauses


@pytest.mark.parametrize("question", [
    # The later part points back at the first ("it"): the whole sentence reads it best.
    "Is a solid-state cell a totally new way of storing energy, or does it still have a cathode and an anode?",
    "What is the real difference between semi-solid and all-solid-state designs, and which one reaches the market "
    "first?",
    "Do solid electrolytes crack under cycling, and what do softer layers do about it?",
])
def test_a_sentence_whose_parts_agree_with_the_whole_is_answered_whole(advisor, question):
    whole = advisor.retriever.retrieve(question)
    parts = [advisor.retriever.retrieve(c) for c in clauses(question)]
    assert whole.found and whole.best is not None
    assert any(p.best is not None and p.best.id == whole.best.id for p in parts)
    answer = advisor.ask(question)
    assert answer.entry_ids[0] == whole.best.id
    assert not set(clauses(question)) & set(answer.suggestions)


@pytest.mark.parametrize("question", [
    # The whole agrees with the first part: the second is still a question of its own.
    "Can a ceramic electrolyte crack, and what helps against that?",
    # The whole sentence agrees only with the second, unrelated question: the first is the main one.
    "How do ions move through a solid electrolyte, and what is the nominal voltage of the AB-50AH?",
    # The whole sentence is a blend that neither part answers with.
    "Why do sulfides need a dry room, and who wrote the benchmarking paper?",
])
def test_a_sentence_asking_two_unrelated_things_is_answered_by_its_first_part(advisor, question):
    first, second = clauses(question)
    answer = advisor.ask(question)
    assert answer.entry_ids[0] == advisor.retriever.retrieve(first).best.id
    # The second is answered after it, when another passage answers it and both fit; else offered back.
    assert (second in answer.suggestions) != (len(answer.entry_ids) > 1)
