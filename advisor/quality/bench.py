"""``advisor bench``: speed and memory on this machine, against a plain BM25 baseline.

Figures: time to load and index the knowledge (cold, and from the on-disk cache),
``ask`` latency p50/p99 and questions per second on one thread, questions per
second with 2 and 8 threads sharing one advisor, peak traced memory, the same
figures for rank_bm25 over the same entries, and index size and latency for
synthetic knowledge bases of 1,000 and 10,000 entries.
"""

from __future__ import annotations

import gc
import json
import os
import random
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
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


_CLI_PROBE = """
import sys, time, io
import numpy, scipy.sparse, rapidfuzz, yaml, sklearn.feature_extraction.text
start = time.perf_counter()
import advisor.cli
advisor.cli.main(["ask", "are oxides brittle"], stdout=io.StringIO())
print(time.perf_counter() - start)
"""


def cli_overhead(runs: int) -> float:
    """Median seconds a fresh ``advisor ask`` process spends beyond importing its dependencies.

    Timed inside the process: whole-process timings on a busy two-core machine vary by more
    than the figure itself.
    """
    import subprocess
    import sys

    times = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", _CLI_PROBE], capture_output=True, text=True, check=True)
        times.append(float(done.stdout.strip().splitlines()[-1]))
    return round(statistics.median(times), 3)


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
    overhead = cli_overhead(3 if quick else 7)
    report = {"rows": rows, "threads_qps": threads, "scale": scale, "cpu_count": os.cpu_count(),
              "cli_ask_beyond_imports_s": overhead}
    if as_json:
        out.write(json.dumps(report, indent=2) + "\n")
        return 0
    out.write(_table(rows + scale, threads) + "\n")
    out.write(f"`advisor ask` as a new process, beyond importing its dependencies: {overhead} s (median)\n")
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
