"""Turning a retrieval into a chat answer: direct answer first, then where it comes from."""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.answer import MAX_ANSWER_CHARS
from advisor.retrieval.compose import fit


def table_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("|")]


@pytest.mark.parametrize(("question", "rows", "absent"), [
    ("sulfides versus polymers", ["Sulfides", "Polymers"], ["Oxides", "Composites"]),
    ("compare oxide and composite electrolytes", ["Oxides", "Composites"], ["Sulfides", "Polymers"]),
    ("semi-solid vs all-solid-state", ["Semi-solid", "All-solid-state"], ["Conventional lithium-ion"]),
    ("AB-50AH or AB-21700?", ["AB-50AH", "AB-21700"], ["AB-100AH"]),
])
def test_comparisons_are_a_markdown_table_of_exactly_the_named_rows(advisor, question, rows, absent):
    answer = advisor.ask(question)
    assert answer.found
    header, rule, *body = table_lines(answer.text)
    assert header.startswith("| ") and set(rule) <= {"|", "-"}
    assert [line.split("|")[1].strip() for line in body] == rows
    assert not any(f"| {name} |" in answer.text for name in absent)
    assert answer.text.startswith(f"**{' vs '.join(rows)}**")


def test_a_comparison_cites_the_whole_table(advisor):
    answer = advisor.ask("sulfides versus polymers")
    assert answer.entry_ids == ("electrolyte-families",)
    assert [s.id for s in answer.sources] == ["electrolyte-families"]


@pytest.mark.parametrize(("question", "row", "column", "cell"), [
    ("what goes wrong with oxides", "Oxides", "What usually goes wrong", "Rigid contact, brittleness"),
    ("why do researchers like composites", "Composites", "Why researchers like it", "Can balance transport"),
    ("energy density of the AB-50AH", "AB-50AH", "Energy Density", "320 Wh/kg"),
    ("what is the separator in a conventional lithium-ion battery", "Separator", "Conventional lithium-ion",
     "Porous film plus liquid electrolyte"),
])
def test_cell_answers_name_row_and_column_first(advisor, question, row, column, cell):
    answer = advisor.ask(question)
    assert answer.text.startswith(f"**{row} — {column}:** {cell}")
    assert f"The rest of the guide's row on {row}:" in answer.text


def test_a_whole_row_is_a_bullet_list_of_its_cells(advisor):
    answer = advisor.ask("tell me about composites")
    assert answer.entry_ids == ("electrolyte-families/composites",)
    assert "- **What usually goes wrong:** Added complexity in phase distribution" in answer.text


def test_a_whole_table_keeps_the_guides_header(advisor):
    answer = advisor.ask("which solid electrolyte types are there")
    assert "| Electrolyte family | Why researchers like it | What usually goes wrong | Commercial reading |" \
        in answer.text
    assert len(table_lines(answer.text)) == 2 + 4


def test_typos_are_answered_with_showing_results_for(advisor):
    answer = advisor.ask("why is lithum metal the real prize")
    assert answer.found
    assert answer.corrected_query == "why is lithium metal the real prize"


def test_long_questions_are_answered_with_a_notice(advisor):
    answer = advisor.ask("Why are interfaces such a big issue in solid-state batteries? " + "please " * 200)
    assert answer.found
    assert answer.notice.startswith("Your question was long")


@pytest.mark.parametrize("question", [
    "list the sources",
    "which solid electrolyte types are there",
    "layer by layer comparison of lithium-ion and solid state",
    "which products are listed",
    "compare the three routes",
])
def test_the_biggest_answers_fit_the_chat_limit(advisor, question):
    answer = advisor.ask(question)
    assert answer.found
    assert len(answer.text) <= MAX_ANSWER_CHARS


def test_no_library_entry_answers_with_more_than_the_limit(advisor):
    lengths = {e.id: len(advisor.ask(e.title).text) for e in advisor.library()}
    assert {i: n for i, n in lengths.items() if n > MAX_ANSWER_CHARS} == {}


def test_found_answers_cite_their_source(advisor):
    answer = advisor.ask("Is the solid electrolyte also the separator?")
    # The FAQ answers, and the answer goes on with the passage the FAQ rests on: both are cited, in that order.
    source, following = answer.sources
    assert (source.id, source.kind, source.section) == ("faq-separator", "faq", "FAQ")
    assert following.id == answer.went_on_with == "separator-changes-jobs"
    assert answer.text.endswith(f"*Source: {source.citation()}; {following.citation()}*")
    assert answer.citation() == ("Source: “FAQ” — Is the solid electrolyte also the separator?; "
                                 f"{following.citation()}")


@pytest.mark.parametrize("question", ["How do I knit a scarf?", "hello", ""])
def test_unanswered_questions_have_no_sources(advisor, question):
    answer = advisor.ask(question)
    assert (answer.found, answer.sources, answer.entry_ids, answer.citation()) == (False, (), (), "")
    assert "Source:" not in answer.text


