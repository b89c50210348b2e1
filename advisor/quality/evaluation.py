"""Grade the advisor against an evaluation file (the format of ``shared/eval/dev.yaml``).

A case passes when every ``expect`` group has at least one phrase in the answer
(case-insensitive substring), no ``forbid`` phrase occurs, the answer fits the
1,500-character limit, and ``found`` is right: False for out-of-scope cases
(``found: false``), True for the rest.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from advisor.answer import MAX_ANSWER_CHARS, Answer
from advisor.core import Advisor
from advisor.errors import KnowledgeError, Problem
from advisor.knowledge.yamlfile import load_yaml
from advisor.retrieval.index import FieldWeights
from advisor.retrieval.tuning import Tuning


@dataclass(frozen=True)
class Case:
    turns: tuple[str, ...]
    expect: tuple[tuple[str, ...], ...]
    forbid: tuple[str, ...]
    found: bool
    tag: str
    line: int | None


@dataclass(frozen=True)
class CaseResult:
    case: Case
    answer: Answer
    passed: bool
    why: str

    def to_dict(self) -> dict[str, Any]:
        return {"question": self.case.turns[-1], "turns": list(self.case.turns), "tag": self.case.tag,
                "passed": self.passed, "why": self.why, "found": self.answer.found,
                "confidence": self.answer.confidence, "answer": self.answer.text}


@dataclass(frozen=True)
class Report:
    results: tuple[CaseResult, ...]
    by_tag: dict[str, tuple[int, int]] = field(default_factory=dict)

    @staticmethod
    def _rate(results: list[CaseResult]) -> float:
        return sum(r.passed for r in results) / len(results) if results else 1.0

    @property
    def overall(self) -> float:
        return self._rate(list(self.results))

    @property
    def in_scope(self) -> float:
        return self._rate([r for r in self.results if r.case.found])

    @property
    def out_of_scope(self) -> float:
        return self._rate([r for r in self.results if not r.case.found])

    @property
    def failures(self) -> list[CaseResult]:
        return [r for r in self.results if not r.passed]

    def to_dict(self) -> dict[str, Any]:
        return {"overall": self.overall, "in_scope": self.in_scope, "out_of_scope": self.out_of_scope,
                "cases": len(self.results), "passed": sum(r.passed for r in self.results),
                "by_tag": {t: {"passed": p, "total": n} for t, (p, n) in sorted(self.by_tag.items())},
                "failures": [r.to_dict() for r in self.failures]}

    def summary(self) -> str:
        n_in = sum(1 for r in self.results if r.case.found)
        n_out = len(self.results) - n_in
        lines = [f"{'tag':<14} passed", *(f"{t:<14} {p}/{n}" for t, (p, n) in sorted(self.by_tag.items())),
                 f"in-scope accuracy:     {self.in_scope:.1%} ({n_in} cases)",
                 f"out-of-scope accuracy: {self.out_of_scope:.1%} ({n_out} cases)",
                 f"overall accuracy:      {self.overall:.1%} "
                 f"({sum(r.passed for r in self.results)}/{len(self.results)})"]
        return "\n".join(lines)


def load_cases(path: Path) -> list[Case]:
    try:
        data, lines = load_yaml(path, str(path))
    except KnowledgeError as exc:
        raise KnowledgeError(exc.problems, where="the evaluation file") from exc
    if not isinstance(data, list):
        raise KnowledgeError([Problem(str(path), 1, "(top level)", "must be a list of cases")],
                             where="the evaluation file")
    cases: list[Case] = []
    problems: list[Problem] = []
    for i, raw in enumerate(data):
        if not isinstance(raw, dict):
            problems.append(lines.problem((i,), "a case must be a mapping"))
            continue
        turns = raw.get("turns")
        if turns is None:
            turns = [raw.get("q", "")]
        if not isinstance(turns, list) or not turns:
            problems.append(lines.problem((i,), "needs 'q' or a non-empty 'turns' list"))
            continue
        expect = tuple(tuple(_phrase(p) for p in group) for group in raw.get("expect") or [])
        cases.append(Case(tuple("" if t is None else str(t) for t in turns), expect,
                          tuple(_phrase(p) for p in raw.get("forbid") or []), raw.get("found", True) is not False,
                          str(raw.get("tag", "untagged")), lines.line((i,))))
    if problems:
        raise KnowledgeError(problems, where="the evaluation file")
    return cases


def _phrase(value: object) -> str:
    """A phrase as its author wrote it: YAML 1.1 reads a bare ``no`` as False."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def grade(case: Case, answer: Answer) -> tuple[bool, str]:
    if not case.found:
        return (not answer.found, "" if not answer.found else "answered a question the guide does not cover")
    if not answer.found:
        return False, "said the guide does not cover it"
    if len(answer.text) > MAX_ANSWER_CHARS:
        return False, f"answer is {len(answer.text)} characters"
    text = answer.text.casefold()
    for group in case.expect:
        if not any(p.casefold() in text for p in group):
            return False, f"missing any of {list(group)}"
    for phrase in case.forbid:
        if phrase.casefold() in text:
            return False, f"contains forbidden '{phrase}'"
    return True, ""


