"""The walk-through of the supplier checklist (:class:`Checklist`): answer, skip, back, go to a
step, save and restore, and start from a pre-fill."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any, Literal

from advisor.checklist.match import match_step
from advisor.checklist.measurement import Measurement, measurement_from_dict
from advisor.checklist.prefill import Prefill, find_measurements
from advisor.checklist.report import (
    MAX_NAME_CHARS,
    ChecklistReport,
    Progress,
    ReportItem,
    Source,
    Subject,
    clean_name,
    overall_reading,
)
from advisor.checklist.spec import (
    ChecklistSpec,
    Option,
    Step,
    rating_label,
)
from advisor.errors import ChecklistError
from advisor.knowledge.fields import describe_kind
from advisor.text import clean, fold, normalise

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

    Stateful by nature: ``answer``/``skip``/``back``/``go_to`` move through the steps. Save
    with :meth:`to_dict` and restore with :meth:`from_dict` (a page reload).
    """

    def __init__(self, spec: ChecklistSpec) -> None:
        self.spec = spec
        self._position = 0
        self._records: dict[str, _Record] = {}
        self._measurements: list[Measurement] = []
        self._notices: list[str] = []
        self._subject = Subject()

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

    @property
    def subject(self) -> Subject:
        """The supplier and product the report is about (``""`` where not named yet)."""
        return self._subject

    def describe(self, *, supplier: str | None = None, product: str | None = None) -> Subject:
        """Name the supplier and/or the product for the report; ``None`` keeps what is there, ``""`` clears it.

        Names are kept as one clean line of at most :data:`~advisor.checklist.report.MAX_NAME_CHARS`.
        """
        self._subject = Subject(
            supplier=self._subject.supplier if supplier is None else clean_name(supplier),
            product=self._subject.product if product is None else clean_name(product),
        )
        return self._subject

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
        if normalise(typed) in SKIP_WORDS:
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
        self._records[step.id] = _Record(status="answered", option_id=option.id, text=typed, source="buyer",
                                         explanation=explanation)
        self._advance()
        message = (f"Recorded for “{step.title}”: {option.label} - {rating_label(option.rating)}. "
                   f"{option.guide} Ask the supplier: {option.follow_up}")
        return StepReply(step.id, True, message, option, option.rating, option.follow_up, explanation)

    def _understand(self, step: Step, typed: str) -> tuple[Option | None, str | None, tuple[Option, ...]]:
        folded = fold(typed).strip().rstrip(".")
        # (Decimal digits only: "❶" and "²" are digits to str.isdigit but no number int() reads.)
        if folded.isdecimal():
            number = int(folded) if len(folded) < 6 else 0
            if 1 <= number <= len(step.options):
                chosen = step.options[number - 1]
                return chosen, f"option {number}", ()
            return None, f"there is no option {folded}", ()
        for option in step.options:
            if folded in (option.id, fold(option.label)):
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
            self._records[step.id] = _Record(status="skipped")
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
        """Make ``step_id`` the current step, to review or change it (a UI's "Change" button).

        What is recorded there is kept until it is replaced; answering it moves on to the
        next step with nothing recorded, as usual. Raises :class:`ChecklistError` for an id
        this checklist does not have.
        """
        ids = [step.id for step in self.spec.steps]
        if step_id not in ids:
            raise ChecklistError(f"The checklist '{self.spec.id}' has no step '{step_id}'; its steps are: "
                                 f"{', '.join(ids)}.")
        self._position = ids.index(step_id)
        return self.spec.steps[self._position]

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
        """Fill steps from a :class:`~advisor.checklist.prefill.Prefill`; return the ids of the steps filled.

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
            quote = claim.evidence[:MAX_EVIDENCE_CHARS]
            self._records[step.id] = _Record(status="answered", option_id=claim.option_id, text=quote,
                                             source="supplier-text", evidence=quote, explanation=claim.explanation)
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

    def report(self, *, on: datetime.date | None = None) -> ChecklistReport:
        """The report so far, dated ``on`` (default: today): callable at any point, never changes the walk-through."""
        items = tuple(self._report_item(number, step) for number, step in enumerate(self.spec.steps, 1))
        open_questions = tuple((item.title, item.follow_up) for item in items if item.rating != "reassuring")
        overall = overall_reading(items)
        return ChecklistReport(
            title=self.spec.title,
            guide=self.spec.guide,
            overall=overall,
            overall_text=self.spec.readings.get(overall, ""),
            items=items,
            open_questions=open_questions,
            measurements=tuple(self._measurements),
            citations=tuple(dict.fromkeys(s for step in self.spec.steps for s in step.sections)),
            notices=tuple(self._notices),
            progress=self.progress,
            figures_note=self.spec.figures_note,
            subject=self._subject,
            date=datetime.date.today() if on is None else on,
        )

    def _report_item(self, number: int, step: Step) -> ReportItem:
        record = self._records.get(step.id)
        option = self.recorded(step.id)
        if option is None or record is None:
            return ReportItem(number=number, step_id=step.id, title=step.title, question=step.question,
                              status="skipped" if record is not None else "open", option_id=None,
                              option_label=None, rating="unknown", guide=step.why, follow_up=step.ask, answer=None,
                              source=None, evidence=None, explanation=None, sections=step.sections)
        return ReportItem(number=number, step_id=step.id, title=step.title, question=step.question,
                          status="answered", option_id=option.id, option_label=option.label, rating=option.rating,
                          guide=option.guide, follow_up=option.follow_up, answer=record.text, source=record.source,
                          evidence=record.evidence, explanation=record.explanation, sections=step.sections)

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
            "subject": self._subject.to_dict(),
        }

    @classmethod
    def from_dict(cls, spec: ChecklistSpec, data: Any) -> Checklist:
        """Restore a walk-through saved by :meth:`to_dict`.

        Raises :class:`ChecklistError` naming every problem when ``data`` is not a
        saved checklist, belongs to another checklist, or mentions steps or options
        this checklist does not have: nothing is dropped silently.
        """
        _check_saved_state(spec, data)
        problems: list[str] = []
        checklist = cls(spec)
        checklist._position = _position_from(spec, data.get("position"), problems)
        checklist._records = _records_from(spec, data.get("records", {}), problems)
        checklist._measurements = _measurements_from(data.get("measurements", []), problems)
        checklist._notices = _notices_from(data.get("notices", []), problems)
        checklist._subject = _subject_from(data.get("subject", {}), problems)
        if problems:
            raise ChecklistError("The saved checklist cannot be restored without losing data: "
                                 + "; ".join(problems[:10]) + ("; ..." if len(problems) > 10 else "") + ".")
        return checklist


def _check_saved_state(spec: ChecklistSpec, data: Any) -> None:
    """Refuse what is not a saved state of this checklist, in this format, at all."""
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


# The readers below add what is wrong to ``problems`` and return what could be read,
# so that one error lists every problem of a saved state.

def _position_from(spec: ChecklistSpec, position: Any, problems: list[str]) -> int:
    if isinstance(position, bool) or not isinstance(position, int) or not 0 <= position <= len(spec.steps):
        problems.append(f"position must be a whole number from 0 to {len(spec.steps)}, got {position!r}")
        return 0
    return position


def _records_from(spec: ChecklistSpec, records: Any, problems: list[str]) -> dict[str, _Record]:
    if not isinstance(records, dict):
        problems.append(f"records must be an object, got {describe_kind(records)}")
        return {}
    restored: dict[str, _Record] = {}
    for step_id, raw in records.items():
        record = _record_from_dict(spec, step_id, raw, problems)
        if record is not None:
            restored[step_id] = record
    return restored


def _measurements_from(measurements: Any, problems: list[str]) -> list[Measurement]:
    if not isinstance(measurements, list):
        problems.append(f"measurements must be a list, got {describe_kind(measurements)}")
        return []
    restored: list[Measurement] = []
    for i, raw in enumerate(measurements):
        measurement = measurement_from_dict(raw)
        if measurement is None:
            problems.append(f"measurements[{i}] is not a valid measurement")
        else:
            restored.append(measurement)
    return restored


def _notices_from(notices: Any, problems: list[str]) -> list[str]:
    if not isinstance(notices, list) or not all(isinstance(n, str) for n in notices):
        problems.append("notices must be a list of text")
        return []
    return list(notices)


def _subject_from(subject: Any, problems: list[str]) -> Subject:
    # States saved before the report named its subject have no "subject": both names are then unknown.
    if not isinstance(subject, dict) or not set(subject) <= {"supplier", "product"} or not all(
            isinstance(v, str) and len(v) <= MAX_NAME_CHARS for v in subject.values()):
        problems.append(f"subject must be an object with a supplier and a product, each text of at most "
                        f"{MAX_NAME_CHARS} characters, got {describe_kind(subject)}")
        return Subject()
    return Subject(supplier=subject.get("supplier", ""), product=subject.get("product", ""))


def _record_from_dict(spec: ChecklistSpec, step_id: Any, raw: Any, problems: list[str]) -> _Record | None:
    step = spec.step(step_id) if isinstance(step_id, str) else None
    if step is None:
        problems.append(f"step {step_id!r} is not in this checklist")
        return None
    if not isinstance(raw, dict):
        problems.append(f"records.{step_id} must be an object")
        return None
    wrong = _record_problems(step, raw)
    if wrong:
        problems += wrong
        return None
    return _Record(status="answered" if raw.get("status") == "answered" else "skipped", option_id=raw.get("option"),
                   text=raw.get("text", ""), source=raw.get("source", "buyer"), evidence=raw.get("evidence"),
                   explanation=raw.get("explanation"))


def _record_problems(step: Step, raw: dict[str, Any]) -> list[str]:
    """What is wrong with one saved step record (nothing: it can be restored as it is)."""
    status, option_id, source = raw.get("status"), raw.get("option"), raw.get("source", "buyer")
    texts = (raw.get("text", ""), raw.get("evidence"), raw.get("explanation"))
    where = f"records.{step.id}"
    problems: list[str] = []
    if status not in ("answered", "skipped"):
        problems.append(f"{where}.status must be 'answered' or 'skipped', got {status!r}")
    if status == "answered" and (not isinstance(option_id, str) or step.option(option_id) is None):
        problems.append(f"{where}.option {option_id!r} is not an option of step '{step.id}'")
    if status == "skipped" and option_id is not None:
        problems.append(f"{where} is skipped but names option {option_id!r}")
    if not isinstance(texts[0], str) or not all(isinstance(v, str | None) for v in texts[1:]):
        problems.append(f"{where}: text, evidence and explanation must be text")
    if source not in ("buyer", "supplier-text"):
        problems.append(f"{where}.source must be 'buyer' or 'supplier-text', got {source!r}")
    return problems
