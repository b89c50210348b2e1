"""Pre-fill the supplier checklist from a supplier's own words.

Given pasted marketing copy or a datasheet ("semi-solid pouch cell, 320 Wh/kg,
sulfide electrolyte, tested in coin cells at 60 °C and 5 MPa, 1,000 cycles"), find
what it claims for each checklist step, quote the words that decided, say why,
and list what the text leaves unanswered. Every detection carries its evidence
and explanation: nothing is filled silently.

The regular expressions have no nested repetition and the input is capped at
:data:`MAX_PREFILL_CHARS`, so a pasted document of any size stays fast.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# Imported from the layers, not from .checklist: the walk-through imports this module.
from advisor.checklist.match import CLAUSE_BREAK, match_steps
from advisor.checklist.measurement import Measurement
from advisor.checklist.spec import ChecklistSpec
from advisor.text import clean

__all__ = ["MAX_PREFILL_CHARS", "DetectedClaim", "Prefill", "find_measurements", "prefill"]

#: Longest supplier text read; the rest is ignored with a notice.
MAX_PREFILL_CHARS = 20_000
#: Longest quote kept as evidence for one claim.
MAX_QUOTE_CHARS = 200

_NUM = r"(\d{1,3}(?:[,\u202f\u2009\u00a0]\d{3})+|\d+(?:\.\d+)?)"
_RANGE = rf"(?:{_NUM}\s*(?:-|–|—|to)\s*)?"
_PRESSURE = re.compile(rf"(?<![\w.]){_RANGE}{_NUM}\s*(MPa|kPa|GPa|bar|psi|atm)\b", re.IGNORECASE)
_TEMPERATURE = re.compile(
    rf"(?<![\w.])(?P<sign>[-−]|minus\s)?{_RANGE}{_NUM}\s*"
    r"(?P<unit>°\s*[CF]|º\s*[CF]|℃|℉|(?i:deg(?:rees?)?\.?\s*(?:celsius|fahrenheit|c|f))|(?i:celsius|fahrenheit)"
    r"|K(?:elvin)?|C|F)(?![\w-])"
)
_CYCLES = re.compile(
    rf"(?<![\w.])(?:over\s+|more\s+than\s+|>\s*|≥\s*|up\s+to\s+)?{_NUM}\s*(k|thousand)?\s*\+?\s*"
    r"(?:(?:full|deep|stable|charge|discharge|charge[-/]discharge|equivalent)\s+){0,2}cycles?\b",
    re.IGNORECASE,
)
_CYCLE_LIFE = re.compile(
    rf"cycle[-\s]life(?:\s*(?:of|:|is|exceeds|over|above|>|≥))*\s*{_NUM}\s*(k|thousand)?(?![\w.])", re.IGNORECASE
)
_ENERGY = re.compile(
    rf"(?<![\w.]){_RANGE}{_NUM}\s*Wh\s*(?:/\s*|per\s+|·\s*|\s)\s*(kg|l)(?:\s*[-−⁻]\s*[1¹])?\b", re.IGNORECASE
)

_TO_MPA = {"mpa": 1.0, "kpa": 0.001, "gpa": 1000.0, "bar": 0.1, "psi": 0.006894757, "atm": 0.101325}


@dataclass(frozen=True)
class DetectedClaim:
    """One checklist step answered by the supplier's text."""

    step_id: str
    option_id: str
    option_label: str
    rating: str
    evidence: str
    explanation: str


@dataclass(frozen=True)
class Prefill:
    """What a supplier's text claims, step by step, and what it leaves open."""

    claims: tuple[DetectedClaim, ...]
    measurements: tuple[Measurement, ...]
    unanswered: tuple[str, ...]
    unanswered_questions: tuple[str, ...]
    notices: tuple[str, ...]
    chars_read: int


def _prepare(text: str) -> tuple[str, list[str]]:
    """The text as it is read (capped, cleaned, its lines kept: they end claims), and any notice about that."""
    notices: list[str] = []
    if len(text) > MAX_PREFILL_CHARS:
        notices.append(f"The text is {len(text):,} characters long; only the first {MAX_PREFILL_CHARS:,} were read.")
        text = text[:MAX_PREFILL_CHARS]
    return clean(text, keep_lines=True), notices


def _value(raw: str) -> float:
    return float(re.sub(r"[,\u202f\u2009\u00a0]", "", raw))


