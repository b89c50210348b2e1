"""The checklist spec: ``knowledge/checklist.yaml`` validated into frozen dataclasses.

:func:`load_checklist` reports *every* problem at once, each with file, line and field,
so a support person editing the YAML fixes them in one pass.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from .checklist_measurement import MEASURES, Measurement
from .checklist_words import fold_words
from .errors import KnowledgeError, Problem
from .yamlfile import LineMap, PathKey, load_yaml

__all__ = [
    "RATINGS",
    "ChecklistSpec",
    "Detect",
    "Option",
    "Step",
    "describe_kind",
    "load_checklist",
    "parse_checklist",
    "rating_label",
]

#: Ratings from most to least worrying; the order decides the "most cautious" reading.
RATINGS: tuple[str, ...] = ("red-flag", "unknown", "caution", "reassuring")
_RATING_LABELS = {"red-flag": "Red flag", "unknown": "Unknown", "caution": "Caution", "reassuring": "Reassuring"}

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def rating_label(rating: str) -> str:
    """``"red-flag"`` -> ``"Red flag"``: how a rating is shown to people."""
    return _RATING_LABELS.get(rating, rating)


@dataclass(frozen=True)
class Detect:
    """Pick an option from a number found in the text (``5 MPa``, ``60 °C``, ``1,000 cycles``).

    ``minimum``/``maximum`` are inclusive and in the measure's normal unit
    (MPa, °C, cycles, Wh/kg).
    """

    measure: str
    minimum: float | None = None
    maximum: float | None = None

    def accepts(self, measurement: Measurement) -> bool:
        if measurement.kind != self.measure:
            return False
        value = measurement.normalised
        if self.minimum is not None and value < self.minimum:
            return False
        return self.maximum is None or value <= self.maximum


@dataclass(frozen=True)
class Option:
    """One answer a buyer is likely to give at a step, and what the guide says about it."""

    id: str
    label: str
    aliases: tuple[str, ...]
    rating: str
    guide: str
    follow_up: str
    fallback: bool = False
    detect: Detect | None = None

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "label": self.label, "rating": self.rating, "guide": self.guide,
                "follow_up": self.follow_up}


@dataclass(frozen=True)
class Step:
    """One question of the walk-through."""

    id: str
    title: str
    question: str
    ask: str
    why: str
    sections: tuple[str, ...]
    options: tuple[Option, ...]

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "title": self.title, "question": self.question, "ask": self.ask, "why": self.why,
                "sections": list(self.sections), "options": [o.to_dict() for o in self.options]}


@dataclass(frozen=True)
class ChecklistSpec:
    """The validated content of ``checklist.yaml``."""

    id: str
    title: str
    guide: str
    intro: str
    readings: Mapping[str, str]
    steps: tuple[Step, ...]
    file: str = "checklist.yaml"

    def step(self, step_id: str) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def index(self, step_id: str) -> int:
        return next(i for i, s in enumerate(self.steps) if s.id == step_id)


_TOP_FIELDS = {"id", "title", "guide", "intro", "readings", "steps"}
_STEP_FIELDS = {"id", "title", "question", "ask", "why", "sections", "options"}
_OPTION_FIELDS = {"id", "label", "aliases", "rating", "guide", "follow_up", "fallback", "detect"}
_DETECT_FIELDS = {"measure", "min", "max"}


class _Validator:
    """Collects every problem in one file instead of stopping at the first."""

    def __init__(self, lines: LineMap) -> None:
        self.lines = lines
        self.problems: list[Problem] = []

    def add(self, path: PathKey, message: str) -> None:
        self.problems.append(self.lines.problem(path, message))

    def mapping(self, value: Any, path: PathKey, allowed: set[str], required: Collection[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.add(path, f"must be a block of fields ({', '.join(sorted(required))}), got {describe_kind(value)}")
            return {}
        for key in value:
            if key not in allowed:
                hint = _closest(str(key), allowed)
                self.add((*path, key), "unknown field" + (f"; did you mean '{hint}'?" if hint else ""))
        for key in required:
            if key not in value:
                self.add(path, f"missing required field '{key}'")
        return value

    def text(self, block: dict[str, Any], key: str, path: PathKey, *, required: bool = True) -> str:
        if key not in block:
            return ""
        value = block[key]
        if not isinstance(value, str):
            self.add((*path, key), f"must be text, got {describe_kind(value)}")
            return ""
        if not value.strip():
            if required:
                self.add((*path, key), "must not be empty")
            return ""
        return " ".join(value.split())

    def ident(self, block: dict[str, Any], path: PathKey) -> str:
        value = self.text(block, "id", path)
        if value and not _ID.match(value):
            self.add((*path, "id"), f"'{value}' must be lowercase letters, digits and single dashes")
        return value

    def text_list(self, block: dict[str, Any], key: str, path: PathKey, *, min_items: int) -> tuple[str, ...]:
        if key not in block:
            return ()
        value = block[key]
        if not isinstance(value, list):
            self.add((*path, key), f"must be a list, got {describe_kind(value)}")
            return ()
        if len(value) < min_items:
            self.add((*path, key), f"needs at least {min_items} item{'s' if min_items != 1 else ''}")
        items: list[str] = []
        for i, item in enumerate(value):
            if not isinstance(item, str | int | float) or isinstance(item, bool):
                self.add((*path, key, i), f"must be text, got {describe_kind(item)}")
            elif not str(item).strip():
                self.add((*path, key, i), "must not be empty")
            else:
                items.append(" ".join(str(item).split()))
        return tuple(items)


def describe_kind(value: Any) -> str:
    """A YAML or JSON value's type in the words an error message uses ("a list", "text")."""
    if value is None:
        return "nothing"
    return {dict: "a block of fields", list: "a list", str: "text", bool: "true/false", int: "a number",
            float: "a number"}.get(type(value), type(value).__name__)


