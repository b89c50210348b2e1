"""Padding invariance: the same question, padded with context before it or a closing after it, gets
the same answer (or the same refusal) as the question alone.

Our own questions and padding, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor.retrieval.message import sentences

_QUESTIONS = (
    "Why do sulfide electrolytes need a dry room?",
    "How do lithium ions get from the anode to the cathode when the cell discharges?",
    "Is a semi-solid battery the same thing as an all-solid-state one?",
    "What should a buyer ask about the test format behind a result?",
    "Which electrolyte family is easiest to process?",
    "What happens when voids form at a lithium metal anode?",
    "Do electrons travel through the solid electrolyte?",
    "Why is stack pressure needed, and what do interlayers do?",
    "What is the nominal voltage of the AB-100AH?",
    "Who wrote the review on mechanics of solid electrolytes?",
    "how do cracks start in a ceramic electrolyte",
    # Not covered: declined however it is padded.
    "How do I recycle an old solid-state battery?",
    "What is the best sourdough starter for rye bread?",
    "How much does a solid-state cell cost per kilowatt-hour?",
)

#: (before, after): small talk, a job, a closing, and context on the guide's own subject.
_PADDING = (
    ("Hi there! We moved house last month and the garden is a mess. ", ""),
    ("I coach a youth football team on weekends and my knee has been sore. My brother keeps sending me articles. ",
     ""),
    ("", " Thanks a lot, have a nice day!"),
    ("Sorry for the long message, I am new here. ", " Cheers."),
    ("Our team is evaluating solid-state cells with sulfide electrolytes for a forklift fleet. ", ""),
    ("My professor lectures on solid electrolytes and lithium metal anodes. I missed a class. ", " Many thanks"),
    # Formal context full of capitalised names of offices, none of which the question is about.
    ("The Directorate of Municipal Fleet Services is reviewing tenders for the Harbour Board. ", ""),
    ("Our Regional Procurement Committee meets on Thursday. The Secretariat asked me to prepare notes. ",
     " Kind regards, Office of the Treasurer"),
)


@pytest.mark.parametrize(("before", "after"), _PADDING)
@pytest.mark.parametrize("question", _QUESTIONS)
def test_padding_does_not_change_the_answer(advisor, question, before, after):
    alone, padded = advisor.ask(question), advisor.ask(f"{before}{question}{after}")
    assert (padded.found, padded.entry_ids) == (alone.found, alone.entry_ids)


@pytest.mark.parametrize(("text", "expected"), [
    ("how do cracks start Thanks a lot!", ["how do cracks start", "Thanks a lot!"]),
    ("what is an anode Cheers", ["what is an anode", "Cheers"]),
    ("what does the separator do Many thanks, Sam", ["what does the separator do", "Many thanks, Sam"]),
    # A closing word in lower case inside a sentence is not a closing.
    ("the thanks I owe the guide are many", ["the thanks I owe the guide are many"]),
])
def test_a_closing_typed_after_a_question_without_its_mark_is_a_sentence_of_its_own(text, expected):
    assert sentences(text) == expected
