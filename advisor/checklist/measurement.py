"""Numbers with units that the checklist reads from text, and their saved form.

Shared by the spec (a :class:`~advisor.checklist.spec.Detect` accepts a measurement),
the matcher, the pre-fill that finds them (:func:`advisor.checklist.prefill.find_measurements`),
the walk-through that keeps them and the report that shows them; it imports none of
those, so each can import it without a cycle.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["MEASURES", "Measurement", "measurement_from_dict"]

MEASURES: tuple[str, ...] = ("pressure", "temperature", "cycles", "energy_density")


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
        shown = f"{_format_number(self.value)} {self.unit}"
        if self.unit != self.normalised_unit:
            shown += f" (= {_format_number(self.normalised)} {self.normalised_unit})"
        return shown

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "value": self.value, "unit": self.unit, "normalised": self.normalised,
                "normalised_unit": self.normalised_unit, "evidence": self.evidence, "explanation": self.explanation}


def _format_number(value: float) -> str:
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}" if abs(value) >= 10_000 else str(int(value))
    return f"{value:.3g}" if abs(value) < 1 else f"{value:.4g}"


def measurement_from_dict(raw: Any) -> Measurement | None:
    """A :meth:`Measurement.to_dict` read back, or ``None`` when any field is missing or mistyped."""
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
