"""Long messages: a question padded with context keeps its answer, and a pointing question borrows the
sentence on the guide's subject it points at, however far back.

Our own examples, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor.retrieval.message import questions_in, sentences

_SMALL_TALK = ("We moved offices last spring. The coffee machine is broken again! ",
               "Honestly, I'm a bit lost. My cousin says one thing and a podcast says another! ")


@pytest.mark.parametrize("question", ["dendrites", "anode materials", "cost of sulfide electrolytes"])
@pytest.mark.parametrize("padding", _SMALL_TALK)
def test_a_fragment_typed_after_small_talk_is_the_question(advisor, question, padding):
    assert advisor.ask(padding + question).entry_ids == advisor.ask(question).entry_ids


def test_a_fragment_in_lower_case_after_a_full_stop_is_a_sentence_of_its_own():
    assert sentences("We chatted for a while. anode materials") == ["We chatted for a while.", "anode materials"]


@pytest.mark.parametrize("text", ["Sulfides, e.g. argyrodites, conduct well.", "Kalnaus et al. found cracks.",
                                  "can it like... actually crack?? srsly",
                                  # A word in capitals after the pause is stressed, not a new sentence.
                                  "do sulfides like... REALLY need a dry room??", "is it.. SAFE? lol"])
def test_abbreviations_and_ellipses_do_not_end_a_sentence(text):
    assert sentences(text) == [text]


@pytest.mark.parametrize(("text", "expected"), [
    ("The cell failed. NASA tested it.", ["The cell failed.", "NASA tested it."]),
    ("I waited... Then the pouch swelled.", ["I waited.", "Then the pouch swelled."]),
])
def test_a_full_stop_before_capitals_or_an_ellipsis_before_a_sentence_still_ends_one(text, expected):
    assert sentences(text) == expected


def test_a_stressed_word_after_a_pause_keeps_the_question_whole(advisor):
    stressed, plain = "can a ceramic electrolyte like... CRACK??", "can a ceramic electrolyte like... crack??"
    assert advisor.ask(stressed).entry_ids == advisor.ask(plain).entry_ids


def test_a_pointing_question_borrows_the_nearest_sentence_on_the_subject(advisor):
    message = ("Oxide electrolytes keep coming up at work. My manager forwarded three articles. I printed them "
               "out. Why are they so brittle?")
    asked = questions_in(message, advisor.on_topic)
    assert asked == ["Oxide electrolytes keep coming up at work. Why are they so brittle?"]


def test_without_a_judge_of_the_subject_the_sentence_before_is_borrowed():
    assert questions_in("Oxides are hard. I printed them out. Why are they so brittle?") == [
        "I printed them out. Why are they so brittle?"]


def test_a_claim_then_is_he_right_asks_about_the_claim(advisor):
    message = "My neighbour says solid electrolytes never need pressure. He told me over the fence. Is he right?"
    asked = questions_in(message, advisor.on_topic)
    assert asked == ["My neighbour says solid electrolytes never need pressure. Is he right?"]


def test_a_pronoun_naming_the_first_part_of_its_own_sentence_borrows_nothing(advisor):
    message = "I run a bike shop. A customer asked me something. what is a dendrite and why does it form"
    assert questions_in(message, advisor.on_topic) == ["what is a dendrite and why does it form"]


def test_with_no_question_a_last_sentence_off_the_subject_keeps_the_whole_message(advisor):
    message = "Sulfide electrolytes interest me. hello"
    assert questions_in(message, advisor.on_topic) == [message]
