"""A question asking for names ("which companies ...?") is answered only by an entry naming some, or one whose
own phrasings ask for such names themselves; a phrasing that only mentions them ("which solid state battery
companies are real" as the way to tell them apart) does not answer a question for names. A "which companies"
after a verb of finding out ("an article to tell which companies ...") asks for what tells them, not for names.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

from advisor import Advisor


def test_a_question_for_names_the_guide_never_gives(advisor: Advisor) -> None:
    answer = advisor.ask("Which companies are already shipping solid-state cells?")
    assert not answer.found and "names no company" in answer.text


def test_asking_what_tells_the_companies_apart_is_answered(advisor: Advisor) -> None:
    answer = advisor.ask("Does the guide point me to something that shows which companies are really shipping?")
    assert answer.found and "companies guide" in answer.text
