"""One normalisation for the whole library: what "the same words" means."""

from __future__ import annotations

import pytest

from advisor.text import STOP_WORDS, analyse, clean, content_words, normalise, stem, tokens


@pytest.mark.parametrize(("typed", "cleaned"), [
    ("solid\u200bstate", "solidstate"),             # zero-width space
    ("ano\u200dde\ufeff", "anode"),                  # zero-width joiner, byte-order mark
    ("ions\x00 move\x07", "ions move"),              # NUL and bell
    ("cell\x1b[31m", "cell[31m"),                    # escape character, the rest is text
    ("\u202eright-to-left", "right-to-left"),        # bidi override is invisible
    ("ＳＳＢ", "SSB"),                                # full-width letters (NFKC)
    ("\ufb01ne", "fine"),                            # ligature (NFKC)
    ("solid\u2014state \u2013 cells", "solid-state - cells"),  # em and en dash
    ("it\u2019s", "it's"),                           # curly apostrophe
    ("  many \n\t spaces  ", "many spaces"),
    ("Keeps Case and café", "Keeps Case and café"),
])
def test_clean_removes_invisible_characters_and_folds_punctuation(typed, cleaned):
    assert clean(typed) == cleaned


@pytest.mark.parametrize(("typed", "normalised"), [
    ("Solid-State Battery?", "solid state battery"),
    ("solid\u2011state", "solid state"),             # non-breaking hyphen
    ("sulfide/oxide", "sulfide oxide"),
    ("Électrolyte naïve", "electrolyte naive"),
    ("AB-21700 (3.7 V)", "ab 21700 3 7 v"),
    ("What\u2019s the catch?!", "what's the catch"),
    ("<b>anode</b>", "b anode b"),
    ("", ""),
    ("\u200b\u200b", ""),
])
def test_normalise_is_lower_case_accent_and_punctuation_free(typed, normalised):
    assert normalise(typed) == normalised


def test_normalise_is_idempotent():
    text = "Are Solid–State batteries SAFER than Li‑ion? ¿Qué?"
    assert normalise(normalise(text)) == normalise(text)


@pytest.mark.parametrize(("word", "stemmed"), [
    ("oxides", "oxide"),
    ("cells", "cell"),
    ("batteries", "battery"),
    ("boxes", "box"),
    ("process", "process"),
    ("status", "status"),
    ("analysis", "analysis"),
    ("ions", "ion"),
    ("gas", "gas"),   # short words are left alone
    ("21700s", "21700s"),
])
def test_stem_only_removes_plurals(word, stemmed):
    assert stem(word) == stemmed


def test_content_words_drop_question_phrasing_and_keep_numbers():
    assert content_words(normalise("What is the energy density of the 21700, please?")) == [
        "energy", "density", "21700"]


def test_analyse_normalises_drops_stop_words_and_stems():
    assert analyse("Why do OXIDES crack?") == ["oxide", "crack"]


def test_tokens_splits_normalised_text():
    assert tokens("solid state battery") == ["solid", "state", "battery"]


def test_question_words_are_stop_words():
    assert {"what", "how", "tell", "explain", "compare"} <= STOP_WORDS
