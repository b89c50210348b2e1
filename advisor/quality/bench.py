"""``advisor bench``: speed and memory on this machine, against a plain BM25 baseline.

Figures: time to load and index the knowledge (cold, and from the on-disk cache),
``ask`` latency p50/p99 and questions per second on one thread, questions per
second with 2 and 8 threads sharing one advisor, peak traced memory, the same
figures for rank_bm25 over the same entries, index size and latency for
synthetic knowledge bases of 1,000 and 10,000 entries, and the CLI start-up beyond
dependency imports (whole ``advisor ask`` processes against bare interpreters).
"""

from __future__ import annotations

import gc
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import yaml

from advisor.core import Advisor
from advisor.knowledge.loader import bundled_knowledge_dir
from advisor.text import analyse

OFF_TOPIC = ("what time is it in Tokyo", "give me a cake recipe", "hello", "", "how do I change a tyre",
             "wat is a solid elecrolyte", "SSB vs Li-ion", "and oxides?")


@contextmanager
def _no_cache():  # type: ignore[no-untyped-def]
    saved = os.environ.get("ADVISOR_CACHE_DIR")
    os.environ["ADVISOR_CACHE_DIR"] = "off"
    try:
        yield
    finally:
        if saved is None:
            del os.environ["ADVISOR_CACHE_DIR"]
        else:
            os.environ["ADVISOR_CACHE_DIR"] = saved


def question_set(advisor: Advisor) -> list[str]:
    """Every free-text entry's second phrasing, one phrasing per table, and off-topic lines."""
    questions = [e.questions[min(1, len(e.questions) - 1)] for e in advisor.knowledge.entries if e.table_id is None]
    questions += [e.questions[-1] for e in advisor.knowledge.entries if e.column_id is not None][::4]
    return questions + list(OFF_TOPIC)


def _latencies(ask: Callable[[str], object], questions: Sequence[str], repeat: int) -> list[float]:
    for q in questions[:10]:
        ask(q)  # warm caches (spelling corrections, lazy imports) before timing
    out: list[float] = []
    for _ in range(repeat):
        for q in questions:
            start = time.perf_counter()
            ask(q)
            out.append((time.perf_counter() - start) * 1000)
    return out


def percentile(values: Sequence[float], p: int) -> float:
    """The ``p``-th percentile (a whole number from 0 to 100) of ``values``, interpolating between ranks.

    :func:`statistics.quantiles` with ``method="inclusive"`` (numpy's default): the one
    definition behind every p50/p95/p99 the project reports.
    """
    if not values or not 0 <= p <= 100:
        raise ValueError(f"percentile {p!r} of {len(values)} values: need values and a p from 0 to 100")
    if len(values) == 1 or p == 0:
        return min(values)
    if p == 100:
        return max(values)
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]


def _qps_threads(ask: Callable[[str], object], questions: Sequence[str], threads: int, total: int) -> float:
    work = [questions[i % len(questions)] for i in range(total)]
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        list(pool.map(ask, work))
    return total / (time.perf_counter() - start)


def _summary(name: str, load_s: float, lat: list[float], peak_mb: float) -> dict[str, Any]:
    return {"name": name, "load_s": round(load_s, 3), "p50_ms": round(percentile(lat, 50), 3),
            "p99_ms": round(percentile(lat, 99), 3), "qps_1_thread": round(1000 / statistics.mean(lat), 1),
            "peak_mb": round(peak_mb, 1)}


def bench_advisor(questions: Sequence[str] | None, repeat: int, knowledge_dir: Path | None) -> dict[str, Any]:
    gc.collect()
    start = time.perf_counter()
    with _no_cache():
        advisor = Advisor(knowledge_dir)
    load_s = time.perf_counter() - start
    qs = list(questions) if questions is not None else question_set(advisor)
    lat = _latencies(advisor.ask, qs, repeat)
    # Memory in a separate pass: tracing slows everything down, so it must not overlap timing.
    del advisor
    gc.collect()
    tracemalloc.start()
    with _no_cache():
        advisor = Advisor(knowledge_dir)
    for q in qs:
        advisor.ask(q)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    result = _summary("advisor (TF-IDF, fielded)", load_s, lat, peak / 2**20)
    start = time.perf_counter()
    Advisor(knowledge_dir)  # fills the cache if needed
    start = time.perf_counter()
    Advisor(knowledge_dir)
    result["cached_start_s"] = round(time.perf_counter() - start, 3)
    result["questions"] = len(qs)
    result["entries"] = len(advisor.knowledge.entries)
    index = advisor.retriever.index_
    result["index_nnz"] = int(index.phrasing_words_.nnz + index.phrasing_chars_.nnz + index.body_words_.nnz)
    result["phrasings"] = int(index.phrasing_words_.shape[1])
    return result


