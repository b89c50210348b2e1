"""The question proper inside a sentence of a long message: a question embedded in a statement ("I
wish to understand how ...") or a request with a two-word verb ("Kindly set out ..."). Who wants to
know, and how politely, is context; its words (often formal, often names of committees and firms)
must not weigh on what the question is about.

Our own examples, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor.retrieval.message import asked_part, context_of, questions_in


@pytest.mark.parametrize(("sentence", "question"), [
    ("In short, I wish to understand how sulfide electrolytes are processed.",
     "how sulfide electrolytes are processed."),
    ("My tutor wants an essay explaining, in plain words, why lithium metal anodes form voids.",
     "why lithium metal anodes form voids."),
    ("I'd like to understand where the separator went in a solid-state cell.",
     "where the separator went in a solid-state cell."),
    ("Our board asked me to find out whether oxides need high temperatures.",
     "whether oxides need high temperatures."),
    ("Kindly set out the main drawbacks of polymer electrolytes.", "the main drawbacks of polymer electrolytes."),
    ("Please walk me through how stack pressure keeps the layers in contact.",
     "how stack pressure keeps the layers in contact."),
    ("Lay out the difference between semi-solid and all-solid-state cells.",
     "the difference between semi-solid and all-solid-state cells."),
    # A question proper keeps its question word and the question it asks after it.
    ("How do I know which electrolyte family a supplier uses?",
     "How do I know which electrolyte family a supplier uses?"),
    ("Can you explain why interfaces matter?", "Can you explain why interfaces matter?"),
    # A statement asking nothing is left as it is.
    ("We set out the cells on the bench yesterday.", "We set out the cells on the bench yesterday."),
])
def test_the_question_proper_of_a_sentence(sentence, question):
    assert asked_part(sentence) == question


def test_a_message_asks_the_question_proper_and_keeps_the_rest_as_context():
    message = ("The Regional Procurement Board meets on Thursday. Kindly set out what limits polymer electrolytes. "
               "The minutes go to the Secretariat.")
    assert questions_in(message) == ["what limits polymer electrolytes."]
    assert context_of(message, questions_in(message)) == [
        "The Regional Procurement Board meets on Thursday.", "Kindly set out", "The minutes go to the Secretariat."]


_EMBEDDED = (
    ("how sulfide electrolytes are processed", "I wish to understand"),
    ("why voids form at a lithium metal anode", "My supervisor asked me to find out"),
    ("which electrolyte family is easiest to process", "For a tender document I need to know"),
    ("the drawbacks of polymer electrolytes", "Kindly set out"),
    ("how ions cross a solid electrolyte", "Please walk me through"),
)
#: Context around the question: names of offices and firms written with capitals, and small talk.
_AROUND = (
    ("The Directorate of Estates Procurement circulated a memo on Tuesday. ", ""),
    ("Hi, I run a bakery in Leeds and my nephew got me curious. ", " Thanks in advance."),
    ("Apologies for the formal tone; the Committee on Public Works insists on it. ", ""),
)


@pytest.mark.parametrize(("before", "after"), _AROUND)
@pytest.mark.parametrize(("question", "opening"), _EMBEDDED)
def test_a_question_inside_a_statement_is_answered_as_the_question_alone(advisor, question, opening, before, after):
    alone = advisor.ask(question)
    padded = advisor.ask(f"{before}{opening} {question}.{after}")
    assert alone.found
    assert (padded.found, padded.entry_ids) == (alone.found, alone.entry_ids)


@pytest.mark.parametrize(("sentence", "question"), [
    ("I need to know why oxides crack before we order a sample.", "why oxides crack."),
    ("We want to understand how interlayers help, because we sign the contract next week.",
     "how interlayers help."),
    # A clause that is part of what is asked stays: "if", "when" say which case.
    ("I want to know what happens if lithium metal forms voids.", "what happens if lithium metal forms voids."),
])
def test_when_or_why_the_asker_acts_is_not_the_question(sentence, question):
    assert asked_part(sentence) == question


@pytest.mark.parametrize(("message", "asked"), [
    ("I'd like to understand how stack pressure helps. Is it needed in every cell?",
     ["how stack pressure helps.", "how stack pressure helps. Is it needed in every cell?"]),
    ("My boss asked me to find out why sulfides need a dry room. Is that the same for oxides?",
     ["why sulfides need a dry room.", "why sulfides need a dry room. Is that the same for oxides?"]),
    # After a question asked directly, a short question pointing back is one of its own.
    ("How does stack pressure help? Is it needed in every cell?",
     ["How does stack pressure help?", "Is it needed in every cell?"]),
])
def test_a_short_question_pointing_back_at_a_question_inside_a_statement_borrows_it(advisor, message, asked):
    assert questions_in(message, advisor.on_topic) == asked


@pytest.mark.parametrize(("sentence", "question"), [
    ("Our chargers are fixed at one voltage, so could you confirm the nominal voltage of the pouch cell?",
     "could you confirm the nominal voltage of the pouch cell?"),
    ("The grant panel meets on Monday, so what limits polymer electrolytes at room temperature?",
     "what limits polymer electrolytes at room temperature?"),
    ("We keep the packs in a cold garage, therefore how much does temperature matter for stack pressure?",
     "how much does temperature matter for stack pressure?"),
    # A lead clause that asks is the question: "so" then goes on with it.
    ("Is it safer, so can we drop the fire blanket?", "Is it safer, so can we drop the fire blanket?"),
    # "so" inside the question ("so that", "so much") is no lead clause.
    ("Why do oxides need so much pressure?", "Why do oxides need so much pressure?"),
])
def test_a_reason_given_before_so_is_not_the_question(sentence, question):
    assert asked_part(sentence) == question


@pytest.mark.parametrize("question", [
    "could you confirm the nominal voltage of the prismatic cell?",
    "what limits polymer electrolytes at room temperature?",
    "why do some all-solid-state cells need stack pressure?",
])
def test_a_reason_given_before_so_in_a_message_does_not_move_the_answer(advisor, question):
    alone = advisor.ask(question)
    padded = advisor.ask("We run a depot of forty vans and our insurer wants a review. "
                         f"Our engineering team must check compatibility with our existing chargers, so {question}")
    assert alone.found
    assert (padded.found, padded.entry_ids) == (alone.found, alone.entry_ids)
