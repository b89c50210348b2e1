"""Mechanisms of the thirty-eighth round.

* An answer from a passage of the guide (an FAQ answer, a section's passage) goes on with the passage it lists first
  as related, when both fit in one answer: the FAQ states the point, the passage beside it what the point rests on,
  and a question in everyday words is as often after the one as the other. It does not go on with an FAQ, a
  checklist question or a table (each answers questions of its own), with a passage about a table row that neither
  the answer nor the question is about, or with one that would mostly say the same again; and it gives way to the
  second clause of a two-part question, which is asked and so comes first.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from advisor import Advisor
from advisor.answer import MAX_ANSWER_CHARS

KnowledgeWriter = Callable[[dict[str, "str | bytes | None"]], Path]


def test_an_faq_answer_goes_on_with_the_passage_it_rests_on(advisor: Advisor) -> None:
    answer = advisor.ask("Why do interfaces matter so much in these cells?")
    assert answer.entry_ids == ("faq-interfaces", "solid-solid-contact")
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
    assert answer.entry_ids[0] == "faq-simple-terms"
    assert "one-sentence-definition" not in answer.entry_ids
    assert answer.entry_ids[1:] == ("ion-electron-separator-paths",)
    assert "external circuit, not through the electrolyte" in answer.text


def test_no_going_on_to_another_row_of_a_table(advisor: Advisor) -> None:
    # The polymer passage lists the oxide passage as related: a question about polymers is not about oxides.
    answer = advisor.ask("Tell me about polymer electrolytes")
    assert answer.entry_ids == ("polymers-prose",)
    assert "brittleness" not in answer.text.lower() and "Oxides" not in answer.text


def test_a_second_clause_comes_before_going_on(advisor: Advisor) -> None:
    answer = advisor.ask("Why is contact between the layers such a big deal, and what is outside stack pressure for?")
    assert answer.entry_ids == ("faq-interfaces", "stack-pressure-interlayers")
    assert "solid-solid interface" not in answer.text  # the interfaces FAQ did not go on
    assert answer.text.count("*Source:") == 2


def test_table_answers_do_not_go_on(advisor: Advisor) -> None:
    answer = advisor.ask("What usually goes wrong with polymer electrolytes?")
    assert answer.entry_ids == ("electrolyte-families/polymers/drawbacks",)


def test_going_on_in_other_knowledge(write_knowledge: KnowledgeWriter) -> None:
    root = write_knowledge({"entries/02-more.yaml": """\
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
            related: [electron-path, voids]
          - id: voids
            kind: section
            title: Voids
            section: Mechanics
            answer: Gaps open at the anode during stripping and raise the resistance.
            questions:
              - what are voids
              - gaps at the anode
              - voids during stripping
    """})
    advisor = Advisor(knowledge_dir=root)
    answer = advisor.ask("why are cells clamped")
    # electron-path is an FAQ, which answers questions of its own: the passage on voids follows instead.
    assert answer.entry_ids == ("pressure", "voids")
    assert answer.text.startswith("Solid layers lose touch as the lithium moves, so the stack is clamped.\n\n"
                                  "Gaps open at the anode during stripping")
    assert answer.text.endswith("*Source: “Mechanics” — Why cells are clamped; “Mechanics” — Voids*")


def test_an_answer_that_would_not_fit_stops_at_its_own_passage(write_knowledge: KnowledgeWriter) -> None:
    long_passage = " ".join(f"Sentence {n} about the gaps that open at the anode." for n in range(30))
    root = write_knowledge({"entries/02-more.yaml": f"""\
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
            related: [voids]
          - id: voids
            kind: section
            title: Voids
            section: Mechanics
            answer: {long_passage}
            questions:
              - what are voids
              - gaps at the anode
              - voids during stripping
    """})
    answer = Advisor(knowledge_dir=root).ask("why are cells clamped")
    assert answer.entry_ids == ("pressure",)
    assert "Sentence 0" not in answer.text and "…" not in answer.text
