"""Superlatives over tables (advisor/retrieval/superlatives.py): which table a question picks among,
verdicts over every respect, and text columns read for the property a question names.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.retrieval.superlatives import superlative_word


@pytest.mark.parametrize(("words", "picked"), [
    (["which", "sort", "of", "electrolyte", "is", "cheapest", "to", "make"], {"electrolyte-families"}),
    (["which", "electrolyte", "category", "is", "the", "most", "robust"], {"electrolyte-families"}),
    (["which", "solid", "electrolyte", "is", "the", "most", "flexible"], {"electrolyte-families"}),
    # "electrolyte" modifies another noun: the question picks among layers, not among families.
    (["which", "thin", "electrolyte", "layers", "crack", "most"], set()),
    (["which", "electrolyte", "coating", "is", "the", "thickest"], set()),
])
def test_a_row_header_ending_in_a_kind_noun_is_picked_by_the_thing_it_names(
        advisor: Advisor, words: list[str], picked: set[str]) -> None:
    """"Electrolyte family": "which sort of electrolyte", "which electrolyte category" and "which
    solid electrolyte is ..." all pick among the families."""
    assert advisor.retriever.superlatives_.tables_picked_among(words) == picked


@pytest.mark.parametrize(("words", "word"), [
    (["does", "one", "family", "outperform", "the", "rest"], "outperform"),
    (["which", "type", "trumps", "the", "others"], "trumps"),
    (["is", "it", "a", "quick", "win"], None),  # a win is a noun here, not one thing coming first
])
def test_verbs_of_coming_first_are_superlatives(words: list[str], word: str | None) -> None:
    assert superlative_word(words) == word


@pytest.mark.parametrize("question", [
    "Does any one solid electrolyte family outperform all the rest?",
    "Which electrolyte type comes out on top overall?",
    "Which sort of electrolyte is the best all-rounder?",
    "honestly, one electrolyte category must dominate the others?",
])
def test_a_verdict_over_every_respect_is_the_passage_written_for_it(advisor: Advisor, question: str) -> None:
    """"Which family is best?" over a table of text: no row is declared the winner; the guide's own
    answer (no single family wins every category) is given."""
    answer = advisor.ask(question)
    assert answer.found
    assert answer.entry_ids == ("no-single-family-wins",)
    assert "by the guide's" not in answer.text


def test_a_verdict_picks_no_row_for_the_follow_up(advisor: Advisor) -> None:
    retrieval = advisor.retriever.retrieve("Does any one solid electrolyte family outperform all the rest?")
    assert retrieval.superlative is not None and retrieval.superlative.order == ()
    _, row = advisor.retriever.topic_after(retrieval, None)
    assert row is None


@pytest.mark.parametrize("question", [
    "What's the best route to the airport from downtown?",
    "Which delivery route beats the others at rush hour?",
    "What is the best sports drink with electrolytes?",  # everyday words outnumber the guide's
])
def test_a_verdict_is_not_read_for_a_question_off_the_guides_subject(advisor: Advisor, question: str) -> None:
    """"Route" is a row header of the guide, but a question with no word of its subject is not about it."""
    retrieval = advisor.retriever.retrieve(question)
    assert retrieval.superlative is None or retrieval.superlative.passage is None
    assert not advisor.ask(question).found


