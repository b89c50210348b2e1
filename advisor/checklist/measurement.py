"""Numbers with units that the checklist reads from text, and their saved form.

Shared by the spec (a :class:`~advisor.checklist.spec.Detect` accepts a measurement),
the matcher, the pre-fill that finds them (:func:`advisor.checklist.prefill.find_measurements`),
the walk-through that keeps them and the report that shows them; it imports none of
those, so each can import it without a cycle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

__all__ = ["MEASURES", "PRESSURE_UNITS", "Measurement", "measurement_from_dict", "read_number", "to_normal_unit"]

MEASURES: tuple[str, ...] = ("pressure", "temperature", "cycles", "energy_density")

#: Pressure units (lower case, spaces removed) in MPa.
_MPA_PER_UNIT = {
    "mpa": 1.0, "kpa": 0.001, "gpa": 1000.0, "pa": 1e-6, "bar": 0.1, "mbar": 0.0001, "psi": 0.006894757,
    "atm": 0.101325, "atmosphere": 0.101325, "atmospheres": 0.101325, "bars": 0.1,
    "kgf/cm2": 0.0980665, "kgf/cm²": 0.0980665, "n/mm2": 1.0, "n/mm²": 1.0,
    "megapascal": 1.0, "megapascals": 1.0, "kilopascal": 0.001, "kilopascals": 0.001,
}
#: The pressure units of :data:`_MPA_PER_UNIT` as written in text, for a regular expression (case-insensitive).
PRESSURE_UNITS = (r"megapascals?|kilopascals?|MPa|kPa|GPa|mbar|bars|bar|psi|atmospheres|atmosphere|atm|kgf\s*/\s*cm[2²]"
                  r"|N\s*/\s*mm[2²]")
#: How pressure units are shown (the lower-case form otherwise).
_PRESSURE_NAMES = {"atmosphere": "atm", "atmospheres": "atm", "bars": "bar", "mpa": "MPa", "kpa": "kPa", "gpa": "GPa",
                   "pa": "Pa", "n/mm2": "N/mm²", "n/mm²": "N/mm²", "kgf/cm2": "kgf/cm²", "megapascal": "MPa",
                   "megapascals": "MPa", "kilopascal": "kPa", "kilopascals": "kPa"}
#: Decimal readings below this many Wh/kg (or Wh/L) are not a cell's energy density: "1.200 Wh/L" is 1,200.
_LEAST_ENERGY_DENSITY = 20.0
_THOUSANDS_SPACES = re.compile(r"[\u202f\u2009\u00a0 ]")


def read_number(raw: str, kind: str = "") -> float:
    """A number as a datasheet writes it, in any common convention, for a measure of ``kind``.

    Spaces and thin spaces group thousands ("1 500"). With both "," and "." the last one is
    the decimal mark ("1.500,5" and "1,500.5"). A lone "," before exactly three digits groups
    thousands ("1,500"), before other digits it is a decimal comma ("2,5"). A lone "." before
    exactly three digits is read as thousands only where a decimal cannot be meant: a cycle
    count is a whole number ("1.500 cycles" is 1,500), several groups ("1.500.000"), or an
    energy density that would otherwise be implausibly small ("1.200 Wh/L"); "3.700" stays 3.7
    elsewhere. A leading zero ("0,500", "0.500") is always a decimal.
    """
    text = _THOUSANDS_SPACES.sub("", raw.strip())
    if "," in text and "." in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        grouping = "." if decimal == "," else ","
        return float(text.replace(grouping, "").replace(decimal, "."))
    for mark in (",", "."):
        if mark not in text:
            continue
        head, *groups = text.split(mark)
        grouped = head != "0" and len(head) <= 3 and all(len(g) == 3 for g in groups)
        if not grouped:
            whole, _, rest = text.partition(mark)
            return float(f"{whole}.{rest.replace(mark, '')}")
        if mark == "," or len(groups) > 1 or kind == "cycles":
            return float(text.replace(mark, ""))
        decimal_reading = float(text)
        if kind == "energy_density" and decimal_reading < _LEAST_ENERGY_DENSITY:
            return float(text.replace(mark, ""))
        return decimal_reading
    return float(text)


def to_normal_unit(kind: str, value: float, unit: str) -> tuple[float, str, str]:
    """``value`` in ``unit`` converted to the measure's normal unit: (normalised, normal unit, unit as shown).

    Pressure: MPa, kPa, GPa, Pa, bar, mbar, psi, atm, kgf/cm², N/mm² to MPa. Temperature:
    °F and K to °C (``unit`` is "°C", "°F" or "K"). Other measures keep their value and unit.
    Raises ``KeyError`` for a unit of ``kind`` it does not know.
    """
    if kind == "pressure":
        key = unit.lower().replace(" ", "")
        return value * _MPA_PER_UNIT[key], "MPa", _PRESSURE_NAMES.get(key, key)
    if kind == "temperature":
        if unit == "°F":
            return (value - 32) * 5 / 9, "°C", unit
        if unit == "K":
            return value - 273.15, "°C", unit
        if unit != "°C":
            raise KeyError(unit)
        return value, "°C", unit
    return value, unit, unit  # counts and energy densities are kept in the unit they were written in


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
    #: Where in the read text it was found (not saved: a restored measurement has ``None``).
    span: tuple[int, int] | None = field(default=None, compare=False, repr=False)
    #: One end of a window the text spans ("-30 to 60 °C", "from -4 °F mornings to 131 °F afternoons"): where
    #: a thing operates, not the condition a result was measured at (not saved).
    window: bool = field(default=False, compare=False, repr=False)

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
