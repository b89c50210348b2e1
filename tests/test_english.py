"""English itself, apart from any guide: word frequency, chat shorthand, names."""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.english import (
    expand_shorthand,
    is_adverb,
    is_ordinary,
    is_ordinary_form,
    is_shouted,
    names_in,
    request_verb,
    zipf,
)


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


def test_text_speak_spellings_of_everyday_words_are_read_as_those_words():
    """"shud", "batt", "wrk", "gimme" are how people type "should", "battery", "work", "give me":
    no evidence the question is about something the guide never mentions."""
    words = ["ok", "yo", "how", "shud", "a", "batt", "wrk", "gimme", "whos", "th", "chem"]
    assert expand_shorthand(words, known=set()) == [
        "how", "should", "a", "battery", "work", "give", "me", "who", "is", "the", "chemistry"]


def test_a_dropped_g_is_put_back_only_when_that_makes_an_english_word():
    assert expand_shorthand(["braggin", "chargin", "begin", "cabin", "qwertin"], known=set()) == [
        "bragging", "charging", "begin", "cabin", "qwertin"]


def test_names_are_capitalised_words_inside_a_sentence():
    assert names_in("Does Toyota use it? Ask QuantumScape's team. Where do I start") >= {
        "toyota", "quantumscape's", "quantumscape"}
    assert "does" not in names_in("Does Toyota use it?")
    assert "i" not in names_in("Can I ask something?")


@pytest.mark.parametrize(("text", "names"), [
    ("We met on Tuesday to discuss Panasonic cells", {"panasonic"}),
    ("Since January my team in Leeds has tested pouch cells", {"leeds"}),
    ("Over Saturday's lunch, my niece asked how they charge", set()),
    ("Is it true that in May and October the new cells ship?", set()),
])
def test_days_and_months_are_no_names(text, names):
    assert names_in(text) == names


def test_a_shouted_message_has_no_names():
    assert names_in("WHY DO THESE CELLS NEED PRESSURE") == frozenset()


def test_a_common_word_in_capitals_is_emphasis_not_a_name():
    names = names_in("These cells carry NEVER any danger, says NASA, and BMW agrees with the USA")
    assert "never" not in names
    assert {"nasa", "bmw", "usa"} <= names


@pytest.mark.parametrize(("word", "shouted"), [("NEVER", True), ("ZERO", True), ("NASA", False), ("UK", False),
                                               ("Never", False), ("LLZO", False)])
def test_shouted_words(word, shouted):
    assert is_shouted(word) is shouted


@pytest.mark.parametrize(("word", "adverb"), [
    ("surely", True), ("eventually", True), ("basically", True), ("happily", True), ("probably", True),
    ("family", False), ("supply", False), ("assembly", False), ("anomaly", False), ("reply", False), ("only", False),
    ("interface", False),
])
def test_adverbs_are_made_from_english_words(word, adverb):
    assert is_adverb(word, cutoff=3.0) is adverb


@pytest.mark.parametrize("word", ["the", "safer", "seminar", "electrolyte", "inhomogeneity", "i'd", "quantumscape"])
def test_frequencies_read_from_wordfreqs_data_equal_its_own(word):
    from wordfreq import zipf_frequency

    expected = zipf_frequency(word, "en")
    assert zipf(word) == (expected if expected >= 1.5 else 0.0)


@pytest.mark.parametrize(("question", "verb"), [
    ("tabulate the options we have", "tabulate"),
    ("outline how a kettle heats water", "outline"),
    ("list three rivers in spain", "list"),
    ("why is the sky blue", None),          # a question word opens a question, not a request
    ("is the shop open", None),             # a function word is no instruction verb
    ("rivers the size of lakes", "rivers"),  # the shape alone decides; the topic check is the caller's
    ("kettles boil water", None),
])
def test_an_opening_instruction_verb_is_found_by_what_follows_it(question, verb):
    assert request_verb(question.split()) == verb


@pytest.mark.parametrize(("claim", "plain"), [
    ("Lithium penetration is still a failure mode of solid-state cells, correct?",
     "Lithium penetration is still a failure mode of solid-state cells?"),
    ("Interfaces decide whether the cell keeps its performance, can you confirm?",
     "Interfaces decide whether the cell keeps its performance?"),
])
def test_a_confirmation_tag_is_how_a_claim_is_asked_not_what_about(advisor, claim: str, plain: str) -> None:
    """"..., correct?" and "can you confirm?" (CONFIRMATION_WORDS) neither count against the scope
    decision nor change the answer: the same entry, with the same confidence."""
    from advisor.retrieval.english import CONFIRMATION_WORDS
    assert {"correct", "confirm"} <= CONFIRMATION_WORDS
    tagged, untagged = advisor.ask(claim), advisor.ask(plain)
    assert tagged.found and tagged.entry_ids == untagged.entry_ids
    assert tagged.confidence == pytest.approx(untagged.confidence)


@pytest.mark.parametrize(("word", "ordinary"), [
    ("ironed", True), ("converging", True), ("brags", True), ("stopped", True),   # forms of everyday words
    ("fmlies", False), ("dopants", False), ("quantumscape", False), ("sing", True), ("bed", True),
])
def test_a_regular_form_of_an_everyday_word_is_ordinary(word, ordinary):
    assert is_ordinary_form(word, cutoff=3.0) is ordinary


@pytest.mark.parametrize(("typed", "meant"), [
    ("hw", "how"),
    ("wat", "what"),
    ("wht", "what"),
    ("thru", "through"),
    ("wot", "what"),
    ("wiv", "with"),
])
def test_shorthand_listed_among_the_stop_words_is_still_spelled_out(advisor: Advisor, typed: str, meant: str) -> None:
    # Stop words are among the known words, but are no words of the knowledge's own: shorthand stays shorthand.
    assert advisor.retriever.prepare(f"{typed} is it").prepared.split()[0] == meant


def test_hw_much_asks_for_a_figure(advisor: Advisor) -> None:
    answer = advisor.ask("hw much sulfur is in a sulfide electrolyte")
    assert not answer.found
    assert "gives no figure" in answer.text


@pytest.mark.parametrize(("text", "names"), [
    ("ProLogium's cells, how do they handle stack pressure?", {"prologium", "prologium's"}),
    ("Sulfides: what makes them fast?", set()),
    ("Why do sulfides react with moisture? Toyota says so.", set()),
])
def test_a_capital_inside_the_first_word_names_something(text: str, names: set[str]) -> None:
    # The first word of a sentence has its capital anyway; one with another capital inside is a name.
    assert names_in(text) == names


def test_a_company_named_first_is_not_asked_about(advisor: Advisor) -> None:
    assert not advisor.ask("ProLogium's cells, how do they handle stack pressure?").found


def test_words_in_capitals_next_to_each_other_are_shouted_not_names():
    from advisor.retrieval.english import names_in
    assert names_in("Quick one on INTERFACE FAILURE MECHANISMS for my notes: what goes wrong where the solid "
                    "layers meet in these cells?") == frozenset()
    # An acronym standing alone in a sentence is still a name.
    assert "nasa" in names_in("Does NASA use these cells?")
