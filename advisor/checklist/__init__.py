"""The guided supplier checklist: the guide's buyer questions as a walk-through.

Layers, bottom up: :mod:`.spec` (``checklist.yaml`` validated into frozen dataclasses),
:mod:`.measurement` (numbers with units; words are read with :mod:`advisor.text`, like
every other text), :mod:`.tokens` (the words of a text and the aliases found in them), :mod:`.reading`
(a text read as a buyer would: its datasheet rows, placeholders, denials and phrasing), :mod:`.refusals`
(what a supplier explicitly declines to state), :mod:`.match` (free text to one option of a step), :mod:`.prefill`
(a supplier's own text to readings for every step), :mod:`.walkthrough` (the
:class:`Checklist` itself),
:mod:`.report` (the report and its Markdown), :mod:`.intent` and :mod:`.chat` (running it
inside a conversation) and :mod:`.cli` (``advisor checklist``).
"""

from advisor.checklist.intent import is_checklist_request
from advisor.checklist.prefill import Prefill
from advisor.checklist.report import ChecklistReport, Progress, ReportItem, Subject, find_subject
from advisor.checklist.spec import RATINGS, ChecklistSpec, Option, Step, load_checklist, rating_label
from advisor.checklist.walkthrough import Checklist, StepReply

__all__ = [
    "RATINGS",
    "Checklist",
    "ChecklistReport",
    "ChecklistSpec",
    "Option",
    "Prefill",
    "Progress",
    "ReportItem",
    "Step",
    "StepReply",
    "Subject",
    "find_subject",
    "is_checklist_request",
    "load_checklist",
    "rating_label",
]
