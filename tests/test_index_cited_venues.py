"""A passage's prose citation names where its point was published ("Zhao et al. in Nature Reviews Materials"):
the venue's words are not what the passage is about, so the passage is indexed without them (advisor/retrieval/
index.py: index_texts, without_cited_venues); the author's name stays. A reading list's "(Journal, year)" is
what that list is about and stays.

Our own examples, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import re

import pytest

from advisor import Advisor
from advisor.knowledge.model import Entry
from advisor.retrieval.index import index_texts


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _entry(answer: str, questions: tuple[str, ...] = ()) -> Entry:
    return Entry(id="e", kind="section", title="A point", section="S", answer=answer, questions=questions)


@pytest.mark.parametrize(("answer", "gone", "kept"), [
    ("Smith et al. in Journal of Applied Chemistry argue that dendrites grow.", "chemistry", "dendrites"),
    ("Lee et al. in Energy Storage Letters show that pressure matters.", "letters", "pressure"),
    ("Smith et al. in Nature Materials argue it.", "materials", "smith"),
])
def test_prose_venue_is_not_indexed(answer: str, gone: str, kept: str) -> None:
    phrasings, bodies, _ = index_texts([_entry(answer, ("Smith Nature Materials",))], _words)
    assert gone not in bodies[0].split()
    assert gone not in " ".join(phrasings).split()
    assert kept in bodies[0].split()


def test_reading_list_keeps_its_journals() -> None:
    _, bodies, _ = index_texts([_entry("- Smith et al., *Dendrites* (Nature Materials, 2020)")], _words)
    assert "materials" in bodies[0].split()


@pytest.mark.parametrize(("entry_id", "word", "contains"), [
    ("zhao-good-electrolyte", "materials", False),  # only in "Nature Reviews Materials"
    ("zhao-good-electrolyte", "zhao", True),
    ("famprikis-heart", "famprikis", True),
])
def test_bundled_citations(advisor: Advisor, entry_id: str, word: str, contains: bool) -> None:
    index = advisor.retriever.index_
    position = [e.id for e in index.entries_].index(entry_id)
    assert index.contains_word(word, position) is contains
