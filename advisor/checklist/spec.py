"""The checklist spec: ``knowledge/checklist.yaml`` validated into frozen dataclasses.

:func:`load_checklist` reports *every* problem at once, each with file, line and field,
so a support person editing the YAML fixes them in one pass.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from advisor.checklist.measurement import MEASURES, Measurement
from advisor.errors import KnowledgeError
from advisor.knowledge.fields import FieldReader, describe_kind, did_you_mean
from advisor.knowledge.yamlfile import LineMap, PathKey, load_yaml
from advisor.text import fold_words

__all__ = [
    "RATINGS",
    "ChecklistSpec",
    "Detect",
    "Option",
    "Step",
    "load_checklist",
    "parse_checklist",
    "rating_label",
]

#: Ratings from most to least worrying; the order decides the "most cautious" reading.
RATINGS: tuple[str, ...] = ("red-flag", "unknown", "caution", "reassuring")
_RATING_LABELS = {"red-flag": "Red flag", "unknown": "Unknown", "caution": "Caution", "reassuring": "Reassuring"}


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
    #: Wordings that only qualify the step's fallback option ("coated" qualifies "lithium metal"): a buyer's
    #: answer reads them as this option, a supplier's text only where it names the fallback option too.
    qualifying: tuple[str, ...] = ()

    @property
    def wordings(self) -> tuple[str, ...]:
        """Every wording of the option: its aliases, then its qualifying wordings."""
        return self.aliases + self.qualifying


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
    #: The step asks what produced the reported results (the test format): in a supplier's text, an option named
    #: where results are reported outranks a more worrying one named elsewhere.
    from_results: bool = False
    #: Other names of the step's subject that a supplier may use ("negative electrode" for the anode): read in a
    #: supplier's text as the step's title, so that declining one declines the step.
    other_names: tuple[str, ...] = ()

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)


@dataclass(frozen=True)
class ChecklistSpec:
    """The validated content of ``checklist.yaml``.

    Every sentence the checklist shows about the guide's topic comes from here: ``section``
    is the guide heading the walk-through as a whole is cited under, ``figures_note`` follows
    the figures a supplier quotes in the report, and ``no_claims`` is the pre-fill's notice
    for a text that answers no step. Each is ``""`` when the file leaves it out: the
    walk-through is then cited by its title alone, the report shows no note after the
    figures, and the notice is a generic one.
    """

    id: str
    title: str
    guide: str
    intro: str
    readings: Mapping[str, str]
    steps: tuple[Step, ...]
    section: str = ""
    figures_note: str = ""
    no_claims: str = ""
    #: Parts of the subject no step asks about: a supplier's datasheet row labelled with one is no evidence
    #: for any step (what it says about coatings or materials belongs to that part).
    unasked_parts: tuple[str, ...] = ()
    #: The subject's layers as a stack drawn with bars names them, one in each cell: such a line is no row labelled by
    #: its first layer.
    stack_layers: tuple[str, ...] = ()
    #: Parts of the subject a step asks about by name: in a clause about an unasked part, the words after one of these
    #: describe it.
    asked_parts: tuple[str, ...] = ()
    file: str = "checklist.yaml"

    def step(self, step_id: str) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)


_TOP_REQUIRED = ("id", "title", "guide", "readings", "steps")
_TOP_FIELDS = {*_TOP_REQUIRED, "section", "intro", "figures_note", "no_claims", "unasked_parts", "stack_layers",
               "asked_parts"}
_STEP_REQUIRED = ("id", "title", "question", "ask", "sections", "options")
_STEP_FIELDS = {*_STEP_REQUIRED, "why", "from_results", "other_names"}
_OPTION_REQUIRED = ("id", "label", "aliases", "rating", "guide", "follow_up")
_OPTION_FIELDS = {*_OPTION_REQUIRED, "fallback", "detect", "qualifying"}
_DETECT_REQUIRED = ("measure",)
_DETECT_FIELDS = {*_DETECT_REQUIRED, "min", "max"}


def load_checklist(path: Path, *, sections: Collection[str] | None = None) -> ChecklistSpec:
    """Read and validate ``checklist.yaml``.

    ``sections``, when given, is the guide's list of section headings; the checklist's
    ``section`` and every step's ``sections`` must then name them word for word. Raises :class:`KnowledgeError`
    listing *every* problem as ``file:line: field: message``.
    """
    data, lines = load_yaml(path)
    return parse_checklist(data, lines, sections=sections)


def parse_checklist(data: Any, lines: LineMap, *, sections: Collection[str] | None = None) -> ChecklistSpec:
    """Validate already-parsed YAML (see :func:`load_checklist`)."""
    check = FieldReader(lines, collapse_spaces=True)
    if not isinstance(data, dict) or "checklist" not in data:
        check.add((), "the file must start with 'checklist:'")
        raise KnowledgeError(check.problems)
    check.mapping(data, (), allowed={"checklist"})
    path: PathKey = ("checklist",)
    top = check.mapping(data["checklist"], path, allowed=_TOP_FIELDS, required=_TOP_REQUIRED) or {}
    spec = ChecklistSpec(
        id=check.ident(top, path),
        title=check.text(top, path, "title"),
        guide=check.text(top, path, "guide"),
        section=_parse_section(check, top, path, sections),
        intro=check.text(top, path, "intro"),
        readings=_parse_readings(check, top.get("readings"), (*path, "readings")) if "readings" in top else {},
        steps=_parse_steps(check, top, path, sections),
        figures_note=check.text(top, path, "figures_note"),
        no_claims=check.text(top, path, "no_claims"),
        unasked_parts=check.text_list(top, path, "unasked_parts") if "unasked_parts" in top else (),
        stack_layers=check.text_list(top, path, "stack_layers") if "stack_layers" in top else (),
        asked_parts=check.text_list(top, path, "asked_parts") if "asked_parts" in top else (),
        file=lines.file,
    )
    if check.problems:
        raise KnowledgeError(check.problems)
    return spec


def _parse_section(check: FieldReader, top: dict[str, Any], path: PathKey,
                   known_sections: Collection[str] | None) -> str:
    section = check.text(top, path, "section")
    _check_heading(check, (*path, "section"), section, known_sections)
    return section


def _check_heading(check: FieldReader, path: PathKey, heading: str, known_sections: Collection[str] | None) -> None:
    """A cited section must be one of the guide's headings, word for word (when they are known)."""
    if known_sections is not None and heading and heading not in known_sections:
        hint = did_you_mean(heading, known_sections) or " (copy it word for word)"
        check.add(path, f"'{heading}' is not a heading of the guide{hint}")