def bench_bm25(advisor: Advisor, questions: Sequence[str], repeat: int) -> dict[str, Any] | None:
    try:
        from rank_bm25 import BM25Okapi
    except ImportError:
        return None
    entries = advisor.knowledge.entries

    def build() -> Any:
        corpus = [analyse(f"{e.title} {' '.join(e.questions)} {e.answer}") or ["_"] for e in entries]
        return BM25Okapi(corpus)

    gc.collect()
    start = time.perf_counter()
    bm25 = build()
    load_s = time.perf_counter() - start

    def ask(question: str) -> object:
        scores = bm25.get_scores(analyse(question))
        return entries[int(scores.argmax())]

    lat = _latencies(ask, questions, repeat)
    tracemalloc.start()
    bm25 = build()
    for q in questions:
        ask(q)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return _summary("rank_bm25 baseline (same entries)", load_s, lat, peak / 2**20)


def synthetic_knowledge(folder: Path, n_entries: int, seed: int = 7) -> Path:
    """A knowledge folder of ``n_entries`` made-up entries drawn from the real vocabulary."""
    real = Advisor(bundled_knowledge_dir())
    words = sorted({w for e in real.knowledge.entries for w in analyse(e.answer) if w.isalpha() and len(w) > 3})
    rng = random.Random(seed)
    entries = []
    for i in range(n_entries):
        topic = rng.sample(words, 3)
        entries.append({
            "id": f"synthetic-{i}", "kind": "section", "title": f"{' '.join(topic)} {i}",
            "section": "Synthetic", "answer": " ".join(rng.choices(words, k=60)),
            "questions": [" ".join(rng.sample(words, 5)) for _ in range(5)],
        })
    (folder / "entries").mkdir(parents=True, exist_ok=True)
    with (folder / "entries" / "synthetic.yaml").open("w", encoding="utf-8") as handle:
        yaml.safe_dump({"entries": entries}, handle, sort_keys=False)
    return folder


