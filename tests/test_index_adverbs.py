"""An adverb in "-ly" and its adjective are one word of a question (advisor/retrieval/index.py: _adverb_pairs):
"mechanically" is asked of the passage that says "mechanical".

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.index import _adverb_pairs


@pytest.mark.parametrize(("words", "pairs"), [
    (["mechanically", "mechanical"], {("mechanically", "mechanical"), ("mechanical", "mechanically")}),
    (["ionically", "ionic"], {("ionically", "ionic"), ("ionic", "ionically")}),  # "-ically" of an "-ic" word
    (["easily", "easy"], {("easily", "easy"), ("easy", "easily")}),  # "-ily" of a "-y" word
    (["only", "on"], set()),  # too short to be an adverb of a word
    (["family", "famine"], set()),  # "-ly" of no adjective the vocabulary has
    (["mechanically"], set()),  # no adjective in the vocabulary
    (["solid state", "solid"], set()),  # a pair of words is no adverb
])
def test_adverbs_are_paired_with_their_adjectives(words: list[str], pairs: set[tuple[str, str]]) -> None:
    vocabulary = {w: i for i, w in enumerate(words)}
    found = {(words[a], words[b]) for a, b in _adverb_pairs(vocabulary).items()}
    assert found == pairs


def test_an_entry_saying_the_adjective_accounts_for_the_adverb(advisor: Advisor) -> None:
    index = advisor.retriever.index_
    position = next(i for i, e in enumerate(index.entries_) if e.id == "mechanics-bullets")
    entry = index.entries_[position]
    assert "mechanically" not in " ".join((entry.title, *entry.questions, entry.answer)).lower()  # "mechanical" only
    assert index.contains_word("mechanically", position)
    assert index.explained(index.vectorize("mechanically"), position, 0.0) == 1.0


@pytest.mark.parametrize(("question", "expected"), [
    # A claim that the solid is mechanically safe is answered by the passage on mechanics, not on interfaces.
    ("Every layer is mechanically solid, so mechanics is nothing to worry about, right?", "fracture"),
    # Both ways a cell fails, asked as adverbs: the list of the ways interfaces fail.
    ("Does the cell only fail chemically, or mechanically too?", "Chemical instability"),
    ("Why does lithium metal behave mechanically badly while cycling?", "Mechanical mismatch"),
])
def test_a_question_asked_with_an_adverb_is_answered_by_the_passage_using_its_adjective(
        advisor: Advisor, question: str, expected: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert expected in answer.text
