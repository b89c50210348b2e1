"""A word the knowledge uses only in another form of its family (advisor/retrieval/index.py: Index.other_forms,
Index.explained's ``relatives``): "press" is asked of the passages that say "pressure", "fails" of those that say
"failure", "recommend" of the table that says "recommended"; an entry using that form accounts for the word.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor


@pytest.mark.parametrize(("word", "form"), [
    ("press", "pressure"),  # a verb the knowledge names by its noun only
    ("pressed", "pressure"),  # ... also in an inflected form
    ("pressing", "pressure"),
    ("fails", "failure"),  # a known verb: its action noun too
    ("separate", "separation"),  # "-ion" after a verb's final "e"
    ("recommend", "recommended"),  # a longer inflection of a word the knowledge does not use
    ("typical", "typically"),  # an adverb of it
])
def test_a_word_is_read_in_the_forms_its_family_takes_in_the_knowledge(advisor: Advisor, word: str,
                                                                       form: str) -> None:
    assert form in advisor.retriever.index_.other_forms(word)


@pytest.mark.parametrize(("word", "not_form"), [
    ("product", "production"),  # a noun, not a verb and its action ("-ion" after no final "e")
    ("products", "production"),
    ("specific", "specification"),  # an adjective in "-ic" is no verb
    ("proper", "property"),  # "-ty" is no ending of a word's family here
    ("factor", "factory"),
])
def test_words_that_only_start_alike_are_not_one_family(advisor: Advisor, word: str, not_form: str) -> None:
    assert not_form not in advisor.retriever.index_.other_forms(word)


def test_an_entry_using_the_family_form_accounts_for_the_word(advisor: Advisor) -> None:
    index = advisor.retriever.index_
    position = next(i for i, e in enumerate(index.entries_) if e.id == "stack-pressure-interlayers")
    vector = index.vectorize("press")
    assert index.explained(vector, position, 1.0) == 0.0  # "press" unknown to the index: no entry has it
    assert index.explained(vector, position, 1.0, relatives=[(1.0, ("pressure",))]) == 1.0
    other = next(i for i, e in enumerate(index.entries_) if e.id == "products")
    assert index.explained(vector, other, 1.0, relatives=[(1.0, ("pressure",))]) == 0.0


@pytest.mark.parametrize(("question", "expected"), [
    # The verb for what the guide calls stack pressure, in a plain and an informal voice.
    ("why do solid-state cells have to be pressed together so hard?", "pressure"),
    ("how hard do you have to press the layers of a solid-state cell?", "stack pressure"),
    ("y do they press solid state cells so hard lol", "pressure"),
    ("do you really have to press solid state cells while they run?", "stack pressure"),
    # Asked with the root of the knowledge's inflected or adverb form: the answer is unchanged and right.
    ("When did the Randau benchmarking paper get published?", "2020"),
    ("Can a supplier repeat its multilayer cells reliably at scale?", "repeatable"),
    # (Not "usually fail": how a kind of cell usually fails is the layer table's failure-mode row since the
    # thirtieth round, and its solid-state cell leads with interface resistance.)
    ("How do interfaces in solid-state cells fail?", "Interfaces fail"),
    ("what does a weak interface do to how the cell performs?", "Interfaces fail"),
])
def test_a_question_asked_in_another_form_of_the_guides_word_gets_its_passage(
        advisor: Advisor, question: str, expected: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert expected in answer.text
