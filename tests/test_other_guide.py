"""``Advisor(knowledge_dir=OTHER)`` serves another guide entirely.

The fixture ``tests/fixtures/other-guide/`` is a small knowledge folder about home
sourdough baking (entries, one table, synonyms, scope, guide.yaml, no checklist.yaml).
Everything the advisor says from it must come from it: no word of the bundled
solid-state battery guide may leak into answers, suggestions, citations or greetings.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from advisor import Advisor, Answer, ChecklistError
from advisor.answer import AnswerKind

FIXTURE = Path(__file__).parent / "fixtures" / "other-guide"

#: Words of the bundled guide that must never appear in what the other guide's advisor says.
BATTERY_WORDS = ("batter", "lithium", "supplier", "solid-state", "electrolyte")
_BATTERY = re.compile("|".join(re.escape(w) for w in BATTERY_WORDS), re.IGNORECASE)

GUIDE = yaml.safe_load((FIXTURE / "guide.yaml").read_text(encoding="utf-8"))["guide"]
STARTERS = tuple(GUIDE["starter_questions"])
TOPICS = tuple(GUIDE["covered_topics"])
SCOPE = yaml.safe_load((FIXTURE / "scope.yaml").read_text(encoding="utf-8"))["not_covered"]

#: Questions the fixture does not cover and names in no scope.yaml topic.
UNRELATED = [
    pytest.param("How do solid-state batteries work?", id="battery-question"),
    pytest.param("What lithium battery should I buy?", id="lithium-question"),
    pytest.param("Which electrolyte is best?", id="electrolyte-question"),
    pytest.param("How do I change a car tyre?", id="car-tyre"),
    pytest.param("What is the capital of France?", id="capital"),
]


def _fixture_entries() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for path in sorted((FIXTURE / "entries").glob("*.yaml")):
        out.extend(yaml.safe_load(path.read_text(encoding="utf-8"))["entries"])
    return out


def _fixture_table() -> dict[str, object]:
    return yaml.safe_load((FIXTURE / "tables" / "flour-types.yaml").read_text(encoding="utf-8"))["table"]


def _library_ids() -> set[str]:
    """Free-text entries, the whole table and its rows: what the answer library shows."""
    table = _fixture_table()
    rows = table["rows"]
    assert isinstance(rows, list)
    return {str(e["id"]) for e in _fixture_entries()} | {str(table["id"])} | {f"{table['id']}/{r['id']}" for r in rows}


def _said(answer: Answer) -> list[str]:
    """Everything an answer shows the user, except the user's own question."""
    return [
        answer.text,
        *answer.suggestions,
        *(s.title for s in answer.sources),
        *(s.section for s in answer.sources),
        answer.citation(),
        answer.corrected_query or "",
        answer.notice or "",
    ]


def assert_no_battery_words(*texts: str) -> None:
    leaks = {text: _BATTERY.findall(text) for text in texts if _BATTERY.search(text)}
    assert not leaks, f"battery-guide words in the other guide's output: {leaks}"


def assert_answer_is_clean(answer: Answer) -> None:
    assert_no_battery_words(*_said(answer))


def _advisor(folder: Path) -> Iterator[Advisor]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ADVISOR_CACHE_DIR", "off")  # always built from the files, never from a cached index
        yield Advisor(knowledge_dir=folder)


@pytest.fixture(scope="module")
def sourdough() -> Iterator[Advisor]:
    yield from _advisor(FIXTURE)


@pytest.fixture(scope="module")
def without_guide_yaml(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Advisor]:
    folder = tmp_path_factory.mktemp("copies") / "sourdough-notes"
    shutil.copytree(FIXTURE, folder)
    (folder / "guide.yaml").unlink()
    yield from _advisor(folder)


# --------------------------------------------------------------------------- the fixture itself


