"""English itself, apart from any guide: word frequency, chat shorthand, names."""

from __future__ import annotations

import pytest

from advisor.retrieval.english import expand_shorthand, is_ordinary, names_in, zipf


@pytest.mark.parametrize(("word", "ordinary"), [
    ("weekend", True), ("seminar", True), ("manager", True),
    ("inhomogeneity", False), ("quantumscape", False), ("xqzvt", False), ("", False), ("3.7", False),
])
def test_ordinary_words(word, ordinary):
    assert is_ordinary(word, cutoff=3.0) is ordinary


def test_chat_shorthand_is_spelled_out_and_stretched_letters_folded():
    words = ["wat", "r", "the", "issues", "w", "sooo", "many", "cellz"]
    assert expand_shorthand(words, known={"cells"}) == ["what", "are", "the", "issues", "with", "so", "many", "cells"]


def test_a_word_the_knowledge_uses_is_not_treated_as_shorthand():
    assert expand_shorthand(["r", "w"], known={"w"}) == ["are", "w"]


def test_names_are_capitalised_words_inside_a_sentence():
    assert names_in("Does Toyota use it? Ask QuantumScape's team. Where do I start") >= {
        "toyota", "quantumscape's", "quantumscape"}
    assert "does" not in names_in("Does Toyota use it?")
    assert "i" not in names_in("Can I ask something?")


def test_a_shouted_message_has_no_names():
    assert names_in("WHY DO THESE CELLS NEED PRESSURE") == frozenset()


@pytest.mark.parametrize("word", ["the", "safer", "seminar", "electrolyte", "inhomogeneity", "i'd", "quantumscape"])
def test_frequencies_read_from_wordfreqs_data_equal_its_own(word):
    from wordfreq import zipf_frequency

    expected = zipf_frequency(word, "en")
    assert zipf(word) == (expected if expected >= 1.5 else 0.0)
