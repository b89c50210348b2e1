"""Read fields of a parsed YAML file with type checks, collecting every problem.

Both the knowledge folder (:mod:`advisor.knowledge`) and the checklist spec
(:mod:`advisor.checklist_spec`) are edited by support staff, so each wrong value is
reported with its file, line and field, and a file is checked to the end before one
:class:`~advisor.errors.KnowledgeError` lists everything to fix.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import Any

from advisor.errors import Problem
from advisor.knowledge.yamlfile import LineMap, PathKey
from advisor.text import closest

__all__ = ["FieldReader", "describe_kind", "did_you_mean"]

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def describe_kind(value: Any) -> str:
    """A YAML or JSON value's type in the words an error message uses ("a list", "text")."""
    if value is None:
        return "nothing"
    return {dict: "a block of fields", list: "a list", str: "text", bool: "true/false", int: "a number",
            float: "a number"}.get(type(value), type(value).__name__)


#: How close (rapidfuzz ratio, 0-100) a wrong field name or value must be to a right one to be
#: suggested. Loose on purpose: the hint only follows an error message, the choices are a short
#: fixed list, and a wrong guess costs nothing, while a missed "follow-up" -> "follow_up" costs a search.
_HINT_CUTOFF = 70


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """``" — did you mean 'x'?"`` to append to a message, or ``""`` when nothing is close."""
    hint = closest(word, choices, cutoff=_HINT_CUTOFF)
    return f" — did you mean '{hint}'?" if hint else ""


class FieldReader:
    """Reads the fields of one YAML file, adding a :class:`Problem` for each wrong value.

    Readers never raise: a wrong value is reported and read as empty, so the caller
    goes on and finds the next problem. ``problems`` may be shared by the readers of
    several files. ``numbers_as_text`` lets ``title: 2024`` be read as text;
    ``collapse_spaces`` turns runs of whitespace (line breaks too) into one space.
    """

    def __init__(self, lines: LineMap, problems: list[Problem] | None = None, *, numbers_as_text: bool = False,
                 collapse_spaces: bool = False) -> None:
        self.lines = lines
        self.problems: list[Problem] = [] if problems is None else problems
        self.numbers_as_text = numbers_as_text
        self.collapse_spaces = collapse_spaces

    def add(self, path: PathKey, message: str) -> None:
        self.problems.append(self.lines.problem(path, message))

    def mapping(self, value: Any, path: PathKey, *, what: str | None = None, allowed: Collection[str] | None = None,
                required: Collection[str] = ()) -> dict[str, Any] | None:
        """``value`` if it is a block of fields, else ``None``.

        Fields not in ``allowed`` (when given) and missing ``required`` fields are reported;
        ``what`` ("an entry") names the block in the message when it is not one.
        """
        if not isinstance(value, dict):
            fields = ", ".join(sorted(required)) if required else "key: value lines"
            subject = f"{what} must" if what else "must"
            self.add(path, f"{subject} be a block of fields ({fields}), got {describe_kind(value)}")
            return None
        if allowed is not None:
            for key in value:
                if key not in allowed:
                    hint = did_you_mean(str(key), allowed) or f" — use one of: {', '.join(sorted(allowed))}"
                    self.add((*path, key), f"unknown field '{key}'{hint}")
        for key in required:
            if key not in value:
                self.add(path, f"missing required field '{key}'")
        return value

    def text(self, block: dict[str, Any], path: PathKey, key: str, *, allow_empty: bool = False) -> str:
        """The text under ``key``, stripped; ``""`` if absent (``mapping`` reports required fields)."""
        if key not in block:
            return ""
        value = block[key]
        if value is None:
            if not allow_empty:
                self.add((*path, key), "must not be empty")
            return ""
        if not self._is_text(value, numbers=self.numbers_as_text):
            self.add((*path, key), f"must be text, got {describe_kind(value)}")
            return ""
        text = self._clean(str(value))
        if not text and not allow_empty:
            self.add((*path, key), "must not be empty")
        return text

    def ident(self, block: dict[str, Any], path: PathKey, key: str = "id") -> str:
        value = self.text(block, path, key)
        if value and not _ID.match(value):
            self.add((*path, key), f"'{value}' is not a valid id: use lowercase letters, digits and single dashes")
        return value

    def text_list(self, block: dict[str, Any], path: PathKey, key: str, *, min_items: int = 0) -> tuple[str, ...]:
        """The texts listed under ``key`` (an empty value is an empty list); each item must be text."""
        if key not in block:
            return ()
        value = [] if block[key] is None else block[key]
        if not isinstance(value, list):
            self.add((*path, key), f"must be a list, got {describe_kind(value)}")
            return ()
        if len(value) < min_items:
            self.add((*path, key), f"needs at least {min_items} item{'s' if min_items != 1 else ''}, "
                     f"has {len(value)}")
        items: list[str] = []
        for i, item in enumerate(value):
            if not self._is_text(item, numbers=True):
                self.add((*path, key, i), f"must be text, got {describe_kind(item)}")
            elif not str(item).strip():
                self.add((*path, key, i), "must not be empty")
            else:
                items.append(self._clean(str(item)))
        return tuple(items)

    def choice(self, block: dict[str, Any], path: PathKey, key: str, allowed: Collection[str], *,
               what: str | None = None) -> str:
        """The text under ``key`` if it is one of ``allowed``; ``what`` ("a rating") names the set."""
        value = self.text(block, path, key)
        if value and value not in allowed:
            listed = ", ".join(allowed)
            head = f"is not {what}; use one of: {listed}" if what else f"is not one of: {listed}"
            self.add((*path, key), f"'{value}' {head}{did_you_mean(value, allowed)}")
        return value

    @staticmethod
    def _is_text(value: Any, *, numbers: bool) -> bool:
        if isinstance(value, str):
            return True
        return numbers and isinstance(value, int | float) and not isinstance(value, bool)

    def _clean(self, text: str) -> str:
        return " ".join(text.split()) if self.collapse_spaces else text.strip()
