"""A follow-up picking among what the answer before showed ("which one ...?", "which of them ...?") picks
among that table's rows when it names no kind of row itself: after the electrolyte families' table, "which one
moves ions the quickest?" is a family, not a route whose phrasing asks how ions move.

Our own conversations, written for these tests from the guide; not copies of any evaluation set.
"""

from __future__ import annotations

from advisor import Advisor


def test_which_one_picks_among_the_table_shown_before(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    shown = conversation.ask("show me the table of electrolyte families")
    assert shown.entry_ids[0] == "electrolyte-families"
    answer = conversation.ask("which one moves ions the quickest?")
    assert answer.found
    assert answer.text.startswith("**Sulfides**")


def test_a_question_naming_its_own_kind_of_row_is_not_held_to_the_table(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    conversation.ask("show me the table of electrolyte families")
    answer = conversation.ask("which one of the related products has the highest energy density?")
    assert answer.found
    assert answer.text.startswith("**AB-50AH**")
