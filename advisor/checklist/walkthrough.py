"""The walk-through of the supplier checklist (:class:`Checklist`): answer, skip, back,
save and restore, and start from a pre-fill."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from advisor.checklist.match import match_step
from advisor.checklist.measurement import Measurement, measurement_from_dict
from advisor.checklist.prefill import Prefill, find_measurements
from advisor.checklist.report import ChecklistReport, Progress, ReportItem, Source, overall_reading
from advisor.checklist.spec import (
    ChecklistSpec,
    Option,
    Step,
    rating_label,
)
from advisor.errors import ChecklistError
from advisor.knowledge.fields import describe_kind
from advisor.text import clean

__all__ = ["MAX_ANSWER_CHARS", "MAX_EVIDENCE_CHARS", "MAX_MEASUREMENTS", "SKIP_WORDS", "STATE_FORMAT", "STATE_VERSION",
           "Checklist", "StepReply"]

#: A typed answer is a sentence or two; longer input is cut so matching stays instant.
MAX_ANSWER_CHARS = 500
#: Saved state carries quotes, not documents (storage caps a state at 256 kB).
MAX_EVIDENCE_CHARS = 300
#: Figures kept from pre-fills; a long datasheet pasted twice must not grow the saved state.
MAX_MEASUREMENTS = 40

#: Saved states carry a format and version so that a foreign or outdated blob is refused, never misread.
STATE_FORMAT = "ssb-advisor/checklist"
STATE_VERSION = 1


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
class _Record:
    """What was recorded at one step. It keeps the option id, not the option, so a saved state
    is restored against the current spec (and refused if that option is gone)."""

    status: Literal["answered", "skipped"]
    option_id: str | None = None
    text: str = ""
    source: Source = "buyer"
    evidence: str | None = None
    explanation: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {"status": self.status, "option": self.option_id, "text": self.text, "source": self.source,
                "evidence": self.evidence, "explanation": self.explanation}


SKIP_WORDS = frozenset({"skip", "pass", "next", "later", "skip it", "skip this"})


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
        if typed.casefold() in SKIP_WORDS:
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
        overall = overall_reading(items)
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
            raise ChecklistError(f"Saved checklist state must be a JSON object, got {describe_kind(data)}.")
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
            problems.append(f"records must be an object, got {describe_kind(records)}")
            records = {}
        for step_id, raw in records.items():
            record = _record_from_dict(spec, step_id, raw, problems)
            if record is not None:
                checklist._records[step_id] = record
        measurements = data.get("measurements", [])
        if not isinstance(measurements, list):
            problems.append(f"measurements must be a list, got {describe_kind(measurements)}")
            measurements = []
        for i, raw in enumerate(measurements):
            measurement = measurement_from_dict(raw)
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