def _closest(word: str, choices: Iterable[str]) -> str | None:
    found = process.extractOne(word, list(choices), scorer=fuzz.ratio, score_cutoff=70)
    return None if found is None else str(found[0])


def load_checklist(path: Path, *, sections: Collection[str] | None = None) -> ChecklistSpec:
    """Read and validate ``checklist.yaml``.

    ``sections``, when given, is the guide's list of section headings; every step's
    ``sections`` must then name them word for word. Raises :class:`KnowledgeError`
    listing *every* problem as ``file:line: field: message``.
    """
    data, lines = load_yaml(path)
    return parse_checklist(data, lines, sections=sections)


def parse_checklist(data: Any, lines: LineMap, *, sections: Collection[str] | None = None) -> ChecklistSpec:
    """Validate already-parsed YAML (see :func:`load_checklist`)."""
    check = _Validator(lines)
    if not isinstance(data, dict) or "checklist" not in data:
        check.add((), "the file must start with 'checklist:'")
        raise KnowledgeError(check.problems)
    check.mapping(data, (), {"checklist"}, ("checklist",))
    top_path: PathKey = ("checklist",)
    top = check.mapping(data["checklist"], top_path, _TOP_FIELDS, ("id", "title", "guide", "readings", "steps"))
    spec_id = check.ident(top, top_path)
    title = check.text(top, "title", top_path)
    guide = check.text(top, "guide", top_path)
    intro = check.text(top, "intro", top_path)
    readings = _parse_readings(check, top.get("readings"), (*top_path, "readings")) if "readings" in top else {}
    steps: list[Step] = []
    raw_steps = top.get("steps")
    steps_path: PathKey = (*top_path, "steps")
    if "steps" in top and not isinstance(raw_steps, list):
        check.add(steps_path, f"must be a list of steps, got {describe_kind(raw_steps)}")
    elif isinstance(raw_steps, list):
        if not raw_steps:
            check.add(steps_path, "needs at least one step")
        seen: dict[str, int] = {}
        for i, raw in enumerate(raw_steps):
            step = _parse_step(check, raw, (*steps_path, i), sections)
            if step is None:
                continue
            if step.id in seen:
                check.add((*steps_path, i, "id"), f"duplicate step id '{step.id}' (also step {seen[step.id] + 1})")
            seen.setdefault(step.id, i)
            steps.append(step)
    if check.problems:
        raise KnowledgeError(check.problems)
    return ChecklistSpec(id=spec_id, title=title, guide=guide, intro=intro, readings=readings, steps=tuple(steps),
                         file=lines.file)


