"""The twenty-first round's mechanisms on words and names:

- a broader word (synonyms.yaml ``broader``): a passage naming "the cathode or anode boundary" accounts for a
  question's "electrode", so a question about electrode boundaries is not refused for a word the passage says
  in its narrower terms;
- "who ...?" answered by the row of a reading list its question matched (that row names its authors), while
  "which countries ...?" still gets no name the guide does not give;
- current "bunching up" is current concentrating (the guide's "local inhomogeneity can concentrate current").

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from advisor import Advisor
from advisor.knowledge import load_knowledge


def test_broader_words_are_read_from_synonyms_yaml(write_knowledge) -> None:
    root = write_knowledge({"synonyms.yaml": "synonyms:\n  ssb: solid-state battery\nbroader:\n  Anode: electrode\n"})
    assert load_knowledge(root).broader == (("anode", "electrode"),)


def test_synonyms_yaml_without_broader_words_has_none(write_knowledge) -> None:
    assert load_knowledge(write_knowledge()).broader == ()


def test_a_broader_word_is_accounted_for_by_a_text_naming_a_narrower_one(write_knowledge, tmp_path: Path) -> None:
    passage = """\
        entries:
          - id: boundary-trouble
            kind: section
            title: Trouble at the boundaries
            section: Interfaces
            answer: Resistive layers grow at the cathode or anode boundary while the cell cycles.
            questions: [why do boundaries fail, what grows at the boundary, boundary trouble]
          - id: electrode-spacing
            kind: section
            title: Keeping the electrodes apart
            section: Separator
            answer: The separator keeps the two electrodes from touching.
            questions: [what keeps the electrodes apart, why must electrodes not touch, electrode spacing]
        """
    plain = Advisor(knowledge_dir=write_knowledge({"entries/02-boundary.yaml": passage}))
    related = write_knowledge({"entries/02-boundary.yaml": passage,
                               "synonyms.yaml": "synonyms:\n  ssb: solid-state battery\nbroader:\n"
                                                "  anode: electrode\n  cathode: electrode\n"})
    question = "what grows at an electrode boundary?"
    assert plain.retriever.retrieve(question).explained < Advisor(knowledge_dir=related).retriever.retrieve(
        question).explained


def test_a_formal_question_on_electrode_boundaries_is_answered(advisor: Advisor) -> None:
    # Its subject words: "electrode" (the passage says "cathode or anode") and "boundaries".
    answer = advisor.ask("Which failure processes act at electrode/electrolyte boundaries?")
    assert answer.found and "inhomogeneity" in answer.text


def test_who_is_answered_by_the_reading_list_row_it_matched(advisor: Advisor) -> None:
    retriever = advisor.retriever
    query = retriever.prepare("who looked at interface problems at the nanoscale?")
    row = advisor.knowledge.entry("sources/tan-2020/cited-for")
    table = advisor.knowledge.entry("sources")
    assert row is not None and table is not None
    assert retriever.gaps_.name_gap(query, row) is None
    # The list as a whole names authors of something else than what "looked at" asks about.
    assert retriever.gaps_.name_gap(query, table) is not None


def test_a_country_is_no_name_a_reading_list_row_gives(advisor: Advisor) -> None:
    retriever = advisor.retriever
    row = advisor.knowledge.entry("sources/tan-2020/cited-for")
    assert row is not None
    assert retriever.gaps_.name_gap(retriever.prepare("which countries studied interfaces at the nanoscale?"),
                                    row) is not None


@pytest.mark.parametrize("question", ["why does current bunch up in places?",
                                      "does the current bunch up near defects?"])
def test_current_bunching_up_is_current_concentrating(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found and "concentrate current" in answer.text
