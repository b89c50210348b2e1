"""Mechanisms of the thirty-eighth round.

* An answer goes on with a passage of the guide saying what its point rests on, when both fit in one answer: the
  passage an FAQ or passage lists first as related, the passage about a table row a cell answer comes from, or a
  runner-up the ranking barely tells from the best. The FAQ states the point, the passage beside it what the point
  rests on, and a question in everyday words is as often after the one as the other. It does not go on with an FAQ,
  a checklist question or a table (each answers questions of its own), with a passage about a table row other than
  the one the answer or the question is about, or with one that would mostly say the same again; and it gives way
  to the second clause of a two-part question, which is asked and so comes first. The entries that answer
  (``entry_ids``) are unchanged; the passage gone on with is ``went_on_with`` and cited after them.
* A follow-up asking what can be done about a problem ("what can they do about it?", "how do engineers deal with
  them?") asks how it is overcome, as getting round it does (not "does a better electrolyte fix that?").
* (EI) a thing called such a difficulty (problem, headache), plainly, closing the question is called such a big
  issue; where those (these, their) pieces meet is their interface; how a thing ticks is how it works.
* A message asking two questions in two sentences gets both answered, each by its own passage and with its own
  source line, when a passage answers the other one confidently and both fit; a question of too few words of its own
  to stand apart ("Anything bad happen?") is offered back instead, as such a clause of one sentence is.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from advisor import Advisor
from advisor.answer import MAX_ANSWER_CHARS
from advisor.retrieval.english import big_issue_said_plainly, interfaces_said_plainly

KnowledgeWriter = Callable[[dict[str, "str | bytes | None"]], Path]


def test_an_faq_answer_goes_on_with_the_passage_it_rests_on(advisor: Advisor) -> None:
    answer = advisor.ask("Why do interfaces matter so much in these cells?")
    assert (answer.entry_ids, answer.went_on_with) == (("faq-interfaces",), "solid-solid-contact")
    assert answer.text.startswith("Because every active layer touches another solid layer.")
    assert "every active region is a solid-solid interface" in answer.text
    # Both parts are cited, in the order they are given, and the answer stays within its length.
    assert [s.id for s in answer.sources] == ["faq-interfaces", "solid-solid-contact"]
    assert answer.text.endswith("*Source: “FAQ” — Why are interfaces such a big issue in solid-state batteries?; "
                                "“Where the real engineering trouble starts: interfaces”*")
    assert len(answer.text) <= MAX_ANSWER_CHARS


def test_the_passage_given_is_not_offered_again(advisor: Advisor) -> None:
    answer = advisor.ask("Why do interfaces matter so much in these cells?")
    assert not any("solid-solid" in s.lower() and "contact" in s.lower() for s in answer.suggestions)
    assert answer.see_also is None or answer.see_also.entry_id != "solid-solid-contact"


def test_a_passage_saying_mostly_the_same_again_is_passed_over(advisor: Advisor) -> None:
    # The FAQ's first related passage (the one-sentence definition) repeats the FAQ's own words: the next one,
    # on where ions and electrons go, is what the answer goes on with.
    answer = advisor.ask("How does a solid state battery work?")
    assert (answer.entry_ids, answer.went_on_with) == (("faq-simple-terms",), "ion-electron-separator-paths")
    assert "external circuit, not through the electrolyte" in answer.text


def test_no_going_on_to_another_row_of_a_table(advisor: Advisor) -> None:
    # The polymer passage lists the oxide passage as related: a question about polymers is not about oxides.
    answer = advisor.ask("Tell me about polymer electrolytes")
    assert answer.entry_ids == ("polymers-prose",) and answer.went_on_with != "oxides-prose"
    assert "brittleness" not in answer.text.lower() and "Oxides" not in answer.text


def test_a_second_clause_comes_before_going_on(advisor: Advisor) -> None:
    answer = advisor.ask("Why is contact between the layers such a big deal, and what is outside stack pressure for?")
    assert answer.entry_ids == ("faq-interfaces", "stack-pressure-interlayers")
    assert answer.went_on_with is None and "solid-solid interface" not in answer.text  # the FAQ did not go on
    assert answer.text.count("*Source:") == 2


def test_a_table_cell_goes_on_with_the_passage_about_its_row(advisor: Advisor) -> None:
    answer = advisor.ask("What is the reality check on all-solid-state cells?")
    assert (answer.entry_ids, answer.went_on_with) == (("routes/all-solid-state/reality",), "all-solid-state-long-game")
    assert answer.text.index("Still constrained by interfaces") < answer.text.index("may still win the long game")


def test_a_cell_whose_row_passage_repeats_it_does_not_go_on_with_it(advisor: Advisor) -> None:
    # The polymer passage says what the polymer row's cells say, in sentences.
    answer = advisor.ask("What usually goes wrong with polymer electrolytes?")
    assert answer.entry_ids == ("electrolyte-families/polymers/drawbacks",)
    assert answer.went_on_with != "polymers-prose" and "Polymers are easier to process" not in answer.text


def test_a_close_runner_up_is_given_after_the_answer(write_knowledge: KnowledgeWriter) -> None:
    root = write_knowledge({"entries/02-more.yaml": """\
        entries:
          - id: clamping
            kind: section
            title: Clamping the stack
            section: Mechanics
            answer: The stack is clamped so that the solid layers keep touching.
            questions:
              - why is the stack clamped
              - clamping the stack
              - stack clamping force
          - id: clamp-cost
            kind: section
            title: What clamping costs
            section: Mechanics
            answer: Clamp plates add weight and volume to a pack.
            questions:
              - what clamping the stack costs
              - clamping the stack adds weight
              - clamp plates
    """})
    advisor = Advisor(knowledge_dir=root)
    answer = advisor.ask("clamping")  # found by both, near enough alike
    assert (answer.entry_ids, answer.went_on_with) == (("clamping",), "clamp-cost")
    assert answer.text.startswith("The stack is clamped so that the solid layers keep touching.\n\n"
                                  "Clamp plates add weight")
    # A runner-up well behind the best is not given.
    assert Advisor(knowledge_dir=root).ask("why is the stack clamped so the layers keep touching").went_on_with is None


def test_no_going_on_in_a_computed_answer(advisor: Advisor) -> None:
    answer = advisor.ask("Which electrolyte family has the best ionic conductivity?")
    assert answer.went_on_with is None


def _clamping_knowledge(write_knowledge: KnowledgeWriter, related: str, voids: str) -> Path:
    """A knowledge folder with a passage on clamping that lists ``related`` and a passage on voids saying ``voids``."""
    return write_knowledge({"entries/02-more.yaml": f"""\
        entries:
          - id: pressure
            kind: section
            title: Why cells are clamped
            section: Mechanics
            answer: Solid layers lose touch as the lithium moves, so the stack is clamped.
            questions:
              - why are cells clamped
              - stack pressure
              - clamping a cell
            related: [{related}]
          - id: voids
            kind: section
            title: Voids
            section: Mechanics
            answer: {voids}
            questions:
              - what are voids
              - gaps at the anode
              - voids during stripping
    """})


def test_going_on_in_other_knowledge(write_knowledge: KnowledgeWriter) -> None:
    root = _clamping_knowledge(write_knowledge, "electron-path, voids",
                               "Gaps open at the anode during stripping and raise the resistance.")
    answer = Advisor(knowledge_dir=root).ask("why are cells clamped")
    # electron-path is an FAQ, which answers questions of its own: the passage on voids follows instead.
    assert (answer.entry_ids, answer.went_on_with) == (("pressure",), "voids")
    assert answer.text.startswith("Solid layers lose touch as the lithium moves, so the stack is clamped.\n\n"
                                  "Gaps open at the anode during stripping")
    assert answer.text.endswith("*Source: “Mechanics” — Why cells are clamped; “Mechanics” — Voids*")


def test_an_answer_that_would_not_fit_stops_at_its_own_passage(write_knowledge: KnowledgeWriter) -> None:
    long_passage = " ".join(f"Sentence {n} about the gaps that open at the anode." for n in range(30))
    answer = Advisor(knowledge_dir=_clamping_knowledge(write_knowledge, "voids", long_passage)).ask(
        "why are cells clamped")
    assert (answer.entry_ids, answer.went_on_with) == (("pressure",), None)
    assert "Sentence 0" not in answer.text and "…" not in answer.text


def test_two_questions_of_a_message_are_both_answered(advisor: Advisor) -> None:
    answer = advisor.ask("What is a sulfide electrolyte? Why are interfaces such a big issue?")
    assert answer.entry_ids == ("sulfides-prose", "faq-interfaces")
    assert answer.text.index("Sulfides can offer very fast ion transport") \
        < answer.text.index("Because every active layer touches another solid layer.")
    assert answer.text.count("*Source:") == 2 and len(answer.text) <= MAX_ANSWER_CHARS
    assert "Why are interfaces such a big issue?" not in answer.suggestions  # answered, not offered back


def test_the_main_question_is_answered_first(advisor: Advisor) -> None:
    # The question asked outright is the main one, answered first; the remark put as a question before it after.
    answer = advisor.ask("I heard oxides are the robust kind? What usually goes wrong with polymers?")
    assert answer.entry_ids == ("electrolyte-families/polymers/drawbacks", "oxides-prose")
    assert answer.text.startswith("**Polymers — What usually goes wrong:**")


def test_a_question_checking_the_one_before_again_is_not_answered_apart(advisor: Advisor) -> None:
    answer = advisor.ask("Sulfides are the fastest conductors, correct? That is why people like them?")
    assert len(answer.entry_ids) == 1


def test_a_second_question_of_too_few_words_of_its_own_is_offered_back(advisor: Advisor) -> None:
    answer = advisor.ask("How do the ions move? Anything bad happen?")
    assert answer.entry_ids == ("ion-electron-separator-paths",)
    assert "Anything bad happen?" in answer.suggestions


def test_two_answers_that_do_not_fit_together_stay_one(advisor: Advisor) -> None:
    answer = advisor.ask("What are the layers in a solid-state cell? Which electrolyte family is best?")
    assert answer.entry_ids == ("layers",)
    assert answer.suggestions[:1] == ("Which electrolyte family is best?",)


@pytest.mark.parametrize("follow_up", ["And what can they do about it?", "how do the engineers deal with them?"])
def test_what_can_be_done_about_a_problem_is_how_it_is_overcome(advisor: Advisor, follow_up: str) -> None:
    conversation = advisor.conversation()
    conversation.ask("What goes wrong where the layers meet?")
    assert conversation.ask(follow_up).entry_ids == ("stack-pressure-interlayers",)


def test_such_a_difficulty_closing_a_question_is_such_a_big_issue() -> None:
    assert big_issue_said_plainly("why are the joins thought such a headache?") == \
        "why are the joins thought such a big issue?"
    # Not a problem that a clause goes on to describe.
    assert big_issue_said_plainly("is it such a problem that it stops production?") == \
        "is it such a problem that it stops production?"


def test_where_those_pieces_meet_is_their_interface() -> None:
    assert interfaces_said_plainly("what happens where those solid bits meet?") == \
        "what happens at the interfaces?"


@pytest.mark.parametrize(("question", "entry"), [
    ("Would you explain why the spots where two layers meet are thought such a difficulty?", "faq-interfaces"),
    ("what makes them tick?", "faq-simple-terms"),
])
def test_ei_words_meet_the_guides(advisor: Advisor, question: str, entry: str) -> None:
    assert advisor.ask(question).entry_ids == (entry,)
