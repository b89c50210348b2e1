"""Read YAML while remembering the line every value came from.

PyYAML's ``safe_load`` forgets positions, but a support person fixing a file
needs "entries.yaml:42: answer: must not be empty". We compose the node tree
(which keeps marks) and build plain Python data plus a map from each value's
path (``("entries", 3, "answer")``) to its 1-based line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from advisor.errors import KnowledgeError, Problem

PathKey = tuple[str | int, ...]

# libyaml's parser when PyYAML was built with it (the usual wheels): several times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineMap:
    """Lines of the values of one YAML file, looked up by path."""

    def __init__(self, file: str, lines: dict[PathKey, int]) -> None:
        self.file = file
        self._lines = lines

    def line(self, path: PathKey) -> int | None:
        """The line of ``path``, or of its nearest parent that has one."""
        while True:
            if path in self._lines:
                return self._lines[path]
            if not path:
                return None
            path = path[:-1]

    def problem(self, path: PathKey, message: str) -> Problem:
        return Problem(self.file, self.line(path), dotted(path), message)


def dotted(path: PathKey) -> str:
    """``("entries", 3, "answer")`` -> ``entries[3].answer``: how we name a field to people."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out or "(top level)"


def load_yaml(path: Path, display_name: str | None = None) -> tuple[Any, LineMap]:
    """Parse ``path``; raise :class:`KnowledgeError` with the file and line on any YAML error."""
    name = display_name or path.name
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise KnowledgeError([Problem(name, None, "(file)", f"is not UTF-8 text ({exc.reason})")]) from exc
    except OSError as exc:
        raise KnowledgeError([Problem(name, None, "(file)", f"cannot be read: {exc.strerror or exc}")]) from exc
    return parse_yaml(text, name)


def parse_yaml(text: str, name: str) -> tuple[Any, LineMap]:
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        what = exc.problem or exc.context or "invalid YAML"
        raise KnowledgeError([Problem(name, line, "(syntax)", f"YAML syntax error: {what}")]) from exc
    except yaml.YAMLError as exc:
        raise KnowledgeError([Problem(name, None, "(syntax)", f"YAML error: {exc}")]) from exc
    lines: dict[PathKey, int] = {}
    problems: list[Problem] = []
    data = _build(node, (), lines, problems, name) if node is not None else None
    if problems:
        raise KnowledgeError(problems)
    return data, LineMap(name, lines)


def _build(node: yaml.Node, path: PathKey, lines: dict[PathKey, int], problems: list[Problem], name: str) -> Any:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            if key in result:
                problems.append(
                    Problem(name, key_node.start_mark.line + 1, dotted((*path, key)), "duplicate key in the same block")
                )
            result[key] = _build(value_node, (*path, key), lines, problems, name)
            lines[(*path, key)] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, (*path, i), lines, problems, name) for i, item in enumerate(node.value)]
    # Scalars: let the safe constructor resolve types (int, bool, null, str) exactly as safe_load would.
    constructor = yaml.constructor.SafeConstructor()
    try:
        return constructor.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        problems.append(Problem(name, node.start_mark.line + 1, dotted(path), f"bad value: {exc}"))
        return None
