"""A function word typed with a slip ("thse", "becuase", "shoud", "wich", "thier") is that function word: it
says how a question is put, never what about, so it is no word the knowledge lacks, and no evidence that the
question is about something else.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize(("typed", "meant"), [
    ("thse", "these"), ("becuase", "because"), ("shoud", "should"), ("wich", "which"), ("thier", "their"),
    ("whta", "what"), ("abotu", "about"),
])
def test_a_slip_in_a_function_word_reads_as_that_word(advisor: Advisor, typed: str, meant: str) -> None:
    fix = advisor.retriever.reader_.corrector.correct_word(typed)
    assert fix is not None and fix.corrected == meant


@pytest.mark.parametrize("typed", ["sulfde", "seprator", "cathde", "pressur"])
def test_a_slip_in_a_guide_word_still_reads_as_the_guide_word(advisor: Advisor, typed: str) -> None:
    fix = advisor.retriever.reader_.corrector.correct_word(typed)
    assert fix is not None and fix.corrected not in ("these", "those", "there", "their")
    assert len(fix.corrected) >= len(typed)


@pytest.mark.parametrize("question", [
    # (each declined while the slip counted as a word the knowledge lacks)
    "y do thse batteries need pressure lol",
    "shoud batteries like thse need clamping",
    "how do thse batteries work",
    "wich electrolyte family is teh most brittle?",
])
def test_a_covered_question_with_slipped_function_words_is_answered(advisor: Advisor, question: str) -> None:
    assert advisor.ask(question).found


@pytest.mark.parametrize("question", [
    "wich pizza toppings go best with thse mushrooms",
    "shoud i repaint thier fence before winter",
])
def test_an_everyday_question_with_slipped_function_words_is_still_declined(advisor: Advisor, question: str) -> None:
    assert not advisor.ask(question).found