def quote(text: str, start: int, end: int) -> str:
    """The clause around ``text[start:end]``, trimmed to :data:`MAX_QUOTE_CHARS`, on one line."""
    left = 0
    right = len(text)
    for m in CLAUSE_BREAK.finditer(text):
        if m.end() <= start:
            left = m.end()
        elif m.start() >= end:
            right = m.start()
            break
    left = max(left, start - MAX_QUOTE_CHARS // 2)
    right = min(right, max(end, left + MAX_QUOTE_CHARS))
    snippet = " ".join(text[left:right].split())
    return snippet[: MAX_QUOTE_CHARS + 100]


def find_measurements(text: str) -> tuple[Measurement, ...]:
    """Pressures, temperatures, cycle counts and energy densities written in ``text``."""
    text, _ = _prepare(text)
    found: list[Measurement] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match[str], kind: str, value: float, unit: str, normalised: float, normal_unit: str,
            how: str) -> None:
        span = match.span()
        if any(a < span[1] and span[0] < b for a, b in taken):
            return
        taken.append(span)
        found.append(Measurement(kind, value, unit, normalised, normal_unit, quote(text, *span), how))

    for m in _CYCLE_LIFE.finditer(text):
        count = _value(m.group(1)) * (1000 if m.group(2) else 1)
        add(m, "cycles", count, "cycles", count, "cycles", f"read “{m.group(0).strip()}” as a cycle count")
    for m in _CYCLES.finditer(text):
        count = _value(m.group(1)) * (1000 if m.group(2) else 1)
        add(m, "cycles", count, "cycles", count, "cycles", f"read “{m.group(0).strip()}” as a cycle count")
    for m in _PRESSURE.finditer(text):
        unit = m.group(3)
        value = _value(m.group(2))
        canonical = {"mpa": "MPa", "kpa": "kPa", "gpa": "GPa"}.get(unit.lower(), unit.lower())
        how = f"read “{m.group(0).strip()}” as a pressure"
        if m.group(1):
            how += " (a range: the upper end is used)"
        add(m, "pressure", value, canonical, value * _TO_MPA[unit.lower()], "MPa", how)
    for m in _ENERGY.finditer(text):
        per = "kg" if m.group(3).lower() == "kg" else "L"
        value = _value(m.group(2))
        add(m, "energy_density", value, f"Wh/{per}", value, f"Wh/{per}",
            f"read “{m.group(0).strip()}” as {'gravimetric' if per == 'kg' else 'volumetric'} energy density")
    for m in _TEMPERATURE.finditer(text):
        measurement = _temperature(m)
        if measurement is not None:
            add(m, "temperature", *measurement)
    return tuple(found)


def _temperature(m: re.Match[str]) -> tuple[float, str, float, str, str] | None:
    raw_unit = m.group("unit")
    value = _value(m.group(3))
    letters = re.sub(r"[^A-Za-z]", "", raw_unit).lower()
    negative = bool(m.group("sign"))
    bare = raw_unit in ("C", "F", "K", "Kelvin")
    # A bare "1C" is a charge rate and "5K" a count; only read bare units where a temperature is plausible.
    if raw_unit in ("C", "F") and (value < 15 and not negative):
        return None
    if raw_unit in ("K", "Kelvin") and (value < 150 or negative):
        return None
    signed = -value if negative else value
    convert: dict[str, tuple[str, Callable[[float], float]]] = {
        "c": ("°C", lambda v: v), "celsius": ("°C", lambda v: v), "degc": ("°C", lambda v: v),
        "degreesc": ("°C", lambda v: v), "degreec": ("°C", lambda v: v), "degcelsius": ("°C", lambda v: v),
        "degreescelsius": ("°C", lambda v: v), "degreecelsius": ("°C", lambda v: v),
        "f": ("°F", lambda v: (v - 32) * 5 / 9), "fahrenheit": ("°F", lambda v: (v - 32) * 5 / 9),
        "k": ("K", lambda v: v - 273.15), "kelvin": ("K", lambda v: v - 273.15),
    }
    if letters in convert:
        unit, to_celsius = convert[letters]
    elif letters.endswith(("f", "fahrenheit")):
        unit, to_celsius = convert["f"]
    else:
        unit, to_celsius = convert["c"]
    how = f"read “{m.group(0).strip()}” as a temperature"
    if bare:
        how += " (the unit was written without a degree sign)"
    return signed, unit, round(to_celsius(signed), 2), "°C", how


def prefill(spec: ChecklistSpec, text: str) -> Prefill:
    """Detect what ``text`` claims for each step of ``spec``; never raises on any text.

    Where the text points to several options of one step (a "pouch cell" tested in
    "coin cells"), the most cautious reading is taken and the explanation says so.
    """
    read, notices = _prepare(text)
    measurements = find_measurements(read)
    claims: list[DetectedClaim] = []
    unanswered: list[str] = []
    questions: list[str] = []
    for step, found in zip(spec.steps, match_steps(spec.steps, read, measurements=measurements, cautious=True),
                           strict=True):
        option = found.option
        if option is None:
            unanswered.append(step.id)
            questions.append(step.ask)
            continue
        if found.evidence is not None:
            evidence = quote(read, *found.evidence)
        else:
            accepted = (m.evidence for m in measurements if option.detect is not None and option.detect.accepts(m))
            evidence = next(accepted, "")
        claims.append(DetectedClaim(step_id=step.id, option_id=option.id, option_label=option.label,
                                    rating=option.rating, evidence=evidence, explanation=found.explanation))
    if not read.strip():
        notices.append("The text is empty, so nothing could be detected.")
    elif not claims and not measurements:
        notices.append(spec.no_claims or "The text makes no claim the checklist can use.")
    return Prefill(claims=tuple(claims), measurements=measurements, unanswered=tuple(unanswered),
                   unanswered_questions=tuple(questions), notices=tuple(notices),
                   chars_read=min(len(text), MAX_PREFILL_CHARS))
