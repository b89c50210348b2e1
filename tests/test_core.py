"""The public API: ``Advisor``, ``Answer`` and the answer library."""

from __future__ import annotations

import dataclasses
import json
from concurrent.futures import ThreadPoolExecutor

import pytest

import advisor as package
from advisor import KINDS, Advisor, Answer, LibraryEntry, Source
from advisor.answer import AnswerKind

WEIRD_INPUTS = [
    pytest.param("", id="empty"),
    pytest.param(" \t\n ", id="whitespace"),
    pytest.param("why are interfaces hard " * 4200, id="100k-chars"),
    pytest.param("solid\x00state\x00battery", id="nul-bytes"),
    pytest.param("ما هي البطارية الصلبة؟ \u202eanode", id="rtl"),
    pytest.param("🔋⚡️ solid state 🤔🤔", id="emoji"),
    pytest.param("<script>alert('x')</script><b>anode</b>", id="html"),
    pytest.param("![x](http://evil.example/pixel.png) sulfides", id="markdown-image"),
    pytest.param("entries:\n  - id: x\n    kind: faq\n", id="yaml"),
    pytest.param('{"question": "what is an SSB", "n": [1, 2]}', id="json"),
    pytest.param("\ud800 lone surrogate", id="surrogate"),
    pytest.param("\u200b" * 1000, id="zero-width"),
    pytest.param("%s %d {0} {row}", id="format-strings"),
    pytest.param(None, id="none"),
    pytest.param(42, id="int"),
    pytest.param(b"bytes question", id="bytes"),
    pytest.param(["a", "list"], id="list"),
]


def test_the_package_exports_its_api():
    assert set(package.__all__) == {"KINDS", "Advisor", "AdvisorError", "Answer", "ChecklistError", "Conversation",
                                    "KnowledgeError", "LibraryEntry", "Problem", "SeeAlso", "Source", "StorageError"}


def test_answers_are_frozen(advisor):
    answer = advisor.ask("Are solid-state batteries safer?")
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'text'"):
        answer.text = "something else"


def test_answer_fields_have_their_types(advisor):
    answer = advisor.ask("Are solid-state batteries safer?")
    assert answer.found is True
    assert isinstance(answer.text, str) and answer.text
    assert isinstance(answer.confidence, float) and 0.0 <= answer.confidence <= 1.0
    assert isinstance(answer.sources, tuple) and all(isinstance(s, Source) for s in answer.sources)
    assert all(s.kind in KINDS for s in answer.sources)
    assert isinstance(answer.suggestions, tuple) and all(isinstance(s, str) for s in answer.suggestions)
    assert isinstance(answer.entry_ids, tuple) and all(isinstance(i, str) for i in answer.entry_ids)
    assert answer.question == "Are solid-state batteries safer?"


@pytest.mark.parametrize("question", ["Are solid-state batteries safer?", "wat is a soild elecrolyte",
                                      "hello", "what is the best cake recipe"])
def test_to_dict_is_json_serialisable_and_complete(advisor, question):
    answer = advisor.ask(question)
    data = json.loads(json.dumps(answer.to_dict()))
    assert set(data) == {f.name for f in dataclasses.fields(Answer)}
    assert data["text"] == answer.text
    assert data["sources"] == [s.to_dict() for s in answer.sources]
    assert data["entry_ids"] == list(answer.entry_ids)


@pytest.mark.parametrize("question", WEIRD_INPUTS)
def test_ask_never_raises(advisor, question):
    answer = advisor.ask(question)
    assert isinstance(answer, Answer)
    assert answer.text
    assert len(answer.text) <= 1500
    assert answer.kind is not AnswerKind.INTERNAL_ERROR
    assert 0.0 <= answer.confidence <= 1.0


def test_user_html_is_never_echoed(advisor):
    answer = advisor.ask("<script>alert('x')</script> ![x](http://evil.example/p.png) what is an SSB")
    assert "<script>" not in answer.text
    assert "evil.example" not in answer.text


def test_the_same_question_gets_the_same_answer(advisor):
    assert advisor.ask("why are interfaces hard") == advisor.ask("why are interfaces hard")


