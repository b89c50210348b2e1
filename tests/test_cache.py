"""The on-disk index cache only ever saves time: it never changes an answer, never breaks
start-up, and never runs code it reads (it holds arrays and JSON, no pickles)."""

from __future__ import annotations

import json
import logging
import os
import pickle
import shutil
from pathlib import Path

import numpy as np
import pytest

import advisor.core
from advisor import Advisor
from advisor.knowledge.loader import bundled_knowledge_dir
from advisor.retrieval import cache
from advisor.retrieval.ranking import Retriever

QUESTIONS = ["what goes wrong with oxides", "where do the ions go", "compare families", "hello", "cake recipe"]
BUNDLED_QUESTIONS = [
    "Are solid-state batteries safer?", "are they safer?", "what goes wrong with sulfides", "and oxides?",
    "wat is a solid elecrolyte", "SSB vs Li-ion", "compare oxides and polymers", "which family conducts best?",
    "how much does a solid state cell cost", "hello", "give me a cake recipe", "How does a hydrogen fuel cell work?",
    "", "dendrites", "Why do solid-state batteries need pressure, and how much?",
]


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


def _files(folder: Path) -> list[Path]:
    (data,) = folder.glob("index-*.npz")
    (settings,) = folder.glob("index-*.json")
    return [data, settings]


def test_a_cache_hit_gives_equal_answers(write_knowledge, cache_folder, loads):
    root = write_knowledge()
    fresh = Advisor(root)
    assert sorted(p.suffix for p in cache_folder.iterdir()) == [".json", ".npz"]
    cached = Advisor(root)
    assert len(loads) == 1
    assert [cached.ask(q) for q in QUESTIONS] == [fresh.ask(q) for q in QUESTIONS]
    assert cached.knowledge == fresh.knowledge


def test_bundled_knowledge_scores_and_answers_identically_with_and_without_the_cache(cache_folder, monkeypatch,
                                                                                      loads):
    """Every entry's score for every question, and every answer, exactly as a fresh build gives them."""
    everything = 10_000
    Advisor(top_k=everything)  # fills the cache
    cached = Advisor(top_k=everything)
    assert len(loads) == 1  # the second one came from the cache
    monkeypatch.setenv("ADVISOR_CACHE_DIR", "off")
    fresh = Advisor(top_k=everything)
    questions = BUNDLED_QUESTIONS + [e.questions[-1] for e in fresh.knowledge.entries]
    for question in questions:
        a, b = cached.retriever.retrieve(question), fresh.retriever.retrieve(question)
        assert [(e.id, s) for e, s in a.ranked] == [(e.id, s) for e, s in b.ranked], question
        assert a == b, question
    for question in BUNDLED_QUESTIONS:
        assert cached.ask(question).to_dict() == fresh.ask(question).to_dict(), question
    conversation_cached, conversation_fresh = cached.conversation(), fresh.conversation()
    for question in ("what goes wrong with sulfides", "and oxides?", "why?"):
        assert conversation_cached.ask(question).to_dict() == conversation_fresh.ask(question).to_dict()
    with monkeypatch.context() as patch:
        patch.setenv("ADVISOR_CACHE_DIR", str(cache_folder))
        default = Advisor()
    assert default.ask("are they safer?").to_dict() == Advisor().ask("are they safer?").to_dict()


def test_an_edited_knowledge_file_misses_the_cache(write_knowledge, cache_folder, loads):
    root = write_knowledge()
    Advisor(root)
    table = root / "tables" / "families.yaml"
    table.write_text(table.read_text().replace("Brittleness", "Cracks under stress"))
    edited = Advisor(root)
    assert len(loads) == 2
    assert edited.ask("what goes wrong with oxides").text.startswith("**Oxides — What goes wrong:** Cracks")
    assert len(list(cache_folder.iterdir())) == 2  # the stale pair was replaced


def test_an_invalid_edit_is_reported_even_after_a_cached_load(write_knowledge, cache_folder):
    from advisor import KnowledgeError

    root = write_knowledge()
    Advisor(root)
    (root / "entries" / "01-basics.yaml").write_text("entries: [")
    with pytest.raises(KnowledgeError, match="YAML syntax error"):
        Advisor(root)


def _edit_json(path: Path, change) -> None:
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


