"""Many threads sharing one Advisor get exactly the answers one thread gets; how many questions per second.

tests/test_core.py already checks plain ``ask`` at 8 threads. Here the work mixes every
public entry point a server calls (ask, multi-turn conversations, checklist answers,
pre-fill, reports) and runs at 1, 2 and 8 threads; the throughput is printed and
recorded for docs/reliability.md, never asserted (it depends on the machine).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from reliabilityhelpers import record

from advisor import Advisor

THREADS = [1, 2, 8]
HOSTILE = ["", "   ", "<script>alert(1)</script> sulfides?", "![x](http://127.0.0.1:9/p.png) oxides",
           "\u202eevitceles\u202c electrolyte", "\u200bwhat\u200b goes wrong", "x" * 5000, "key: [1, {a: b}]",
           '{"q": "sulfides"}', "how do I bake a cake", "wat is a soild elecrolyte"]
DIALOGUES = [("what goes wrong with sulfides?", "and oxides?", "what is the commercial reading?"),
             ("Are solid-state batteries safer?", "why?", "help me evaluate a supplier", "sulphide", "skip"),
             ("which family conducts fastest?", "what's the catch?", "and polymers?")]
SUPPLIER_TEXTS = ["semi-solid pouch cell, 320 Wh/kg, sulfide electrolyte, tested in coin cells at 60 °C and 5 MPa",
                  "all solid state, oxide (LLZO), lithium metal anode, 1,000 cycles at 25 °C, no pressure",
                  "We do not disclose our chemistry. ![logo](http://127.0.0.1:9/logo.png)"]


def _questions(advisor: Advisor) -> list[str]:
    """One phrasing of every knowledge entry, plus hostile and out-of-scope text: a few hundred questions."""
    return [entry.questions[0] for entry in advisor.knowledge.entries if entry.questions] + HOSTILE


def _dialogue(advisor: Advisor, turns: tuple[str, ...]) -> tuple[Any, ...]:
    conversation = advisor.conversation()
    return tuple(conversation.ask(turn) for turn in turns)


def _checklist(advisor: Advisor, supplier_text: str) -> tuple[str, dict[str, object]]:
    checklist = advisor.prefill_checklist(supplier_text)
    for typed in ("sulphide", "not disclosed", "3", "banana"):
        checklist.answer(typed)
    report = checklist.report()
    return report.to_markdown(), report.to_dict()


def _mixed_work(advisor: Advisor) -> list[Callable[[], object]]:
    work: list[Callable[[], object]] = [lambda q=q: advisor.ask(q) for q in _questions(advisor)]
    work += [lambda d=d: _dialogue(advisor, d) for d in DIALOGUES * 5]
    work += [lambda t=t: _checklist(advisor, t) for t in SUPPLIER_TEXTS * 5]
    return work


def _run(work: list[Callable[[], object]], threads: int) -> tuple[list[object], float]:
    started = time.perf_counter()
    if threads == 1:
        results = [job() for job in work]
    else:
        with ThreadPoolExecutor(max_workers=threads) as pool:
            results = list(pool.map(lambda job: job(), work))
    return results, time.perf_counter() - started


@pytest.fixture(scope="module")
def serial(advisor: Advisor) -> list[object]:
    return [job() for job in _mixed_work(advisor)]


@pytest.mark.parametrize("threads", THREADS)
def test_mixed_work_in_threads_equals_a_serial_run(advisor: Advisor, serial: list[object], threads: int) -> None:
    results, _ = _run(_mixed_work(advisor), threads)
    assert len(results) == len(serial)
    mismatches = [i for i, (got, want) in enumerate(zip(results, serial, strict=True)) if got != want]
    assert mismatches == []


@pytest.mark.parametrize("threads", THREADS)
def test_questions_per_second(advisor: Advisor, threads: int) -> None:
    questions = _questions(advisor) * 5
    expected = [advisor.ask(q) for q in _questions(advisor)] * 5
    advisor.ask("warm up")
    results, elapsed = _run([lambda q=q: advisor.ask(q) for q in questions], threads)
    assert results == expected
    record("library_threads", threads=threads, questions=len(questions), seconds=round(elapsed, 3),
           qps=round(len(questions) / elapsed, 1), mismatches=0)