@pytest.mark.parametrize(("question", "opening"), [
    ("Which electrolyte family is most prone to moisture trouble?", "**Sulfides**"),
    ("Which kind of solid electrolyte is easiest to shape into thin layers?", "**Polymers**"),
])
def test_most_and_easiest_read_a_text_column_for_the_property_named(advisor: Advisor, question: str,
                                                                    opening: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert answer.text.startswith(opening)


def test_least_does_not_name_the_row_with_the_most_of_a_property(advisor: Advisor) -> None:
    """The rows of a text column cannot be put in order; the one that says "brittle" is the most
    brittle, never the least."""
    assert not advisor.ask("Which electrolyte family is least brittle?").text.startswith("**Oxides**")


@pytest.mark.parametrize(("words", "unit", "named"), [
    (["most", "energy", "per", "kilo"], "wh/kg", True),
    (["the", "best", "wh", "kg", "figure"], "wh/kg", True),
    (["weighs", "two", "kg"], "wh/kg", False),  # a weight in kilograms is not a figure per kilogram
    (["the", "highest", "volts"], "v", True),
    (["sulfides", "v", "oxides"], "v", False),  # a lone "v" is "versus"
])
def test_a_unit_is_named_in_its_everyday_words(words: list[str], unit: str, named: bool) -> None:
    from advisor.retrieval.superlatives import names_unit
    assert names_unit(words, unit) is named


@pytest.mark.parametrize("question", [
    "Which of the three cells squeezes the most out of every kilogram, per kilo of cell?",
    "AB-50AH, AB-100AH or AB-21700: which gives you the biggest number per kg?",
])
def test_the_unit_a_question_names_picks_the_column_to_rank(advisor: Advisor, question: str) -> None:
    """"Per kilo" names the column measured in Wh/kg, whatever else the question's words match; and a
    column named by its unit is one the table gives, so no attribute gap either."""
    answer = advisor.ask(question)
    assert answer.found
    assert answer.text.startswith("**AB-50AH** has the")
    assert "320 Wh/kg" in answer.text.split("\n")[0]


def test_a_weight_in_kilograms_is_still_an_attribute_the_table_lacks(advisor: Advisor) -> None:
    answer = advisor.ask("How many kilos does the AB-21700 weigh?")
    assert not answer.found
    assert "lists only series, cell type, energy density and nominal voltage" in answer.text


def test_which_one_beats_a_named_row_ranks_the_rows(advisor: Advisor) -> None:
    """"Which cell beats the AB-100AH on voltage?" names one row, the one to beat: the table is still
    ranked (unlike "which X gives <row> the highest ...", which picks among something else), and the
    answer says "highest", not the verb."""
    answer = advisor.ask("Which cell beats the AB-100AH on voltage?")
    assert answer.found
    assert answer.text.startswith("**AB-50AH** and **AB-21700** have the highest nominal voltage")


def test_a_beats_it_follow_up_is_ranked_not_refused(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    conversation.ask("What is the energy density of the AB-100AH?")
    answer = conversation.ask("and which of them outperforms it?")
    assert answer.found
    assert answer.text.startswith("**AB-50AH** has the highest energy density")


@pytest.mark.parametrize("question", [
    "Which fruit has the most sugar per kg?",  # a unit of the products table, but no word of it
    "Which wire carries the most volts?",
    "Which truck carries the most cargo per kilo of fuel?",  # a text column's words ("carries ions")
    "what costs the least per kg, rice or pasta?",
])
def test_a_superlative_about_no_table_of_the_guide_is_not_ranked_from_one(advisor: Advisor, question: str) -> None:
    """A column is ranked only for a question that names its table in the table's own terms (what
    its rows are, a row, a cell's word or a column), besides the unit: the others are declined."""
    answer = advisor.ask(question)
    assert not answer.found


@pytest.mark.parametrize(("question", "first"), [
    # Our own wordings: each names one row in passing and says it picks among the table's kind of row.
    ("Among the routes (semi-solid included), which one has the most mature manufacturing?",
     "**Conventional lithium-ion**"),
    ("Of all the routes, semi-solid among them, which has the most long-term energy-density potential?",
     "**All-solid-state**"),
])
def test_a_question_naming_the_tables_kind_of_row_picks_among_its_rows(
        advisor: Advisor, question: str, first: str) -> None:
    """"Of the routes (... semi-solid ...), which is most X?" names one row, but also says what it picks
    among (the row header, "Route"): the table's rows are ranked, unlike "which dopant gives oxides the
    highest ...?", which picks among something the table does not list."""
    answer = advisor.ask(question)
    assert answer.found
    assert answer.text.startswith(first)


def test_naming_the_row_kind_is_read_from_the_row_header(advisor: Advisor) -> None:
    finder = advisor.retriever.superlatives_
    routes = advisor.knowledge.table("routes")
    assert finder.names_row_kind(["of", "the", "routes", "which"], routes)
    assert not finder.names_row_kind(["which", "dopant", "gives", "oxides"], routes)


def test_a_tie_on_passages_is_broken_by_the_rows_own_cells(advisor: Advisor) -> None:
    """A passage may use a word of another row to deny it ("not yet commercially mature"); the cell says
    it of its own row: "most mature" ranks the row whose cell says "Mature" first."""
    finder = advisor.retriever.superlatives_
    routes = advisor.knowledge.table("routes")
    order = finder._by_property_words(["which", "route", "is", "most", "mature"], "most", routes,
                                      ["conventional", "semi-solid", "all-solid-state"])
    assert order is not None and order[0] == "conventional"


@pytest.mark.parametrize(("question", "lead"), [
    # Each offers two rows with "or"; the table's overall winner is not among them or is one of them.
    ("Which has more Wh/kg overall, the biggest of them: prismatic or cylindrical?", "**AB-21700**"),
    ("which packs the most energy per kilo, the prismatic or the cylindrical?", "**AB-21700**"),
    ("which is the oldest paper, Tan or Kalnaus?", "**Tan et al."),
    ("which source is the newest, Randau or Famprikis?", "**Randau et al."),
    ("which cell has the lowest voltage, pouch or cylindrical?", "**AB-50AH** and **AB-21700**"),
    ("which one gives the highest energy density, 50AH or 100AH?", "**AB-50AH**"),
])
def test_a_superlative_between_rows_offered_with_or_ranks_only_those(
        advisor: Advisor, question: str, lead: str) -> None:
    """"X or Y" offers the rows to pick among, even where one of them is named by a word several rows'
    cells share or by no alias at all: the winner of those, not of the whole table, nor one row's cell."""
    answer = advisor.ask(question)
    assert answer.found
    assert answer.text.startswith(lead), answer.text[:200]
    assert "of the 2 in" in answer.text.split("\n")[0]


@pytest.mark.parametrize("question", [
    "which cell has the most wh kg of the three",  # no "or": every row
    "which has the most energy density pouch or whatever",  # one side names no row
    "is the pouch cell or the prismatic one better",  # no superlative here, but two rows are offered
])
def test_rows_offered_need_a_row_on_each_side_of_or(advisor: Advisor, question: str) -> None:
    words = question.split()
    table = advisor.knowledge.table("products")
    offered = advisor.retriever.superlatives_.rows_offered(words, table, set())
    assert offered == (() if "prismatic" not in words else ("ab-50ah", "ab-100ah"))


def test_a_list_before_or_offers_each_row_it_names(advisor: Advisor) -> None:
    """"Sulphide, oxide or polymer": every family the list names is offered, so the whole table stays ranked."""
    answer = advisor.ask("Which sulphide, oxide or polymer family has the fastest ion transport?")
    assert answer.text.startswith("**Sulfides**"), answer.text[:200]
