"""The guided supplier checklist: the guide's buyer questions as a walk-through.

Three layers, each usable on its own:

* the **spec** (:func:`load_checklist`): ``knowledge/checklist.yaml`` validated into
  frozen dataclasses, every problem reported at once with file, line and field;
* the **matcher** (:func:`match_step`): free text ("sulphide", "Li metal with a
  coating", "no external pressure") mapped to one option of a step with rapidfuzz,
  with negation, fallback and dominance rules that are documented in
  ``knowledge/README.md``;
* the **walk-through** (:class:`Checklist`) and its :class:`ChecklistReport`.

Pre-filling from a supplier's own text lives in :mod:`advisor.prefill`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from rapidfuzz import fuzz, process

from .errors import ChecklistError, KnowledgeError, Problem
from .export import escape_markdown
from .text import clean
from .yamlfile import LineMap, PathKey, load_yaml

if TYPE_CHECKING:
    from .prefill import Prefill

__all__ = [
    "RATINGS",
    "Checklist",
    "ChecklistReport",
    "ChecklistSpec",
    "Detect",
    "Measurement",
    "Option",
    "Progress",
    "ReportItem",
    "Step",
    "StepMatch",
    "StepReply",
    "is_checklist_request",
    "load_checklist",
    "match_step",
    "match_steps",
    "rating_label",
]

#: Ratings from most to least worrying; the order decides the "most cautious" reading.
RATINGS: tuple[str, ...] = ("red-flag", "unknown", "caution", "reassuring")
_RATING_LABELS = {"red-flag": "Red flag", "unknown": "Unknown", "caution": "Caution", "reassuring": "Reassuring"}
MEASURES: tuple[str, ...] = ("pressure", "temperature", "cycles", "energy_density")
_MEASURE_UNITS = {"pressure": "MPa", "temperature": "°C", "cycles": "cycles", "energy_density": "Wh/kg"}

#: A typed answer is a sentence or two; longer input is cut so matching stays instant.
MAX_ANSWER_CHARS = 500
#: Saved state carries quotes, not documents (storage caps a state at 256 kB).
MAX_EVIDENCE_CHARS = 300
MAX_MEASUREMENTS = 40
#: rapidfuzz similarity (0-100) a window of the text needs to count as an alias.
FUZZY_CUTOFF = 90.0
#: Aliases this short ("rt", "car", "psi") must match exactly: one typo makes another word.
_EXACT_ONLY_CHARS = 4

STATE_FORMAT = "ssb-advisor/checklist"
STATE_VERSION = 1

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def rating_label(rating: str) -> str:
    """``"red-flag"`` -> ``"Red flag"``: how a rating is shown to people."""
    return _RATING_LABELS.get(rating, rating)


# --------------------------------------------------------------------------- spec


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
            self.add(path, f"must be a block of fields ({', '.join(sorted(required))}), got {_kind(value)}")
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
            self.add((*path, key), f"must be text, got {_kind(value)}")
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
            self.add((*path, key), f"must be a list, got {_kind(value)}")
            return ()
        if len(value) < min_items:
            self.add((*path, key), f"needs at least {min_items} item{'s' if min_items != 1 else ''}")
        items: list[str] = []
        for i, item in enumerate(value):
            if not isinstance(item, str | int | float) or isinstance(item, bool):
                self.add((*path, key, i), f"must be text, got {_kind(item)}")
            elif not str(item).strip():
                self.add((*path, key, i), "must not be empty")
            else:
                items.append(" ".join(str(item).split()))
        return tuple(items)


def _kind(value: Any) -> str:
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
        check.add(steps_path, f"must be a list of steps, got {_kind(raw_steps)}")
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
        check.add(options_path, f"must be a list of options, got {_kind(raw_options)}")
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
        if not _fold_words(alias):
            check.add((*path, "aliases", i), f"'{alias}' has no letters or digits to match on")
    fallback = block.get("fallback", False)
    if not isinstance(fallback, bool):
        check.add((*path, "fallback"), f"must be true or false, got {_kind(fallback)}")
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
            check.add((*path, key), f"must be a number, got {_kind(value)}")
            value = None
        bounds[key] = None if value is None else float(value)
    low, high = bounds["min"], bounds["max"]
    if low is not None and high is not None and low > high:
        check.add((*path, "min"), f"min ({low:g}) is above max ({high:g})")
    return Detect(measure, low, high) if measure in MEASURES else None


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True)
class Measurement:
    """A number with a unit found in text: ``5 MPa``, ``60 °C``, ``1,000 cycles``, ``320 Wh/kg``.

    ``normalised`` is in the measure's normal unit (MPa, °C, cycles, Wh/kg; Wh/L stays Wh/L).
    """

    kind: str
    value: float
    unit: str
    normalised: float
    normalised_unit: str
    evidence: str
    explanation: str

    def describe(self) -> str:
        shown = f"{_number(self.value)} {self.unit}"
        if self.unit != self.normalised_unit:
            shown += f" (= {_number(self.normalised)} {self.normalised_unit})"
        return shown

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "value": self.value, "unit": self.unit, "normalised": self.normalised,
                "normalised_unit": self.normalised_unit, "evidence": self.evidence, "explanation": self.explanation}


def _number(value: float) -> str:
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}" if abs(value) >= 10_000 else str(int(value))
    return f"{value:.3g}" if abs(value) < 1 else f"{value:.4g}"


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
#: Where one claim ends and the next begins: negation never reaches across these.
_CLAUSE_BREAK = re.compile(
    r"[.!?;:](?=\s|$)|[\n\r()\[\]{}•|]|,(?=\s|$)|\s(?:but|however|whereas|although|though|while)\s",
    re.IGNORECASE,
)
_NEGATIONS = frozenset({
    "no", "not", "non", "without", "never", "none", "neither", "nor", "unlike", "instead", "rather", "except",
    "lack", "lacks", "lacking", "isn't", "aren't", "don't", "doesn't", "didn't", "wasn't", "weren't", "won't",
    "can't", "cannot", "haven't", "hasn't", "nothing",
})
#: How many words before an alias a negation still applies to ("no external stack pressure").
_NEGATION_REACH = 3


def _fold(word: str) -> str:
    """One word as matching sees it: case- and accent-free, light plural stripping."""
    word = word.casefold().replace("’", "'")
    word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    if len(word) > 4 and word.isalpha() and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word


def _fold_words(text: str) -> tuple[str, ...]:
    return tuple(_fold(m.group(0)) for m in _WORD.finditer(text))


@dataclass(frozen=True)
class _Token:
    word: str
    start: int
    end: int
    clause: int


def _tokenise(text: str) -> list[_Token]:
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    tokens: list[_Token] = []
    clause = 0
    b = 0
    for m in _WORD.finditer(text):
        while b < len(breaks) and breaks[b] < m.start():
            clause += 1
            b += 1
        tokens.append(_Token(_fold(m.group(0)), m.start(), m.end(), clause))
    return tokens


@dataclass(frozen=True)
class _Hit:
    option: Option
    alias: str
    first: int  # token index, inclusive
    last: int  # token index, exclusive
    similarity: float


@dataclass(frozen=True)
class StepMatch:
    """How a text maps onto one step.

    ``option`` is the chosen option (``None`` when nothing matched or it is
    ambiguous); ``ambiguous`` lists the options that tied; ``evidence`` is the
    (start, end) character span that decided; ``explanation`` says why.
    """

    step: Step
    option: Option | None
    ambiguous: tuple[Option, ...]
    evidence: tuple[int, int] | None
    matched: tuple[str, ...]
    explanation: str
    also: tuple[Option, ...] = ()


Windows = dict[int, dict[str, list[int]]]


def _find_hits(step: Step, tokens: Sequence[_Token], windows: Windows) -> list[_Hit]:
    """Every alias of every option found in ``tokens``, exact or within :data:`FUZZY_CUTOFF`.

    ``windows`` caches the text's word windows by size; share it between steps.
    """
    hits: list[_Hit] = []
    for option in step.options:
        for alias in option.aliases:
            words = _fold_words(alias)
            size = len(words)
            if not size or size > len(tokens):
                continue
            if size not in windows:
                plain = [t.word for t in tokens]
                by_text: dict[str, list[int]] = {}
                for i in range(len(tokens) - size + 1):
                    if tokens[i].clause == tokens[i + size - 1].clause:
                        by_text.setdefault(" ".join(plain[i:i + size]), []).append(i)
                windows[size] = by_text
            target = " ".join(words)
            found: list[tuple[str, float]] = []
            if target in windows[size]:
                found.append((target, 100.0))
            elif len(target) > _EXACT_ONLY_CHARS:
                for text, score, _ in process.extract(target, list(windows[size]), scorer=fuzz.token_sort_ratio,
                                                      score_cutoff=FUZZY_CUTOFF, limit=None):
                    if _close_enough(sorted(words), sorted(text.split())):
                        found.append((text, float(score)))
            for text, score in found:
                for i in windows[size][text]:
                    if not _negated(tokens, i):
                        hits.append(_Hit(option, alias, i, i + size, score))
    return hits


_NEGATING_PREFIXES = ("un", "non", "in", "im", "dis")


def _close_enough(alias_words: Sequence[str], window_words: Sequence[str]) -> bool:
    """Veto fuzzy matches that change meaning: a short word ("li" vs "la") or a negating prefix
    ("unprotected" is not "protected")."""
    for a, b in zip(alias_words, window_words, strict=False):
        if a == b:
            continue
        if len(a) <= _EXACT_ONLY_CHARS or len(b) <= _EXACT_ONLY_CHARS:
            return False
        longer, shorter = (a, b) if len(a) > len(b) else (b, a)
        if longer.endswith(shorter) and longer[: len(longer) - len(shorter)] in _NEGATING_PREFIXES:
            return False
    return True


def _negated(tokens: Sequence[_Token], first: int) -> bool:
    clause = tokens[first].clause
    for j in range(first - 1, max(first - 1 - _NEGATION_REACH, -1), -1):
        if tokens[j].clause != clause:
            return False
        if tokens[j].word in _NEGATIONS or tokens[j].word.endswith("n't"):
            return True
    return False


def match_step(
    step: Step,
    text: str,
    *,
    measurements: Sequence[Measurement] = (),
    cautious: bool = False,
) -> StepMatch:
    """Map free ``text`` onto one option of ``step``; "no match" is a return value, not an error.

    Rules, in order: aliases found in a negated phrase ("no lithium metal") do not
    count; an option whose matched words are all inside another option's match is
    dropped ("solid state" inside "semi-solid state"; ties go to the option listed
    first); ``fallback`` options only count when nothing else matched. Then
    ``cautious=False`` (a buyer's answer) takes the best-scoring option and calls it
    ambiguous unless it outweighs the others twice over, while ``cautious=True`` (a supplier's text) takes the most
    worrying rating and says what else was mentioned.
    """
    return _match(step, text, _tokenise(text), {}, measurements, cautious)


def match_steps(
    steps: Sequence[Step],
    text: str,
    *,
    measurements: Sequence[Measurement] = (),
    cautious: bool = False,
) -> tuple[StepMatch, ...]:
    """:func:`match_step` for several steps, reading ``text`` once (a pasted document)."""
    tokens = _tokenise(text)
    windows: Windows = {}
    return tuple(_match(step, text, tokens, windows, measurements, cautious) for step in steps)


def _match(step: Step, text: str, tokens: Sequence[_Token], windows: Windows, measurements: Sequence[Measurement],
           cautious: bool) -> StepMatch:
    hits = _find_hits(step, tokens, windows)
    coverage: dict[str, set[int]] = {}
    score: dict[str, float] = {}
    best_hit: dict[str, _Hit] = {}
    for hit in hits:
        covered = coverage.setdefault(hit.option.id, set())
        new = set(range(hit.first, hit.last)) - covered
        covered |= new
        score[hit.option.id] = score.get(hit.option.id, 0.0) + sum(len(tokens[i].word) for i in new) * hit.similarity
        current = best_hit.get(hit.option.id)
        if current is None or (hit.last - hit.first, hit.similarity) > (current.last - current.first,
                                                                         current.similarity):
            best_hit[hit.option.id] = hit
    detected: dict[str, Measurement] = {}
    for option in step.options:
        if option.detect is None or option.id in coverage:
            continue
        found = [m for m in measurements if option.detect.accepts(m)]
        if found:
            detected[option.id] = max(found, key=lambda m: m.normalised)
    order = {o.id: i for i, o in enumerate(step.options)}
    candidates = [o for o in step.options if o.id in coverage or o.id in detected]
    kept = [o for o in candidates if not _dominated(o, candidates, coverage, order)]
    if cautious:
        # A supplier's text that says "proprietary" once has not answered every step with "not disclosed":
        # what it leaves out is reported as unanswered instead.
        kept = [o for o in kept if o.rating != "unknown"]
    if any(not o.fallback for o in kept):
        kept = [o for o in kept if not o.fallback]
    if not kept:
        return StepMatch(step, None, (), None, (), "nothing in the text matches an option of this step")

    def weight(option: Option) -> float:
        return score.get(option.id, 0.0) or 1.0  # a number-only detection counts, but less than any words

    if cautious:
        kept.sort(key=lambda o: (RATINGS.index(o.rating) if o.rating in RATINGS else 99, -weight(o),
                                 order[o.id]))
    else:
        kept.sort(key=lambda o: (-weight(o), order[o.id]))
        # A buyer naming two options ("sulfide or oxide") is asked which; a passing mention is outweighed.
        if len(kept) > 1 and weight(kept[0]) < 2 * weight(kept[1]):
            tied = tuple(o for o in kept if 2 * weight(o) > weight(kept[0]))
            return StepMatch(step, None, tied, None, (), "the answer fits " + " and ".join(
                f"“{o.label}”" for o in tied))
    chosen = kept[0]
    also = tuple(kept[1:])
    if chosen.id in best_hit:
        hit = best_hit[chosen.id]
        span = (tokens[hit.first].start, tokens[hit.last - 1].end)
        words = text[span[0]:span[1]]
        matched = tuple(sorted({h.alias for h in hits if h.option.id == chosen.id}))
        how = "matches" if hit.similarity >= 100 else f"is close to ({hit.similarity:.0f}%)"
        explanation = f"“{words}” {how} “{hit.alias}”, a wording of “{chosen.label}”"
    else:
        measurement = detected[chosen.id]
        span = None
        matched = ()
        explanation = f"{measurement.explanation}: {measurement.describe()} fits “{chosen.label}”"
    if chosen.id in best_hit and chosen.detect is not None:
        numbers = [m for m in measurements if chosen.detect.accepts(m)]
        if numbers:
            explanation += "; the text gives " + ", ".join(m.describe() for m in numbers[:3])
    if also:
        explanation += "; the text also points to " + ", ".join(f"“{o.label}”" for o in also)
        if cautious:
            explanation += ", and the more cautious reading was taken - confirm with the supplier"
    if chosen.id in detected and span is None:
        return StepMatch(step, chosen, (), None, matched, explanation, also)
    return StepMatch(step, chosen, (), span, matched, explanation, also)


def _dominated(option: Option, candidates: Sequence[Option], coverage: Mapping[str, set[int]],
               order: Mapping[str, int]) -> bool:
    mine = coverage.get(option.id)
    if not mine:
        return False
    for other in candidates:
        theirs = coverage.get(other.id)
        if other.id == option.id or not theirs or (other.fallback and not option.fallback):
            continue
        if mine < theirs or (mine == theirs and order[other.id] < order[option.id]):
            return True
    return False


# --------------------------------------------------------------------------- the walk-through


@dataclass(frozen=True)
class StepReply:
    """What the checklist says back after an answer, a skip or a refusal.

    ``accepted`` is False when the answer matched no option (or several equally);
    the step is then asked again and nothing recorded so far changes.
    """

    step_id: str | None
    accepted: bool
    message: str
    option: Option | None = None
    rating: str | None = None
    follow_up: str | None = None
    explanation: str | None = None
    candidates: tuple[Option, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {
            "step_id": self.step_id,
            "accepted": self.accepted,
            "message": self.message,
            "option_id": None if self.option is None else self.option.id,
            "option_label": None if self.option is None else self.option.label,
            "rating": self.rating,
            "follow_up": self.follow_up,
            "explanation": self.explanation,
            "candidates": [o.id for o in self.candidates],
        }


@dataclass(frozen=True)
class Progress:
    answered: int
    skipped: int
    total: int

    @property
    def remaining(self) -> int:
        return self.total - self.answered - self.skipped

    def to_dict(self) -> dict[str, int]:
        return {"answered": self.answered, "skipped": self.skipped, "total": self.total,
                "remaining": self.remaining}


Source = Literal["buyer", "supplier-text"]


@dataclass(frozen=True)
class _Record:
    status: Literal["answered", "skipped"]
    option_id: str | None = None
    text: str = ""
    source: Source = "buyer"
    evidence: str | None = None
    explanation: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {"status": self.status, "option": self.option_id, "text": self.text, "source": self.source,
                "evidence": self.evidence, "explanation": self.explanation}


_SKIP_WORDS = frozenset({"skip", "pass", "next", "later", "skip it", "skip this"})


class Checklist:
    """A buyer's walk-through of the supplier checklist.

    Stateful by nature: ``answer``/``skip``/``back`` move through the steps. Save
    with :meth:`to_dict` and restore with :meth:`from_dict` (a page reload).
    """

    def __init__(self, spec: ChecklistSpec) -> None:
        self.spec = spec
        self._position = 0
        self._records: dict[str, _Record] = {}
        self._measurements: list[Measurement] = []
        self._notices: list[str] = []

    # ----- where we are

    @property
    def steps(self) -> tuple[Step, ...]:
        return self.spec.steps

    @property
    def current_step(self) -> Step | None:
        """The step being asked, or ``None`` once the walk-through is done."""
        return self.spec.steps[self._position] if self._position < len(self.spec.steps) else None

    @property
    def done(self) -> bool:
        return self._position >= len(self.spec.steps)

    @property
    def progress(self) -> Progress:
        answered = sum(1 for r in self._records.values() if r.status == "answered")
        skipped = sum(1 for r in self._records.values() if r.status == "skipped")
        return Progress(answered, skipped, len(self.spec.steps))

    def recorded(self, step_id: str) -> Option | None:
        """The option recorded for ``step_id``, if any."""
        record = self._records.get(step_id)
        step = self.spec.step(step_id)
        if record is None or record.option_id is None or step is None:
            return None
        return step.option(record.option_id)

    def prompt(self) -> str:
        """The current question with its numbered options, as plain text."""
        step = self.current_step
        if step is None:
            return "The checklist is complete. Ask for the report, or go back to change an answer."
        number = self._position + 1
        lines = [f"Step {number} of {len(self.spec.steps)} - {step.title}", step.question]
        lines += [f"  {i}. {option.label}" for i, option in enumerate(step.options, 1)]
        record = self._records.get(step.id)
        chosen = self.recorded(step.id)
        if chosen is not None:
            lines.append(f"(Currently recorded: {chosen.label}.)")
        elif record is not None and record.status == "skipped":
            lines.append("(Currently skipped.)")
        return "\n".join(lines)

    # ----- moving

    def answer(self, text: str) -> StepReply:
        """Record an answer to the current step: an option number, id or label, or free text."""
        step = self.current_step
        if step is None:
            return StepReply(None, False, "The checklist is already complete. Ask for the report, or go back "
                             "to change an answer.")
        typed = clean(text[: MAX_ANSWER_CHARS * 4])[:MAX_ANSWER_CHARS]
        if not typed:
            return StepReply(step.id, False, f"Please type an answer for “{step.title}”: a number from 1 to "
                             f"{len(step.options)}, or the supplier's words. Type “skip” if they have not said.")
        if typed.casefold() in _SKIP_WORDS:
            return self.skip()
        option, explanation, candidates = self._understand(step, typed)
        if option is None:
            if candidates:
                names = " or ".join(f"“{o.label}” ({step.options.index(o) + 1})" for o in candidates)
                message = f"That could be {names}. Which one did the supplier mean?"
            else:
                examples = ", ".join(f"“{o.aliases[0]}”" for o in step.options[:3])
                message = (f"I couldn't match “{typed}” to an option for “{step.title}”. Pick a number from 1 to "
                           f"{len(step.options)}, or use the supplier's words (for example {examples}). "
                           "Type “skip” if they have not said.")
            return StepReply(step.id, False, message, explanation=explanation, candidates=candidates)
        self._records[step.id] = _Record("answered", option.id, typed, "buyer", None, explanation)
        self._advance()
        message = (f"Recorded for “{step.title}”: {option.label} - {rating_label(option.rating)}. "
                   f"{option.guide} Ask the supplier: {option.follow_up}")
        return StepReply(step.id, True, message, option, option.rating, option.follow_up, explanation)

    def _understand(self, step: Step, typed: str) -> tuple[Option | None, str | None, tuple[Option, ...]]:
        folded = typed.casefold().strip().rstrip(".")
        if folded.isdigit():
            number = int(folded) if len(folded) < 6 else 0
            if 1 <= number <= len(step.options):
                chosen = step.options[number - 1]
                return chosen, f"option {number}", ()
            return None, f"there is no option {folded}", ()
        for option in step.options:
            if folded in (option.id, option.label.casefold()):
                return option, f"“{typed}” is the option “{option.label}”", ()
        from .prefill import find_measurements  # prefill imports this module; import late to avoid a cycle

        measurements = find_measurements(typed)
        found = match_step(step, typed, measurements=measurements)
        return found.option, found.explanation, found.ambiguous

    def skip(self) -> StepReply:
        """Leave the current step open (an answer already recorded there is kept) and move on."""
        step = self.current_step
        if step is None:
            return StepReply(None, False, "The checklist is already complete; there is nothing to skip.")
        kept = self.recorded(step.id)
        if kept is None:
            self._records[step.id] = _Record("skipped")
            message = f"Skipped “{step.title}”. It stays an open question for the supplier: {step.ask}"
        else:
            message = f"Kept the recorded answer for “{step.title}”: {kept.label}."
        self._advance()
        return StepReply(step.id, True, message, kept, None if kept is None else kept.rating)

    def back(self) -> Step:
        """Go to the previous step (from the end: the last step). Answers are kept until replaced."""
        self._position = max(0, min(self._position, len(self.spec.steps)) - 1)
        return self.spec.steps[self._position]

    def go_to(self, step_id: str) -> Step:
        """Jump to a step by id (for a UI's "edit" link). Raises ChecklistError for an unknown id."""
        step = self.spec.step(step_id)
        if step is None:
            raise ChecklistError(f"The checklist has no step '{step_id}'; steps are: "
                                 + ", ".join(s.id for s in self.spec.steps))
        self._position = self.spec.index(step_id)
        return step

    def _advance(self) -> None:
        """Move to the next step after this one that has nothing recorded (or to the end)."""
        position = self._position + 1
        while position < len(self.spec.steps) and self.spec.steps[position].id in self._records:
            position += 1
        self._position = position

    def _first_open(self) -> int:
        return next((i for i, s in enumerate(self.spec.steps) if s.id not in self._records), len(self.spec.steps))

    # ----- pre-fill

    def apply(self, filled: Prefill) -> tuple[str, ...]:
        """Fill steps from a :class:`advisor.prefill.Prefill`; return the ids of the steps filled.

        Steps the buyer already answered are never overwritten; the supplier's quote
        and the reason for each detection are kept for the report.
        """
        filled_ids: list[str] = []
        for claim in filled.claims:
            step = self.spec.step(claim.step_id)
            if step is None or step.option(claim.option_id) is None:
                raise ChecklistError(f"The pre-fill names step '{claim.step_id}' option '{claim.option_id}', which "
                                     f"this checklist ('{self.spec.id}') does not have; it was made for another "
                                     "checklist.")
            existing = self._records.get(step.id)
            if existing is not None and existing.status == "answered":
                continue
            self._records[step.id] = _Record("answered", claim.option_id, claim.evidence[:MAX_EVIDENCE_CHARS],
                                             "supplier-text", claim.evidence[:MAX_EVIDENCE_CHARS], claim.explanation)
            filled_ids.append(step.id)
        for measurement in filled.measurements:
            if measurement not in self._measurements and len(self._measurements) < MAX_MEASUREMENTS:
                self._measurements.append(measurement)
        for notice in filled.notices:
            if notice not in self._notices:
                self._notices.append(notice)
        self._position = self._first_open()
        return tuple(filled_ids)

    @classmethod
    def from_prefill(cls, spec: ChecklistSpec, filled: Prefill) -> Checklist:
        checklist = cls(spec)
        checklist.apply(filled)
        return checklist

    # ----- report

    def report(self) -> ChecklistReport:
        """The report so far: callable at any point, never changes the walk-through."""
        items: list[ReportItem] = []
        open_questions: list[tuple[str, str]] = []
        for number, step in enumerate(self.spec.steps, 1):
            record = self._records.get(step.id)
            option = self.recorded(step.id)
            if option is None or record is None:
                status: Literal["skipped", "open"] = "skipped" if record is not None else "open"
                items.append(ReportItem(number, step.id, step.title, step.question, status, None, None, "unknown",
                                        step.why, step.ask, None, None, None, None, step.sections))
                open_questions.append((step.title, step.ask))
                continue
            items.append(ReportItem(number, step.id, step.title, step.question, "answered", option.id, option.label,
                                    option.rating, option.guide, option.follow_up, record.text, record.source,
                                    record.evidence, record.explanation, step.sections))
            if option.rating != "reassuring":
                open_questions.append((step.title, option.follow_up))
        overall = _overall(items)
        citations = tuple(dict.fromkeys(s for step in self.spec.steps for s in step.sections))
        return ChecklistReport(
            title=self.spec.title,
            guide=self.spec.guide,
            overall=overall,
            overall_text=self.spec.readings.get(overall, ""),
            items=tuple(items),
            open_questions=tuple(open_questions),
            measurements=tuple(self._measurements),
            citations=citations,
            notices=tuple(self._notices),
            progress=self.progress,
        )

    # ----- saving

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready state; :meth:`from_dict` turns it back into the same walk-through."""
        return {
            "format": STATE_FORMAT,
            "version": STATE_VERSION,
            "checklist": self.spec.id,
            "position": self._position,
            "records": {step_id: record.to_dict() for step_id, record in self._records.items()},
            "measurements": [m.to_dict() for m in self._measurements],
            "notices": list(self._notices),
        }

    @classmethod
    def from_dict(cls, spec: ChecklistSpec, data: Any) -> Checklist:
        """Restore a walk-through saved by :meth:`to_dict`.

        Raises :class:`ChecklistError` naming every problem when ``data`` is not a
        saved checklist, belongs to another checklist, or mentions steps or options
        this checklist does not have: nothing is dropped silently.
        """
        problems: list[str] = []
        if not isinstance(data, dict):
            raise ChecklistError(f"Saved checklist state must be a JSON object, got {_kind(data)}.")
        if data.get("format") != STATE_FORMAT:
            raise ChecklistError(f"This is not a saved supplier checklist (format is {data.get('format')!r}, "
                                 f"expected {STATE_FORMAT!r}).")
        if data.get("version") != STATE_VERSION:
            raise ChecklistError(f"Saved checklist version {data.get('version')!r} is not supported "
                                 f"(expected {STATE_VERSION}).")
        if data.get("checklist") != spec.id:
            raise ChecklistError(f"The saved state belongs to checklist {data.get('checklist')!r}, not "
                                 f"{spec.id!r}; start a new walk-through.")
        checklist = cls(spec)
        position = data.get("position")
        if isinstance(position, bool) or not isinstance(position, int) or not 0 <= position <= len(spec.steps):
            problems.append(f"position must be a whole number from 0 to {len(spec.steps)}, got {position!r}")
        else:
            checklist._position = position
        records = data.get("records", {})
        if not isinstance(records, dict):
            problems.append(f"records must be an object, got {_kind(records)}")
            records = {}
        for step_id, raw in records.items():
            record = _record_from_dict(spec, step_id, raw, problems)
            if record is not None:
                checklist._records[step_id] = record
        measurements = data.get("measurements", [])
        if not isinstance(measurements, list):
            problems.append(f"measurements must be a list, got {_kind(measurements)}")
            measurements = []
        for i, raw in enumerate(measurements):
            measurement = _measurement_from_dict(raw)
            if measurement is None:
                problems.append(f"measurements[{i}] is not a valid measurement")
            else:
                checklist._measurements.append(measurement)
        notices = data.get("notices", [])
        if not isinstance(notices, list) or not all(isinstance(n, str) for n in notices):
            problems.append("notices must be a list of text")
        else:
            checklist._notices = list(notices)
        if problems:
            raise ChecklistError("The saved checklist cannot be restored without losing data: "
                                 + "; ".join(problems[:10]) + ("; ..." if len(problems) > 10 else "") + ".")
        return checklist


def _record_from_dict(spec: ChecklistSpec, step_id: Any, raw: Any, problems: list[str]) -> _Record | None:
    step = spec.step(step_id) if isinstance(step_id, str) else None
    if step is None:
        problems.append(f"step {step_id!r} is not in this checklist")
        return None
    if not isinstance(raw, dict):
        problems.append(f"records.{step_id} must be an object")
        return None
    status = raw.get("status")
    option_id = raw.get("option")
    text = raw.get("text", "")
    source = raw.get("source", "buyer")
    evidence = raw.get("evidence")
    explanation = raw.get("explanation")
    before = len(problems)
    if status not in ("answered", "skipped"):
        problems.append(f"records.{step_id}.status must be 'answered' or 'skipped', got {status!r}")
    if status == "answered" and (not isinstance(option_id, str) or step.option(option_id) is None):
        problems.append(f"records.{step_id}.option {option_id!r} is not an option of step '{step_id}'")
    if status == "skipped" and option_id is not None:
        problems.append(f"records.{step_id} is skipped but names option {option_id!r}")
    if not isinstance(text, str) or not all(isinstance(v, str | None) for v in (evidence, explanation)):
        problems.append(f"records.{step_id}: text, evidence and explanation must be text")
    if source not in ("buyer", "supplier-text"):
        problems.append(f"records.{step_id}.source must be 'buyer' or 'supplier-text', got {source!r}")
    if len(problems) > before:
        return None
    return _Record("answered" if status == "answered" else "skipped", option_id, text, source, evidence, explanation)


def _measurement_from_dict(raw: Any) -> Measurement | None:
    if not isinstance(raw, dict):
        return None
    try:
        kind, unit, normalised_unit = raw["kind"], raw["unit"], raw["normalised_unit"]
        value, normalised = raw["value"], raw["normalised"]
        evidence, explanation = raw["evidence"], raw["explanation"]
    except KeyError:
        return None
    texts = (kind, unit, normalised_unit, evidence, explanation)
    numbers = (value, normalised)
    if not all(isinstance(t, str) for t in texts) or kind not in MEASURES:
        return None
    if not all(isinstance(n, int | float) and not isinstance(n, bool) for n in numbers):
        return None
    return Measurement(kind, float(value), unit, float(normalised), normalised_unit, evidence, explanation)


def _overall(items: Sequence[ReportItem]) -> str:
    answered = [i for i in items if i.status == "answered"]
    ratings = [i.rating for i in items]
    if not answered:
        return "unknown"
    if "red-flag" in ratings:
        return "red-flag"
    if ratings.count("unknown") * 2 > len(items):
        return "unknown"
    if "caution" in ratings or "unknown" in ratings:
        return "caution"
    return "reassuring"


# --------------------------------------------------------------------------- report


@dataclass(frozen=True)
class ReportItem:
    """One step as the report shows it."""

    number: int
    step_id: str
    title: str
    question: str
    status: Literal["answered", "skipped", "open"]
    option_id: str | None
    option_label: str | None
    rating: str
    guide: str
    follow_up: str
    answer: str | None
    source: Source | None
    evidence: str | None
    explanation: str | None
    sections: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "number": self.number, "step_id": self.step_id, "title": self.title, "question": self.question,
            "status": self.status, "option_id": self.option_id, "option_label": self.option_label,
            "rating": self.rating, "guide": self.guide, "follow_up": self.follow_up, "answer": self.answer,
            "source": self.source, "evidence": self.evidence, "explanation": self.explanation,
            "sections": list(self.sections),
        }


_MEASURE_NAMES = {"pressure": "Pressure", "temperature": "Temperature", "cycles": "Cycle count",
                  "energy_density": "Energy density"}
#: What the guide says about quoted figures (Randau et al., "Why pressure and mechanics matter ...").
_FIGURES_NOTE = ("The best lab number is not the same thing as the best battery: high energy, high power, and "
                 "practical performance still need to be balanced rather than assumed.")


_MARKUP = re.compile(r"([\\`*_\[\]<>!|~#&])")


def _md(text: str) -> str:
    """Knowledge text (trusted, but plain) as Markdown: markup characters escaped, prose left readable.

    What a buyer typed or a supplier wrote goes through :func:`escape_markdown` instead,
    which also breaks autolinks and block markup.
    """
    return _MARKUP.sub(r"\\\1", " ".join(text.split()))


@dataclass(frozen=True)
class ChecklistReport:
    """The checklist's findings: per-step answers, an overall reading, questions for the supplier.

    ``to_dict()`` carries the raw text (escape it where you render it);
    ``to_markdown()`` escapes everything, so a quote such as ``![x](http://host)``
    is shown as text and never becomes a live image or link.
    """

    title: str
    guide: str
    overall: str
    overall_text: str
    items: tuple[ReportItem, ...]
    open_questions: tuple[tuple[str, str], ...]
    measurements: tuple[Measurement, ...]
    citations: tuple[str, ...]
    notices: tuple[str, ...]
    progress: Progress

    def to_dict(self) -> dict[str, object]:
        return {
            "title": self.title,
            "guide": self.guide,
            "overall": {"rating": self.overall, "label": rating_label(self.overall), "text": self.overall_text},
            "progress": self.progress.to_dict(),
            "steps": [item.to_dict() for item in self.items],
            "open_questions": [{"step": step, "question": question} for step, question in self.open_questions],
            "measurements": [m.to_dict() for m in self.measurements],
            "citations": [{"guide": self.guide, "section": section} for section in self.citations],
            "notices": list(self.notices),
        }

    def to_markdown(self) -> str:
        user = escape_markdown  # anything a buyer typed or a supplier wrote
        k = _md  # the checklist's own text
        progress = self.progress
        counts = {r: sum(1 for i in self.items if i.rating == r) for r in RATINGS}
        out = [f"# {k(self.title)} report", ""]
        out.append(f"**Overall reading: {rating_label(self.overall)}.** {k(self.overall_text)}")
        out.append("")
        out.append(f"Answered {progress.answered} of {progress.total} steps, {progress.skipped} skipped, "
                   f"{progress.remaining} still open. "
                   + ", ".join(f"{rating_label(r)}: {counts[r]}" for r in RATINGS) + ".")
        for notice in self.notices:
            out += ["", f"*Note: {user(notice)}*"]
        out += ["", "## Step by step"]
        for item in self.items:
            out.append("")
            if item.status == "answered":
                out.append(f"### {item.number}. {k(item.title)}: {k(item.option_label or '')} "
                           f"({rating_label(item.rating)})")
                origin = "quoted from the supplier's text" if item.source == "supplier-text" else "the buyer's answer"
                out.append(f"- **Answer** ({origin}): “{user(item.answer or '')}”")
                if item.explanation:
                    out.append(f"- **How it was read:** {user(item.explanation)}")
                out.append(f"- **What the guide says:** {k(item.guide)}")
                out.append(f"- **Ask the supplier:** {k(item.follow_up)}")
            else:
                state = "skipped" if item.status == "skipped" else "not answered yet"
                out.append(f"### {item.number}. {k(item.title)}: {state} (Unknown)")
                out.append(f"- **Why it matters:** {k(item.guide)}")
                out.append(f"- **Ask the supplier:** {k(item.follow_up)}")
            out.append("- **Guide sections:** " + "; ".join(f"“{k(s)}”" for s in item.sections))
        if self.measurements:
            out += ["", "## Figures the supplier quotes", ""]
            for m in self.measurements:
                name = _MEASURE_NAMES.get(m.kind, m.kind)
                out.append(f"- {name}: {user(m.describe())}, quoted as “{user(m.evidence)}”")
            out += ["", k(_FIGURES_NOTE)]
        out += ["", "## Questions to send to the supplier", ""]
        if self.open_questions:
            out += [f"{i}. {k(question)} ({k(step)})" for i, (step, question) in enumerate(self.open_questions, 1)]
        else:
            out.append("None: every step has a reassuring answer. Still ask for the data behind each one.")
        out += ["", "## Sources", "", f"Everything the report says comes from the guide “{k(self.guide)}”, sections:"]
        out += [f"- “{k(section)}”" for section in self.citations]
        return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- conversation helper

_START_VERBS = frozenset({"start", "begin", "open", "run", "launch", "do", "use", "take", "resume", "continue",
                          "restart", "show", "go", "walk", "let's", "lets", "want", "need", "like"})
_EVALUATE_VERBS = frozenset({
    "evaluate", "evaluating", "evaluation", "assess", "assessing", "assessment", "vet", "vetting", "check",
    "checking", "screen", "screening", "audit", "auditing", "review", "reviewing", "qualify", "qualifying",
    "rate", "rating", "grade", "judge", "judging", "appraise", "examine", "examining", "scrutinise",
    "scrutinize", "validate", "validating", "verify", "verifying", "compare", "comparing", "test", "testing",
})
_SUPPLIER_NOUNS = frozenset({
    "supplier", "supplier's", "vendor", "vendor's", "manufacturer", "maker", "seller", "provider", "startup",
    "company", "offer", "offering", "quote", "proposal", "datasheet", "pitch", "claim", "brochure", "rfq",
})
_QUESTION_WORDS = frozenset({"what", "which", "why", "how", "when", "where", "who", "whom", "whose", "should",
                             "does", "do", "is", "are", "was", "were", "did", "would"})
_POLITE_OPENERS = ("can you", "could you", "would you", "will you", "can we", "could we", "help me", "help us",
                   "please")


def is_checklist_request(text: str) -> bool:
    """True for "help me evaluate a supplier", "start the supplier checklist", "vet a vendor".

    False for knowledge questions about the same topic ("what should buyers ask
    suppliers?"): those are answered from the guide, not by starting a walk-through.
    """
    words = list(_fold_words(clean(text[:500])))
    if not words or len(words) > 25:
        return False
    joined = " ".join(words)
    polite = joined.startswith(_POLITE_OPENERS) or " help me " in f" {joined} " or " help u " in f" {joined} "
    question = words[0] in _QUESTION_WORDS and not polite
    nouns = {_fuzzy_word(w, _SUPPLIER_NOUNS) for w in words} - {None}
    if "checklist" in words or "walkthrough" in words or "walk through" in joined:
        return not question or bool(_START_VERBS & set(words))
    verbs = {_fuzzy_word(w, _EVALUATE_VERBS) for w in words} - {None}
    return bool(verbs and nouns) and not question


def _fuzzy_word(word: str, vocabulary: Collection[str]) -> str | None:
    if word in vocabulary:
        return word
    if len(word) < 6:
        return None
    found = process.extractOne(word, list(vocabulary), scorer=fuzz.ratio, score_cutoff=85)
    return None if found is None else str(found[0])

