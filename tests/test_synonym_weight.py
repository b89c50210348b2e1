"""A phrase the synonyms write for one word counts as one word of the question (advisor/retrieval/ranking.py,
Retriever._one_word_phrases; advisor/retrieval/index.py, Index.vectorize).

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.ranking import _abbreviates
from advisor.text import stem


@pytest.mark.parametrize(("key", "value", "expected"), [
    ("ssb", "solid-state battery", True),
    ("libs", "lithium-ion batteries", True),
    ("se", "solid electrolyte", True),
    ("hype", "marketing buzzword", False),
    ("cracking", "crack fracture", False),
])
def test_an_abbreviation_is_made_of_its_values_initials(key: str, value: str, expected: bool) -> None:
    assert _abbreviates(key, value) is expected


def test_a_one_word_paraphrase_is_one_word_of_the_question(advisor: Advisor) -> None:
    retriever = advisor.retriever
    phrases = retriever._one_word_phrases(retriever.prepare("is all this hype deserved?"))
    assert phrases == {(stem("marketing"), stem("buzzword")): 0.5}


@pytest.mark.parametrize("question", [
    "what does SSB mean?",  # an abbreviation stands for each of its words
    "how do all solid state cells work?",  # a tag added beside the words typed
    "how does the anode work?",  # nothing rewritten
])
def test_abbreviations_and_tags_count_in_full(advisor: Advisor, question: str) -> None:
    retriever = advisor.retriever
    assert retriever._one_word_phrases(retriever.prepare(question)) == {}


def test_the_phrase_weighs_as_one_word_in_the_vector(advisor: Advisor) -> None:
    retriever = advisor.retriever
    query = retriever.prepare("why all the hype around lithium metal anodes?")
    plain = retriever.index_.vectorize(query.prepared)
    shared = retriever.index_.vectorize(query.prepared, phrases=retriever._one_word_phrases(query))
    assert plain.asked_share is None
    assert shared.asked_share is not None and sorted(shared.asked_share)[:2] == [0.5, 0.5]


@pytest.mark.parametrize(("question", "says"), [
    # The one word a synonym writes in two no longer outweighs the subject asked about. (Asked why, the
    # passage giving the reason answers rather than the yes/no FAQ: see test_twenty_fourth_round.py.)
    ("why all the hype around lithium metal anodes?", "pairing a solid electrolyte with a lithium metal anode"),
    ("is the hype about solid electrolytes being safer true?", "They can reduce some risks"),
])
def test_a_paraphrased_word_does_not_outweigh_the_subject(advisor: Advisor, question: str, says: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert says in answer.text.split("\n")[0]
