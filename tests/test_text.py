"""One normalisation for the whole library: what "the same words" means."""

from __future__ import annotations

import re

import pytest

from advisor.text import (
    STOP_WORDS,
    analyse,
    clean,
    closest,
    content_words,
    escape_markdown,
    fold,
    fold_words,
    normalise,
    one_line,
    stem,
    tokens,
    word_spans,
)


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


# --------------------------------------------------------------------------- clean(keep_lines=True)

@pytest.mark.parametrize(("pasted", "cleaned"), [
    ("line one\r\nline two\rline three", "line one\nline two\nline three"),
    ("page one\x0cpage two\u2028three", "page one\npage two\nthree"),     # form feed, line separator
    ("  many \t spaces  \n  here ", "many spaces\nhere"),
    ("solid\u200bstate \u2014 cells\x00", "solidstate - cells"),          # the same cleaning as clean()
    ("60 \u2103", "60 °C"),                                                # NFKC
])
def test_clean_can_keep_the_lines_of_a_pasted_document(pasted, cleaned):
    assert clean(pasted, keep_lines=True) == cleaned


def test_clean_keeping_lines_is_clean_within_each_line():
    text = "Électrolyte\u2011based \u200bcell\n\n 5\u00a0MPa  stack pressure "
    assert [clean(line) for line in clean(text, keep_lines=True).split("\n")] == [
        clean(line) for line in text.split("\n")]


# --------------------------------------------------------------------------- fold and the words of a text

@pytest.mark.parametrize(("text", "folded"), [
    ("Électrolyte NAÏVE", "electrolyte naive"),
    ("supplier\u2019s d\u2018s", "supplier's d's"),
    ("Straße", "strasse"),
    ("Li-metal 5 MPa.", "li-metal 5 mpa."),     # nothing else changes
])
def test_fold_is_case_accent_and_apostrophe_free(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize("text", ["Solid-State Battery?", "Électrolyte naïve", "What\u2019s the catch?!", "ＳＳＢ"])
def test_normalise_is_built_on_fold(text):
    assert normalise(text) == normalise(fold(text))


def test_fold_words_are_folded_and_stemmed():
    assert fold_words("Li-metal, li metal and LI METALS") == ("li", "metal", "li", "metal", "and", "li", "metal")
    assert fold_words("Batteries’ pouches: supplier\u2019s") == ("battery", "pouch", "supplier's")
    assert fold_words("--- !!! ---") == ()


def test_word_spans_point_at_the_words_as_written():
    text = "  Sulphide électrolytes, 5 MPa"
    spans = word_spans(text)
    assert [w for w, _, _ in spans] == list(fold_words(text)) == ["sulphide", "electrolyte", "5", "mpa"]
    assert [text[start:end] for _, start, end in spans] == ["Sulphide", "électrolytes", "5", "MPa"]


# --------------------------------------------------------------------------- closest

def test_closest_finds_a_misspelling_above_the_cutoff():
    assert closest("follow-up", ["follow_up", "guide", "label"], cutoff=70) == "follow_up"
    assert closest("banana", ["follow_up", "guide", "label"], cutoff=70) is None


def test_closest_cutoff_is_the_callers_choice():
    assert closest("suplier", ["supplier"], cutoff=85) == "supplier"
    assert closest("supply", ["supplier"], cutoff=85) is None
    assert closest("supply", ["supplier"], cutoff=70) == "supplier"


# --------------------------------------------------------------------------- escape_markdown

def test_one_line_joins_every_kind_of_line_break():
    assert one_line(" a\r\nb\u2028c\x0bd\n\n") == "a b c d"


@pytest.mark.parametrize("evil", ["![x](http://h/p.png)", "<img src=x>", "**bold** `code`", "# heading", "$x^2$",
                                  "a | b", "&lt;", "~~strike~~", "[link](javascript:x)"])
def test_trusted_text_is_escaped_where_it_would_be_markup(evil):
    escaped = escape_markdown(evil, trusted=True)
    assert not re.search(r"(?<!\\)(?:!\[|\[[^\]]*\]\(|<[a-zA-Z/!]|\*\*|`|\$|^#|\||&|~~)", escaped)


def test_trusted_text_stays_readable():
    text = "Semi-solid (gel-assisted) cells: 5 MPa, 60 °C; see page 2."
    assert escape_markdown(text, trusted=True) == text
    assert escape_markdown(text) == r"Semi\-solid \(gel\-assisted\) cells\: 5 MPa, 60 °C; see page 2\."


def test_long_and_short_texts_normalise_alike():
    # Short texts are remembered and long ones are not (advisor.text._REMEMBERED_LENGTH); the form is the same.
    phrase = "The Separator's Solid-State job / ÉLECTROLYTE "
    assert normalise(phrase * 20) == " ".join([normalise(phrase)] * 20)
    assert normalise(phrase) == "the separator solid state job electrolyte"


def test_words_the_guide_uses_for_its_subject_are_no_stop_words_though_scikit_learn_lists_them():
    from advisor.text import STOP_WORDS, content_words
    assert "thin" not in STOP_WORDS and "throughout" not in STOP_WORDS
    assert "thin" in content_words("which electrolyte makes thin films")


def test_thin_layers_pick_the_family_easiest_to_make_thin(advisor):
    # "thin" was dropped as a stop word: the question matched only "films" (the porous film of a separator).
    answer = advisor.ask("which electrolyte is easiest to turn into thin films?")
    assert answer.found and answer.text.startswith("**Polymers**")
