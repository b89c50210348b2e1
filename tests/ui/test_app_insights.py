"""The Insights page: unanswered questions, borderline and rated-down answers, totals, export, broken database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from uihelpers import AppFactory, ask

from advisor import Advisor
from advisor.store.database import Store
from advisor.store.review import BORDERLINE_CONFIDENCE
from advisor.text import markdown_to_text

INSIGHTS = "views/insights.py"


def test_empty_insights(app: AppFactory) -> None:
    at = app(INSIGHTS, staff=True)
    assert at.title[0].value == "Insights"
    assert [c.value for c in at.caption].count("None yet.") == 3
    assert not at.error


def test_insights_after_unanswered_questions(app: AppFactory) -> None:
    at = app(staff=True)
    for question in ["How do I bake sourdough bread?", "how do i bake sourdough bread", "What is the share price?"]:
        ask(at, question)
    ask(at, "How does a solid-state battery work?")
    at.feedback[-1].set_value(0).run()

    at.switch_page(INSIGHTS).run()

    assert not at.exception
    assert [m.label for m in at.metric] == ["Questions asked", "Not answered", "Borderline", "Rated up", "Rated down"]
    assert [m.value for m in at.metric] == ["4", "3", "0", "0", "1"]
    unanswered = at.dataframe[0].value
    assert list(unanswered["Times asked"]) == [2, 1]
    assert list(unanswered["Question"]) == ["how do i bake sourdough bread", "What is the share price?"]
    rated = at.dataframe[1].value
    assert list(rated["Question"]) == ["How does a solid-state battery work?"]
    totals = at.dataframe[2].value
    assert list(totals.columns) == ["Day (UTC)", "Questions", "Not answered", "Rated up", "Rated down"]
    assert [b.label for b in at.download_button] == ["Unanswered & rated down (CSV)", "Borderline answers (CSV)",
                                                     "Totals by day (CSV)"]


def test_rated_down_rows_link_to_the_entry_and_show_the_answer(app: AppFactory, advisor: Advisor) -> None:
    at = app(staff=True)
    ask(at, "How does a solid-state battery work?")
    at.feedback[-1].set_value(0).run()
    ask(at, "Are solid-state batteries safer?")
    at.feedback[-1].set_value(1).run()
    answer = advisor.ask("How does a solid-state battery work?")

    at.switch_page(INSIGHTS).run()

    assert [m.value for m in at.metric][3:] == ["1", "1"]  # thumbs up next to thumbs down
    rated = at.dataframe[-2].value
    assert list(rated.columns) == ["Question", "Library entry", "Answer", "What was wrong", "Times", "Last seen (UTC)"]
    row = rated.iloc[0]
    assert row["Library entry"].endswith(f"library?entry={answer.entry_ids[0]}")
    entry = advisor.entry(answer.entry_ids[0])
    assert entry is not None
    assert row["Answer"].startswith(markdown_to_text(entry.text)[:60])
    assert "**" not in row["Answer"]


def test_borderline_answers_are_listed_without_any_rating(app: AppFactory, advisor: Advisor) -> None:
    weak, strong = "dendrite coin cell", "How does a solid-state battery work?"
    assert advisor.ask(weak).found and advisor.ask(weak).confidence < BORDERLINE_CONFIDENCE
    assert advisor.ask(strong).confidence >= BORDERLINE_CONFIDENCE
    at = app(staff=True)
    ask(at, weak)
    ask(at, strong)

    at.switch_page(INSIGHTS).run()

    assert [m.value for m in at.metric][:3] == ["2", "0", "1"]
    heading = [h.value for h in at.subheader].index("Borderline answers")
    assert heading == 1
    borderline = at.dataframe[0].value  # nothing unanswered, so the first table
    assert list(borderline.columns) == ["Question", "Covered", "Library entry", "Answer", "Times asked",
                                        "Last seen (UTC)"]
    assert list(borderline["Question"]) == [weak]
    expected = advisor.ask(weak)
    assert borderline.iloc[0]["Covered"] == pytest.approx(expected.confidence)
    assert borderline.iloc[0]["Library entry"].endswith(f"library?entry={expected.entry_ids[0]}")


def test_what_was_wrong_is_shown_to_staff_as_text(app: AppFactory, store: Store) -> None:
    store.record_feedback("What is an anode?", up=False, entry_ids=("faq-separator",),
                          reason="Not what I asked: <b>**anode**</b>")
    at = app(staff=True)
    at.switch_page(INSIGHTS).run()
    rated = at.dataframe[-2].value
    assert list(rated["What was wrong"]) == ["Not what I asked: <b>**anode**</b>"]  # a plain table cell


def test_store_borderline_groups_by_question_and_answer(store: Store) -> None:
    # Recent: the store deletes rows older than its retention period (90 days) by itself.
    moment = (datetime.now(UTC) - timedelta(days=1)).replace(microsecond=0)
    for question, confidence, ids in [("Coin cell dendrites?", 0.5, ["a"]), ("coin cell dendrites", 0.4, ["a"]),
                                      ("coin cell dendrites", 0.3, ["b"]), ("fine", 0.9, ["c"]),
                                      ("just under", BORDERLINE_CONFIDENCE - 0.001, ["d"]),
                                      ("at the cutoff", BORDERLINE_CONFIDENCE, ["e"])]:
        store.record_question(question, found=True, confidence=confidence, entry_ids=ids, asked_at=moment)
    store.record_question("not covered", found=False, confidence=0.1, asked_at=moment)

    rows = store.borderline()
    assert [(r.question, r.entry_ids, r.count, r.confidence) for r in rows] == [
        ("coin cell dendrites", ("a",), 2, 0.4),  # most asked first; the latest wording
        ("coin cell dendrites", ("b",), 1, 0.3),  # then the least confident
        ("just under", ("d",), 1, pytest.approx(BORDERLINE_CONFIDENCE - 0.001)),
    ]
    assert rows[0].last_seen == moment.isoformat()
    assert [r.question for r in store.borderline(below=0.35)] == ["coin cell dendrites"]
    assert len(store.borderline(limit=1)) == 1
    assert rows[0].to_dict()["entry_ids"] == ["a"]


def test_broken_database_is_explained(app: AppFactory, db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"garbage, not sqlite" * 100)
    at = app(INSIGHTS, staff=True)
    assert not at.exception
    message = at.error[0].value
    assert "cannot be used" in message and str(db_path) in message and "Move the file aside" in message


def test_locked_database_is_explained(app: AppFactory, store: Store, db_path: Path) -> None:
    import sqlite3

    store.health()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        at = app(INSIGHTS, staff=True)
        assert "locked by another program" in at.error[0].value
    finally:
        holder.execute("ROLLBACK")
        holder.close()
