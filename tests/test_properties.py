"""Whatever is typed, ``ask`` answers with a well-formed Answer and never repeats the user's markup."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor import Answer, Source
from advisor.answer import MAX_ANSWER_CHARS, AnswerKind

GUIDE_WORDS = ["solid", "state", "battery", "electrolyte", "sulfides", "oxides", "polymers", "anode", "cathode",
               "lithium", "metal", "interface", "pressure", "semi-solid", "AB-21700", "separator", "SSB", "vs",
               "and", "what", "why", "how", "is", "the", "?", "soild", "elecrolyte", "sodium", "price"]
MARKUP = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "![x](http://evil.example/p.png)",
          "[click](javascript:alert(1))", "<iframe src='http://evil.example'>", "**bold**", "`code`", "| a | b |",
          "{row}", "%s", "${HOME}"]
INVISIBLE = ["\u200b", "\u200d", "\ufeff", "\u202e", "\x00", "\x07", "\x1b", "\r", "\t", "\u2028", "\ud800"]

words = st.sampled_from(GUIDE_WORDS + MARKUP + INVISIBLE)
mixed = st.lists(st.one_of(words, st.text(max_size=12)), max_size=30).map(" ".join)
long_text = st.builds(lambda w, n: (w + " ") * n, st.sampled_from(GUIDE_WORDS), st.integers(100, 3000))
questions = st.one_of(st.text(), mixed, long_text)

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_well_formed(answer: Answer) -> None:
    assert isinstance(answer, Answer)
    assert isinstance(answer.text, str) and answer.text.strip()
    assert len(answer.text) <= MAX_ANSWER_CHARS
    assert isinstance(answer.confidence, float) and 0.0 <= answer.confidence <= 1.0
    assert isinstance(answer.found, bool)
    assert isinstance(answer.sources, tuple) and all(isinstance(s, Source) for s in answer.sources)
    # Not found: no sources, unless the text shows (and cites) what the guide gives instead.
    assert answer.found or answer.sources == () or "*Source:" in answer.text
    assert answer.kind is not AnswerKind.INTERNAL_ERROR
    assert all(isinstance(s, str) and s for s in answer.suggestions)


def assert_no_user_markup(answer: Answer) -> None:
    for markup in ("<script", "<img", "<iframe", "](http://evil", "javascript:", "evil.example"):
        assert markup not in answer.text
    if answer.corrected_query is not None:
        assert "<" not in answer.corrected_query and ">" not in answer.corrected_query


@SETTINGS
@given(question=questions)
def test_ask_always_gives_a_well_formed_answer(advisor, question):
    answer = advisor.ask(question)
    assert_well_formed(answer)
    assert_no_user_markup(answer)


@SETTINGS
@given(turns=st.lists(questions, min_size=1, max_size=4))
def test_conversations_always_give_well_formed_answers(advisor, turns):
    conversation = advisor.conversation()
    for turn in turns:
        answer = conversation.ask(turn)
        assert_well_formed(answer)
        assert_no_user_markup(answer)


@SETTINGS
@given(markup=st.sampled_from(MARKUP), question=st.sampled_from([
    "what goes wrong with oxides", "is an SSB safer", "sulfides vs polymers", "wat is a soild elecrolyte"]))
def test_markup_around_a_real_question_is_not_echoed(advisor, markup, question):
    answer = advisor.ask(f"{markup} {question} {markup}")
    assert_well_formed(answer)
    assert_no_user_markup(answer)


@settings(max_examples=100, deadline=None)
@given(question=st.text(max_size=200))
def test_answers_do_not_depend_on_invisible_characters(advisor, question):
    plain = "what goes wrong with oxides"
    assert advisor.ask("\u200b".join(plain)).entry_ids == advisor.ask(plain).entry_ids
    assert_well_formed(advisor.ask(question + "\u200b\x00"))