def converse(advisor: Advisor, case: Case) -> Answer:
    """A case as a fresh conversation: every turn asked in order, the last answer returned."""
    conversation = advisor.conversation()
    answer = conversation.ask(case.turns[0])
    for turn in case.turns[1:]:
        answer = conversation.ask(turn)
    return answer


def evaluate(advisor: Advisor, cases: list[Case]) -> Report:
    """Grade the advisor: each case is a fresh conversation, its last answer graded."""
    return evaluate_with(lambda case: converse(advisor, case), cases)


def evaluate_with(answer: Callable[[Case], Answer], cases: list[Case]) -> Report:
    """Grade any answerer (the advisor, a baseline) on the same cases."""
    results: list[CaseResult] = []
    tags: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in cases:
        reply = answer(case)
        passed, why = grade(case, reply)
        results.append(CaseResult(case, reply, passed, why))
        tags[case.tag][0] += passed
        tags[case.tag][1] += 1
    return Report(tuple(results), {t: (p, n) for t, (p, n) in tags.items()})


@dataclass(frozen=True)
class SweepRow:
    """Accuracy on every evaluation set with one setting at one value."""

    name: str
    value: float
    reports: dict[str, Report]

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "value": self.value,
                "sets": {label: {"overall": r.overall, "in_scope": r.in_scope, "out_of_scope": r.out_of_scope}
                         for label, r in self.reports.items()}}


def sweep(knowledge_dir: Path | None, case_files: list[Path], name: str, values: list[float]) -> list[SweepRow]:
    """Grade every evaluation file once per value of one setting (a :class:`Tuning` or
    :class:`FieldWeights` field); ValueError for a name that is neither."""
    sets = {path.name: load_cases(path) for path in case_files}
    rows: list[SweepRow] = []
    for value in values:
        if name in Tuning.names():
            advisor = Advisor(knowledge_dir, tuning=Tuning().with_value(name, value))
        elif name in {f.name for f in fields(FieldWeights)}:
            advisor = Advisor(knowledge_dir, weights=replace(FieldWeights(), **{name: value}))
        else:
            known = ", ".join((*Tuning.names(), *(f.name for f in fields(FieldWeights))))
            raise ValueError(f"unknown setting {name!r}: use one of {known}")
        rows.append(SweepRow(name, value, {label: evaluate(advisor, cases) for label, cases in sets.items()}))
    return rows


def sweep_table(rows: list[SweepRow]) -> str:
    """The sweep as a Markdown table: one row per value, overall / in scope / out of scope per set."""
    if not rows:
        return ""
    labels = list(rows[0].reports)
    header = f"| {rows[0].name} | " + " | ".join(labels) + " |"
    lines = [header, "|---|" + "---|" * len(labels)]
    for row in rows:
        cells = [f"{r.overall:.1%} ({r.in_scope:.1%} / {r.out_of_scope:.1%})" for r in row.reports.values()]
        lines.append(f"| {row.value:g} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
