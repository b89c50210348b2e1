"""A year said as a time ("by 2035", "in 1998") that the guide never gives: the question asks for a forecast
or a piece of history, which the guide does not give, so it is not found, and the answer says what the guide
does say on the topic. A year the guide gives (its sources' years), or four digits that are no time (a coin
cell's code, "a 2032 cell"), changes nothing.

Our own questions, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor

NO_DATE = "The guide does not cover that: it gives no dates or forecasts for it"


@pytest.mark.parametrize("question", [
    "Will solid-state batteries be in most new cars by 2035?",
    "How many solid-state cells will be made in 2031?",
    "Were solid-state batteries around in 1995?",
    "Which electrolyte family will win out by 2040?",
    "Will sulfide electrolytes still need dry rooms in 2029?",
    "Since 2021, how far have semi-solid pouch cells come?",
])
def test_a_year_the_guide_never_gives_asks_for_a_date_it_does_not_give(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert not answer.found
    assert answer.text.startswith(NO_DATE)


@pytest.mark.parametrize("question", [
    "Did anyone build a solid electrolyte back in the 1980s?",
    "Will oxide electrolytes be cheap to sinter by the 2030s?",
])
def test_a_decade_the_guide_never_gives_is_not_found_either(advisor: Advisor, question: str) -> None:
    assert not advisor.ask(question).found


@pytest.mark.parametrize("question", [
    "What did the review from 2020 say makes a good electrolyte?",
    "Which paper from 2023 argues that mechanics matter?",
    "What did Janek and Zeier argue in 2016?",
    "Which of the sources came out in 2019?",
    "Is a result from a 2032 coin cell enough to trust a supplier?",  # a cell's code, not a time
])
def test_a_year_the_guide_gives_or_digits_that_are_no_time_are_answered(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found
    assert NO_DATE not in answer.text


@pytest.mark.parametrize(("question", "years"), [
    ("will they be everywhere by 2035", ("2035",)),
    ("what happened in 1998 and after 2001", ("1998", "2001")),
    ("were they around in the 1990s", ("1990s",)),
    ("will they be cheap by early 2031", ("2031",)),
    ("what did the 2023 review say", ()),  # a year the knowledge uses
    ("is a 2045 cell any good", ()),  # no time word before it: a code or a name
    ("can it hold 2030 wh", ()),
])
def test_the_years_a_question_sets_as_a_time(advisor: Advisor, question: str, years: tuple[str, ...]) -> None:
    query = advisor.retriever.prepare(question)
    assert query.years == years
    assert set(years) <= set(query.unknown)
