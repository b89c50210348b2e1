"""Synonym expansion and conservative spelling correction against the knowledge vocabulary."""

from __future__ import annotations

import itertools
import string
from collections import Counter

import pytest

from advisor.retrieval.ranking import Retriever
from advisor.retrieval.vocabulary import Correction, SpellingCorrector, Synonyms
from advisor.text import normalise

SYNONYMS = [
    ("li", "lithium"),
    ("li-ion", "lithium-ion"),
    ("ssb", "solid-state battery"),
    ("Sulphide", "sulfide"),
]


@pytest.mark.parametrize(("question", "expanded"), [
    ("li-ion vs li metal", "lithium ion vs lithium metal"),   # longest key wins over "li"
    ("SSB safety", "solid state battery safety"),             # keys are case-insensitive
    ("sulphide electrolytes", "sulfide electrolytes"),
    ("ssbs and lithium", "ssbs and lithium"),                 # whole words only: no "solid state batterys"
    ("slim client", "slim client"),                           # "li" inside a word is left alone
    ("", ""),
])
def test_synonyms_expand_whole_words_longest_key_first(question, expanded):
    assert Synonyms(SYNONYMS).expand(normalise(question)) == expanded


def test_no_synonyms_changes_nothing():
    assert Synonyms([]).expand("li ion") == "li ion"


def test_synonym_words_are_the_words_of_the_keys():
    assert Synonyms(SYNONYMS).words == {"li", "ion", "ssb", "sulphide"}


@pytest.fixture(scope="module")
def corrector(advisor) -> SpellingCorrector:
    return Retriever().fit(advisor.knowledge).reader_.corrector


@pytest.mark.parametrize(("typo", "word"), [
    ("elecrolyte", "electrolyte"),
    ("conductivty", "conductivity"),
    ("soild", "solid"),          # swapped letters count as one edit
    ("separater", "separator"),
    ("interfase", "interface"),
])
def test_typos_are_corrected_to_the_guides_word(corrector, typo, word):
    assert corrector.correct_word(typo) == Correction(typo, word, confident=True)


@pytest.mark.parametrize("word", ["phone", "tyre", "cake", "recipe", "guitar"])
def test_everyday_words_are_not_confidently_corrected(corrector, word):
    fix = corrector.correct_word(word)
    assert fix is None or not fix.confident


@pytest.mark.parametrize("word", ["ion", "sei", "gel", "abc", "x", "pass"])
def test_short_words_are_untouched(corrector, word):
    assert corrector.correct_word(word) is None


@pytest.mark.parametrize(("typed", "meant"), [("cel", "cell"), ("wrk", "work"), ("sate", "state")])
def test_a_dropped_letter_in_a_short_word_is_restored(corrector, typed, meant):
    fix = corrector.correct_word(typed)
    assert fix is not None and fix.corrected == meant


@pytest.mark.parametrize("word", ["electrolyte", "sulfides", "anode", "21700", "what"])
def test_known_words_and_numbers_are_untouched(corrector, word):
    assert corrector.correct_word(word) is None


def test_correct_replaces_only_the_typos(corrector):
    words, fixes = corrector.correct(["the", "soild", "elecrolyte", "layer"])
    assert words == ["the", "solid", "electrolyte", "layer"]
    assert [f.original for f in fixes] == ["soild", "elecrolyte"]


def test_ties_go_to_the_word_the_guide_uses_most():
    corrector = SpellingCorrector(Counter({"state": 9, "start": 1}))
    assert corrector.correct_word("stat").corrected == "state"


def test_correction_cache_is_bounded():
    corrector = SpellingCorrector(Counter({"electrolyte": 3}))
    words = ("".join(letters) for letters in itertools.product(string.ascii_lowercase, repeat=4))
    for word in itertools.islice(words, 50_500):
        corrector.correct_word(word)
    assert len(corrector._cache) <= 50_000


def test_the_plural_of_a_synonym_key_is_read_as_the_key():
    """"fires" is asked about as "fire" is; a short key's plural ("ssbs" is no plural of a word) and
    a longer word that merely starts with a key ("fireside") are left alone."""
    synonyms = Synonyms([("fire", "flammable"), ("box", "case"), ("catch fire", "flammable")])
    assert synonyms.expand("no more fires") == "no more flammable"
    assert synonyms.expand("they catch fires") == "they flammable"
    assert synonyms.expand("boxes and fireside") == "boxes and fireside"
    assert synonyms.expand("a box") == "a case"


@pytest.mark.parametrize(("typed", "plain"), [
    ("softer", "soft"), ("thinner", "thin"), ("easier", "easy"),
])
def test_a_comparative_the_knowledge_lacks_reads_as_its_plain_word(typed, plain):
    corrector = SpellingCorrector(Counter({"soft": 2, "safe": 2, "thin": 1, "easy": 1, "layer": 3}))
    assert corrector.plain_form(typed) == plain


@pytest.mark.parametrize("word", ["layer", "manager", "paper", "soft", "router"])
def test_known_words_and_unrelated_er_words_keep_their_form(word):
    corrector = SpellingCorrector(Counter({"soft": 2, "layer": 3, "man": 1, "route": 2}))
    assert corrector.plain_form(word) == word


@pytest.mark.parametrize(("text", "added"), [
    ("is an ev safer", ["electric vehicle"]),                 # one word typed, two written
    ("ssb or ev", ["solid state battery", "electric vehicle"]),
    ("lithium ion or li metal", []),                          # "li" becomes one word: nothing added
    ("mass production", []),                                  # two words for two words: typed together
    ("nothing to expand here", []),
])
def test_added_words_are_what_a_synonym_writes_beyond_the_words_typed(text, added):
    synonyms = Synonyms([*SYNONYMS, ("ev", "electric vehicle"), ("mass production", "mass produce")])
    assert synonyms.added_words(normalise(text)) == added


def test_no_synonyms_add_nothing():
    assert Synonyms([]).added_words("ev") == []
