"""Knowledge edited while the app runs: picked up without a restart, a broken edit never served."""

from __future__ import annotations

from pathlib import Path

from uihelpers import AppFactory, ask, assistant_text

INSIGHTS = "views/insights.py"


def _edit_faq(folder: Path, old: str, new: str) -> None:
    path = folder / "entries" / "08-faq.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_edited_answer_is_served_without_a_restart(app: AppFactory, knowledge: Path) -> None:
    at = app(staff=True)
    ask(at, "Are solid-state batteries automatically safer?")
    assert "not automatically risk-free" in assistant_text(at)

    _edit_faq(knowledge, "not automatically risk-free", "not automatically free of risk")
    ask(at, "Are solid-state batteries automatically safer than lithium-ion?")

    assert "not automatically free of risk" in assistant_text(at)
    at.switch_page(INSIGHTS).run()
    assert "version 2" in at.expander[0].label


def test_a_broken_edit_keeps_the_last_good_version_and_shows_every_problem(app: AppFactory,
                                                                          knowledge: Path) -> None:
    at = app(staff=True)
    ask(at, "what goes wrong with sulfides")
    _edit_faq(knowledge, "answer:", "answr:")

    ask(at, "and oxides?")  # the chat keeps answering, from the last good version
    assert "brittleness" in assistant_text(at)

    at.switch_page(INSIGHTS).run()
    assert not at.exception
    assert "version 1" in at.expander[0].label
    assert "Kept version 1" in at.error[0].value
    problems = at.dataframe[0].value
    assert set(problems["file"]) == {"knowledge/entries/08-faq.yaml"}
    assert "missing required field 'answer'" in set(problems["message"])

    _edit_faq(knowledge, "answr:", "answer:")
    at.button(key="reload_knowledge").click().run()
    assert "version 2" in at.expander[0].label
    assert at.success
