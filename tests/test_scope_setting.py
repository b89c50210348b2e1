"""The scope decision reads where an uncovered term sits: a device named as the question's setting
("compared to my phone battery", "when I charge my laptop") does not decline a question about the
cells, while a question about the device itself, or one comparing with another chemistry, is declined.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.errors import KnowledgeError
from advisor.knowledge.loader import load_knowledge
from advisor.retrieval.query import setting_words

#: A device in a phrase that compares with it or says when the writer meets the subject.
DEVICE_AS_SETTING = [
    "Is a solid-state battery safer than the one in my phone?",
    "How is the electrolyte in a solid-state cell different from the one in my laptop battery?",
    "When I charge my phone, what do the lithium ions do inside the cell?",
    "Unlike a laptop battery, what does a solid-state cell use instead of a liquid electrolyte?",
    "Why does a solid-state cell need stack pressure when a phone battery doesn't?",
    "Compared with a regular smartphone cell, what does the separator do in a solid-state battery?",
    "While my laptop is charging, which way do the lithium ions move in the cell?",
    "Does a solid-state cell still have an anode and a cathode like the battery in my phone?",
    "Why is a lithium metal anode attractive compared with the graphite in my phone's battery?",
    "Is the anode in a solid-state cell different from the one in a smartphone battery?",
]

#: The device (or another chemistry) is what the question asks about.
ABOUT_THE_DEVICE = [
    "Which phones use solid-state batteries?",
    "Will my laptop get a solid-state battery?",
    "When will phones have solid-state batteries?",
    "Is there a smartphone with a solid-state battery yet?",
    "Should I buy a laptop with a solid-state battery?",
    "Can I put a solid-state battery in my phone?",
    "Do solid-state phone batteries charge faster than normal ones?",
    "Are solid-state batteries coming to phones sooner than to cars?",
    "Why are phone makers slower than car makers to adopt solid-state cells?",
    "When my phone dies, can I swap in a solid-state battery?",
    "How does a solid-state battery compare with the one in my laptop for battery life?",
    # Not a setting topic: a comparison with another chemistry asks about that chemistry.
    "Is a solid-state battery safer than a sodium-ion battery?",
    "Unlike lead acid, does a solid-state battery need a separator?",
]


@pytest.mark.parametrize("question", DEVICE_AS_SETTING)
def test_a_device_named_as_the_setting_does_not_decline_a_question_about_the_cells(advisor: Advisor,
                                                                                  question: str) -> None:
    assert advisor.ask(question).found


@pytest.mark.parametrize("question", ABOUT_THE_DEVICE)
def test_a_question_about_the_device_or_another_chemistry_is_still_declined(advisor: Advisor, question: str) -> None:
    assert not advisor.ask(question).found


@pytest.mark.parametrize(("text", "setting"), [
    ("Is it safer than my phone battery?", "than my phone battery"),
    ("Compared with my laptop, why is it safer?", "compared with my laptop"),
    ("What moves when I plug my phone in to charge?", "when i plug my phone in to charge"),
    ("How does it compare with my laptop for safety?", "compare with my laptop"),
    ("When will phones get them?", ""),  # "when" asks; no clause with a subject follows
    ("Which phones use them?", ""),
])
def test_the_setting_runs_from_its_opening_word_to_the_end_of_its_clause(text: str, setting: str) -> None:
    assert " ".join(w for w, placed in setting_words(text) if placed) == setting


def test_without_the_setting_flag_a_device_term_declines_wherever_it_sits(write_knowledge) -> None:
    scope = ("not_covered:\n  - topic: devices\n    message: No devices.\n    terms: [phone]\n{flag}")
    question = "Is the solid electrolyte safer than the liquid in my phone?"
    flagged = Advisor(write_knowledge({"scope.yaml": scope.format(flag="    setting: true\n")}))
    plain = Advisor(write_knowledge({"scope.yaml": scope.format(flag="")}))
    assert flagged.retriever.reader_.uncovered_topic(flagged.retriever.prepare(question)) is None
    assert plain.retriever.reader_.uncovered_topic(plain.retriever.prepare(question)) is not None


def test_the_setting_flag_must_be_true_or_false(write_knowledge) -> None:
    root = write_knowledge({"scope.yaml": "not_covered:\n  - topic: devices\n    message: No devices.\n"
                                          "    terms: [phone]\n    setting: sometimes\n"})
    with pytest.raises(KnowledgeError, match="must be true or false"):
        load_knowledge(root)
