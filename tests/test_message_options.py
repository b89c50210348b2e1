"""A short fragment of options joined by "or" after a question ("Where does it come from? The cathode, or
something else?") offers the answers the question chooses from: it is part of that question, not a question
of its own, so the message reads as the same question written as one sentence. A fragment with a verb of its
own ("Or is it the anode?") is a question of its own.

Our own examples, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor.core import Advisor
from advisor.retrieval.message import offers_options, questions_in


@pytest.mark.parametrize("fragment", [
    "The cathode, or something else?",
    "Ions or electrons?",
    "Sulfides, oxides or polymers?",
    "So graphite or lithium metal?",
    "Gel, or fully dry??",
])
def test_options_fragment_is_recognised(fragment):
    assert offers_options(fragment)


@pytest.mark.parametrize("sentence", [
    "Or is it the anode?",
    "Or do the ions take another path?",
    "Is it sulfides or oxides?",
    "Which is safer, sulfides or oxides?",
    "I compared sulfides or oxides last week.",
    "What about the cathode?",
    "The cathode, the anode, the separator, the current collectors, the casing, or the whole stack itself?",
])
def test_a_question_of_its_own_is_not_options(sentence):
    assert not offers_options(sentence)


@pytest.mark.parametrize(("message", "options"), [
    ("What keeps the electrons out of the middle layer? The electrolyte itself, or a separate film?", "film"),
    ("What does the anode end up being in the ambitious designs? Graphite or lithium metal?", "Graphite"),
    ("Which semi-solid product packs the most energy per kilo? The AB-50AH or one of the others?", "AB-50AH"),
    ("What do people make solid electrolytes out of? Ceramics, polymers, or something else?", "polymers"),
])
def test_options_stay_with_their_question(advisor: Advisor, message, options):
    questions = questions_in(message, advisor.on_topic, advisor.names_subject)
    assert len(questions) == 1
    assert options in questions[0] and "?" in questions[0][:-1]


@pytest.mark.parametrize(("message", "one_sentence"), [
    ("Which semi-solid product packs the most energy per kilo? The AB-50AH or one of the others?",
     "Which semi-solid product packs the most energy per kilo, the AB-50AH or one of the others?"),
    ("How do the electrons get from one electrode to the other? Through the electrolyte or outside?",
     "How do the electrons get from one electrode to the other, through the electrolyte or outside?"),
])
def test_the_message_reads_as_one_sentence(advisor: Advisor, message, one_sentence):
    assert advisor.ask(message).entry_ids[:1] == advisor.ask(one_sentence).entry_ids[:1]
