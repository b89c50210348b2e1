"""LiveAdvisor: knowledge edited while serving is validated first; a broken edit is never served."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from advisor import KnowledgeError
from advisor.live import LiveAdvisor

REPO = Path(__file__).resolve().parents[1]
SAFETY = "Are solid-state batteries automatically safer?"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "knowledge"
    shutil.copytree(REPO / "knowledge", copy)
    return copy


def edit(folder: Path, old: str, new: str) -> None:
    path = folder / "entries" / "08-faq.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_nothing_changed_means_no_reload(folder: Path) -> None:
    live = LiveAdvisor(folder)
    assert not live.changed()
    assert live.reload_if_changed() is None
    assert live.version == 1


def test_a_valid_edit_is_served_as_a_new_version(folder: Path) -> None:
    live = LiveAdvisor(folder)
    edit(folder, "not automatically risk-free", "not automatically free of risk")
    result = live.reload_if_changed()
    assert result is not None and result.loaded and result.version == 2
    assert "not automatically free of risk" in live.current.ask(SAFETY).text


def test_a_broken_edit_keeps_the_last_good_version_and_lists_every_problem(folder: Path) -> None:
    live = LiveAdvisor(folder)
    before = live.current
    edit(folder, "answer:", "answr:")
    result = live.reload_if_changed()
    assert result is not None and not result.loaded
    assert live.current is before and live.version == 1
    assert {(p.file, p.line) for p in result.problems} == {("knowledge/entries/08-faq.yaml", 2),
                                                           ("knowledge/entries/08-faq.yaml", 6)}
    assert live.current.ask(SAFETY).found
    assert live.reload_if_changed() is None  # the same broken files are not retried on every call
    edit(folder, "answr:", "answer:")
    assert live.reload_if_changed().loaded  # type: ignore[union-attr]


def test_a_conversation_carries_on_across_a_reload(folder: Path) -> None:
    live = LiveAdvisor(folder)
    conversation = live.current.conversation()
    conversation.ask("what goes wrong with sulfides?")
    edit(folder, "not automatically risk-free", "not automatically free of risk")
    live.reload()
    conversation.use(live.current)
    assert "brittleness" in conversation.ask("and oxides?").text
    assert len(conversation.turns) == 2


def test_readers_keep_answering_while_a_reload_runs(folder: Path) -> None:
    live = LiveAdvisor(folder)
    answers: list[bool] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            answers.append(live.current.ask(SAFETY).found)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for _ in range(2):
            live.reload()
    finally:
        stop.set()
        reader.join()
    assert answers and all(answers)
    assert live.version == 3


def test_the_first_load_must_succeed(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="knowledge folder not found"):
        LiveAdvisor(tmp_path / "missing")