QUESTIONS = [
    "Are solid-state batteries safer?", "what goes wrong with oxides", "sulfides versus polymers",
    "wat is a soild elecrolyte", "energy density of the AB-50AH", "is sodium-ion better", "hello",
    "", "list the sources", "what does the separator do", "how do I bake a cake", "and oxides?",
]


def test_one_advisor_answers_eight_threads_exactly_like_a_serial_run(advisor):
    work = QUESTIONS * 20
    serial = [advisor.ask(q) for q in work]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(advisor.ask, work))
    assert threaded == serial


def test_conversations_in_threads_do_not_share_topics(advisor):
    def dialogue(row: str) -> str:
        conversation = advisor.conversation()
        conversation.ask(f"what goes wrong with {row}?")
        return conversation.ask("and what is the commercial reading?").entry_ids[0]

    rows = ["sulfides", "oxides", "polymers", "composites"] * 6
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(dialogue, rows))
    assert got == [f"electrolyte-families/{r}/commercial" for r in rows]


# --------------------------------------------------------------------------- the answer library


def test_library_lists_entries_tables_and_rows_but_not_cells(advisor):
    library = advisor.library()
    assert all(isinstance(e, LibraryEntry) for e in library)
    ids = {e.id for e in library}
    assert {"faq-separator", "electrolyte-families", "electrolyte-families/oxides"} <= ids
    assert not any(e.id.count("/") == 2 for e in library)
    assert {e.kind for e in library} <= set(KINDS)


def test_library_entries_carry_the_answer_text_and_citation(advisor):
    entry = advisor.entry("faq-separator")
    assert entry.text.startswith("Usually yes, at least functionally.")
    assert entry.citation() == "Source: “FAQ” — Is the solid electrolyte also the separator?"
    assert json.loads(json.dumps(entry.to_dict()))["id"] == "faq-separator"


@pytest.mark.parametrize(("query", "expected"), [
    ("separator", "separator-changes-jobs"),
    ("seperator", "separator-changes-jobs"),
    ("sulfdes", "sulfides-prose"),
    ("mass produce", "faq-mass-production"),
    ("AB-21700", "products/ab-21700"),
])
def test_search_library_is_fuzzy(advisor, query, expected):
    hits = advisor.search_library(query)
    assert expected in [e.id for e in hits[:5]]


@pytest.mark.parametrize("title", [
    "Is the solid electrolyte also the separator?",
    "Why are solid-state batteries still hard to mass-produce?",
])
def test_searching_an_entrys_title_finds_it_first(advisor, title):
    assert advisor.search_library(title)[0].title == title


@pytest.mark.parametrize("kind", ["faq", "product", "source", "table", "section"])
def test_search_library_filters_by_kind(advisor, kind):
    hits = advisor.search_library("cell", kind=kind) + advisor.search_library("", kind=kind)
    assert hits
    assert {e.kind for e in hits} == {kind}


def test_an_empty_search_lists_everything_up_to_the_limit(advisor):
    assert advisor.search_library("") == list(advisor.library()[:50])
    assert len(advisor.search_library("", limit=3)) == 3


def test_a_search_for_nonsense_finds_nothing(advisor):
    assert advisor.search_library("qqqqzzzzxxxx") == []


def test_entry_finds_cells_too(advisor):
    cell = advisor.entry("electrolyte-families/oxides/drawbacks")
    assert cell.text.startswith("**Oxides — What usually goes wrong:** Rigid contact")
    assert cell.source.id == "electrolyte-families/oxides/drawbacks"


@pytest.mark.parametrize("entry_id", ["no-such-entry", "", "electrolyte-families/nope", "../etc/passwd"])
def test_entry_for_an_unknown_id_is_none(advisor, entry_id):
    assert advisor.entry(entry_id) is None


def test_starter_questions_are_all_answered(advisor):
    starters = advisor.starter_questions()
    assert len(starters) >= 3
    for question in starters:
        assert advisor.ask(question).found, question


def test_an_advisor_from_another_folder(write_knowledge):
    small = Advisor(write_knowledge())
    answer = small.ask("what goes wrong with oxides")
    assert answer.entry_ids == ("families/oxides/drawbacks",)
    assert small.checklist_spec is None
    # Ordinary words the small folder lacks ("safer") weigh half; a name it never mentions declines.
    assert not small.ask("Does Toyota use a solid electrolyte?").found