def bench_scale(n_entries: int, repeat: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = synthetic_knowledge(Path(tmp), n_entries)
        questions = [" ".join(q.split()[:4]) for q in _some_questions(folder, 100)]
        result = bench_advisor(questions, repeat, folder)
    result["name"] = f"advisor, {n_entries:,} synthetic entries"
    return result


def _some_questions(folder: Path, n: int) -> list[str]:
    data = yaml.safe_load((folder / "entries" / "synthetic.yaml").read_text(encoding="utf-8"))
    return [e["questions"][0] for e in data["entries"][:n]]


#: What a bare interpreter imports to be able to answer: the baseline ``advisor ask`` is compared with.
DEPENDENCY_IMPORTS = "import sklearn.feature_extraction.text, rapidfuzz, yaml"
CLI_QUESTION = "are they safer?"


@dataclass(frozen=True)
class CliStartup:
    """Whole-process timings of ``advisor ask`` against a bare interpreter importing the dependencies."""

    runs: int
    ask_median_s: float
    imports_median_s: float
    #: The figure: median wall time of ``advisor ask`` minus median wall time of the bare imports.
    beyond_imports_s: float
    #: The same difference in CPU time (user + system), steadier on a busy machine.
    beyond_imports_cpu_s: float
    command: tuple[str, ...]


def advisor_command(knowledge_dir: Path | None = None) -> list[str]:
    """The ``advisor`` command as users run it: the installed script next to this interpreter,
    else ``python -m advisor``."""
    script = Path(sys.executable).with_name("advisor")
    command = [str(script)] if script.is_file() and os.access(script, os.X_OK) else [sys.executable, "-m", "advisor"]
    return command + (["--knowledge", str(knowledge_dir)] if knowledge_dir is not None else [])


def _run_timed(command: Sequence[str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one process, run to completion."""
    before = os.times()
    start = time.perf_counter()
    subprocess.run(list(command), capture_output=True, check=True)
    wall = time.perf_counter() - start
    after = os.times()
    return wall, (after.children_user - before.children_user) + (after.children_system - before.children_system)


def cli_overhead(runs: int, knowledge_dir: Path | None = None) -> CliStartup:
    """CLI start-up beyond dependency imports: how much longer a fresh ``advisor ask`` process
    takes, start to exit, than a bare interpreter that only imports scikit-learn, rapidfuzz and
    PyYAML (difference of the medians of ``runs`` runs of each, interleaved so that a change in
    the machine's load affects both). The on-disk index cache is filled first, as after any
    first run."""
    ask = [*advisor_command(knowledge_dir), "ask", CLI_QUESTION]
    imports = [sys.executable, "-c", DEPENDENCY_IMPORTS]
    _run_timed(ask)  # fills the index cache and the file-system cache
    _run_timed(imports)
    ask_times: list[tuple[float, float]] = []
    import_times: list[tuple[float, float]] = []
    for i in range(runs):
        pair = [(ask, ask_times), (imports, import_times)]
        for command, times in pair if i % 2 == 0 else pair[::-1]:
            times.append(_run_timed(command))
    ask_wall = statistics.median(t[0] for t in ask_times)
    imports_wall = statistics.median(t[0] for t in import_times)
    cpu = statistics.median(t[1] for t in ask_times) - statistics.median(t[1] for t in import_times)
    return CliStartup(runs, round(ask_wall, 3), round(imports_wall, 3), round(ask_wall - imports_wall, 3),
                      round(cpu, 3), tuple(ask))


def run_bench(*, quick: bool, as_json: bool, out: TextIO, knowledge_dir: Path | None = None) -> int:
    repeat = 2 if quick else 10
    main = bench_advisor(None, repeat, knowledge_dir)
    advisor = Advisor(knowledge_dir)
    questions = question_set(advisor)
    rows: list[dict[str, Any]] = [main]
    baseline = bench_bm25(advisor, questions, repeat)
    if baseline is not None:
        rows.append(baseline)
    total = 400 if quick else 2000
    threads = {n: round(_qps_threads(advisor.ask, questions, n, total), 1) for n in (1, 2, 8)}
    scale = [bench_scale(1000, 1 if quick else 3)] + ([] if quick else [bench_scale(10_000, 1)])
    startup = cli_overhead(5 if quick else 10, knowledge_dir)
    report = {"rows": rows, "threads_qps": threads, "scale": scale, "cpu_count": os.cpu_count(),
              "cli_ask_beyond_imports_s": startup.beyond_imports_s}
    if as_json:
        out.write(json.dumps(report, indent=2) + "\n")
        return 0
    out.write(_table(rows + scale, threads) + "\n")
    out.write(f"CLI start-up beyond dependency imports: {startup.beyond_imports_s} s "
              f"(median of {startup.runs} whole `advisor ask` processes, {startup.ask_median_s} s, minus median of "
              f"{startup.runs} bare interpreters importing scikit-learn, rapidfuzz and PyYAML, "
              f"{startup.imports_median_s} s; CPU time: {startup.beyond_imports_cpu_s} s)\n")
    return 0


def _table(rows: list[dict[str, Any]], threads: dict[int, float]) -> str:
    head = ("| what | load + index (s) | from cache (s) | p50 (ms) | p99 (ms) | q/s, 1 thread | peak traced MB "
            "| entries | index nnz |")
    lines = [head, "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['name']} | {r['load_s']} | {r.get('cached_start_s', '–')} | {r['p50_ms']} | "
                     f"{r['p99_ms']} | {r['qps_1_thread']} | {r['peak_mb']} | {r.get('entries', '–')} | "
                     f"{r.get('index_nnz', '–')} |")
    lines.append("")
    lines.append("Questions per second, one shared Advisor: " +
                 ", ".join(f"{n} thread{'s' if n > 1 else ''}: {q}" for n, q in threads.items()))
    return "\n".join(lines)
