"""A verb's -ing and -ed forms, also with its last consonant doubled or its e dropped ("travelling", "stacked",
"stored") are forms of a word the knowledge uses, not words it lacks: they are no evidence that a question is
about something else. Very short roots are not read so ("bed" is no "b" + "ed").

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize("word", ["travelling", "stacked", "stored", "shuttled", "touched", "stopped",
                                  # a root of three letters ("ask"), and the other of the two forms the guide
                                  # uses ("plating" for "plated", "stripping" for "stripped")
                                  "asking", "asked", "plated", "stripped"])
def test_a_verb_form_of_a_knowledge_word_is_known(advisor: Advisor, word: str) -> None:
    corrector = advisor.retriever.reader_.corrector
    assert corrector.is_known(word) or corrector.is_verb_form_of_known(word)


@pytest.mark.parametrize("question", [
    "Once the layers are stacked, why do they still need pressing together?",
    "What happens if the two solids are barely touched against each other?",
    "While it's being charged, where are the lithium ions travelling to?",
    "What keeps going wrong when lithium is plated and stripped over and over?",
    "What should buyers be asking a supplier about the anode?",
])
def test_a_covered_question_in_verb_forms_is_answered(advisor: Advisor, question: str) -> None:
    assert advisor.ask(question).found


@pytest.mark.parametrize("question", [
    "My parcel was shipped last week, how do I track it from here?",
    "How should wine be stored in a cellar that gets damp in the winter?",
    "Which shelves work best for stacked boxes in a small garage?",
    "Why has my garden pond stopped flowing since the pump was cleaned?",
    "How are old car bumpers stripped and plated with chrome?",
    "Who keeps asking about my tax return, and what should I say?",
])
def test_an_everyday_question_in_verb_forms_is_still_declined(advisor: Advisor, question: str) -> None:
    assert not advisor.ask(question).found