def _parse_readings(check: _Validator, raw: Any, path: PathKey) -> dict[str, str]:
    block = check.mapping(raw, path, set(RATINGS), RATINGS)
    return {rating: check.text(block, rating, path) for rating in RATINGS if rating in block}


def _parse_step(check: _Validator, raw: Any, path: PathKey, known_sections: Collection[str] | None) -> Step | None:
    block = check.mapping(raw, path, _STEP_FIELDS, ("id", "title", "question", "ask", "sections", "options"))
    if not block:
        return None
    step_id = check.ident(block, path)
    cited = check.text_list(block, "sections", path, min_items=1)
    if known_sections is not None:
        for i, section in enumerate(cited):
            if section not in known_sections:
                hint = _closest(section, known_sections)
                check.add((*path, "sections", i), f"'{section}' is not a heading of the guide"
                          + (f"; did you mean '{hint}'?" if hint else " (copy it word for word)"))
    options: list[Option] = []
    raw_options = block.get("options")
    options_path: PathKey = (*path, "options")
    if "options" in block and not isinstance(raw_options, list):
        check.add(options_path, f"must be a list of options, got {describe_kind(raw_options)}")
    elif isinstance(raw_options, list):
        if len(raw_options) < 2:
            check.add(options_path, "needs at least 2 options")
        seen: dict[str, int] = {}
        for i, raw_option in enumerate(raw_options):
            option = _parse_option(check, raw_option, (*options_path, i))
            if option is None:
                continue
            if option.id in seen:
                check.add((*options_path, i, "id"),
                          f"duplicate option id '{option.id}' in step '{step_id}' (also option {seen[option.id] + 1})")
            seen.setdefault(option.id, i)
            options.append(option)
        if raw_options and options and not any(o.rating == "unknown" for o in options):
            check.add(options_path, "needs an option rated 'unknown' for \"not disclosed / don't know\"")
    return Step(
        id=step_id,
        title=check.text(block, "title", path),
        question=check.text(block, "question", path),
        ask=check.text(block, "ask", path),
        why=check.text(block, "why", path),
        sections=cited,
        options=tuple(options),
    )


def _parse_option(check: _Validator, raw: Any, path: PathKey) -> Option | None:
    block = check.mapping(raw, path, _OPTION_FIELDS, ("id", "label", "aliases", "rating", "guide", "follow_up"))
    if not block:
        return None
    rating = check.text(block, "rating", path)
    if rating and rating not in RATINGS:
        hint = _closest(rating, RATINGS)
        check.add((*path, "rating"), f"'{rating}' is not a rating; use one of: {', '.join(RATINGS)}"
                  + (f" (did you mean '{hint}'?)" if hint else ""))
    aliases = check.text_list(block, "aliases", path, min_items=1)
    for i, alias in enumerate(aliases):
        if not fold_words(alias):
            check.add((*path, "aliases", i), f"'{alias}' has no letters or digits to match on")
    fallback = block.get("fallback", False)
    if not isinstance(fallback, bool):
        check.add((*path, "fallback"), f"must be true or false, got {describe_kind(fallback)}")
        fallback = False
    detect = _parse_detect(check, block["detect"], (*path, "detect")) if "detect" in block else None
    return Option(
        id=check.ident(block, path),
        label=check.text(block, "label", path),
        aliases=aliases,
        rating=rating,
        guide=check.text(block, "guide", path),
        follow_up=check.text(block, "follow_up", path),
        fallback=fallback,
        detect=detect,
    )


def _parse_detect(check: _Validator, raw: Any, path: PathKey) -> Detect | None:
    block = check.mapping(raw, path, _DETECT_FIELDS, ("measure",))
    measure = check.text(block, "measure", path) if block else ""
    if measure and measure not in MEASURES:
        check.add((*path, "measure"), f"'{measure}' is not a measure; use one of: {', '.join(MEASURES)}")
    bounds: dict[str, float | None] = {}
    for key in ("min", "max"):
        value = block.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            check.add((*path, key), f"must be a number, got {describe_kind(value)}")
            value = None
        bounds[key] = None if value is None else float(value)
    low, high = bounds["min"], bounds["max"]
    if low is not None and high is not None and low > high:
        check.add((*path, "min"), f"min ({low:g}) is above max ({high:g})")
    return Detect(measure, low, high) if measure in MEASURES else None
