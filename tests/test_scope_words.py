"""How the scope decision reads words: a word's forms share its topic, a verb in -ies is a form of an
everyday word, and a dropped g is put back when the g-form is far more common.

Our own words and questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

from collections import Counter

import pytest

from advisor.retrieval.english import expand_shorthand, is_ordinary_form
from advisor.retrieval.query import topical_words


def test_the_forms_of_a_word_together_decide_whether_it_is_topical() -> None:
    """"layer" (Zipf 4.4) alone is used often enough to be topical, "layers" (4.2) alone is not;
    together they are one subject, so a question writing either names it."""
    vocabulary = Counter({"the": 9986, "layer": 10, "layers": 4})
    assert topical_words(vocabulary, lift=1.5) == {"layer", "layers"}
    # Neither form often enough, nor both together: not topical.
    assert topical_words(Counter({"the": 9996, "layer": 2, "layers": 2}), lift=1.5) == frozenset()


def test_the_bundled_knowledge_reads_both_forms_of_its_subject_words_as_topical(advisor) -> None:
    topical = advisor.retriever.reader_.topical
    assert {"layer", "layers", "electrode", "electrodes"} <= topical


@pytest.mark.parametrize(("word", "ordinary"), [
    ("classifies", True), ("tallied", True), ("envies", True), ("modifies", True),  # "classify", "tally", ...
    ("dopies", False),  # no English word "dopy" common enough
])
def test_a_verb_or_plural_in_ies_is_a_form_of_its_word_in_y(word: str, ordinary: bool) -> None:
    assert is_ordinary_form(word, cutoff=3.0) is ordinary


def test_a_dropped_g_is_put_back_when_the_g_form_is_far_more_common() -> None:
    """"keepin" and "pullin" are words of their own in chat and lyrics (Zipf about 2.7), but
    "keeping" and "pulling" are fifty times as common; "raisin" is a word, not "raising"."""
    assert expand_shorthand(["keepin", "pullin", "lookin", "raisin", "cabin"], known=set()) == [
        "keeping", "pulling", "looking", "raisin", "cabin"]


@pytest.mark.parametrize(("question", "head"), [
    ("Is a solid-state or a valve amplifier better for jazz?", "amplifier"),
    ("Which lasts longer, a solid-state or a spinning hard drive?", "drive"),
])
def test_a_noun_a_term_of_the_guide_shares_by_or_is_what_the_question_is_about(advisor, question: str,
                                                                               head: str) -> None:
    """"a solid-state or a valve amplifier": the amplifier is what is solid-state, as in "a solid-state
    amplifier"; a word the knowledge never uses, so as specific as a rare term."""
    assert head in advisor.retriever.prepare(question).unknown
    assert not advisor.ask(question).found


@pytest.mark.parametrize("question", [
    "Is a solid-state or a semi-solid battery safer?",
    "Are solid-state and lithium-ion cells built from the same layers?",  # ends at the guide's noun, "cells"
])
def test_a_noun_of_the_guide_shared_by_or_is_still_the_guides_subject(advisor, question: str) -> None:
    assert not advisor.retriever.prepare(question).unknown
    assert advisor.ask(question).found


@pytest.mark.parametrize("question", [
    "Who calls the electrolyte the heart of this solid-state idea?",
    "Is the solid-state hype about anodes or electrolytes?",
    "Which paper treats the electrolyte as central to the solid-state concept?",
])
def test_a_notion_after_a_term_of_the_guide_names_no_other_thing(advisor, question: str) -> None:
    """"the solid-state idea" is the guide's subject as a notion (english.NOTION_NOUNS), not another device
    the way "a solid-state drive" is: the noun after the term is no evidence of another topic."""
    query = advisor.retriever.prepare(question)
    assert not {"idea", "hype", "concept"} & set(query.unknown)


def test_a_device_after_a_term_of_the_guide_is_still_another_thing(advisor) -> None:
    assert "drive" in advisor.retriever.prepare("How long does a solid-state drive last?").unknown
