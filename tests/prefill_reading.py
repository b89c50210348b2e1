"""What the pre-fill reads for one checklist step of a supplier's text: the option id, or None for a step
left open. The one helper the pre-fill test files share."""

from __future__ import annotations

from advisor.checklist.prefill import prefill
from advisor.checklist.spec import ChecklistSpec


def reading(spec: ChecklistSpec, text: str, step_id: str) -> str | None:
    claim = prefill(spec, text).claim(step_id)
    return claim.option_id if claim else None