def test_the_fixture_never_mentions_the_battery_guide():
    """Otherwise the leak checks below could not tell the fixture's words from the bundled guide's."""
    files = sorted(p for p in FIXTURE.rglob("*") if p.is_file())
    assert {p.relative_to(FIXTURE).as_posix() for p in files} >= {"guide.yaml", "synonyms.yaml", "scope.yaml",
                                                                  "tables/flour-types.yaml"}
    assert not (FIXTURE / "checklist.yaml").exists()
    for path in files:
        assert_no_battery_words(path.read_text(encoding="utf-8"))


def test_the_advisor_loads_the_fixture_and_its_guide_yaml(sourdough):
    assert sourdough.knowledge.directory == FIXTURE
    guide = sourdough.knowledge.guide
    assert guide.title == GUIDE["title"]
    assert guide.name == GUIDE["name"]
    assert guide.greeting == GUIDE["greeting"]
    assert guide.covered_topics == TOPICS
    assert guide.starter_questions == STARTERS
    assert {e.kind for e in sourdough.knowledge.entries} == {"faq", "section", "table"}


# --------------------------------------------------------------------------- questions


def test_a_covered_question_is_answered_from_the_fixture(sourdough):
    answer = sourdough.ask("How often should I feed my levain?")  # "levain" is a synonyms.yaml word
    assert answer.found
    assert answer.kind is AnswerKind.ANSWERED
    assert answer.entry_ids == ("faq-feeding",)
    assert "once or twice a day" in answer.text
    assert [(s.id, s.title, s.section) for s in answer.sources] == [
        ("faq-feeding", "How often should I feed my starter?", "Your starter")]
    assert "*Source: “Your starter” — How often should I feed my starter?*" in answer.text
    assert answer.suggestions  # related entries of faq-feeding
    assert set(answer.suggestions) <= {"How do I know my starter is ready to bake with?",
                                       "What is a sourdough starter?"}
    assert_answer_is_clean(answer)


@pytest.mark.parametrize(("question", "start"), [("thanks", "You're welcome!"), ("bye", "Goodbye")])
def test_thanks_and_goodbye_get_a_short_reply(sourdough, question, start):
    answer = sourdough.ask(question)
    assert answer.kind is AnswerKind.SMALL_TALK and answer.text.startswith(start)
    assert_answer_is_clean(answer)


def test_a_table_cell_question_gets_the_cell(sourdough):
    answer = sourdough.ask("How much protein does whole wheat flour have?")
    assert answer.found
    assert answer.entry_ids == ("flour-types/whole-wheat/protein",)
    assert "**Whole wheat flour — Typical protein:** About 13 to 14 percent" in answer.text
    assert answer.sources[0].title == "Flour types compared: Whole wheat flour — Typical protein"
    assert answer.sources[0].section == "Choosing flour"
    # The same column for the other rows is suggested.
    assert "How much protein does rye flour have?" in answer.suggestions  # row names in natural case
    assert_answer_is_clean(answer)


@pytest.mark.parametrize("question", ["bread flour vs rye flour", "compare plain flour and strong flour"])
def test_a_two_row_comparison_shows_both_rows_side_by_side(sourdough, question):
    answer = sourdough.ask(question)
    assert answer.found
    assert answer.entry_ids == ("flour-types",)
    rows = [line for line in answer.text.splitlines() if line.startswith("| ") and "---" not in line]
    assert rows[0] == "| Flour | Typical protein | Water it takes up | Best for |"
    named = {row.split("|")[1].strip() for row in rows[1:]}
    expected = {"Bread flour", "Rye flour"} if "rye" in question else {"All-purpose flour", "Bread flour"}
    assert named == expected
    assert_answer_is_clean(answer)