def test_unanswered_questions_list_what_the_guide_covers(advisor):
    answer = advisor.ask("How do I knit a scarf?")
    assert answer.text.startswith("The guide does not cover that, so I have no answer I can stand behind.")
    assert all(f"- {topic}" in answer.text for topic in advisor.knowledge.guide.covered_topics)
    assert answer.suggestions == advisor.starter_questions()[:3]


def test_a_not_covered_topic_answers_with_the_scope_message(advisor):
    (rule,) = [r for r in advisor.knowledge.not_covered if "sodium" in r.terms]
    answer = advisor.ask("how does a sodium-ion cell compare with a solid-state one?")
    assert not answer.found
    assert answer.text.startswith(f"The guide does not cover that. {rule.message}")


@pytest.mark.parametrize(("question", "opening"), [
    ("", "Please type a question."),
    ("hi there!", "Hello! I answer questions about solid-state batteries"),
])
def test_empty_input_and_greetings(advisor, question, opening):
    assert advisor.ask(question).text.startswith(opening)


@pytest.mark.parametrize("question", [
    "what goes wrong with oxides",
    "Why are interfaces such a big issue in solid-state batteries?",
    "list the sources",
    "What should buyers ask suppliers?",
])
def test_suggestions_are_questions_other_than_the_one_asked(advisor, question):
    answer = advisor.ask(question)
    assert answer.suggestions
    assert len(answer.suggestions) <= 3
    assert len(set(answer.suggestions)) == len(answer.suggestions)
    for suggestion in answer.suggestions:
        assert suggestion.endswith("?")
        assert suggestion[0].isupper()
        assert advisor.ask(suggestion).found


def test_a_cell_suggests_the_same_column_for_the_other_rows(advisor):
    assert advisor.ask("what goes wrong with oxides").suggestions == (
        "What goes wrong with sulfides?", "What goes wrong with polymers?", "What goes wrong with composites?")


@pytest.mark.parametrize(("text", "expected"), [
    ("short answer", "short answer"),
    ("x" * MAX_ANSWER_CHARS, "x" * MAX_ANSWER_CHARS),
])
def test_fit_leaves_short_text_alone(text, expected):
    assert fit(text) == expected


def test_fit_cuts_at_a_paragraph_and_marks_the_cut():
    paragraphs = "\n\n".join(f"Paragraph {i} " + "word " * 40 for i in range(20))
    cut = fit(paragraphs)
    assert len(cut) <= MAX_ANSWER_CHARS
    assert cut.endswith(" …")
    assert paragraphs.startswith(cut[:-2].rstrip())
    assert cut[:-2].rstrip().endswith("word")


def test_fit_cuts_text_without_spaces():
    cut = fit("y" * 5000)
    assert len(cut) <= MAX_ANSWER_CHARS
    assert cut.endswith(" …")


def test_fit_takes_another_limit():
    assert len(fit("one two three four five six seven eight", limit=20)) <= 20


@pytest.mark.parametrize("question", ["how do I bake a cake", "how do I change a tyre"])
def test_everyday_words_are_not_shown_as_corrections(advisor, question):
    assert advisor.ask(question).corrected_query is None


def test_the_see_also_pointer_is_a_typed_field_matching_the_line_in_the_text(advisor: Advisor) -> None:
    answer = advisor.ask("tell me about oxide electrolytes")
    assert answer.see_also is not None, "this question has a close runner-up"
    entry = advisor.knowledge.entry(answer.see_also.entry_id)
    assert entry is not None and entry.id not in answer.entry_ids
    assert answer.see_also.line == f"\n\n*See also:* {entry.title}" and answer.see_also.line in answer.text
    assert answer.see_also.question and answer.see_also.question[0].isupper()
    assert answer.to_dict()["see_also"] == answer.see_also.to_dict()
    # Everywhere: the field is set exactly when the text has the line.
    for entry in advisor.knowledge.entries[:60]:
        shown = advisor.ask(entry.questions[0])
        assert (shown.see_also is not None) == ("*See also:*" in shown.text), entry.questions[0]


def test_a_whole_table_too_wide_to_fit_shows_every_row_without_its_widest_column(advisor):
    from advisor.retrieval.compose import _whole_table_text

    table = next(t for t in advisor.knowledge.tables
                 if sum(len(c) for r in t.rows for c in r.cells.values()) > MAX_ANSWER_CHARS)
    text = _whole_table_text(table, MAX_ANSWER_CHARS - 100)
    assert text is not None and len(text) <= MAX_ANSWER_CHARS - 100
    assert all(f"| {row.name} |" in text for row in table.rows)
    assert f"All {len(table.rows)} shown; left out to fit:" in text
    widest = max(table.columns, key=lambda c: sum(len(r.cells[c.id]) for r in table.rows))
    assert widest.name in text.split("left out to fit:")[1]
    assert f"| {widest.name} |" not in text.splitlines()[2]