def _edit_arrays(path: Path, change) -> None:
    with np.load(path, allow_pickle=False) as saved:
        arrays = {name: saved[name] for name in saved.files}
    change(arrays)
    with path.open("wb") as handle:
        np.savez(handle, **arrays)


def _first_obj(node):
    """The first encoded object (a QueryReader, a Synonyms, ...) in the saved JSON."""
    if isinstance(node, dict):
        if node.get("~") == "obj":
            return node
        children = node.values()
    elif isinstance(node, list):
        children = node
    else:
        return None
    for child in children:
        found = _first_obj(child)
        if found is not None:
            return found
    return None


def _retarget(data, class_name):
    _first_obj(data["retriever"]["parts"])["class"] = class_name


DAMAGE = {
    "empty arrays file": lambda npz, js: npz.write_bytes(b""),
    "truncated arrays file": lambda npz, js: npz.write_bytes(npz.read_bytes()[: npz.stat().st_size // 2]),
    "truncated JSON": lambda npz, js: js.write_bytes(js.read_bytes()[:-100]),
    "bad JSON": lambda npz, js: js.write_text("{not json"),
    "JSON of another kind": lambda npz, js: js.write_text("[1, 2, 3]"),
    "missing JSON key": lambda npz, js: _edit_json(js, lambda d: d.pop("index")),
    "missing vocabulary": lambda npz, js: _edit_json(js, lambda d: d["index"].pop("word_terms")),
    "other format": lambda npz, js: _edit_json(js, lambda d: d.update(format=1)),
    "other key": lambda npz, js: _edit_json(js, lambda d: d.update(key="0" * 32)),
    "wrong shape": lambda npz, js: _edit_arrays(npz, lambda a: a.update(word_idf=a["word_idf"][:-1])),
    "missing array": lambda npz, js: _edit_arrays(npz, lambda a: a.pop("presence.indptr")),
    "missing state array": lambda npz, js: _edit_arrays(npz, lambda a: a.pop("state.0")),
    "unexpected array": lambda npz, js: _edit_arrays(npz, lambda a: a.update({"state.999": np.zeros(2)})),
    "index out of range": lambda npz, js: _edit_arrays(
        npz, lambda a: a["body_words.indices"].__setitem__(0, 10**6)),
    "unknown tag": lambda npz, js: _edit_json(js, lambda d: d["retriever"].update(parts={"~": "exec", "v": "1"})),
    "a class outside the package": lambda npz, js: _edit_json(js, lambda d: _retarget(d, "subprocess:Popen")),
    "a builtin": lambda npz, js: _edit_json(js, lambda d: _retarget(d, "builtins:eval")),
    "a function of the package": lambda npz, js: _edit_json(js, lambda d: _retarget(d, "advisor.text:normalise")),
    "a class not for data": lambda npz, js: _edit_json(js, lambda d: _retarget(d, "advisor.retrieval.cache:_Decoder")),
    "a dataclass missing a field": lambda npz, js: _edit_json(js, lambda d: d["knowledge"]["f"].pop()),
    "no fitted parts": lambda npz, js: _edit_json(js, lambda d: d["retriever"].update(parts={"~": "sdict", "v": {}})),
    "a part missing": lambda npz, js: _edit_json(js, lambda d: d["retriever"]["parts"]["v"].pop("reader_")),
    "other tuning": lambda npz, js: _edit_json(
        js, lambda d: d["retriever"]["tuning"]["f"].__setitem__(0, 0.987)),
    "a dataclass for an object": lambda npz, js: _edit_json(
        js, lambda d: d["knowledge"].update({"~": "obj", "v": {}})),
    "a reference to nothing": lambda npz, js: _edit_json(js, lambda d: d["retriever"].update(
        parts={"~": "sdict", "v": {"reader_": {"~": "ref", "id": 10**6}}})),
    "a folder instead of the arrays": lambda npz, js: (npz.unlink(), npz.mkdir()),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_cache_is_rebuilt_with_a_warning(write_knowledge, cache_folder, loads, caplog, damage):
    root = write_knowledge()
    expected = Advisor(root).ask("what goes wrong with oxides")
    npz, js = _files(cache_folder)
    DAMAGE[damage](npz, js)
    with caplog.at_level(logging.WARNING, logger="advisor.retrieval.cache"):
        rebuilt = Advisor(root)
    assert len(loads) == 2
    assert any("ignoring index cache" in r.getMessage() for r in caplog.records)
    assert rebuilt.ask("what goes wrong with oxides") == expected
    if damage != "a folder instead of the arrays":  # the rebuild wrote a good cache again
        Advisor(root)
        assert len(loads) == 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_in_the_cache_does_not_block_start_up(write_knowledge, cache_folder, loads):
    root = write_knowledge()
    Advisor(root)
    npz, _ = _files(cache_folder)
    npz.unlink()
    os.mkfifo(npz)
    assert Advisor(root).ask("what goes wrong with oxides").found
    assert len(loads) == 2


class _Planted:
    """Unpickling this creates the marker file: proof that a pickle was loaded."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


@pytest.mark.parametrize("where", [".pickle", ".npz", ".json"])
def test_a_pickle_in_the_cache_folder_is_never_unpickled(write_knowledge, cache_folder, tmp_path, loads, where):
    root = write_knowledge()
    marker = tmp_path / "unpickled"
    planted = pickle.dumps(_Planted(marker))
    pickle.loads(planted)  # the planted file works: loading it makes the marker
    assert marker.exists()
    marker.unlink()
    Advisor(root)  # a real cache first, so the planted file replaces one that was there
    npz, _ = _files(cache_folder)
    npz.with_suffix(where).write_bytes(planted)
    (cache_folder / f"index-{cache.knowledge_key(root)}.pickle").write_bytes(planted)  # where the old cache was
    for _ in range(2):  # the first rebuilds over a planted .npz or .json, the second reads what it wrote
        assert Advisor(root).ask("what goes wrong with oxides").found
    assert not marker.exists()
    assert len(loads) == (1 if where == ".pickle" else 2)
    if where != ".pickle":  # the rebuild removed the old-format files, unread
        assert not list(cache_folder.glob("*.pickle"))


def test_old_caches_and_abandoned_temporary_files_are_removed(write_knowledge, cache_folder):
    root = write_knowledge()
    Advisor(root)
    current = _files(cache_folder)
    place = current[0].name.split("-")[1]
    for path in list(cache_folder.iterdir()):
        path.unlink()
    older_key = [cache_folder / f"index-{place}-0123{suffix}" for suffix in (".npz", ".json")]
    pickles = [cache_folder / "index-0123.pickle", cache_folder / f"index-{place}-4567.pickle"]
    other_folder_unused = [cache_folder / f"index-000000000000-89ab{suffix}" for suffix in (".npz", ".json")]
    other_folder_in_use = [cache_folder / f"index-111111111111-cdef{suffix}" for suffix in (".npz", ".json")]
    abandoned = cache_folder / ".index-crashed.tmp"
    being_written = cache_folder / ".index-writing-now.tmp"
    unrelated = cache_folder / "notes.txt"
    removed = [*older_key, *pickles, *other_folder_unused, abandoned]
    kept = [*other_folder_in_use, being_written, unrelated]
    for path in removed + kept:
        path.write_bytes(b"x")
    for path in (*other_folder_unused, abandoned):
        os.utime(path, (0, 0))
    Advisor(root)
    assert not [p.name for p in removed if p.exists()]
    assert all(p.exists() for p in kept + current)


def test_two_knowledge_folders_keep_their_own_caches(write_knowledge, tmp_path, cache_folder, loads):
    first = write_knowledge()
    second = tmp_path / "second"
    shutil.copytree(first, second)
    for _ in range(2):
        Advisor(first)
        Advisor(second)
    assert len(loads) == 2  # each was built once, then read from its cache
    assert len(list(cache_folder.glob("index-*.npz"))) == 2


def test_writes_leave_no_temporary_files(write_knowledge, cache_folder):
    Advisor(write_knowledge())
    assert not [p for p in cache_folder.iterdir() if p.suffix == ".tmp"]


def test_a_part_the_cache_cannot_save_leaves_no_cache(write_knowledge, cache_folder, monkeypatch, caplog):
    real_fit = Retriever.fit

    def fit_with_a_function(self, knowledge, **kwargs):
        fitted = real_fit(self, knowledge, **kwargs)
        fitted.helper_ = lambda: None  # a function cannot be saved without pickle
        return fitted

    monkeypatch.setattr(Retriever, "fit", fit_with_a_function)
    with caplog.at_level(logging.WARNING, logger="advisor.retrieval.cache"):
        assert Advisor(write_knowledge()).ask("what goes wrong with oxides").found
    assert not cache_folder.exists() or not list(cache_folder.iterdir())
    assert any("index cache not written" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("value", ["off", "OFF", "0", "none", ""])
def test_cache_can_be_switched_off(write_knowledge, tmp_path, monkeypatch, loads, value):
    monkeypatch.setenv("ADVISOR_CACHE_DIR", value)
    monkeypatch.chdir(tmp_path)
    assert cache.cache_dir() is None
    root = write_knowledge()
    Advisor(root)
    Advisor(root)
    assert len(loads) == 2
    assert not list(tmp_path.rglob("index-*"))


def test_default_cache_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("ADVISOR_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "ssb-advisor"


def test_default_cache_folder_without_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("ADVISOR_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / ".cache" / "ssb-advisor"


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
    (root / "entries" / "extra").mkdir()
    (root / "entries" / "extra" / "nested.yaml").write_text("entries: []\n")
    assert cache.knowledge_key(root) != before


@pytest.fixture
def package_copy(tmp_path) -> Path:
    """A copy of the advisor package's source, to edit without touching the real one."""
    source = Path(cache.__file__).resolve().parents[1]
    copy = tmp_path / "advisor"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__", "_knowledge"))
    return copy


def test_the_key_covers_every_source_file_of_every_subpackage(package_copy):
    every = {p.relative_to(package_copy) for p in package_copy.rglob("*.py")}
    assert {p.relative_to(package_copy) for p in cache.source_files(package_copy)} == every
    assert {Path("retrieval/cache.py"), Path("knowledge/model.py"), Path("checklist/spec.py"),
            Path("store/database.py"), Path("quality/bench.py"), Path("cli.py")} <= every


@pytest.mark.parametrize("edit", ["retrieval/query.py", "knowledge/loader.py", "checklist/match.py", "text.py",
                                  "store/export.py"])
def test_an_edit_to_any_module_changes_the_key(package_copy, edit):
    knowledge = bundled_knowledge_dir()
    before = cache.knowledge_key(knowledge, package=package_copy)
    assert cache.knowledge_key(knowledge, package=package_copy) == before
    module = package_copy / edit
    module.write_text(module.read_text() + "\n# an edit\n")
    assert cache.knowledge_key(knowledge, package=package_copy) != before


def test_a_new_module_in_a_nested_subpackage_changes_the_key(package_copy):
    knowledge = bundled_knowledge_dir()
    before = cache.knowledge_key(knowledge, package=package_copy)
    nested = package_copy / "retrieval" / "extra" / "deeper"
    nested.mkdir(parents=True)
    (nested / "__init__.py").write_text("")
    assert cache.knowledge_key(knowledge, package=package_copy) != before


def test_moving_code_between_files_changes_the_key(package_copy):
    knowledge = bundled_knowledge_dir()
    (package_copy / "retrieval" / "a.py").write_text("X = 1\n")
    (package_copy / "retrieval" / "b.py").write_text("")
    before = cache.knowledge_key(knowledge, package=package_copy)
    (package_copy / "retrieval" / "a.py").write_text("")
    (package_copy / "retrieval" / "b.py").write_text("X = 1\n")
    assert cache.knowledge_key(knowledge, package=package_copy) != before


def test_the_real_key_uses_the_installed_package(monkeypatch):
    sources = cache.source_files()
    assert Path(cache.__file__).resolve() in sources
    assert any(p.parent.name == "retrieval" for p in sources) and any(p.parent.name == "knowledge" for p in sources)


@pytest.mark.slow
def test_bench_times_whole_cli_processes_against_bare_imports(cache_folder):
    from advisor.quality.bench import DEPENDENCY_IMPORTS, advisor_command, cli_overhead

    assert "sklearn" in DEPENDENCY_IMPORTS and "rapidfuzz" in DEPENDENCY_IMPORTS and "yaml" in DEPENDENCY_IMPORTS
    startup = cli_overhead(1)
    assert startup.command[: len(advisor_command())] == tuple(advisor_command())
    assert startup.beyond_imports_s == pytest.approx(startup.ask_median_s - startup.imports_median_s, abs=0.002)
    assert startup.ask_median_s > 0 and startup.imports_median_s > 0
    assert list(cache_folder.glob("index-*.npz"))  # the first, untimed run filled the cache