@pytest.mark.parametrize(("question", "topic"), [
    ("Can I bake gluten-free sourdough?", "special diets"),
    ("Is sourdough safe for coeliac people?", "special diets"),
    ("Can I use instant yeast instead?", "other kinds of bread"),
])
def test_a_scope_topic_is_declined_with_its_message(sourdough, question, topic):
    rule = next(r for r in SCOPE if r["topic"] == topic)
    answer = sourdough.ask(question)
    assert not answer.found
    assert answer.kind is AnswerKind.NOT_COVERED
    assert rule["message"] in answer.text
    assert answer.sources == ()
    assert answer.suggestions == STARTERS[:3]
    assert_answer_is_clean(answer)


@pytest.mark.parametrize("question", UNRELATED)
def test_an_unrelated_question_offers_the_fixtures_topics_and_starters(sourdough, question):
    answer = sourdough.ask(question)
    assert not answer.found
    assert answer.kind is AnswerKind.NOT_COVERED
    assert answer.text.startswith("The guide does not cover that")
    help_with = answer.text.split("I can help with:\n", 1)[1]
    assert help_with.splitlines() == [f"- {t}" for t in TOPICS]
    assert answer.suggestions == STARTERS[:3]
    assert answer.sources == ()
    assert_answer_is_clean(answer)


def test_starter_questions_are_the_fixtures(sourdough):
    assert sourdough.starter_questions() == STARTERS
    assert_no_battery_words(*sourdough.starter_questions())


@pytest.mark.parametrize("question", STARTERS)
def test_every_starter_question_is_answered(sourdough, question):
    answer = sourdough.ask(question)
    assert answer.found, question
    assert answer.entry_ids[0] in {e.id for e in sourdough.knowledge.entries}
    assert_answer_is_clean(answer)


@pytest.mark.parametrize("question", ["hello", "Hi there!"])
def test_small_talk_gets_the_fixtures_greeting(sourdough, question):
    answer = sourdough.ask(question)
    assert not answer.found
    assert answer.kind is AnswerKind.SMALL_TALK
    assert answer.text.startswith(GUIDE["greeting"])
    assert answer.suggestions == STARTERS[:3]
    assert_answer_is_clean(answer)


def test_every_phrasing_in_the_fixture_is_answered_without_battery_words(sourdough):
    """Each free-text entry's own phrasings find that entry; nothing said along the way leaks."""
    for entry in _fixture_entries():
        questions = entry["questions"]
        assert isinstance(questions, list)
        for question in questions:
            answer = sourdough.ask(str(question))
            assert answer.found and answer.entry_ids == (entry["id"],), (question, answer.entry_ids)
            assert_answer_is_clean(answer)


# --------------------------------------------------------------------------- conversations


def test_a_follow_up_moves_along_the_fixtures_table(sourdough):
    conversation = sourdough.conversation()
    first = conversation.ask("What is the protein content of bread flour?")
    assert first.entry_ids == ("flour-types/bread-flour/protein",)
    second = conversation.ask("what about rye flour?")
    assert second.found
    assert second.entry_ids == ("flour-types/rye/protein",)
    assert "**Rye flour — Typical protein:** About 8 to 10 percent" in second.text
    third = conversation.ask("and plain flour?")  # an alias of the all-purpose row
    assert third.entry_ids == ("flour-types/all-purpose/protein",)
    for answer in (first, second, third):
        assert_answer_is_clean(answer)


def test_a_follow_up_keeps_the_row_and_changes_the_column(sourdough):
    conversation = sourdough.conversation()
    assert conversation.ask("how thirsty is rye flour?").entry_ids == ("flour-types/rye/water",)
    answer = conversation.ask("and strong flour?")
    assert answer.entry_ids == ("flour-types/bread-flour/water",)
    assert_answer_is_clean(answer)


# --------------------------------------------------------------------------- no checklist.yaml


def test_the_checklist_says_none_is_configured(sourdough):
    assert sourdough.checklist_spec is None
    for start in (sourdough.checklist, lambda: sourdough.checklist_from_dict({}),
                  lambda: sourdough.prefill_checklist("We use rye flour.")):
        with pytest.raises(ChecklistError, match=r"has no checklist\.yaml") as caught:
            start()
        assert str(FIXTURE) in str(caught.value)


