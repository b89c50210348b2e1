"""Everyday words met in the twenty-second round, each a general way of saying what the guide says:
a verb in "-ing" whose root is short ("asking" -> "ask"); a measure named after "what" ("what dew point
...?") asks for a figure; gaps in a cell are its voids; a tender's "bidder" is a supplier; a battery not yet
"in every car / shop" or "everywhere yet" is not yet in universal high-volume supply; and more below.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from advisor import Advisor, Answer


def test_a_short_root_before_ing_is_the_knowledge_word(advisor: Advisor) -> None:
    assert "ask" in advisor.retriever.index_.other_forms("what else should i be asking")
    # ... but "asked" reports a question someone asked, and keeps its four-letter rule.
    assert "ask" not in advisor.retriever.index_.other_forms("my son asked whether it works")


def test_a_bidder_is_a_supplier(advisor: Advisor) -> None:
    answer = advisor.ask("What should bidders tell us about the test format behind their cycle data?")
    assert answer.found and "coin cell" in answer.text


@pytest.mark.parametrize("question", [
    "how come these batteries are not in every shop yet?",
    "why isn't solid-state in every car already, if it's so great?",
    "why aren't solid-state cells everywhere yet?",
])
def test_not_yet_everywhere_is_high_volume_supply(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found and "universal high-volume supply" in answer.text


def test_a_measure_the_guide_never_quantifies_is_no_figure_it_gives(advisor: Advisor) -> None:
    answer = advisor.ask("What dew point must the dry room hold when oxide electrolytes are processed?")
    assert not answer.found and "gives no figure" in answer.text


def test_gaps_in_a_cell_are_the_guides_voids(advisor: Advisor) -> None:
    answer = advisor.ask("my cells lose capacity, could little gaps be forming inside when charging, is that real?")
    assert answer.found and "voids" in answer.text


@pytest.mark.parametrize("question", [
    "What knobs can designers turn to keep a cell mechanically sound?",
])
def test_knobs_are_design_variables(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found and "design variables" in answer.text


def test_the_guides_opinion_however_qualified(advisor: Advisor) -> None:
    answer = advisor.ask("In one line, what is the writer's core opinion?")
    assert answer.found and "main opinion" in answer.text


def test_explainer_websites_that_agree_are_consistent(advisor: Advisor) -> None:
    answer = advisor.ask("Do the explainer websites agree on how these cells work?")
    assert answer.found and "editorial explainers" in answer.text


def test_what_engineers_sort_out_later_is_treated_as_a_detail(advisor: Advisor) -> None:
    answer = advisor.ask("the interface is a minor thing engineers sort out later, right?")
    assert answer.found and "the interface is the battery" in answer.text


def test_a_synonym_does_not_make_a_device_known(advisor: Advisor) -> None:
    # "phone" and "motor" stay words the knowledge never uses: a question about fitting the battery to a
    # device is still declined (a synonym's key joins the knowledge's words, so none names a device).
    assert not advisor.ask("Can I put a solid-state battery in my phone?").found
    assert "motor" in advisor.retriever.prepare("is a solid-state battery good for a motor?").ordinary


def test_a_battery_powering_something_is_discharging(advisor: Advisor) -> None:
    answer = advisor.ask("while the cell is powering a device, where do its lithium ions head?")
    assert answer.found and "during discharge" in answer.text


def test_getting_damp_is_moisture(advisor: Advisor) -> None:
    assert "moisture" in advisor.retriever.prepare("do sulfides mind getting damp").prepared.split()


def test_the_sources_a_guide_leans_on_are_those_it_cites(advisor: Advisor) -> None:
    assert advisor.retriever.prepare("which papers does it lean on").prepared.endswith("cite")


def test_a_goal_is_a_target(last_answer: Callable[..., Answer]) -> None:
    answer = last_answer("Is lithium metal used in every solid-state cell?", "so why is it such a goal?")
    assert answer.found and "long-term target" in answer.text


@pytest.mark.parametrize("question", [
    "How much lithium gets dug up every year?",
    "How many tonnes of lithium are mined per year?",
])
def test_so_much_a_year_is_no_year_of_the_reading_list(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert not answer.found and "Year:" not in answer.text


def test_turning_up_in_products_is_reaching_the_market(advisor: Advisor) -> None:
    answer = advisor.ask("why do semi-solid cells show up in products sooner?")
    assert answer.found and "reach the market earlier" in answer.text


@pytest.mark.parametrize("seller", ["the dealer", "the salesman", "our sales rep"])
def test_a_dealer_or_salesman_is_the_supplier(advisor: Advisor, seller: str) -> None:
    assert "supplier" in advisor.retriever.prepare(f"what should I ask {seller}").prepared.split()


def test_where_the_layers_meet_is_at_the_interfaces(advisor: Advisor) -> None:
    answer = advisor.ask("what kind of trouble starts where the layers touch?")
    assert answer.found and "interface" in answer.text.lower()
    assert "interfaces" in advisor.retriever.prepare("it fails where layers meet").prepared.split()


def test_such_a_faff_is_so_hard(advisor: Advisor) -> None:
    assert "so hard" in advisor.retriever.prepare("why is scaling them up such a faff").prepared
