"""The supplier checklist inside a chat: step prompts and replies as ``Answer`` objects.

A buyer types "help me evaluate a supplier"; from then on plain replies answer the
current step, "skip", "back", "report" and "stop" steer, and anything phrased as a
question is a side question answered from the guide, after which the same step is
asked again.
"""

from __future__ import annotations

from advisor.answer import Answer, AnswerKind, Source
from advisor.checklist.spec import rating_label
from advisor.checklist.walkthrough import SKIP_WORDS, Checklist
from advisor.retrieval.compose import fit
from advisor.text import escape_markdown, normalise

_QUESTION_OPENINGS = ("what", "why", "how", "which", "who", "where", "when", "is ", "are ", "does ", "do ", "can ",
                      "could ", "should ", "explain", "tell me", "define")
LEAVE_COMMANDS = frozenset({"stop", "cancel", "quit", "exit", "stop checklist", "cancel checklist", "end checklist",
                        "quit checklist", "exit checklist", "stop the checklist", "leave checklist"})
REPORT_WORDS = frozenset({"report", "show report", "show the report", "summary", "results", "finish"})
BACK_WORDS = frozenset({"back", "go back", "previous", "undo"})


def is_side_question(text: str) -> bool:
    """Phrased as a question to the guide rather than an answer to the step."""
    stripped = text.strip()
    lowered = normalise(stripped)
    return stripped.endswith("?") or lowered.startswith(_QUESTION_OPENINGS)


class ChecklistChat:
    """One walk-through driven by chat messages."""

    def __init__(self, checklist: Checklist) -> None:
        self.checklist = checklist

    def _source(self) -> Source:
        spec = self.checklist.spec
        step = self.checklist.current_step
        if step is None:
            return Source("checklist", spec.title, "checklist", spec.section)
        section = step.sections[0] if step.sections else spec.section
        return Source(f"checklist/{step.id}", step.title, "checklist", section)

    def _answer(self, question: str, text: str) -> Answer:
        step = self.checklist.current_step
        suggestions = tuple(o.label for o in step.options) if step is not None else ("report",)
        return Answer(question=question, text=fit(text), found=True, confidence=1.0, kind=AnswerKind.CHECKLIST,
                      sources=(self._source(),),
                      suggestions=suggestions, entry_ids=(self._source().id,))

    def start(self, question: str) -> Answer:
        intro = self.checklist.spec.intro.strip()
        steps = ", ".join(step.title.lower() for step in self.checklist.steps)
        overview = f"The checklist has {len(self.checklist.steps)} steps: {steps}."
        return self._answer(question, f"{intro}\n\n{overview}\n\n{self._prompt()}\n\n{_HELP}")

    def _prompt(self) -> str:
        return _markdown_prompt(self.checklist)

    def handle(self, question: str) -> tuple[Answer | None, bool]:
        """Reply to a message; ``(None, _)`` means "a side question: answer it from the guide".

        The boolean is False once the walk-through has been left ("stop").
        """
        command = normalise(question)
        if command in LEAVE_COMMANDS:
            return self._answer(question, "Checklist stopped. Your answers so far are kept in the report: type "
                                          "“help me evaluate a supplier” to start a new one."), False
        if command in REPORT_WORDS:
            return self._answer(question, self.checklist.report().to_markdown()), True
        if command in BACK_WORDS:
            self.checklist.back()
            return self._answer(question, self._prompt()), True
        if command in SKIP_WORDS:
            reply = self.checklist.skip()
            return self._answer(question, f"{escape_markdown(reply.message)}\n\n{self._after()}"), True
        if is_side_question(question):
            return None, True
        reply = self.checklist.answer(question)
        # Step replies are plain text that may quote what the buyer typed: escape them, since
        # an Answer's text is Markdown and a typed "![x](http://...)" must stay inert.
        message = escape_markdown(reply.message)
        if not reply.accepted:
            return self._answer(question, f"{message}\n\n{self._prompt()}"), True
        rating = f" ({rating_label(reply.rating)})" if reply.rating else ""
        return self._answer(question, f"{message}{rating}\n\n{self._after()}"), True

    def _after(self) -> str:
        if self.checklist.done:
            reading = self.checklist.report()
            overall = reading.to_dict().get("overall", "")
            return f"That was the last step. Overall reading: **{overall}**. Type “report” for the full report."
        return self._prompt()

    def side_note(self) -> str:
        step = self.checklist.current_step
        if step is None:
            return "\n\n*Back to the checklist: type “report” for the report.*"
        return f"\n\n*Back to the checklist — {step.title}: {step.question}*"


_HELP = "*Answer in your own words or with an option number; “skip”, “back”, “report” and “stop” also work.*"


def _markdown_prompt(checklist: Checklist) -> str:
    step = checklist.current_step
    if step is None:
        return "The checklist is complete. Type “report” for the report."
    position = checklist.steps.index(step) + 1
    options = "\n".join(f"{i}. {o.label}" for i, o in enumerate(step.options, 1))
    return f"**Step {position} of {len(checklist.steps)} — {step.title}**\n\n{step.question}\n\n{options}"