def test_the_no_checklist_message_does_not_mention_suppliers(sourdough):
    with pytest.raises(ChecklistError) as caught:
        sourdough.checklist()
    assert_no_battery_words(str(caught.value))


@pytest.mark.parametrize("request_text", ["help me evaluate a supplier", "start the checklist"])
def test_asking_for_a_checklist_does_not_start_one(sourdough, request_text):
    conversation = sourdough.conversation()
    answer = conversation.ask(request_text)
    assert conversation.checklist is None
    assert answer.kind is not AnswerKind.CHECKLIST
    assert not answer.found
    assert answer.suggestions == STARTERS[:3]
    assert_answer_is_clean(answer)
    # The conversation goes on answering from the guide.
    after = conversation.ask("What is a sourdough starter?")
    assert after.found and after.entry_ids == ("faq-what-is-starter",)
    assert conversation.checklist is None


# --------------------------------------------------------------------------- answer library


def test_the_library_lists_only_fixture_entries(sourdough):
    library = sourdough.library()
    assert {e.id for e in library} == _library_ids()
    for entry in library:
        assert_no_battery_words(entry.title, entry.section, entry.text, entry.citation())
    assert {e.kind for e in library} == {"faq", "section", "table"}


@pytest.mark.parametrize("query", ["rye", "starter", "dutch oven", "battery", "lithium", "supplier", ""])
def test_library_search_finds_only_fixture_entries(sourdough, query):
    found = sourdough.search_library(query)
    assert {e.id for e in found} <= _library_ids()
    for entry in found:
        assert_no_battery_words(entry.title, entry.section, entry.text, entry.citation())
    if query in {"rye", "starter", "dutch oven"}:
        assert found, query
    if query == "rye":
        assert "flour-types/rye" in {e.id for e in found}


def test_library_search_filters_by_kind(sourdough):
    assert {e.id for e in sourdough.search_library("", kind="faq")} == {
        str(e["id"]) for e in _fixture_entries() if e["kind"] == "faq"}
    assert sourdough.search_library("", kind="checklist") == []


# --------------------------------------------------------------------------- without guide.yaml


def test_without_guide_yaml_topics_and_starters_come_from_the_entries(without_guide_yaml):
    guide = without_guide_yaml.knowledge.guide
    entries = _fixture_entries()
    assert guide.title == "sourdough-notes"  # the folder's name
    assert guide.covered_topics == (*dict.fromkeys(str(e["section"]) for e in entries), "Choosing flour")
    assert guide.starter_questions == tuple(str(e["title"]) for e in entries if e["kind"] == "faq")[:5]
    assert without_guide_yaml.starter_questions() == guide.starter_questions
    assert_no_battery_words(guide.title, guide.name, guide.greeting, *guide.covered_topics, *guide.starter_questions)


def test_without_guide_yaml_questions_are_still_answered(without_guide_yaml):
    answer = without_guide_yaml.ask("How often should I feed my starter?")
    assert answer.found and answer.entry_ids == ("faq-feeding",)
    assert_answer_is_clean(answer)
    for question in without_guide_yaml.starter_questions():
        starter = without_guide_yaml.ask(question)
        assert starter.found, question
        assert_answer_is_clean(starter)


@pytest.mark.parametrize("question", ["How do solid-state batteries work?", "hello", "Can I bake gluten-free bread?"])
def test_without_guide_yaml_declines_with_the_derived_topics(without_guide_yaml, question):
    guide = without_guide_yaml.knowledge.guide
    answer = without_guide_yaml.ask(question)
    assert not answer.found
    assert answer.text.split("I can help with:\n", 1)[1].splitlines() == [f"- {t}" for t in guide.covered_topics]
    assert answer.suggestions == guide.starter_questions[:3]
    if question == "hello":
        assert answer.text.startswith("Hello! I answer questions from the guide “sourdough-notes”.")
    assert_answer_is_clean(answer)
