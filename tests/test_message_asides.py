"""A wh-clause inside a statement about the writer, or after the filler "you know", that names nothing of the
guide's subject ("I like to understand what I'm paying for", "you know how he drives") is an aside: while
another sentence asks, it is neither a question of its own (offered back as a garbled suggestion before) nor
a question a pointing "Is he right?" refers to. "I want to know what an informed person should ask" still asks.

Our own messages, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

from advisor import Advisor
from advisor.retrieval.message import questions_in

SHOPKEEPER = ("I look after a small shop and know nothing about chemistry, but I like to understand what I'm paying "
              "for. How does the solid electrolyte carry the charge?")
BROTHER_IN_LAW = ("My brother-in-law keeps telling me solid batteries can never catch fire. I worry about him, you "
                  "know how he drives. Is he right?")


def test_an_aside_about_the_writer_is_no_question(advisor: Advisor) -> None:
    assert questions_in(SHOPKEEPER, advisor.on_topic, advisor.names_subject) == [
        "How does the solid electrolyte carry the charge?"]


def test_an_aside_is_not_offered_back(advisor: Advisor) -> None:
    answer = advisor.ask(SHOPKEEPER)
    assert answer.found and "lithium ions" in answer.text
    assert not any("paying" in s for s in answer.suggestions)


def test_he_is_the_one_who_said_it_not_the_aside_before(advisor: Advisor) -> None:
    asked = questions_in(BROTHER_IN_LAW, advisor.on_topic, advisor.names_subject)
    assert len(asked) == 1 and "never catch fire" in asked[0] and "drives" not in asked[0]
    answer = advisor.ask(BROTHER_IN_LAW)
    assert answer.found and "not automatically risk-free" in answer.text
    assert not any("drives" in s for s in answer.suggestions)


def test_he_is_who_said_it_even_past_a_nearer_sentence_on_the_subject(advisor: Advisor) -> None:
    message = ("My brother-in-law keeps telling me solid batteries can never catch fire. I kept a torch with old "
               "zinc batteries in the shed. Is he right?")
    asked = questions_in(message, advisor.on_topic, advisor.names_subject)
    assert len(asked) == 1 and "never catch fire" in asked[0] and "zinc" not in asked[0]


def test_a_wh_clause_about_someone_else_still_asks(advisor: Advisor) -> None:
    message = ("I read an advert for a new cell. I want to know what an informed person should check before "
               "believing it. Any advice?")
    asked = questions_in(message, advisor.on_topic, advisor.names_subject)
    assert any("informed person" in q for q in asked)