def _parse_readings(check: FieldReader, raw: Any, path: PathKey) -> dict[str, str]:
    block = check.mapping(raw, path, allowed=RATINGS, required=RATINGS) or {}
    return {rating: check.text(block, path, rating) for rating in RATINGS if rating in block}


def _parse_steps(check: FieldReader, top: dict[str, Any], top_path: PathKey,
                 known_sections: Collection[str] | None) -> tuple[Step, ...]:
    if "steps" not in top:
        return ()  # reported as a missing required field
    raw_steps = top["steps"]
    path: PathKey = (*top_path, "steps")
    if not isinstance(raw_steps, list):
        check.add(path, f"must be a list of steps, got {describe_kind(raw_steps)}")
        return ()
    if not raw_steps:
        check.add(path, "needs at least one step")
    steps: list[Step] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(raw_steps):
        step = _parse_step(check, raw, (*path, i), known_sections)
        if step is None:
            continue
        if step.id in seen:
            check.add((*path, i, "id"), f"duplicate step id '{step.id}' (also step {seen[step.id] + 1})")
        seen.setdefault(step.id, i)
        steps.append(step)
    return tuple(steps)


def _parse_step(check: FieldReader, raw: Any, path: PathKey, known_sections: Collection[str] | None) -> Step | None:
    block = check.mapping(raw, path, allowed=_STEP_FIELDS, required=_STEP_REQUIRED)
    if not block:
        return None
    step_id = check.ident(block, path)
    cited = check.text_list(block, path, "sections", min_items=1)
    for i, section in enumerate(cited):
        _check_heading(check, (*path, "sections", i), section, known_sections)
    from_results = block.get("from_results", False)
    if not isinstance(from_results, bool):
        check.add((*path, "from_results"), f"must be true or false, got {describe_kind(from_results)}")
        from_results = False
    return Step(
        id=step_id,
        title=check.text(block, path, "title"),
        question=check.text(block, path, "question"),
        ask=check.text(block, path, "ask"),
        why=check.text(block, path, "why"),
        sections=cited,
        options=_parse_options(check, block, path, step_id),
        from_results=from_results,
        other_names=check.text_list(block, path, "other_names") if "other_names" in block else (),
    )


def _parse_options(check: FieldReader, block: dict[str, Any], step_path: PathKey, step_id: str) -> tuple[Option, ...]:
    if "options" not in block:
        return ()  # reported as a missing required field
    raw_options = block["options"]
    path: PathKey = (*step_path, "options")
    if not isinstance(raw_options, list):
        check.add(path, f"must be a list of options, got {describe_kind(raw_options)}")
        return ()
    if len(raw_options) < 2:
        check.add(path, "needs at least 2 options")
    options: list[Option] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(raw_options):
        option = _parse_option(check, raw, (*path, i))
        if option is None:
            continue
        if option.id in seen:
            check.add((*path, i, "id"),
                      f"duplicate option id '{option.id}' in step '{step_id}' (also option {seen[option.id] + 1})")
        seen.setdefault(option.id, i)
        options.append(option)
    if options and not any(o.rating == "unknown" for o in options):
        check.add(path, "needs an option rated 'unknown' for \"not disclosed / don't know\"")
    return tuple(options)


def _parse_option(check: FieldReader, raw: Any, path: PathKey) -> Option | None:
    block = check.mapping(raw, path, allowed=_OPTION_FIELDS, required=_OPTION_REQUIRED)
    if not block:
        return None
    rating = check.choice(block, path, "rating", RATINGS, what="a rating")
    aliases = check.text_list(block, path, "aliases", min_items=1)
    for i, alias in enumerate(aliases):
        if not fold_words(alias):
            check.add((*path, "aliases", i), f"'{alias}' has no letters or digits to match on")
    fallback = block.get("fallback", False)
    if not isinstance(fallback, bool):
        check.add((*path, "fallback"), f"must be true or false, got {describe_kind(fallback)}")
        fallback = False
    detect = _parse_detect(check, block["detect"], (*path, "detect")) if "detect" in block else None
    qualifying = check.text_list(block, path, "qualifying", min_items=1) if "qualifying" in block else ()
    for i, wording in enumerate(qualifying):
        if not fold_words(wording):
            check.add((*path, "qualifying", i), f"'{wording}' has no letters or digits to match on")
    return Option(
        id=check.ident(block, path),
        label=check.text(block, path, "label"),
        aliases=aliases,
        rating=rating,
        guide=check.text(block, path, "guide"),
        follow_up=check.text(block, path, "follow_up"),
        fallback=fallback,
        detect=detect,
        qualifying=qualifying,
    )


def _parse_detect(check: FieldReader, raw: Any, path: PathKey) -> Detect | None:
    block = check.mapping(raw, path, allowed=_DETECT_FIELDS, required=_DETECT_REQUIRED) or {}
    measure = check.choice(block, path, "measure", MEASURES, what="a measure")
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