def test_a_too_wide_whole_table_answer_lists_all_its_rows(advisor):
    answer = advisor.ask("what sources does the guide use?")
    if answer.entry_ids == ("sources",):
        body = [line for line in table_lines(answer.text)[2:]]
        assert len(body) == len(advisor.knowledge.table("sources").rows)
        assert len(answer.text) <= MAX_ANSWER_CHARS


def test_a_long_run_of_lead_words_is_read_in_linear_time(advisor):
    # The list-request pattern once let each separator be read two ways, so "so, so, so, ..." was
    # tried in every split (2**30 here): ask() never returned. Now the message is answered at once;
    # a regression would fail by pytest-timeout rather than by an assertion on time.
    answer = advisor.ask("so, " * 30 + "what goes wrong with sulfides?")
    assert answer.found and "moisture" in answer.text.lower()


# --------------------------------------------------------------------------- a request for a list


@pytest.mark.parametrize(("question", "listed"), [
    ("Enumerate the requirements a good solid electrolyte has to meet.", "electrolyte-three-jobs"),
    ("List the requirements for a good solid electrolyte.", "electrolyte-three-jobs"),
    ("What are the main ways interfaces harm a cell's performance?", "interface-failure-bullets"),
])
def test_a_request_for_a_list_is_answered_by_a_close_list(advisor, question, listed):
    """The best passage (a review's point about good electrolytes) is prose; the close runner-up is
    the guide's numbered list of what the electrolyte must do: a request for a list gets the list.
    With list_answer_ratio above 1 it does not."""
    from advisor.retrieval.tuning import Tuning
    assert advisor.ask(question).entry_ids == (listed,)
    assert Advisor(tuning=Tuning(list_answer_ratio=1.1)).ask(question).entry_ids != (listed,)


def test_a_question_that_asks_for_no_list_keeps_the_best_entry(advisor):
    assert advisor.ask("What makes a good solid electrolyte?").entry_ids == ("zhao-good-electrolyte",)


@pytest.mark.parametrize("question", [
    "Does the solid layer keep the electrodes from touching as well as carrying ions?",
    "Does one solid layer both conduct the ions and stop shorts?",
])
def test_a_claim_put_as_yes_or_no_is_answered_by_the_close_faq_with_its_verdict(advisor, question):
    # The best match states facts (a passage on ion and electron paths); the FAQ written to answer
    # this yes/no question is close behind and settles it first.
    answer = advisor.ask(question)
    assert answer.entry_ids == ("faq-separator",)
    assert answer.text.startswith("Usually yes")


@pytest.mark.parametrize(("question", "entry"), [
    ("What does the separator turn into in a solid-state battery?", "layers/separator/solid-state"),
    ("How do the ion and electron paths differ in a solid-state cell?", "ion-electron-separator-paths"),
])
def test_an_open_question_keeps_its_best_entry_over_a_yes_no_faq(advisor, question, entry):
    assert advisor.ask(question).entry_ids == (entry,)


@pytest.mark.parametrize(("question", "entry"), [
    ("Someone told me to skip 'is it solid-state' and ask something else. What?", "buyer-better-question"),
    ("Explain 'the interface is the battery' for a supplier meeting", "interface-is-the-battery"),
])
def test_a_question_quoting_the_guide_is_answered_by_the_passage_that_says_it(advisor, question, entry):
    assert advisor.ask(question).entry_ids == (entry,)


@pytest.mark.parametrize(("question", "entry"), [
    # A quoted source title names its row; the column asked for still answers.
    ("Who wrote 'A solid future for battery development'?", "sources/janek-zeier-2016/authors"),
    # Scare quotes around a term quote no passage.
    ("A seller's brochure says 'solid-state' everywhere. What should I ask?", "buyer-ask-list"),
])
def test_a_quoted_title_or_term_does_not_pick_a_passage(advisor, question, entry):
    assert advisor.ask(question).entry_ids == (entry,)


@pytest.mark.parametrize("question", [
    "Inside the cell, what jobs do solid electrolytes have?",
    "Solid electrolytes: what jobs inside the cell?",
])
def test_a_passage_titled_with_the_questions_subject_beats_a_table_matched_by_a_header_word(advisor, question):
    # The layers table's "Layer or job" header matches "jobs"; the passage is about the solid electrolyte.
    assert advisor.ask(question).entry_ids == ("electrolyte-three-jobs",)


@pytest.mark.parametrize(("question", "entry"), [
    ("Show me the layer by layer comparison with lithium-ion", "layers"),
    ("Which families of solid electrolyte does the guide compare in its table?", "electrolyte-families"),
])
def test_a_question_asking_for_the_table_keeps_it(advisor, question, entry):
    assert advisor.ask(question).entry_ids == (entry,)
