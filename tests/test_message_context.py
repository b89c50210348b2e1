"""A long message's question read against the rest of the message: context that names the guide's
subject makes a plainly worded question a question about that subject, and a question pointing back
at what someone said borrows what they said, not who said it, when or where.

Our own examples, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor.retrieval.followups import FollowUpRows
from advisor.retrieval.message import claim_in, context_of, questions_in

#: Questions in plain words only (no word of the guide's subject), each asked by a buyer.
_PLAIN_QUESTIONS = ("What should I ask before I hand over the deposit?",
                    "What sort of questions should I put to them before we sign the order?")


@pytest.mark.parametrize("question", _PLAIN_QUESTIONS)
def test_ordinary_words_weigh_less_when_the_message_names_the_subject(advisor, question):
    retriever = advisor.retriever
    plain, on_subject = retriever.retrieve(question), retriever.retrieve(question, on_subject=True)
    assert not plain.found
    assert on_subject.found
    assert on_subject.explained > plain.explained


def test_a_question_naming_the_subject_itself_reads_the_same_either_way(advisor):
    question = "Why do sulfide electrolytes need a dry room during manufacturing?"
    plain, on_subject = advisor.retriever.retrieve(question), advisor.retriever.retrieve(question, on_subject=True)
    assert (plain.found, plain.explained, plain.best) == (on_subject.found, on_subject.explained, on_subject.best)


@pytest.mark.parametrize(("context", "question"), [
    ("We are replacing the forklift packs in our warehouse and the vendor quotes solid-state cells.",
     _PLAIN_QUESTIONS[0]),
    ("My club is buying a boat with a solid-state battery pack.", _PLAIN_QUESTIONS[1]),
])
def test_context_on_the_subject_lets_a_plain_question_be_answered(advisor, context, question):
    answer = advisor.ask(f"{context} {question}")
    assert answer.found
    assert answer.entry_ids[0].startswith("buyer-")


@pytest.mark.parametrize(("context", "question"), [
    ("We are redecorating the office and the painter wants money upfront.", _PLAIN_QUESTIONS[0]),
    ("My club is buying a new sailing boat from a yard in Wales.", _PLAIN_QUESTIONS[1]),
])
def test_context_off_the_subject_leaves_a_plain_question_declined(advisor, context, question):
    assert not advisor.ask(f"{context} {question}").found
    assert not advisor.ask(question).found


#: (what someone said, how the message reports it): the report says who, when and where.
_CLAIMS = [
    ("oxide electrolytes crack very easily",
     "Over coffee this morning my brother-in-law, who drives a forklift in Leeds, told me that {claim}."),
    ("polymer cells need warming up before they conduct well",
     "My colleague in the canteen keeps saying {claim}."),
    ("sulfide electrolytes need a dry room",
     "At the trade fair last month, between two coffee breaks in Hall 4, a rep said that {claim}."),
    ("lithium metal anodes are the real reason for the energy gain",
     "I read in a magazine at the dentist's on Tuesday that {claim}."),
]


@pytest.mark.parametrize(("claim", "report"), _CLAIMS)
@pytest.mark.parametrize("question", ["Is that true?", "Is that really so, and why?"])
def test_a_question_about_a_reported_claim_borrows_the_claim(advisor, claim, report, question):
    message = f"I have a question. {report.format(claim=claim)} {question}"
    assert questions_in(message, advisor.on_topic) == [f"{claim}. {question}"]
    assert advisor.ask(message).entry_ids == advisor.ask(f"{claim}. {question}").entry_ids


def test_a_question_about_the_person_who_said_it_keeps_the_whole_sentence(advisor):
    # "them" is the supplier: what to ask a supplier, not whether the pack is solid-state.
    message = "I run a depot. A supplier keeps telling me their pack is solid-state. What should I be asking them?"
    assert questions_in(message, advisor.on_topic) == [
        "A supplier keeps telling me their pack is solid-state. What should I be asking them?"]


@pytest.mark.parametrize(("sentence", "claim"), [
    ("My aunt told me that sulfide cells hate moisture.", "sulfide cells hate moisture."),
    ("A rep kept telling us to wait for all-solid-state packs.", "wait for all-solid-state packs."),
    ("The salesman says the cells are semi-solid.", "the cells are semi-solid."),
    # Nothing on the subject was said, or too little: the sentence stays whole.
    ("My aunt told me that she loves gardening in the spring.", None),
    ("Sulfide cells came up and she said no.", None),
    ("Sulfide cells hate moisture, apparently.", None),
])
def test_claim_in(advisor, sentence, claim):
    assert claim_in(sentence, advisor.on_topic) == (claim if claim is not None else sentence)


@pytest.mark.parametrize(("message", "context"), [
    ("We build drones. Before we switch from lithium-ion packs, what should we check about sulfide cells?",
     ["We build drones.", "Before we switch from lithium-ion packs"]),
    ("I teach at a college. Why do oxides crack? Thanks a lot!", ["I teach at a college.", "Thanks a lot!"]),
    ("Why do oxides crack?", []),
])
def test_context_is_what_the_questions_do_not_ask(advisor, message, context):
    assert context_of(message, questions_in(message, advisor.on_topic)) == context


def test_a_row_named_in_a_question_is_not_a_row_named_in_its_context(advisor):
    # The question names lithium-ion packs itself: no row of the context for "it" to point back at.
    message = "We build drones. For the next model, what anode does a lithium-ion pack use and why does it matter?"
    asked = questions_in(message, advisor.on_topic)
    assert asked == ["what anode does a lithium-ion pack use and why does it matter?"]
    assert FollowUpRows(advisor.knowledge, advisor.retriever.prepare).named_in_context(message, asked) is None
