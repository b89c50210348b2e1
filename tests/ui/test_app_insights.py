"""The Insights page: unanswered questions, rated-down answers, totals, export, broken database."""

from __future__ import annotations

from pathlib import Path

from uihelpers import AppFactory, ask

from advisor.store.database import Store

INSIGHTS = "views/insights.py"


def test_empty_insights(app: AppFactory) -> None:
    at = app(INSIGHTS)
    assert at.title[0].value == "Insights"
    assert [c.value for c in at.caption].count("None yet.") == 2
    assert not at.error


def test_insights_after_unanswered_questions(app: AppFactory) -> None:
    at = app()
    for question in ["How do I bake sourdough bread?", "how do i bake sourdough bread", "What is the share price?"]:
        ask(at, question)
    ask(at, "How does a solid-state battery work?")
    at.feedback[-1].set_value(0).run()

    at.switch_page(INSIGHTS).run()

    assert not at.exception
    assert [m.value for m in at.metric] == ["4", "3", "1"]
    unanswered = at.dataframe[0].value
    assert list(unanswered["Times asked"]) == [2, 1]
    assert list(unanswered["Question"]) == ["how do i bake sourdough bread", "What is the share price?"]
    rated = at.dataframe[1].value
    assert list(rated["Question"]) == ["How does a solid-state battery work?"]
    assert [b.label for b in at.download_button] == ["Unanswered & rated down (CSV)", "Totals by day (CSV)"]


def test_broken_database_is_explained(app: AppFactory, db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"garbage, not sqlite" * 100)
    at = app(INSIGHTS)
    assert not at.exception
    message = at.error[0].value
    assert "cannot be used" in message and str(db_path) in message and "Move the file aside" in message


def test_locked_database_is_explained(app: AppFactory, store: Store, db_path: Path) -> None:
    import sqlite3

    store.health()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        at = app(INSIGHTS)
        assert "locked by another program" in at.error[0].value
    finally:
        holder.execute("ROLLBACK")
        holder.close()
