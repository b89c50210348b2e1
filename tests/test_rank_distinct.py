"""The entries that compete on how much of a question they account for are different answers
(advisor/retrieval/ranking.py): a table row and its cells take one place.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import numpy as np
import pytest

from advisor import Advisor
from advisor.retrieval.ranking import _distinct_rows_first, _first_answers


def test_a_rows_cells_take_one_place_among_the_first(advisor: Advisor) -> None:
    entries = advisor.retriever.index_.entries_
    position = {e.id: i for i, e in enumerate(entries)}
    ids = ["routes/conventional", "routes/conventional/picture", "routes/conventional/reality",
           "separator-changes-jobs", "routes/semi-solid/picture", "faq-separator"]
    order = np.array([position[i] for i in ids], dtype=np.intp)
    distinct = [entries[i].id for i in _distinct_rows_first(order, entries, 3)]
    assert distinct[:3] == ["routes/conventional", "separator-changes-jobs", "routes/semi-solid/picture"]
    assert sorted(distinct) == sorted(ids)  # nothing lost, the rest in their order
    assert distinct[3:] == ["routes/conventional/picture", "routes/conventional/reality", "faq-separator"]


@pytest.mark.parametrize("question", [
    "Do solid-state cells follow other physics than an ordinary lithium-ion cell?",
    "Is the physics inside a solid-state battery different from a li-ion battery?",
])
def test_a_passage_behind_a_rows_cells_still_competes(advisor: Advisor, question: str) -> None:
    """The row named ("lithium-ion") fills the first places with its cells; the passage that accounts
    for the question's own subject ("physics") answers."""
    answer = advisor.ask(question)
    assert answer.found
    assert answer.entry_ids == ("separator-changes-jobs",)
    assert "does not break battery physics" in answer.text


def test_the_guides_own_subject_words_are_used_by_most_entries(advisor: Advisor) -> None:
    index = advisor.retriever.index_
    share = advisor.retriever.tuning.rerank_subject_share
    assert index.share_of_entries("battery") > share
    assert index.share_of_entries("batteries") > share  # as the index reads it
    assert index.share_of_entries("conductivity") < share
    assert index.share_of_entries("electrons") < share
    assert index.share_of_entries("zzzz") == 0.0


@pytest.mark.parametrize("question", [
    "With high conductivity in the solid electrolyte, the battery is sorted, right?",
    "Is conductivity all a solid electrolyte needs for a good battery?",
])
def test_which_entry_also_says_battery_does_not_decide(advisor: Advisor, question: str) -> None:
    """The passage saying a good electrolyte is not just conductive answers, though another close one also
    uses "battery", a word most entries use."""
    answer = advisor.ask(question)
    assert answer.found
    assert answer.entry_ids == ("zhao-good-electrolyte",)
    assert "not just ionically conductive" in answer.text


def test_the_best_answers_are_cut_after_k_different_ones(advisor: Advisor) -> None:
    """A row and its cells are one answer, so the ranking keeps k different answers, not k entries."""
    entries = advisor.retriever.index_.entries_
    position = {e.id: i for i, e in enumerate(entries)}
    ids = ["layers/separator", "layers/separator/solid-state", "layers/separator/conventional",
           "separator-changes-jobs", "faq-separator", "layers"]
    order = np.array([position[i] for i in ids], dtype=np.intp)
    assert [entries[i].id for i in _first_answers(order, entries, 3)] == ids[:5]
    assert [entries[i].id for i in _first_answers(order, entries, 1)] == ids[:3]


@pytest.mark.parametrize("question", [
    # Yes/no questions whose row and cells fill the first places: the FAQ written to answer it still competes.
    "Is the electrolyte handling the separator job in these cells?",
    "Is the separator job now done by the solid electrolyte?",
])
def test_a_verdict_behind_a_rows_cells_still_answers(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert answer.text.startswith("Usually yes")
