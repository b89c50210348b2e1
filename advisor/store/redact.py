"""Personal identifiers out of what the store keeps: e-mail addresses, phone, card and IBAN numbers.

A buyer sometimes pastes a signature or a contact line with a question. Staff read stored
questions on Insights and export them, so before a question or a "what was wrong" note is
stored, each identifier becomes a placeholder (``[email]``, ``[phone]``, ``[card number]``,
``[IBAN]``). The answer the buyer sees was made from the text as typed and is unaffected.

Regular expressions rather than a named-entity library: the identifiers worth removing here
have fixed shapes, and the libraries that also find names (Presidio, spaCy) need language
models fetched from a hub at install time. Numbers a battery question uses (``1,500 cycles``,
``300 Wh/kg``, ``2026-11-25``, ``10-80 %``) are left alone: a phone number needs at least nine
digits and either a leading ``+``/``00`` or three or more groups.
"""

from __future__ import annotations

import os
import re
from typing import Any

__all__ = ["REDACT_ENV_VAR", "redact", "redact_fields", "redaction_enabled"]

#: Set to 0 (or false/no/off) to store questions exactly as typed.
REDACT_ENV_VAR = "ADVISOR_REDACT"

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
# A run of digits with the separators people type in numbers: spaces, dots, dashes, slashes, brackets.
_DIGIT_RUN = re.compile(r"(?<![\w.,])\+?\(?\d[\d ().\-/]{6,}\d\)?(?![\w])")
_GROUPS = re.compile(r"\d+")


def redaction_enabled() -> bool:
    """On unless ``ADVISOR_REDACT`` says 0, false, no or off."""
    return os.environ.get(REDACT_ENV_VAR, "1").strip().lower() not in {"0", "false", "no", "off"}


def redact(text: str) -> str:
    """``text`` with e-mail addresses, IBANs, card numbers and phone numbers replaced by placeholders."""
    if "@" in text:
        text = _EMAIL.sub("[email]", text)
    text = _IBAN.sub("[IBAN]", text)
    return _DIGIT_RUN.sub(_number, text)


def redact_fields(value: Any, keys: frozenset[str]) -> Any:
    """``value`` (JSON-like: dicts, lists, strings) with the strings held under ``keys`` redacted,
    at any depth. Only named fields: ids and tokens elsewhere in a saved state are hex strings
    whose digit runs could look like a phone number."""
    if isinstance(value, dict):
        return {k: (redact(v) if k in keys and isinstance(v, str) else redact_fields(v, keys))
                for k, v in value.items()}
    if isinstance(value, list):
        return [redact_fields(item, keys) for item in value]
    return value


def _number(match: re.Match[str]) -> str:
    found = match.group(0)
    digits = "".join(_GROUPS.findall(found))
    if 13 <= len(digits) <= 19 and _luhn_valid(digits):
        return "[card number]"
    groups = len(_GROUPS.findall(found))
    international = found.startswith(("+", "00", "(+", "(00"))
    if 9 <= len(digits) <= 15 and (international or groups >= 3 or (groups == 1 and len(digits) >= 10)):
        return "[phone]"
    return found


def _luhn_valid(digits: str) -> bool:
    """The check digit every payment card number carries (ISO/IEC 7812)."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0
