"""Hostile input at every public entry point, and the command line with bad arguments and files.

Adds what tests/test_properties.py, test_checklist.py and test_prefill.py do not draw:
right-to-left and bidi controls, YAML and JSON fragments, Markdown links and images,
HTML, zero-width and control characters, mixed with guide words, plus the slowest call per
entry point (recorded for docs/reliability.md, not asserted: tests do not assert on wall-clock
time; a hang is caught by pytest-timeout's per-test limit in pyproject.toml), JSON-ready
``to_dict()`` results, and the checklist run from inside
a conversation. Payloads point at ``canary.invalid``: that name must never come back live.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from apprunner import REPO
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliabilityhelpers import record

from advisor import Advisor, Answer
from advisor.answer import MAX_ANSWER_CHARS, AnswerKind
from advisor.errors import ChecklistError

CANARY = "canary.invalid"
HOSTILE = [
    f"<script>fetch('http://{CANARY}/x')</script>", f"<img src=http://{CANARY}/i.png onerror=alert(1)>",
    f"![x](http://{CANARY}/p.png)", f"[click](http://{CANARY}/)", f"<a href='http://{CANARY}/'>a</a>",
    f"[ref]: http://{CANARY}/r", f"<http://{CANARY}/auto>", "<svg onload=alert(1)>", "&lt;b&gt;", "<!-- x -->",
    "key: value", "- [a, b]\n- {c: d}", "&anchor *alias", "!!python/object/apply:os.system ['id']", "---\n...",
    '{"question": "sulfides", "found": true}', "[1, 2, {\"a\": null}]", "\"unterminated",
    "\u202eevitceles\u202c", "\u2067عربي\u2069", "עברית sulfide", "\u200f\u200e\u061c", "\u200b\u200c\u200d\ufeff",
    "\x00\x01\x07\x1b[31m\x7f", "\r\n\r", "\u2028\u2029", "\ud800", "e\u0301\u0301\u0301", "𝔰𝔲𝔩𝔣𝔦𝔡𝔢",
    "# heading", "> quote", "| a | b |\n|---|---|", "```\ncode\n```", "$x^2$", "{row}", "%s %d", "${HOME}",
]
GUIDE = ["solid", "state", "battery", "electrolyte", "sulfides", "oxides", "polymer", "anode", "lithium", "metal",
         "what", "goes", "wrong", "with", "and", "?", "supplier", "checklist", "evaluate", "sulphide", "3", "skip"]
fragments = st.lists(st.one_of(st.sampled_from(HOSTILE), st.sampled_from(GUIDE), st.text(max_size=8)),
                     max_size=25).map(" ".join)
long_hostile = st.builds(lambda f, n: f * n, st.sampled_from(HOSTILE), st.integers(200, 3000))
texts = st.one_of(fragments, long_hostile, st.text(alphabet=st.characters(codec="utf-8"), max_size=200))

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Slowest seconds seen per entry point in this run, reported by test_record_the_input_figures.
SLOWEST_CALL: dict[str, float] = {}
LIVE = re.compile(r"(?<!\\)(?:!\[|\[[^\]]*\]\(|<[a-zA-Z/!?])")


def timed(call: Any, *args: Any) -> Any:
    started = time.perf_counter()
    result = call(*args)
    name = call.__qualname__
    SLOWEST_CALL[name] = max(SLOWEST_CALL.get(name, 0.0), time.perf_counter() - started)
    return result


def assert_answer_ok(answer: Answer) -> None:
    assert isinstance(answer, Answer) and answer.text.strip() and len(answer.text) <= MAX_ANSWER_CHARS
    assert 0.0 <= answer.confidence <= 1.0 and answer.kind is not AnswerKind.INTERNAL_ERROR
    assert CANARY not in answer.text
    assert not LIVE.search(answer.text.replace("](#", "")), answer.text  # no user link/image/tag in the text
    assert all(CANARY not in s for s in answer.suggestions)
    assert answer.corrected_query is None or not re.search(r"[<>]", answer.corrected_query)
    assert json.loads(json.dumps(answer.to_dict())) == answer.to_dict()


def assert_markdown_inert(markdown: str) -> None:
    assert not LIVE.search(markdown), markdown
    assert not re.search(r"(?<!\\)<", markdown)


@SETTINGS
@given(question=texts)
def test_ask(advisor: Advisor, question: str) -> None:
    assert_answer_ok(timed(advisor.ask, question))


@SETTINGS
@given(turns=st.lists(texts, min_size=1, max_size=4))
def test_conversation_including_the_checklist_inside_it(advisor: Advisor, turns: list[str]) -> None:
    conversation = advisor.conversation()
    timed(conversation.ask, "help me evaluate a supplier")  # the rest of the turns go to the checklist
    for turn in turns:
        assert_answer_ok(timed(conversation.ask, turn))
    assert len(conversation.turns) == len(turns) + 1
    if conversation.checklist is not None:
        assert_markdown_inert(conversation.checklist.report().to_markdown())


@SETTINGS
@given(answers=st.lists(texts, min_size=1, max_size=10))
def test_checklist_answer_and_report(advisor: Advisor, answers: list[str]) -> None:
    checklist = advisor.checklist()
    for typed in answers:
        reply = timed(checklist.answer, typed)
        assert isinstance(reply.accepted, bool)
        assert json.loads(json.dumps(reply.to_dict())) == reply.to_dict()
    report = checklist.report()
    assert_markdown_inert(timed(report.to_markdown))
    data = report.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert timed(advisor.checklist_from_dict, json.loads(json.dumps(checklist.to_dict()))).report() == report


@SETTINGS
@given(supplier_text=texts)
def test_prefill_and_its_report(advisor: Advisor, supplier_text: str) -> None:
    checklist = timed(advisor.prefill_checklist, supplier_text)
    assert_markdown_inert(checklist.report().to_markdown())
    restored = advisor.checklist_from_dict(json.loads(json.dumps(checklist.to_dict())))
    assert restored.report() == checklist.report()


@SETTINGS
@given(data=st.one_of(texts, st.lists(texts, max_size=3), st.dictionaries(texts, texts, max_size=4)))
def test_from_dict_of_hostile_text(advisor: Advisor, data: Any) -> None:
    base = advisor.checklist().to_dict()
    for state in (data, {**base, "records": data}, {**base, "notices": data}, {**base, "checklist": data}):
        try:
            restored = timed(advisor.checklist_from_dict, state)
        except ChecklistError as exc:
            assert str(exc)
            continue
        assert_markdown_inert(restored.report().to_markdown())


def test_record_the_input_figures() -> None:
    """For docs/reliability.md: how many generated inputs the properties above try per run, and the
    slowest call each entry point took on them (runs after them: pytest keeps file order)."""
    slowest = {name: round(seconds, 3) for name, seconds in sorted(SLOWEST_CALL.items())}
    record("bad_input", entry_points=5, examples_per_property=SETTINGS.max_examples, fragments=len(HOSTILE),
           slowest_call_seconds=slowest)


# -- the command line ------------------------------------------------------------------------------


def _broken_files(tmp: Path) -> dict[str, Path]:
    files = {
        "binary.yaml": b"\x00\xff\xfe" * 100,
        "broken.yaml": b"- q: [unclosed\n  expect: {\n",
        "wrong-shape.yaml": b"just: a mapping\n",
        "latin1.txt": "sulfide électrolyte".encode("latin-1"),
        "empty.txt": b"",
    }
    paths = {}
    for name, content in files.items():
        paths[name] = tmp / name
        paths[name].write_bytes(content)
    (tmp / "a-folder").mkdir()
    paths["a-folder"] = tmp / "a-folder"
    return paths


CLI_CASES = [
    ["--knowledge"],
    ["ask"],
    ["ask", "x", "--json", "--json", "--nope"],
    ["eval"],
    ["eval", "{missing}"],
    ["eval", "{binary.yaml}"],
    ["eval", "{broken.yaml}"],
    ["eval", "{wrong-shape.yaml}"],
    ["eval", "{a-folder}"],
    ["eval", "{broken.yaml}", "--min-accuracy", "lots"],
    ["checklist", "--from", "{missing}"],
    ["checklist", "--from", "{a-folder}"],
    ["checklist", "--from", "{binary.yaml}"],
    ["checklist", "--json", "--markdown"],
    ["--knowledge", "{missing}", "ask", "hello"],
    ["--knowledge", "{binary.yaml}", "ask", "hello"],
    ["--knowledge", "{a-folder}", "ask", "hello"],
    ["--knowledge", "{missing}", "checklist", "--from", "{latin1.txt}"],
    ["bench", "--quick", "--knowledge", "{missing}"],
]  # `advisor validate` is left out: listing every problem, one per line, is its job


@pytest.mark.slow
@pytest.mark.parametrize("argv", CLI_CASES, ids=[" ".join(a) for a in CLI_CASES])
def test_cli_bad_arguments_and_files(tmp_path: Path, argv: list[str]) -> None:
    paths = {**_broken_files(tmp_path), "missing": tmp_path / "missing.yaml"}
    args = [re.sub(r"\{([^}]+)\}", lambda m: str(paths[m.group(1)]), a) for a in argv]
    result = subprocess.run([sys.executable, "-m", "advisor", *args], capture_output=True, text=True, timeout=120,
                            cwd=REPO, env=os.environ.copy(), stdin=subprocess.DEVNULL)
    assert result.returncode != 0, result.stdout[-500:]
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("advisor") and result.stderr.count("\n") == 1, result.stderr
    record("cli_bad_input", argv=" ".join(argv), exit_code=result.returncode, stderr_lines=1, traceback=False)
