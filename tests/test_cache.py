"""The on-disk index cache only ever saves time: it never changes an answer or breaks start-up."""

from __future__ import annotations

import pytest

import advisor.core
from advisor import Advisor
from advisor.retrieval import cache

QUESTIONS = ["what goes wrong with oxides", "where do the ions go", "compare families", "hello", "cake recipe"]


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("ADVISOR_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def loads(monkeypatch):
    """Counts how often the knowledge is really loaded (a cache hit skips it)."""
    calls = []
    real = advisor.core.load_knowledge

    def counting(directory):
        calls.append(directory)
        return real(directory)

    monkeypatch.setattr(advisor.core, "load_knowledge", counting)
    return calls


def test_a_cache_hit_gives_equal_answers(write_knowledge, cache_folder, loads):
    root = write_knowledge()
    fresh = Advisor(root)
    assert len(list(cache_folder.glob("index-*.pickle"))) == 1
    cached = Advisor(root)
    assert len(loads) == 1
    assert [cached.ask(q) for q in QUESTIONS] == [fresh.ask(q) for q in QUESTIONS]
    assert cached.knowledge.entries == fresh.knowledge.entries


def test_an_edited_knowledge_file_misses_the_cache(write_knowledge, cache_folder, loads):
    root = write_knowledge()
    Advisor(root)
    table = root / "tables" / "families.yaml"
    table.write_text(table.read_text().replace("Brittleness", "Cracks under stress"))
    edited = Advisor(root)
    assert len(loads) == 2
    assert edited.ask("what goes wrong with oxides").text.startswith("**Oxides — What goes wrong:** Cracks")
    assert len(list(cache_folder.glob("index-*.pickle"))) == 1  # the stale one was replaced


def test_an_invalid_edit_is_reported_even_after_a_cached_load(write_knowledge, cache_folder):
    from advisor import KnowledgeError

    root = write_knowledge()
    Advisor(root)
    (root / "entries" / "01-basics.yaml").write_text("entries: [")
    with pytest.raises(KnowledgeError, match="YAML syntax error"):
        Advisor(root)


@pytest.mark.parametrize("garbage", [b"", b"not a pickle", b"\x80\x04\x95corrupt", b"\x80\x04N."])
def test_a_corrupt_cache_file_is_ignored(write_knowledge, cache_folder, loads, garbage):
    root = write_knowledge()
    Advisor(root)
    (path,) = cache_folder.glob("index-*.pickle")
    path.write_bytes(garbage)
    rebuilt = Advisor(root)
    assert len(loads) == 2
    assert rebuilt.ask("what goes wrong with oxides").found


@pytest.mark.parametrize("value", ["off", "OFF", "0", "none", ""])
def test_cache_can_be_switched_off(write_knowledge, tmp_path, monkeypatch, loads, value):
    monkeypatch.setenv("ADVISOR_CACHE_DIR", value)
    monkeypatch.chdir(tmp_path)
    assert cache.cache_dir() is None
    root = write_knowledge()
    Advisor(root)
    Advisor(root)
    assert len(loads) == 2
    assert not list(tmp_path.rglob("index-*.pickle"))


def test_default_cache_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("ADVISOR_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "ssb-advisor"


def test_an_unwritable_cache_folder_does_not_break_the_advisor(write_knowledge, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ADVISOR_CACHE_DIR", str(blocker / "cache"))
    assert Advisor(write_knowledge()).ask("what goes wrong with oxides").found


def test_the_key_changes_with_the_knowledge(write_knowledge):
    root = write_knowledge()
    before = cache.knowledge_key(root)
    assert cache.knowledge_key(root) == before
    (root / "synonyms.yaml").write_text("synonyms:\n  ssb: solid-state battery\n  se: solid electrolyte\n")
    assert cache.knowledge_key(root) != before
